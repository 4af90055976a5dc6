/**
 * Round 8's whole cases (/tmp/probe8: lib.py, a_hidden.py, a_normal.py, b_logic.py): the
 * helpers its harness built every case file with, so that each case reads as the harness
 * wrote it. Every case is complete (a `whole` probe) and assessed on 2026-11-20, as in the files.
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

/** The assessment date of every round 8 case. */
export const R8_ON = '2026-11-20';

/** The date `n` days before 2026-11-20. */
export function d(n: number): string {
  return addDays(R8_ON, -n);
}

/** A birth date giving exactly `age` on 2026-11-20 (the birthday 40 days earlier). */
export function born(age: number): string {
  const b = d(40);
  return `${Number(b.slice(0, 4)) - age}${b.slice(4)}`;
}

/** A careful clinician: every item that could contraindicate answered "no". */
const NO = [
  'headache',
  'occipital-headache',
  'dizziness',
  'visual-disturbance',
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
  'vertebral-artery-atherosclerosis',
  'vertebral-artery-narrowing',
  'gait-instability',
  'nausea',
  'vomiting',
  'multiple-sclerosis',
  'hypertension',
  'anticoagulants',
  'clotting-disorder',
  'long-term-steroids',
  'diabetes',
  'post-partum',
];

/**
 * The base findings: every item of NO answered no, chronic mechanical neck pain, muscle
 * hypertonicity; then `over` (null: the key removed, left unknown).
 */
export function findings(over: Record<string, FindingValue | null> = {}): CaseFile['findings'] {
  const f: Record<string, FindingValue> = Object.fromEntries(NO.map((k) => [k, false]));
  f['neck-pain'] = { present: true, onset: d(60), note: 'chronic, mechanical' };
  f['muscle-hypertonicity'] = true;
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete f[k];
    else f[k] = v;
  }
  return f as CaseFile['findings'];
}

/** One study dated `daysAgo` days before 2026-11-20. */
export function img(
  modality: ImagingModality,
  region: ImagingRegion,
  daysAgo: number,
  report: string,
): ImagingStudy {
  return { modality, region, date: d(daysAgo), report };
}

const XR_UK = `XR CERVICAL SPINE (AP, LATERAL, PEG)
Clinical details: Chronic mechanical neck pain, office worker. No history of trauma.
Technique: AP, lateral and open-mouth peg views.
Findings:
Cervical lordosis is maintained. Vertebral body heights are preserved throughout.
Mild loss of disc height at C5/6 with small anterior osteophytes.
The odontoid peg is intact and central; atlantoaxial alignment is normal.
Prevertebral soft tissues are of normal thickness.
No fracture, subluxation or destructive bony lesion.
Impression:
Mild C5/6 degenerative disc disease. No acute bony abnormality.`;

