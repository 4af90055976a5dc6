/** Known open probes of review round 7 (part a), listed against main 9337648; see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R7_A: readonly KnownOpen[] = [
  {
    key: 'r7 "No stenosis and dissections are seen in V3." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call: 'No stenosis and dissections are seen' may be one negated list (as round 5 settled for 'No listhesis and uncovertebral arthrosis are seen'); the reviewer reads the dissection as affirmed (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "No stenosis and dissection present in V3." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call: 'No stenosis and dissection present' may be one negated list; the reviewer reads it as affirmed ('present' has no plural verb to make a list) (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "No stenosis + dissection in left V3." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call: the '+' in 'No stenosis + dissection' is ambiguous ('and' inside the negated list, or an added finding); read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Stenosis: right - no, left - insignificant." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call: an 'insignificant' stenosis is still a narrowing (§5 precaution) for the reviewer, but reading 'insignificant' as none is defensible (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
];
