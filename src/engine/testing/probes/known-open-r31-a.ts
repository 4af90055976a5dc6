/**
 * Round 31's probes (/tmp/probe31/REPORT.md: round 29's reader fixes attacked) that still fail
 * on main after its fixes.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R31_A: readonly KnownOpen[] = [
  {
    key: 'r31 "H16: mri/head 2 d ago: \\"INFARCTION⏎No infarction in the anterior circulation. Acute in the left PICA territory.\\""',
    kind: 'miss',
    reason:
      'an ellipsis: "Acute in the left PICA territory" names no finding of its own (the infarct is the heading\'s); the heading is read as an infarct (manipulation and collar-zone massage contraindicated) but not as acute, so urgency stays none',
  },
];
