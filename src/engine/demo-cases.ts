/**
 * Synthetic demo patients (no real person): seeded on first run, used by tests and the
 * benchmark. Dates are relative to `today` so "recent" stays recent.
 */
import { addDays } from './dates';
import {
  ASSOCIATED_IDS,
  RED_FLAG_IDS,
  HISTORY_IDS,
  PRECAUTION_IDS,
  type FindingId,
} from './finding-ids';
import type { CaseFile, FindingValue, TreatmentSession } from './model';

type Findings = Partial<Record<FindingId, FindingValue>>;

/** Everything answered "no": the base of a patient whose verdicts can clear. */
export function allAnsweredNo(): Findings {
  const out: Findings = {};
  for (const id of [
    ...RED_FLAG_IDS,
    'headache',
    'dizziness',
    'visual-disturbance',
    'vertebral-artery-narrowing',
    'vertebral-artery-atherosclerosis',
    'uncovertebral-arthrosis',
    ...ASSOCIATED_IDS,
    ...HISTORY_IDS,
    ...PRECAUTION_IDS,
  ] as FindingId[]) {
    out[id] = false;
  }
  return out;
}

const XRAY_CLEAN =
  'Cervical spine, two views. Lordosis preserved. No fracture or listhesis. No uncovertebral arthrosis.';

function course(
  start: string,
  modality: TreatmentSession['modality'],
  pains: number[],
  extra: (i: number) => Partial<TreatmentSession> = () => ({}),
): TreatmentSession[] {
  return pains.map((p, i) => ({
    date: addDays(start, i * 2),
    modality,
    painBefore: Math.min(10, p + 1),
    painAfter: p,
    dizziness: 0,
    headache: Math.max(0, p - 2),
    painHours: 12,
    rednessHours: 4,
    swelling: false,
    painWorseWithMovement: false,
    analgesicsIneffective: false,
    newSymptoms: [],
    ...extra(i),
  }));
}

