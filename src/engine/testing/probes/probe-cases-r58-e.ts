/**
 * Reviewer probes, round 58 (/tmp/probe58/head.md: 85 whole case files written from the brief,
 * against 93ae101), part e: TX1 to MX4: courses (TX) and mixed cases (MX).
 * Each is a whole case file built as the round's `V` built cases/ID.json (probe-r58-lib.ts), with
 * the round's expectations: exact (`eq`), lower (`min`) and upper (`max`) bounds, missing items,
 * warnings, conflicts, course flags; observations keep the FS-9 reason audit only. BD8 is known
 * open (known-open-r58-a.ts). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import {
  ago,
  on,
  st,
  med,
  ses,
  course10,
  CI,
  NC,
  CA,
  CL,
  ALL,
  EMER,
  XR_OCH,
  vignettesInto,
} from './probe-r58-lib';

const probes: Probe[] = [];
const Tx = vignettesInto(probes, 'TX courses going well and wrong (s6, s8, s9)');
const Mx = vignettesInto(probes, 'MX mixed (s3, s5, FS-2, FS-7)');

// ---- TX courses going well and wrong (s6, s8, s9)
Tx(
  'TX1',
  'false-alarm',
  'collar-zone massage course 2 of 3, pain 5->1, Nurofen 2 days, all well',
  {
    f: { 'neck-pain': on(200), 'cervical-osteochondrosis': true },
    img: [XR_OCH],
    sessions: [
      ...course10('collar-zone-massage', 80, 10, 1),
      ...course10('collar-zone-massage', 20, 8, 2),
    ],
    meds: [med('Nurofen 200 mg', 20, 19)],
  },
  { eq: { urg: 'none', ...ALL(CL), course: 'expected' } },
  'falling pain, 2 days analgesic: expected; all clear',
  's6',
);
Tx(
  'TX2',
  'false-alarm',
  'exercise course after WAD (old, >180 d), pain 6->2',
  {
    f: { 'neck-injury': on(300), 'neck-pain': on(300) },
    sessions: course10('therapeutic-exercise', 18, 8),
  },
  { eq: { urg: 'none', ex: CL, manip: CL, czm: CA, bm: CA, course: 'expected' } },
  'old neck injury caution for massages; course expected',
  's6, s9',
);
Tx(
  'TX3',
  'miss',
  'collar-zone massage session 3 left pain lasting 60 h',
  {
    f: { 'neck-pain': on(100) },
    sessions: course10('collar-zone-massage', 8, 4, 1, (i) => (i === 2 ? { painHours: 60 } : {})),
  },
  { eq: { course: 'stop' }, min: { czm: NC }, flags: [] },
  'pain after a session > 48 h: stop; COURSE-STOP-HOLD czm >= not-cleared',
  's6',
);
Tx(
  'TX4',
  'miss',
  'cervical manipulation course: dizziness logged after session 4, 3 d ago',
  {
    sex: 'male',
    f: { 'neck-pain': on(100) },
    sessions: course10('cervical-manipulation', 9, 4, 1, (i) =>
      i === 3 ? { newSymptoms: ['dizziness'], dizziness: 4 } : {},
    ),
  },
  { ...EMER, eq: { ...EMER.eq, course: 'stop' } },
  'triad after logged manipulation session, onset 3 d: emergency (s9); newSymptoms: stop',
  's6, s8, s9',
);
Tx(
  'TX5',
  'miss',
  'collar-zone massage: headache ratings 1,1,1,4 (rising)',
  {
    f: { 'neck-pain': on(100), headache: on(100) },
    sessions: course10('collar-zone-massage', 8, 4, 1, (i) => ({ headache: i === 3 ? 4 : 1 })),
  },
  { eq: { urg: 'urgent' }, min: { course: 'concerning', manip: NC, czm: NC, bm: NC } },
  'rising rating 2+ above highest earlier (1): concerning + progressive triad -> urgent',
  's6, s8',
);
Tx(
  'TX6',
  'miss',
  'back massage: redness 30 h after session 2 and painkillers not helping',
  {
    sessions: course10('back-massage', 6, 3, 1, (i) =>
      i === 1 ? { rednessHours: 30, analgesicsIneffective: true } : {},
    ),
  },
  { eq: { course: 'stop' }, min: { bm: NC } },
  'redness > 24 h / painkillers not helping: stop; hold bm',
  's6',
);
Tx(
  'TX7',
  'miss',
  'fifth collar-zone massage course (courses 1-5)',
  {
    f: { 'neck-pain': on(900) },
    sessions: [1, 2, 3, 4, 5].map((c) =>
      ses(200 - 40 * c, c, 'collar-zone-massage', { painBefore: 4, painAfter: 2 }),
    ),
  },
  { min: { course: 'concerning' } },
  'more than 4 courses: concerning',
  's6',
);
Tx(
  'TX8',
  'miss',
  'Ketorol 6 days during massage course',
  {
    f: { 'neck-pain': on(100) },
    sessions: course10('collar-zone-massage', 10, 5),
    meds: [med('Ketorol 10 mg', 10, 4)],
  },
  { min: { course: 'concerning' } },
  'analgesic tablets > 4 days',
  's6',
);
Tx(
  'TX9',
  'miss',
  'massage course: new "tingling in L hand" free text only (newSymptoms empty), session note in referral',
  {
    f: { 'neck-pain': on(100) },
    sessions: course10('collar-zone-massage', 10, 5),
    referral: {
      date: ago(1),
      from: 'massage therapist',
      reason:
        "After yesterday's collar-zone massage the patient reports new tingling and numbness in the left hand and a dull occipital headache. Please review before next session.",
      priority: 'urgent',
      status: 'new',
    },
  },
  { min: { urg: 'urgent', czm: NC } },
  'numbness read from text, onset ~1 d after a neck massage session: red flag (emergency if dated <=14 d; onset unknown -> emergency); at least urgent',
  's4, s9, FS-7',
  { noteOnly: true },
);

// ---- MX mixed (s3, s5, FS-2, FS-7)
Mx(
  'MX1',
  'false-alarm',
  '50F referral with long negative ROS list and "no red flags"',
  {
    f: {
      'neck-pain': on(150),
      'muscle-hypertonicity': true,
      headache: on(150, 'occasional, frontal, with stress'),
    },
    img: [XR_OCH],
    referral:
      'Mechanical neck pain 5/12. No trauma. No dizziness, no visual disturbance, no diplopia, no drop attacks, no dysarthria/dysphagia, no numbness/tingling, no ataxia. No hx of cancer, no weight loss, no fever. Not on anticoagulants. Never had manipulation. No red flags. Suitable for massage + MT.',
  },
  { eq: { urg: 'none', vas: 'low', ...ALL(CL) } },
  'benign: all clear; denied items stay denied',
  's5, FS-7',
);
Mx(
  'MX2',
  'miss',
  '55M with no imaging on file, uncovertebral arthrosis unknown',
  {
    sex: 'male',
    img: null,
    un: ['uncovertebral-arthrosis'],
    f: { 'neck-pain': on(100) },
    referral: 'Neck pain, for manipulation.',
  },
  {
    eq: { manip: NC, urg: 'none', czm: CL, bm: CL, ex: CL },
    missing: { manip: ['uncovertebral-arthrosis'] },
  },
  'no cervical imaging: manip not-cleared (s5)',
  's5, FS-2',
);
Mx(
  'MX3',
  'miss',
  '60M Doppler "reduced linear blood flow velocity in the right VA V2", dizziness only',
  {
    sex: 'male',
    f: { dizziness: on(200), 'cervical-osteochondrosis': true },
    img: [
      XR_OCH,
      st(
        'doppler',
        'neck-vessels',
        20,
        'Duplex scanning of brachiocephalic arteries: the right vertebral artery enters the canal at C5 level, diameter 2.8 mm, reduced linear blood flow velocity in V2 (Vmax 24 cm/s). Left VA 3.6 mm, flow normal. Extravasal compression of the right VA is possible.',
      ),
    ],
    referral: 'Dizziness, cervical osteochondrosis, VA asymmetry on duplex.',
  },
  { min: { vas: 'moderate', manip: NC } },
  'one triad feature + imaging narrowing/reduced flow: moderate (s3); manip not-cleared',
  's3, s5',
);
Mx(
  'MX4',
  'miss',
  '42F full triad, X-ray uncovertebral arthrosis, Doppler stenosis (classic ART vertebrogenic VAS)',
  {
    f: {
      headache: on(300),
      'occipital-headache': on(300),
      dizziness: on(200),
      'visual-disturbance': on(150, 'blurring, colours washed out'),
      'cervical-osteochondrosis': true,
      'uncovertebral-arthrosis': true,
      'sedentary-work': true,
    },
    img: [
      st(
        'xray',
        'cervical-spine',
        50,
        'Osteochondrosis C4-C6. Uncovertebral arthrosis C5-C6 bilaterally with narrowing of the intervertebral foramina.',
      ),
      st('doppler', 'neck-vessels', 30, 'Left VA: lumen narrowed at V2, flow velocity reduced.'),
    ],
  },
  { eq: { vas: 'high', manip: CI, czm: NC, urg: 'none', bm: CL, ex: CL } },
  'high: manip CI, czm not-cleared; causes vertebrogenic',
  's3, s5',
);

export const ROUND_58_E: readonly Probe[] = probes;
