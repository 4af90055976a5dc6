/**
 * Round 54's helpers (/tmp/probe54/a-part.ts, x-part.ts and base.ts: attacks on the EHR-text
 * reader of 7ddfd48). Referral probes: PROBE_BASE (every intake finding answered "no", a clean
 * cervical X-ray of 2026-10-01, assessed 2026-11-20 unless the vignette says another day) with a
 * referral whose reason is the vignette, dated 3 days before the assessment; the harness's FS-7
 * check on every one ("the same case without the referral must not be more cautious") is the
 * probe's `pair` comparison (which also compares the VAS level, as in round 53). FHIR probes (X):
 * the screened FHIR patient (testing/fhir-ehr-fixtures.ts: every finding answered "no",
 * assessed 2026-11-26) with one Condition (`code.text`, recorded 2026-11-24, no onset) or one
 * EMER Encounter (2026-11-24, `reasonCode.text`), read through bundleToCase (`caseOf`), as a
 * whole case. Bounds as round 53's (probe-r53-lib.ts `expectation`): lower bounds for misses,
 * upper bounds under `max` for false alarms, `conflict` and `triad`. Test data only, all
 * synthetic.
 */
import type { Referral } from '../../model';
import { addDays } from '../../dates';
import { caseOf, subject } from '../fhir-ehr-fixtures';
import { buildCase, type CaseDelta, type Probe } from './probe-model';
import { expectation, type Bounds, type Intake } from './probe-r53-lib';

export { UN } from './probe-r53-lib';
export type Kind = 'miss' | 'false-alarm' | 'control';

/** The assessment day of the referral probes (PROBE_BASE's). */
const ON_READER = '2026-11-20';
const kindText = (kind: Kind): string => (kind === 'false-alarm' ? 'false alarm' : kind);

/** The round's groups, as its harness named them. */
export const G = {
  A: 'A form answers (ANSWERED_NO)',
  Q: 'Q questions',
  R: 'R relatives / reporters',
  N: 'N negation words in longer phrases',
  W: 'W words not read',
  T: 'T treatment told as past/planned',
  F: 'F false alarms: new names',
  K: 'K false alarms: relatives/others',
  C: 'C controls',
  X: 'X FHIR concept text',
  Z: 'Z base',
} as const;

const familyOf = (group: string, rules: string): string => `r54 ${group} (${rules})`;
const REFERRAL_RULES = 's3, s4, s5, s8, s9, FS-3, FS-7';
const FHIR_RULES = 's4, s5, s9, FS-3, FS-7';

/**
 * A round 54 referral vignette, called as the round's harness wrote it: Rf(id, group, kind,
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
      round: 54,
      family: familyOf(group, REFERRAL_RULES),
      name: `${id}: ${intakeS}${o.on ? ` assessedOn ${o.on}` : ''} | referral (${r.from}, ${r.date}): ${JSON.stringify(reason)}`,
      rule: `${kindText(kind)}: ${rule}; FS-7 (text only adds): no output lower than the same case without the referral`,
      kind: 'pair',
      delta: { whole: { ...buildCase(delta), referral: r } },
      than: delta,
      expect: expectation(b),
    });
  };

/** The day of the X probes' Condition / Encounter. */
export const VD = '2026-11-24';
/** An active Condition with this text only, recorded on `VD`. */
export const cond = (text: string): object => ({
  resourceType: 'Condition',
  subject,
  clinicalStatus: {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' },
    ],
  },
  code: { text },
  recordedDate: VD,
});
/** A finished emergency visit on `VD` with this reason text. */
export const visit = (text: string): object => ({
  resourceType: 'Encounter',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'EMER' },
  subject,
  period: { start: `${VD}T10:00:00Z`, end: `${VD}T14:00:00Z` },
  reasonCode: [{ text }],
});
export const condT = (t: string): string => `Condition "${t}", recordedDate ${VD}, no onset`;
export const encT = (t: string): string => `Encounter (EMER, ${VD}) reason "${t}"`;

/** A FHIR probe: the screened patient plus `res` (`input` as the harness printed it). */
export function fhir(
  probes: Probe[],
  id: string,
  kind: Kind,
  input: string,
  res: readonly object[],
  b: Bounds,
  rule: string,
  group: string = G.X,
): void {
  probes.push({
    round: 54,
    family: familyOf(group, FHIR_RULES),
    name: `${id}: ${input}`,
    rule: `${kindText(kind)}: ${rule}`,
    delta: { whole: caseOf([], ...res) },
    expect: expectation(b),
  });
}

/** Fx(id, kind, 'C' | 'E', text, bounds, rule): one Condition or one Encounter with `text`. */
export const fhirInto =
  (probes: Probe[]) =>
  (id: string, kind: Kind, where: 'C' | 'E', text: string, b: Bounds, rule: string): void =>
    fhir(
      probes,
      id,
      kind,
      'all answered "no" + ' + (where === 'C' ? condT(text) : encT(text)),
      [where === 'C' ? cond(text) : visit(text)],
      b,
      rule,
    );

const CI = 'contraindicated';
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
export const NOURG: Bounds = { max: { urg: 'none' } };
export const XEM_T =
  's4 red flag in the EHR text (present wins, FS-3; onset <= 14 d or unknown): emergency, all four contraindicated';

/** The round's controls without a referral or EHR text (Z1, Z2). */
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
    round: 54,
    family: familyOf(G.Z, FHIR_RULES),
    name: 'Z2: PROBE_BASE, nothing added',
    rule: `control: ${CLEAR_T}`,
    delta: {},
    expect: expectation(CLR),
  });
}
