/** Reviewer probes, round 4 (part d): generated from the round's throw-away harness, deduplicated. */
import { one, type Probe } from './probe-model';

export const ROUND_4_D: readonly Probe[] = [
  one({
    round: 4,
    family: 'r4 dec.py',
    name: 'new-unusual-headache onset 3d + manip finding onset 10d',
    rule: '§9',
    delta: {
      findings: {
        'recent-cervical-manipulation': { present: true, onset: '2026-11-10' },
        'new-unusual-headache': { present: true, onset: '2026-11-17' },
      },
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
    name: 'new-unusual-headache onset 3d + logged czm 10d',
    rule: '§9',
    delta: {
      findings: { 'new-unusual-headache': { present: true, onset: '2026-11-17' } },
      sessions: [{ date: '2026-11-10', modality: 'collar-zone-massage', course: 1 }],
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
    name: 'red flag old onset + recent-neck-massage',
    rule: '§5 together with',
    delta: {
      findings: { numbness: { present: true, onset: '2025-01-01' }, 'recent-neck-massage': true },
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
];
