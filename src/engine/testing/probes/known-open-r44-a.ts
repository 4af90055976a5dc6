/**
 * Round 44's probes (/tmp/probe44/REPORT.md: ff47a56's reader mends attacked) that still fail
 * on main after its fixes (9c98539): two fail-safe false alarms, failing before ff47a56 too.
 * MA7 ("Warfarin now stopped") was mended in round 49, the misses BB2 and BB3 (a side answered
 * present after "but" / "whereas") in session 14.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R44_A: readonly KnownOpen[] = [
  {
    key: 'r44 "BB10: cta/neck-vessels 3 d ago: \\"No evidence of:\u23ce- aneurysm\u23ce- dissection: suspected right V2 on outside CTA, not confirmed\\""',
    kind: 'false-alarm',
    reason:
      'a suspicion on an outside study inside a negated bullet, "not confirmed" ("suspected right V2 on outside CTA, not confirmed"), reads as an uncertain dissection: held, emergency, a fail-safe false alarm',
  },
  {
    key: 'r44 "BB11: cta/neck-vessels 3 d ago: \\"No evidence of:\u23ce- aneurysm\u23ce- dissection: right V2 possible on outside CTA but not confirmed\\""',
    kind: 'false-alarm',
    reason:
      'a suspicion on an outside study inside a negated bullet, "but not confirmed" ("right V2 possible on outside CTA but not confirmed"), reads as an uncertain dissection: held, emergency, a fail-safe false alarm',
  },
];
