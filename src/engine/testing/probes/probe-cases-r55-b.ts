/**
 * Reviewer probes, round 55 (/tmp/probe55/head.md: 212 whole case files written from the brief,
 * against 0b3b244), part b (23 vignettes, R10 to T1).
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
import { EMER, on, ses, st, vignettesInto, yes } from './probe-r55-lib';

const probes: Probe[] = [];
const R = vignettesInto(probes, 'R red flags and their onsets (s4, s5, s8, s9)');
const D = vignettesInto(probes, 'D dissection prodrome (s9)');
const T = vignettesInto(probes, 'T triad after manipulation, massage or trauma (s9)');

// ---- R red flags and their onsets (s4, s5, s8, s9)
R(
  'R10',
  'miss',
  'limb-weakness onset 3 d ago (left arm weak, dropping cups), neck pain, otherwise all answered no',
  {
    f: { 'neck-pain': on(5), 'limb-weakness': on(3, 'left arm weak, dropping cups') },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R11',
  'miss',
  'reduced-consciousness onset 1 d ago (drowsy and confused per family), neck pain, otherwise all answered no',
  {
    f: { 'neck-pain': on(3), 'reduced-consciousness': on(1, 'drowsy and confused per family') },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R12',
  'miss',
  'syncope onset 8 d ago (blacked out in the kitchen), neck pain, otherwise all answered no',
  {
    f: { 'neck-pain': on(10), syncope: on(8, 'blacked out in the kitchen') },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R13',
  'miss',
  'visual-field-loss onset 4 d ago (right homonymous hemianopia on confrontation), neck pain, otherwise all answered no',
  {
    f: {
      'neck-pain': on(6),
      'visual-field-loss': on(4, 'right homonymous hemianopia on confrontation'),
    },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R14',
  'miss',
  'sudden-severe-headache onset 3 d ago (thunderclap neck pain while reversing the car), neck pain, otherwise all answered no',
  {
    f: {
      'neck-pain': on(5),
      'sudden-severe-headache': on(3, 'thunderclap neck pain while reversing the car'),
    },
    referral: 'neck pain, ?massage',
  },
  EMER,
  'red flag with onset within 14 days: emergency; emergency contraindicates every modality',
  's4, s5 red-flag list, s9',
);
R(
  'R15',
  'miss',
  'diplopia onset exactly 14 d ago (boundary)',
  { f: { dizziness: on(14), diplopia: on(14, 'double vision since two weeks') } },
  EMER,
  'onset "in the last 14 days" incl. day 14: emergency; emergency contraindicates every modality',
  's4',
);
R(
  'R16',
  'false-alarm',
  'diplopia onset 60 d ago, stable, neuro-ophthalmology follow-up',
  { f: { diplopia: on(60, 'stable, being followed up') } },
  {
    eq: { urg: 'urgent' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
    max: { urg: 'urgent' },
  },
  'red flag long-standing/stable -> urgent, not emergency; urgent (exact); s4 "neurologist review before any manual therapy": the three manual therapies at least not-cleared',
  's4',
);
R(
  'R17',
  'false-alarm',
  'numbness of the left hand onset 8 months ago (stable)',
  { f: { numbness: on(240, 'left hand, stable') } },
  {
    eq: { urg: 'urgent' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
    max: { urg: 'urgent' },
  },
  'older red flag: urgent exact',
  's4',
);
R(
  'R18',
  'miss',
  'dysarthria 50 d ago (older) + neck massage at a salon 10 d ago (recent-neck-massage dated)',
  {
    f: {
      dysarthria: on(50, 'mild slurring since summer'),
      'recent-neck-massage': on(10, 'Thai massage incl. neck'),
    },
  },
  EMER,
  'red flag together with recent-neck-massage -> emergency regardless of the flag onset (s5 red-flag list, s9)',
  's5, s9',
);
R(
  'R19',
  'miss',
  'ataxia present, onset not recorded (undated)',
  { f: { ataxia: yes('unsteady, wide-based gait') } },
  EMER,
  'red flag with onset unknown -> emergency (s5, s8 FS-5)',
  's5, s8',
);
R(
  'R20',
  'miss',
  'numbness 40 d ago + self-manipulation (neck cracking) undated',
  { f: { numbness: on(40), 'recent-cervical-manipulation': yes('cracks own neck daily') } },
  EMER,
  'red flag together with recent-cervical-manipulation -> emergency',
  's5, s9',
);
R(
  'R21',
  'miss',
  'worsening-neurology present (progressive hand clumsiness)',
  { f: { 'worsening-neurology': on(30, 'clumsier hands over a month') } },
  { eq: { urg: 'urgent' }, min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' } },
  'worsening neurological function -> urgent; urgent (exact); s4 "neurologist review before any manual therapy": the three manual therapies at least not-cleared',
  's4',
);
R(
  'R22',
  'miss',
  'triad-progressive present (headache + dizziness getting worse)',
  { f: { headache: on(60), dizziness: on(45), 'triad-progressive': on(20) } },
  {
    eq: { urg: 'urgent' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', vas: 'moderate' },
  },
  'triad progressive -> urgent; two triad features -> moderate',
  's3, s4',
);

// ---- D dissection prodrome (s9)
D(
  'D1',
  'miss',
  '41F new unusual occipital headache 6 d, no neck treatment or trauma',
  {
    f: {
      headache: on(6),
      'occipital-headache': on(6),
      'new-unusual-headache': on(6, 'never had headaches like this'),
    },
  },
  { eq: { urg: 'urgent' }, min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' } },
  'prodrome without neck treatment/trauma -> urgent (not emergency); FS-5: manual therapies at least as held as when unknown (not-cleared)',
  's9 prodrome',
);
D(
  'D2',
  'miss',
  '37M new unusual neck pain + headache 4 d after a logged cervical manipulation 9 d ago',
  {
    sex: 'male',
    f: { 'neck-pain': on(4), 'new-unusual-headache': on(4, 'right-sided, unlike anything before') },
    sessions: [ses(9, 1, 'cervical-manipulation')],
  },
  EMER,
  'prodrome with a logged cervical manipulation in the 14 days before its onset -> emergency',
  's9 prodrome',
);
D(
  'D3',
  'miss',
  '33F new unusual headache 10 d ago, neck massage (dated) 20 d ago = 10 d before onset',
  {
    f: {
      'new-unusual-headache': on(10),
      'recent-neck-massage': on(20, 'massage salon, deep neck work'),
    },
  },
  EMER,
  'recent-neck-massage 10 days before the headache onset -> emergency',
  's9',
);
D(
  'D4',
  'false-alarm',
  '33F new unusual headache 5 d ago, own neck manipulation dated 26 d ago (21 d before onset)',
  {
    f: {
      'new-unusual-headache': on(5),
      'recent-cervical-manipulation': on(26, 'chiropractor, one visit'),
    },
  },
  { eq: { urg: 'urgent' }, min: { manip: 'caution' } },
  'interval computed: 21 days > 14 -> urgent, not emergency',
  's9 prodrome',
);
D(
  'D5',
  'miss',
  '45M new unusual headache, onset not recorded, after a logged manipulation 12 d ago',
  {
    sex: 'male',
    f: { 'new-unusual-headache': yes('started some time after the chiropractor') },
    sessions: [ses(12, 1, 'cervical-manipulation')],
  },
  {
    eq: { urg: 'urgent', ex: 'clear' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
    missing: { urg: ['new-unusual-headache.onset'] },
  },
  'headache of unknown onset after a dated treatment -> urgent, onset listed missing; exercise not held',
  's9 prodrome',
  "the round's urgency missing ~'new-unusual-headache' (a substring) is the id new-unusual-headache.onset (its text: the onset listed missing)",
);
D(
  'D6',
  'miss',
  '29F rugby tackle (recent-neck-trauma, undated) and new unusual headache 3 d ago',
  {
    f: {
      'new-unusual-headache': on(3),
      'recent-neck-trauma': yes('tackled at rugby'),
      'neck-injury': yes(),
    },
  },
  EMER,
  'undated trauma counts as within 14 days before -> emergency',
  's9',
);
D(
  'D7',
  'miss',
  'prodrome question unanswered; collar-zone massage sessions 10 and 8 d ago',
  {
    un: ['new-unusual-headache'],
    sessions: [
      ses(10, 1, 'collar-zone-massage'),
      ses(8, 1, 'collar-zone-massage', { painBefore: 4, painAfter: 3 }),
    ],
  },
  {
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
    missing: { ex: ['new-unusual-headache'], manip: ['new-unusual-headache'] },
  },
  'unknown prodrome holds the 3 manual therapies, and exercise too with a neck treatment in the last 4 weeks',
  's9',
);
D(
  'D8',
  'false-alarm',
  'prodrome question unanswered; no neck treatment or trauma',
  { un: ['new-unusual-headache'] },
  {
    eq: { ex: 'clear', urg: 'none' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
    missing: { manip: ['new-unusual-headache'] },
  },
  'unknown prodrome holds 3 manual therapies; exercise clear without neck treatment/trauma',
  's9',
);
D(
  'D9',
  'miss',
  '38F one week of new neck pain + headache; MRI 2 d ago acute left PICA infarct (published lesson)',
  {
    f: {
      headache: on(7),
      'occipital-headache': on(7),
      'neck-pain': on(7),
      'new-unusual-headache': on(7, 'worst neck pain ever, constant'),
    },
    addImg: [
      st(
        'mri',
        'head',
        2,
        'MRI brain: DWI shows restricted diffusion in the left PICA territory (inferior cerebellum) consistent with acute infarct. No haemorrhage.',
      ),
    ],
  },
  EMER,
  'acute infarct in a report <=14 d old -> emergency',
  's9 acute imaging, lesson 3',
);

// ---- T triad after manipulation, massage or trauma (s9)
T(
  'T1',
  'miss',
  '34M vertigo since chiropractic manipulation 3 d ago (dated), intake otherwise no (published lesson)',
  {
    sex: 'male',
    f: {
      dizziness: on(3, 'room spinning since leaving the chiropractor'),
      nausea: on(3),
      'recent-cervical-manipulation': on(3, 'chiropractor, rotational thrust'),
    },
  },
  EMER,
  'triad feature within 14 d after manipulation, onset within last 14 d -> emergency',
  's9 after treatment',
);

export const ROUND_55_B: readonly Probe[] = probes;
