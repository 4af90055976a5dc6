/**
 * Reviewer probes, round 55 (/tmp/probe55/head.md: 212 whole case files written from the brief,
 * against 0b3b244), part e (20 vignettes, S3 to K2).
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
import { EMER, med, on, ses, st, vignettesInto, yes } from './probe-r55-lib';

const probes: Probe[] = [];
const S = vignettesInto(probes, 'S stroke, TIA, dissection onsets (s5, s8)');
const A = vignettesInto(probes, 'A acute imaging (s9)');
const V = vignettesInto(probes, 'V suspicion levels (s3)');
const K = vignettesInto(probes, 'K course flags (s6, s8)');

// ---- S stroke, TIA, dissection onsets (s5, s8)
S(
  'S3',
  'miss',
  'TIA, onset not recorded',
  { f: { tia: yes('"mini-stroke" some time ago') } },
  { min: { manip: 'contraindicated', czm: 'caution' } },
  'TIA onset unknown treated as recent: manip CI',
  's5, s8',
);
S(
  'S4',
  'miss',
  'known VA dissection diagnosed 10 d ago, on aspirin',
  {
    f: { 'neck-pain': on(12), 'vertebral-artery-dissection': on(10, 'right V3, conservative') },
    meds: [med('aspirin 100 mg', 10, undefined, { analgesic: false })],
  },
  EMER,
  'dissection within 14 d -> emergency',
  's4',
);
S(
  'S5',
  'miss',
  'VA dissection 2 years ago, recovered',
  { f: { 'vertebral-artery-dissection': on(730) } },
  { eq: { urg: 'urgent', manip: 'contraindicated', czm: 'contraindicated' } },
  'older dissection -> urgent; manip+czm CI at any time',
  's4, s5',
);
S(
  'S6',
  'miss',
  'VA dissection ticked, no date',
  { f: { 'vertebral-artery-dissection': yes() } },
  EMER,
  'dissection onset unknown -> emergency',
  's4',
);
S(
  'S7',
  'miss',
  'stroke 20 d ago; MRI 20 d ago reads subacute left cerebellar infarct',
  {
    f: { stroke: on(20) },
    addImg: [
      st(
        'mri',
        'head',
        20,
        'MRI brain: subacute infarct in the left cerebellar hemisphere (PICA territory).',
      ),
    ],
  },
  { eq: { urg: 'urgent', manip: 'contraindicated', czm: 'contraindicated' } },
  'acute/subacute reading in a 15-180 d report -> urgent; stroke <=180 d',
  's9 acute imaging',
);

// ---- A acute imaging (s9)
A(
  'A1',
  'miss',
  'MRI 5 d ago acute right PICA infarct; intake stroke false',
  {
    f: { dizziness: on(6), vomiting: on(6) },
    addImg: [
      st(
        'mri',
        'head',
        5,
        'MRI brain: acute infarct in the right PICA territory on DWI. No haemorrhage.',
      ),
    ],
  },
  {
    eq: {
      urg: 'emergency',
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
    },
    conflict: true,
  },
  'acute infarct <=14 d -> emergency; FS-3 conflict',
  's9, FS-3',
);
A(
  'A2',
  'miss',
  'CTA 10 d ago left VA dissection with intramural haematoma',
  {
    f: { 'neck-pain': on(12) },
    addImg: [
      st(
        'cta',
        'neck-vessels',
        10,
        'CT angiography of the neck: dissection of the left vertebral artery at V3 with intramural haematoma and 60% luminal narrowing.',
      ),
    ],
  },
  EMER,
  'dissection read in a <=14 d report -> emergency',
  's9',
);
A(
  'A3',
  'miss',
  'CTA 60 d ago V2 dissection string sign',
  {
    addImg: [
      st(
        'cta',
        'neck-vessels',
        60,
        'CTA neck: tapered narrowing of the right vertebral artery V2 segment (string sign) consistent with dissection.',
      ),
    ],
  },
  { min: { urg: 'urgent', manip: 'contraindicated', czm: 'contraindicated' } },
  'dissection read in a 15-180 d report -> urgent at least (onset unknown => emergency per s4/s8); manip+czm CI',
  's9, s4',
);
A(
  'A4',
  'miss',
  'MSCT head 3 d ago fresh right cerebellar haemorrhage',
  {
    addImg: [
      st(
        'msct',
        'head',
        3,
        'Non-contrast CT head: fresh haemorrhage in the right cerebellar hemisphere, 2 cm. No hydrocephalus.',
      ),
    ],
  },
  EMER,
  'haemorrhage is a stroke; acute <=14 d -> emergency',
  's9',
);
A(
  'A5',
  'miss',
  'Doppler 7 d ago: no flow in right VA',
  {
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        7,
        'Duplex ultrasound: right vertebral artery - no flow detected in V1-V2. Left VA normal flow.',
      ),
    ],
  },
  EMER,
  'absent flow <=14 d -> emergency',
  's9',
);
A(
  'A6',
  'miss',
  'MRI 200 d ago "subacute infarct" (older than 180 d, no intake onset)',
  {
    f: { stroke: null },
    addImg: [st('mri', 'head', 200, 'MRI brain: subacute infarct in the left occipital lobe.')],
  },
  { eq: { urg: 'none' }, min: { manip: 'contraindicated', czm: 'contraindicated' } },
  'report >180 d raises no urgency; stroke onset unknown = recent -> manip+czm CI',
  's8, s9',
);
A(
  'A7',
  'miss',
  'MRA 100 d ago: occlusion of the left VA',
  {
    addImg: [
      st(
        'mra',
        'neck-vessels',
        100,
        'MR angiography: occlusion of the left vertebral artery at V4.',
      ),
    ],
  },
  { min: { urg: 'urgent' } },
  'VA occlusion in a 15-180 d report -> urgent',
  's9',
);

// ---- V suspicion levels (s3)
V(
  'V1',
  'miss',
  'full triad: occipital headache, dizziness, blurring',
  {
    f: {
      headache: on(50),
      'occipital-headache': on(50),
      dizziness: on(40),
      'visual-disturbance': on(30, 'blurring, colours washed out'),
    },
  },
  { eq: { vas: 'high', manip: 'contraindicated', czm: 'not-cleared' } },
  'triad -> high; manip CI; czm not-cleared until neurologist',
  's3, s5',
);
V(
  'V2',
  'miss',
  'two triad + Doppler reduced flow / narrowing',
  {
    f: { headache: on(50), dizziness: on(40) },
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        15,
        'Left vertebral artery: flow velocity reduced, lumen narrowed at V2.',
      ),
    ],
  },
  { eq: { vas: 'high', manip: 'contraindicated', czm: 'not-cleared' } },
  'two + narrowing -> high',
  's3',
);
V(
  'V3',
  'miss',
  'one triad (dizziness) + Doppler narrowing',
  {
    f: { dizziness: on(40) },
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        15,
        'Right vertebral artery: hypoplastic with narrowed lumen and reduced flow velocity.',
      ),
    ],
  },
  { eq: { vas: 'moderate', manip: 'not-cleared' } },
  'one + narrowing -> moderate; manip not-cleared',
  's3, s5',
);
V(
  'V4',
  'miss',
  'one triad (dizziness) + nausea + sweating',
  { f: { dizziness: on(40), nausea: on(40), sweating: on(40) } },
  { eq: { vas: 'moderate', manip: 'not-cleared' } },
  'one + 2 associated -> moderate',
  's3',
);
V(
  'V5',
  'miss',
  'VBI diagnosis on record (neurologist)',
  { f: { 'confirmed-vas': on(300, 'neurologist: VBI, G45.0') } },
  { eq: { vas: 'confirmed', manip: 'contraindicated', czm: 'contraindicated' } },
  'confirmed VAS',
  's3, s5',
);
V(
  'V6',
  'miss',
  'Doppler: atherosclerotic plaque at origin of left VA',
  {
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        30,
        'Atherosclerotic plaque at the origin of the left vertebral artery with 50% stenosis.',
      ),
    ],
  },
  { min: { manip: 'contraindicated' } },
  'VA atherosclerosis -> manip CI',
  's5',
);

// ---- K course flags (s6, s8)
K(
  'K1',
  'miss',
  'Nurofen tablets 7 days during collar massage course',
  {
    sessions: [
      ses(14, 1, 'collar-zone-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'collar-zone-massage'),
      ses(10, 1, 'collar-zone-massage', { painBefore: 4, painAfter: 3 }),
      ses(8, 1, 'collar-zone-massage', { painBefore: 3, painAfter: 2 }),
      ses(6, 1, 'collar-zone-massage', { painBefore: 2, painAfter: 1 }),
    ],
    meds: [med('Nurofen 200 mg', 12, 5)],
  },
  { min: { course: 'concerning' } },
  'analgesic tablets >4 days -> concerning',
  's6',
);
K(
  'K2',
  'miss',
  'Ketorol 6 days (ART example)',
  {
    sessions: [
      ses(14, 1, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'back-massage'),
      ses(10, 1, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ses(8, 1, 'back-massage', { painBefore: 3, painAfter: 2 }),
      ses(6, 1, 'back-massage', { painBefore: 2, painAfter: 1 }),
    ],
    meds: [med('Ketorol', 10, 4)],
  },
  { min: { course: 'concerning' } },
  'Ketorol >4 d -> concerning',
  's6',
);

export const ROUND_55_E: readonly Probe[] = probes;
