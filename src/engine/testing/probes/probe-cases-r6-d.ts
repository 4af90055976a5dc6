/** Reviewer probes, round 6 (part d): from the round's harness (p1.py-p4.py), deduplicated. */
import { one, S, texts, type Probe } from './probe-model';

export const ROUND_6_D: readonly Probe[] = [
  ...texts(
    {
      round: 6,
      family: 'r6 p4.py FA',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): correct reading of a normal statement (entries all no) (FS-7; §5)',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'No worsening or new dissection.',
      'No evidence of progression or dissection.',
      'No progression to occlusion.',
      'No progression to dissection.',
      'No change into occlusion.',
      'No stenosis (or dissection).',
      'No stenosis (<50 %) or dissection.',
      'No stenosis (NASCET) or dissection.',
      'No stenosis or occlusion (V1-V4) or dissection.',
      'Dissection: no (left), no (right).',
    ],
  ),
  ...texts(
    {
      round: 6,
      family: 'r6 p4.py FA',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): correct reading of a normal statement (entries all no) (FS-7; §5)',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['Occlusion: no, flow present on both sides.'],
  ),
  ...texts(
    {
      round: 6,
      family: 'r6 p4.py FA',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): correct reading of a normal statement (entries all no) (FS-7; §5)',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    ['Dissection: none, flow present in both VAs.', 'Dissection: no (yes - tortuosity).'],
  ),
  ...texts(
    {
      round: 6,
      family: 'r6 p4.py FA',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): correct reading of a normal statement (entries all no) (FS-7; §5)',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Stenosis: none (0 %), flow 100 % antegrade.',
      'Stenosis: none, vessels patent 100 %.',
      'Stenosis 0 %, resistance index 0.65 (normal), flow 15 % higher on the right.',
      'Left VA stenosis: 0 %, right VA stenosis: 0 %, VA diameter difference 25 %.',
      'Stenosis: no, positive flow on rotation test: no.',
      'Left VA stenosis 0.0 %.',
    ],
  ),
  ...texts(
    {
      round: 6,
      family: 'r6 p4.py FA',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): correct reading of a normal statement (entries all no) (FS-7; §5)',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Signs of dissection of the left VA are not revealed.',
      'Data for dissection were not obtained.',
      'MR signs of left VA dissection are not determined.',
    ],
  ),
  ...texts(
    {
      round: 6,
      family: 'r6 p4.py FA',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): correct reading of a normal statement (entries all no) (FS-7; §5)',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'Zone of diffusion restriction is not revealed.',
      'Diffusion restriction zones were not revealed.',
    ],
  ),
  ...texts(
    {
      round: 6,
      family: 'r6 p4.py FA',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): correct reading of a normal statement (entries all no) (FS-7; §5)',
      kind: 'clear',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'Signs of osteochondrosis. Uncovertebral arthrosis is not revealed.',
      'X-ray signs of uncovertebral arthrosis are not determined.',
    ],
  ),
  ...texts(
    {
      round: 6,
      family: 'r6 p4.py FA',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): correct reading of a normal statement (entries all no) (FS-7; §5)',
      kind: 'clear',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Hemodynamically significant stenoses are not revealed.',
      'Left VA is not normal in diameter but within the range of variation.',
    ],
  ),
  one({
    round: 6,
    family: 'r6 p4.py FA',
    name: 'Osteomyelitis of the mandible. Cervical spine otherwise normal.',
    rule: 'correct reading of a normal statement (entries all no) (FS-7; §5)',
    delta: {
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'Osteomyelitis of the mandible. Cervical spine otherwise normal.',
        ),
      ],
    },
    expect: {},
    note: "p4.py false-alarm check, no bound here: REPORT.md false alarm (spondylodiscitis read from an osteomyelitis of the mandible), but a mandibular osteomyelitis is an infection, so a 'clear' probe would assert too little caution; the spondylodiscitis is the mis-aimed part",
  }),
  one({
    round: 6,
    family: 'r6 p4.py FA',
    name: 'Left VA sacrificed (coil occlusion) in 2023, unchanged.',
    rule: 'correct reading of a normal statement (entries all no) (FS-7; §5)',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'Left VA sacrificed (coil occlusion) in 2023, unchanged.',
        ),
      ],
    },
    expect: {},
    note: "p4.py false-alarm check, no bound: REPORT.md calls the emergency arguable (an occluded, coiled VA in a new report); a VA occlusion is at least a narrowing, so not a 'clear' probe",
  }),
  one({
    round: 6,
    family: 'r6 p4.py FA',
    name: 'Complete resolution of the previously seen left VA dissection.',
    rule: 'correct reading of a normal statement (entries all no) (FS-7; §5)',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'Complete resolution of the previously seen left VA dissection.',
        ),
      ],
    },
    expect: {},
    note: "p4.py false-alarm check, no bound: REPORT.md calls the emergency arguable (a resolved dissection stays on record, and §5 contraindicates a dissection at any time), so not a 'clear' probe",
  }),
  ...texts(
    {
      round: 6,
      family: 'r6 p4.py FA',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): correct reading of a normal statement (entries all no) (FS-7; §5)',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    ['No new infarct. Acute infarct excluded.', 'Query acute infarct: no acute infarct.'],
  ),
  one({
    round: 6,
    family: 'r6 p4.py FA',
    name: 'Left VA dissection is unlikely.',
    rule: 'correct reading of a normal statement (entries all no) (FS-7; §5)',
    delta: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection is unlikely.')] },
    expect: {},
    note: "p4.py false-alarm check, no bound: the emergency REPORT.md counts as a false alarm is more than needed, but 'unlikely' is a hedge and FS-7 reads uncertain as unknown (all four not-cleared), so a 'clear' probe would assert too little caution",
  }),
  ...texts(
    {
      round: 6,
      family: 'r6 p4.py FA',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): correct reading of a normal statement (entries all no) (FS-7; §5)',
      kind: 'clear',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    ['No uncovertebral arthrosis; should it be excluded on MRI, none is seen.'],
  ),
  one({
    round: 6,
    family: 'r6 p4.py FA',
    name: 'medication "Lioton 1000 gel (heparin sodium), topical"',
    rule: 'false-alarm check (upper bound: manip <= clear): topical heparin gel is not systemic anticoagulation (§5 precautions (IF: anticoagulant therapy))',
    kind: 'clear',
    delta: {
      medications: [{ name: 'Lioton 1000 gel (heparin sodium)', form: 'gel', start: '2026-11-01' }],
    },
    expect: {},
  }),
  one({
    round: 6,
    family: 'r6 p4.py FA',
    name: 'medication "Heparin flush 10 IU/ml (line lock)"',
    rule: 'false-alarm check (upper bound: manip <= clear): catheter flush is not anticoagulant therapy (§5)',
    kind: 'clear',
    delta: {
      medications: [{ name: 'Heparin flush 10 IU/ml', form: 'injection', start: '2026-11-01' }],
    },
    expect: {},
  }),
  one({
    round: 6,
    family: 'r6 p4.py FA',
    name: 'medication "Heparinoid cream (Hirudoid)"',
    rule: 'false-alarm check (upper bound: manip <= clear): topical heparinoid (§5)',
    kind: 'clear',
    delta: {
      medications: [{ name: 'Heparinoid cream (Hirudoid)', form: 'cream', start: '2026-11-01' }],
    },
    expect: {},
  }),
  one({
    round: 6,
    family: 'r6 p4.py FA',
    name: 'medication "Warfarin" planned start 2026-12-01 (after assessedOn)',
    rule: 'not yet taken (judgement) (§5)',
    delta: { medications: [{ name: 'Warfarin', form: 'tablet', start: '2026-12-01' }] },
    expect: {},
    note: 'p4.py check (upper bound manipulation <= caution, held): warfarin planned after assessedOn; a caution is acceptable (REPORT.md), no lower bound',
  }),
  one({
    round: 6,
    family: 'r6 p4.py FA',
    name: 'spondylodiscitis rejected by the clinician (rejectedFindings)',
    rule: 'false-alarm check (upper bound: bm <= clear, czm <= clear): a rejected reading is removed (and what it implied) (FS-7 (rejection))',
    kind: 'clear',
    delta: {
      add: [
        S('mri', 'cervical-spine', '2026-11-15', 'Spondylodiscitis C5-C6.', {
          rejectedFindings: ['spondylodiscitis'],
        }),
      ],
    },
    expect: {},
  }),
];
