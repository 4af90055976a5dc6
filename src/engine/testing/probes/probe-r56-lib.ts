/**
 * Round 56's helpers (/tmp/probe56/a-part.ts, x-part.ts, n-part.ts and base.ts: attacks on the
 * free-text reader of b791c16: text-prep, finding names, treatment time, findings' notes).
 * Referral probes (P Q O A S T): PROBE_BASE (every intake finding answered "no", a clean cervical
 * X-ray of 2026-10-01, assessed 2026-11-20 unless the vignette says another day) with a referral
 * whose reason is the vignette, dated 3 days before the assessment; the harness's FS-7 check
 * ("the same case without the referral must not be more cautious") is the probe's `pair`
 * comparison (which also compares the VAS level, as in rounds 53 and 54). FHIR probes (X): the
 * screened FHIR patient (testing/fhir-ehr-fixtures.ts: every finding answered "no", assessed
 * 2026-11-26) with Conditions (`code.text`, recorded 2026-11-24, no onset) or one EMER Encounter
 * (2026-11-24, `reasonCode.text`), read through bundleToCase (`caseOf`), as whole cases. Note
 * probes (N): PROBE_BASE with findings entries carrying a `note` ({ present, onset?, note }); the
 * harness's FS-7 check ("the same case with every note removed must not be more cautious") is
 * the probe's `pair` with that case. Bounds as round 53's (probe-r53-lib.ts `expectation`): lower
 * bounds for misses, upper bounds under `max` for false alarms, `triad`; and the round's two new
 * checks, `notTriad` (a triad feature not present) and `notRead` (a finding not read from the
 * text), as the conflicts the engine lists: every probe's entry for such a finding is "no", so
 * the finding is read present from the text exactly when FS-3 lists "<label>: present per …"
 * (facts.ts `merge`). Test data only, all synthetic.
 */
import type { CaseFile, FindingValue, Referral } from '../../model';
import { addDays } from '../../dates';
import { findingLabel, type FindingId } from '../../finding-ids';
import { caseOf } from '../fhir-ehr-fixtures';
import { buildCase, type CaseDelta, type Expectation, type Probe } from './probe-model';
import { expectation, type Bounds as Bounds53, type Intake } from './probe-r53-lib';
import { cond, condT, encT, visit } from './probe-r54-lib';

export { no, on, yes } from './probe-r55-lib';
export type Kind = 'miss' | 'false-alarm' | 'control';

/** The round's bounds: round 53's, with the checks that something is not read. */
export interface Bounds extends Bounds53 {
  /** Triad features that must not count as present (vas.triad). */
  notTriad?: readonly ('dizziness' | 'visualDisturbance')[];
  /** Findings the reader must not read as present from the text. */
  notRead?: readonly FindingId[];
}

const TRIAD_ID = { dizziness: 'dizziness', visualDisturbance: 'visual-disturbance' } as const;
/** `s` as a regular expression matching it literally. */
const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The round's bounds as an Expectation. `notTriad` / `notRead`: the conflicts (as JSON text)
 * name none of these findings as "present per" a text. The probes' entries for them are all
 * "no", so a reading of one present is always such a conflict (FS-3), and a triad feature
 * counts present (VAS-PTS-*) only when it is read so.
 */
export function expect56(b: Bounds): Expectation {
  const { notTriad, notRead, ...rest } = b;
  const e = expectation(rest);
  const ids: string[] = [...(notTriad ?? []).map((t) => TRIAD_ID[t]), ...(notRead ?? [])];
  if (ids.length) {
    const said = ids.map((id) =>
      literal(`${JSON.stringify(findingLabel(id as FindingId)).slice(1, -1)}: present per`),
    );
    e.conflictText = new RegExp(`^(?![\\s\\S]*(?:${said.join('|')}))`);
  }
  return e;
}

/** The assessment day of the referral probes (PROBE_BASE's). */
const ON_READER = '2026-11-20';
const kindText = (kind: Kind): string => (kind === 'false-alarm' ? 'false alarm' : kind);

/** The round's groups, as its harness named them. */
export const G = {
  P: 'P text-prep REWRITES',
  Q: 'Q questions / asking / dash / worry',
  O: 'O ownWords (relatives, reporters, FH)',
  A: 'A ANSWERED_NO / forms',
  S: 'S sentence-level ABRUPT / WORST_EVER / UNLIKE_ANY / OTHER_PLACE',
  T: 'T treatment-time (referral, with day)',
  X: 'X FHIR concept text',
  N: 'N notes',
  Z: 'Z base',
} as const;

