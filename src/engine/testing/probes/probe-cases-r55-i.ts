/**
 * Reviewer probes, round 55 (/tmp/probe55/head.md: 212 whole case files written from the brief,
 * against 0b3b244), part i (20 vignettes, P4 to Q8).
 * The round's vignettes: probe-cases-r55-a.ts (B, R), -b.ts (R, D, T), -c.ts (T, ROT, M), -d.ts
 * (M, C, I, S), -e.ts (S, A, V, K), -f.ts (K, F, N, X), -g.ts (X, H), -h.ts (H, P), -i.ts (P, Q),
 * -j.ts (Q, H). Each is a whole case file built as the round's `V` built cases/ID.json
 * (probe-r55-lib.ts), with the round's expectations: exact (`eq`), lower (`min`) and upper (`max`)
 * bounds, missing items, warnings, conflicts, course flags, triad features. X2 (a misspelt finding
 * key, which the round expected refused) is not a probe: the probe model has no refusal. H29F is
 * known open (known-open-r55-a.ts); the others pass on main (e44f608). Test data only, all
 * synthetic.
 */
import type { Probe } from './probe-model';
import { EMER, on, ses, st, vignettesInto } from './probe-r55-lib';

const probes: Probe[] = [];
const P = vignettesInto(probes, 'P published-lesson variants, report wording (s3, s5, s9, FS-8)');
const Q = vignettesInto(
  probes,
  'Q fracture read, prodrome logged the same day, Doppler wordings (s3, s5, s9)',
);

