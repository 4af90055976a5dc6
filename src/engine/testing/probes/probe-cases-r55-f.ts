/**
 * Reviewer probes, round 55 (/tmp/probe55/head.md: 212 whole case files written from the brief,
 * against 0b3b244), part f (24 vignettes, K3 to X1).
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
import { ago, CLEAR, EMER, med, no, on, ref, ses, vignettesInto } from './probe-r55-lib';

const probes: Probe[] = [];
const K = vignettesInto(probes, 'K course flags (s6, s8)');
const F = vignettesInto(probes, 'F referral reason (FS-3, FS-7)');
const N = vignettesInto(probes, 'N notes on intake findings (FS-3, FS-7)');
const X = vignettesInto(probes, 'X file level (FS-8)');

// ---- K course flags (s6, s8)
K(
  'K3',
  'false-alarm',
  'Panadol 3 days',
  {
    sessions: [
      ses(14, 1, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'back-massage'),
      ses(10, 1, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ses(8, 1, 'back-massage', { painBefore: 3, painAfter: 2 }),
      ses(6, 1, 'back-massage', { painBefore: 2, painAfter: 1 }),
    ],
    meds: [med('Panadol', 10, 8)],
  },
  { eq: { course: 'expected' } },
  '<=4 days -> expected',
  's6',
);
K(
  'K4',
  'miss',
  'pain lasting 60 h after session 3 of collar massage',
  {
    sessions: [
      ses(14, 1, 'collar-zone-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'collar-zone-massage'),
      ses(10, 1, 'collar-zone-massage', { painBefore: 4, painAfter: 3, painHours: 60 }),
      ses(8, 1, 'collar-zone-massage', { painBefore: 3, painAfter: 2 }),
    ],
  },
  { eq: { course: 'stop' }, min: { czm: 'not-cleared' } },
  'pain >48 h -> stop; COURSE-STOP-HOLD czm',
  's6, s5',
);
K(
  'K5',
  'miss',
  'headache rating 0,0,4 in back massage course',
  {
    sessions: [
      ses(14, 1, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'back-massage'),
      ses(10, 1, 'back-massage', { painBefore: 4, painAfter: 3, headache: 4 }),
    ],
  },
  { eq: { course: 'stop' }, min: { bm: 'not-cleared' }, triad: ['headache'] },
  'new rating -> stop, headache present',
  's8',
);
K(
  'K6',
  'miss',
  'dizziness rating 1,1,3 in collar massage (rising)',
  {
    f: { dizziness: on(60) },
    sessions: [
      ses(14, 1, 'collar-zone-massage', { painBefore: 6, painAfter: 5, dizziness: 1 }),
      ses(12, 1, 'collar-zone-massage', { dizziness: 1 }),
      ses(10, 1, 'collar-zone-massage', { painBefore: 4, painAfter: 3, dizziness: 3 }),
    ],
  },
  { min: { course: 'concerning', urg: 'urgent' } },
  'rising rating -> concerning + progressive triad -> urgent',
  's6, s8',
);
K(
  'K7',
  'miss',
  'exact duplicate session entered twice',
  { sessions: [ses(10, 1, 'back-massage'), ses(8, 1, 'back-massage'), ses(8, 1, 'back-massage')] },
  { warn: ['duplicate-session'] },
  'duplicate session warning',
  'FS-8, s6',
  "the round's warning ~'duplicate' (a substring) is the code duplicate-session",
);
K(
  'K8',
  'miss',
  'six courses of back massage',
  {
    sessions: [
      ses(110, 1, 'back-massage'),
      ses(90, 2, 'back-massage'),
      ses(70, 3, 'back-massage'),
      ses(50, 4, 'back-massage'),
      ses(30, 5, 'back-massage'),
      ses(10, 6, 'back-massage'),
    ],
  },
  { min: { course: 'concerning' } },
  '>4 courses -> concerning',
  's6',
);
K(
  'K9',
  'false-alarm',
  'back massage course 1 stopped (pain 72 h), course 2 uneventful',
  {
    sessions: [
      ses(60, 1, 'back-massage'),
      ses(58, 1, 'back-massage', { painHours: 72 }),
      ses(20, 2, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(18, 2, 'back-massage'),
      ses(16, 2, 'back-massage', { painBefore: 4, painAfter: 3 }),
    ],
  },
  { eq: { bm: 'clear', course: 'expected' }, flags: ['COURSE-STOP-PAIN-48H'] },
  'new course lifts the hold; status from latest course = expected',
  's5, s8',
  "the round's course flag STOP-PAIN-48H@1 is the rule COURSE-STOP-PAIN-48H among the course flags: its course number (1) is not checked",
);
K(
  'K10',
  'miss',
  'pain not falling: 5,4,5,5,5 at session 5',
  {
    sessions: [
      ses(20, 1, 'back-massage', { painAfter: 5 }),
      ses(18, 1, 'back-massage', { painBefore: 4 }),
      ses(16, 1, 'back-massage', { painAfter: 5 }),
      ses(14, 1, 'back-massage', { painAfter: 5 }),
      ses(12, 1, 'back-massage', { painAfter: 5 }),
    ],
  },
  { min: { course: 'concerning' } },
  'from 5th session pain no lower than min(s1,s2) -> concerning',
  's6',
);
K(
  'K11',
  'miss',
  'skin redness 30 h after collar massage',
  {
    sessions: [
      ses(10, 1, 'collar-zone-massage'),
      ses(8, 1, 'collar-zone-massage', { rednessHours: 30 }),
    ],
  },
  { eq: { course: 'stop' }, min: { czm: 'not-cleared' } },
  'redness >24 h -> stop',
  's6',
);
K(
  'K12',
  'miss',
  'unrecognised brand "Spazmalgon" flagged analgesic: true, 6 days',
  {
    sessions: [
      ses(14, 1, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'back-massage'),
      ses(10, 1, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ses(8, 1, 'back-massage', { painBefore: 3, painAfter: 2 }),
    ],
    meds: [med('Spazmalgon', 12, 6, { analgesic: true })],
  },
  { min: { course: 'concerning' } },
  'analgesic flag counts -> concerning',
  's6, s8',
);
K(
  'K13',
  'miss',
  'neck-pain logged as newSymptoms',
  {
    sessions: [
      ses(10, 1, 'collar-zone-massage'),
      ses(8, 1, 'collar-zone-massage', { newSymptoms: ['neck-pain'] }),
    ],
  },
  { eq: { course: 'concerning' } },
  'neck-pain in newSymptoms -> concerning, not stop',
  's8',
);
K(
  'K14',
  'miss',
  'numbness logged after back massage 20 d ago',
  {
    sessions: [
      ses(22, 1, 'back-massage'),
      ses(20, 1, 'back-massage', { newSymptoms: ['numbness'] }),
    ],
  },
  {
    eq: { course: 'stop', urg: 'urgent' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
  },
  'red flag logged: onset = session date 20 d -> urgent; stop',
  's8',
);

// ---- F referral reason (FS-3, FS-7)
F(
  'F1',
  'miss',
  'referral: "vertigo and double vision since neck manipulation at chiropractor 3 days ago"; intake all no',
  {
    referral: ref('Vertigo and double vision since neck manipulation at chiropractor 3 days ago', {
      date: ago(1),
      from: 'emergency department',
      priority: 'urgent',
    }),
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
  'diplopia read from referral (FS-7 adds), recent manipulation -> emergency',
  's4, FS-7',
);
F(
  'F2',
  'miss',
  'referral: "Sudden severe neck pain and occipital headache 2/7, ?VA dissection"',
  { referral: 'Sudden severe neck pain and occipital headache 2/7, ?VA dissection' },
  EMER,
  'sudden severe neck pain -> emergency',
  's4, s9',
);
F(
  'F3',
  'miss',
  'referral: "Slurred speech and right arm weakness this morning"',
  {
    referral: ref('Slurred speech and right arm weakness this morning', {
      date: ago(0),
      from: 'GP',
      priority: 'urgent',
    }),
  },
  EMER,
  'dysarthria + limb weakness -> emergency',
  's4, s9',
);
F(
  'F4',
  'false-alarm',
  'referral: "Chronic mechanical neck pain, office worker. No dizziness, no headache. For massage."',
  {
    referral:
      'Chronic mechanical neck pain, office worker. No dizziness, no headache. For massage.',
  },
  CLEAR,
  'benign referral: all clear',
  's5',
);
F(
  'F5',
  'miss',
  'referral: "Dizzy when turning head to the left, ?bow hunter syndrome"',
  { referral: 'Dizzy when turning head to the left, ?bow hunter syndrome' },
  { min: { manip: 'contraindicated', czm: 'not-cleared' } },
  'rotation-provoked dizziness read -> MANIP-ROTATION / CZM-ROTATION',
  's9',
);

// ---- N notes on intake findings (FS-3, FS-7)
N(
  'N1',
  'miss',
  'NOTE-ONLY: dizziness note "started 2 days after the chiropractor cracked her neck" (manipulation answered no)',
  { f: { dizziness: on(2, 'started 2 days after the chiropractor cracked her neck on the 16th') } },
  { min: { urg: 'emergency' } },
  'note-only: if notes were read (FS-7 adds) the expected value; the structured answers alone give less: triad after manipulation within 14 d -> emergency',
  's9',
);
N(
  'N2',
  'miss',
  'NOTE-ONLY: headache note "worst headache of my life, came on suddenly on Tuesday" (sudden-severe no)',
  { f: { headache: on(3, 'worst headache of my life, came on suddenly on Tuesday') } },
  { min: { urg: 'emergency' } },
  'note-only: if notes were read (FS-7 adds) the expected value; the structured answers alone give less: thunderclap -> emergency',
  's4',
);
N(
  'N3',
  'miss',
  'NOTE-ONLY: visual disturbance note "double vision looking left" (diplopia no)',
  { f: { 'visual-disturbance': on(4, 'double vision when looking to the left') } },
  { min: { urg: 'emergency' } },
  'note-only: if notes were read (FS-7 adds) the expected value; the structured answers alone give less: diplopia <=14 d -> emergency',
  's4',
);
N(
  'N4',
  'miss',
  'NOTE-ONLY: neck-pain note "new, unlike anything before, since yoga headstand 5 days ago"',
  { f: { 'neck-pain': on(5, 'new, unlike anything before, since a yoga headstand 5 days ago') } },
  { min: { urg: 'urgent' } },
  'note-only: if notes were read (FS-7 adds) the expected value; the structured answers alone give less: new-unusual-headache/neck pain -> urgent (trauma -> emergency)',
  's9',
);
N(
  'N5',
  'miss',
  'NOTE-ONLY: tia false with note "GP says mini-stroke last month"',
  { f: { tia: no('GP says she had a mini-stroke last month') } },
  { min: { manip: 'contraindicated' } },
  'note-only: if notes were read (FS-7 adds) the expected value; the structured answers alone give less: TIA <=180 d -> manip CI',
  's5',
);
N(
  'N6',
  'miss',
  'NOTE-ONLY: dizziness note "drop attack in the shower, no LOC, last week"',
  { f: { dizziness: on(7, 'had a drop attack in the shower last week, no LOC') } },
  { min: { urg: 'emergency' } },
  'note-only: if notes were read (FS-7 adds) the expected value; the structured answers alone give less: drop attack <=14 d -> emergency',
  's4',
);

// ---- X file level (FS-8)
X(
  'X1',
  'miss',
  'assessedOn missing (benign)',
  { noAssessedOn: true },
  { warn: ['assessed-on-missing'] },
  'missing assessedOn -> warning, read as today',
  'FS-8',
  "the round's warning ~'assessed' (a substring) is the code assessed-on-missing",
);

export const ROUND_55_F: readonly Probe[] = probes;
