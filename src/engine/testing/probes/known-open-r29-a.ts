/**
 * Round 29's probes (/tmp/probe29/REPORT.md: the fixes of e1cda55 attacked) that still fail
 * on main after its fixes: judgement calls.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R29_A: readonly KnownOpen[] = [
  {
    key: 'r29 "D4: Aspirin 100 mg, form \\"2 tablets four times daily for neck pain\\", 8 days"',
    kind: 'judgement',
    reason:
      '"Aspirin 100 mg" with a form of "2 tablets four times daily for neck pain": the name reads as antiplatelet aspirin; the dose in the form is not read',
  },
];
