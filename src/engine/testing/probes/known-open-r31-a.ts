/**
 * Round 31's probes (/tmp/probe31/REPORT.md: round 29's reader fixes attacked) that still fail
 * on main after its fixes.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R31_A: readonly KnownOpen[] = [];
