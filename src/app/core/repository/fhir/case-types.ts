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
