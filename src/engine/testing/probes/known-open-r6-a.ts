/** Known open probes of review round 6 (part a); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R6_A: readonly KnownOpen[] = [];
