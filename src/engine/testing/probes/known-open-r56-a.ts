/**
 * Round 56's probes (/tmp/probe56/head.md: 159 attacks on the free-text reader of b791c16, at
 * 7c33f34, 100 failing there) that still fail on main: none since session 14 mended A8 (a
 * rotation-provoked dizziness in a part of its own, answered "yes" after a spaced dash). The
 * list is kept for the round's later reviews.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R56_A: readonly KnownOpen[] = [];
