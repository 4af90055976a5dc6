export { caseToBundle, findingConcept } from './to-fhir';
export { bundleToCase, type BundleResult } from './from-fhir';
export { SYS as FHIR_SYSTEMS, EXT as FHIR_EXTENSIONS } from './codes';
export { onServer, originOf } from './fhir-links';