const familyOf = (group: string, rules: string): string => `r56 ${group} (${rules})`;
const REFERRAL_RULES = 's3, s4, s5, s8, s9, FS-3, FS-7';
const FHIR_RULES = 's4, s5, s9, FS-3, FS-7';
const NOTE_RULES = 's3, s4, s5, s8, s9, FS-3, FS-7';

/**
 * A round 56 referral vignette, called as the round's harness wrote it: Rf(id, group, kind,
 * reason, intake, bounds, rule, { from, date, on }). The referral is from a GP, routine, new,
 * dated 3 days before the assessment day (`on`, default 2026-11-20). A `pair`: at least as
 * cautious as the same case without the referral (FS-7).
 */
export const referralsInto =
  (probes: Probe[]) =>
  (
    id: string,
    group: string,
    kind: Kind,
    reason: string,
    intake: Intake,
    b: Bounds,
    rule: string,
    o: { from?: string; date?: string; on?: string } = {},
  ): void => {
    const delta: CaseDelta =
      intake === 'MIN' ? { minimal: true } : intake === 'NO' ? {} : { findings: intake };
    if (o.on) delta.assessedOn = o.on;
    const r: Referral = {
      date: o.date ?? addDays(o.on ?? ON_READER, -3),
      from: o.from ?? 'GP',
      reason,
      priority: 'routine',
      status: 'new',
    };
    const intakeS =
      intake === 'NO'
        ? 'intake all "no"'
        : intake === 'MIN'
          ? 'bare case (nothing answered, no imaging)'
          : 'intake all "no" except ' +
            JSON.stringify(intake, (_k, v: unknown) => (v === undefined ? 'UNANSWERED' : v));
    probes.push({
      round: 56,
      family: familyOf(group, REFERRAL_RULES),
      name: `${id}: ${intakeS}${o.on ? ` assessedOn ${o.on}` : ''} | referral (${r.from}, ${r.date}): ${JSON.stringify(reason)}`,
      rule: `${kindText(kind)}: ${rule}; FS-7 (text only adds): no output lower than the same case without the referral`,
      kind: 'pair',
      delta: { whole: { ...buildCase(delta), referral: r } },
      than: delta,
      expect: expect56(b),
    });
  };

/** A FHIR probe: the screened patient plus `res` (`input` as the harness printed it). */
function fhir(
  probes: Probe[],
  id: string,
  kind: Kind,
  input: string,
  res: readonly object[],
  b: Bounds,
  rule: string,
  group: string = G.X,
): void {
  // bundleToCase folds what the EHR's text reads into the finding's entry, so no conflict
  // names it: a `notRead` is no check here; its consequence is (the urgency bound).
  const { notRead, ...kept } = b;
  probes.push({
    round: 56,
    family: familyOf(group, FHIR_RULES),
    name: `${id}: ${input}`,
    rule: `${kindText(kind)}: ${rule}`,
    delta: { whole: caseOf([], ...res) },
    expect: expect56(kept),
    ...(notRead?.length
      ? {
          note: `the round's check that ${notRead.join(', ')} is not read is kept only as its consequence (the bounds): the converted case carries the EHR's reading in the entry itself, with no conflict to name it`,
        }
      : {}),
  });
}

/**
 * Fx(id, kind, [['C' | 'E', text], …], bounds, rule): Conditions and Encounters with these
 * texts, as the round's harness wrote them.
 */
export const fhirInto =
  (probes: Probe[]) =>
  (id: string, kind: Kind, res: readonly ['C' | 'E', string][], b: Bounds, rule: string): void =>
    fhir(
      probes,
      id,
      kind,
      'all answered "no" + ' + res.map(([w, t]) => (w === 'C' ? condT(t) : encT(t))).join(' + '),
      res.map(([w, t]) => (w === 'C' ? cond(t) : visit(t))),
      b,
      rule,
    );

/**
 * Nt(id, kind, findings, bounds, rule): PROBE_BASE with these findings entries (with notes), as
 * the round's harness wrote them. A `pair`: at least as cautious as the same case with every
 * note removed (FS-7).
 */
