/**
 * Finding ids of the case-file contract (shared/contract/patient-case.md), grouped as the
 * contract groups them, with the label a clinician reads. Pure data: no Angular import.
 */
export const TRIAD_IDS = [
  'headache',
  'occipital-headache',
  'dizziness',
  'visual-disturbance',
] as const;
export const ASSOCIATED_IDS = [
  'gait-instability',
  'nausea',
  'vomiting',
  'sweating',
  'tachycardia',
  'arrhythmia',
  'neck-pain',
  'dizziness-on-head-rotation',
] as const;
/** Red flags that make urgency `emergency` (recent / onset unknown / after trauma) or `urgent`. */
export const EMERGENCY_FLAG_IDS = [
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
] as const;
/** Findings about neck treatment or trauma that make a red flag an emergency (brief §4, §9). */
export const NECK_EVENT_IDS = [
  'recent-neck-trauma',
  'recent-cervical-manipulation',
  'recent-neck-massage',
] as const;
export const RED_FLAG_IDS = [
  ...EMERGENCY_FLAG_IDS,
  'new-unusual-headache',
  'worsening-neurology',
  'triad-progressive',
  'vertebral-artery-dissection',
  ...NECK_EVENT_IDS,
] as const;
export const HISTORY_IDS = [
  'confirmed-vas',
  'stroke',
  'tia',
  'brain-tumour',
  'malignancy',
  'malignancy-history',
  'thyroid-disease',
  'orthostatic-reactions',
  'neck-injury',
  'back-injury',
  'infection',
  'spinal-tumour-or-cyst',
  'circulatory-disorder',
  'mental-disorder',
  'chronic-disease-exacerbation',
  'fracture-or-ligament-instability',
  'spondylodiscitis',
  'connective-tissue-laxity',
  'osteoporosis',
  'myelopathy',
  'radiculopathy',
  'meningitis',
] as const;
export const IMAGING_FINDING_IDS = [
  'uncovertebral-arthrosis',
  'cervical-osteochondrosis',
  'disc-protrusion',
  'disc-herniation',
  'vertebral-instability',
  'vertebral-artery-narrowing',
  'vertebral-artery-atherosclerosis',
  'muscle-hypertonicity',
  'congenital-spine-anomaly',
] as const;
/** Assessments on record (v2). */
export const ASSESSMENT_IDS = ['dynamic-vascular-assessment-normal'] as const;
export const BENIGN_DIZZINESS_IDS = [
  'bppv',
  'dyscirculatory-encephalopathy',
  'venous-insufficiency',
  'psychogenic-dizziness',
  'multiple-sclerosis',
] as const;
export const PRECAUTION_IDS = [
  'hypertension',
  'anticoagulants',
  'clotting-disorder',
  'long-term-steroids',
  'smoking',
  'diabetes',
  'hyperlipidaemia',
  'migraine',
  'post-partum',
  'sedentary-work',
] as const;

export const FINDING_IDS = [
  ...TRIAD_IDS,
  ...ASSOCIATED_IDS,
  ...RED_FLAG_IDS,
  ...HISTORY_IDS,
  ...IMAGING_FINDING_IDS,
  ...ASSESSMENT_IDS,
  ...BENIGN_DIZZINESS_IDS,
  ...PRECAUTION_IDS,
] as const;

export type FindingId = (typeof FINDING_IDS)[number];

const FINDING_SET: ReadonlySet<string> = new Set(FINDING_IDS);
export function isFindingId(value: unknown): value is FindingId {
  return typeof value === 'string' && FINDING_SET.has(value);
}

const SPECIAL_LABELS: Partial<Record<FindingId, string>> = {
  'confirmed-vas': 'Vertebral artery syndrome diagnosis on record',
  tia: 'Transient ischaemic attack (TIA)',
  bppv: 'Benign paroxysmal positional vertigo (BPPV)',
  'horner-signs': "Horner's signs (ptosis + miosis)",
  'sudden-severe-headache': 'Sudden severe "worst-ever" headache or neck pain',
  'drop-attacks': 'Drop attacks',
  'chronic-disease-exacerbation': 'Acute exacerbation of a chronic disease',
  'fracture-or-ligament-instability': 'Fracture or ligament tear with instability',
  'connective-tissue-laxity': 'Rheumatic / connective-tissue disease with major laxity',
  osteoporosis: 'Major osteopenia / osteoporosis',
  'malignancy-history': 'History of cancer (not active)',
  malignancy: 'Active malignant neoplasm (any site)',
  'orthostatic-reactions': 'Tendency to orthostatic reactions',
  'recent-cervical-manipulation': 'Recent neck manipulation (not logged here)',
  'vertebral-artery-narrowing': 'Vertebral-artery narrowing / compression / reduced flow',
  'vertebral-artery-atherosclerosis': 'Vertebral-artery atherosclerosis / plaque',
  'long-term-steroids': 'Long-term corticosteroids',
  anticoagulants: 'Anticoagulant therapy',
  'recent-neck-massage': 'Recent neck / collar-zone massage (not logged here)',
  'recent-neck-trauma': 'Recent neck trauma',
  'speech-disturbance': 'Speech disturbance (aphasia, word-finding difficulty)',
  'limb-weakness': 'Limb weakness',
  'reduced-consciousness': 'Reduced consciousness (confusion, drowsiness)',
  syncope: 'Syncope (loss of consciousness)',
  'visual-field-loss': 'Visual-field loss (hemianopia, field cut)',
  'new-unusual-headache': 'New or unusual headache / neck pain (weeks)',
  'triad-progressive': 'Triad with progressive course',
  'vertebral-artery-dissection': 'Vertebral-artery dissection',
  'dynamic-vascular-assessment-normal': 'Positional / dynamic vascular assessment normal',
  'dizziness-on-head-rotation': 'Dizziness or visual symptoms on head rotation',
};

const LABELS: ReadonlyMap<string, string> = new Map(
  FINDING_IDS.map((id) => {
    const words = id.replace(/-/g, ' ');
    return [id, SPECIAL_LABELS[id] ?? words.charAt(0).toUpperCase() + words.slice(1)];
  }),
);

/** Human label of a finding id ("gait-instability" → "Gait instability"). */
export function findingLabel(id: FindingId): string {
  return LABELS.get(id) ?? id;
}
