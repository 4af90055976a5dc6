/** Reviewer probes, round 1 (part j): generated from the round's throw-away harness, deduplicated. */
import { one, S, texts, type Probe } from './probe-model';

export const ROUND_1_J: readonly Probe[] = [
  one({
    round: 1,
    family: 'r1 probes4.py',
    name: 'age 56',
    rule: '§5 age >55 caution',
    delta: { patient: { sex: 'male', birthDate: '1970-11-19' } },
    expect: { manip: 'caution' },
  }),
  one({
    round: 1,
    family: 'r1 probes4.py',
    name: 'age 17',
    rule: '§5 age <18 caution',
    delta: { patient: { sex: 'female', birthDate: '2009-11-21' } },
    expect: { manip: 'caution' },
  }),
  one({
    round: 1,
    family: 'r1 probes4.py',
    name: 'age 55y364d (not >55)',
    rule: 'edge',
    delta: { patient: { sex: 'female', birthDate: '1970-11-21' } },
    expect: { manip: 'clear' },
  }),
  one({
    round: 1,
    family: 'r1 probes4.py',
    name: 'absentFindings UCA but report affirms',
    rule: '§8 present wins',
    delta: {
      imaging: [
        S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-C6.', {
          absentFindings: ['uncovertebral-arthrosis'],
        }),
      ],
    },
    expect: { manip: 'contraindicated' },
  }),
  one({
    round: 1,
    family: 'r1 probes4.py',
    name: 'rejected + confirmed findings both',
    rule: '§8 stays present',
    delta: {
      imaging: [
        S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-C6.', {
          findings: ['uncovertebral-arthrosis'],
          rejectedFindings: ['uncovertebral-arthrosis'],
        }),
      ],
    },
    expect: { manip: 'contraindicated' },
  }),
  one({
    round: 1,
    family: 'r1 probes4.py',
    name: 'uncertain dissection + absentFindings on another study',
    rule: 'FS-7',
    delta: {
      findings: { 'vertebral-artery-dissection': undefined },
      imaging: [
        S('xray', 'cervical-spine', '2026-11-15', 'Normal.'),
        S('cta', 'neck-vessels', '2026-06-01', 'Dissection of the left VA is not excluded.'),
        S('mra', 'neck-vessels', '2026-07-01', 'No dissection.', {
          absentFindings: ['vertebral-artery-dissection'],
        }),
      ],
    },
    expect: { manip: 'not-cleared', czm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes4.py',
    name: 'uncertain UCA with absentFindings on same study',
    rule: 'FS-7 (clinician answered) ',
    delta: {
      imaging: [
        S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis is not excluded.', {
          absentFindings: ['uncovertebral-arthrosis'],
        }),
      ],
    },
    expect: { manip: 'clear' },
  }),
  ...texts(
    {
      round: 1,
      family: 'r1 probes5.py',
      rule: '§9 URG-ACUTE-IMAGING emergency; §5',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      prefix: 'request/scope phrase, CTA/Doppler 5d: ',
      expect: {
        manip: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'Evaluation of the posterior circulation demonstrates occlusion of the left VA.',
      'Looking for the cause of vertigo, a dissection of the left VA was found.',
      'To exclude dissection, CTA was performed: dissection of the left VA.',
      'Reason for exam: rule out dissection - dissection of the left V3 segment confirmed.',
    ],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes5.py',
      rule: '§9 URG-ACUTE-IMAGING emergency; §5',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      prefix: 'request/scope phrase, CTA/Doppler 5d: ',
      expect: {
        manip: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'Referred with dizziness, occlusion of the left VA found.',
      'Right VA: normal flow. Left VA: not visualized.',
      'Right VA: normal flow. The left vertebral artery is not seen.',
      'Right VA patent. Non-visualization of left VA.',
      'Right VA patent. Stenosis is ruled out on the right, occlusion on the left.',
      'Carotids patent. No doubt occlusion of the left VA.',
    ],
  ),
  ...texts(
    {
      round: 1,
      family: 'r1 probes5.py',
      rule: '§9 URG-ACUTE-IMAGING emergency; §5',
      study: ['mra', 'neck-vessels', '2026-11-15'],
      prefix: 'request/scope phrase, CTA/Doppler 5d: ',
      expect: {
        manip: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Evaluation for dissection: intramural haematoma of the left VA.'],
  ),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'MINIMAL Evaluation of the posterior circulation demonstrates occlusion of the left VA.',
    rule: '§9',
    delta: {
      minimal: true,
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'Evaluation of the posterior circulation demonstrates occlusion of the left VA.',
        ),
      ],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'MINIMAL Looking for the cause of vertigo, a dissection of the left VA was found.',
    rule: '§9',
    delta: {
      minimal: true,
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'Looking for the cause of vertigo, a dissection of the left VA was found.',
        ),
      ],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'UCA misread (x-ray): Absent lordosis, uncovertebral arthrosis.',
    rule: '§5 MANIP-UNCOVERTEBRAL, FS-3',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Absent lordosis, uncovertebral arthrosis.',
        ),
      ],
    },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'UCA misread (x-ray): No instability on functional tests and uncovertebral arthrosis C5-C6.',
    rule: '§5 MANIP-UNCOVERTEBRAL, FS-3',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. No instability on functional tests and uncovertebral arthrosis C5-C6.',
        ),
      ],
    },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'UCA misread (x-ray): Not without uncovertebral arthrosis.',
    rule: '§5 MANIP-UNCOVERTEBRAL, FS-3',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Not without uncovertebral arthrosis.',
        ),
      ],
    },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'UCA misread (x-ray): Uncovertebral arthrosis is not absent.',
    rule: '§5 MANIP-UNCOVERTEBRAL, FS-3',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Uncovertebral arthrosis is not absent.',
        ),
      ],
    },
    expect: { manip: 'not-cleared' },
  }),
];