/** The harness's normal reports (UK / US / Russian-trained English). */
export const NORMAL_REPORTS = {
  XR_UK,
  MRI_US: `MRI CERVICAL SPINE WITHOUT CONTRAST
HISTORY: Neck pain radiating to the trapezius bilaterally. No trauma.
TECHNIQUE: Sagittal T1, T2 and STIR; axial T2 and gradient echo images.
COMPARISON: None.
FINDINGS:
Alignment: Mild straightening of the cervical lordosis. No listhesis.
Vertebrae: Normal marrow signal. No fracture or suspicious osseous lesion.
Cord: Normal caliber and signal intensity.
C2-3, C3-4: Unremarkable.
C4-5: Minimal disc bulge. No spinal canal or foraminal stenosis.
C5-6: Small central disc protrusion indenting the ventral thecal sac without cord contact. Foramina are patent.
C6-7, C7-T1: Unremarkable.
Paraspinal soft tissues: Unremarkable. Normal vertebral artery flow voids.
IMPRESSION:
1. Small C5-6 central disc protrusion without spinal canal or neural foraminal stenosis.
2. Normal cord.`,
  DUP_RU: `Duplex scanning of the extracranial brachiocephalic arteries
CCA, ICA, ECA on both sides are passable, walls are not thickened, IMT 0.7 mm. Blood flow is of the main type.
Vertebral arteries: diameter right 3.6 mm, left 3.8 mm. In the V1 segment the course is straight;
entry into the canal of the transverse processes at the C6 level on both sides. In the V2 segment the course is regular.
Linear blood flow velocity: right 42 cm/s, left 45 cm/s; spectrum of normal shape; flow antegrade on both sides.
Conclusion: echo signs of haemodynamically significant changes of the brachiocephalic arteries were not revealed.`,
  DUP_UK: `CAROTID AND VERTEBRAL ARTERY DUPLEX
Indication: Pre-treatment screening before manual therapy.
Findings:
Right: CCA, ICA and ECA show normal waveforms with no plaque. ICA PSV 68 cm/s.
Left: CCA, ICA and ECA show normal waveforms with minimal intimal thickening only. ICA PSV 72 cm/s.
Vertebral arteries: antegrade flow bilaterally with normal low-resistance waveforms.
PSV right VA 48 cm/s, left VA 52 cm/s.
Conclusion:
No haemodynamically significant stenosis. Antegrade flow in both vertebral arteries.`,
  MSCT_RU: `MSCT of the cervical spine
On a series of CT scans the physiological lordosis is straightened. Vertebral bodies are of normal shape and height,
the cortical layer is intact, bone structure is not changed. Intervertebral disc heights are moderately reduced at C4-C5, C5-C6.
Marginal bone growths (osteophytes) of the anterior surfaces of the C5, C6 bodies. The spinal canal is of normal width
(sagittal size 14 mm). Intervertebral foramina are not narrowed. The atlantoaxial joint is without features.
Conclusion: CT picture of osteochondrosis of the cervical spine at C4-C6.`,
  XR_RU: `X-ray of the cervical spine in 2 projections with functional tests
Physiological lordosis is smoothed. Heights of the C5-C6 disc are reduced, subchondral sclerosis of the endplates.
In functional tests pathological mobility of the vertebrae is not revealed.
Bone destructive changes are not revealed.
Conclusion: Osteochondrosis of the cervical spine C5-C6 (stage 1-2).`,
  MRI_HEAD_US: `MRI BRAIN WITHOUT CONTRAST
INDICATION: Baseline study prior to manual therapy; tinnitus.
TECHNIQUE: Multiplanar multisequence MRI of the brain including DWI, FLAIR and SWI.
FINDINGS:
No restricted diffusion. No intracranial hemorrhage or abnormal susceptibility.
Ventricles and sulci are normal in size for age. No mass, mass effect or midline shift.
Gray-white differentiation is preserved. Posterior fossa structures are normal.
Major intracranial flow voids are preserved, including the vertebrobasilar system.
Craniocervical junction is unremarkable.
IMPRESSION:
Normal MRI of the brain.`,
  MRA_UK: `MR ANGIOGRAM NECK (contrast-enhanced)
Clinical details: Neck pain; screening prior to manipulation.
Technique: Contrast-enhanced MRA from the aortic arch to the circle of Willis.
Findings:
Normal arch configuration. Both carotid systems are of normal calibre.
Both vertebral arteries are patent and of normal, symmetrical calibre from origin to the vertebrobasilar junction.
The basilar artery is normal.
Conclusion:
Normal MR angiogram of the neck vessels.`,
  XR_UK_LM: XR_UK.replace(
    'atlantoaxial alignment is normal.',
    'the lateral masses of C1 align with C2.',
  ),
} as const;

const STUDY: Record<keyof typeof NORMAL_REPORTS, [ImagingModality, ImagingRegion]> = {
  XR_UK: ['xray', 'cervical-spine'],
  XR_UK_LM: ['xray', 'cervical-spine'],
  MRI_US: ['mri', 'cervical-spine'],
  MSCT_RU: ['msct', 'cervical-spine'],
  XR_RU: ['xray', 'cervical-spine'],
  DUP_RU: ['doppler', 'neck-vessels'],
  DUP_UK: ['doppler', 'neck-vessels'],
  MRI_HEAD_US: ['mri', 'head'],
  MRA_UK: ['mra', 'neck-vessels'],
};

/** A normal report of the harness, dated `daysAgo` days before 2026-11-20. */
export function normal(name: keyof typeof NORMAL_REPORTS, daysAgo: number): ImagingStudy {
  const [modality, region] = STUDY[name];
  return img(modality, region, daysAgo, NORMAL_REPORTS[name]);
}

/** A session `daysAgo` days before 2026-11-20: course 1, pain 5 -> 4, nothing new; then `over`. */
export function sess(
  daysAgo: number,
  modality: Modality,
  over: Partial<TreatmentSession> = {},
): TreatmentSession {
  return {
    date: d(daysAgo),
    course: 1,
    modality,
    painBefore: 5,
    painAfter: 4,
    dizziness: 0,
    headache: 0,
    painHours: 24,
    rednessHours: 2,
    swelling: false,
    painWorseWithMovement: false,
    analgesicsIneffective: false,
    newSymptoms: [],
    ...over,
  };
}

/** A whole case as the harness wrote it (patient 42, female, named after the case by default). */
export function wholeCase(
  id: string,
  f: CaseFile['findings'],
  imaging: ImagingStudy[] = [],
  sessions: TreatmentSession[] = [],
  medications: Medication[] = [],
  patient: { age?: number; sex?: 'male' | 'female'; name?: string } = {},
): CaseFile {
  return {
    format: 'vas-case/1',
    id,
    assessedOn: R8_ON,
    patient: {
      sex: patient.sex ?? 'female',
      birthDate: born(patient.age ?? 42),
      name: patient.name ?? `Synthetic ${id}`,
    },
    findings: f,
    imaging,
    sessions,
    medications,
  };
}

/** A round 8 probe: the case id and what it hides name it, the section is its rule. */
export function r8(
  family: string,
  id: string,
  hidden: string,
  section: string,
  whole: CaseFile,
  expect: Expectation,
): Probe {
  return { round: 8, family, name: `${id}: ${hidden}`, rule: section, delta: { whole }, expect };
}
