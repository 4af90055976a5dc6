/**
 * Round 9's probes that fail on main as reviewed (/tmp/probe9/REPORT.md): misses name the
 * report's family (A-H), judgement calls and the false alarm its sections of those names.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R9_A: readonly KnownOpen[] = [
  {
    key: 'r9 "judgement: VA narrowing sign + headache+dizziness: Left VA RI 0.95 vs 0.65 on the right." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'D1 Doppler narrowing wording + headache + dizziness: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r9 "judgement: VA narrowing sign + headache+dizziness: Left VA diameter 1.5 mm, right 4.0 mm." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'D1 Doppler narrowing wording + headache + dizziness: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r9 "Clinical question: PICA infarct? Answer: no infarct seen." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'E3 false alarms: brain MRI without infarct: false alarm: cervical-manipulation not-cleared; false alarm: collar-zone-massage not-cleared',
  },
];
