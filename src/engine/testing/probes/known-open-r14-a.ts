/**
 * Round 14's probes that fail on main a861c24 as reviewed (/tmp/probe14/REPORT.md): misses name the
 * report's families M1-M5, false alarms FA1-FA4 and N, judgement calls the families marked so.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R14_A: readonly KnownOpen[] = [
  {
    key: 'r14 "Dissection of the left VA - right: no." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Dissection of the left VA - right: none." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Dissection of the left VA - right - no." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Dissection of the left VA - R: no." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Dissection of the left VA - right none." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA dissection - right 0." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA dissection - right: negative." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA dissection - right: nil." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA occlusion - right: no." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA occlusion - right: none." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA occlusion - R. none." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Acute infarct in the left cerebellum - right: no." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Acute infarct in the left cerebellar hemisphere - right: none." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Acute infarct in the left cerebellum - R: none." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M1 a side\'s "none" alone after " - " ("- right: no") negates the left dissection / occlusion / acute infarct before the dash (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA occlusion: right none, in the left: yes." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA occlusion: right none, V4 left: yes." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA occlusion: right - no, LVA: yes." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA occlusion: RVA: no, LVA: yes." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA occlusion: right - none, distal left: complete." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA occlusion: right - none, in V4 on the left: complete." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, V2-V3 left: yes." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, sinistra: yes." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, the left: yes." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, contralateral: yes." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, at V3 left: present." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, V3 segment, left: present." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, vertebral left: present." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, also left: present." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, but left: present." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, however left: present." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, whereas left: present." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, and left: present." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "VA dissection: right - no, Sinister: present." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M2 OTHER_LABEL (a861c24) cuts the line of values at the other side written as a label (", in the left:", ", LVA:", ", V4 left:"): the positive value is lost (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Patient insensitive to pain on the left side with acute infarct in the right thalamus." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 "insensitive to" / "not sensitive to" (a861c24 pre-negation) negates a true finding later in its sentence (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Sequences insensitive to motion confirm acute infarct in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 "insensitive to" / "not sensitive to" (a861c24 pre-negation) negates a true finding later in its sentence (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Insensitive to contrast: acute infarct in the left cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 "insensitive to" / "not sensitive to" (a861c24 pre-negation) negates a true finding later in its sentence (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Doppler insensitive to V3-V4 disease: left VA occlusion in V2." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 "insensitive to" / "not sensitive to" (a861c24 pre-negation) negates a true finding later in its sentence (emergency missed) (regression: read right on b492d6d, wrong since a861c24): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Not sensitive to V4: left VA occlusion." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M3 "insensitive to" / "not sensitive to" (a861c24 pre-negation) negates a true finding later in its sentence (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Flow direction: D antegrade; S absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Flow: D - antegrade; S - absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Flow direction: S - absent, D - antegrade." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: waveform flat." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: waveform - absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: no waveform detected." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: spectrum absent." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: no spectrum." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: no Doppler spectrum recorded." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: patency - no." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: patent - no." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA patent: no." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: no flow detectable." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      'M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: no Doppler waveform obtainable." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      '(judgement) M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: waveform not obtained." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      '(judgement) M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left VA: velocity - 0 cm/s." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      '(judgement) M4 absent flow in other words (D/S with ";" or reversed, waveform flat / absent / not detected, spectrum absent, patency - no, no flow detectable) not read (emergency missed): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Left cerebellar infarct - diffusion restricted." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      'M5 "infarct - diffusion restricted" not acute; 100 % stenosis not an occlusion: bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Stenosis: right 0%, left 100%." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      '(judgement) M5 "infarct - diffusion restricted" not acute; 100 % stenosis not an occlusion: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Stenosis - not detected on either side." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r14 "Stenosis - not detected bilaterally." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r14 "Stenosis - not detected on both sides." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r14 "Occlusion - not detected on either side." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Occlusion - not detected bilaterally." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Stenosis - absent on both sides." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r14 "Dissection - not detected on either side." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Dissection - not detected in either VA." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Dissection - not detected (both VAs)." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Uncovertebral arthrosis - not detected at any level." [mri/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r14 "Nerve root compression - not detected at any level." [mri/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r14 "Cord compression - not detected at any level." [mri/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r14 "Instability - not detected on functional views." [xray/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r14 "Fracture - not detected on either view." [xray/cervical-spine 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r14 "Haemorrhage - not detected anywhere." [msct/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated',
  },
  {
    key: 'r14 "Acute infarct - not detected on DWI." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      '(judgement) FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Restricted diffusion - not detected on DWI." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      '(judgement) FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Infarct - not detected in the posterior fossa." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      '(judgement) FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated',
  },
  {
    key: 'r14 "Stenosis - none (R/L). Occlusion - none (R/L)." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA2 "X - none (R/L)" after a dash still affirms X (only ": none (R/L)" fixed) (false alarm): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Stenosis - none (R/L)." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA2 "X - none (R/L)" after a dash still affirms X (only ": none (R/L)" fixed) (false alarm): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r14 "Occlusion - none (R/L)." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA2 "X - none (R/L)" after a dash still affirms X (only ": none (R/L)" fixed) (false alarm): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Flow direction - antegrade (R/L).\\nOcclusion - none (R/L)." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA2 "X - none (R/L)" after a dash still affirms X (only ": none (R/L)" fixed) (false alarm): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "RI 0.68/0.67.\\nOcclusion - none (R/L)." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA2 "X - none (R/L)" after a dash still affirms X (only ": none (R/L)" fixed) (false alarm): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Stenosis - none on either side." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA2 "X - none (R/L)" after a dash still affirms X (only ": none (R/L)" fixed) (false alarm): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r14 "No waveform of concern in the vertebral arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA3 a861c24 "no waveform" pattern reads "no waveform(s) of concern / of stenosis / in the veins" as absent VA flow (false emergency) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "No waveforms of stenosis in either VA." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA3 a861c24 "no waveform" pattern reads "no waveform(s) of concern / of stenosis / in the veins" as absent VA flow (false emergency) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Vertebral arteries: normal triphasic waveforms. No waveforms in the vertebral veins." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA3 a861c24 "no waveform" pattern reads "no waveform(s) of concern / of stenosis / in the veins" as absent VA flow (false emergency) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Atherosclerotic plaques: none." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA4 "Atherosclerotic / Atheromatous plaques - none": the adjective read as atherosclerosis (near r12 open family) (false alarm): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r14 "Atheromatous plaques - not detected." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA4 "Atherosclerotic / Atheromatous plaques - none": the adjective read as atherosclerosis (near r12 open family) (false alarm): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r14 "Atherosclerotic plaques in the VA - not detected." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA4 "Atherosclerotic / Atheromatous plaques - none": the adjective read as atherosclerosis (near r12 open family) (false alarm): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r14 "VA (R/L): diameter 3.4/3.6 mm; PSV 44/47 cm/s; EDV 14/15 cm/s; RI 0.68/0.67.\\nFlow direction - antegrade (R/L).\\nStenosis - none (R/L). Occlusion - none (R/L). Kinking - not detected.\\nIMPRESSION: normal vertebral arteries." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'N sweep: a normal report raises (the line that raises is in FA1 / FA2 / FA4, or the open request family for "Clinical details: ?X"): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
  },
  {
    key: 'r14 "Brachiocephalic arteries, duplex.\\nIntima-media complex - not thickened.\\nAtherosclerotic plaques - not detected.\\nHaemodynamically significant stenoses - not detected.\\nVertebral arteries - patent, flow antegrade, velocities within normal limits.\\nSubclavian steal - not detected.\\nPathological tortuosity - not detected.\\nConclusion: normal study." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'N sweep: a normal report raises (the line that raises is in FA1 / FA2 / FA4, or the open request family for "Clinical details: ?X"): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r14 "Right VA: V1 - antegrade, V2 - antegrade, PSV 48 cm/s.\\nLeft VA: V1 - antegrade, V2 - antegrade, PSV 44 cm/s.\\nReverse flow - not detected.\\nTurbulence - not detected.\\nStenosis - not detected on either side.\\nConclusion: normal vertebral artery flow." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'N sweep: a normal report raises (the line that raises is in FA1 / FA2 / FA4, or the open request family for "Clinical details: ?X") (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r14 "MRI head (UK). Clinical details: ?posterior circulation stroke. Findings: no restricted diffusion, no haemorrhage. Conclusion: no evidence of posterior circulation infarct." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'N sweep: a normal report raises (the line that raises is in FA1 / FA2 / FA4, or the open request family for "Clinical details: ?X"): false alarm: cervical-manipulation not-cleared; false alarm: collar-zone-massage not-cleared',
  },
];
