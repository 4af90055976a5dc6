/**
 * Probes that fail on the engine as it is, each with one line on why. The spec requires every
 * one of them still to fail: when one is fixed, remove it here (a FIXED row in
 * `npm run engine:probe`). Kinds:
 * - `miss`: not one of the judgement calls left open by the review rounds; found when the
 *   probes were made a suite. Less cautious than the reviewers' expectation: a safety finding
 *   to be decided by the reader's owner.
 * - `judgement`: left open on purpose after the review rounds (a reading or a rule conflict
 *   the rounds decided not to change yet).
 * - `expectation`: the harness expected more than the rules ask, or asked a question; kept as
 *   written so the decision stays visible.
 * - `false-alarm`: a `clear` probe (nothing must be raised) that raises something: more
 *   cautious than needed, not a safety miss.
 * Round 5's are in known-open-r5-*.ts: its misses are the failures of the round's REPORT.md,
 * each reason naming the report's family (A, P1-P3, T, D, B1-B3, S1, S2, V, C1-C5). Round 6's are in
 * known-open-r6-*.ts, listed against main f689ee2: misses name the report's family (F1a-F1i,
 * F2, F4, F5), judgement calls and false alarms its sections of those names. Round 7's are in
 * known-open-r7-*.ts, listed against main 9337648: misses name the report's family (F1b, F1e,
 * F1f, F1h, F2-F7), false alarms its FA1 and FA4, judgement calls its section of that name.
 * Round 9's are in known-open-r9-a.ts, listed against main 95e50ae (families H1-H3, A2-A5, B1-B4,
 * C4, D1-D4, E1, G: the round's REPORT.md). Round 10's are in known-open-r10-a.ts, listed against
 * main c75e998 (false alarms FA1-FA16, most from round 9's own fixes; misses M1-M10). Round 11's
 * are in known-open-r11-a.ts, listed against main 64d6100 (REPORT.md's families); round 12's (a
 * sweep of normal reports, FA1-FA9, and misses M1-M6) in known-open-r12-a.ts, against 3e78ba7;
 * round 13's (A1-A2 regressions of round 12's rules, FA, M) in known-open-r13-a.ts, against b492d6d;
 * round 14's (M1-M5, FA1-FA3) in known-open-r14-a.ts, against a861c24; round 15's (whole reports,
 * M1-M5, FA1-FA2) in known-open-r15-a.ts, against 1df2c6d; round 16's (whole reports in new
 * templates) in known-open-r16-a.ts, against 4046354; round 17's (whole case-file vignettes, M1, FA1,
 * E1-E2) in known-open-r17-a.ts, against 0a713e4; round 21's (report texts as radiologists write
 * them) in known-open-r21-a.ts, against 910daee; round 23's (whole dictated reports) in
 * known-open-r23-a.ts, against 840711c; round 25's (rounds 21 and 23 attacked again) in
 * known-open-r25-a.ts, against 2298f7d; round 26's (courses and painkillers) in
 * known-open-r26-a.ts, against e0191a0; rounds 27 (courses again) and 28 (a reader sweep) in
 * known-open-r27-a.ts and known-open-r28-a.ts, against eae212c; round 29's in
 * known-open-r29-a.ts, against e1cda55.
 */
import { KNOWN_OPEN_R5_A } from './known-open-r5-a';
import { KNOWN_OPEN_R5_B } from './known-open-r5-b';
import { KNOWN_OPEN_R5_C } from './known-open-r5-c';
import { KNOWN_OPEN_R6_A } from './known-open-r6-a';
import { KNOWN_OPEN_R6_B } from './known-open-r6-b';
import { KNOWN_OPEN_R6_C } from './known-open-r6-c';
import { KNOWN_OPEN_R7_A } from './known-open-r7-a';
import { KNOWN_OPEN_R7_B } from './known-open-r7-b';
import { KNOWN_OPEN_R9_A } from './known-open-r9-a';
import { KNOWN_OPEN_R10_A } from './known-open-r10-a';
import { KNOWN_OPEN_R11_A } from './known-open-r11-a';
import { KNOWN_OPEN_R12_A } from './known-open-r12-a';
import { KNOWN_OPEN_R13_A } from './known-open-r13-a';
import { KNOWN_OPEN_R14_A } from './known-open-r14-a';
import { KNOWN_OPEN_R15_A } from './known-open-r15-a';
import { KNOWN_OPEN_R16_A } from './known-open-r16-a';
import { KNOWN_OPEN_R17_A } from './known-open-r17-a';
import { KNOWN_OPEN_R21_A } from './known-open-r21-a';
import { KNOWN_OPEN_R23_A } from './known-open-r23-a';
import { KNOWN_OPEN_R25_A } from './known-open-r25-a';
import { KNOWN_OPEN_R26_A } from './known-open-r26-a';
import { KNOWN_OPEN_R27_A } from './known-open-r27-a';
import { KNOWN_OPEN_R28_A } from './known-open-r28-a';
import { KNOWN_OPEN_R29_A } from './known-open-r29-a';
import { KNOWN_OPEN_R30_A } from './known-open-r30-a';
import { KNOWN_OPEN_R31_A } from './known-open-r31-a';
import { KNOWN_OPEN_R32_A } from './known-open-r32-a';
import { KNOWN_OPEN_R34_A } from './known-open-r34-a';
import { KNOWN_OPEN_R38_A } from './known-open-r38-a';
import { KNOWN_OPEN_R42_A } from './known-open-r42-a';
import { KNOWN_OPEN_R43_A } from './known-open-r43-a';
import { KNOWN_OPEN_R44_A } from './known-open-r44-a';
import { KNOWN_OPEN_R45_A } from './known-open-r45-a';
import { KNOWN_OPEN_R46_A } from './known-open-r46-a';
import { KNOWN_OPEN_R47_A } from './known-open-r47-a';
import { KNOWN_OPEN_R48_A } from './known-open-r48-a';
import { KNOWN_OPEN_R49_A } from './known-open-r49-a';
import { KNOWN_OPEN_R50_A } from './known-open-r50-a';
import { KNOWN_OPEN_R51_A } from './known-open-r51-a';
import { KNOWN_OPEN_R52_A } from './known-open-r52-a';
import { KNOWN_OPEN_R53_A } from './known-open-r53-a';
import { KNOWN_OPEN_R54_A } from './known-open-r54-a';
import { KNOWN_OPEN_R55_A } from './known-open-r55-a';
import { KNOWN_OPEN_R56_A } from './known-open-r56-a';
import { KNOWN_OPEN_R57_A } from './known-open-r57-a';
import { KNOWN_OPEN_R58_A } from './known-open-r58-a';

