/**
 * Codes read from other systems' FHIR (EHRs): SNOMED CT, ICD-10 and ICD-10-CM concepts mapped
 * to finding ids, so that a red flag coded the way an EHR codes it is not left unknown. Read
 * only (never written); brief §7 gives some, the rest are the standard chapter codes of the
 * same findings. A code mapped here only ever makes a finding answered as its resource says.
 */
import type { FindingId } from '../finding-ids';

/** SNOMED CT concepts (exact codes). */
export const SNOMED_READ: Readonly<Record<string, FindingId>> = {
  '404640003': 'dizziness',
  '25064002': 'headache',
  '230690007': 'stroke',
  '422504002': 'stroke', // ischaemic stroke
  '432504007': 'stroke', // cerebral infarction
  '266257000': 'tia',
  '230730001': 'vertebral-artery-dissection', // brief §7
  '38341003': 'hypertension',
  '73211009': 'diabetes',
  '37796009': 'migraine',
  '422587007': 'nausea',
  '422400008': 'vomiting',
  '24982008': 'diplopia',
  '246636008': 'visual-disturbance', // blurred vision
  '8011004': 'dysarthria',
  '40739000': 'dysphagia',
  '271594007': 'syncope',
  '563001': 'nystagmus',
  '20262006': 'ataxia',
  '44077006': 'numbness',
  '24700007': 'multiple-sclerosis',
};

/**
 * ICD-10 and ICD-10-CM codes, without the dot, by prefix: the longest prefix that matches
 * wins ("G450" vertebro-basilar syndrome before "G45" transient ischaemic attacks).
 */
const ICD10_READ: Readonly<Record<string, FindingId>> = {
  G450: 'confirmed-vas', // vertebro-basilar artery syndrome (brief §7)
  G45: 'tia',
  I726: 'vertebral-artery-dissection', // brief §7
  I7774: 'vertebral-artery-dissection', // brief §7 (ICD-10-CM)
  I61: 'stroke',
  I63: 'stroke',
  I64: 'stroke',
  R42: 'dizziness',
  R51: 'headache',
  H532: 'diplopia',
  H534: 'visual-field-loss',
  H53: 'visual-disturbance',
  H55: 'nystagmus',
  R270: 'ataxia',
  R20: 'numbness',
  R470: 'speech-disturbance',
  R471: 'dysarthria',
  R13: 'dysphagia',
  R55: 'syncope',
  R40: 'reduced-consciousness',
  G902: 'horner-signs',
  R110: 'nausea',
  R111: 'vomiting',
  R112: 'vomiting',
  M542: 'neck-pain',
  M421: 'cervical-osteochondrosis',
  G35: 'multiple-sclerosis',
  G43: 'migraine',
  I10: 'hypertension',
  Z7901: 'anticoagulants',
};

const ICD_SYSTEMS = new Set([
  'http://hl7.org/fhir/sid/icd-10',
  'http://hl7.org/fhir/sid/icd-10-cm',
  'urn:oid:2.16.840.1.113883.6.3',
  'urn:oid:2.16.840.1.113883.6.90',
]);

/** A system URI as compared: no version part ("…/sct/900000000000207008/version/…", "|2024"). */
const base = (system: string): string =>
  system
    .split('|')[0]!
    .replace(/^(http:\/\/snomed\.info\/sct)\/.*$/, '$1')
    .replace(/\/$/, '');

/** The finding an EHR's coding names, or undefined. */
export function findingOfCoding(
  system: string | undefined,
  code: string | undefined,
): FindingId | undefined {
  if (!system || !code) return undefined;
  const sys = base(system);
  if (sys === 'http://snomed.info/sct')
    return Object.prototype.hasOwnProperty.call(SNOMED_READ, code) ? SNOMED_READ[code] : undefined;
  if (!ICD_SYSTEMS.has(sys)) return undefined;
  const key = code.replace(/\./g, '').trim().toUpperCase();
  for (let n = key.length; n >= 2; n--) {
    const f = ICD10_READ[key.slice(0, n)];
    if (f) return f;
  }
  return undefined;
}
