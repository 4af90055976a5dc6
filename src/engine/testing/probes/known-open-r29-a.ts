/**
 * Round 29's probes (/tmp/probe29/REPORT.md: the fixes of e1cda55 attacked) that still fail
 * on main after its fixes: judgement calls.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R29_A: readonly KnownOpen[] = [];
