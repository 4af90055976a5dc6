/**
 * Round 54's probes (/tmp/probe54/head.md: 155 attacks on the EHR-text reader of 7ddfd48, at
 * 0b3b244, 107 failing there) that still fail on main after its mends (b791c16): one of the 155
 * (probe-cases-r54-a.ts to -e.ts: A, Q, R, N, W, T, F, K, C, X, Z1, Z2), F16, a false alarm the
 * round itself called weak. The list is kept for the round's later reviews.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R54_A: readonly KnownOpen[] = [
  {
    key: 'r54 "F16: intake all \\"no\\" | referral (GP, 2026-11-17): \\"Cracked rib after fall 2 months ago, now neck stiffness\\""',
    kind: 'false-alarm',
    reason:
      'a fall (2 months ago, a cracked rib) told with a neck symptom is read as a neck injury and recent neck trauma: "Cracked rib after fall 2 months ago, now neck stiffness" gives recent-neck-trauma, so manipulation, collar-zone and back massage are contraindicated (want manipulation clear; urgency stays none); errs safe (s5 IF recent trauma, s9 old injuries)',
  },
];
