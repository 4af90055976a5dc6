/**
 * Codes read from other systems' FHIR (EHRs): SNOMED CT, ICD-10 and ICD-10-CM concepts mapped
 * to finding ids, so that a red flag coded the way an EHR codes it is not left unknown. Read
 * only (never written); brief §7 gives some, the rest are the standard chapter codes of the
 * same findings. A code broader or narrower than its finding is read only as present.
 */
import type { FindingId } from '../finding-ids';

/**
 * SNOMED CT concepts (exact codes). A code in NOT_EXACT is broader or narrower than its
 * finding ("blurred vision" is one visual disturbance): it is read only as present, never
 * as the finding's absence.
 */
export const SNOMED_READ: Readonly<Record<string, FindingId>> = {
  '404640003': 'dizziness',
  '25064002': 'headache',
  '230690007': 'stroke',
  '422504002': 'stroke', // ischaemic stroke
  '432504007': 'stroke', // cerebral infarction
  '21454007': 'stroke', // subarachnoid haemorrhage (not exact)
  '274100004': 'stroke', // cerebral haemorrhage (not exact)
  '266257000': 'tia',
  '230730001': 'vertebral-artery-dissection', // brief §7
  '38341003': 'hypertension',
  '73211009': 'diabetes',
  '37796009': 'migraine',
  '422587007': 'nausea',
  '422400008': 'vomiting',
  '24982008': 'diplopia',
  '246636008': 'visual-disturbance', // blurred vision (not exact)
  '399153001': 'dizziness', // vertigo (not exact)
  '8011004': 'dysarthria',
  '40739000': 'dysphagia',
  '271594007': 'syncope',
  '563001': 'nystagmus',
  '20262006': 'ataxia',
  '44077006': 'numbness',
  '26544005': 'limb-weakness', // muscle weakness (not exact)
  '24700007': 'multiple-sclerosis',
  '44054006': 'diabetes', // type 2
  '46635009': 'diabetes', // type 1
  '40930008': 'thyroid-disease', // hypothyroidism
  '34486009': 'thyroid-disease', // hyperthyroidism
  '28651003': 'orthostatic-reactions', // orthostatic hypotension
  '449868002': 'smoking', // smokes tobacco daily
  '77176002': 'smoking', // smoker
  '65568007': 'smoking', // cigarette smoker
  '233604007': 'infection', // pneumonia (not exact)
  '39848009': 'neck-injury', // whiplash injury to neck (not exact)
};

/**
 * ICD-10 and ICD-10-CM codes, without the dot, by prefix: the longest prefix that matches
 * wins ("G450" vertebro-basilar syndrome before "G45" transient ischaemic attacks).
 */
