/**
 * Round 44's probes (/tmp/probe44/REPORT.md: ff47a56's reader mends attacked) that still fail
 * on main after its fixes (9c98539): two misses and two fail-safe false alarms, all failing
 * before ff47a56 too. MA7 ("Warfarin now stopped") was mended in round 49.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R44_A: readonly KnownOpen[] = [
  {
    key: 'r44 "BB2: cta/neck-vessels 3 d ago: \\"No evidence of:\u23ce- aneurysm\u23ce- dissection: flap not seen on the right but present in left V3\\""',
    kind: 'miss',
    reason:
      'the line\'s own negation ("flap not seen on the right") is read over the whole bullet line by the reader\'s scope rules (the same line without a list is read as negated too), so the left V3 "present" is lost: everything clear for a 3-day-old CTA with a dissection',
  },
  {
    key: 'r44 "BB3: cta/neck-vessels 3 d ago: \\"No evidence of:\u23ce- aneurysm\u23ce- dissection: absent on the right whereas left V3 positive\\""',
    kind: 'miss',
    reason:
      'the line\'s own negation ("absent on the right") is read over the whole bullet line by the reader\'s scope rules (the same line without a list is read as negated too), so the left V3 "positive" is lost: everything clear for a 3-day-old CTA with a dissection',
  },
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
