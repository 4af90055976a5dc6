/**
 * Reviewer probes, round 55 (/tmp/probe55/head.md: 212 whole case files written from the brief,
 * against 0b3b244), part a (22 vignettes, B1 to R9).
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
import { CLEAR, EMER, med, on, ses, st, vignettesInto } from './probe-r55-lib';

const probes: Probe[] = [];
const B = vignettesInto(probes, 'B benign patients that must be clear (s3, s5, FS-2, FS-4)');
const R = vignettesInto(probes, 'R red flags and their onsets (s4, s5, s8, s9)');

// ---- B benign patients that must be clear (s3, s5, FS-2, FS-4)
B(
  'B1',
  'false-alarm',
  '44F accountant, 3 months mechanical neck pain and trapezius hypertonicity, no triad',
  {
    f: {
      'neck-pain': on(90, 'worse after long days at the computer'),
      'muscle-hypertonicity': true,
      'sedentary-work': true,
    },
    referral: 'chronic mechanical neck pain, desk worker; please assess for massage',
  },
  { eq: { urg: 'none', manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', vas: 'low' } },
  'everything answered, nothing contraindicating: all four clear, urgency none; vas low (all triad answered, none present)',
  's3, s5, FS-2',
);
B(
  'B2',
  'false-alarm',
  '52F posterior-canal BPPV, brief vertigo on lying down, Dix-Hallpike positive; rotation test negative',
  {
    f: {
      dizziness: on(21, 'seconds-long spinning when rolling over in bed'),
      'dizziness-on-head-rotation': false,
      bppv: true,
    },
    referral: 'BPPV right posterior canal, Epley done; neck stiffness, massage?',
  },
  { eq: { urg: 'none', manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', vas: 'low' } },
  'one triad feature, no imaging narrowing, <2 associated: vas low; BPPV does not block massage (s5); negative rotation test = not done (FS-4): all clear, urgency none',
  's3, s5, FS-4',
  "the round's notMissing check (the manip and czm missing lists do not name dizziness-on-head-rotation) has no place in the probe model: not checked",
);
B(
  'B3',
  'false-alarm',
  '31F episodic tension-type occipital headache for years, desk work, hypertonic suboccipitals',
  {
    f: {
      headache: on(1500),
      'occipital-headache': on(1500, 'band-like, end of the working day'),
      'muscle-hypertonicity': true,
      'sedentary-work': true,
    },
  },
  { eq: { urg: 'none', manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', vas: 'low' } },
  'everything answered, nothing contraindicating: all four clear, urgency none; vas low',
  's3, s5',
);
B(
  'B4',
  'false-alarm',
  '47F collar-zone massage course 1, 6 sessions, pain falling 6->1, ibuprofen 3 days',
  {
    f: { 'neck-pain': on(60), 'cervical-osteochondrosis': true },
    img: [
      st(
        'xray',
        'cervical-spine',
        50,
        'Cervical spine: osteochondrosis C5-C6 with mild disc space narrowing. Alignment preserved. No uncovertebral arthrosis.',
      ),
    ],
    sessions: [
      ses(14, 1, 'collar-zone-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'collar-zone-massage'),
      ses(10, 1, 'collar-zone-massage', { painBefore: 4, painAfter: 3 }),
      ses(8, 1, 'collar-zone-massage', { painBefore: 3, painAfter: 2 }),
      ses(6, 1, 'collar-zone-massage', { painBefore: 2, painAfter: 1 }),
      ses(4, 1, 'collar-zone-massage', { painBefore: 1, painAfter: 0 }),
    ],
    meds: [med('Nurofen', 14, 12)],
  },
  {
    eq: { urg: 'none', manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', course: 'expected' },
  },
  'falling pain, <=48 h, 3 days of ibuprofen: course expected; all clear',
  's6',
);
B(
  'B5',
  'false-alarm',
  '61M hypertension (amlodipine) and smoker, chronic neck stiffness',
  {
    sex: 'male',
    birth: '1965-02-02',
    f: { 'neck-pain': on(400), hypertension: true, smoking: true },
    meds: [med('amlodipine 5 mg', 900, undefined, { analgesic: false })],
  },
  { eq: { urg: 'none', manip: 'caution', czm: 'clear', bm: 'clear', ex: 'clear' } },
  'IF precautions hypertension, smoking: manipulation caution; others clear',
  's5 precautions',
);
B(
  'B6',
  'false-alarm',
  '68M ischaemic stroke 2 years ago, fully recovered, wants collar-zone massage',
  {
    sex: 'male',
    birth: '1958-07-01',
    f: { stroke: on(730, 'left MCA, thrombolysed 2024'), hypertension: true },
    addImg: [
      st(
        'mri',
        'head',
        700,
        'Chronic infarct in the left MCA territory with gliosis. No acute findings.',
      ),
    ],
  },
  { eq: { urg: 'none', manip: 'caution', czm: 'caution', bm: 'clear', ex: 'clear' } },
  'older stroke (>180 d, entered onset dates the reading, s8): manip caution, czm caution; bm, ex clear; no urgency',
  's5, s8',
);
B(
  'B7',
  'false-alarm',
  '39M whiplash 2019 (onset dated), now chronic neck pain',
  {
    sex: 'male',
    f: { 'neck-pain': on(2400), 'neck-injury': on(2500, 'rear-end collision 2019, no fracture') },
  },
  { eq: { urg: 'none', manip: 'clear', czm: 'caution', bm: 'caution', ex: 'clear' } },
  'neck injury >180 d: czm and bm caution instead of CI; not recent trauma: manip clear',
  's9 old injuries',
);
B(
  'B8',
  'false-alarm',
  '58F breast cancer 2014, in remission, wants back and collar massage',
  { f: { 'malignancy-history': on(4300, 'mastectomy + chemo 2014, discharged from oncology') } },
  {
    eq: { urg: 'none', manip: 'caution', czm: 'caution', bm: 'clear', ex: 'clear' },
    conflict: true,
  },
  'history of cancer (IF precaution): manip caution, czm caution + FS-6 conflict note listed; bm, ex clear',
  's5, s8 conflict notes, FS-6',
);
B(
  'B9',
  'false-alarm',
  '45F relapsing-remitting MS, stable, intermittent dizziness',
  { f: { dizziness: on(600, 'MS-related, unchanged'), 'multiple-sclerosis': on(3000) } },
  {
    eq: { urg: 'none', manip: 'clear', czm: 'caution', bm: 'clear', ex: 'clear', vas: 'low' },
    conflict: true,
  },
  'MS: czm caution with FS-6 conflict; dizziness from MS does not block massage; vas low',
  's5, FS-6, s8',
);
B(
  'B10',
  'false-alarm',
  '72F dyscirculatory encephalopathy, chronic unsteadiness-type dizziness, hyperlipidaemia',
  {
    birth: '1954-01-01',
    f: { dizziness: on(1000), 'dyscirculatory-encephalopathy': true, hyperlipidaemia: true },
  },
  { eq: { urg: 'none', manip: 'caution', czm: 'clear', bm: 'clear', ex: 'clear', vas: 'low' } },
  'non-progressive vascular dizziness does not block massage; hyperlipidaemia -> manip caution',
  's5',
);
B(
  'B11',
  'false-alarm',
  '50M on long-term amlodipine and atorvastatin during back-massage course (unrecognised tablets)',
  {
    sex: 'male',
    f: { hypertension: true, hyperlipidaemia: true },
    sessions: [
      ses(16, 1, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(14, 1, 'back-massage'),
      ses(12, 1, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ses(10, 1, 'back-massage', { painBefore: 3, painAfter: 2 }),
      ses(8, 1, 'back-massage', { painBefore: 2, painAfter: 1 }),
    ],
    meds: [med('Norvasc', 800), med('Lipitor', 800)],
  },
  {
    eq: {
      manip: 'caution',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: 'expected',
    },
    warn: ['unrecognised-tablet'],
  },
  'long-term BP/statin tablets: no course flag, unrecognised-tablet warning (s8); course expected',
  's6, s8',
);
B(
  'B12',
  'false-alarm',
  '36F FS-4 pair A: benign neck pain, rotation test NEGATIVE (false)',
  { f: { 'neck-pain': on(50), 'dizziness-on-head-rotation': false } },
  CLEAR,
  'everything answered, nothing contraindicating: all four clear, urgency none (negative test = not done, never blocks)',
  'FS-4, s8',
  "the round's notMissing check (the manip and czm missing lists do not name dizziness-on-head-rotation) has no place in the probe model: not checked",
);
B(
  'B13',
  'false-alarm',
  '36F FS-4 pair B: same patient, rotation test NOT DONE (null)',
  { f: { 'neck-pain': on(50) } },
  { eq: { urg: 'none', manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear' }, sameAs: 'B12' },
  'everything answered, nothing contraindicating: all four clear, urgency none; identical to B12',
  'FS-4, s8',
  "the round's sameAs B12 (FS-4: the same urgency, VAS, verdicts and missing lists) is a pair with B12's case (at least as cautious) and this vignette's exact verdicts and urgency: a lower VAS and the missing lists are not compared",
);

// ---- R red flags and their onsets (s4, s5, s8, s9)
R(
  'R1',
  'miss',
  'diplopia onset 4 d ago (horizontal double vision on right gaze), neck pain, otherwise all answered no',
  {
    f: { 'neck-pain': on(6), diplopia: on(4, 'horizontal double vision on right gaze') },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R2',
  'miss',
  'dysarthria onset 2 d ago (slurred speech noticed by husband), neck pain, otherwise all answered no',
  {
    f: { 'neck-pain': on(4), dysarthria: on(2, 'slurred speech noticed by husband') },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R3',
  'miss',
  'dysphagia onset 6 d ago (choking on liquids), neck pain, otherwise all answered no',
  {
    f: { 'neck-pain': on(8), dysphagia: on(6, 'choking on liquids') },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R4',
  'miss',
  'drop-attacks onset 9 d ago (legs gave way twice, no loss of consciousness), neck pain, otherwise all answered no',
  {
    f: {
      'neck-pain': on(11),
      'drop-attacks': on(9, 'legs gave way twice, no loss of consciousness'),
    },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R5',
  'miss',
  'nystagmus onset 3 d ago (left-beating nystagmus seen by GP), neck pain, otherwise all answered no',
  {
    f: { 'neck-pain': on(5), nystagmus: on(3, 'left-beating nystagmus seen by GP') },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R6',
  'miss',
  'numbness onset 1 d ago (right side of face numb), neck pain, otherwise all answered no',
  {
    f: { 'neck-pain': on(3), numbness: on(1, 'right side of face numb') },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R7',
  'miss',
  'ataxia onset 5 d ago (cannot walk heel-to-toe), neck pain, otherwise all answered no',
  {
    f: { 'neck-pain': on(7), ataxia: on(5, 'cannot walk heel-to-toe') },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R8',
  'miss',
  'horner-signs onset 7 d ago (left ptosis and miosis), neck pain, otherwise all answered no',
  {
    f: { 'neck-pain': on(9), 'horner-signs': on(7, 'left ptosis and miosis') },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R9',
  'miss',
  'speech-disturbance onset 2 d ago (word-finding difficulty), neck pain, otherwise all answered no',
  {
    f: { 'neck-pain': on(4), 'speech-disturbance': on(2, 'word-finding difficulty') },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);

export const ROUND_55_A: readonly Probe[] = probes;
