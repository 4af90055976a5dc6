/** Known open probes of review round 7 (part a), listed against main 9337648; see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R7_A: readonly KnownOpen[] = [
  {
    key: 'r7 "No stenosis and dissections are seen in V3." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call: 'No stenosis and dissections are seen' may be one negated list (as round 5 settled for 'No listhesis and uncovertebral arthrosis are seen'); the reviewer reads the dissection as affirmed (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "No stenosis and dissection present in V3." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call: 'No stenosis and dissection present' may be one negated list; the reviewer reads it as affirmed ('present' has no plural verb to make a list) (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "No stenosis {dissection of the left V3}" [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener after a negated stenosis ('{…}', 'seen:', '->', '>', 'yet', 'instead', 'this time') leaves the dissection inside the 'No' scope: read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "No stenosis seen: dissection of the left V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener after a negated stenosis ('{…}', 'seen:', '->', '>', 'yet', 'instead', 'this time') leaves the dissection inside the 'No' scope: read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "No stenosis -> dissection of left V3" [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener after a negated stenosis ('{…}', 'seen:', '->', '>', 'yet', 'instead', 'this time') leaves the dissection inside the 'No' scope: read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "No stenosis > dissection left V3" [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener after a negated stenosis ('{…}', 'seen:', '->', '>', 'yet', 'instead', 'this time') leaves the dissection inside the 'No' scope: read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "No stenosis + dissection in left V3." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call: the '+' in 'No stenosis + dissection' is ambiguous ('and' inside the negated list, or an added finding); read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "No stenosis yet an intimal flap in V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener after a negated stenosis ('{…}', 'seen:', '->', '>', 'yet', 'instead', 'this time') leaves the dissection inside the 'No' scope: read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "No stenosis and instead an intimal flap in V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener after a negated stenosis ('{…}', 'seen:', '->', '>', 'yet', 'instead', 'this time') leaves the dissection inside the 'No' scope: read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "No stenosis and this time a dissection in V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener after a negated stenosis ('{…}', 'seen:', '->', '>', 'yet', 'instead', 'this time') leaves the dissection inside the 'No' scope: read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Stenosis: right - no, left - is present." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F5: a value line's positive value ('is present', 'revealed') is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Stenosis: right - no, left - revealed." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F5: a value line's positive value ('is present', 'revealed') is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Stenosis: right - no, left - insignificant." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call: an 'insignificant' stenosis is still a narrowing (§5 precaution) for the reviewer, but reading 'insignificant' as none is defensible (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Dissection: right - no, left - probable." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F2: a hedged value in a value line ('left - probable') is read as 'no': the dissection counts as excluded, not unknown (FS-7) (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right cerebellar infarct aged about 3 days." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right cerebellar infarct of 3-5 days\' duration." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right cerebellar infarct (less than 7 days)." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Interval appearance of a right cerebellar infarct." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right cerebellar infarct, new in comparison with the prior study." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right cerebellar infarct; new versus prior." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right cerebellar infarct, new relative to the previous MRI." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Acute infartc in the right cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1h: a misspelt infarct ('infartc') is not read: only the FS-8 not-read warning, everything clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right cerebellar infarct, not evident on the prior study." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right cerebellar infarct, not present on the MRI of 2026-10-01." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right cerebellar infarct, which was not present previously." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Indication: f/u left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F6: a history section's fact ('f/u', 'in October', 'control after') is still read as a request: dissection uncertain (not-cleared), not contraindicated with an emergency (got manip=not-cleared czm=not-cleared bm=not-cleared ex=not-cleared urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Reason for referral: left VA dissection in October." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F6: a history section's fact ('f/u', 'in October', 'control after') is still read as a request: dissection uncertain (not-cleared), not contraindicated with an emergency (got manip=not-cleared czm=not-cleared bm=not-cleared ex=not-cleared urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Indication: control after left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F6: a history section's fact ('f/u', 'in October', 'control after') is still read as a request: dissection uncertain (not-cleared), not contraindicated with an emergency (got manip=not-cleared czm=not-cleared bm=not-cleared ex=not-cleared urg=none vas=low course=none)",
  },
];
