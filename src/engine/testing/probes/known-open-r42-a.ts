/**
 * Round 42's probes (/tmp/probe42/REPORT.md: a929802's reader mends attacked) that still fail
 * on main after its fixes (f69e51f): three fail-safe false alarms, failing before a929802 too.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R42_A: readonly KnownOpen[] = [
  {
    key: 'r42 "NF4: mri/head 5 d ago: \\"ACUTE INFARCT: None. Old: left PICA territory. Gliosis. The infarct is unchanged compared with the acute stroke CT of 2024.\\""',
    kind: 'false-alarm',
    reason:
      '"the acute stroke CT of 2024" is read as an acute stroke by the term scan (a study named by its indication): emergency for an old infarct, a fail-safe false alarm',
  },
  {
    key: 'r42 "D6: cta/neck-vessels 3 d ago: \\"No evidence of:\u23ce- occlusion\u23ce- dissection (possible on the right on the outside CTA, now excluded)\\""',
    kind: 'false-alarm',
    reason:
      'a suspicion on an outside study inside a negated bullet\'s parentheses ("possible on the right on the outside CTA, now excluded") reads as an uncertain dissection: held, emergency, a fail-safe false alarm',
  },
  {
    key: 'r42 "D7: cta/neck-vessels 3 d ago: \\"No evidence of:\u23ce- dissection (suspected left V3 on outside CTA; not confirmed)\u23ce- occlusion\\""',
    kind: 'false-alarm',
    reason:
      'a suspicion on an outside study inside a negated bullet\'s parentheses ("suspected left V3 on outside CTA; not confirmed") reads as an uncertain dissection: held, emergency, a fail-safe false alarm',
  },
];
