/**
 * Round 57's helpers (/tmp/probe57/w-part.ts, a-part.ts and base.ts: 50 whole case files with
 * long free text, and 56 attacks on the free-text reader of 0ee5dc1).
 * W (whole case files, built as the round's `Wc` built them): every engine finding answered "no"
 * except the rotation test and the dynamic assessment (null: not done); a woman born
 * 1972-03-14; a normal cervical X-ray 40 days old; assessed 2026-11-20; a routine referral from
 * the general practitioner 5 days old whose reason is the vignette's long text (a GP letter, an
 * ED discharge summary, a chiro or physio note) or, without one, a neutral reason; finding
 * entries carrying notes. The harness's FS-7 check ("the same case with the neutral reason and
 * every note deleted must not be more cautious") is the probe's `pair` with that case.
 * A (attacks): round 56's referral (Rf), note (Nt) and FHIR (Fx) probes (probe-r56-lib.ts), here
 * as round 57's. Bounds as round 56's (`expect56`): lower bounds for misses, upper bounds under
 * `max` for false alarms, `notRead` as no FS-3 "present per" conflict naming the finding. Test
 * data only, all synthetic.
 */
import type { CaseFile, FindingValue } from '../../model';
import { FINDING_IDS } from '../../finding-ids';
import type { Probe } from './probe-model';
import { ago } from './probe-r17-lib';
import {
  bases,
  expect56,
  fhirInto,
  notesInto,
  referralsInto,
  type Bounds,
  type Kind,
} from './probe-r56-lib';

export { no, on, yes } from './probe-r56-lib';
export {
  CLR,
  CLR_T,
  EM,
  EM_T,
  FAU_M,
  FAU_MT,
  NEM_T,
  S9U,
  S9U_T,
  SSH_T,
  XEM_T,
  type Bounds,
} from './probe-r56-lib';

const RULES = 's3, s4, s5, s8, s9, FS-3, FS-7';

/** The round's groups, as its harness named them (a-part.ts G7, w-part.ts). */
export const G7 = {
  W: 'W whole case files with long free text',
  R: 'R relatives (RELATIVE_STORY / RELATIVE_AFTER / FH inheritance)',
  L: 'L LISTS_DENIED / INLINE_ANSWER / ANSWERED_NO',
  Q: 'Q "X? Yes/No", question words, "given"',
  S: 'S sudden+severe sentence rule, NOT_SEVERE',
  T: 'T treatment time (PLANNED/GIVEN/NEW_TIME, years, ranges)',
  N: 'N notes on "no" entries (OVER)',
  X: 'X FHIR text',
} as const;

/** Round 56's probes as pushed into `scratch`, moved into `probes` as round 57's. */
function asRound57(scratch: Probe[], probes: Probe[]): void {
  for (const p of scratch.splice(0))
    probes.push({ ...p, round: 57, family: p.family.replace(/^r56 /, 'r57 ') });
}

/** Rf(id, group, kind, reason, intake, bounds, rule): round 56's referralsInto, as round 57. */
export const referrals57 = (probes: Probe[]): ReturnType<typeof referralsInto> => {
  const scratch: Probe[] = [];
  const rf = referralsInto(scratch);
  return (...a) => {
    rf(...a);
    asRound57(scratch, probes);
  };
};

/** Nt(id, kind, findings, bounds, rule): round 56's notesInto, as round 57 (group N). */
export const notes57 = (probes: Probe[]): ReturnType<typeof notesInto> => {
  const scratch: Probe[] = [];
  const nt = notesInto(scratch);
  return (...a) => {
    nt(...a);
    for (const p of scratch) p.family = p.family.replace(/^r56 N notes/, `r56 ${G7.N}`);
    asRound57(scratch, probes);
  };
};

/** Fx(id, kind, [['C' | 'E', text], …], bounds, rule): round 56's fhirInto, as round 57. */
export const fhir57 = (probes: Probe[]): ReturnType<typeof fhirInto> => {
  const scratch: Probe[] = [];
  const fx = fhirInto(scratch);
  return (...a) => {
    fx(...a);
    for (const p of scratch) p.family = p.family.replace(/^r56 X FHIR concept text/, `r56 ${G7.X}`);
    asRound57(scratch, probes);
  };
};

