/**
 * Reviewer probes, round 55 (/tmp/probe55/head.md: 212 whole case files written from the brief,
 * against 0b3b244), part g (20 vignettes, X3 to H19).
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
import { ago, med, on, ses, st, vignettesInto } from './probe-r55-lib';

const probes: Probe[] = [];
const X = vignettesInto(probes, 'X file level (FS-8)');
const H = vignettesInto(
  probes,
  'H boundaries, logged sessions, per-modality courses, report negation (s5, s8, s9, FS-7)',
);

// ---- X file level (FS-8)
X(
  'X3',
  'miss',
  'X-ray report in Japanese only',
  { img: [st('xray', 'cervical-spine', 20, '頸椎のレントゲン写真。C5-C6に変形性変化あり。')] },
  { warn: ['report-not-read'] },
  'not machine-read -> report-not-read warning (FS-8)',
  'FS-8',
);

// ---- H boundaries, logged sessions, per-modality courses, report negation (s5, s8, s9, FS-7)
H(
  'H1',
  'false-alarm',
  'new unusual headache 10 d ago; collar-zone massage logged 3 d ago (after onset)',
  {
    f: { headache: on(10), 'new-unusual-headache': on(10) },
    sessions: [ses(3, 1, 'collar-zone-massage')],
  },
  { eq: { urg: 'urgent' } },
  'treatment after the onset is not in the 14 days before it -> urgent, not emergency',
  's9 prodrome',
);
H(
  'H2',
  'false-alarm',
  'new unusual headache 4 d ago; back massage (not neck) logged 6 d ago',
  { f: { 'new-unusual-headache': on(4) }, sessions: [ses(6, 1, 'back-massage')] },
  { eq: { urg: 'urgent' } },
  'back massage is not a neck treatment the prodrome rule names -> urgent',
  's9 prodrome',
);
H(
  'H3',
  'miss',
  'diplopia logged in newSymptoms of a collar-zone massage 5 d ago',
  {
    sessions: [
      ses(9, 1, 'collar-zone-massage'),
      ses(5, 1, 'collar-zone-massage', { newSymptoms: ['diplopia'] }),
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
  'red flag logged after session, onset = session date <=14 d -> emergency; stop',
  's8',
);
H(
  'H4',
  'false-alarm',
  'numbness onset 30 d ago; a cervical manipulation logged 10 d ago (logged sessions do not join "together with")',
  {
    f: { numbness: on(30, 'left hand, before the treatment') },
    sessions: [ses(10, 1, 'cervical-manipulation')],
  },
  { eq: { urg: 'urgent' } },
  'older red flag, logged session does not join the together-with rule -> urgent',
  's9, s8',
);
H(
  'H5',
  'false-alarm',
  'headache logged after a BACK massage 6 d ago',
  {
    sessions: [ses(9, 1, 'back-massage'), ses(6, 1, 'back-massage', { newSymptoms: ['headache'] })],
  },
  { eq: { course: 'stop' }, max: { urg: 'none' }, triad: ['headache'] },
  'stop; not a neck massage -> no urgency from the after-massage rule',
  's8, s9',
);
H(
  'H6',
  'false-alarm',
  'dizziness 5 rated at the FIRST session of a course, intake dizziness no',
  {
    sessions: [
      ses(8, 1, 'collar-zone-massage', { dizziness: 5 }),
      ses(6, 1, 'collar-zone-massage', { dizziness: 5 }),
    ],
  },
  { max: { course: 'expected', urg: 'none' } },
  'ratings at the first session change no finding; 5 then 5 is neither new nor rising',
  's8',
);
H(
  'H7',
  'miss',
  'course 2 of collar massage: dizziness 0 then 3 (course 1 had 2s)',
  {
    sessions: [
      ses(60, 1, 'collar-zone-massage', { dizziness: 2 }),
      ses(58, 1, 'collar-zone-massage', { dizziness: 2 }),
      ses(10, 2, 'collar-zone-massage'),
      ses(8, 2, 'collar-zone-massage', { dizziness: 3 }),
    ],
  },
  { eq: { course: 'stop' }, min: { czm: 'not-cleared', urg: 'urgent' } },
  'new rating within course 2 -> stop; newly after neck massage -> urgent',
  's8, s9',
);
H(
  'H8',
  'miss',
  'missing rating counts as 0: dizziness omitted at sessions 1-2, 3 at session 3 (collar)',
  {
    sessions: [
      {
        date: ago(12),
        course: 1,
        modality: 'collar-zone-massage',
        painBefore: 5,
        painAfter: 4,
        headache: 0,
        painHours: 12,
        rednessHours: 2,
        swelling: false,
        painWorseWithMovement: false,
        analgesicsIneffective: false,
        newSymptoms: [],
      },
      {
        date: ago(10),
        course: 1,
        modality: 'collar-zone-massage',
        painBefore: 5,
        painAfter: 4,
        headache: 0,
        painHours: 12,
        rednessHours: 2,
        swelling: false,
        painWorseWithMovement: false,
        analgesicsIneffective: false,
        newSymptoms: [],
      },
      ses(8, 1, 'collar-zone-massage', { dizziness: 3 }),
    ],
  },
  { eq: { course: 'stop' }, min: { urg: 'urgent', czm: 'not-cleared' } },
  'missing = 0 -> new rating -> stop; urgent',
  's8',
);
H(
  'H9',
  'miss',
  'collar massage course 1 stopped (swelling); back massage course 2 later',
  {
    sessions: [
      ses(30, 1, 'collar-zone-massage'),
      ses(28, 1, 'collar-zone-massage', { swelling: true }),
      ses(10, 2, 'back-massage'),
      ses(8, 2, 'back-massage'),
    ],
  },
  { eq: { course: 'stop', czm: 'not-cleared' } },
  'courses per modality: czm latest course still 1 (stop) -> hold; status stop',
  's5, s8',
);
H(
  'H10',
  'miss',
  'ibuprofen 3 days then paracetamol 3 days back to back (6 days of analgesic tablets)',
  {
    sessions: [
      ses(14, 1, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'back-massage'),
      ses(10, 1, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ses(8, 1, 'back-massage', { painBefore: 3, painAfter: 2 }),
    ],
    meds: [med('ibuprofen 400 mg', 12, 10), med('paracetamol 500 mg', 9, 7)],
  },
  { min: { course: 'concerning' } },
  'analgesic tablets taken for more than 4 days (6 in total) -> concerning (reading: total days)',
  's6',
);
H(
  'H11',
  'miss',
  'Voltaren tablets started 10 d ago, no end date (ongoing)',
  {
    sessions: [
      ses(14, 1, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'back-massage'),
      ses(10, 1, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ses(8, 1, 'back-massage', { painBefore: 3, painAfter: 2 }),
    ],
    meds: [med('Voltaren 50', 10)],
  },
  { min: { course: 'concerning' } },
  'ongoing analgesic >4 days -> concerning',
  's6',
);
H(
  'H12',
  'false-alarm',
  'Voltaren GEL on the neck 10 days (not a tablet)',
  {
    sessions: [
      ses(14, 1, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'back-massage'),
      ses(10, 1, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ses(8, 1, 'back-massage', { painBefore: 3, painAfter: 2 }),
    ],
    meds: [{ name: 'Voltaren Emulgel', form: 'gel', start: ago(10) }],
  },
  { max: { course: 'expected' } },
  'only tablets count -> expected',
  's6',
);
H(
  'H13',
  'miss',
  'co-codamol 7 days',
  {
    sessions: [
      ses(14, 1, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'back-massage'),
      ses(10, 1, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ses(8, 1, 'back-massage', { painBefore: 3, painAfter: 2 }),
    ],
    meds: [med('co-codamol 30/500', 10, 3)],
  },
  { min: { course: 'concerning' } },
  'codeine combination >4 d',
  's6',
);
H(
  'H14',
  'miss',
  'Movalis 8 days',
  {
    sessions: [
      ses(14, 1, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'back-massage'),
      ses(10, 1, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ses(8, 1, 'back-massage', { painBefore: 3, painAfter: 2 }),
    ],
    meds: [med('Movalis 15 mg', 11, 3)],
  },
  { min: { course: 'concerning' } },
  'meloxicam brand >4 d',
  's6',
);
H(
  'H15',
  'miss',
  'Analgin 5 days',
  {
    sessions: [
      ses(14, 1, 'back-massage', { painBefore: 6, painAfter: 5 }),
      ses(12, 1, 'back-massage'),
      ses(10, 1, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ses(8, 1, 'back-massage', { painBefore: 3, painAfter: 2 }),
    ],
    meds: [med('Analgin', 9, 4)],
  },
  { min: { course: 'concerning' } },
  'metamizole brand 5 d (>4) -> concerning',
  's6',
);
H(
  'H16',
  'miss',
  'pain rising by 2 between sessions 3 and 4 (3 -> 5)',
  {
    sessions: [
      ses(14, 1, 'back-massage', { painBefore: 6, painAfter: 6 }),
      ses(12, 1, 'back-massage', { painBefore: 4 }),
      ses(10, 1, 'back-massage', { painBefore: 3, painAfter: 3 }),
      ses(8, 1, 'back-massage', { painAfter: 5 }),
    ],
  },
  { min: { course: 'concerning' } },
  'rising by 2 after the 2nd -> concerning',
  's6',
);
H(
  'H17',
  'miss',
  'painWorseWithMovement after session 2',
  {
    sessions: [
      ses(10, 1, 'back-massage'),
      ses(8, 1, 'back-massage', { painWorseWithMovement: true }),
    ],
  },
  { eq: { course: 'stop' }, min: { bm: 'not-cleared' } },
  'stop',
  's6',
);
H(
  'H18',
  'miss',
  'analgesicsIneffective after session 2 (collar)',
  {
    sessions: [
      ses(10, 1, 'collar-zone-massage'),
      ses(8, 1, 'collar-zone-massage', { analgesicsIneffective: true }),
    ],
  },
  { eq: { course: 'stop' }, min: { czm: 'not-cleared' } },
  'stop',
  's6',
);
H(
  'H19',
  'miss',
  'stroke entered 300 d ago; MRI 30 d ago reads acute infarct',
  {
    f: { stroke: on(300) },
    addImg: [
      st('mri', 'head', 30, 'MRI brain: acute infarct in the right cerebellar hemisphere on DWI.'),
    ],
  },
  { min: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' } },
  'most recent onset counts (report date 30 d) -> stroke recent; acute reading 15-180 d -> urgent',
  's5, s8, s9',
);

export const ROUND_55_G: readonly Probe[] = probes;
