/** Code systems and codes of the FHIR mapping (brief §7; verify every code before relying on it). */
import { ASSOCIATED_IDS, RED_FLAG_IDS, TRIAD_IDS, type FindingId } from '../finding-ids';

export const SYS = {
  finding: 'urn:vas-dashboard:finding',
  modality: 'urn:vas-dashboard:modality',
  imaging: 'urn:vas-dashboard:imaging',
  level: 'urn:vas-dashboard:vas-level',
  verdict: 'urn:vas-dashboard:verdict',
  caseId: 'urn:vas-dashboard:case-id',
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  diagnosticService: 'http://terminology.hl7.org/CodeSystem/v2-0074',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  dataAbsent: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
} as const;

/** Extensions carrying contract fields FHIR has no element for. */
export const EXT = {
  course: 'urn:vas-dashboard:ext:course',
  painHours: 'urn:vas-dashboard:ext:pain-hours',
  rednessHours: 'urn:vas-dashboard:ext:redness-hours',
  swelling: 'urn:vas-dashboard:ext:swelling',
  painWorseWithMovement: 'urn:vas-dashboard:ext:pain-worse-with-movement',
  analgesicsIneffective: 'urn:vas-dashboard:ext:analgesics-ineffective',
  newSymptom: 'urn:vas-dashboard:ext:new-symptom',
  timing: 'urn:vas-dashboard:ext:pain-timing',
  region: 'urn:vas-dashboard:ext:imaging-region',
  rejected: 'urn:vas-dashboard:ext:rejected-finding',
  /** v2: a finding a clinician confirmed the report excludes. */
  absent: 'urn:vas-dashboard:ext:absent-finding',
  form: 'urn:vas-dashboard:ext:medication-form',
  analgesic: 'urn:vas-dashboard:ext:analgesic',
  referralStatus: 'urn:vas-dashboard:ext:referral-status',
  modality: 'urn:vas-dashboard:ext:modality',
  assessedOn: 'urn:vas-dashboard:ext:assessed-on',
  /** An entry that is not answered but carries an onset or note. */
  unanswered: 'urn:vas-dashboard:ext:unanswered',
} as const;

export const LOINC_PAIN = '72514-3';

/** SNOMED CT codes the brief gives (written on export and read on import). */
export const SNOMED: Partial<Record<FindingId, { code: string; display: string }>> = {
  dizziness: { code: '404640003', display: 'Dizziness' },
  headache: { code: '25064002', display: 'Headache' },
};

/** LOINC codes of imaging studies the brief gives. */
export function imagingLoinc(
  modality: string,
  region: string,
): { code: string; display: string } | null {
  if (region !== 'cervical-spine') return null;
  if (modality === 'xray') return { code: '24946-6', display: 'XR Cervical spine Views' };
  if (modality === 'mri') return { code: '24935-9', display: 'MR Cervical spine' };
  if (modality === 'msct') return { code: '24932-6', display: 'CT Cervical spine' };
  return null;
}

const OBSERVED: ReadonlySet<FindingId> = new Set<FindingId>([
  ...TRIAD_IDS,
  ...ASSOCIATED_IDS,
  ...RED_FLAG_IDS,
]);
/** Symptoms and signs are Observations; history, imaging findings and risk factors are Conditions. */
export function isObservationFinding(id: FindingId): boolean {
  return OBSERVED.has(id);
}
