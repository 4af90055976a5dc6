/** Known open probes of review round 6 (part c); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R6_C: readonly KnownOpen[] = [
  {
    key: 'r6 "Interval right cerebellar infarct." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar infarct, not present on the prior study." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Right cerebellar haemorrhage, 2 days old." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Normal ventricles. Fresh blood in the right cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1g: an acute CT finding or acute blood not read, next to 'Normal ventricles' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Normal ventricles. Hyperacute haematoma right cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1g: an acute CT finding or acute blood not read, next to 'Normal ventricles' (counted as machine-read: no warning) (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "History: left cerebellar stroke 3 days ago." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F2: stroke read, but its acuity (time expression, stage word, DWI form, prior-study comparison, CT density or hyphenation) is missed: urgency none (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Correction: \\"no dissection\\" should read \\"dissection\\"." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1i: a correction written inside the report: every mention read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "Vertebral arteries: no dissection.\\nAddendum: for \\"no dissection\\" read \\"dissection of the left V3\\"." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1i: a correction written inside the report: every mention read as negated (got manip=clear czm=clear bm=clear ex=clear urg=none)',
  },
  {
    key: 'r6 "dizziness onset 2027-11-18 after recent-cervical-manipulation 2026-11-17"',
    kind: 'miss',
    reason:
      "REPORT.md F5: a finding's onset after assessedOn (a year typo) is accepted and loses the triad-after-manipulation alarm (sessions after assessedOn are refused) (got manip=not-cleared czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"Marcoumar 3 mg\\" current, entry anticoagulants=no"',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F5): this anticoagulant name is not recognised by the engine's own medication rule (anticoagulant-names.ts); the brief does not require reading the medication list (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"Phenindione\\" current, entry anticoagulants=no"',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F5): this anticoagulant name is not recognised by the engine's own medication rule (anticoagulant-names.ts); the brief does not require reading the medication list (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"Фенилин\\" current, entry anticoagulants=no"',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F5): this anticoagulant name is not recognised by the engine's own medication rule (anticoagulant-names.ts); the brief does not require reading the medication list (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"Синкумар\\" current, entry anticoagulants=no"',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F5): this anticoagulant name is not recognised by the engine's own medication rule (anticoagulant-names.ts); the brief does not require reading the medication list (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"Ловенокс 40 мг\\" current, entry anticoagulants=no"',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F5): this anticoagulant name is not recognised by the engine's own medication rule (anticoagulant-names.ts); the brief does not require reading the medication list (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"Фрагмин\\" current, entry anticoagulants=no"',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F5): this anticoagulant name is not recognised by the engine's own medication rule (anticoagulant-names.ts); the brief does not require reading the medication list (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"Bemiparin (Zibor)\\" current, entry anticoagulants=no"',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F5): this anticoagulant name is not recognised by the engine's own medication rule (anticoagulant-names.ts); the brief does not require reading the medication list (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"Dicoumarol\\" current, entry anticoagulants=no"',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F5): this anticoagulant name is not recognised by the engine's own medication rule (anticoagulant-names.ts); the brief does not require reading the medication list (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"Xa-inhibitor\\" current, entry anticoagulants=no"',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F5): this anticoagulant name is not recognised by the engine's own medication rule (anticoagulant-names.ts); the brief does not require reading the medication list (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"blood thinner\\" current, entry anticoagulants=no"',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call (F5): this anticoagulant name is not recognised by the engine's own medication rule (anticoagulant-names.ts); the brief does not require reading the medication list (got manip=clear czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "No worsening or new dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a comparison pseudo-negation ('No worsening / progression / change') swallows the list and reads the finding as present (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "No evidence of progression or dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a comparison pseudo-negation ('No worsening / progression / change') swallows the list and reads the finding as present (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "No progression to occlusion." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a comparison pseudo-negation ('No worsening / progression / change') swallows the list and reads the finding as present (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "No progression to dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a comparison pseudo-negation ('No worsening / progression / change') swallows the list and reads the finding as present (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "No change into occlusion." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a comparison pseudo-negation ('No worsening / progression / change') swallows the list and reads the finding as present (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "No stenosis (or dissection)." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: the new bracket rule opens a phrase inside 'No stenosis (...) or dissection': the dissection is read as present (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "Dissection: no (left), no (right)." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a template value ('no (left)', 'flow present', 'no (yes - tortuosity)') is taken as a positive value (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "Occlusion: no, flow present on both sides." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a template value ('no (left)', 'flow present', 'no (yes - tortuosity)') is taken as a positive value (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "Dissection: none, flow present in both VAs." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a template value ('no (left)', 'flow present', 'no (yes - tortuosity)') is taken as a positive value (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "Dissection: no (yes - tortuosity)." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a template value ('no (left)', 'flow present', 'no (yes - tortuosity)') is taken as a positive value (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "Stenosis: none (0 %), flow 100 % antegrade." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a normal value line ('0 %', '100 %', 'no', '0.0 %') is read as a stenosis (got manip=caution czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Stenosis: none, vessels patent 100 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a normal value line ('0 %', '100 %', 'no', '0.0 %') is read as a stenosis (got manip=caution czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Stenosis 0 %, resistance index 0.65 (normal), flow 15 % higher on the right." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a normal value line ('0 %', '100 %', 'no', '0.0 %') is read as a stenosis (got manip=caution czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Left VA stenosis: 0 %, right VA stenosis: 0 %, VA diameter difference 25 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a normal value line ('0 %', '100 %', 'no', '0.0 %') is read as a stenosis (got manip=caution czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Stenosis: no, positive flow on rotation test: no." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a normal value line ('0 %', '100 %', 'no', '0.0 %') is read as a stenosis (got manip=caution czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Left VA stenosis 0.0 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a normal value line ('0 %', '100 %', 'no', '0.0 %') is read as a stenosis (got manip=caution czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Signs of dissection of the left VA are not revealed." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: Russian-English 'not revealed / not determined / not obtained' is not a negation trigger: the finding is read as present (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "Data for dissection were not obtained." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: Russian-English 'not revealed / not determined / not obtained' is not a negation trigger: the finding is read as present (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "MR signs of left VA dissection are not determined." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: Russian-English 'not revealed / not determined / not obtained' is not a negation trigger: the finding is read as present (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "Zone of diffusion restriction is not revealed." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: Russian-English 'not revealed / not determined / not obtained' is not a negation trigger: the finding is read as present (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "Diffusion restriction zones were not revealed." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: Russian-English 'not revealed / not determined / not obtained' is not a negation trigger: the finding is read as present (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "Signs of osteochondrosis. Uncovertebral arthrosis is not revealed." [xray/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: Russian-English 'not revealed / not determined / not obtained' is not a negation trigger: the finding is read as present (got manip=contraindicated czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "X-ray signs of uncovertebral arthrosis are not determined." [xray/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: Russian-English 'not revealed / not determined / not obtained' is not a negation trigger: the finding is read as present (got manip=contraindicated czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Hemodynamically significant stenoses are not revealed." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: Russian-English 'not revealed / not determined / not obtained' is not a negation trigger: the finding is read as present (got manip=caution czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Left VA is not normal in diameter but within the range of variation." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: 'not normal in diameter but within the range of variation' is read as a narrowing (got manip=caution czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "Query acute infarct: no acute infarct." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: 'Query acute infarct: no acute infarct.': the query is read and the answer does not negate it (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency)",
  },
  {
    key: 'r6 "medication \\"Lioton 1000 gel (heparin sodium), topical\\""',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a topical heparin / heparinoid or a heparin flush counts as anticoagulant therapy (the name matcher looks only at a word's start) (got manip=caution czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"Heparin flush 10 IU/ml (line lock)\\""',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a topical heparin / heparinoid or a heparin flush counts as anticoagulant therapy (the name matcher looks only at a word's start) (got manip=caution czm=clear bm=clear ex=clear urg=none)",
  },
  {
    key: 'r6 "medication \\"Heparinoid cream (Hirudoid)\\""',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a topical heparin / heparinoid or a heparin flush counts as anticoagulant therapy (the name matcher looks only at a word's start) (got manip=caution czm=clear bm=clear ex=clear urg=none)",
  },
];
