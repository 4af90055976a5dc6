/**
 * Round 30's probes (/tmp/probe30/REPORT.md: contract case files on the structured fields)
 * that still fail on main after its fixes: judgement calls for the rules' owner, and free text
 * outside reports that is not read.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R30_A: readonly KnownOpen[] = [
  {
    key: 'r30 "A12: judgement: dizziness onset 20 d after a dated neck massage (rule gives no 14-day window for massage)"',
    kind: 'judgement',
    reason:
      'a triad feature dated 20 days after a dated neck massage: the engine reads "newly appearing after a neck massage" within 14 days (as after a manipulation); section 9 names no window for massage',
  },
  {
    key: 'r30 "G22: headache \\"no\\", occipital-headache unknown, dizziness yes: an occipital headache would make it moderate (FS-6 counts it as headache)"',
    kind: 'judgement',
    reason:
      '"headache: no" is read as answering occipital headache too (an occipital headache is a headache, FS-6): the unanswered occipital field is not held as a possible raise',
  },
  {
    key: 'r30 "G23: headache \\"no\\", occipital unknown, dizziness + visual yes: occipital would make it high"',
    kind: 'judgement',
    reason:
      '"headache: no" is read as answering occipital headache too (an occipital headache is a headache, FS-6): the unanswered occipital field is not held as a possible raise',
  },
  {
    key: 'r30 "L02: judgement: referral urgent \\"?vertebral artery dissection after chiro\\" with all findings no"',
    kind: 'judgement',
    reason:
      'a question in the referral reason ("?dissection after chiro") affirms nothing (FS-7: the reason is read since round 53, a question only asks); nothing is flagged',
  },
];
