/**
 * Round 43's probes (/tmp/probe43/REPORT.md: f69e51f's reader mends attacked) that still fail
 * on main after its fixes (ff47a56 and round 44's): fail-safe false alarms; OF2 and BF1 failed
 * before f69e51f too, CF2 is the price of reading a lacunar infarct after "Acute: none".
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R43_A: readonly KnownOpen[] = [
  {
    key: 'r43 "OF2: mri/head 5 d ago: \\"ACUTE INFARCT: None. Old: left PICA territory. Restricted diffusion at its margin on the outside MRI, now resolved, with no new focus.\\""',
    kind: 'false-alarm',
    reason:
      '"Restricted diffusion at its margin on the outside MRI, now resolved" is read by the term scan as acute restricted diffusion (the outside study is not told apart): emergency for an old infarct, a fail-safe false alarm',
  },
  {
    key: 'r43 "BF1: cta/neck-vessels 3 d ago: \\"No evidence of:\u23ce- occlusion\u23ce- dissection: right V2 flap suspected on outside CTA, which is now excluded\\""',
    kind: 'false-alarm',
    reason:
      'a suspicion on an outside study inside a negated bullet, "which is now excluded" ("right V2 flap suspected on outside CTA, which is now excluded"), reads as an uncertain dissection: held, emergency, a fail-safe false alarm',
  },
  {
    key: 'r43 "CF2: mri/head 5 d ago: \\"ACUTE INFARCT: None. Acute: none; small vessel lesions in the pons.\\""',
    kind: 'false-alarm',
    reason:
      'round 44 (RB2, RB4) showed acute infarcts described as "of small vessel type", "lacunar" or "microangiopathic" after "Acute: none on the right;": small-vessel words no longer make the other place old, so "small vessel lesions in the pons" after "Acute: none" reads as acute (emergency), a fail-safe false alarm chosen over clearing a lacunar infarct',
  },
];
