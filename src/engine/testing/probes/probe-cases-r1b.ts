/** Reviewer probes, round 1 (part b): generated from the round's throw-away harness, deduplicated. */
import { one, S, type Probe } from './probe-model';

export const ROUND_1_B: readonly Probe[] = [
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'acute stroke phrase in read MRI head (5 days old): ACVA of ischemic type in the vertebrobasilar territory.',
    rule: '§9 acute imaging; §5 stroke',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Ventricles normal in size, no midline shift. ACVA of ischemic type in the vertebrobasilar territory.',
        ),
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
    round: 1,
    family: 'r1 probes2.py',
    name: 'acute stroke phrase in read MRI head (5 days old): DWI: hyperintense focus in the right cerebellar hemisphere, low ADC.',
    rule: '§9 acute imaging; §5 stroke',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Ventricles normal in size, no midline shift. DWI: hyperintense focus in the right cerebellar hemisphere, low ADC.',
        ),
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
    round: 1,
    family: 'r1 probes2.py',
    name: 'acute stroke phrase in read MRI head (5 days old): SAH in the basal cisterns.',
    rule: '§9 acute imaging; §5 stroke',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Ventricles normal in size, no midline shift. SAH in the basal cisterns.',
        ),
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
    round: 1,
    family: 'r1 probes2.py',
    name: 'post-ischaemic cyst in read MRI head',
    rule: '§5 stroke onset unknown',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-06-01',
          'Ventricles normal in size, no midline shift. Post-ischaemic cyst in the left occipital lobe.',
        ),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'contraindicated' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'brain tumour in read MRI head: Pituitary adenoma 12 mm.',
    rule: '§5 CZM-BRAIN-TUMOUR',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Ventricles normal in size, no midline shift. Pituitary adenoma 12 mm.',
        ),
      ],
    },
    expect: { czm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'brain tumour in read MRI head: Volumetric formation of the left cerebellopontine angle, 2 cm.',
    rule: '§5 CZM-BRAIN-TUMOUR',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Ventricles normal in size, no midline shift. Volumetric formation of the left cerebellopontine angle, 2 cm.',
        ),
      ],
    },
    expect: { czm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'brain tumour in read MRI head: Mass in the left temporal lobe, 3 cm.',
    rule: '§5 CZM-BRAIN-TUMOUR',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Ventricles normal in size, no midline shift. Mass in the left temporal lobe, 3 cm.',
        ),
      ],
    },
    expect: { czm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'VBI conclusion in read Doppler: Conclusion: signs of vertebrobasilar insufficiency.',
    rule: '§5 FR',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Right VA: diameter 3.6 mm, flow velocity normal. Conclusion: signs of vertebrobasilar insufficiency.',
        ),
      ],
    },
    expect: { manip: 'not-cleared', czm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'VBI conclusion in read Doppler: Conclusion: vertebral artery syndrome.',
    rule: '§5 FR',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Right VA: diameter 3.6 mm, flow velocity normal. Conclusion: vertebral artery syndrome.',
        ),
      ],
    },
    expect: { manip: 'not-cleared', czm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'VA narrowing in read Doppler + headache+dizziness: Stenosis of the right ICA 30% and of the left VA 60%.',
    rule: '§3 high -> §5',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Right VA: diameter 3.6 mm, flow velocity normal. Stenosis of the right ICA 30% and of the left VA 60%.',
        ),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'VA narrowing in read Doppler + headache+dizziness: Decrease of blood flow velocity in the left VA.',
    rule: '§3 high -> §5',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Right VA: diameter 3.6 mm, flow velocity normal. Decrease of blood flow velocity in the left VA.',
        ),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'VA narrowing in read Doppler + headache+dizziness: Signs of extravasal influence on the left VA in the V2 segment.',
    rule: '§3 high -> §5',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Right VA: diameter 3.6 mm, flow velocity normal. Signs of extravasal influence on the left VA in the V2 segment.',
        ),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'VA narrowing in read Doppler + headache+dizziness: Hypoplasia of the left vertebral artery, diameter 2.0 mm.',
    rule: '§3 high -> §5',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Right VA: diameter 3.6 mm, flow velocity normal. Hypoplasia of the left vertebral artery, diameter 2.0 mm.',
        ),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
  }),
  one({
    round: 1,
    family: 'r1 probes2.py',
    name: 'read spine MRI (myelopathy): Flattening of the spinal cord at C5-C6.',
    rule: '§5 myelopathy',
    delta: {
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Flattening of the spinal cord at C5-C6.',
        ),
      ],
    },
    expect: { manip: 'not-cleared' },
  }),
];
