/**
 * Round 26's probes (/tmp/probe26/REPORT.md: courses, session logs and painkillers as whole
 * case files) that still fail on main after its fixes: all judgement calls, against e0191a0.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R26_A: readonly KnownOpen[] = [
  {
    key: 'r26 "M5-51: Nurofen, end 3 days ago, start not recorded"',
    kind: 'judgement',
    reason:
      'a painkiller with an end and no start is of unknown duration: not flagged (the contract has no warning code for it)',
  },
  {
    key: 'r26 "M5-52: Ibuprofen 400 mg PRN, no dates at all, still on the medication list"',
    kind: 'judgement',
    reason: 'a PRN painkiller with no dates at all: not flagged (unknown duration)',
  },
  {
    key: 'r26 "M5-53: Tylenol days 1-4, none on day 5, Tylenol days 6-9"',
    kind: 'judgement',
    reason: '4 days, a one-day break, 4 days more of the same tablet: two runs of 4, not one of 8',
  },
  {
    key: 'r26 "M7-10: manipulation course 1 (5 sessions, dizziness 0), course 2 session 1 three days later: dizziness 4"',
    kind: 'judgement',
    reason:
      'the first session of a recorded new course is a baseline (brief §8), even 3 days after the course before',
  },
];
