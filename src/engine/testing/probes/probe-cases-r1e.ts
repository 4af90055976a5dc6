/** Reviewer probes, round 1 (part e): generated from the round's throw-away harness, deduplicated. */
import { one, type Probe } from './probe-model';

export const ROUND_1_E: readonly Probe[] = [
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'dizziness undated + recent-cervical-manipulation',
    rule: '§9 (undated manip counts as within) ',
    delta: { findings: { dizziness: true, 'recent-cervical-manipulation': true } },
    expect: { urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'dizziness onset 5d after recent-neck-massage 25d',
    rule: '§9 triad newly after neck massage -> urgent',
    delta: {
      findings: {
        dizziness: { present: true, onset: '2026-11-15' },
        'recent-neck-massage': { present: true, onset: '2026-10-26' },
      },
    },
    expect: { urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'dizziness onset 5d after recent-neck-massage 10d',
    rule: '§9 urgent',
    delta: {
      findings: {
        dizziness: { present: true, onset: '2026-11-15' },
        'recent-neck-massage': { present: true, onset: '2026-11-10' },
      },
    },
    expect: { urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'dizziness undated + logged CZM session 10d',
    rule: '§9 triad after neck massage: onset unknown',
    delta: {
      findings: { dizziness: true },
      sessions: [{ date: '2026-11-10', modality: 'collar-zone-massage', course: 1 }],
    },
    expect: { urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'headache present, triad-progressive unknown',
    rule: '§5 hold manual',
    delta: { findings: { headache: true, 'triad-progressive': undefined } },
    expect: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'dizziness present, recent-cervical-manipulation unknown',
    rule: 'FS-2 §9',
    delta: {
      findings: {
        dizziness: { present: true, onset: '2026-11-15' },
        'recent-cervical-manipulation': undefined,
      },
    },
    expect: { manip: 'not-cleared', ex: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'newSymptoms diplopia 5d ago',
    rule: '§8 emergency',
    delta: {
      sessions: [
        { date: '2026-11-15', modality: 'back-massage', course: 1, newSymptoms: ['diplopia'] },
      ],
    },
    expect: { ex: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'newSymptoms diplopia 30d ago',
    rule: '§8 urgent',
    delta: {
      sessions: [
        { date: '2026-10-21', modality: 'back-massage', course: 1, newSymptoms: ['diplopia'] },
      ],
    },
    expect: { bm: 'not-cleared', urg: 'urgent' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'newSymptoms dizziness after CZM 10d',
    rule: '§9 urgent + stop',
    delta: {
      sessions: [
        {
          date: '2026-11-10',
          modality: 'collar-zone-massage',
          course: 1,
          newSymptoms: ['dizziness'],
        },
      ],
    },
    expect: { czm: 'not-cleared', urg: 'urgent', course: ['stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'newSymptoms headache after manipulation 10d',
    rule: '§9 emergency',
    delta: {
      sessions: [
        {
          date: '2026-11-10',
          modality: 'cervical-manipulation',
          course: 1,
          newSymptoms: ['headache'],
        },
      ],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'new headache rating 0,0,3 in manip course',
    rule: '§8 new rating -> stop; headache present onset session -> §9 after manip emergency',
    delta: {
      sessions: [
        { date: '2026-11-01', modality: 'cervical-manipulation', course: 1, headache: 0 },
        { date: '2026-11-05', modality: 'cervical-manipulation', course: 1, headache: 0 },
        { date: '2026-11-10', modality: 'cervical-manipulation', course: 1, headache: 3 },
      ],
    },
    expect: { urg: 'emergency', course: ['stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'new dizziness rating after CZM (0 then 2)',
    rule: '§8/§9 urgent + stop',
    delta: {
      sessions: [
        { date: '2026-11-01', modality: 'collar-zone-massage', course: 1, dizziness: 0 },
        { date: '2026-11-10', modality: 'collar-zone-massage', course: 1, dizziness: 2 },
      ],
    },
    expect: { czm: 'not-cleared', urg: 'urgent', course: ['stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'rising dizziness 1 -> 3 with triad-progressive false',
    rule: '§8 rising beats entry -> urgent',
    delta: {
      findings: { dizziness: true },
      sessions: [
        { date: '2026-11-01', modality: 'back-massage', course: 1, dizziness: 1 },
        { date: '2026-11-10', modality: 'back-massage', course: 1, dizziness: 3 },
      ],
    },
    expect: { bm: 'not-cleared', urg: 'urgent', course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'rating missing counts 0 then 2',
    rule: '§8 new rating stop',
    delta: {
      sessions: [
        { date: '2026-11-01', modality: 'back-massage', course: 1 },
        { date: '2026-11-10', modality: 'back-massage', course: 1, headache: 2 },
      ],
    },
    expect: { bm: 'not-cleared', course: ['stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'stop in course 1 of manip, new course of CZM',
    rule: 'COURSE-STOP-HOLD manip',
    delta: {
      sessions: [
        { date: '2026-10-01', modality: 'cervical-manipulation', course: 1, painHours: 72 },
        { date: '2026-11-10', modality: 'collar-zone-massage', course: 1 },
      ],
    },
    expect: { manip: 'not-cleared', course: ['stop'] },
  }),
];
