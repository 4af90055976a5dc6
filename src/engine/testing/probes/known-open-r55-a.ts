/**
 * Round 55's probes (/tmp/probe55/head.md: 212 whole case files against 0b3b244, 9 failing
 * there) that still fail on main after its mends (b791c16): one of the 211 kept as probes
 * (probe-cases-r55-a.ts to -j.ts; X2, a refusal, is not a probe), H29F, a false alarm on the safe
 * side that the round itself called clinically defensible. The list is kept for the round's
 * later reviews.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R55_A: readonly KnownOpen[] = [
  {
    key: 'r55 "H29F: same as H29: CTA 5 d ago \\"occlusion cannot be excluded\\" (uncertain) — upper bound"',
    kind: 'false-alarm',
    reason:
      'an uncertain reading on a recent CTA raises the emergency: "occlusion cannot be excluded" on a CTA 5 days old gives emergency (URG-ACUTE-IMAGING) and every modality contraindicated, while the brief (FS-7) reads an uncertain reading as unknown, which holds the modalities (not-cleared) but does not by itself raise urgency (want urgency none); errs safe',
  },
];
