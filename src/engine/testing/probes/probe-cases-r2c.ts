/** Reviewer probes, round 2 (part c): generated from the round's throw-away harness, deduplicated. */
import { one, S, texts, type Probe } from './probe-model';

export const ROUND_2_C: readonly Probe[] = [
  ...texts(
    {
      round: 2,
      family: 'r2 p3.py',
      rule: 'ART manip VA atherosclerosis',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    [
      'IMT thickened in the vertebral arteries.',
      'Intima-media complex thickened to 1.2 mm in the VA.',
      'Atheromatous changes in the left VA.',
      'Left VA: calcified plaque at origin.',
      'Calcification of the left VA wall.',
      'Calcified left VA.',
      'Signs of atherosclerosis of the vertebral arteries.',
      'Stenosing atherosclerosis of the VA.',
      'Atherosclerosis\nof the left VA.',
    ],
  ),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: add no-acute sentence before',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'No acute haemorrhage. Acute infarct in the left cerebellum.',
        ),
      ],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: add comparison',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Acute infarct in the left cerebellum. Compared with the prior study of 2024, old lacunes unchanged.',
        ),
      ],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: add clinical question',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Clinical question: stroke? Acute infarct in the left cerebellum.',
        ),
      ],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: add clinical info line',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Clinical information: dizziness, rule out stroke.\nAcute infarct in the left cerebellum.',
        ),
      ],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: indication w/o colon',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Indication dizziness. Findings: Acute infarct in the left cerebellum.',
        ),
      ],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: history line',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'History: old infarct.\nAcute infarct in the left cerebellum.',
        ),
      ],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: add hedge after',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Acute infarct in the left cerebellum. Differential includes tumour.',
        ),
      ],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: request then finding same sentence',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [S('cta', 'neck-vessels', '2026-11-15', 'Evaluate for dissection; left VA occlusion.')],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA occlusion.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: request RO then finding',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: { add: [S('cta', 'neck-vessels', '2026-11-15', 'R/O dissection. Left VA dissection.')] },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: clinical q then finding same line',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'Clinical question: dissection? Findings: dissection of the left VA.',
        ),
      ],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: indication colon newline',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Indication:\nLeft VA dissection.')] },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: indication heading findings',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'INDICATION: neck pain after manipulation.\nFINDINGS: Left VA dissection.',
        ),
      ],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: reason for exam line then findings',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [S('cta', 'neck-vessels', '2026-11-15', 'Reason for exam: vertigo\nLeft VA occlusion.')],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA occlusion.')] },
    expect: {},
  }),
];
