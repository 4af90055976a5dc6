/**
 * Reviewer probes, round 4: the cases the round checked by hand (its c/verify, c/tia,
 * c/tia2 folders, written without a harness expectation) and the two findings of its
 * monotonicity sweeps (mono.py, mono2.py: an answer going from unknown to present must not
 * lower any output), written here as probes with lower bounds from the rules.
 */
import { one, S, texts, type Probe } from './probe-model';

const FAM = 'r4 by hand';
const LOGGED_MANIP = [
  { date: '2026-11-10', modality: 'cervical-manipulation', course: 1 },
] as const;
const ASSOCIATED_NO = {
  'gait-instability': false,
  nausea: false,
  vomiting: false,
  sweating: false,
  tachycardia: false,
  arrhythmia: false,
  'dizziness-on-head-rotation': false,
};
const E = {
  urg: 'emergency',
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'contraindicated',
  ex: 'contraindicated',
} as const;

export const ROUND_4_EXTRA: readonly Probe[] = [
  // c/verify: a request without its full stop runs into the next sentence.
  one({
    round: 4,
    family: FAM,
    name: 'pair: missing full stop after a request: Indication: ? dissection Dilated aortic root.',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-11-15', 'Indication: ? dissection Dilated aortic root.'),
      ],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Indication: ? dissection')] },
    expect: {},
  }),
  one({
    round: 4,
    family: FAM,
    name: 'pair: missing full stop after a question: Clinical question: stroke? Osteochondrossis C5-C6.',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [S('mri', 'head', '2026-11-15', 'Clinical question: stroke? Osteochondrossis C5-C6.')],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Clinical question: stroke?')] },
    expect: {},
  }),
  ...texts(
    {
      round: 4,
      family: FAM,
      rule: 'FS-5 negation after a term (b3cee2e)',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    [
      'Uncovertebral arthrosis C5/6',
      'Uncovertebral arthrosis C5/6 Fracture is not seen.',
      'Uncovertebral arthrosis at C5-C6 Dissection: none.',
    ],
  ),
  // c/tia: a TIA read in a report 30 days old (within 180 days or onset unknown).
  ...texts(
    {
      round: 4,
      family: FAM,
      rule: '§5 TIA within 180 days, §8 dating',
      study: ['mri', 'head', '2026-10-21'],
      expect: { manip: 'contraindicated' },
    },
    [
      'Recent TIA.',
      'Recent transient ischaemic attack.',
      'Fresh TIA in the vertebrobasilar territory.',
      'TIA 2 weeks ago.',
      'Acute TIA.',
    ],
  ),
  // c/tia2: an old TIA or stroke entry does not hide a new one the report dates (b3cee2e).
  ...texts(
    {
      round: 4,
      family: FAM,
      rule: '§8 most recent onset (old TIA entry)',
      study: ['mri', 'head', '2026-11-15'],
      findings: { tia: { present: true, onset: '2020-01-01' } },
      prefix: 'TIA entry 2020 + ',
      expect: { manip: 'contraindicated' },
    },
    [
      'Recent TIA.',
      'Fresh TIA in the vertebrobasilar territory.',
      'Recent transient ischaemic attack.',
      'Acute TIA.',
    ],
  ),
  ...texts(
    {
      round: 4,
      family: FAM,
      rule: '§8 most recent onset, §9 acute imaging (old TIA entry)',
      study: ['mri', 'head', '2026-11-15'],
      findings: { tia: { present: true, onset: '2020-01-01' } },
      prefix: 'TIA entry 2020 + ',
      expect: E,
    },
    ['Recent infarct in the pons.', 'Acute infarct in the pons.', 'Acute ischaemic stroke.'],
  ),
  ...texts(
    {
      round: 4,
      family: FAM,
      rule: '§8 most recent onset (old stroke entry)',
      study: ['mri', 'head', '2026-11-15'],
      findings: { stroke: { present: true, onset: '2020-01-01' } },
      prefix: 'stroke entry 2020 + ',
      expect: { manip: 'contraindicated' },
    },
    [
      'Recent TIA.',
      'Fresh TIA in the vertebrobasilar territory.',
      'Recent transient ischaemic attack.',
      'Acute TIA.',
    ],
  ),
  ...texts(
    {
      round: 4,
      family: FAM,
      rule: '§8 most recent onset, §9 acute imaging (old stroke entry)',
      study: ['mri', 'head', '2026-11-15'],
      findings: { stroke: { present: true, onset: '2020-01-01' } },
      prefix: 'stroke entry 2020 + ',
      expect: E,
    },
    ['Recent infarct in the pons.', 'Acute infarct in the pons.', 'Acute ischaemic stroke.'],
  ),
  // mono.py / mono2.py: unknown -> present must not lower an output (FS-5).
  one({
    round: 4,
    family: FAM,
    name: 'monotone: new-unusual-headache unknown -> present (undated), manipulation logged 10 days ago',
    rule: 'FS-5; §9 dissection prodrome',
    kind: 'pair',
    delta: { findings: { 'new-unusual-headache': true }, sessions: [...LOGGED_MANIP] },
    than: { findings: { 'new-unusual-headache': undefined }, sessions: [...LOGGED_MANIP] },
    expect: { urg: 'urgent' },
  }),
  one({
    round: 4,
    family: FAM,
    name: 'monotone: headache unknown -> present (one triad feature), associated signs answered no',
    rule: 'FS-5; §3 suspicion, §5 manipulation',
    kind: 'pair',
    delta: { findings: { ...ASSOCIATED_NO, headache: true } },
    than: { findings: { ...ASSOCIATED_NO, headache: undefined } },
    expect: {},
  }),
];
