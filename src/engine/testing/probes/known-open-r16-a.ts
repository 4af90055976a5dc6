/**
 * Round 16's probes that fail on main 4046354 as reviewed (/tmp/probe16/REPORT.md): misses name the
 * report's families M1-M2, judgement calls J1-J2.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R16_A: readonly KnownOpen[] = [];
