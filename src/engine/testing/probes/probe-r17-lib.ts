/**
 * Round 17's helpers: whole case-file vignettes as outside reviewers write them against the
 * contract alone (docs/patient-case.md v2). Every vignette is a complete case (a `whole` probe)
 * assessed on 2026-11-20 unless it says otherwise. Test data only, all synthetic.
 */
import type {
  CaseFile,
  FindingValue,
  ImagingModality,
  ImagingRegion,
  ImagingStudy,
  Medication,
  Modality,
  TreatmentSession,
} from '../../model';
import { addDays } from '../../dates';
import type { Expectation, Probe } from './probe-model';

/** The assessment date of round 17's vignettes. */
export const ON = '2026-11-20';

/** The date `n` days before 2026-11-20 (negative: after). */
export function ago(n: number): string {
  return addDays(ON, -n);
}

/** A birth date giving exactly `age` on 2026-11-20 (the birthday 100 days earlier). */
export function bornAged(age: number): string {
  const b = ago(100);
  return `${Number(b.slice(0, 4)) - age}${b.slice(4)}`;
}

/**
 * Every finding id of the contract that a careful intake form asks, answered "no". Left out:
 * `dizziness-on-head-rotation` and `dynamic-vascular-assessment-normal` (FS-4: a test not done
 * never blocks clearance), `neck-pain` / `muscle-hypertonicity` (set below) and the causes.
 */
export const ASKED = [
  'headache',
  'occipital-headache',
  'dizziness',
  'visual-disturbance',
  'gait-instability',
  'nausea',
  'vomiting',
  'sweating',
  'tachycardia',
  'arrhythmia',
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
  'new-unusual-headache',
  'worsening-neurology',
  'triad-progressive',
  'vertebral-artery-dissection',
  'recent-neck-trauma',
  'recent-cervical-manipulation',
  'recent-neck-massage',
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
  'uncovertebral-arthrosis',
  'vertebral-instability',
  'vertebral-artery-narrowing',
  'vertebral-artery-atherosclerosis',
  'bppv',
  'dyscirculatory-encephalopathy',
  'venous-insufficiency',
  'psychogenic-dizziness',
  'multiple-sclerosis',
  'hypertension',
  'anticoagulants',
  'clotting-disorder',
  'long-term-steroids',
  'smoking',
  'diabetes',
  'hyperlipidaemia',
  'migraine',
  'post-partum',
] as const;

export type Over = Record<string, FindingValue | null>;

/**
 * The intake: every ASKED id answered no, chronic mechanical neck pain for 90 days and muscle
 * hypertonicity; then `over` (null: the key removed, unknown). `bare`: nothing answered.
 */
export function intake(over: Over = {}, bare = false): CaseFile['findings'] {
  const f: Record<string, FindingValue> = bare
    ? {}
    : {
        ...Object.fromEntries(ASKED.map((k) => [k, false])),
        'neck-pain': { present: true, onset: ago(90), note: 'chronic, mechanical, desk work' },
        'muscle-hypertonicity': true,
      };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete f[k];
    else f[k] = v;
  }
  return f as CaseFile['findings'];
}

/** A finding present with its onset `n` days ago (and a note). */
export function on(n: number, note?: string): FindingValue {
  return { present: true, onset: ago(n), ...(note ? { note } : {}) };
}

/** A finding present, onset not recorded, with the clinician's note. */
export function yes(note: string): FindingValue {
  return { present: true, note };
}

/** One study `daysAgo` days before 2026-11-20 (null: undated). */
export function study(
  modality: ImagingModality,
  region: ImagingRegion,
  daysAgo: number | null,
  report: string,
  extra: Partial<ImagingStudy> = {},
): ImagingStudy {
  return {
    modality,
    region,
    ...(daysAgo === null ? {} : { date: ago(daysAgo) }),
    report,
    ...extra,
  };
}

/** The clean cervical-spine X-ray every careful referral carries (60 days old). */
export const XR_CLEAN = study(
  'xray',
  'cervical-spine',
  60,
  'Cervical spine, AP and lateral. Lordosis preserved. Vertebral body heights maintained. Mild C5-C6 disc space narrowing. No fracture, no listhesis. Impression: mild degenerative change C5-C6.',
);

