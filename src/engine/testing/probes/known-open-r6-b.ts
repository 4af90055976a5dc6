/** Known open probes of review round 6 (part b); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R6_B: readonly KnownOpen[] = [
  {
    key: 'r6 "Indication: follow-up of left VA dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call (F3): a history / indication section stating a dissection or stroke is read as a question (not-cleared), not as a fact on record (contraindicated, emergency for unknown onset) (got manip=not-cleared czm=not-cleared bm=not-cleared ex=not-cleared urg=none)',
  },
  {
    key: 'r6 "Reason for exam: left VA dissection on anticoagulation, follow-up." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call (F3): a history / indication section stating a dissection or stroke is read as a question (not-cleared), not as a fact on record (contraindicated, emergency for unknown onset) (got manip=not-cleared czm=not-cleared bm=not-cleared ex=not-cleared urg=none)',
  },
  {
    key: 'r6 "Indication: follow-up of a right cerebellar infarct 10 days ago." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call (F3): a history / indication section stating a dissection or stroke is read as a question (not-cleared), not as a fact on record (contraindicated, emergency for unknown onset) (got manip=not-cleared czm=not-cleared bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Hyperattenuating haemorrhage in the pons." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "High-density haemorrhage in the pons." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Normal ventricles. Early ischaemic changes in the right cerebellum." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1g: an acute CT finding or acute blood not read, next to 'Normal ventricles' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Normal ventricles. Loss of grey-white differentiation in the right cerebellum." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1g: an acute CT finding or acute blood not read, next to 'Normal ventricles' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Normal ventricles. Hyperdense basilar artery sign." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1g: an acute CT finding or acute blood not read, next to 'Normal ventricles' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Normal ventricles. Hyperdense left vertebral artery." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1g: an acute CT finding or acute blood not read, next to 'Normal ventricles' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Left VA: not within the normal range." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a 'not normal' variant of the VA is not read (and 'normal' in the text suppresses the warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Left VA: outside normal limits." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a 'not normal' variant of the VA is not read (and 'normal' in the text suppresses the warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Left VA: not entirely normal." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a 'not normal' variant of the VA is not read (and 'normal' in the text suppresses the warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Left VA flow is non-normal." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a 'not normal' variant of the VA is not read (and 'normal' in the text suppresses the warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Left VA: flow velocity below normal." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a 'not normal' variant of the VA is not read (and 'normal' in the text suppresses the warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Left VA: velocity lower than normal." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a 'not normal' variant of the VA is not read (and 'normal' in the text suppresses the warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Left VA lumen 40 % of normal." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a 'not normal' variant of the VA is not read (and 'normal' in the text suppresses the warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Normal ventricles. Acute in-\\nfarct in the right cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1h: a word broken at a line end (joined word under 8 letters) is not mended (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Normal ventricles. Acute cere-\\nbellar in-\\nfarct." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1h: a word broken at a line end (joined word under 8 letters) is not mended (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Ac-\\nute infarct in the right cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "No stenosis and V3 dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1b: a phrase opener the rules miss: the leading 'No' negates the second finding too (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "The picture does not contradict dissection of the left VA." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: Russian-English 'does not contradict' (= is consistent with) read as a negation (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "The MR picture does not contradict an acute infarct in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: Russian-English 'does not contradict' (= is consistent with) read as a negation (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "The picture does not contradict uncovertebral arthrosis C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: Russian-English 'does not contradict' (= is consistent with) read as a negation (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "MR picture of ischemic stroke in the stage of early subacute period in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Ischemic stroke in the left PICA basin in the early recovery period (2 weeks)." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F4): a '2 weeks' (early recovery period) infarct in a 5-day-old report; §9 keys urgency on the report's age (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right VA: normal. Left VA: flow 0 cm/s." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1f: zero or absent flow written as a measurement or idiom, next to 'normal' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right VA: normal. Left VA: PSV 0." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1f: zero or absent flow written as a measurement or idiom, next to 'normal' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right VA: normal. Left VA: blood flow 0 ml/min (right 120 ml/min)." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1f: zero or absent flow written as a measurement or idiom, next to 'normal' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right VA: normal. Left VA: no blood flow registered." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1f: zero or absent flow written as a measurement or idiom, next to 'normal' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right VA: normal. Blood flow in the left VA is not located." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1f: zero or absent flow written as a measurement or idiom, next to 'normal' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right VA: normal. Left VA: not located." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1f: zero or absent flow written as a measurement or idiom, next to 'normal' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Left VA stenosis 0 %, flow 0 cm/s." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1f: zero or absent flow written as a measurement or idiom, next to 'normal' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right VA: normal. Left VA: PSV — cm/s (no signal)." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1f: zero or absent flow written as a measurement or idiom, next to 'normal' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right VA: normal. Left VA diameter reduced by 60 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a narrowing written as a measurement or in-stent restenosis is not read, next to 'Right VA: normal.' (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right VA: normal. Lumen reduction of the left VA by 60 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a narrowing written as a measurement or in-stent restenosis is not read, next to 'Right VA: normal.' (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right VA: normal. Left VA diameter 1.5 mm (right 3.8 mm)." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a narrowing written as a measurement or in-stent restenosis is not read, next to 'Right VA: normal.' (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right VA: normal. Left VA: in-stent restenosis 60 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: a narrowing written as a measurement or in-stent restenosis is not read, next to 'Right VA: normal.' (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Right cerebellar infarct, 3 days old." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "3-day-old right cerebellar infarct." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Two-day-old infarct in the right cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Infarct in the right cerebellum of 1 week duration." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct, estimated age 5-7 days." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct of several days\' duration." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct, hours to days old." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct (<7 days)." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct, onset 2 days ago." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct in the early subacute stage." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct, evolving." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct in evolution." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct (DWI+)." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct, DWI: restricted." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct. DWI: hyperintense." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct with high DWI signal." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct, restricting." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct; ADC low." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
];
