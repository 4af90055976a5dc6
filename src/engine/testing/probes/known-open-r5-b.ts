/** Known open probes of review round 5 (part b); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R5_B: readonly KnownOpen[] = [
  {
    key: 'r5 "No listhesis and uncovertebral arthrosis at C5-C6 is seen." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'No listhesis and uncovertebral arthrosis at C5-C6 is seen.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "No significant interval change of uncovertebral arthrosis at C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'No significant interval change of uncovertebral arthrosis at C5-C6.' below the bound (manipulation clear)",
  },
];
