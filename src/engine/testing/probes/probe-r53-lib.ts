/**
 * Round 53's helpers (/tmp/probe53/a-part.ts and base.ts: referral-reason vignettes): a probe on
 * PROBE_BASE (every intake finding answered "no", a clean cervical X-ray of 2026-10-01, assessed
 * 2026-11-20) with a referral whose reason is the vignette, dated 3 days before (2026-11-17)
 * unless the vignette says otherwise; the round's intake variants (NO: all answered "no", the
 * referral's present wins by FS-3; UN(...): those keys unanswered; MIN: a bare case, nothing
 * answered and no imaging; or intake findings with entered onsets, on(n)); and the round's
 * shared bounds (lower bounds for misses, upper bounds under `max` for false alarms, as
 * probe-r51-lib.ts reads them). The harness's check on every probe, "FS-7, text only adds: the
 * same case without the referral must not be more cautious", is the probe's `pair` comparison
 * (probe-eval.ts): each probe's `than` is its case without the referral (the pair also compares
 * the VAS level, which the harness did not). Its "at least one conflict listed" is a
 * `conflictText` that matches any listed conflict, and its "triad features counted present"
 * (vas.triad) are the VAS point rules the engine adds exactly when a feature is present.
 * Test data only, all synthetic.
 */
import type { FindingValue, Referral } from '../../model';
import { buildCase, type CaseDelta, type Expectation, type Probe } from './probe-model';
import { ago } from './probe-r17-lib';
import { bounded, type Bounds as Bounds51 } from './probe-r51-lib';

export { ago };

export type Kind = 'miss' | 'false-alarm' | 'control';
type Triad = 'headache' | 'dizziness' | 'visualDisturbance';

/** The round's expectation: round 51's bounds, with its conflict and triad checks. */
export interface Bounds extends Bounds51 {
  /** FS-3/FS-6: at least one conflict listed. */
  conflict?: boolean;
  /** The triad features that must count as present (vas.triad). */
  triad?: readonly Triad[];
}

/** The VAS point rule the engine adds exactly when the triad feature is present (vas.ts). */
const TRIAD_RULE: Record<Triad, string> = {
  headache: 'VAS-PTS-HEADACHE',
  dizziness: 'VAS-PTS-DIZZINESS',
  visualDisturbance: 'VAS-PTS-VISUAL',
};

/** The round's bounds as an Expectation. */
export function expectation(b: Bounds): Expectation {
  const { conflict, triad, ...rest } = b;
  const e = bounded(rest);
  // JSON of a non-empty list of sentences: at least one conflict listed.
  if (conflict) e.conflictText = /^\["/;
  if (triad?.length) e.rules = { vas: triad.map((t) => TRIAD_RULE[t]) };
  return e;
}

/** NO: all answered "no"; MIN: a bare case; otherwise the intake findings changed so. */
export type Intake = 'NO' | 'MIN' | Record<string, FindingValue | undefined>;
/** These intake findings left unanswered. */
export const UN = (...ids: string[]): Record<string, undefined> =>
  Object.fromEntries(ids.map((i) => [i, undefined]));
/** Present, with the onset the clinician entered `n` days before 2026-11-20. */
export const on = (n: number): FindingValue => ({ present: true, onset: ago(n) });

export const TRIAD = ['headache', 'dizziness', 'visual-disturbance'];
export const REDS = [
  'sudden-severe-headache',
  'diplopia',
  'dysarthria',
  'dysphagia',
  'drop-attacks',
  'nystagmus',
  'numbness',
  'ataxia',
  'horner-signs',
  'speech-disturbance',
  'limb-weakness',
  'reduced-consciousness',
  'syncope',
  'visual-field-loss',
];

/** The round's groups, as its harness named them. */
export const G = {
  E: 'E red flags',
  G: 'G letters',
  T: 'T typos/capitals',
  L: 'L lists/forms',
  Q: 'Q questions',
  D: 'D denials',
  F: 'F someone else',
  P: 'P past events',
  A: 'A anticoagulants',
  N: 'N neck trauma',
  O: 'O intake onset',
  U: 'U unanswered',
  M: 'M after manipulation/massage',
  H: 'H history',
  C: 'C controls',
  Z: 'Z base',
} as const;

/** The probe's family: the round, its group, and the rules the round cites. */
const familyOf = (group: string): string =>
  `r53 referral reason, ${group} (s3, s4, s5, s8, s9, FS-3, FS-7)`;
const kindText = (kind: Kind): string => (kind === 'false-alarm' ? 'false alarm' : kind);

/**
 * A round 53 vignette: PROBE_BASE with the intake `intake` and a referral whose reason is
 * `reason` (from a GP, 3 days before, routine, new, unless `o` says otherwise), named as the
 * round's harness printed it. A `pair`: it must also be at least as cautious as the same case
 * without the referral (FS-7).
 */
export function referral(
  probes: Probe[],
  id: string,
  group: string,
  kind: Kind,
  reason: string,
  intake: Intake,
  b: Bounds,
  rule: string,
  o: { from?: string; date?: string } = {},
): void {
  const delta: CaseDelta =
    intake === 'MIN' ? { minimal: true } : intake === 'NO' ? {} : { findings: intake };
  const r: Referral = {
    date: o.date ?? ago(3),
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
    round: 53,
    family: familyOf(group),
    name: `${id}: ${intakeS} | referral (${r.from}, ${r.date}): ${JSON.stringify(reason)}`,
    rule: `${kindText(kind)}: ${rule}; FS-7 (text only adds): no output lower than the same case without the referral`,
    kind: 'pair',
    delta: { whole: { ...buildCase(delta), referral: r } },
    than: delta,
    expect: expectation(b),
  });
}

