/** Reviewer probes, round 2 (part e): generated from the round's throw-away harness, deduplicated. */
import { one, S, type Probe } from './probe-model';

export const ROUND_2_E: readonly Probe[] = [
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: no restricted diffusion elsewhere',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Acute infarct in the left cerebellum. No restricted diffusion elsewhere.',
        ),
      ],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: uncertain trailing',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Acute infarct in the left cerebellum. Tumour is not excluded.',
        ),
      ],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: question mark later',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum. Dissection?')],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: add no change',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'No change since 2024. Uncovertebral arthrosis C5-6.',
        ),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: add normal lordosis',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Lordosis preserved, uncovertebral arthrosis C5-6.',
        ),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: add unremarkable',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Otherwise unremarkable. Uncovertebral arthrosis C5-6.',
        ),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: normal then',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [S('xray', 'cervical-spine', '2026-11-15', 'Normal: uncovertebral arthrosis C5-6.')],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: bullet negated before',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Findings: no fracture,\nuncovertebral arthrosis C5-6.',
        ),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: trailing free of',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6 free of fracture.'),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: except',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'No abnormality except uncovertebral arthrosis C5-6.',
        ),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: is excluded later',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Uncovertebral arthrosis C5-6; fracture is excluded.',
        ),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: and no',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Uncovertebral arthrosis C5-6 and no instability.',
        ),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: not seen trailing',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Uncovertebral arthrosis C5-6, instability not seen.',
        ),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: absent trailing after comma',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6, fracture absent.'),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
];