export interface KnownOpen {
  key: string;
  kind: 'miss' | 'judgement' | 'expectation' | 'false-alarm';
  reason: string;
}

export const KNOWN_OPEN: readonly KnownOpen[] = [
  {
    key: 'r1 "VA narrowing phrase + headache+dizziness: Reverse flow in the left VA (subclavian steal)." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason: 'subclavian steal (reversed VA flow) is not read as narrowing',
  },
  {
    key: 'r1 "VA narrowing phrase + headache+dizziness: Hypoplasia of the right vertebral artery, diameter 2.0 mm." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason: 'VA hypoplasia is not read as narrowing',
  },
  {
    key: 'r1 "VA narrowing in read Doppler + headache+dizziness: Hypoplasia of the left vertebral artery, diameter 2.0 mm." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason: 'VA hypoplasia is not read as narrowing',
  },
  {
    key: 'r2 "Microbleeds in the pons." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason: 'microbleeds are not read as a stroke',
  },
  {
    key: 'r2 "Haemosiderin deposits in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason: 'haemosiderin deposits are not read as a stroke',
  },
  {
    key: 'r2 "Left VA: retrograde flow (subclavian steal)." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason: 'subclavian steal (retrograde VA flow) is not read as narrowing or absent flow',
  },
  {
    key: 'r2 "Reversed flow in the left VA." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason: 'subclavian steal family: reversed VA flow is not read (no narrowing, no absent flow)',
  },
  {
    key: 'r2 "Referred for dizziness with an acute left cerebellar infarct on CT." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason: "'Referred for dizziness with an acute … infarct' is read as the referral's question",
  },
  {
    key: 'r3 "Left VA incompletely visualised." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason: "'incompletely visualised', like 'poorly visualised', is not read as absent flow",
  },
  {
    key: 'r3 "Left VA poorly visualized." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason: "'poorly visualised' is not read as absent flow",
  },
  {
    key: 'r4 "pair: missing full stop after a request: Indication: ? dissection Dilated aortic root." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "missing full stop: 'Indication: ? dissection Dilated aortic root.' loses the question (not-cleared -> clear)",
  },
  {
    key: 'r4 "monotone: new-unusual-headache unknown -> present (undated), manipulation logged 10 days ago"',
    kind: 'judgement',
    reason:
      'rule conflict: unknown new-unusual-headache after manipulation holds exercise; present and undated it does not (section 9)',
  },
  {
    key: 'r4 "monotone: headache unknown -> present (one triad feature), associated signs answered no"',
    kind: 'judgement',
    reason:
      'rule conflict: one triad feature present gives suspicion low and clears manipulation; unknown it holds it (section 3)',
  },
  {
    key: 'r1 "dizziness onset 5d after recent-neck-massage 25d"',
    kind: 'expectation',
    reason:
      "triad after neck massage: the engine takes 14 days as 'newly after' (onset 20 days after the massage); section 9 names no window",
  },
  {
    key: 'r2 "Signal changes in C5 and C6 endplates with disc enhancement, consistent with infection." [mri/cervical-spine 2026-11-15]',
    kind: 'expectation',
    reason:
      'infection read (manipulation caution, massage contraindicated); the harness wanted spondylodiscitis (manipulation contraindicated)',
  },
  {
    key: 'r2 "Epidural abscess C5–C6." [mri/cervical-spine 2026-11-15]',
    kind: 'expectation',
    reason:
      'epidural abscess is infection: manipulation caution by the section 5 table; the harness wanted contraindicated',
  },
  {
    key: 'r3 "Epidural abscess C4-C6." [mri/cervical-spine 2026-11-15]',
    kind: 'expectation',
    reason:
      'epidural abscess is infection: manipulation caution by the section 5 table; the harness wanted contraindicated',
  },
  {
    key: 'r3 "Prevertebral abscess." [mri/cervical-spine 2026-11-15]',
    kind: 'expectation',
    reason:
      'prevertebral abscess is infection: manipulation caution by the section 5 table; the harness wanted contraindicated',
  },
  {
    key: 'r3 "Suspicious for neoplasm in C5 vertebral body." [mri/cervical-spine 2026-11-15]',
    kind: 'expectation',
    reason:
      "'Suspicious for neoplasm' is uncertain (FS-7): not-cleared, not contraindicated; the harness wanted contraindicated",
  },
  {
    key: 'r3 "Glioblastoma in the right temporal lobe." [mri/head 2026-11-15]',
    kind: 'expectation',
    reason:
      'a brain tumour is a collar-zone massage contraindication only (it is); the harness also wanted manipulation contraindicated',
  },
  {
    key: 'r3 "Indication: ? vertebral artery dissection. Findings: normal vertebral arteries." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "the request 'Indication: ? vertebral artery dissection' answered normal still holds all four at not-cleared",
  },
  {
    key: 'r3 "Indication: neck pain, query VAD. Normal study." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "the request 'query VAD' answered by 'Normal study' still holds all four at not-cleared",
  },
  {
    key: 'r3 "History: dizziness, rule out VBI. Vertebral arteries normal." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "the request 'rule out VBI' answered normal still holds manipulation and collar-zone massage",
  },
  {
    key: 'r3 "Clinical question: TIA? No infarct." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason: "the question 'TIA?' answered 'No infarct' still holds manipulation",
  },
  {
    key: 'r3 "Referred to exclude stroke. Normal brain." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "'Referred to exclude stroke. Normal brain.' still holds manipulation and collar-zone massage",
  },
  {
    key: 'r3 "Hemangioma in the C5 vertebral body (benign)." [mri/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'a benign vertebral haemangioma is read as a spinal tumour: both massages contraindicated',
  },
  {
    key: 'r3 "Typical vertebral haemangioma C6." [mri/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'a typical vertebral haemangioma is read as a spinal tumour: both massages contraindicated',
  },
  {
    key: 'r3 "The left VA is not visualised in its V4 segment due to artefact." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason: 'a VA segment not visualised due to artefact is read as occlusion: emergency',
  },
  ...KNOWN_OPEN_R5_A,
  ...KNOWN_OPEN_R5_B,
  ...KNOWN_OPEN_R5_C,
  ...KNOWN_OPEN_R6_A,
  ...KNOWN_OPEN_R6_B,
  ...KNOWN_OPEN_R6_C,
  ...KNOWN_OPEN_R7_A,
  ...KNOWN_OPEN_R7_B,
  ...KNOWN_OPEN_R9_A,
  ...KNOWN_OPEN_R10_A,
  ...KNOWN_OPEN_R11_A,
  ...KNOWN_OPEN_R12_A,
  ...KNOWN_OPEN_R13_A,
  ...KNOWN_OPEN_R14_A,
  ...KNOWN_OPEN_R15_A,
  ...KNOWN_OPEN_R16_A,
  ...KNOWN_OPEN_R17_A,
  ...KNOWN_OPEN_R21_A,
  ...KNOWN_OPEN_R23_A,
  ...KNOWN_OPEN_R25_A,
  ...KNOWN_OPEN_R26_A,
  ...KNOWN_OPEN_R27_A,
  ...KNOWN_OPEN_R28_A,
  ...KNOWN_OPEN_R29_A,
  ...KNOWN_OPEN_R30_A,
  ...KNOWN_OPEN_R31_A,
  ...KNOWN_OPEN_R32_A,
  ...KNOWN_OPEN_R34_A,
  ...KNOWN_OPEN_R38_A,
  ...KNOWN_OPEN_R42_A,
  ...KNOWN_OPEN_R43_A,
  ...KNOWN_OPEN_R44_A,
  ...KNOWN_OPEN_R45_A,
  ...KNOWN_OPEN_R46_A,
  ...KNOWN_OPEN_R47_A,
  ...KNOWN_OPEN_R48_A,
  ...KNOWN_OPEN_R49_A,
  ...KNOWN_OPEN_R50_A,
  ...KNOWN_OPEN_R51_A,
  ...KNOWN_OPEN_R52_A,
  ...KNOWN_OPEN_R53_A,
  ...KNOWN_OPEN_R54_A,
  ...KNOWN_OPEN_R55_A,
  ...KNOWN_OPEN_R56_A,
  ...KNOWN_OPEN_R57_A,
  ...KNOWN_OPEN_R58_A,
];
