import {
  ASSOCIATED_IDS,
  EMERGENCY_FLAG_IDS,
  RED_FLAG_IDS,
  TRIAD_IDS,
  type FindingId,
} from '../../engine';

export interface FindingGroup {
  id: string;
  title: string;
  findings: readonly FindingId[];
  /** Show an onset date beside a "yes" (red flags, stroke / TIA: the rules read it). */
  onset?: readonly FindingId[];
}

/** Symptoms panel: the triad, associated signs, red flags (brief §2, §4). */
export const SYMPTOM_GROUPS: readonly FindingGroup[] = [
  {
    id: 'triad',
    title: 'Triad',
    findings: TRIAD_IDS,
  },
  {
    id: 'associated',
    title: 'Associated signs',
    findings: ASSOCIATED_IDS,
  },
  {
    id: 'red-flags',
    title: 'Red flags (5 Ds and 3 Ns)',
    findings: RED_FLAG_IDS,
    onset: EMERGENCY_FLAG_IDS,
  },
];

/** History panel: the contraindication and precaution checklist, grouped (brief §5). */
export const HISTORY_GROUPS: readonly FindingGroup[] = [
  {
    id: 'vascular',
    title: 'Vascular',
    findings: [
      'confirmed-vas',
      'stroke',
      'tia',
      'vertebral-artery-narrowing',
      'vertebral-artery-atherosclerosis',
      'circulatory-disorder',
      'orthostatic-reactions',
      'hypertension',
      'anticoagulants',
      'clotting-disorder',
      'hyperlipidaemia',
      'dyscirculatory-encephalopathy',
      'venous-insufficiency',
    ],
    onset: ['stroke', 'tia'],
  },
  {
    id: 'oncological',
    title: 'Oncological',
    findings: ['malignancy', 'malignancy-history', 'brain-tumour', 'spinal-tumour-or-cyst'],
  },
  {
    id: 'endocrine',
    title: 'Endocrine',
    findings: ['thyroid-disease', 'diabetes', 'long-term-steroids'],
  },
  {
    id: 'trauma',
    title: 'Trauma',
    findings: ['neck-injury', 'back-injury', 'fracture-or-ligament-instability'],
  },
  {
    id: 'infection',
    title: 'Infection',
    findings: ['infection', 'spondylodiscitis', 'meningitis'],
  },
  {
    id: 'spine',
    title: 'Spine',
    findings: [
      'uncovertebral-arthrosis',
      'cervical-osteochondrosis',
      'disc-protrusion',
      'disc-herniation',
      'vertebral-instability',
      'osteoporosis',
      'myelopathy',
      'radiculopathy',
      'connective-tissue-laxity',
      'congenital-spine-anomaly',
      'muscle-hypertonicity',
    ],
  },
  {
    id: 'other',
    title: 'Other',
    findings: [
      'mental-disorder',
      'chronic-disease-exacerbation',
      'multiple-sclerosis',
      'bppv',
      'psychogenic-dizziness',
      'migraine',
      'smoking',
      'post-partum',
      'sedentary-work',
    ],
  },
];

export const ALL_GROUPS: readonly FindingGroup[] = [...SYMPTOM_GROUPS, ...HISTORY_GROUPS];

/** DOM id of a finding's control, the target of "answer these to clear" links. */
export const controlId = (id: string): string => `finding-${id}`;
