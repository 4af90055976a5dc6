/**
 * Round 9's probes that fail on main as reviewed (/tmp/probe9/REPORT.md): misses name the
 * report's family (A-H), judgement calls and the false alarm its sections of those names.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R9_A: readonly KnownOpen[] = [
  {
    key: 'r9 "PSV, cm/s: right 45; left 0." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'A4 value lines (occlusion / flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got cle',
  },
  {
    key: 'r9 "| VA | PSV, cm/s |\\n| right | 45 |\\n| left | 0 |" [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'A4 value lines (occlusion / flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got cle',
  },
  {
    key: 'r9 "| | right | left |\\n| PSV, cm/s | 45 | 0 |" [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'A4 value lines (occlusion / flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got cle',
  },
  {
    key: 'r9 "| | right | left |\\n| flow | antegrade | absent |" [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'A4 value lines (occlusion / flow): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got cle',
  },
  {
    key: 'r9 "Dissection: D - no, S - yes." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'A4 value lines (dissection) (judgement): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got cle',
  },
  {
    key: 'r9 "judgement: VA narrowing sign + headache+dizziness: Left VA PSV 180 cm/s at the origin." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'D1 Doppler narrowing wording + headache + dizziness: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r9 "judgement: VA narrowing sign + headache+dizziness: Turbulent flow at the left VA origin." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'D1 Doppler narrowing wording + headache + dizziness: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r9 "judgement: VA narrowing sign + headache+dizziness: Left VA RI 0.95 vs 0.65 on the right." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'D1 Doppler narrowing wording + headache + dizziness: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r9 "judgement: VA narrowing sign + headache+dizziness: Left VA PI 2.5 (increased)." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'D1 Doppler narrowing wording + headache + dizziness: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r9 "judgement: VA narrowing sign + headache+dizziness: Left VA: PSV ratio 3.5 at the origin." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'D1 Doppler narrowing wording + headache + dizziness: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r9 "judgement: VA narrowing sign + headache+dizziness: Left VA diameter 1.5 mm, right 4.0 mm." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'D1 Doppler narrowing wording + headache + dizziness: manip: want >= contraindicated, got not-cleared; czm: want >= not-cleared, got clear; vas: want high, got moderate',
  },
  {
    key: 'r9 "Plaques in both carotid bifurcations and at the left VA origin." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason: 'D4 plaque / atherosclerosis wording: manip: want >= contraindicated, got clear',
  },
  {
    key: 'r9 "Non-stenosing atherosclerosis of the brachiocephalic arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'D4 plaque / atherosclerosis wording (judgement): manip: want >= not-cleared, got clear',
  },
  {
    key: 'r9 "Atherosclerosis of the extracranial brachiocephalic arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'D4 plaque / atherosclerosis wording (judgement): manip: want >= not-cleared, got clear',
  },
  {
    key: 'r9 "PMH: VAD (2019). Disc protrusion C5-C6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      'E1 dissection in a history section: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r9 "Known VAD. Mild disc bulge C5-C6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      'E1 dissection in a history section: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r9 "Clinical question: PICA infarct? Answer: no infarct seen." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'E3 false alarms: brain MRI without infarct: false alarm: cervical-manipulation not-cleared; false alarm: collar-zone-massage not-cleared',
  },
  {
    key: 'r9 "judgement: paracetamol twice, back-to-back 3 + 3 days"',
    kind: 'judgement',
    reason: 'F3 painkillers: course: want concerning|stop, got expected',
  },
  {
    key: 'r9 "judgement: painkiller \\"Sedalgin\\" tablets 7 days (2026-11-10..16)"',
    kind: 'judgement',
    reason: 'F3 painkillers: course: want concerning|stop, got expected',
  },
  {
    key: 'r9 "judgement: painkiller \\"Ibuprom\\" tablets 7 days (2026-11-10..16)"',
    kind: 'judgement',
    reason: 'F3 painkillers: course: want concerning|stop, got expected',
  },
  {
    key: 'r9 "judgement: painkiller \\"Dolomin\\" tablets 7 days (2026-11-10..16)"',
    kind: 'judgement',
    reason: 'F3 painkillers: course: want concerning|stop, got expected',
  },
  {
    key: 'r9 "judgement: painkiller \\"Zaldiar\\" tablets 7 days (2026-11-10..16)"',
    kind: 'judgement',
    reason: 'F3 painkillers: course: want concerning|stop, got expected',
  },
  {
    key: 'r9 "judgement: painkiller \\"Diklofenak\\" tablets 7 days (2026-11-10..16)"',
    kind: 'judgement',
    reason: 'F3 painkillers: course: want concerning|stop, got expected',
  },
  {
    key: 'r9 "judgement: anticoagulant \\"Varfarin\\" current, entry anticoagulants: false"',
    kind: 'judgement',
    reason: 'F4 anticoagulants in the medication list: manip: want >= caution, got clear',
  },
  {
    key: 'r9 "judgement: anticoagulant \\"Warfarex\\" current, entry anticoagulants: false"',
    kind: 'judgement',
    reason: 'F4 anticoagulants in the medication list: manip: want >= caution, got clear',
  },
  {
    key: 'r9 "judgement: anticoagulant \\"Rivaroksaban\\" current, entry anticoagulants: false"',
    kind: 'judgement',
    reason: 'F4 anticoagulants in the medication list: manip: want >= caution, got clear',
  },
  {
    key: 'r9 "judgement: anticoagulant \\"Apiksaban\\" current, entry anticoagulants: false"',
    kind: 'judgement',
    reason: 'F4 anticoagulants in the medication list: manip: want >= caution, got clear',
  },
  {
    key: 'r9 "judgement: anticoagulant \\"Kleksan\\" current, entry anticoagulants: false"',
    kind: 'judgement',
    reason: 'F4 anticoagulants in the medication list: manip: want >= caution, got clear',
  },
  {
    key: 'r9 "judgement: anticoagulant \\"Fraksiparin\\" current, entry anticoagulants: false"',
    kind: 'judgement',
    reason: 'F4 anticoagulants in the medication list: manip: want >= caution, got clear',
  },
  {
    key: 'r9 "judgement: anticoagulant \\"Acenocumarol\\" current, entry anticoagulants: false"',
    kind: 'judgement',
    reason: 'F4 anticoagulants in the medication list: manip: want >= caution, got clear',
  },
  {
    key: 'r9 "judgement: anticoagulant \\"Wafarin\\" current, entry anticoagulants: false"',
    kind: 'judgement',
    reason: 'F4 anticoagulants in the medication list: manip: want >= caution, got clear',
  },
  {
    key: 'r9 "g03: duplex as a table: left VA PSV 0, flow \\"not registered\\""',
    kind: 'miss',
    reason:
      'G whole cases: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got cle',
  },
  {
    key: 'r9 "g04: UK C-spine MRI: \\"PMH: VAD 2023 (on aspirin)\\" while the clinician answered dissection no"',
    kind: 'miss',
    reason:
      'G whole cases: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear',
  },
  {
    key: 'r9 "g14: duplex: thyroid \\"nodes in both lobes\\" incidental"',
    kind: 'miss',
    reason: 'G whole cases: czm: want >= contraindicated, got clear',
  },
  {
    key: 'r9 "Left VA: no contrast (occluded)." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'H1 negation reaching past its finding: manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got cle',
  },
  {
    key: 'r9 "Infarct in the left cerebellum, 2-3 days old." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'H3 acuity words in numbers / dates (judgement): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r9 "Left cerebellar infarct, onset within the last week." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'H3 acuity words in numbers / dates (judgement): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r9 "Infarct in the left cerebellum of less than one week." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'H3 acuity words in numbers / dates (judgement): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r9 "Left cerebellar infarct (day 3)." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'H3 acuity words in numbers / dates (judgement): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r9 "Left cerebellar infarct, most likely recent." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'H3 acuity words in numbers / dates (judgement): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r9 "Left cerebellar infarct, not old." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'H3 acuity words in numbers / dates (judgement): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r9 "Left cerebellar infarct, not chronic." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'H3 acuity words in numbers / dates (judgement): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r9 "Left cerebellar infarct. It is acute." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'H3 acuity words in numbers / dates (judgement): bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
];
