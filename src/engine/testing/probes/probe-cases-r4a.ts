/** Reviewer probes, round 4 (part a): generated from the round's throw-away harness, deduplicated. */
import { one, S, type Probe } from './probe-model';

export const ROUND_4_A: readonly Probe[] = [
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'absentFindings stroke on same report reading acute infarct',
    rule: '§8 present wins',
    delta: {
      findings: { stroke: undefined },
      add: [
        S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellar hemisphere.', {
          absentFindings: ['stroke'],
        }),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
      conflict: 'stroke',
    },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'absentFindings stroke on other study; acute infarct in 2nd',
    rule: 'FS-3',
    delta: {
      findings: { stroke: undefined },
      add: [
        S('mri', 'head', '2026-11-15', 'Normal brain MRI.', { absentFindings: ['stroke'] }),
        S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellar hemisphere.'),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
      conflict: 'stroke',
    },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'findings+rejected same study',
    rule: '§8',
    delta: {
      findings: { stroke: undefined },
      add: [
        S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.', {
          findings: ['stroke'],
          rejectedFindings: ['stroke'],
        }),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'contraindicated' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'rejected in A, read in B',
    rule: '§8',
    delta: {
      findings: { stroke: undefined },
      add: [
        S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.', {
          rejectedFindings: ['stroke'],
        }),
        S('mri', 'head', '2026-11-16', 'Subacute infarct, left PICA territory.'),
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
    name: 'rejected, entry unknown -> stays unknown',
    rule: 'FS-1/FS-2',
    delta: {
      findings: { stroke: undefined },
      add: [
        S('mri', 'head', '2026-11-15', 'Old infarct in the left cerebellum.', {
          rejectedFindings: ['stroke'],
        }),
      ],
    },
    expect: { manip: 'not-cleared', czm: 'not-cleared' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'rejected dissection but occlusion read 5d',
    rule: '§9 occlusion',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'Dissection of the left vertebral artery with occlusion of V4.',
          { rejectedFindings: ['vertebral-artery-dissection'] },
        ),
      ],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'absentFindings dissection but dissection read',
    rule: '§8/§4',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2025-01-01', 'Dissection of the left V2 segment.', {
          absentFindings: ['vertebral-artery-dissection'],
        }),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      urg: 'emergency',
      conflict: 'vertebral-artery-dissection',
    },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'entry present + rejected reading',
    rule: 'entry stays',
    delta: {
      findings: { 'vertebral-artery-dissection': true },
      add: [
        S('cta', 'neck-vessels', '2026-11-15', 'Dissection of the left V2 segment.', {
          rejectedFindings: ['vertebral-artery-dissection'],
        }),
      ],
    },
    expect: { manip: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'absent UCA confirmed but text reads UCA',
    rule: '§8',
    delta: {
      findings: { 'uncovertebral-arthrosis': undefined },
      add: [
        S('xray', 'cervical-spine', '2026-11-15', 'Uncovertebral arthrosis C5-C6.', {
          absentFindings: ['uncovertebral-arthrosis'],
        }),
      ],
    },
    expect: { manip: 'contraindicated', conflict: 'uncovertebral-arthrosis' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'entry UCA false, text UCA (old study)',
    rule: 'FS-3',
    delta: { add: [S('xray', 'cervical-spine', '2020-01-01', 'Uncovertebral arthrosis C5-C6.')] },
    expect: { manip: 'contraindicated', conflict: 'uncovertebral-arthrosis' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'acute infarct 100d -> onset = date, urgent',
    rule: '§8/§9',
    delta: { add: [S('mri', 'head', '2026-08-12', 'Acute infarct in the right thalamus.')] },
    expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'acute infarct 190d -> onset unknown recent',
    rule: '§8',
    delta: { add: [S('mri', 'head', '2026-05-14', 'Acute infarct in the right thalamus.')] },
    expect: { manip: 'contraindicated', czm: 'contraindicated' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'acute infarct 190d + clinician onset 2026-05-14?',
    rule: '§8 entered onset dates it (older→caution ok)',
    delta: {
      findings: { stroke: { present: true, onset: '2026-05-14' } },
      add: [S('mri', 'head', '2026-05-14', 'Acute infarct in the right thalamus.')],
    },
    expect: { manip: 'caution', czm: 'caution' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'acute infarct undated',
    rule: '§8 onset unknown; urgency?',
    delta: { add: [S('mri', 'head', null, 'Acute infarct in the right thalamus.')] },
    expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  }),
];
