/**
 * Reviewer probes, round 55 (/tmp/probe55/head.md: 212 whole case files written from the brief,
 * against 0b3b244), part d (26 vignettes, M4 to S2).
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
import { CLEAR, on, st, vignettesInto, yes } from './probe-r55-lib';

const probes: Probe[] = [];
const M = vignettesInto(probes, 'M one item unanswered at a time (FS-2)');
const C = vignettesInto(probes, 'C conflicts (FS-3, FS-6)');
const I = vignettesInto(probes, 'I old injuries (s5, s8, s9)');
const S = vignettesInto(probes, 'S stroke, TIA, dissection onsets (s5, s8)');

// ---- M one item unanswered at a time (FS-2)
M(
  'M4',
  'miss',
  'otherwise benign neck-pain patient, "back-injury" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['back-injury'] },
  {
    eq: { manip: 'clear', czm: 'clear', ex: 'clear' },
    min: { bm: 'not-cleared' },
    missing: { bm: ['back-injury'] },
  },
  'FS-2: unknown back-injury -> bm not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M5',
  'miss',
  'otherwise benign neck-pain patient, "mental-disorder" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['mental-disorder'] },
  {
    eq: { manip: 'clear', ex: 'clear' },
    min: { czm: 'not-cleared', bm: 'not-cleared' },
    missing: { bm: ['mental-disorder'] },
  },
  'FS-2: unknown mental-disorder -> czm+bm not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M6',
  'miss',
  'otherwise benign neck-pain patient, "osteoporosis" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['osteoporosis'] },
  {
    eq: { czm: 'clear', bm: 'clear', ex: 'clear' },
    min: { manip: 'not-cleared' },
    missing: { manip: ['osteoporosis'] },
  },
  'FS-2: unknown osteoporosis -> manip not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M7',
  'miss',
  'otherwise benign neck-pain patient, "radiculopathy" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['radiculopathy'] },
  {
    eq: { czm: 'clear', bm: 'clear', ex: 'clear' },
    min: { manip: 'not-cleared' },
    missing: { manip: ['radiculopathy'] },
  },
  'FS-2: unknown radiculopathy -> manip not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M8',
  'miss',
  'otherwise benign neck-pain patient, "recent-neck-trauma" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['recent-neck-trauma'] },
  {
    eq: { bm: 'clear', ex: 'clear' },
    min: { manip: 'not-cleared' },
    missing: { manip: ['recent-neck-trauma'] },
  },
  'FS-2: unknown recent-neck-trauma -> manip not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M9',
  'miss',
  'otherwise benign neck-pain patient, "chronic-disease-exacerbation" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['chronic-disease-exacerbation'] },
  {
    eq: {},
    min: { czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
    missing: { ex: ['chronic-disease-exacerbation'] },
  },
  'FS-2: unknown chronic-disease-exacerbation -> czm+bm+ex not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M10',
  'miss',
  'otherwise benign neck-pain patient, "stroke" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['stroke'] },
  {
    eq: { bm: 'clear', ex: 'clear' },
    min: { manip: 'not-cleared', czm: 'not-cleared' },
    missing: { manip: ['stroke'] },
  },
  'FS-2: unknown stroke -> manip+czm not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M11',
  'miss',
  'otherwise benign neck-pain patient, "vertebral-artery-dissection" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['vertebral-artery-dissection'] },
  {
    eq: {},
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
    missing: { ex: ['vertebral-artery-dissection'] },
  },
  'FS-2: unknown vertebral-artery-dissection -> manip+czm+bm+ex not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M12',
  'miss',
  'otherwise benign neck-pain patient, "diplopia" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['diplopia'] },
  {
    eq: {},
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
    missing: { bm: ['diplopia'] },
  },
  'FS-2: unknown diplopia -> manip+czm+bm+ex not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M13',
  'miss',
  'otherwise benign neck-pain patient, "syncope" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['syncope'] },
  {
    eq: {},
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
    missing: { ex: ['syncope'] },
  },
  'FS-2: unknown syncope -> manip+czm+bm+ex not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M14',
  'miss',
  'otherwise benign neck-pain patient, "confirmed-vas" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['confirmed-vas'] },
  {
    eq: { bm: 'clear', ex: 'clear' },
    min: { manip: 'not-cleared', czm: 'not-cleared' },
    missing: { czm: ['confirmed-vas'] },
  },
  'FS-2: unknown confirmed-vas -> manip+czm not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M15',
  'miss',
  'otherwise benign neck-pain patient, "spinal-tumour-or-cyst" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['spinal-tumour-or-cyst'] },
  {
    eq: { manip: 'clear', ex: 'clear' },
    min: { czm: 'not-cleared', bm: 'not-cleared' },
    missing: { bm: ['spinal-tumour-or-cyst'] },
  },
  'FS-2: unknown spinal-tumour-or-cyst -> czm+bm not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M16',
  'miss',
  'no cervical-spine imaging on file at all (uncovertebral arthrosis answered no)',
  { f: { 'neck-pain': on(40) }, img: null },
  { eq: { czm: 'clear', bm: 'clear', ex: 'clear' }, min: { manip: 'not-cleared' } },
  'no cervical X-ray/MRI/MSCT -> manip not-cleared',
  's5 uncovertebral',
);
M(
  'M17',
  'miss',
  'headache + dizziness present, visual disturbance unanswered',
  { f: { headache: on(80), dizziness: on(80) }, un: ['visual-disturbance'] },
  {
    min: { manip: 'not-cleared', czm: 'not-cleared', vas: 'moderate' },
    missing: { czm: ['visual-disturbance'] },
  },
  'unknown triad field could still make high -> czm not-cleared; moderate -> manip not-cleared',
  's3, s5',
);
M(
  'M18',
  'miss',
  'dizziness present, triad-progressive unanswered',
  { f: { dizziness: on(80) }, un: ['triad-progressive'] },
  { eq: { ex: 'clear' }, min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' } },
  'triad-progressive unknown holds the 3 manual therapies while a triad feature is present',
  's5',
);
M(
  'M19',
  'false-alarm',
  'triad-progressive unanswered, no triad feature present',
  { f: { 'neck-pain': on(40) }, un: ['triad-progressive'] },
  CLEAR,
  'triad-progressive unknown holds only while a triad feature is present: all clear',
  's5',
);

// ---- C conflicts (FS-3, FS-6)
C(
  'C1',
  'miss',
  'active lymphoma under treatment and history of cancer both ticked',
  { f: { malignancy: on(200, 'DLBCL on R-CHOP'), 'malignancy-history': true } },
  { min: { manip: 'contraindicated', czm: 'contraindicated' }, conflict: true },
  'active malignancy CI for manip and czm; FS-6 conflict note listed',
  's5, s8, FS-6',
);
C(
  'C2',
  'miss',
  'headache answered false but occipital-headache true',
  { f: { 'occipital-headache': on(30) } },
  { conflict: true, triad: ['headache'] },
  'FS-6: headache counts present, the inconsistency is listed',
  'FS-6',
);
C(
  'C3',
  'miss',
  'intake stroke false; MRI 60 d ago "old lacunar infarct right thalamus"',
  {
    addImg: [
      st(
        'mri',
        'head',
        60,
        'MRI brain: old lacunar infarct in the right thalamus. Mild small-vessel disease. No acute abnormality.',
      ),
    ],
  },
  { eq: { manip: 'contraindicated', czm: 'contraindicated', urg: 'none' }, conflict: true },
  'FS-3 present wins; a non-acute infarct reading = stroke onset unknown = recent -> manip+czm CI; conflict listed; old infarct raises no urgency',
  'FS-3, s5, s8',
);
C(
  'C4',
  'miss',
  'uncovertebral arthrosis answered no, X-ray reads it',
  {
    img: [
      st(
        'xray',
        'cervical-spine',
        30,
        'Cervical spine: osteochondrosis C5-C6, uncovertebral arthrosis C5-C6 on the left. Alignment preserved.',
      ),
    ],
  },
  { min: { manip: 'contraindicated' }, conflict: true },
  'FS-3: arthrosis present -> manip CI, conflict',
  'FS-3, s5',
);
C(
  'C5',
  'miss',
  'vertebral-artery-dissection answered no, MRA 200 d ago reads left VA dissection',
  {
    addImg: [
      st(
        'mra',
        'neck-vessels',
        200,
        'MR angiography: findings consistent with dissection of the left vertebral artery in the V3 segment with mural haematoma.',
      ),
    ],
  },
  { min: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' }, conflict: true },
  'FS-3 dissection present, onset unknown (report >180 d, not dated) -> emergency by s4 ("unknown"); lower bound urgent; manip+czm CI',
  'FS-3, s4, s8',
);

// ---- I old injuries (s5, s8, s9)
I(
  'I1',
  'miss',
  'neck injury 100 d ago (fall from bike)',
  { f: { 'neck-injury': on(100, 'fell off bike, soft-tissue injury') } },
  { min: { czm: 'contraindicated', bm: 'contraindicated' } },
  'neck injury <=180 d -> CI for czm and bm',
  's5, s9',
);
I(
  'I2',
  'miss',
  'neck injury, onset not recorded',
  { f: { 'neck-injury': yes('hurt neck at work') } },
  { min: { czm: 'contraindicated', bm: 'contraindicated' } },
  'onset unknown stays CI',
  's9',
);
I(
  'I3',
  'false-alarm',
  'back injury 3 years ago (lifting strain)',
  { f: { 'back-injury': on(1100) } },
  { eq: { bm: 'caution', czm: 'clear', manip: 'clear', ex: 'clear', urg: 'none' } },
  'back injury >180 d -> bm caution',
  's9',
);

// ---- S stroke, TIA, dissection onsets (s5, s8)
S(
  'S1',
  'miss',
  'posterior-circulation stroke 120 d ago',
  { f: { stroke: on(120, 'left cerebellar infarct') } },
  { eq: { manip: 'contraindicated', czm: 'contraindicated', bm: 'clear', ex: 'clear' } },
  'stroke <=180 d: manip+czm CI',
  's5',
);
S(
  'S2',
  'miss',
  'TIA 60 d ago (transient right arm weakness)',
  { f: { tia: on(60) } },
  { eq: { manip: 'contraindicated', czm: 'caution' } },
  'TIA <=180 d: manip CI; czm caution (TIA is a czm precaution)',
  's5',
);

export const ROUND_55_D: readonly Probe[] = probes;
