/**
 * Reviewer probes, round 58 (/tmp/probe58/head.md: 85 whole case files written from the brief,
 * against 93ae101), part d: CT1 to IN3: connective tissue (CT), RA, Down syndrome, osteoporosis (RA, DS, OP), cancer (CA1, CA2), infection (IN).
 * Each is a whole case file built as the round's `V` built cases/ID.json (probe-r58-lib.ts), with
 * the round's expectations: exact (`eq`), lower (`min`) and upper (`max`) bounds, missing items,
 * warnings, conflicts, course flags; observations keep the FS-9 reason audit only. BD8 is known
 * open (known-open-r58-a.ts). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import {
  on,
  yes,
  no,
  st,
  med,
  CI,
  NC,
  CA,
  CL,
  ALL,
  XR_OCH,
  DENY,
  vignettesInto,
} from './probe-r58-lib';

const probes: Probe[] = [];
const Ct = vignettesInto(probes, 'CT connective tissue (s4, s5)');
const Ro = vignettesInto(
  probes,
  'RA / DS / OP rheumatoid, Down syndrome, osteoporosis (s5, s8, s9)',
);
const Can = vignettesInto(probes, 'CA cancer (s5, s8)');
const In = vignettesInto(probes, 'IN infection (s5, s9)');

// ---- CT connective tissue (s4, s5)
Ct(
  'CT1',
  'miss',
  '26F hypermobile EDS (Beighton 7/9), neck pain',
  {
    f: {
      'connective-tissue-laxity': yes('hEDS, Beighton 7/9'),
      'neck-pain': on(300),
      'vertebral-instability': false,
    },
    referral:
      'hEDS, recurrent subluxations of shoulders. Neck pain, wants chiropractic adjustment. ' +
      DENY,
  },
  { eq: { urg: 'none', manip: CI, czm: CL, bm: CL, ex: CL } },
  'connective-tissue laxity contraindicates manipulation (FR)',
  's5',
);
Ct(
  'CT2',
  'miss',
  '37M Marfan, aortic root replacement, on warfarin',
  {
    sex: 'male',
    f: { 'connective-tissue-laxity': true, anticoagulants: true, 'neck-pain': on(60) },
    meds: [med('warfarin', 1500, undefined, { analgesic: false })],
    referral:
      'Marfan syndrome, Bentall procedure 2019, on warfarin. Neck/upper back pain. Massage / mobilisation?',
  },
  { eq: { urg: 'none', manip: CI, czm: CL, bm: CL, ex: CL } },
  'laxity: manip CI; anticoagulants caution under CI',
  's5',
);
Ct(
  'CT3',
  'miss',
  '33F vascular EDS with L VA dissection 3 years ago',
  {
    f: {
      'connective-tissue-laxity': true,
      'vertebral-artery-dissection': on(1100, 'spontaneous L VAD 2023, vEDS (COL3A1)'),
      'neck-pain': on(100),
    },
    referral: 'vEDS, previous spontaneous VAD 2023. Neck ache, massage?',
  },
  { eq: { urg: 'urgent', manip: CI, czm: CI }, min: { bm: NC } },
  'dissection older than 14 d: urgent (s4); dissection at any time contraindicates manip and czm',
  's4, s5',
);
Ct(
  'CT4',
  'miss',
  'EDS in referral text only; laxity answered no',
  {
    referral:
      'Ehlers-Danlos syndrome (hypermobile type), chronic neck pain. Requesting cervical manipulation.',
    f: { 'neck-pain': on(200) },
  },
  { min: { manip: NC } },
  'text can add connective-tissue laxity (FS-7): manipulation must not be cleared',
  's5, FS-7',
  { noteOnly: true },
);

// ---- RA / DS / OP rheumatoid, Down syndrome, osteoporosis (s5, s8, s9)
Ro(
  'RA1',
  'miss',
  '62F RA on methotrexate + prednisolone, atlanto-axial instability on flexion views',
  {
    birth: '1964-04-04',
    f: {
      'connective-tissue-laxity': yes('RA with atlantoaxial subluxation'),
      'long-term-steroids': true,
      'vertebral-instability': true,
      'neck-pain': on(400),
      'occipital-headache': on(200),
      headache: on(200),
    },
    img: [
      st(
        'xray',
        'cervical-spine',
        20,
        'Lateral flexion-extension views: Anterior atlantodental interval 3 mm in extension increasing to 7 mm in flexion, in keeping with atlantoaxial instability. Erosion of the dens. Degenerative change C5-C6.',
      ),
    ],
    meds: [
      med('methotrexate 15 mg weekly', 2000, undefined, { analgesic: false }),
      med('prednisolone 5 mg', 900, undefined, { analgesic: false }),
    ],
    referral:
      'Seropositive RA 20 yrs. Occipital headache and neck pain. AAI on flexion views. Massage?',
  },
  { eq: { urg: 'none', manip: CI }, max: { ex: CL } },
  'systemic rheumatic disease with major laxity: manip CI (FR)',
  's5',
);
Ro(
  'RA2',
  'miss',
  'RA, structured all no; X-ray "anterior atlantoaxial subluxation, ADI 7 mm in flexion"',
  {
    birth: '1961-04-04',
    f: { 'neck-pain': on(300) },
    img: [
      st(
        'xray',
        'cervical-spine',
        15,
        'Flexion-extension radiographs: Anterior atlantoaxial subluxation with ADI 7 mm in flexion (2 mm in neutral). Erosive changes of the odontoid. Subaxial spine: mild osteochondrosis.',
      ),
    ],
    referral: 'Rheumatoid arthritis, neck pain. For manual therapy.',
  },
  { min: { manip: CA } },
  'report text adds instability (at least vertebral-instability -> caution; atlantoaxial subluxation with ADI 7 mm is ligament instability -> contraindicated would be the clinical reading)',
  's5, FS-7',
  { noteOnly: true },
);
Ro(
  'DS1',
  'miss',
  '19M Down syndrome, AAI on screening (ADI 5 mm), ligamentous laxity',
  {
    sex: 'male',
    birth: '2007-06-06',
    f: {
      'congenital-spine-anomaly': true,
      'vertebral-instability': true,
      'connective-tissue-laxity': yes('Down syndrome, generalised ligamentous laxity'),
      'neck-pain': on(60),
    },
    img: [
      st(
        'xray',
        'cervical-spine',
        60,
        'Lateral C-spine flexion/extension: ADI 5 mm in flexion consistent with atlantoaxial instability. Os odontoideum not seen.',
      ),
    ],
    referral: 'Trisomy 21, AAI. Neck pain. Carer asks about massage and chiropractic.',
  },
  { eq: { urg: 'none', manip: CI, czm: CL, bm: CL, ex: CL } },
  'laxity manip CI; nothing else',
  's5',
);
Ro(
  'DS2',
  'miss',
  '24F Down syndrome, laxity and instability not assessed (unanswered)',
  {
    birth: '2002-02-02',
    un: ['connective-tissue-laxity', 'fracture-or-ligament-instability'],
    f: { 'neck-pain': on(60), 'congenital-spine-anomaly': true },
    referral: 'Down syndrome, neck pain. No AAI screening on record.',
  },
  { min: { manip: NC } },
  'FS-2: laxity unknown -> manip at least not-cleared (reading Down syndrome as laxity -> contraindicated is defensible)',
  'FS-2, s5',
);
Ro(
  'OP1',
  'miss',
  '71F osteoporosis (T-score -3.1) on alendronic acid, neck pain',
  {
    birth: '1955-01-01',
    f: {
      osteoporosis: yes('T-score -3.1 hip, on alendronate'),
      'neck-pain': on(200),
      'cervical-osteochondrosis': true,
    },
    img: [XR_OCH],
    meds: [med('alendronic acid 70 mg weekly', 700, undefined)],
    referral: 'Osteoporosis, thoracic kyphosis, neck pain. ?Manipulation. ' + DENY,
  },
  { eq: { urg: 'none', manip: CI, czm: CL, bm: CL, ex: CL }, warn: ['unrecognised-tablet'] },
  'major osteopenia contraindicates manipulation (FR); alendronic acid: unrecognised tablet warning',
  's5, s8',
);
Ro(
  'OP2',
  'miss',
  '68F osteoporotic T8 wedge fracture 3 weeks ago',
  {
    birth: '1958-01-01',
    f: { osteoporosis: true, 'back-injury': on(21, 'T8 fragility fracture lifting grandchild') },
    referral: 'Osteoporotic T8 # 3/52. Back pain. Back massage?',
  },
  { eq: { manip: CI, bm: CI, czm: CL } },
  'osteoporosis manip CI; back injury <=180 d bm CI',
  's5, s9',
);

// ---- CA cancer (s5, s8)
Can(
  'CA1',
  'false-alarm',
  '63F breast cancer 2019, treated, in remission',
  {
    birth: '1963-06-06',
    f: {
      'malignancy-history': yes('L breast Ca 2019, WLE + RT, on letrozole'),
      malignancy: false,
      'neck-pain': on(200),
    },
    meds: [med('letrozole 2.5 mg', 1500, undefined, { analgesic: false })],
    referral:
      'Hx breast cancer 2019, discharged from oncology follow-up. Neck and shoulder tension.',
  },
  { eq: { urg: 'none', manip: CA, czm: CA, bm: CL, ex: CL }, conflict: true },
  'history of cancer: manip, czm caution; conflict note (s8)',
  's5, s8',
);
Can(
  'CA2',
  'miss',
  '67M prostate Ca on ADT, new night neck pain; MRI "C5 lytic lesion suspicious for metastasis"',
  {
    sex: 'male',
    birth: '1959-01-01',
    f: {
      malignancy: yes('metastatic prostate Ca on ADT'),
      'neck-pain': on(30, 'night pain, not relieved by rest'),
    },
    addImg: [
      st(
        'mri',
        'cervical-spine',
        10,
        'MRI C-spine: Abnormal marrow signal replacing the C5 vertebral body, T1 hypointense with enhancement, suspicious for metastatic deposit. No epidural extension. No cord compression.',
      ),
    ],
    referral: 'Known prostate Ca. New neck pain, worse at night. Massage for comfort?',
  },
  { eq: { manip: CI, czm: CI }, min: { bm: NC } },
  'active malignancy: manip, czm CI; vertebral metastasis = spinal tumour (text) -> bm at least not-cleared (FS-3 present wins: contraindicated)',
  's5, FS-7',
);

// ---- IN infection (s5, s9)
In(
  'IN1',
  'miss',
  '45M fever + neck pain, MRI C5-C6 spondylodiscitis with prevertebral collection',
  {
    sex: 'male',
    f: { infection: true, spondylodiscitis: true, 'neck-pain': on(14), diabetes: true },
    addImg: [
      st(
        'mri',
        'cervical-spine',
        3,
        'MRI C-spine with contrast: C5-C6 disc T2 hyperintensity with endplate erosion and enhancement, prevertebral phlegmon. Appearances in keeping with spondylodiscitis.',
      ),
    ],
    referral: 'Diabetic, fever and neck pain 2/52, CRP 180. MRI discitis C5/6.',
  },
  { eq: { urg: 'none', manip: CI, czm: CI, bm: CI, ex: CL } },
  'infection czm, bm CI; spondylodiscitis manip CI',
  's5',
);
In(
  'IN2',
  'miss',
  '22M fever, headache, neck stiffness, photophobia 2 d; meningitis not assessed',
  {
    sex: 'male',
    birth: '2004-01-01',
    un: ['meningitis'],
    f: {
      infection: true,
      headache: on(2),
      'new-unusual-headache': on(2),
      'neck-pain': on(2),
      nausea: on(2),
    },
    referral: 'Fever 39, headache, neck stiffness and photophobia since yesterday. Kernig +ve?',
  },
  { min: { urg: 'urgent', manip: NC, czm: CI, bm: CI } },
  'prodrome -> urgent; infection czm/bm CI; meningitis unknown -> manip not-cleared',
  's5, s9',
);
In(
  'IN3',
  'false-alarm',
  '40F URTI last month resolved; infection answered no',
  {
    f: {
      infection: no('viral URTI 4 weeks ago, resolved'),
      'neck-pain': on(90),
      'muscle-hypertonicity': true,
    },
    referral: 'Neck tension. Had a cold last month, fully recovered. No fever. ' + DENY,
  },
  { eq: { urg: 'none', ...ALL(CL) } },
  'all clear',
  's5',
);

export const ROUND_58_D: readonly Probe[] = probes;
