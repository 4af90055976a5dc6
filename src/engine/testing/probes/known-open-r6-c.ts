/** Known open probes of review round 6 (part c); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R6_C: readonly KnownOpen[] = [
  {
    key: 'r6 "Dissection: no (yes - tortuosity)." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a template value ('no (left)', 'flow present', 'no (yes - tortuosity)') is taken as a positive value (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "Query acute infarct: no acute infarct." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: 'Query acute infarct: no acute infarct.': the query is read and the answer does not negate it (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
];
