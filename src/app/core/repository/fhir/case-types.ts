/** Resource types that hold a patient's case (read), in the order they are searched. */
export const CASE_TYPES = [
  'Observation',
  'Condition',
  'DiagnosticReport',
  'Procedure',
  'MedicationStatement',
  'ServiceRequest',
  'RiskAssessment',
  'DetectedIssue',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/**
 * Resource types other systems write that the engine's reader takes findings from (an intake
 * form, a visit's reasons, a radiology note, a medication order). Read with the case, never written: edits touch
 * only what this app wrote.
 */
export const EHR_TYPES = [
  'QuestionnaireResponse',
  'Encounter',
  'DocumentReference',
  'MedicationRequest',
] as const;
/** Every type read for a patient, in the order they are searched. */
export const READ_TYPES = [...CASE_TYPES, ...EHR_TYPES] as const;
export type ReadType = (typeof READ_TYPES)[number];
