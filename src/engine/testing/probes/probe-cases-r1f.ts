/** Reviewer probes, round 1 (part f): generated from the round's throw-away harness, deduplicated. */
import { one, type Probe } from './probe-model';

export const ROUND_1_F: readonly Probe[] = [
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'duplicate sessions with swelling',
    rule: '§6 stop hold',
    delta: {
      sessions: [
        { date: '2026-11-10', modality: 'back-massage', course: 1, swelling: true },
        { date: '2026-11-10', modality: 'back-massage', course: 1, swelling: true },
      ],
    },
    expect: { bm: 'not-cleared', course: ['stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'stop at session 10, session 11 no course number',
    rule: 'COURSE-STOP-HOLD (new course number lifts?)',
    delta: {
      sessions: [
        { date: '2026-09-01', modality: 'back-massage' },
        { date: '2026-09-02', modality: 'back-massage' },
        { date: '2026-09-03', modality: 'back-massage' },
        { date: '2026-09-04', modality: 'back-massage' },
        { date: '2026-09-05', modality: 'back-massage' },
        { date: '2026-09-06', modality: 'back-massage' },
        { date: '2026-09-07', modality: 'back-massage' },
        { date: '2026-09-08', modality: 'back-massage' },
        { date: '2026-09-09', modality: 'back-massage' },
        { date: '2026-09-10', modality: 'back-massage', painHours: 60 },
        { date: '2026-09-20', modality: 'back-massage' },
      ],
    },
    expect: { bm: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'newSymptoms neck-pain only',
    rule: '§8 concerning',
    delta: {
      sessions: [
        { date: '2026-11-10', modality: 'back-massage', course: 1, newSymptoms: ['neck-pain'] },
      ],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'painkiller >4 days: Ibuprofen 400 mg',
    rule: '§6 concerning',
    delta: {
      medications: [
        { name: 'Ibuprofen 400 mg', form: 'tablet', start: '2026-11-01', end: '2026-11-10' },
      ],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'painkiller >4 days: Nurofen Forte',
    rule: '§6 concerning',
    delta: {
      medications: [
        { name: 'Nurofen Forte', form: 'tablet', start: '2026-11-01', end: '2026-11-10' },
      ],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'painkiller >4 days: Кеторол',
    rule: '§6 concerning',
    delta: {
      medications: [{ name: 'Кеторол', form: 'tablet', start: '2026-11-01', end: '2026-11-10' }],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'painkiller >4 days: Tylenol #3',
    rule: '§6 concerning',
    delta: {
      medications: [{ name: 'Tylenol #3', form: 'tablet', start: '2026-11-01', end: '2026-11-10' }],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'painkiller >4 days: Ketorolac',
    rule: '§6 concerning',
    delta: {
      medications: [{ name: 'Ketorolac', form: 'tablet', start: '2026-11-01', end: '2026-11-10' }],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'painkiller >4 days: Ibuprophen',
    rule: '§6 concerning',
    delta: {
      medications: [{ name: 'Ibuprophen', form: 'tablet', start: '2026-11-01', end: '2026-11-10' }],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'painkiller >4 days: Diclofenac sodium',
    rule: '§6 concerning',
    delta: {
      medications: [
        { name: 'Diclofenac sodium', form: 'tablet', start: '2026-11-01', end: '2026-11-10' },
      ],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'painkiller >4 days: Solpadeine',
    rule: '§6 concerning',
    delta: {
      medications: [{ name: 'Solpadeine', form: 'tablet', start: '2026-11-01', end: '2026-11-10' }],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'painkiller >4 days: Ketoprofen',
    rule: '§6 concerning',
    delta: {
      medications: [{ name: 'Ketoprofen', form: 'tablet', start: '2026-11-01', end: '2026-11-10' }],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'painkiller >4 days no form, no end (ongoing)',
    rule: '§6 concerning',
    delta: { medications: [{ name: 'paracetamol', start: '2026-11-01' }] },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'nimesulide granules >4 days',
    rule: '§6 (oral) concerning',
    delta: {
      medications: [
        {
          name: 'Nimesil',
          form: 'granules for oral suspension',
          start: '2026-11-01',
          end: '2026-11-10',
        },
      ],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
  one({
    round: 1,
    family: 'r1 probes3.py',
    name: 'painkiller film-coated tablets',
    rule: '§6',
    delta: {
      medications: [
        { name: 'Ibuprofen', form: 'film-coated tablets', start: '2026-11-01', end: '2026-11-10' },
      ],
    },
    expect: { course: ['concerning', 'stop'] },
  }),
];