/** `referral` into `probes`, called as the round's harness wrote its probes: R(id, group, …). */
export const referralsInto =
  (probes: Probe[]) =>
  (...a: ReferralArgs): void =>
    referral(probes, ...a);
type ReferralArgs = Parameters<typeof referral> extends [Probe[], ...infer T] ? T : never;

/** A control of the round without a referral (Z1, Z2): `id: input`. */
export function control(
  probes: Probe[],
  id: string,
  input: string,
  delta: CaseDelta,
  b: Bounds,
  rule: string,
): void {
  probes.push({
    round: 53,
    family: familyOf(G.Z),
    name: `${id}: ${input}`,
    rule: `control: ${rule}`,
    delta,
    expect: expectation(b),
  });
}

const CI = 'contraindicated';

export const EM: Bounds = { urg: 'emergency', manip: CI, czm: CI, bm: CI, ex: CI };
export const EM_T =
  'red flag affirmed in the referral, present with onset unknown (FS-7 text adds; s8 FS-5 and onsets: unknown onset = emergency; s4/s5 red-flag list, s9 new red flags): emergency, every modality contraindicated (s5 "emergency contraindicates every modality")';
export const EMc: Bounds = { ...EM, conflict: true };
export const EMc_T = EM_T + '; intake said "no" -> present wins and an FS-3 conflict is listed';
export const CLR: Bounds = {
  max: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
export const CLR_T =
  'the referral affirms nothing (question / denial / family / benign): the intake clears it (FS-7 text only adds; s4 none): all four clear, urgency none';
export const NOEM: Bounds = { max: { urg: 'none' } };
export const NOEM_T =
  'a question / denial / someone else affirms nothing (FS-7): urgency none (intake unanswered: modalities held by FS-2 anyway)';
export const HIGH: Bounds = {
  vas: 'high',
  manip: CI,
  czm: 'not-cleared',
  triad: ['headache', 'dizziness', 'visualDisturbance'],
};
export const HIGH_T =
  'all three triad features named (FS-7 adds; FS-3 present wins): vas high (s3), manip contraindicated (s5 FR: high), czm not-cleared (s5 high suspicion)';
export const ROT: Bounds = { manip: CI, czm: 'not-cleared' };
export const ROT_T =
  'dizziness / near-faint on turning the head = dizziness-on-head-rotation present (s9 rotation-provoked; FS-4 a positive test counts): manip contraindicated (MANIP-ROTATION), czm not-cleared (CZM-ROTATION)';
export const TRAUMA: Bounds = { manip: CI, czm: CI, bm: CI };
export const TRAUMA_T =
  'a recent neck injury with its mechanism: recent-neck-trauma (s5 IF: manip contraindicated) and neck-injury onset unknown (s9 old injuries: only >180 d is caution; s5 ART: czm + bm contraindicated)';
export const ANTIC: Bounds = { manip: 'caution' };
export const ANTIC_T =
  'on an anticoagulant (brand name; FS-7 adds; s5 IF precaution): manip at least caution';
export const NOANTI: Bounds = {
  max: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
export const STROKE: Bounds = { manip: CI, czm: CI };
export const STROKE_T =
  'stroke / haemorrhage named, onset from text unknown -> treated as recent (s8 text dates only towards recent; s5): manip + czm contraindicated';
export const URG: Bounds = { urg: 'urgent' };
