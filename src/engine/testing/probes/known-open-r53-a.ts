/**
 * Round 53's probes (/tmp/probe53/head.md: 116 referral-reason vignettes against 98bd171, 34
 * failing there) that still fail on main after its mends (7ddfd48): one of the 116
 * (probe-cases-r53-a.ts to -d.ts: E, G, T, L, Q, D, F, P, A, N, O, U, M, H, C, Z1, Z2), N9, left
 * open by the mends on purpose (the round itself called it arguable). The list is kept for the
 * round's later reviews.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R53_A: readonly KnownOpen[] = [
  {
    key: 'r53 "N9: intake all \\"no\\" | referral (GP, 2026-11-17): \\"Neck pain and headache since hitting head on car roof getting in 5/7 ago\\""',
    kind: 'judgement',
    reason:
      'a head strike is not named as a neck injury or mechanism to the neck; arguable: s5 IF recent trauma. "Neck pain and headache since hitting head on car roof getting in 5/7 ago" gives no recent-neck-trauma, so manipulation is only not cleared (want contraindicated) and urgency none (want urgent: s9 a triad feature after recent trauma)',
  },
];
