/** Known open probes of review round 7 (part b), listed against main 9337648; see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R7_B: readonly KnownOpen[] = [
  {
    key: 'r7 "Right VA: normal. Left VA is not determined." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: absent flow or a VA not shown in Russian-English or worksheet wording ('is not determined / revealed / differentiated / traced / located / visualized', 'PSV … 0,0', 'Vmax - not registered', 'occlusive lesion') is not read: everything clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right VA: normal. Left VA is not revealed." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: absent flow or a VA not shown in Russian-English or worksheet wording ('is not determined / revealed / differentiated / traced / located / visualized', 'PSV … 0,0', 'Vmax - not registered', 'occlusive lesion') is not read: everything clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right VA: normal. Left VA is not differentiated." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: absent flow or a VA not shown in Russian-English or worksheet wording ('is not determined / revealed / differentiated / traced / located / visualized', 'PSV … 0,0', 'Vmax - not registered', 'occlusive lesion') is not read: everything clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right VA: normal. Flow along the left VA is not traced." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: absent flow or a VA not shown in Russian-English or worksheet wording ('is not determined / revealed / differentiated / traced / located / visualized', 'PSV … 0,0', 'Vmax - not registered', 'occlusive lesion') is not read: everything clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right VA: normal. Left VA in the V2 segment is not located." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: absent flow or a VA not shown in Russian-English or worksheet wording ('is not determined / revealed / differentiated / traced / located / visualized', 'PSV … 0,0', 'Vmax - not registered', 'occlusive lesion') is not read: everything clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right VA: normal. Left vertebral artery: in V2 segment not visualized." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: absent flow or a VA not shown in Russian-English or worksheet wording ('is not determined / revealed / differentiated / traced / located / visualized', 'PSV … 0,0', 'Vmax - not registered', 'occlusive lesion') is not read: everything clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right VA: normal. PSV in the left VA 0,0 cm/s." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: absent flow or a VA not shown in Russian-English or worksheet wording ('is not determined / revealed / differentiated / traced / located / visualized', 'PSV … 0,0', 'Vmax - not registered', 'occlusive lesion') is not read: everything clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right VA: normal. Left VA: Vmax - not registered." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: absent flow or a VA not shown in Russian-English or worksheet wording ('is not determined / revealed / differentiated / traced / located / visualized', 'PSV … 0,0', 'Vmax - not registered', 'occlusive lesion') is not read: everything clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Right VA: normal. Ultrasound signs of an occlusive lesion of the left VA." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F1e: absent flow or a VA not shown in Russian-English or worksheet wording ('is not determined / revealed / differentiated / traced / located / visualized', 'PSV … 0,0', 'Vmax - not registered', 'occlusive lesion') is not read: everything clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Lordosis preserved. Uncovertebral arthorsis C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: uncovertebral arthrosis in other words (misspelt 'arthorsis', 'degenerative uncovertebral joints', 'processus uncinati', 'arthrotically changed') is not read: manipulation clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Lordosis preserved. Degenerative uncovertebral joints C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: uncovertebral arthrosis in other words (misspelt 'arthorsis', 'degenerative uncovertebral joints', 'processus uncinati', 'arthrotically changed') is not read: manipulation clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Lordosis preserved. Pointed processus uncinati C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: uncovertebral arthrosis in other words (misspelt 'arthorsis', 'degenerative uncovertebral joints', 'processus uncinati', 'arthrotically changed') is not read: manipulation clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Lordosis preserved. Uncovertebral joints arthrotically changed at C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: uncovertebral arthrosis in other words (misspelt 'arthorsis', 'degenerative uncovertebral joints', 'processus uncinati', 'arthrotically changed') is not read: manipulation clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Vertebral arteries of normal calibre. No worsening, new stenosis or dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md FA1: the comparison pseudo-trigger swallows the comma list after it ('No worsening, new stenosis or dissection', 'No change, occlusion or dissection', 'No interval change, new infarct or haemorrhage'): an emergency on a normal study (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency vas=low course=none)",
  },
  {
    key: 'r7 "Vertebral arteries of normal calibre. No change, occlusion or dissection." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md FA1: the comparison pseudo-trigger swallows the comma list after it ('No worsening, new stenosis or dissection', 'No change, occlusion or dissection', 'No interval change, new infarct or haemorrhage'): an emergency on a normal study (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency vas=low course=none)",
  },
  {
    key: 'r7 "Brain MRI. No interval change, new infarct or haemorrhage." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md FA1: the comparison pseudo-trigger swallows the comma list after it ('No worsening, new stenosis or dissection', 'No change, occlusion or dissection', 'No interval change, new infarct or haemorrhage'): an emergency on a normal study (got manip=contraindicated czm=contraindicated bm=contraindicated ex=contraindicated urg=emergency vas=low course=none)",
  },
  {
    key: 'r7 "Mother - stroke at 70. No abnormality." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md FA4: another person's stroke or tumour ('Mother - stroke', 'in the family', 'Family anamnesis:', a later item of a family-history list) is read as the patient's (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Stroke in the family. No abnormality." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md FA4: another person's stroke or tumour ('Mother - stroke', 'in the family', 'Family anamnesis:', a later item of a family-history list) is read as the patient's (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Family anamnesis: stroke in the mother. No abnormality." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md FA4: another person's stroke or tumour ('Mother - stroke', 'in the family', 'Family anamnesis:', a later item of a family-history list) is read as the patient's (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Family history of migraine and stroke. Normal study." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md FA4: another person's stroke or tumour ('Mother - stroke', 'in the family', 'Family anamnesis:', a later item of a family-history list) is read as the patient's (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Family history of cerebral aneurysm and stroke. Normal study." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md FA4: another person's stroke or tumour ('Mother - stroke', 'in the family', 'Family anamnesis:', a later item of a family-history list) is read as the patient's (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "Family history of stroke, brain tumour. Normal study." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md FA4: another person's stroke or tumour ('Mother - stroke', 'in the family', 'Family anamnesis:', a later item of a family-history list) is read as the patient's (got manip=clear czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "w00 UK CTA: abrupt tapering / distal non-filling of left V3 (dissection-occlusion), impression does not name it" [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'REPORT.md F1f: a whole report describing a dissection-occlusion (abrupt tapering, distal non-filling) that its impression does not name is not read: everything clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)',
  },
  {
    key: 'r7 "w04 Russian-trained X-ray C-spine: pointed \\"processus uncinati\\" (uncovertebral arthrosis)" [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F4: uncovertebral arthrosis in other words (misspelt 'arthorsis', 'degenerative uncovertebral joints', 'processus uncinati', 'arthrotically changed') is not read: manipulation clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "w08 Russian-trained head MRI: cerebellar focus \\"with high signal on DWI and reduced ADC values\\", conclusion \\"focal lesion (ischaemic genesis)\\"" [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=contraindicated czm=contraindicated bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "w09 UK MRI brain: infarct \\"not present on the study of 01/10/2026\\" (UK date)" [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F3: infarct read, but its acuity (age as words or a range, '(less than 7 days)', 'interval appearance', 'new in comparison with / versus / relative to prior', 'not evident / not present on the prior', high DWI with reduced ADC, a UK-dated prior) is missed: no emergency (got manip=not-cleared czm=not-cleared bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "medication: Clexane 40 mg s.c. (not gel)" [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F7: an anticoagulant whose name field carries a note ('(not gel)', 'no topical products') is dropped as a gel / topical entry: manipulation clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
  {
    key: 'r7 "medication: Enoxaparin 40 mg sc, no topical products" [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "REPORT.md F7: an anticoagulant whose name field carries a note ('(not gel)', 'no topical products') is dropped as a gel / topical entry: manipulation clear (got manip=clear czm=clear bm=clear ex=clear urg=none vas=low course=none)",
  },
];
