/**
 * SMART v2 scopes the test authorisation server knows. oidc-provider issues a resource-server
 * scope only when it is listed for that resource server, so every `context/Type.perms`
 * combination (perms: a non-empty ordered subset of `cruds`) is listed for the FHIR base.
 */
export const OIDC_SCOPES = ['openid', 'fhirUser', 'profile', 'launch', 'launch/patient'] as const;

const TYPES = [
  '*',
  'Patient',
  'Practitioner',
  'Observation',
  'Condition',
  'DiagnosticReport',
  'Procedure',
  'MedicationStatement',
  'MedicationRequest',
  'ServiceRequest',
  'RiskAssessment',
  'DetectedIssue',
  'Provenance',
  'Encounter',
  'AllergyIntolerance',
  'DocumentReference',
  'ImagingStudy',
  'QuestionnaireResponse',
];

function permissionSets(): string[] {
  const letters = 'cruds';
  const out: string[] = [];
  for (let mask = 1; mask < 32; mask++)
    out.push([...letters].filter((_, i) => mask & (1 << i)).join(''));
  return out;
}

export const RESOURCE_SCOPES: readonly string[] = ['patient', 'user'].flatMap((ctx) =>
  TYPES.flatMap((t) => permissionSets().map((p) => `${ctx}/${t}.${p}`)),
);

const known = new Set<string>(RESOURCE_SCOPES);
export const isResourceScope = (s: string): boolean => known.has(s);
export const isOidcScope = (s: string): boolean => (OIDC_SCOPES as readonly string[]).includes(s);
