/**
 * Round 10's probes that fail on main c75e998 as reviewed (/tmp/probe10/REPORT.md): false alarms name the
 * report's families FA1-FA16, misses M1-M10, judgement calls the families marked so.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R10_A: readonly KnownOpen[] = [
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
    key: 'r10 "Left VA: I.M.H." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M3 dissection wording: word order, participles, plurals: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contrai',
  },
  {
    key: 'r10 "| | right | left |\\n| PSV, cm/s | 45 | - |" [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M10 duplex tables: a side column, tabs, no outer pipes (no flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >',
  },
];