/** A session `daysAgo` days before 2026-11-20: course 1, pain 5 -> 4, nothing new; then `over`. */
export function ses(
  daysAgo: number,
  modality: Modality,
  over: Partial<TreatmentSession> = {},
): TreatmentSession {
  return {
    date: ago(daysAgo),
    course: 1,
    modality,
    painBefore: 5,
    painAfter: 4,
    dizziness: 0,
    headache: 0,
    painHours: 12,
    rednessHours: 2,
    swelling: false,
    painWorseWithMovement: false,
    analgesicsIneffective: false,
    newSymptoms: [],
    ...over,
  };
}

/** A course of `n` uneventful sessions of one modality, every 3 days, the last `lastAgo` days ago. */
export function course(
  n: number,
  modality: Modality,
  lastAgo: number,
  over: (i: number) => Partial<TreatmentSession> = () => ({}),
): TreatmentSession[] {
  return Array.from({ length: n }, (_, i) =>
    ses(lastAgo + 3 * (n - 1 - i), modality, {
      painBefore: Math.max(6 - i, 1),
      painAfter: Math.max(5 - i, 0),
      ...over(i),
    }),
  );
}

export interface Vignette {
  /** The clinical setting, as the reviewer wrote it. */
  who?: string;
  age?: number;
  sex?: 'male' | 'female';
  f?: Over;
  /** Start from nothing answered. */
  bare?: boolean;
  /** Imaging replacing the clean X-ray (an empty list: none on file). */
  img?: ImagingStudy[];
  /** Imaging added to the clean X-ray. */
  add?: ImagingStudy[];
  s?: TreatmentSession[];
  m?: Medication[];
  /** The referral's reason (history as free text). */
  why?: string;
  /** Another assessment date; null: left out. */
  assessedOn?: string | null;
}

/** The case file a vignette describes. */
export function vignette(id: string, v: Vignette): CaseFile {
  const c: CaseFile = {
    format: 'vas-case/1',
    id,
    assessedOn: ON,
    patient: {
      sex: v.sex ?? 'female',
      birthDate: bornAged(v.age ?? 44),
      name: `Synthetic ${id}`,
    },
    findings: intake(v.f ?? {}, v.bare ?? false),
    imaging: v.img ?? [XR_CLEAN, ...(v.add ?? [])],
    sessions: v.s ?? [],
    medications: v.m ?? [],
    referral: {
      date: ago(7),
      from: v.who ?? 'general practitioner',
      reason: v.why ?? 'neck pain, assessment before manual therapy',
      priority: 'routine',
      status: 'new',
    },
  };
  if (v.assessedOn === null) delete (c as Partial<CaseFile>).assessedOn;
  else if (v.assessedOn) c.assessedOn = v.assessedOn;
  return c;
}

/** A round 17 probe: `id: essence`, the rule section cited by its family. */
export function r17(
  family: string,
  rule: string,
  id: string,
  essence: string,
  v: Vignette,
  expect: Expectation,
): Probe {
  return {
    round: 17,
    family,
    name: `${id}: ${essence}`,
    rule,
    delta: { whole: vignette(`r17-${id}`, v) },
    expect,
  };
}

/** Emergency: refer now, every modality contraindicated (§4, §5 "all four"). */
export const EMERGENCY: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'contraindicated',
  ex: 'contraindicated',
  urg: 'emergency',
};

/** Urgent: neurologist review before any manual therapy (§4): the three manual therapies held. */
export const URGENT: Expectation = {
  manip: 'not-cleared',
  czm: 'not-cleared',
  bm: 'not-cleared',
  urg: 'urgent',
};

/** Unknown emergency red-flag field: every modality not cleared (§5 table, "all four"). */
export const HOLD_ALL: Expectation = {
  manip: 'not-cleared',
  czm: 'not-cleared',
  bm: 'not-cleared',
  ex: 'not-cleared',
};

/** Nothing to raise: every modality clear, no urgency, suspicion low. */
export const CLEAN: Expectation = {
  vas: ['low'],
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};

/** Clean but for a precaution of manipulation (§5: precaution -> caution). */
export const CLEAN_MANIP_CAUTION: Expectation = {
  manip: 'caution',
  vas: ['low'],
  atMost: { manip: 'caution', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
