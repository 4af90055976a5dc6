/**
 * Reviewer probes, round 55 (/tmp/probe55/head.md: 212 whole case files written from the brief,
 * against 0b3b244), part h (24 vignettes, H20 to P3).
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
import { CLEAR, EMER, on, ses, st, vignettesInto } from './probe-r55-lib';

const probes: Probe[] = [];
const H = vignettesInto(
  probes,
  'H boundaries, logged sessions, per-modality courses, report negation (s5, s8, s9, FS-7)',
);
const P = vignettesInto(probes, 'P published-lesson variants, report wording (s3, s5, s9, FS-8)');

// ---- H boundaries, logged sessions, per-modality courses, report negation (s5, s8, s9, FS-7)
H(
  'H20',
  'miss',
  'intake stroke false; MRI 100 d ago "recent infarct left thalamus"',
  { addImg: [st('mri', 'head', 100, 'MRI brain: recent infarct in the left thalamus.')] },
  { min: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' }, conflict: true },
  'recent reading <=180 d -> stroke onset 100 d; urgent',
  's8, s9',
);
H(
  'H21',
  'false-alarm',
  'TIA 200 d ago',
  { f: { tia: on(200) } },
  { eq: { manip: 'caution', czm: 'caution', urg: 'none' } },
  'older TIA -> caution',
  's5',
);
H(
  'H22',
  'miss',
  'dissection onset 15 d ago',
  { f: { 'vertebral-artery-dissection': on(15) } },
  { eq: { urg: 'urgent', manip: 'contraindicated', czm: 'contraindicated' } },
  'dissection older than 14 d -> urgent',
  's4',
);
H(
  'H23',
  'false-alarm',
  'neck injury 181 d ago',
  { f: { 'neck-injury': on(181) } },
  { eq: { czm: 'caution', bm: 'caution' } },
  '>180 d -> caution',
  's9',
);
H(
  'H24',
  'miss',
  'neck injury 180 d ago',
  { f: { 'neck-injury': on(180) } },
  { min: { czm: 'contraindicated', bm: 'contraindicated' } },
  '<=180 d -> CI',
  's9',
);
H(
  'H25',
  'miss',
  'MRI exactly 14 d ago: acute infarct',
  { addImg: [st('mri', 'head', 14, 'Acute infarct in the left PICA territory.')] },
  EMER,
  '<=14 d -> emergency',
  's9',
);
H(
  'H26',
  'false-alarm',
  'CTA 5 d ago: "No evidence of vertebral artery dissection or stenosis."',
  {
    f: { 'neck-pain': on(10) },
    addImg: [
      st(
        'cta',
        'neck-vessels',
        5,
        'CT angiography of the neck: vertebral arteries patent throughout. No evidence of vertebral artery dissection or stenosis.',
      ),
    ],
  },
  CLEAR,
  'negated reading adds nothing -> all clear (intake answered everything no)',
  'FS-7',
);
H(
  'H27',
  'false-alarm',
  'MRI 3 d ago: "No acute infarct. No haemorrhage." (dizzy patient, normal)',
  {
    f: { dizziness: on(20) },
    addImg: [st('mri', 'head', 3, 'MRI brain: No acute infarct. No haemorrhage. Normal study.')],
  },
  CLEAR,
  'negated acute readings raise nothing',
  'FS-7, s9',
);
H(
  'H28',
  'false-alarm',
  'Doppler: hypoplastic left VA, normal variant, no stenosis',
  {
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        20,
        'Vertebral arteries: antegrade flow bilaterally, no stenosis. Left VA hypoplastic (normal variant).',
      ),
    ],
  },
  { max: { urg: 'none', czm: 'clear', bm: 'clear', ex: 'clear', manip: 'caution' } },
  'normal variant: at most the narrowing precaution on manipulation',
  's5',
);
H(
  'H29',
  'miss',
  'CTA 5 d ago: "occlusion of the right VA cannot be excluded"',
  {
    addImg: [
      st(
        'cta',
        'neck-vessels',
        5,
        'CTA neck: poor opacification of the right vertebral artery at V4; occlusion cannot be excluded.',
      ),
    ],
  },
  { min: { manip: 'not-cleared', czm: 'not-cleared' } },
  'uncertain reading = unknown: at least held',
  'FS-7',
);
H(
  'H30',
  'miss',
  'numbness 60 d ago, recent-neck-massage UNANSWERED',
  { f: { numbness: on(60) }, un: ['recent-neck-massage'] },
  {
    eq: { urg: 'urgent' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
    missing: { ex: ['recent-neck-massage'] },
  },
  'unknown neck-massage could make the red flag an emergency -> all four not-cleared (its red-flag fields unknown)',
  's5 table, FS-2, FS-5',
);
H(
  'H31',
  'miss',
  'dizziness onset 5 d ago, recent-cervical-manipulation UNANSWERED',
  { f: { dizziness: on(5) }, un: ['recent-cervical-manipulation'] },
  {
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
    missing: { ex: ['recent-cervical-manipulation'] },
  },
  'unknown manipulation could make the new triad an emergency -> all four not-cleared',
  's9, FS-2, FS-5',
);
H(
  'H32',
  'miss',
  'new unusual headache 5 d ago, recent-neck-trauma UNANSWERED',
  { f: { 'new-unusual-headache': on(5) }, un: ['recent-neck-trauma'] },
  {
    eq: { urg: 'urgent' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
  },
  'unknown trauma could make the prodrome an emergency -> exercise too at least not-cleared',
  's9, FS-5',
);
H(
  'H33',
  'miss',
  'MSCT cervical spine 8 d ago: "Fracture of the dens (type II)"; intake fracture no',
  {
    f: { 'neck-pain': on(9) },
    addImg: [
      st(
        'msct',
        'cervical-spine',
        8,
        'CT cervical spine: fracture of the dens, type II, minimally displaced.',
      ),
    ],
  },
  { min: { manip: 'contraindicated' } },
  'fracture read (FS-7 adds) -> manip CI (lexicon coverage)',
  's5, FS-3',
);
H(
  'H34',
  'miss',
  'MRI cervical: "T2 hyperintense cord signal at C4-C5 consistent with compressive myelopathy"',
  {
    addImg: [
      st(
        'mri',
        'cervical-spine',
        25,
        'MRI cervical spine: broad-based disc herniation C4-C5 with cord compression and T2 hyperintense cord signal consistent with compressive myelopathy.',
      ),
    ],
  },
  { min: { manip: 'contraindicated' } },
  'myelopathy read -> manip CI',
  's5',
);
H(
  'H35',
  'miss',
  'MRI cervical: "Spondylodiscitis C5-C6 with prevertebral abscess"',
  {
    addImg: [
      st(
        'mri',
        'cervical-spine',
        12,
        'MRI cervical spine: spondylodiscitis at C5-C6 with prevertebral abscess.',
      ),
    ],
  },
  { min: { manip: 'contraindicated' } },
  'spondylodiscitis -> manip CI',
  's5',
);
H(
  'H36',
  'miss',
  'sudden-severe-headache logged after a cervical manipulation 2 d ago',
  {
    sessions: [
      ses(5, 1, 'cervical-manipulation'),
      ses(2, 1, 'cervical-manipulation', { newSymptoms: ['sudden-severe-headache'] }),
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
  'red flag logged <=14 d -> emergency; stop',
  's8',
);
H(
  'H37',
  'miss',
  'post-partum 3 weeks, new unusual headache 4 d ago',
  { f: { headache: on(4), 'new-unusual-headache': on(4), 'post-partum': on(21) } },
  { eq: { urg: 'urgent' }, min: { manip: 'not-cleared' } },
  'prodrome -> urgent',
  's9',
);
H(
  'H38',
  'miss',
  'visual disturbance new since collar-zone massage course; intake dated 4 d ago, logged session 6 d ago without newSymptoms',
  {
    f: { 'visual-disturbance': on(4, 'blurring') },
    sessions: [ses(8, 1, 'collar-zone-massage'), ses(6, 1, 'collar-zone-massage')],
  },
  { min: { urg: 'urgent' }, max: { course: 'expected' } },
  'triad feature after a logged neck massage -> urgent; not logged by the session -> no course flag',
  's9',
);
H(
  'H39',
  'miss',
  'triad-progressive false but headache rating 2 -> 5 in back massage',
  {
    f: { headache: on(40) },
    sessions: [
      ses(12, 1, 'back-massage', { headache: 2 }),
      ses(10, 1, 'back-massage', { headache: 2 }),
      ses(8, 1, 'back-massage', { headache: 5 }),
    ],
  },
  { min: { urg: 'urgent', course: 'concerning' } },
  'rising rating beats entered false -> urgent',
  's8',
);
H(
  'H40',
  'miss',
  'malignancy (active) and back massage requested',
  { f: { malignancy: on(90, 'metastatic prostate cancer') } },
  { min: { manip: 'contraindicated', czm: 'contraindicated' } },
  'active malignancy -> manip + czm CI',
  's5',
);

// ---- P published-lesson variants, report wording (s3, s5, s9, FS-8)
P(
  'P1',
  'miss',
  'aphasia 40 d ago after chiropractic manipulation dated 45 d ago (lesson 2)',
  {
    f: {
      'speech-disturbance': on(40, 'word-finding difficulty'),
      'recent-cervical-manipulation': on(27, 'second chiropractic visit'),
    },
  },
  EMER,
  'red flag together with recent-cervical-manipulation -> emergency',
  's9, s5',
);
P(
  'P2',
  'false-alarm',
  'dizziness onset 5 d ago; chiropractic manipulation dated 25 d ago (20 d before)',
  { f: { dizziness: on(5, 'lightheaded after a cold'), 'recent-cervical-manipulation': on(25) } },
  { max: { urg: 'none' } },
  'interval computed: 20 d > 14 -> the after-manipulation rule does not apply',
  's9',
);
P(
  'P3',
  'miss',
  'MRA 5 d ago: "Findings consistent with left VAD."',
  { addImg: [st('mra', 'neck-vessels', 5, 'MRA neck: findings consistent with left VAD.')] },
  { min: { urg: 'urgent', manip: 'contraindicated', czm: 'contraindicated' } },
  'VAD = vertebral artery dissection <=14 d -> emergency (lower bound given: abbreviation)',
  's9',
);

export const ROUND_55_H: readonly Probe[] = probes;
