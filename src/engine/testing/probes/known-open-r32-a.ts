/**
 * Round 32's probes (/tmp/probe32/REPORT.md: round 31's reader fixes attacked) that still
 * fail on main after its fixes.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R32_A: readonly KnownOpen[] = [
  {
    key: 'r32 "AH12: mri/head 3 d ago: \\"Cerebellar infarct\u23ceNone.\\" (mixed case, no colon)"',
    kind: 'false-alarm',
    reason:
      'a line "Cerebellar infarct" in sentence case with no colon is read as a finding, not as a heading: a heading must be in capitals or end in a colon (a bare finding line followed by "None." stays a finding, the cautious reading)',
  },
  {
    key: 'r32 "AP4: doppler/neck-vessels 3 d ago: \\"Grading (NASCET):\u23ceRight VA: 0%\u23ceLeft VA: 20%\\" (judgement: below 50)"',
    kind: 'judgement',
    reason:
      '"Left VA: 20%" under a NASCET heading is read as a narrowing (caution): whether a grade below 50 % is a finding is the rules owner\'s call (round 28 and 32 reviewers: no)',
  },
  {
    key: 'r32 "AW9: cta/neck-vessels 3 d ago: \\"No definite CT\u23ceevidence of dissection.\\""',
    kind: 'judgement',
    reason:
      '"No definite X" is read as a doubt (uncertain), as everywhere in the reader (a judgement call kept since round 12)',
  },
];