/** The round's controls Z1 (screened FHIR patient) and Z2 (PROBE_BASE), as round 57's. */
export function bases57(probes: Probe[]): void {
  const scratch: Probe[] = [];
  bases(scratch);
  asRound57(scratch, probes);
}

/** The round's normal cervical X-ray, 40 days old (w-part.ts XR57). */
const XR57 = {
  modality: 'xray',
  region: 'cervical-spine',
  date: ago(40),
  report:
    'Cervical spine AP and lateral views. Alignment preserved, cervical lordosis preserved. No fracture. Impression: normal cervical spine.',
} as const;
/** The referral reason of a vignette without a text, and of every W probe's comparison case. */
export const NEUTRAL = 'Assessment before a course of massage or manual therapy, please.';

/** The case file of vignette `id`, as the round's `Wc` built it. */
function wholeCase(id: string, reason: string | null, f: Record<string, FindingValue>): CaseFile {
  const findings: Record<string, FindingValue> = {};
  for (const k of FINDING_IDS) findings[k] = false;
  findings['dizziness-on-head-rotation'] = null;
  findings['dynamic-vascular-assessment-normal'] = null;
  Object.assign(findings, structuredClone(f));
  return {
    format: 'vas-case/1',
    id: `r57-${id}`,
    assessedOn: '2026-11-20',
    patient: { sex: 'female', birthDate: '1972-03-14' },
    findings,
    imaging: [{ ...XR57 }],
    sessions: [],
    medications: [],
    referral: {
      date: ago(5),
      from: 'general practitioner',
      reason: reason ?? NEUTRAL,
      priority: 'routine',
      status: 'new',
    },
  } as CaseFile;
}

/** Paragraphs of a letter (w-part.ts L). */
export const L = (...paras: string[]): string => paras.join('\n\n');

/**
 * A round 57 whole case file, called as the round's harness wrote it: Wc(id, kind, title,
 * reason, findings, bounds, rule). A `pair`: at least as cautious as the same case with the
 * neutral referral reason and every note deleted (FS-7).
 */
export const wholeInto =
  (probes: Probe[]) =>
  (
    id: string,
    kind: Kind,
    title: string,
    reason: string | null,
    f: Record<string, FindingValue>,
    b: Bounds,
    rule: string,
  ): void => {
    const whole = wholeCase(id, reason, f);
    const bare = structuredClone(whole);
    if (bare.referral) bare.referral.reason = NEUTRAL;
    for (const v of Object.values(bare.findings as Record<string, unknown>))
      if (v && typeof v === 'object') delete (v as { note?: string }).note;
    probes.push({
      round: 57,
      family: `r57 ${G7.W} (${RULES})`,
      name: `${id}: ${title}`,
      rule: `${kind === 'false-alarm' ? 'false alarm' : kind}: ${rule}; FS-7 (text only adds): no output lower than the same case with the neutral referral reason and no notes`,
      kind: 'pair',
      delta: { whole },
      than: { whole: bare },
      expect: expect56(b),
    });
  };

const CI = 'contraindicated';
/** Emergency, every modality contraindicated. */
export const W_EM: Bounds = { urg: 'emergency', manip: CI, czm: CI, bm: CI, ex: CI };
export const W_EM_T =
  's4/s9 red flag of the patient in the text (onset <=14 d or unknown, s8) -> emergency, every modality contraindicated (s5); FS-7 text adds, FS-3 present wins';
/** All four clear, urgency none (upper bounds). */
export const W_CLR: Bounds = {
  max: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
export const W_CLR_T =
  'nothing of the patient now: all four clear, urgency none (FS-7 text only adds what it says; the brief gives nothing to raise)';
type V = 'contraindicated' | 'not-cleared' | 'caution' | 'clear';
/** A precaution at most: manipulation and collar-zone massage at most these, the rest clear. */
export const W_PRE = (manip: V = 'caution', czm: V = 'clear'): Bounds => ({
  max: { manip, czm, bm: 'clear', ex: 'clear', urg: 'none' },
});
/** Long-standing dizziness, 200 days (a-part.ts DZL). */
export const DZL: Record<string, FindingValue> = {
  dizziness: { present: true, onset: ago(200) },
};
export const FAM_T = (w: string): string =>
  `FA: the finding is someone else's (${w}); nothing of the patient (s4/s5 need the patient's finding): all clear, urg none`;
