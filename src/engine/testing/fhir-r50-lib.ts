/** Shared helpers of round 50's FHIR specs (fhir/fhir-r50.spec.ts, fhir-r50-b.spec.ts). Test data only, synthetic. */
import { subject } from './fhir-ehr-fixtures';
import { type Expectation } from './probes/probe-model';

export const VD = '2026-11-24';
/** An emergency visit on `start` for `text`. */
export const visit = (text: string, start: string) => ({
  resourceType: 'Encounter',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'EMER' },
  subject,
  period: { start: `${start}T10:00:00Z`, end: `${start}T14:00:00Z` },
  reasonCode: [{ text }],
});
/** An active problem with `text`, recorded on `rec`, no onset. */
export const condOn = (text: string, rec: string) => ({
  resourceType: 'Condition',
  subject,
  clinicalStatus: {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' },
    ],
  },
  code: { text },
  recordedDate: rec,
});
/** An active medication statement since 2026-06-01. */
export const medStmt = (text: string, dose?: string) => ({
  resourceType: 'MedicationStatement',
  status: 'active',
  subject,
  medicationCodeableConcept: { text },
  ...(dose ? { dosage: [{ text: dose }] } : {}),
  effectivePeriod: { start: '2026-06-01' },
});
export const enc = (t: string): string => `Encounter (EMER, ${VD}) reason "${t}"`;
export const condT = (t: string, d: string): string =>
  `Condition "${t}", recordedDate ${d}, no onset`;

export const EMER: Expectation = {
  urg: 'emergency',
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'contraindicated',
  ex: 'contraindicated',
};
export const REDFLAG_T =
  '5D/3N / IF red flag with onset in the last 14 days (s4, s5 red-flag list, s9): emergency, every modality contraindicated';
export const NECK_ALL: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'contraindicated',
};
export const NECK_ALL_T =
  'recent neck injury/trauma: neck-injury present (recent or undated) -> czm+bm contraindicated; recent-neck-trauma -> manip contraindicated';
export const RECENT: Expectation = { manip: 'contraindicated' };
export const RECENT_T = 'recent neck trauma (s5 IF): manip contraindicated';
export const FA_NECK: Expectation = { atMost: { manip: 'caution', czm: 'caution', bm: 'caution' } };
export const STROKE_RECENT: Expectation = { manip: 'contraindicated', czm: 'contraindicated' };
export const STROKE_RECENT_T =
  'stroke with onset <=180 d or unknown (s5 IF/ART, s8): manip+czm contraindicated';
export const ANTI: Expectation = { manip: 'caution' };
export const ANTI_T = 'an anticoagulant taken (IF precaution): manip at least caution';
export const NOAC2: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
export const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
