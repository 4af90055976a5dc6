/** Reviewer probes, round 1 (part l): generated from the round's throw-away harness, deduplicated. */
import { one, S, type Probe } from './probe-model';

export const ROUND_1_L: readonly Probe[] = [
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'newSymptoms new-unusual-headache after CZM',
    rule: '§9 emergency',
    delta: {
      sessions: [
        {
          date: '2026-11-10',
          modality: 'collar-zone-massage',
          course: 1,
          newSymptoms: ['new-unusual-headache'],
        },
      ],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'newSymptoms vertebral-artery-dissection',
    rule: '§4 emergency',
    delta: {
      sessions: [
        {
          date: '2026-11-10',
          modality: 'back-massage',
          course: 1,
          newSymptoms: ['vertebral-artery-dissection'],
        },
      ],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'Cyrillic report (not machine-read)',
    rule: 'FS-8 warning',
    delta: { add: [S('xray', 'cervical-spine', '2026-11-15', 'Унковертебральный артроз C5-C6.')] },
    expect: { manip: 'clear' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'red flag in imaging confirmed findings',
    rule: '§4 undated -> emergency',
    delta: {
      add: [S('xray', 'cervical-spine', '2026-11-15', 'Normal.', { findings: ['nystagmus'] })],
    },
    expect: { urg: 'emergency' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'absentFindings stroke but acute infarct read',
    rule: '§8 present wins',
    delta: {
      add: [
        S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.', {
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
    },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'more than 4 courses',
    rule: '§6 concerning',
    delta: {
      sessions: [
        { date: '2026-11-01', modality: 'back-massage', course: 1 },
        { date: '2026-11-02', modality: 'back-massage', course: 2 },
        { date: '2026-11-03', modality: 'back-massage', course: 3 },
        { date: '2026-11-04', modality: 'back-massage', course: 4 },
        { date: '2026-11-05', modality: 'back-massage', course: 5 },
      ],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'pain not falling at session 5',
    rule: '§6 concerning',
    delta: {
      sessions: [
        { date: '2026-10-01', modality: 'back-massage', course: 1, painAfter: 5 },
        { date: '2026-10-02', modality: 'back-massage', course: 1, painAfter: 4 },
        { date: '2026-10-03', modality: 'back-massage', course: 1, painAfter: 4 },
        { date: '2026-10-04', modality: 'back-massage', course: 1, painAfter: 4 },
        { date: '2026-10-05', modality: 'back-massage', course: 1, painAfter: 4 },
      ],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'pain rising 2 after session 2',
    rule: '§6 concerning',
    delta: {
      sessions: [
        { date: '2026-10-01', modality: 'back-massage', course: 1, painAfter: 6 },
        { date: '2026-10-02', modality: 'back-massage', course: 1, painAfter: 5 },
        { date: '2026-10-03', modality: 'back-massage', course: 1, painAfter: 7 },
      ],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'pain painBefore only rising',
    rule: '§6 concerning',
    delta: {
      sessions: [
        { date: '2026-10-01', modality: 'back-massage', course: 1, painBefore: 6 },
        { date: '2026-10-02', modality: 'back-massage', course: 1, painBefore: 5 },
        { date: '2026-10-03', modality: 'back-massage', course: 1, painBefore: 7 },
      ],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'rednessHours 30',
    rule: '§6 stop',
    delta: {
      sessions: [{ date: '2026-11-10', modality: 'back-massage', course: 1, rednessHours: 30 }],
    },
    expect: { bm: 'not-cleared', course: ['stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'analgesicsIneffective',
    rule: '§6 stop',
    delta: {
      sessions: [
        {
          date: '2026-11-10',
          modality: 'collar-zone-massage',
          course: 1,
          analgesicsIneffective: true,
        },
      ],
    },
    expect: { czm: 'not-cleared', course: ['stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'painWorseWithMovement on exercise',
    rule: '§6 stop -> hold exercise',
    delta: {
      sessions: [
        {
          date: '2026-11-10',
          modality: 'therapeutic-exercise',
          course: 1,
          painWorseWithMovement: true,
        },
      ],
    },
    expect: { ex: 'not-cleared', course: ['stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'stop in latest course w/ later session of same course',
    rule: 'COURSE-STOP-HOLD',
    delta: {
      sessions: [
        { date: '2026-11-01', modality: 'back-massage', course: 2, painHours: 50 },
        { date: '2026-11-10', modality: 'back-massage', course: 2 },
      ],
    },
    expect: { bm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'stop course 2 but later session numbered course 1 (out of order)',
    rule: 'COURSE-STOP-HOLD latest = highest number',
    delta: {
      sessions: [
        { date: '2026-11-01', modality: 'back-massage', course: 2, painHours: 50 },
        { date: '2026-11-10', modality: 'back-massage', course: 1 },
      ],
    },
    expect: { bm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes6.py',
    name: 'rising headache across course boundary (course 1: 2, course 2: 0,5)',
    rule: '§8 new rating in course 2 -> stop',
    delta: {
      sessions: [
        { date: '2026-10-01', modality: 'back-massage', course: 1, headache: 2 },
        { date: '2026-11-01', modality: 'back-massage', course: 2, headache: 0 },
        { date: '2026-11-10', modality: 'back-massage', course: 2, headache: 5 },
      ],
    },
    expect: { bm: 'not-cleared', course: ['stop'] },
  }),
];
