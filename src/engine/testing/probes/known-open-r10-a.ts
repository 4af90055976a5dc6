/**
 * Round 10's probes that fail on main c75e998 as reviewed (/tmp/probe10/REPORT.md): false alarms name the
 * report's families FA1-FA16, misses M1-M10, judgement calls the families marked so.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R10_A: readonly KnownOpen[] = [
  {
    key: 'r10 "No Doppler signal of stenosis or occlusion." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA2 colour-Doppler / flow wording of a normal study read as an occlusion (emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm:',
  },
  {
    key: 'r10 "Vertebrogenic influence on the VA flow is not detected." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA2 colour-Doppler / flow wording of a normal study read as an occlusion (emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm:',
  },
  {
    key: 'r10 "PSV: right 45, left 42; stenosis: right 0, left 0 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA3 lines of values: a side of zero or "no" that is not the flow (emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-ma',
  },
  {
    key: 'r10 "PSV: R 45, L 42; stenosis: R 0, L 0." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA3 lines of values: a side of zero or "no" that is not the flow (emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-ma',
  },
  {
    key: 'r10 "PSV (cm/s) / stenosis (%): right 45 / 0, left 42 / 0." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA3 lines of values: a side of zero or "no" that is not the flow (emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-ma',
  },
  {
    key: 'r10 "PSV/stenosis: right 45/0, left 42/0." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA3 lines of values: a side of zero or "no" that is not the flow (emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-ma',
  },
  {
    key: 'r10 "PSV 45/40, stenosis 0/0." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA3 lines of values: a side of zero or "no" that is not the flow (emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-ma',
  },
  {
    key: 'r10 "Obliteration of the left C5-C6 neural foramen by uncovertebral osteophytes." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA5 "obliterated" disc space / foramen in a vessel study or a VA sentence (emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm',
  },
  {
    key: 'r10 "PSV 38 cm/s, low normal." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA12 Doppler values stated normal read as narrowing (caution on manipulation): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r10 "PSV 38 cm/s (low-normal)." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA12 Doppler values stated normal read as narrowing (caution on manipulation): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r10 "Asymmetry of velocity: zero." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA12 Doppler values stated normal read as narrowing (caution on manipulation): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r10 "Rotation tests: flow decreases by 10% on head rotation (normal)." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'FA12 Doppler values stated normal read as narrowing (caution on manipulation): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r10 "Thyroid gland volume increased? No." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'FA13 thyroid wording that says normal (collar-zone massage contraindicated): false alarm: collar-zone-massage not-cleared',
  },
  {
    key: 'r10 "Clinical question: stroke? No infarct." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'FA15 a clinical question or indication read as an uncertain finding: false alarm: cervical-manipulation not-cleared; false alarm: collar-zone-massage not-cleared',
  },
  {
    key: 'r10 "Indication: exclude acute cerebrovascular event." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'FA15 a clinical question or indication read as an uncertain finding: false alarm: cervical-manipulation not-cleared; false alarm: collar-zone-massage not-cleared',
  },
  {
    key: 'r10 "Rule out stroke." [xray/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'FA15 a clinical question or indication read as an uncertain finding: false alarm: cervical-manipulation not-cleared; false alarm: collar-zone-massage not-cleared',
  },
  {
    key: 'r10 "| VA | PSV, cm/s | stenosis, % |\\n| right | 45 | 0 |\\n| left | 42 | 0 |" [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA16 duplex tables (reader-tables.ts, c75e998): a zero that is not a velocity: false alarm: cervical-manipulation caution',
  },
  {
    key: 'r10 "| | right | left |\\n| PSV, cm/s | 45 | 42 |\\n| stenosis, % | 0 | 0 |" [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA16 duplex tables (reader-tables.ts, c75e998): a zero that is not a velocity: false alarm: cervical-manipulation caution',
  },
  {
    key: 'r10 "| | right | left |\\n| PSV, cm/s | 45 | 42 |\\n| plaques | 0 | 0 |" [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA16 duplex tables (reader-tables.ts, c75e998): a zero that is not a velocity: false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r10 "Flow:\\nright - antegrade\\nleft - absent" [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 value lines broken by a line break, a semicolon or a slash (no flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex:',
  },
  {
    key: 'r10 "Blood flow: right – registered; left – not registered." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 value lines broken by a line break, a semicolon or a slash (no flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex:',
  },
  {
    key: 'r10 "Flow (R/L): antegrade/absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 value lines broken by a line break, a semicolon or a slash (no flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex:',
  },
  {
    key: 'r10 "PSV (cm/s): right 45, left -." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M1 value lines broken by a line break, a semicolon or a slash (no flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex:',
  },
  {
    key: 'r10 "In CDC mode the lumen of the left VA is not stained." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 occlusion wording: word order, participles, typos: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindi',
  },
  {
    key: 'r10 "Left VA: colour filling - absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 occlusion wording: word order, participles, typos: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindi',
  },
  {
    key: 'r10 "Stump of the left VA." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 occlusion wording: word order, participles, typos: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindi',
  },
  {
    key: 'r10 "Left VA: stump at the origin." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 occlusion wording: word order, participles, typos: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindi',
  },
  {
    key: 'r10 "Left VA: flow at the origin only; distally absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 occlusion wording: word order, participles, typos: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindi',
  },
  {
    key: 'r10 "Left VA: recanalisation not detected." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 occlusion wording: word order, participles, typos: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindi',
  },
  {
    key: 'r10 "Left VA: ocludded." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 occlusion wording: word order, participles, typos: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindi',
  },
  {
    key: 'r10 "Left VA: stenosis 99-100 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 occlusion wording: word order, participles, typos: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrain',
  },
  {
    key: 'r10 "Left VA: detached intima." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "Left VA: intima detached." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "Left VA: intima floating." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "Left VA wall stratification." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "Left VA wall is stratified." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "Left VA: double contour." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "Left VA: double-contour lumen." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "Left VA: lumen with double contour." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "Left VA: two lumina." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "Left VA: two channels." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "Left VA: I.M.H." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "Left VA: string-like sign." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "On DWI, hyperintensity in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "DWI (b-1000): hyperintense focus in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "DWI b1000 hyperintensity in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Left cerebellum: DWI+, ADC-." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Left cerebellar focus, DWI +." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Left cerebellar focus: DWI positive, ADC reduced." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "ADC: low in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "ADC map: hypointense focus in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Left cerebellar infarct. Stage: acute." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r10 "Left cerebellar infarct. Age: acute." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r10 "Left cerebellar infarct [acute]." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r10 "Left cerebellar infarct. Most likely acute." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r10 "Left cerebellar infarct, approx. 3 days old." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r10 "Left cerebellar infarct, 3 d old." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r10 "Left cerebellar infarct, day three." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r10 "Left cerebellar infarct of < 7 days." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r10 "Hypodense area in the left cerebellum, acute." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "New hypodensity in the left cerebellum." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Left cerebellar infarct, not an old one." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r10 "Left cerebellar infarct, non-chronic." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r10 "Decreased diffusion in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "ACVE in the left PICA territory." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Blood in the 4th ventricle." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Blood in the IV ventricle." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Blood within the basal cisterns." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Blood in both lateral ventricles." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Malacia in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Left cerebellar lesion, ischemic in nature." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Infarct of the spinal cord at C4." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Cord ischaemia at C4." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Old lacunar infarct." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "| side | PSV |\\n| R | 45 |\\n| L | 0 |" [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M10 duplex tables: a side column, tabs, no outer pipes (no flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >',
  },
  {
    key: 'r10 "VA\\tright\\tleft\\nPSV, cm/s\\t45\\t0" [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M10 duplex tables: a side column, tabs, no outer pipes (no flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >',
  },
  {
    key: 'r10 "| | right | left |\\n| PSV, cm/s | 45 | - |" [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M10 duplex tables: a side column, tabs, no outer pipes (no flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >',
  },
  {
    key: 'r10 "Blood flow in the VA on the left was not revealed." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "Left VA - flow signals were absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contra',
  },
  {
    key: 'r10 "Dissection: R - no; L - yes." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Dissection: right – no; lt – yes." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "Dissection: no (right); yes (left)." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Dissection on the right: no. On the L.: yes." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "Dissection on the right: no.\\r\\nOn the left: yes." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Dissection : right-no , L.-yes" [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "Occlusion: R - no; L - yes." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Flow:\\nright - present, left - absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Flow: right - present; left - absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Flow:\\nright - antegrade, left - absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Flow: right - antegrade; left - absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Flow:\\nright - yes, left - no." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Flow: right - yes; left - no." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Blood flow:\\nright - registered, left - not registered." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "PSV right/L.: 45/0 cm/s." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "Flow in the VA on the left is zero." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "Left VA: 100% stenoses." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= cont',
  },
  {
    key: 'r10 "Left VA: 100 percent stenosis." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= cont',
  },
  {
    key: 'r10 "Left VA: stenoses 100 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= cont',
  },
  {
    key: 'r10 "Left VA: stenosis 100 percent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= cont',
  },
  {
    key: 'r10 "Left VA: stenoses - 100%." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= cont',
  },
  {
    key: 'r10 "Left VA: stenosis - 100 percent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= cont',
  },
  {
    key: 'r10 "Left VA: stenoses >99%." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= cont',
  },
  {
    key: 'r10 "Left VA: stenosis >99 percent." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= cont',
  },
  {
    key: 'r10 "Left VA: 99% stenoses, string-like flow." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= cont',
  },
  {
    key: 'r10 "Left VA: 99 percent stenosis, string-like flow." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= cont',
  },
  {
    key: 'r10 "Dissection: D - no; S - yes." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Left cerebellar infarct; recent." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, g',
  },
  {
    key: 'r10 "DWI:\\nhyperintense focus in the left cerebellar hemisphere, ADC hypointense." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "DWI - hyperintense focus in the left cerebellar hemisphere, ADC hypointense." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "DWI:\\nbright lesion in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "DWI - bright lesion in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Hyperdense lt vertebral artery sign." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "Hyperdense L. vertebral artery sign." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "Basilar tip occlusions." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contra',
  },
  {
    key: 'r10 "Left vertebral artery:\\nflow void absent." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Calcification of the lt vertebral artery." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Calcification of left vertebral artery." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Thyroid:\\nnodule in the right lobe 9 mm." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Thyroid gland:\\nmultinodular." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Thyroid:\\nnodes in both lobes." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: czm: want >= contraindicated, got clear',
  },
  {
    key: 'r10 "Left VA: PSV 18 cm/s, right 52 cm/s (asymmetry 65 percent)." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r10 "Left VA: PSV 22 cm/s (N 40-60); reduced." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got',
  },
  {
    key: 'r10 "Left VA: PSV 22 cm/s: reduced." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got',
  },
  {
    key: 'r10 "Left VA: PSV 22 cm/s; below the norm." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got',
  },
  {
    key: 'r10 "Left VA: stenosing 50 percent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r10 "Left VA: flow drops by 50 percent on head rotation to the right." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r10 "On rotation of the head to the right the flow in the VA on the left decreases by 60%." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r10 "On rotation of the head to the right the flow in the left VA decreases by 60 percent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r10 "Functional test with head rotation: flow in the VA on the left decreases significantly." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r10 "Left VA:\\nabsent diastolic flow." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got',
  },
  {
    key: 'r10 "Left VA: EDV 0 cm/sec." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r10 "Left VA PSV 180 cm/sec at the origin." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r10 "Resistance index in the VA on the left increased to 0.9." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r10 "Left VA: flow signals were not registered." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M9 tense, plural, units: were, stenoses, percent, cm/sec: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contra',
  },
  {
    key: 'r10 "Left VA:\\nabsent colour and spectral Doppler signal." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "LVA: absent colour and spectral Doppler signal." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "LVA is not insonated." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "LVA could not be insonated." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "Left VA:\\nnot located." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "LVA: not located." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex',
  },
  {
    key: 'r10 "Left VA:\\ncannot be traced." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Left VA - cannot be traced." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Left VA:\\nnot detected." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Clinical information: post-dissection of the left vertebral artery; for follow-up. Normal cervical alignment." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got not-cleared; czm: want >= contraindicated, got not-cleared',
  },
  {
    key: 'r10 "Left VA thromb" [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "(Left VA thromb)." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraind',
  },
  {
    key: 'r10 "Left cerebellar infarct:\\nacute-subacute." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, g',
  },
  {
    key: 'r10 "Left cerebellar infarct; acute to subacute." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, g',
  },
  {
    key: 'r10 "(Left cerebellar infarct; acute)." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, g',
  },
  {
    key: 'r10 "(Left cerebellar infarct. Acute)." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, g',
  },
  {
    key: 'r10 "Infarct in the left cerebellum; 2-3 days old." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, g',
  },
  {
    key: 'r10 "Left cerebellar infarct; onset within the last week." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, g',
  },
  {
    key: 'r10 "Left cerebellar infarct; most likely recent." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, g',
  },
  {
    key: 'r10 "Left cerebellar infarct; not old." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, g',
  },
];
