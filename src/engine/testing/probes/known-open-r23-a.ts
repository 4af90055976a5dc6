/**
 * Round 23's probes (/tmp/probe23/REPORT.md: whole dictated reports) that still fail on main
 * after its fixes: tables aligned with spaces, and the request families of round 12.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R23_A: readonly KnownOpen[] = [
  {
    key: 'r23 "A16: cta/neck-vessels 5 d ago, 15 lines: CTA neck UK style: \\"no evidence of vertebral\\\\nartery dissection\\" inside a numbered conclusion"',
    kind: 'false-alarm',
    reason:
      'FA8 "?VA dissection" in a clinical-information line read as an uncertain finding (emergency), as round 12\'s FA5 family',
  },
  {
    key: 'r23 "A28: mri/head 4 d ago, 13 lines: MRI brain, \\"No acute\\\\nposterior circulation stroke\\" in a bulleted impression"',
    kind: 'false-alarm',
    reason:
      'FA8 "rule out posterior circulation stroke" answered normal still holds (not-cleared), as round 12\'s FA6 family',
  },
];
