/**
 * Round 17's probes (whole case-file vignettes, /tmp/probe17/REPORT.md) that fail on main
 * 0a713e4 as reviewed: misses name the report's family M1, false alarms FA1, expectations E1-E2.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R17_A: readonly KnownOpen[] = [
  {
    key: 'r17 "B8-27: patient aged 70, nothing present"',
    kind: 'false-alarm',
    reason:
      'FA1 MANIP-AGE gives manipulation caution for age > 55 with no sudden episode at all (\u00a75: "age < 18 or > 55 at first sudden episode"; the engine approximates it by age alone): manip: want <= clear, got caution',
  },
  {
    key: 'r17 "B8-28: patient aged 17, nothing present (sports massage)"',
    kind: 'false-alarm',
    reason:
      'FA1 MANIP-AGE gives manipulation caution for age < 18 with no sudden episode at all: manip: want <= clear, got caution',
  },
  {
    key: 'r17 "B5-15: new unusual headache, onset not recorded; neck massage device 10 days ago"',
    kind: 'expectation',
    reason:
      'E1 the onset is listed as missing, as \u00a79 asks, but spelt "new-unusual-headache.onset" (the contract fixes no spelling); urgency urgent and the three manual therapies not-cleared as expected',
  },
];
