/**
 * Reviewer probes, round 55 (/tmp/probe55/head.md: 212 whole case files written from the brief,
 * against 0b3b244), part c (19 vignettes, T2 to M3).
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
const T = vignettesInto(probes, 'T triad after manipulation, massage or trauma (s9)');
const ROT = vignettesInto(
  probes,
  "ROT rotation-provoked dizziness, bow hunter's, dynamic assessment (s9, FS-4)",
);
const M = vignettesInto(probes, 'M one item unanswered at a time (FS-2)');

// ---- T triad after manipulation, massage or trauma (s9)
T(
  'T2',
  'miss',
  'dizziness 40 d ago, 5 d after a logged cervical manipulation 45 d ago (session logged nothing)',
  { f: { dizziness: on(40) }, sessions: [ses(45, 1, 'cervical-manipulation')] },
  {
    eq: { urg: 'urgent', course: 'expected' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
  },
  'triad feature within 14 d after logged manipulation, onset older than 14 d -> urgent; no course flag for an unlogged symptom',
  's9',
);
T(
  'T3',
  'miss',
  'visual blurring (undated) + recent chiropractic manipulation (undated)',
  {
    f: {
      'visual-disturbance': yes('blurring'),
      'recent-cervical-manipulation': yes('chiropractor last month'),
    },
  },
  {
    eq: { urg: 'urgent', ex: 'clear' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
    missing: { urg: ['visual-disturbance.onset'] },
  },
  'triad feature with onset unknown after manipulation -> urgent, onset listed in urgency missing, exercise not held',
  's9',
  "the round's urgency missing ~'visual-disturbance' (a substring) is the id visual-disturbance.onset (its text: the onset listed in urgency missing)",
);
T(
  'T4',
  'miss',
  'headache logged as newSymptoms after a collar-zone massage 6 d ago',
  {
    sessions: [
      ses(10, 1, 'collar-zone-massage'),
      ses(6, 1, 'collar-zone-massage', { newSymptoms: ['headache'] }),
    ],
  },
  {
    eq: { urg: 'urgent', course: 'stop' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
    triad: ['headache'],
  },
  'triad feature newly after neck massage -> urgent + stop; COURSE-STOP-HOLD czm',
  's9, s6, s8',
);
T(
  'T5',
  'miss',
  'dizziness rating 0,0,3 in a collar-zone massage course (new rating)',
  {
    sessions: [
      ses(12, 1, 'collar-zone-massage'),
      ses(10, 1, 'collar-zone-massage'),
      ses(8, 1, 'collar-zone-massage', { dizziness: 3 }),
    ],
  },
  {
    eq: { urg: 'urgent', course: 'stop' },
    min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
    triad: ['dizziness'],
  },
  'new rating -> stop, dizziness present; triad newly after neck massage -> urgent',
  's8 ratings, s9',
);
T(
  'T6',
  'miss',
  'dizziness logged after a cervical-manipulation session 4 d ago',
  {
    sessions: [
      ses(7, 1, 'cervical-manipulation'),
      ses(4, 1, 'cervical-manipulation', { newSymptoms: ['dizziness'] }),
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
  'triad feature with onset within 14 d after logged manipulation and within last 14 d -> emergency; stop',
  's9, s8',
);
T(
  'T7',
  'miss',
  'handheld massage gun on the neck 8 d ago (dated), dizziness since 5 d',
  {
    f: { dizziness: on(5), 'recent-neck-massage': on(8, 'percussion massage device on the neck') },
  },
  { min: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' } },
  'triad feature newly after a neck massage (device counts) -> urgent',
  's9',
);
T(
  'T8',
  'miss',
  'neck massage undated + dizziness undated',
  { f: { dizziness: yes(), 'recent-neck-massage': yes() } },
  { min: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' } },
  'undated massage counts as within 14 days before the symptom -> at least urgent',
  's9',
);
T(
  'T9',
  'miss',
  'rear-end collision 10 d ago (trauma dated) + headache from day 2',
  {
    f: {
      headache: on(8),
      'neck-pain': on(10),
      'recent-neck-trauma': on(10, 'rear-end collision'),
      'neck-injury': on(10),
    },
  },
  EMER,
  'triad feature within 14 d after neck trauma, onset within last 14 d -> emergency',
  's9',
);
T(
  'T10',
  'false-alarm',
  'dizziness since 30 d, chiropractor 25 d ago (after the dizziness began)',
  {
    f: {
      dizziness: on(30, 'lightheaded since a viral illness'),
      'recent-cervical-manipulation': on(25),
    },
  },
  { max: { urg: 'none' } },
  'triad onset before the manipulation: the after-treatment rule does not apply -> urgency none',
  's9',
);

// ---- ROT rotation-provoked dizziness, bow hunter's, dynamic assessment (s9, FS-4)
ROT(
  'ROT1',
  'miss',
  '55M dizziness only on turning head left (bow hunter suspicion), static Doppler normal',
  {
    sex: 'male',
    birth: '1971-03-03',
    f: {
      dizziness: on(60, 'only when turning head to the left'),
      'dizziness-on-head-rotation': yes('reproduced on left rotation'),
    },
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        20,
        'Duplex of neck vessels in neutral position: vertebral arteries patent, antegrade flow bilaterally, normal velocities.',
      ),
    ],
  },
  {
    eq: { manip: 'contraindicated', czm: 'not-cleared', bm: 'clear', ex: 'clear', urg: 'none' },
    rules: { manip: ['MANIP-ROTATION'], czm: ['CZM-ROTATION'] },
  },
  'rotation-provoked: manip CI (MANIP-ROTATION), czm not-cleared (CZM-ROTATION) until dynamic assessment normal; static Doppler does not lift',
  's9 rotation',
  "the round's reasonRule 'ROTATION' (a substring of a reason's rule) is the rule ids MANIP-ROTATION and CZM-ROTATION",
);
ROT(
  'ROT2',
  'false-alarm',
  'same patient + documented dynamic CTA with rotation normal (clinician entry)',
  {
    sex: 'male',
    birth: '1971-03-03',
    f: {
      dizziness: on(60),
      'dizziness-on-head-rotation': yes(),
      'dynamic-vascular-assessment-normal': on(5, 'dynamic CTA, rotation both sides, normal'),
    },
    addImg: [
      st(
        'cta',
        'neck-vessels',
        5,
        'Dynamic CTA of the neck in neutral and in 80 degrees rotation to each side: no compression or occlusion of either vertebral artery. Normal study.',
      ),
    ],
  },
  { eq: { manip: 'contraindicated', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' } },
  'dynamic assessment normal lifts CZM-ROTATION: czm clear; manip stays CI',
  's9',
);
ROT(
  'ROT3',
  'miss',
  'rotation positive; dynamic CTA text reads normal but no clinician entry',
  {
    f: { dizziness: on(60), 'dizziness-on-head-rotation': yes() },
    addImg: [
      st(
        'cta',
        'neck-vessels',
        5,
        'Dynamic CTA with head rotation: no compression of the vertebral arteries. Normal flow.',
      ),
    ],
  },
  { min: { manip: 'contraindicated', czm: 'not-cleared' } },
  'report text alone does not lift CZM-ROTATION (s9, FS-7)',
  's9, FS-7',
);
ROT(
  'ROT4',
  'miss',
  'bow hunter: dynamic angiography 6 d ago shows right VA occlusion on left rotation; syncope on turning head',
  {
    sex: 'male',
    birth: '1960-01-01',
    f: {
      dizziness: on(30),
      'dizziness-on-head-rotation': yes(),
      syncope: on(12, 'fainted reversing the car'),
    },
    addImg: [
      st(
        'cta',
        'neck-vessels',
        6,
        'Dynamic CT angiography: with head rotated to the left, the right vertebral artery is occluded at the C1-C2 level; flow restored in neutral position.',
      ),
    ],
  },
  EMER,
  'syncope within 14 d -> emergency (and VA occlusion in a <=14 d report)',
  's4, s9',
);
ROT(
  'ROT5',
  'miss',
  'rotation positive, intake dizziness false (fainting feeling only on rotation)',
  { f: { 'dizziness-on-head-rotation': yes('visual greying on right rotation') } },
  { min: { manip: 'contraindicated', czm: 'not-cleared' } },
  'MANIP-ROTATION and CZM-ROTATION apply',
  's9',
);
ROT(
  'ROT6',
  'false-alarm',
  'FS-4 pair A: headache+dizziness patient, rotation test negative',
  { f: { headache: on(100), dizziness: on(100), 'dizziness-on-head-rotation': false } },
  {
    eq: {
      vas: 'moderate',
      manip: 'not-cleared',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
    },
  },
  'two triad, visual answered no: moderate; manip not-cleared (moderate), czm clear (all triad answered, no imaging narrowing possible? imaging on file is X-ray only)',
  's3, s5, FS-4',
);
ROT(
  'ROT7',
  'false-alarm',
  'FS-4 pair B: same, rotation test not done',
  { f: { headache: on(100), dizziness: on(100) } },
  {
    eq: {
      vas: 'moderate',
      manip: 'not-cleared',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
    },
    sameAs: 'ROT6',
  },
  'identical to ROT6 (FS-4)',
  'FS-4',
  "the round's sameAs ROT6 (FS-4: the same urgency, VAS, verdicts and missing lists) is a pair with ROT6's case (at least as cautious) and this vignette's exact VAS, verdicts and urgency: the missing lists are not compared",
);

// ---- M one item unanswered at a time (FS-2)
M(
  'M1',
  'miss',
  'otherwise benign neck-pain patient, "thyroid-disease" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['thyroid-disease'] },
  {
    eq: { manip: 'clear', bm: 'clear', ex: 'clear' },
    min: { czm: 'not-cleared' },
    missing: { czm: ['thyroid-disease'] },
  },
  'FS-2: unknown thyroid-disease -> czm not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M2',
  'miss',
  'otherwise benign neck-pain patient, "orthostatic-reactions" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['orthostatic-reactions'] },
  {
    eq: { manip: 'clear', bm: 'clear', ex: 'clear' },
    min: { czm: 'not-cleared' },
    missing: { czm: ['orthostatic-reactions'] },
  },
  'FS-2: unknown orthostatic-reactions -> czm not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);
M(
  'M3',
  'miss',
  'otherwise benign neck-pain patient, "brain-tumour" left unanswered on the intake',
  { f: { 'neck-pain': on(40) }, un: ['brain-tumour'] },
  {
    eq: { bm: 'clear', ex: 'clear' },
    min: { czm: 'not-cleared' },
    missing: { czm: ['brain-tumour'] },
  },
  'FS-2: unknown brain-tumour -> czm not-cleared listing it; modalities without it unaffected',
  'FS-2, s5 table',
);

export const ROUND_55_C: readonly Probe[] = probes;
