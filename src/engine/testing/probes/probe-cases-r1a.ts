/** Reviewer probes, round 1 (part a): generated from the round's throw-away harness, deduplicated. */
import { one, S, texts, type Probe } from './probe-model';

export const ROUND_1_A: readonly Probe[] = [
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 MANIP-UNCOVERTEBRAL, FS-3/FS-7',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      prefix: 'UCA phrase: ',
      expect: { manip: 'not-cleared' },
    },
    [
      'Osteochondrosis C4-C6. Arthrosis of Luschka joints at C5-C6.',
      'Osteochondrosis C4-C6. Unco-vertebral spondyloarthrosis C5-C6.',
      'Osteochondrosis C4-C6. Uncovertebral joints are hypertrophied at C5-6.',
      'Osteochondrosis C4-C6. Uncovertebral joints with osteophytes at C5-C6.',
      'No fracture, uncovertebral arthrosis.',
      'Without fracture and with uncovertebral arthrosis C5-C6.',
      'Uncovertebral arthrosis C5/6.',
      'It is impossible to exclude uncovertebral arthrosis.',
    ],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 MANIP-UNCOVERTEBRAL, FS-3/FS-7',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      prefix: 'UCA phrase: ',
      expect: { manip: 'contraindicated' },
    },
    ['Unkovertebral arthrosis C5-C6.'],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§9 acute imaging URG-ACUTE-IMAGING',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      prefix: 'VA occlusion phrase (doppler 5 days old): ',
      expect: { bm: 'contraindicated', ex: 'contraindicated', urg: 'emergency' },
    },
    [
      'The left VA could not be visualised.',
      'Flow in the right VA is not registered.',
      'No stenosis in V1 and occlusion in V2 on the left.',
      'Subocclusion of the left VA.',
      'No flow was detected in the left VA.',
      'Occlusion of the left VA.',
    ],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§9 acute imaging / §4 dissection',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      prefix: 'VA dissection phrase (CTA 5 days old): ',
      expect: { ex: 'contraindicated', urg: 'emergency' },
    },
    [
      'It is impossible to exclude dissection of the left VA.',
      'Dissection of the left VA cannot be excluded.',
      'Dissection of the left VA.',
    ],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§9 acute imaging; §5 stroke',
      study: ['mri', 'head', '2026-11-15'],
      prefix: 'acute stroke phrase (MRI head 5 days old): ',
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'Infarct in the subacute stage in the left cerebellar hemisphere.',
      'Cerebellar infarction in the acute phase.',
      'Cerebellar infarct (fresh).',
      'Ischemic stroke in the territory of the PICA, recent.',
      'ACVA of ischemic type in the vertebrobasilar territory.',
      'DWI: hyperintense focus in the right cerebellar hemisphere, low ADC.',
      'SAH in the basal cisterns.',
      'Acute infarct in the right cerebellar hemisphere.',
    ],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 stroke onset unknown = recent (§8)',
      study: ['mri', 'head', '2026-06-01'],
      prefix: 'old stroke phrase (MRI head): ',
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'Post-ischaemic cyst in the left occipital lobe.',
      'Area of encephalomalacia in the right occipital lobe after infarction.',
    ],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 CZM-BRAIN-TUMOUR',
      study: ['mri', 'head', '2026-11-15'],
      prefix: 'brain tumour phrase: ',
      expect: { czm: 'not-cleared' },
    },
    [
      'Pituitary adenoma 12 mm.',
      'Volumetric formation of the left cerebellopontine angle.',
      'Space-occupying formation in the posterior fossa.',
      'Mass in the left temporal lobe, 3 cm.',
      'Vestibular schwannoma on the right.',
    ],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 FR signs of VBI / confirmed-vas',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      prefix: 'VBI phrase in Doppler: ',
      expect: { manip: 'not-cleared', czm: 'not-cleared' },
    },
    [
      'Conclusion: signs of vertebrobasilar insufficiency.',
      'Conclusion: vertebral artery syndrome.',
    ],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§3 high (2 triad + narrowing) -> §5 CZM not-cleared, MANIP contraindicated',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      prefix: 'VA narrowing phrase + headache+dizziness: ',
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    [
      'Stenosis of the right ICA 30% and of the left VA 60%.',
      'Without plaques and with stenosis of 60% of the left VA.',
      'Decrease of blood flow velocity in the left VA.',
      'Signs of extravasal influence on the left VA in the V2 segment.',
      'Reverse flow in the left VA (subclavian steal).',
      'Hypoplasia of the right vertebral artery, diameter 2.0 mm.',
      'Stenosis of the left VA 60%.',
    ],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 myelopathy',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      prefix: 'spine phrase (myelopathy): ',
      expect: { manip: 'not-cleared' },
    },
    ['Flattening of the spinal cord at C5-C6.'],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 radiculopathy',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      prefix: 'spine phrase (radiculopathy): ',
      expect: { manip: 'not-cleared' },
    },
    ['Compression of the dural sac and the left C6 root.'],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 infection',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      prefix: 'spine phrase (infection): ',
      expect: { bm: 'not-cleared' },
    },
    ['Epidural abscess at C4-C5.'],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 fracture',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      prefix: 'spine phrase (fracture): ',
      expect: { manip: 'not-cleared' },
    },
    ['C2 fx.'],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 malignancy',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      prefix: 'spine phrase (malignancy): ',
      expect: { czm: 'not-cleared' },
    },
    ['Mts in the C5 vertebral body.'],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 thyroid',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      prefix: 'spine phrase (thyroid): ',
      expect: { czm: 'not-cleared' },
    },
    ['Thyroid nodule in the right lobe, 15 mm. Diffuse goitre.'],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes1.py',
      rule: '§5 meningitis',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      prefix: 'spine phrase (meningitis): ',
      expect: { manip: 'not-cleared' },
    },
    ['Meningeal enhancement.'],
  ),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'VA occlusion phrase in a read Doppler (5 days old): The left VA could not be visualised.',
    rule: '§9 URG-ACUTE-IMAGING',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Right VA: diameter 3.6 mm, flow velocity normal. The left VA could not be visualised.',
        ),
      ],
    },
    expect: { bm: 'contraindicated', ex: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'VA occlusion phrase in a read Doppler (5 days old): Flow in the left VA is not registered.',
    rule: '§9 URG-ACUTE-IMAGING',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Right VA: diameter 3.6 mm, flow velocity normal. Flow in the left VA is not registered.',
        ),
      ],
    },
    expect: { bm: 'contraindicated', ex: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'VA occlusion phrase in a read Doppler (5 days old): Subocclusion of the left VA.',
    rule: '§9 URG-ACUTE-IMAGING',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Right VA: diameter 3.6 mm, flow velocity normal. Subocclusion of the left VA.',
        ),
      ],
    },
    expect: { bm: 'contraindicated', ex: 'contraindicated', urg: 'emergency' },
  }),
];
