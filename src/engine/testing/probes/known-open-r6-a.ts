/** Known open probes of review round 6 (part a); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R6_A: readonly KnownOpen[] = [
  {
    key: 'r6 "Picture is not typical for dissection, but it cannot be excluded." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1d: a hedged exclusion the postUncertain list does not cover: read as a plain negation (uncertain = unknown, FS-7) (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
];