const ICD10_READ: Readonly<Record<string, FindingId>> = {
  G450: 'confirmed-vas', // vertebro-basilar artery syndrome (brief §7)
  G451: 'tia',
  G452: 'tia',
  G453: 'tia',
  G458: 'tia',
  G459: 'tia',
  I726: 'vertebral-artery-dissection', // brief §7; ICD-10-CM: aneurysm (not exact)
  I7774: 'vertebral-artery-dissection', // brief §7 (ICD-10-CM)
  I7775: 'vertebral-artery-dissection', // other precerebral arteries (not exact)
  I7776: 'vertebral-artery-dissection', // several precerebral arteries (not exact)
  I670: 'vertebral-artery-dissection', // cerebral arteries (not exact)
  I650: 'vertebral-artery-narrowing', // occlusion and stenosis of the vertebral artery
  I60: 'stroke', // subarachnoid haemorrhage (not exact)
  I61: 'stroke',
  I62: 'stroke', // other intracranial haemorrhage (not exact)
  I63: 'stroke',
  I64: 'stroke',
  I69: 'stroke', // sequelae (not exact)
  Z8673: 'stroke', // history of TIA and cerebral infarction (not exact)
  G4453: 'sudden-severe-headache', // thunderclap headache (ICD-10-CM)
  R42: 'dizziness',
  R51: 'headache',
  H531: 'visual-disturbance', // subjective visual disturbances (not exact)
  H538: 'visual-disturbance',
  H539: 'visual-disturbance',
  H532: 'diplopia',
  H534: 'visual-field-loss',
  H55: 'nystagmus',
  R270: 'ataxia',
  R260: 'gait-instability', // (not exact)
  R2681: 'gait-instability', // (not exact)
  R20: 'numbness', // includes hyperaesthesia (not exact)
  R470: 'speech-disturbance', // (not exact)
  R471: 'dysarthria',
  R13: 'dysphagia',
  R55: 'syncope',
  R40: 'reduced-consciousness',
  G902: 'horner-signs',
  R110: 'nausea',
  R111: 'vomiting',
  R112: 'vomiting', // nausea with vomiting (not exact)
  M542: 'neck-pain',
  M4211: 'cervical-osteochondrosis', // occipito-atlanto-axial (not exact)
  M4212: 'cervical-osteochondrosis',
  M4213: 'cervical-osteochondrosis', // cervicothoracic (not exact)
  G35: 'multiple-sclerosis',
  G43: 'migraine',
  I10: 'hypertension',
  E10: 'diabetes',
  E11: 'diabetes',
  E13: 'diabetes',
  E14: 'diabetes',
  E00: 'thyroid-disease',
  E01: 'thyroid-disease',
  E02: 'thyroid-disease',
  E03: 'thyroid-disease',
  E04: 'thyroid-disease',
  E05: 'thyroid-disease',
  E06: 'thyroid-disease',
  E07: 'thyroid-disease',
  I951: 'orthostatic-reactions',
  J18: 'infection', // pneumonia (not exact)
  E78: 'hyperlipidaemia',
  F17: 'smoking',
  Z720: 'smoking',
  Z7901: 'anticoagulants',
  // Injuries to the neck (S10-S19): a neck injury, and a recent one is neck trauma (from-fhir).
  S1: 'neck-injury', // (not exact)
  S12: 'fracture-or-ligament-instability', // fracture of a cervical vertebra (not exact)
  S130: 'fracture-or-ligament-instability', // traumatic rupture of a cervical disc (not exact)
  S131: 'fracture-or-ligament-instability', // subluxation / dislocation of a cervical vertebra (not exact)
  S132: 'fracture-or-ligament-instability', // dislocation of another part of the neck (not exact)
  S133: 'fracture-or-ligament-instability', // multiple dislocations of the neck (not exact)
};

/** Codes broader or narrower than their finding: read as present only (a "no" stays unknown). */
const NOT_EXACT = new Set([
  '449868002',
  '65568007',
  '44054006',
  '46635009',
  '40930008',
  '34486009',
  '28651003',
  '233604007',
  '39848009',
  'S1',
  'S12',
  'S130',
  'S131',
  'S132',
  'S133',
  'E00',
  'E01',
  'E02',
  'E03',
  'E04',
  'E05',
  'E06',
  'E07',
  'I951',
  'J18',
  '21454007',
  '274100004',
  '246636008',
  '399153001',
  '26544005',
  'I726',
  'I7775',
  'I7776',
  'I670',
  'I60',
  'I62',
  'I69',
  'Z8673',
  'H531',
  'H538',
  'H539',
  'R260',
  'R2681',
  'R20',
  'R470',
  'R112',
  'M4211',
  'M4213',
]);

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

/** The finding an EHR's coding names (`exact`: the code is the finding, no broader or narrower). */
export function findingOfCoding(
  system: string | undefined,
  code: string | undefined,
): { finding: FindingId; exact: boolean } | undefined {
  if (typeof system !== 'string' || typeof code !== 'string') return undefined;
  const sys = base(system);
  if (sys === 'http://snomed.info/sct')
    return Object.prototype.hasOwnProperty.call(SNOMED_READ, code)
      ? { finding: SNOMED_READ[code]!, exact: !NOT_EXACT.has(code) }
      : undefined;
  if (!ICD_SYSTEMS.has(sys)) return undefined;
  const key = code.replace(/\./g, '').trim().toUpperCase();
  for (let n = key.length; n >= 2; n--) {
    const f = ICD10_READ[key.slice(0, n)];
    if (f) return { finding: f, exact: !NOT_EXACT.has(key.slice(0, n)) };
  }
  return undefined;
}
