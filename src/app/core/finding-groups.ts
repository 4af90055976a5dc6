import {
  ASSESSMENT_IDS,
  ASSOCIATED_IDS,
  EMERGENCY_FLAG_IDS,
  findingLabel,
  isFindingId,
  missingLabel,
  NECK_EVENT_IDS,
  RED_FLAG_IDS,
  TRIAD_IDS,
  type FindingId,
} from '../../engine';

export interface FindingGroup {
  id: string;
  title: string;
  findings: readonly FindingId[];
  /** Show an onset date beside a "yes" (the rules date these: brief §4, §5, §8, §9). */
  onset?: readonly FindingId[];
  /** Items "None of these" leaves alone (a test result is not a symptom to deny). */
  noneSkips?: readonly FindingId[];
}

/** Red flags whose onset the rules read (emergency within 14 days, prodrome, dissection). */
const DATED_RED_FLAGS: readonly FindingId[] = [
  ...EMERGENCY_FLAG_IDS,
  'new-unusual-headache',
  'vertebral-artery-dissection',
  ...NECK_EVENT_IDS,
];

/** Symptoms panel: the triad, associated signs, red flags (brief §2, §4). */
export const SYMPTOM_GROUPS: readonly FindingGroup[] = [
  {
    id: 'triad',
    title: 'Triad',
    findings: TRIAD_IDS,
    onset: TRIAD_IDS,
  },
  {
    id: 'associated',
    title: 'Associated signs and tests',
    findings: [...ASSOCIATED_IDS, ...ASSESSMENT_IDS],
    noneSkips: ['dynamic-vascular-assessment-normal'],
  },
  {
    id: 'red-flags',
    title: 'Red flags',
    findings: RED_FLAG_IDS,
    onset: DATED_RED_FLAGS,
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
    onset: ['neck-injury', 'back-injury'],
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
/** DOM id of a finding's onset date input. */
export const onsetControlId = (id: string): string => `finding-${id}-onset`;

/** The ids "None of these" answers "no" for a group. */
export function noneOfTheseIds(group: FindingGroup): readonly FindingId[] {
  const skip = new Set(group.noneSkips ?? []);
  return group.findings.filter((id) => !skip.has(id));
}

const ONSET_SUFFIX = '.onset';

/** A missing item read aloud: "new-unusual-headache.onset" → "Onset of New or unusual …". */
export function missingItemLabel(item: string): string {
  if (item.endsWith(ONSET_SUFFIX)) {
    const id = item.slice(0, -ONSET_SUFFIX.length);
    if (isFindingId(id))
      return `Onset of ${findingLabel(id).replace(/^\w/, (ch) => ch.toLowerCase())}`;
  }
  return missingLabel(item);
}

/** DOM id of the control that answers a missing item (a finding, or a finding's onset). */
export function missingItemTarget(item: string): string {
  return item.endsWith(ONSET_SUFFIX)
    ? onsetControlId(item.slice(0, -ONSET_SUFFIX.length))
    : controlId(item);
}

export interface MissingGroup {
  id: string;
  title: string;
  /** Findings to answer yes / no / not asked. */
  findings: FindingId[];
  /** Findings present whose onset the rules need. */
  onsets: FindingId[];
  /** Anything else (cervical-spine imaging): a link to where it is entered. */
  other: string[];
}

/** A card's missing items grouped by the section of the page that asks them. */
export function groupMissing(items: readonly string[]): MissingGroup[] {
  const groups = new Map<string, MissingGroup>();
  const groupOf = (id: string, title: string): MissingGroup => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, title, findings: [], onsets: [], other: [] }));
    return g;
  };
  for (const item of items) {
    const onset = item.endsWith(ONSET_SUFFIX);
    const id = onset ? item.slice(0, -ONSET_SUFFIX.length) : item;
    const home = isFindingId(id) ? ALL_GROUPS.find((g) => g.findings.includes(id)) : undefined;
    if (!home || !isFindingId(id)) groupOf('imaging', 'Imaging').other.push(item);
    else if (onset) groupOf(home.id, home.title).onsets.push(id);
    else groupOf(home.id, home.title).findings.push(id);
  }
  const order = ['imaging', ...ALL_GROUPS.map((g) => g.id)];
  return [...groups.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
