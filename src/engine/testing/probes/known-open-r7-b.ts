/** Known open probes of review round 7 (part b), listed against main 9337648; see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R7_B: readonly KnownOpen[] = [
  {
    key: 'r7 "Vertebral arteries of normal calibre. No worsening, new stenosis or dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md FA1: the comparison pseudo-trigger swallows the comma list after it ('No worsening, new stenosis or dissection', 'No change, occlusion or dissection', 'No interval change, new infarct or haemorrhage'): an emergency on a normal study (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency vas=low course=none)",
  },
  {
    key: 'r7 "Stroke in the family. No abnormality." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md FA4: another person's stroke or tumour ('Mother - stroke', 'in the family', 'Family anamnesis:', a later item of a family-history list) is read as the patient's (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "w04 Russian-trained X-ray C-spine: pointed \\"processus uncinati\\" (uncovertebral arthrosis)" [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: uncovertebral arthrosis in other words (misspelt 'arthorsis', 'degenerative uncovertebral joints', 'processus uncinati', 'arthrotically changed') is not read: manipulation clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "w09 UK MRI brain: infarct \\"not present on the study of 01/10/2026\\" (UK date)" [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=not-cleared czm=not-cleared bm=clear ex=clear urg=none vas=low course=none)",
  },
];
