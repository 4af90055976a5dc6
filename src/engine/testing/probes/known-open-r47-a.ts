/**
 * Round 47's probes (/tmp/probe47/REPORT.md: round 46's mends, b80a924 and 77328af, attacked)
 * that still fail on main after its fixes (975ee63): three fail-safe false alarms, EF4 and BF4
 * failing before c39a4ab too. The round's FHIR probes FQ4 ("Rear-ended at lights, previously
 * asymptomatic neck") and FR4 ("Acute neck pain, hit by a car as a child") are in
 * fhir/fhir-r47.spec.ts, `xit`s with their reasons.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R47_A: readonly KnownOpen[] = [
  {
    key: 'r47 "EF4: mri/head 5 d ago: \\"ACUTE INFARCT: None. Acute: none on the right; left MCA distribution free of restriction.\\" (\\"free of restriction\\")"',
    kind: 'false-alarm',
    reason:
      '"left MCA distribution free of restriction" after "Acute: none": "free of" is not read as a denial, so the territory is read as an acute focus (emergency, all four contraindicated): a fail-safe false alarm, open; it failed before c39a4ab too',
  },
  {
    key: 'r47 "BF3: cta/neck-vessels 3 d ago: \\"No evidence of:\u23ce- aneurysm\u23ce- dissection: left V2 patent, possible flap on the outside CTA not confirmed\\" (\\"patent\\", a suspicion on the outside CTA not confirmed)"',
    kind: 'false-alarm',
    reason:
      '"left V2 patent, possible flap on the outside CTA not confirmed": a suspicion on an outside study inside a negated bullet, not confirmed on this study, is read as an affirmed dissection (held, emergency, all four contraindicated): a fail-safe false alarm, open; made by b80a924 (it passed at c39a4ab)',
  },
  {
    key: 'r47 "BF4: cta/neck-vessels 3 d ago: \\"No evidence of:\u23ce- aneurysm\u23ce- dissection: suspected left V3 flap at the outside hospital, excluded on this study\\" (a suspicion at the outside hospital, excluded on this study)"',
    kind: 'false-alarm',
    reason:
      '"suspected left V3 flap at the outside hospital, excluded on this study": a suspicion on an outside study inside a negated bullet, excluded on this study, is read as an uncertain dissection (held, emergency, all four contraindicated): a fail-safe false alarm, open; it failed before c39a4ab too',
  },
];
