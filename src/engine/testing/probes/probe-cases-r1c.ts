/** Reviewer probes, round 1 (part c): generated from the round's throw-away harness, deduplicated. */
import { one, S, type Probe } from './probe-model';

export const ROUND_1_C: readonly Probe[] = [
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'read spine MRI (radiculopathy): Compression of the dural sac and the left C6 root.',
    rule: '§5 radiculopathy',
    delta: {
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Compression of the dural sac and the left C6 root.',
        ),
      ],
    },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'read spine MRI (infection): Epidural abscess at C4-C5.',
    rule: '§5 infection',
    delta: {
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Epidural abscess at C4-C5.',
        ),
      ],
    },
    expect: { bm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'read spine MRI (fracture): C2 fx.',
    rule: '§5 fracture',
    delta: { add: [S('mri', 'cervical-spine', '2026-11-15', 'Osteochondrosis C4-C6. C2 fx.')] },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'read spine MRI (malignancy): Mts in the C5 vertebral body.',
    rule: '§5 malignancy',
    delta: {
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Mts in the C5 vertebral body.',
        ),
      ],
    },
    expect: { czm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'read spine MRI (thyroid): Thyroid nodule in the right lobe, 15 mm.',
    rule: '§5 thyroid',
    delta: {
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Thyroid nodule in the right lobe, 15 mm.',
        ),
      ],
    },
    expect: { czm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'rotation test positive',
    rule: '§9 MANIP-ROTATION / CZM-ROTATION',
    delta: { findings: { 'dizziness-on-head-rotation': true } },
    expect: { manip: 'contraindicated', czm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'rotation + dynamic assessment normal',
    rule: '§9',
    delta: {
      findings: { 'dizziness-on-head-rotation': true, 'dynamic-vascular-assessment-normal': true },
    },
    expect: { manip: 'contraindicated' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'rotation present via imaging confirmed findings',
    rule: '§9/FS-3',
    delta: {
      add: [
        S('xray', 'cervical-spine', '2026-11-15', 'Normal.', {
          findings: ['dizziness-on-head-rotation'],
        }),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'diplopia onset 20d + recent-neck-massage',
    rule: '§4/§9 red flag with neck massage -> emergency',
    delta: {
      findings: { diplopia: { present: true, onset: '2026-10-31' }, 'recent-neck-massage': true },
    },
    expect: { ex: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'diplopia onset 20d + neck massage dated 25d',
    rule: '§4/§9',
    delta: {
      findings: {
        diplopia: { present: true, onset: '2026-10-31' },
        'recent-neck-massage': { present: true, onset: '2026-10-26' },
      },
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'diplopia onset 20d, neck events unknown',
    rule: '§4 urgent + FS-2 hold all',
    delta: {
      findings: {
        diplopia: { present: true, onset: '2026-10-31' },
        'recent-neck-trauma': undefined,
        'recent-cervical-manipulation': undefined,
        'recent-neck-massage': undefined,
      },
    },
    expect: { manip: 'not-cleared', ex: 'not-cleared', urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'diplopia onset unknown',
    rule: '§4 onset unknown -> emergency',
    delta: { findings: { diplopia: true } },
    expect: { ex: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'syncope unanswered (red flag unknown)',
    rule: '§5 all four: red-flag unknown -> not-cleared',
    delta: { findings: { syncope: undefined } },
    expect: { bm: 'not-cleared', ex: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'speech-disturbance onset 5d',
    rule: '§9 new red flag',
    delta: { findings: { 'speech-disturbance': { present: true, onset: '2026-11-15' } } },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'limb-weakness onset 100d',
    rule: '§4 long-standing -> urgent',
    delta: { findings: { 'limb-weakness': { present: true, onset: '2026-08-12' } } },
    expect: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'worsening-neurology present',
    rule: '§4 urgent',
    delta: { findings: { 'worsening-neurology': true } },
    expect: { bm: 'not-cleared', urg: 'urgent' },
  }),
];