export function demoCases(today: string): CaseFile[] {
  const d = (days: number): string => addDays(today, -days);
  const base = (id: string, name: string, sex: 'female' | 'male', birthDate: string): CaseFile => ({
    format: 'vas-case/1',
    id,
    assessedOn: today,
    synthetic: true,
    patient: { sex, birthDate, name },
    findings: {},
    imaging: [],
    sessions: [],
    medications: [],
  });
  return [
    {
      ...base('demo-01', 'Alba Testwood (demo)', 'female', '1981-04-12'),
      findings: { ...allAnsweredNo(), 'neck-pain': true, 'muscle-hypertonicity': true },
      imaging: [{ modality: 'xray', region: 'cervical-spine', date: d(20), report: XRAY_CLEAN }],
      sessions: course(d(18), 'back-massage', [6, 5, 5, 4, 3, 3, 2, 2]),
      referral: {
        date: d(25),
        from: 'GP, demo clinic 1',
        reason: 'neck pain',
        priority: 'routine',
        status: 'done',
      },
    },
    {
      ...base('demo-02', 'Bruno Sampleton (demo)', 'male', '1969-09-30'),
      findings: {
        ...allAnsweredNo(),
        headache: true,
        'occipital-headache': true,
        dizziness: true,
        'visual-disturbance': true,
        'cervical-osteochondrosis': true,
        // Read from the reports below, not entered.
        'vertebral-artery-narrowing': undefined,
        'uncovertebral-arthrosis': undefined,
      },
      imaging: [
        {
          modality: 'doppler',
          region: 'neck-vessels',
          date: d(9),
          report:
            'Left vertebral artery: flow velocity reduced, lumen narrowed at V2. Right VA without evidence of stenosis.',
        },
        {
          modality: 'xray',
          region: 'cervical-spine',
          date: d(14),
          report: 'Signs of osteochondrosis C4-C6. Uncovertebral arthrosis C5-C6.',
        },
      ],
      referral: {
        date: d(6),
        from: 'GP, demo clinic 2',
        reason: 'dizziness, occipital headache, blurred vision',
        priority: 'routine',
        status: 'new',
      },
    },
    {
      ...base('demo-03', 'Carla Mockford (demo)', 'female', '1974-01-05'),
      findings: {
        ...allAnsweredNo(),
        dizziness: true,
        diplopia: { present: true, onset: d(3) },
        dysarthria: { present: true, onset: d(3) },
      },
      referral: {
        date: d(2),
        from: 'Emergency triage (demo)',
        reason: 'double vision and slurred speech since Monday',
        priority: 'urgent',
        status: 'new',
      },
    },
    {
      ...base('demo-04', 'Dario Fictus (demo)', 'male', '1958-06-21'),
      findings: {
        ...allAnsweredNo(),
        headache: true,
        numbness: { present: true, onset: d(120) },
        hypertension: true,
      },
      imaging: [
        {
          modality: 'mri',
          region: 'cervical-spine',
          date: d(60),
          report: 'Disc protrusion C5-C6 without cord compression. No uncovertebral arthrosis.',
        },
      ],
      referral: {
        date: d(12),
        from: 'Neurology outpatients (demo)',
        reason: 'long-standing left-hand numbness',
        priority: 'routine',
        status: 'in-review',
      },
    },
    {
      ...base('demo-05', 'Elena Placeholder (demo)', 'female', '1966-11-11'),
      findings: { ...allAnsweredNo(), 'confirmed-vas': true, headache: true, dizziness: true },
      referral: {
        date: d(40),
        from: 'Neurologist (demo)',
        reason: 'known vertebral artery syndrome; asks about massage',
        priority: 'routine',
        status: 'in-review',
      },
    },
    {
      ...base('demo-06', 'Farid Exemplar (demo)', 'male', '1988-02-17'),
      findings: { ...allAnsweredNo(), headache: true, dizziness: true },
      imaging: [
        {
          modality: 'xray',
          region: 'cervical-spine',
          date: d(30),
          report: XRAY_CLEAN + ' Straightened lordosis.',
        },
      ],
      referral: {
        date: d(8),
        from: 'GP, demo clinic 3',
        reason: 'headache and dizziness at the desk',
        priority: 'routine',
        status: 'new',
      },
    },
    {
      ...base('demo-07', 'Greta Dummer (demo)', 'female', '1992-07-08'),
      findings: { headache: true, 'neck-pain': true, smoking: true },
      referral: {
        date: d(3),
        from: 'Self-referral (demo)',
        reason: 'neck pain',
        priority: 'routine',
        status: 'new',
      },
    },
    {
      ...base('demo-08', 'Hugo Proxy (demo)', 'male', '1979-03-29'),
      findings: {
        ...allAnsweredNo(),
        'neck-pain': true,
        'cervical-osteochondrosis': true,
        migraine: true,
      },
      imaging: [
        {
          modality: 'mri',
          region: 'cervical-spine',
          date: d(45),
          report:
            'Osteochondrosis C5-C6 with small disc protrusion. No uncovertebral arthrosis. No myelopathy.',
        },
      ],
      sessions: course(d(30), 'collar-zone-massage', [6, 6, 5, 7, 6]).map((s, i) =>
        i === 2 ? { ...s, painHours: 72, painWorseWithMovement: true } : s,
      ),
      medications: [{ name: 'ibuprofen', form: 'tablet', start: d(28), end: d(20) }],
      referral: {
        date: d(35),
        from: 'GP, demo clinic 1',
        reason: 'neck pain, massage course',
        priority: 'routine',
        status: 'in-review',
      },
    },
    {
      ...base('demo-09', 'Ines Surrogate (demo)', 'female', '1985-12-02'),
      findings: {
        ...allAnsweredNo(),
        dizziness: true,
        'gait-instability': true,
        nausea: true,
        'thyroid-disease': true,
      },
      referral: {
        date: d(15),
        from: 'ENT (demo)',
        reason: 'dizziness with nausea',
        priority: 'routine',
        status: 'new',
      },
    },
    {
      ...base('demo-10', 'Jonas Standin (demo)', 'male', '1990-05-14'),
      findings: {
        ...allAnsweredNo(),
        'neck-pain': true,
        'worsening-neurology': true,
        'limb-weakness': { present: true, onset: d(60) },
      },
      referral: {
        date: d(1),
        from: 'Physiotherapist (demo)',
        reason: 'arm weakness getting worse over two months',
        priority: 'urgent',
        status: 'new',
      },
    },
    {
      ...base('demo-11', 'Klara Specimen (demo)', 'female', '1971-08-19'),
      findings: {
        ...allAnsweredNo(),
        'neck-pain': true,
        'multiple-sclerosis': true,
        dizziness: true,
      },
      imaging: [{ modality: 'xray', region: 'cervical-spine', date: d(50), report: XRAY_CLEAN }],
      sessions: course(d(60), 'therapeutic-exercise', [5, 5, 4, 4, 3, 3, 2, 2, 2, 1]),
      referral: {
        date: d(70),
        from: 'Neurologist (demo)',
        reason: 'MS; neck exercises',
        priority: 'routine',
        status: 'done',
      },
    },
    {
      ...base('demo-12', 'Leo Notreal (demo)', 'male', '1963-10-03'),
      findings: {
        ...allAnsweredNo(),
        headache: true,
        'vertebral-artery-atherosclerosis': true,
        stroke: { present: true, onset: d(400) },
        hyperlipidaemia: true,
      },
      imaging: [
        {
          modality: 'doppler',
          region: 'neck-vessels',
          date: d(20),
          report:
            'Atherosclerotic plaques of the right vertebral artery at V1 without haemodynamically significant stenosis.',
        },
      ],
      referral: {
        date: d(20),
        from: 'Cardiology (demo)',
        reason: 'plaques on Doppler, headache',
        priority: 'routine',
        status: 'new',
      },
    },
  ];
}
