/** Reviewer probes, round 1 (part o): generated from the round's throw-away harness, deduplicated. */
import { one, type Probe } from './probe-model';

export const ROUND_1_O: readonly Probe[] = [
  one({
    round: 1,
    family: 'r1 probes7.py',
    name: 'manip item radiculopathy unknown',
    rule: '§5 table / FS-2',
    delta: { findings: { radiculopathy: undefined } },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes7.py',
    name: 'manip item meningitis present',
    rule: '§5 table',
    delta: { findings: { meningitis: true } },
    expect: { manip: 'contraindicated' },
  }),
  one({
    round: 1,
    family: 'r1 probes7.py',
    name: 'manip item meningitis unknown',
    rule: '§5 table / FS-2',
    delta: { findings: { meningitis: undefined } },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes7.py',
    name: 'manip item tia unknown',
    rule: '§5 table / FS-2',
    delta: { findings: { tia: undefined } },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 1,
    family: 'r1 probes7.py',
    name: 'manip item recent-neck-trauma unknown',
    rule: '§5 table / FS-2',
    delta: { findings: { 'recent-neck-trauma': undefined } },
    expect: { manip: 'not-cleared' },
  }),
];
