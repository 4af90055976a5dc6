/** Known open probes of review round 6 (part a); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R6_A: readonly KnownOpen[] = [
  {
    key: 'r6 "Left VA dissection cannot be confirmed or excluded." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1d: a hedged exclusion the postUncertain list does not cover: read as a plain negation (uncertain = unknown, FS-7) (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Left VA dissection can neither be confirmed nor excluded." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1d: a hedged exclusion the postUncertain list does not cover: read as a plain negation (uncertain = unknown, FS-7) (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Left VA dissection could neither be confirmed nor ruled out." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1d: a hedged exclusion the postUncertain list does not cover: read as a plain negation (uncertain = unknown, FS-7) (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Neither confirmed nor excluded: left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1d: a hedged exclusion the postUncertain list does not cover: read as a plain negation (uncertain = unknown, FS-7) (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Dissection of the left VA: excluded only partially." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1d: a hedged exclusion the postUncertain list does not cover: read as a plain negation (uncertain = unknown, FS-7) (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Left VA dissection is only partially excluded." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1d: a hedged exclusion the postUncertain list does not cover: read as a plain negation (uncertain = unknown, FS-7) (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Left VA dissection is excluded only in V1-V2." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F1d): 'excluded only in V1-V2' is read as a negation; bounded at not-cleared as a partial exclusion (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Picture is not typical for dissection, but it cannot be excluded." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1d: a hedged exclusion the postUncertain list does not cover: read as a plain negation (uncertain = unknown, FS-7) (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "No conclusive evidence of left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F1d): 'No conclusive evidence of' is read as a negation (the engine treats 'no definite' as a hedge; some radiologists mean no) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No unequivocal evidence of left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F1d): 'No unequivocal evidence of' is read as a negation (as a008) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Uncovertebral arthrosis C5-C6 can neither be confirmed nor excluded." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1d: a hedged exclusion the postUncertain list does not cover: read as a plain negation (uncertain = unknown, FS-7) (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Uncovertebral arthrosis C5-C6 is only partially excluded." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1d: a hedged exclusion the postUncertain list does not cover: read as a plain negation (uncertain = unknown, FS-7) (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Not changed: dissection of the left VA." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1a: a comparison pseudo-negation the list does not cover: the dissection / occlusion / new infarct is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Without dynamics: dissection of the left VA." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1a: a comparison pseudo-negation the list does not cover: the dissection / occlusion / new infarct is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "No negative dynamics of the left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1a: a comparison pseudo-negation the list does not cover: the dissection / occlusion / new infarct is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "No dynamics of the left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1a: a comparison pseudo-negation the list does not cover: the dissection / occlusion / new infarct is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "No healing of the left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1a: a comparison pseudo-negation the list does not cover: the dissection / occlusion / new infarct is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "No remodelling of the left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1a: a comparison pseudo-negation the list does not cover: the dissection / occlusion / new infarct is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "No normalisation of the left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1a: a comparison pseudo-negation the list does not cover: the dissection / occlusion / new infarct is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "No reopening of the occluded left VA." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1a: a comparison pseudo-negation the list does not cover: the dissection / occlusion / new infarct is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "No reduction of the left VA stenosis." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a comparison ('No reduction / decrease of the stenosis') reads the stenosis as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No decrease in the left VA stenosis." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a comparison ('No reduction / decrease of the stenosis') reads the stenosis as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right cerebellar infarct that was not present on 2026-10-01." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1a: a comparison pseudo-negation the list does not cover: the dissection / occlusion / new infarct is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Stenosis: right - no, left - haemodynamically significant." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F4: a templated value line whose positive value is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Stenosis: right - no, left - moderate." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F4: a templated value line whose positive value is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Stenosis: right - no, left - severe." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F4: a templated value line whose positive value is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Stenosis: right - no, left - +." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F4: a templated value line whose positive value is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Stenosis: right - no, left - detected." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F4: a templated value line whose positive value is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Stenosis: left 0 %; right 80 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F4: a templated value line whose positive value is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Stenosis: left 0 %. Right 80 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F4: a templated value line whose positive value is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Stenosis: left 0 %, right 80 per cent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F4: a templated value line whose positive value is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Stenosis: left - no; right - yes." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F4: a templated value line whose positive value is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "VA | left | right\\nstenosis | 70 % | 0 %" [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F4: a templated value line whose positive value is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Stenosis L/R: 70/0 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F4: a templated value line whose positive value is not recognised: the stenosis is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Dissection: right - no, left - Y." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1c: a templated line whose positive value is not recognised (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Stenosis | no | Dissection | yes" [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1c: a templated line whose positive value is not recognised (got manip=caution czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "No stenosis and there\'s an intimal flap in V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No stenosis and also a dissection at V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No stenosis and we see a dissection at V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No stenosis and signs of dissection at V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No stenosis and dissection is visible in V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No stenosis and dissection is found in V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No stenosis [dissection of the left V3]." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No stenosis * dissection left V3" [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No stenosis | dissection left V3" [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No stenosis -- dissection of left V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No stenosis: dissection of the left VA at V3." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F1b): 'No stenosis: dissection ...': the colon reading is ambiguous; the dissection is read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "no stenosis occlusion of the left va at v4" [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Clinical history: left VA dissection 2019." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call (F3): a history / indication section stating a dissection or stroke is read as a question (not-cleared), not as a fact on record (contraindicated, emergency for unknown onset) (got manip=not-cleared czm=not-cleared bm=not-cleared ex=not-cleared urg=none)',
  },
  {
    key: 'r6 "Clinical history: status post left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call (F3): a history / indication section stating a dissection or stroke is read as a question (not-cleared), not as a fact on record (contraindicated, emergency for unknown onset) (got manip=not-cleared czm=not-cleared bm=not-cleared ex=not-cleared urg=none)',
  },
  {
    key: 'r6 "Clinical history: s/p left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call (F3): a history / indication section stating a dissection or stroke is read as a question (not-cleared), not as a fact on record (contraindicated, emergency for unknown onset) (got manip=not-cleared czm=not-cleared bm=not-cleared ex=not-cleared urg=none)',
  },
  {
    key: 'r6 "Clinical history: h/o left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call (F3): a history / indication section stating a dissection or stroke is read as a question (not-cleared), not as a fact on record (contraindicated, emergency for unknown onset) (got manip=not-cleared czm=not-cleared bm=not-cleared ex=not-cleared urg=none)',
  },
  {
    key: 'r6 "Clinical history: left VA dissection diagnosed last month." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call (F3): a history / indication section stating a dissection or stroke is read as a question (not-cleared), not as a fact on record (contraindicated, emergency for unknown onset) (got manip=not-cleared czm=not-cleared bm=not-cleared ex=not-cleared urg=none)',
  },
];
