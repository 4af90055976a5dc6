/** Known open probes of review round 6 (part b); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R6_B: readonly KnownOpen[] = [
  {
    key: 'r6 "Right VA: normal. Left VA diameter 1.5 mm (right 3.8 mm)." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a narrowing written as a measurement or in-stent restenosis is not read, next to 'Right VA: normal.' (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
];