export const notesInto =
  (probes: Probe[]) =>
  (id: string, kind: Kind, f: Record<string, FindingValue>, b: Bounds, rule: string): void => {
    const whole: CaseFile = buildCase({ findings: f });
    const stripped = structuredClone(whole);
    const fs = stripped.findings as Record<string, unknown>;
    for (const k of Object.keys(f)) {
      const v = fs[k];
      if (v && typeof v === 'object') delete (v as { note?: string }).note;
    }
    probes.push({
      round: 56,
      family: familyOf(G.N, NOTE_RULES),
      name: `${id}: intake all "no" except ${JSON.stringify(f)}`,
      rule: `${kindText(kind)}: ${rule}; FS-7 (text only adds): no output lower than the same case without the notes`,
      kind: 'pair',
      delta: { whole },
      than: { whole: stripped },
      expect: expect56(b),
    });
  };

const CI = 'contraindicated';
/** Emergency, every modality contraindicated. */
export const EM: Bounds = { urg: 'emergency', manip: CI, czm: CI, bm: CI, ex: CI };
export const EM_T =
  's4/s5 red flag affirmed in the referral, onset unknown (FS-7 adds; s8 unknown onset = emergency): emergency, all four contraindicated';
export const SSH_T =
  's4 + s9: sudden severe (thunderclap) headache or neck pain, onset unknown (s8): emergency, all four contraindicated';
export const CLR: Bounds = {
  max: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
export const CLR_T =
  'nothing of the patient affirmed (FS-7 text only adds; intake all "no"): all four clear, urgency none';
export const CLRT = (w: string): string => `${CLR_T} (${w})`;
export const S9U: Bounds = { urg: 'urgent' };
export const S9U_T =
  's9: triad feature (onset unknown) after a neck manipulation/massage of the last 4 weeks (undated counts as within) -> urgent';
export const ROT: Bounds = { manip: CI, czm: 'not-cleared' };
export const ROT_T =
  's9 rotation-provoked dizziness (dizziness-on-head-rotation present): manip contraindicated (MANIP-ROTATION), czm not-cleared (CZM-ROTATION)';
export const DZ: Bounds = { triad: ['dizziness'] };
export const DZ_T =
  's2/s3 triad: dizziness affirmed in the referral counts present (FS-7 adds, FS-3 present wins)';
export const NU: Bounds = { urg: 'urgent' };
export const NU_T = 's9 prodrome: new-unusual-headache present (any onset) -> urgent';
export const FAU: Bounds = { max: { urg: 'none' } };
const NOTX: readonly FindingId[] = ['recent-cervical-manipulation', 'recent-neck-massage'];
export const FAU_M: Bounds = { max: { urg: 'none', manip: 'not-cleared' }, notRead: NOTX };
export const FAU_MT =
  'no manipulation/massage of the last 4 weeks (s9: recent = last 4 weeks; planned or older is none): recent-cervical-manipulation/recent-neck-massage not read; the dizziness raises no urgency (manip not-cleared only for FS-2: PROBE_BASE leaves the associated signs unanswered)';
export const XEM_T =
  's4 red flag in the EHR text (present wins, FS-3; onset <= 14 d or unknown): emergency, all four contraindicated';
export const XS9 =
  's9: dizziness after a neck manipulation of the last 4 weeks (dated 2026-11-23 or ongoing): at least urgent';
export const NEM_T =
  'note says a red flag (s4/s9 list) of the patient, onset unknown or <= 14 d: emergency, all four contraindicated';
export const NSSH_T =
  'note on a recent headache/neck pain says it was sudden and severe / thunderclap (s4, s9): emergency';
export const NCLR_T =
  'the notes affirm nothing of the patient (deny, relative, over): all four clear, urgency none (FS-7: only the entries count)';
export const NFA_M: Bounds = { max: { urg: 'none', manip: 'not-cleared' }, notRead: NOTX };
export const NFA_MT =
  's9: no manipulation/massage of the last 4 weeks (3 months ago / only booked): the long-standing dizziness raises no urgency; the treatment is not read (manip not-cleared only for FS-2)';

/** The round's controls without a referral, EHR text or note (Z1, Z2). */
export function bases(probes: Probe[]): void {
  const CLEAR_T = 'nothing read: all four clear, urgency none';
  fhir(
    probes,
    'Z1',
    'control',
    'screened FHIR patient, all answered, nothing added',
    [],
    CLR,
    CLEAR_T,
    G.Z,
  );
  probes.push({
    round: 56,
    family: familyOf(G.Z, FHIR_RULES),
    name: 'Z2: PROBE_BASE, nothing added',
    rule: `control: ${CLEAR_T}`,
    delta: {},
    expect: expect56(CLR),
  });
}
