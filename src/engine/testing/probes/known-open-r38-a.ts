/**
 * Round 38's probes (/tmp/probe38/REPORT.md: round 36's reader fixes attacked) that still
 * fail on main after its fixes.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R38_A: readonly KnownOpen[] = [
  {
    key: 'r38 "AY6: mri/head 3 d ago: \\"ACUTE INFARCT: None. Acute ischaemia: ruled-out on DWI.\\" (\\"ruled-out\\")"',
    kind: 'false-alarm',
    reason:
      '"Acute ischaemia: ruled-out on DWI." after "ACUTE INFARCT: None.": the age label with its hyphenated answer still takes the denial back (the cautious reading)',
  },
  {
    key: 'r38 "AN1: cta/neck-vessels 3 d ago: \\"No stenosis by NASCET criteria. Left VA 65% (dominant), right VA 35% of the vertebrobasilar supply.\\" (a dominance note under a grading word)"',
    kind: 'false-alarm',
    reason:
      '"Left VA 65% (dominant), right VA 35% of the vertebral flow" after a NASCET sentence: the first value is read as a stenosis (caution); the share is said only after the second',
  },
];
