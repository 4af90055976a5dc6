/** Reviewer probes, round 1 (part k): generated from the round's throw-away harness, deduplicated. */
import { one, S, type Probe } from './probe-model';

export const ROUND_1_K: readonly Probe[] = [
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'UCA misread (x-ray): There is no doubt about uncovertebral arthrosis.',
    rule: '§5 MANIP-UNCOVERTEBRAL, FS-3',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. There is no doubt about uncovertebral arthrosis.',
        ),
      ],
    },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'UCA misread (x-ray): No prior studies, uncovertebral arthrosis.',
    rule: '§5 MANIP-UNCOVERTEBRAL, FS-3',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. No prior studies, uncovertebral arthrosis.',
        ),
      ],
    },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'UCA misread (x-ray): Uncovertebral and facet arthrosis C5-C6.',
    rule: '§5 MANIP-UNCOVERTEBRAL, FS-3',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Uncovertebral and facet arthrosis C5-C6.',
        ),
      ],
    },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'UCA misread (x-ray): Straightened lordosis, no listhesis, uncovertebral arthrosis.',
    rule: '§5 MANIP-UNCOVERTEBRAL, FS-3',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Straightened lordosis, no listhesis, uncovertebral arthrosis.',
        ),
      ],
    },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'VA compression in cervical MRI + headache+dizziness: Both VAs are compressed by osteophytes at C5-C6.',
    rule: '§3 high -> CZM not-cleared, manip contraindicated',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Both VAs are compressed by osteophytes at C5-C6.',
        ),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'VA compression in cervical MRI + headache+dizziness: Osteophytes compressing the left vertebral artery at C5-C6.',
    rule: '§3 high -> CZM not-cleared, manip contraindicated',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Osteophytes compressing the left vertebral artery at C5-C6.',
        ),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'VA compression in cervical MRI + headache+dizziness: The VAs are narrowed in the transverse foramina at C5-C6.',
    rule: '§3 high -> CZM not-cleared, manip contraindicated',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. The VAs are narrowed in the transverse foramina at C5-C6.',
        ),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
  }),
  one({
    round: 1,
    family: 'r1 probes5.py',
    name: 'Loss of VA flow void, cervical MRI 5d',
    rule: '§9 occlusion -> emergency',
    delta: {
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'Osteochondrosis C4-C6. Loss of the left vertebral artery flow void.',
        ),
      ],
    },
    expect: { ex: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'red flag onset exactly 14d',
    rule: '§4 emergency (<=14)',
    delta: { findings: { nystagmus: { present: true, onset: '2026-11-06' } } },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'red flag onset 15d',
    rule: '§4 urgent',
    delta: { findings: { nystagmus: { present: true, onset: '2026-11-05' } } },
    expect: { urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'stroke onset exactly 180d',
    rule: '§5 <=180 contra',
    delta: { findings: { stroke: { present: true, onset: '2026-05-24' } } },
    expect: { manip: 'contraindicated', czm: 'contraindicated' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'acute infarct report exactly 14d',
    rule: '§9 emergency',
    delta: { add: [S('mri', 'head', '2026-11-06', 'Acute infarct in the left cerebellum.')] },
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
    family: 'r1 probes6.py',
    name: 'acute infarct report 15d',
    rule: '§9 urgent',
    delta: { add: [S('mri', 'head', '2026-11-05', 'Acute infarct in the left cerebellum.')] },
    expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'acute infarct report 180d',
    rule: '§9 urgent',
    delta: { add: [S('mri', 'head', '2026-05-24', 'Acute infarct in the left cerebellum.')] },
    expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'prodrome onset 14d after logged manip',
    rule: '§9 emergency',
    delta: {
      findings: { 'new-unusual-headache': { present: true, onset: '2026-11-15' } },
      sessions: [{ date: '2026-11-01', modality: 'cervical-manipulation', course: 1 }],
    },
    expect: { urg: 'emergency' },
  }),
];
