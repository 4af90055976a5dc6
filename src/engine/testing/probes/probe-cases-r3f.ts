/** Reviewer probes, round 3 (part f): generated from the round's throw-away harness, deduplicated. */
import { one, S, texts, type Probe } from './probe-model';

export const ROUND_3_F: readonly Probe[] = [
  ...texts(
    {
      round: 3,
      family: 'r3 c1.py',
      rule: '§5/§9 reading',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'caution' },
    },
    ["Bow hunter's syndrome."],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 c1.py',
      rule: '§5/§9 reading',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'Acute cerebral circulation disorder in the vertebrobasilar basin.',
      'Acute violation of cerebral circulation by ischemic type.',
      'Cerebellar infarct of recent onset.',
      'Bright on DWI, dark on ADC.',
      'Diffusion-weighted hyperintensity in the pons.',
    ],
  ),
  one({
    round: 3,
    family: 'r3 c1.py',
    name: 'POCI.',
    rule: '§5/§9 reading',
    delta: { add: [S('mri', 'head', '2026-11-15', 'POCI.')] },
    expect: { manip: 'contraindicated', czm: 'contraindicated' },
    note: "c1.py's expectation test 'POCI' != t missed the full stop: meant the stroke expectation, as for LACI",
  }),
  ...texts(
    {
      round: 3,
      family: 'r3 c1.py',
      rule: '§5/§9 reading',
      study: ['mri', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['LACI in the pons.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 c1.py',
      rule: 'TIA',
      study: ['mri', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    ['Transient disturbance of cerebral circulation.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 c1.py',
      rule: 'no over-reading',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Dissection: no.',
      'Dissection: negative.',
      'Occlusion: negative.',
      'Thrombus: none.',
      'Intimal flap: none.',
      'Plaque: none.',
      'Atherosclerosis: none.',
      'Stenosis: nil.',
      'Vertebral artery stenosis: none.',
      'Stenosis/occlusion: none',
      'The left VA is not visualised in its V4 segment due to artefact.',
      'Vertebral arteries:\n- stenosis: none\n- occlusion: none\n- dissection: none',
    ],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 c1.py',
      rule: 'no over-reading',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'Acute infarct: none.',
      'Haemorrhage: nil.',
      'Tumour: none.',
      'Acute infarct - no.',
      'Restricted diffusion: none.',
      'Infarct: no.',
    ],
  ),
  one({
    round: 3,
    family: 'r3 c1.py',
    name: 'Infarct, non-acute.',
    rule: 'no over-reading',
    delta: { add: [S('mri', 'head', '2026-11-15', 'Infarct, non-acute.')] },
    expect: { manip: 'contraindicated', czm: 'contraindicated' },
    note: 'c1.py listed it as a false alarm; a non-acute infarct is a stroke of unknown onset: contraindicated (sections 5, 8)',
  }),
  ...texts(
    {
      round: 3,
      family: 'r3 c1.py',
      rule: 'no over-reading',
      kind: 'clear',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    [
      'Root compression: none.',
      'Cord compression: no.',
      'Myelopathy: none.',
      'Mass effect on the cord: none.',
    ],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 c1.py',
      rule: 'no over-reading',
      kind: 'clear',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: {},
    },
    ['Uncovertebral arthrosis: none.', 'Osteoporosis: no.', 'Fracture: none.'],
  ),
];
