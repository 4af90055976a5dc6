/** Reviewer probes, round 4 (part b): generated from the round's throw-away harness, deduplicated. */
import { one, S, type Probe } from './probe-model';

export const ROUND_4_B: readonly Probe[] = [
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'old stroke entry + acute infarct 5d',
    rule: '§8 most recent',
    delta: {
      findings: { stroke: { present: true, onset: '2024-01-01' } },
      add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellar hemisphere.')],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'old stroke entry + acute infarct 100d',
    rule: '§8 most recent',
    delta: {
      findings: { stroke: { present: true, onset: '2024-01-01' } },
      add: [S('mri', 'head', '2026-08-12', 'Fresh infarct in the left cerebellar hemisphere.')],
    },
    expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'old stroke entry + old infarct text 5d',
    rule: '§8 entered onset dates it',
    delta: {
      findings: { stroke: { present: true, onset: '2024-01-01' } },
      add: [S('mri', 'head', '2026-11-15', 'Old infarct in the left cerebellar hemisphere.')],
    },
    expect: { manip: 'caution', czm: 'caution' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'two studies old acute + recent subacute',
    rule: '§8',
    delta: {
      add: [
        S('mri', 'head', '2025-01-01', 'Acute infarct, left PICA.'),
        S('mri', 'head', '2026-11-10', 'Subacute infarct, left PICA territory.'),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'two studies recent subacute first, old acute second',
    rule: '§8',
    delta: {
      add: [
        S('mri', 'head', '2026-11-10', 'Subacute infarct, left PICA territory.'),
        S('mri', 'head', '2025-01-01', 'Acute infarct, left PICA.'),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'acute infarct 20d + older 5d normal',
    rule: '§9 15-180d urgent',
    delta: {
      add: [
        S('mri', 'head', '2026-10-31', 'Acute infarct in the pons.'),
        S('mri', 'head', '2026-11-15', 'No acute infarct.'),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'no acute infarct; old infarct (5d report)',
    rule: '§5 onset unknown',
    delta: {
      findings: { stroke: undefined },
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'No acute infarct. Old lacunar infarct in the right basal ganglia.',
        ),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'contraindicated' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'stroke entry false + old infarct read',
    rule: 'FS-3 onset unknown',
    delta: { add: [S('mri', 'head', '2026-11-15', 'Chronic infarct in the left occipital lobe.')] },
    expect: { manip: 'contraindicated', czm: 'contraindicated', conflict: 'stroke' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'recent TIA in report 30d',
    rule: 'TIA §8',
    delta: { add: [S('mri', 'head', '2026-10-21', 'Clinical history of recent TIA. Normal MRI.')] },
    expect: { manip: 'contraindicated' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'TIA in old report 2020',
    rule: 'TIA onset unknown -> recent',
    delta: { add: [S('mri', 'head', '2020-01-01', 'Status post TIA.')] },
    expect: { manip: 'contraindicated' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'acute SDH 5d',
    rule: '§9 haemorrhage',
    delta: {
      add: [S('msct', 'head', '2026-11-15', 'Acute subdural haematoma over the left convexity.')],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'occlusion 10d',
    rule: '§9',
    delta: {
      add: [S('cta', 'neck-vessels', '2026-11-10', 'Occlusion of the left vertebral artery.')],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'occlusion 20d',
    rule: '§9',
    delta: {
      add: [S('cta', 'neck-vessels', '2026-10-31', 'Occlusion of the left vertebral artery.')],
    },
    expect: { urg: 'urgent' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'occlusion undated',
    rule: '§9 undated?',
    delta: { add: [S('cta', 'neck-vessels', null, 'Occlusion of the left vertebral artery.')] },
    expect: { urg: 'urgent' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'dissection undated report',
    rule: '§4 onset unknown',
    delta: { add: [S('cta', 'neck-vessels', null, 'Dissection of the left vertebral artery.')] },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'dissection old report 2020',
    rule: '§4/§8 onset unknown',
    delta: {
      add: [S('cta', 'neck-vessels', '2020-01-01', 'Dissection of the left vertebral artery.')],
    },
    expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'emergency' },
  }),
];
