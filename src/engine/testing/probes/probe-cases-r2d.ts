/** Reviewer probes, round 2 (part d): generated from the round's throw-away harness, deduplicated. */
import { one, S, type Probe } from './probe-model';

export const ROUND_2_D: readonly Probe[] = [
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: reason for exam no newline',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [S('cta', 'neck-vessels', '2026-11-15', 'Reason for exam: vertigo. Left VA occlusion.')],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA occlusion.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: request with colon, findings after semicolon',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [S('cta', 'neck-vessels', '2026-11-15', 'Query: dissection; left VA occlusion.')],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA occlusion.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: no change prefix',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: { add: [S('cta', 'neck-vessels', '2026-11-15', 'No change: left VA occlusion.')] },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA occlusion.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: stable suffix',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA occlusion, stable.')] },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA occlusion.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: no interval change',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [S('cta', 'neck-vessels', '2026-11-15', 'No interval change in the left VA occlusion.')],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA occlusion.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: known occlusion',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Known left VA occlusion.')] },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA occlusion.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: previously described',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-11-15', 'Previously described left VA occlusion persists.'),
      ],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA occlusion.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: not significantly changed',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection, not significantly changed.'),
      ],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: no longer',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'Left VA dissection. Pseudoaneurysm no longer seen.',
        ),
      ],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: resolved other',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'Haematoma has resolved; left VA dissection persists.',
        ),
      ],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: no other',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection; no other abnormality.')],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: normal carotids before',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Carotids normal. Left VA occlusion.')] },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA occlusion.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: without evidence of',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'Without evidence of stenosis elsewhere, left VA dissection.',
        ),
      ],
    },
    than: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: chronic before acute',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Chronic infarct in the right thalamus; Acute infarct in the left cerebellum.',
        ),
      ],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: old and acute same sentence',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Old right thalamic lacune and acute infarct in the left cerebellum.',
        ),
      ],
    },
    than: { add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')] },
    expect: {},
  }),
];
