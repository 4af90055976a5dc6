/** Reviewer probes, round 4 (part c): generated from the round's throw-away harness, deduplicated. */
import { one, S, type Probe } from './probe-model';

export const ROUND_4_C: readonly Probe[] = [
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'dissection entry old onset + report 5d non-acute dissection',
    rule: '§9 acute imaging',
    delta: {
      findings: { 'vertebral-artery-dissection': { present: true, onset: '2025-01-01' } },
      add: [S('cta', 'neck-vessels', '2026-11-15', 'Dissection of the left vertebral artery.')],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'dissection entry old onset + report 5d acute dissection',
    rule: '§8 most recent',
    delta: {
      findings: { 'vertebral-artery-dissection': { present: true, onset: '2025-01-01' } },
      add: [
        S('cta', 'neck-vessels', '2026-11-15', 'Acute dissection of the left vertebral artery.'),
      ],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'dissection entry old onset + report 100d acute',
    rule: '§8 most recent onset 100d',
    delta: {
      findings: { 'vertebral-artery-dissection': { present: true, onset: '2025-01-01' } },
      add: [
        S('cta', 'neck-vessels', '2026-08-12', 'Acute dissection of the left vertebral artery.'),
      ],
    },
    expect: { urg: 'urgent' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'dissection entry old onset + report 2020 acute',
    rule: '§8 entered onset',
    delta: {
      findings: { 'vertebral-artery-dissection': { present: true, onset: '2025-01-01' } },
      add: [
        S('cta', 'neck-vessels', '2020-01-01', 'Acute dissection of the left vertebral artery.'),
      ],
    },
    expect: { manip: 'contraindicated', urg: 'urgent' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'future-dated report acute infarct',
    rule: 'fail-safe',
    delta: { add: [S('mri', 'head', '2026-12-01', 'Acute infarct in the pons.')] },
    expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'study findings stroke dated 5d no text',
    rule: '§5 onset unknown',
    delta: {
      findings: { stroke: undefined },
      add: [S('mri', 'head', '2026-11-15', '', { findings: ['stroke'] })],
    },
    expect: { manip: 'contraindicated', czm: 'contraindicated' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'study findings dissection 5d no text',
    rule: '§4',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-11-15', 'See images.', {
          findings: ['vertebral-artery-dissection'],
        }),
      ],
    },
    expect: { manip: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'newSymptoms diplopia 2d',
    rule: '§8',
    delta: {
      sessions: [
        {
          date: '2026-11-18',
          modality: 'collar-zone-massage',
          course: 1,
          newSymptoms: ['diplopia'],
        },
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
    name: 'newSymptoms diplopia 60d',
    rule: '§8',
    delta: {
      sessions: [
        {
          date: '2026-09-21',
          modality: 'collar-zone-massage',
          course: 1,
          newSymptoms: ['diplopia'],
        },
      ],
    },
    expect: { urg: 'urgent' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'entry diplopia old onset + newSymptoms 2d',
    rule: '§8 most recent',
    delta: {
      findings: { diplopia: { present: true, onset: '2025-01-01' } },
      sessions: [
        {
          date: '2026-11-18',
          modality: 'collar-zone-massage',
          course: 1,
          newSymptoms: ['diplopia'],
        },
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
    name: 'entry dissection old onset + newSymptoms? n/a; stroke newSymptoms 2d',
    rule: '§8',
    delta: {
      sessions: [
        { date: '2026-11-18', modality: 'collar-zone-massage', course: 1, newSymptoms: ['stroke'] },
      ],
    },
    expect: { manip: 'contraindicated', czm: 'contraindicated' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'newSymptoms headache after czm, 2d',
    rule: '§9 urgent',
    delta: {
      sessions: [
        {
          date: '2026-11-18',
          modality: 'collar-zone-massage',
          course: 1,
          newSymptoms: ['headache'],
        },
      ],
    },
    expect: { czm: 'not-cleared', urg: 'urgent' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'newSymptoms dizziness after manip 2d',
    rule: '§9 emergency',
    delta: {
      sessions: [
        {
          date: '2026-11-18',
          modality: 'cervical-manipulation',
          course: 1,
          newSymptoms: ['dizziness'],
        },
      ],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'rating dizziness 0->3 czm 2d',
    rule: '§8/§9',
    delta: {
      sessions: [
        { date: '2026-11-16', modality: 'collar-zone-massage', course: 1, dizziness: 0 },
        { date: '2026-11-18', modality: 'collar-zone-massage', course: 1, dizziness: 3 },
      ],
    },
    expect: { urg: 'urgent', course: ['stop'] },
  }),
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'rating dizziness 0->3 manip 2d',
    rule: '§9 triad after manip within 14d',
    delta: {
      sessions: [
        { date: '2026-11-16', modality: 'cervical-manipulation', course: 1, dizziness: 0 },
        { date: '2026-11-18', modality: 'cervical-manipulation', course: 1, dizziness: 3 },
      ],
    },
    expect: { urg: 'emergency' },
  }),
];