// ---- P published-lesson variants, report wording (s3, s5, s9, FS-8)
P(
  'P4',
  'miss',
  'MRI 4 d ago (US spelling): "intramural hematoma of the right vertebral artery; acute ischemia right cerebellum"',
  {
    addImg: [
      st(
        'mri',
        'head',
        4,
        'MRI brain with MRA: crescentic intramural hematoma of the right vertebral artery. DWI-positive lesion in the right cerebellar hemisphere consistent with acute ischemia.',
      ),
    ],
  },
  EMER,
  'dissection / acute ischaemia <=14 d -> emergency',
  's9',
);
P(
  'P5',
  'miss',
  'CT head 2 d ago: "Acute left PICA territory CVA."',
  { addImg: [st('msct', 'head', 2, 'CT head: acute left PICA territory CVA. No haemorrhage.')] },
  EMER,
  'acute infarct (CVA) <=14 d -> emergency',
  's9',
);
P(
  'P6',
  'miss',
  'MRI 6 d ago: "Fresh ischaemic lesion in the pons."',
  {
    addImg: [
      st('mri', 'head', 6, 'MRI brain: fresh ischaemic lesion in the left paramedian pons.'),
    ],
  },
  EMER,
  'fresh ischaemia <=14 d -> emergency',
  's9',
);
P(
  'P7',
  'miss',
  'MRA 3 d ago: "No flow signal in the left V4 segment."',
  {
    addImg: [
      st(
        'mra',
        'neck-vessels',
        3,
        'TOF MRA: no flow signal in the left vertebral artery V4 segment.',
      ),
    ],
  },
  EMER,
  'absent flow <=14 d -> emergency',
  's9',
);
P(
  'P8',
  'miss',
  'MRI 300 d ago: "Right occipital lobe infarction, age indeterminate."',
  {
    f: { stroke: null },
    addImg: [
      st('mri', 'head', 300, 'MRI brain: right occipital lobe infarction, age indeterminate.'),
    ],
  },
  { min: { manip: 'contraindicated', czm: 'contraindicated' } },
  'infarct of unknown onset = recent -> manip+czm CI',
  's8',
);
P(
  'P9',
  'miss',
  'X-ray report in Russian: osteochondrosis and uncovertebral arthrosis C5-C6',
  {
    img: [
      st(
        'xray',
        'cervical-spine',
        30,
        'Рентгенография шейного отдела позвоночника: признаки остеохондроза C5-C6. Унковертебральный артроз C5-C6.',
      ),
    ],
  },
  { warn: ['report-not-read'] },
  'either read (arthrosis -> manip CI) or warned report-not-read (FS-8)',
  'FS-7, FS-8',
  'the round accepted either manip contraindicated (the Cyrillic report read) or the report-not-read warning (FS-8); the probe keeps the warning, the alternative main takes',
);
P(
  'P10',
  'miss',
  'study with clinician-confirmed finding vertebral-artery-dissection, CTA 5 d ago, terse text',
  {
    addImg: [
      st('cta', 'neck-vessels', 5, 'See scanned report.', {
        findings: ['vertebral-artery-dissection'],
      }),
    ],
  },
  EMER,
  'confirmed dissection, onset unknown or <=14 d -> emergency',
  's4, s8',
);
P(
  'P11',
  'false-alarm',
  'no cervical X-ray text about arthrosis, but clinician absentFindings uncovertebral-arthrosis; intake left unanswered',
  {
    un: ['uncovertebral-arthrosis'],
    img: [
      st(
        'xray',
        'cervical-spine',
        30,
        'Cervical spine: mild osteochondrosis C5-C6. Alignment preserved.',
        { absentFindings: ['uncovertebral-arthrosis'] },
      ),
    ],
  },
  { eq: { manip: 'clear' } },
  "absentFindings is the clinician's statement -> manip clear",
  's8',
);
P(
  'P12',
  'miss',
  "Horner's 21 d ago + rear-end collision 21 d ago (dated)",
  {
    f: {
      'horner-signs': on(21),
      'recent-neck-trauma': on(21, 'rear-end collision'),
      'neck-injury': on(21),
    },
  },
  EMER,
  'red flag together with recent-neck-trauma -> emergency',
  's5',
);
P(
  'P13',
  'miss',
  'MRI 40 d ago: "Subacute lacunar infarct in the left thalamus."',
  { addImg: [st('mri', 'head', 40, 'MRI brain: subacute lacunar infarct in the left thalamus.')] },
  { min: { urg: 'urgent', manip: 'contraindicated', czm: 'contraindicated' } },
  'subacute 15-180 d -> urgent; stroke onset 40 d',
  's9',
);
P(
  'P14',
  'miss',
  'beauty-parlour: sink shampoo 3 d ago (recent-neck-trauma ticked, dated) + dizziness 2 d + nausea',
  {
    f: {
      dizziness: on(2),
      nausea: on(2),
      'recent-neck-trauma': on(3, 'neck hyperextended at salon sink'),
    },
  },
  EMER,
  'triad feature within 14 d after neck trauma -> emergency',
  's9',
);
P(
  'P15',
  'false-alarm',
  'minimal intake: nothing answered, no imaging (bare case)',
  {
    raw: (c) => {
      c.findings = {};
      c.imaging = [];
    },
  },
  {
    eq: { vas: 'indeterminate' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
  },
  'everything unknown -> nothing cleared, vas indeterminate',
  'FS-1, FS-2',
);

// ---- Q fracture read, prodrome logged the same day, Doppler wordings (s3, s5, s9)
Q(
  'Q1',
  'miss',
  'CT cervical spine 8 d ago: "acute fracture of the C2 dens" after a fall; intake neck injury / trauma answered no',
  {
    f: { 'neck-pain': on(9) },
    addImg: [
      st(
        'msct',
        'cervical-spine',
        8,
        'CT cervical spine after a fall: acute fracture of the dens (C2), type II, minimally displaced. Prevertebral soft-tissue swelling.',
      ),
    ],
  },
  { min: { manip: 'contraindicated', czm: 'not-cleared', bm: 'not-cleared' } },
  'INTERPRETIVE: an acute fracture is a neck injury (ART neck injury -> czm/bm CI) and recent trauma; FS-3 present wins / FS-7 text adds. Lower bound only not-cleared',
  's5 ART, FS-3, FS-7',
);
Q(
  'Q2',
  'miss',
  'new-unusual-headache logged in newSymptoms of a collar-zone massage 5 d ago (same-day onset)',
  {
    sessions: [
      ses(9, 1, 'collar-zone-massage'),
      ses(5, 1, 'collar-zone-massage', { newSymptoms: ['new-unusual-headache'] }),
    ],
  },
  {
    eq: {
      urg: 'emergency',
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      course: 'stop',
    },
  },
  'prodrome whose onset is the day of a logged neck massage -> emergency; stop',
  's9 prodrome, s8',
);
Q(
  'Q3',
  'miss',
  'dizziness-on-head-rotation logged in newSymptoms after collar massage',
  {
    sessions: [
      ses(9, 1, 'collar-zone-massage'),
      ses(5, 1, 'collar-zone-massage', { newSymptoms: ['dizziness-on-head-rotation'] }),
    ],
  },
  { eq: { course: 'stop' }, min: { manip: 'contraindicated', czm: 'not-cleared' } },
  'rotation symptom present -> MANIP-ROTATION; stop',
  's9, s8',
);
Q(
  'Q4',
  'miss',
  'Russian-style Doppler: "extravasal compression of the left VA in V3 on head rotation"; headache + dizziness',
  {
    f: { headache: on(100), 'occipital-headache': on(100), dizziness: on(90) },
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        20,
        'Duplex scanning of brachiocephalic arteries: signs of extravasal compression of the left vertebral artery in the V3 segment on head rotation; flow velocity reduced to 18 cm/s.',
      ),
    ],
  },
  { eq: { vas: 'high' }, min: { manip: 'contraindicated', czm: 'not-cleared' } },
  'two triad + compression/reduced flow -> high',
  's3',
);
Q(
  'Q5',
  'miss',
  'Doppler: "Asymmetry of VA flow, reduced flow in the left VA (22 vs 41 cm/s)"; dizziness only',
  {
    f: { dizziness: on(90) },
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        20,
        'Asymmetry of vertebral artery flow: reduced linear flow velocity in the left VA (22 cm/s) versus right (41 cm/s).',
      ),
    ],
  },
  { min: { vas: 'moderate', manip: 'not-cleared' } },
  'one triad + reduced flow -> moderate',
  's3',
);
Q(
  'Q6',
  'miss',
  'MS patient with full triad (MS does not excuse a VAS screen)',
  {
    f: {
      headache: on(60),
      dizziness: on(60),
      'visual-disturbance': on(30),
      'multiple-sclerosis': true,
    },
  },
  { eq: { vas: 'high' }, min: { manip: 'contraindicated', czm: 'not-cleared' }, conflict: true },
  'triad -> high; MS conflict listed',
  's3, s5',
);
Q(
  'Q7',
  'miss',
  'drop attack logged after back massage 3 d ago',
  {
    sessions: [
      ses(6, 1, 'back-massage'),
      ses(3, 1, 'back-massage', { newSymptoms: ['drop-attacks'] }),
    ],
  },
  {
    eq: {
      urg: 'emergency',
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      course: 'stop',
    },
  },
  'red flag logged <=14 d -> emergency',
  's8',
);
Q(
  'Q8',
  'false-alarm',
  'acute exacerbation of rheumatoid arthritis 5 d ago (chronic-disease-exacerbation) — exercise',
  { f: { 'chronic-disease-exacerbation': on(5, 'RA flare') } },
  { eq: { ex: 'contraindicated', czm: 'contraindicated', bm: 'contraindicated', manip: 'clear' } },
  'exacerbation contraindicates czm, bm, exercise; not in the manip list',
  's5',
);

export const ROUND_55_I: readonly Probe[] = probes;
