/** Reviewer probes, round 2 (part f): generated from the round's throw-away harness, deduplicated. */
import { one, S, texts, type Probe } from './probe-model';

export const ROUND_2_F: readonly Probe[] = [
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: ruled out later',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Uncovertebral arthrosis at C5-6, instability ruled out.',
        ),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis at C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: UA: resolved',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Uncovertebral arthrosis C5-6, muscle spasm has resolved.',
        ),
      ],
    },
    than: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: cord: no trailing',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [S('mri', 'cervical-spine', '2026-11-15', 'Cord compression at C5-6; no myelomalacia.')],
    },
    than: { add: [S('mri', 'cervical-spine', '2026-11-15', 'Cord compression at C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: cord: nor',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'Cord compression at C5-6 without myelomalacia or root compression.',
        ),
      ],
    },
    than: { add: [S('mri', 'cervical-spine', '2026-11-15', 'Cord compression at C5-6.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: VA narrowing + no trailing',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Left VA stenosis 60%, no plaques.')],
    },
    than: {
      findings: { headache: true, dizziness: true },
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Left VA stenosis 60%.')],
    },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: VA narrowing, right VA normal',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Right VA without stenosis, left VA stenosis 60%.',
        ),
      ],
    },
    than: {
      findings: { headache: true, dizziness: true },
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Left VA stenosis 60%.')],
    },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: VA narrowing, right normal after',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Left VA stenosis 60%; right VA without stenosis.',
        ),
      ],
    },
    than: {
      findings: { headache: true, dizziness: true },
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Left VA stenosis 60%.')],
    },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: VA narrowing, no haemodynamically significant',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'No haemodynamically significant stenosis; left VA narrowed.',
        ),
      ],
    },
    than: {
      findings: { headache: true, dizziness: true },
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Left VA narrowed.')],
    },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: thyroid + no',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [S('mri', 'cervical-spine', '2026-11-15', 'Thyroid nodule 10 mm, no lymphadenopathy.')],
    },
    than: { add: [S('mri', 'cervical-spine', '2026-11-15', 'Thyroid nodule 10 mm.')] },
    expect: {},
  }),
  one({
    round: 2,
    family: 'r2 p4.py',
    name: 'pair: malignancy + no',
    rule: 'FS-5/FS-7 added text never lowers caution',
    kind: 'pair',
    delta: {
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'No fracture. Metastatic lesion in C5, no cord compression.',
        ),
      ],
    },
    than: { add: [S('mri', 'cervical-spine', '2026-11-15', 'Metastatic lesion in C5.')] },
    expect: {},
  }),
  ...texts(
    {
      round: 2,
      family: 'r2 p5.py',
      rule: '§8 >180 onset unknown',
      study: ['mri', 'head', '2026-05-23'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Acute infarct in the left cerebellum.'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p5.py',
      rule: '§9 undated',
      study: ['mri', 'head', null],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Acute infarct in the left cerebellum.'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p5.py',
      rule: '§8 old acute -> unknown onset',
      study: ['mri', 'head', '2025-06-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Acute infarct in the left cerebellum.'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p5.py',
      rule: '§8 onset=report date (92d)',
      study: ['mri', 'head', '2026-08-20'],
      findings: { stroke: { present: true, onset: '2025-01-01' } },
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Acute infarct in the left cerebellum.'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p5.py',
      rule: '§8 most recent onset',
      study: ['mri', 'head', '2026-11-10'],
      findings: { stroke: { present: true, onset: '2025-01-01' } },
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Acute infarct in the left cerebellum.'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p5.py',
      rule: '§8 non-acute -> unknown onset',
      study: ['mri', 'head', '2025-06-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Old infarct in the left cerebellum.'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p5.py',
      rule: '§4 dissection onset unknown -> emergency',
      study: ['cta', 'neck-vessels', '2025-09-01'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'emergency' },
    },
    ['Left VA dissection.'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p5.py',
      rule: '§4 dissection old onset',
      study: ['cta', 'neck-vessels', '2025-09-01'],
      findings: { 'vertebral-artery-dissection': { present: true, onset: '2025-08-20' } },
      prefix: 'dissection entry onset 2025-08-20 + ',
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    },
    ['Left VA dissection.'],
  ),
];
