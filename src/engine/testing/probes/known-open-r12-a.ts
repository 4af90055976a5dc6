/**
 * Round 12's probes that fail on main c3aab38 as reviewed (/tmp/probe12/REPORT.md): false alarms name the
 * report's families FA1-FA9, misses M1-M6, judgement calls the families marked so.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R12_A: readonly KnownOpen[] = [
  {
    key: 'r12 "Clinical question: TIA? MRI: no evidence of ischaemia; DWI negative." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA6 a question or request answered normal still holds modalities at not-cleared (variants of the known r3 / r10 request family: "Indication:", "Referral: r/o", "Clinical details:", "Clinical question:", "Clinical: suspected"): false alarm: cervical-manipulation not-cleared',
  },
  {
    key: 'r12 "Clinical: suspected stroke. Findings: no acute infarct, no haemorrhage. Impression: negative for stroke." [msct/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA6 a question or request answered normal still holds modalities at not-cleared (variants of the known r3 / r10 request family: "Indication:", "Referral: r/o", "Clinical details:", "Clinical question:", "Clinical: suspected"): false alarm: cervical-manipulation not-cleared; false alarm: collar-zone-massage not-cleared',
  },
  {
    key: 'r12 "| | Right | Left |\\n| VA diameter, mm | 3.5 | 3.6 |\\n| VA PSV, cm/s | 44 | 47 |\\n| VA stenosis, % | 0 | 0 |\\n| Flow direction | antegrade | antegrade |" [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA8 a zero stenosis in a table row or after a dash ("| VA stenosis, % | 0 | 0 |", "Stenosis of the VAs - 0 %") read as VA narrowing (manipulation caution): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r12 "The right VA is tortuous in V1 (C-shaped kink) without haemodynamic significance; flow antegrade, velocities normal." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'FA9 a kink said "without haemodynamic significance" read as VA narrowing (manipulation caution) (judgement): false alarm: cervical-manipulation caution',
  },
  {
    key: 'r12 "Clinical information: dizziness for 2 months. Question: VA stenosis? Dissection?\\nFindings: both VAs patent with normal antegrade flow.\\nConclusion: no stenosis or dissection." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA5 a clinical question under a heading the reader does not take as a request ("Clinical:", "Question:", "Clinical information: ... Question:") reads "? dissection" / "VA occlusion?" as an uncertain finding of the report: emergency on a normal study: false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; fals',
  },
  {
    key: 'r12 "Indication: neck pain after a long drive; rule out dissection. Findings: no dissection; normal study." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA6 a question or request answered normal still holds modalities at not-cleared (variants of the known r3 / r10 request family: "Indication:", "Referral: r/o", "Clinical details:", "Clinical question:", "Clinical: suspected"): false alarm: cervical-manipulation not-cleared; false alarm: collar-zone-massage not-cleared; false alarm: back-massage not-cleared; false alarm: therapeutic-exercise not-cl',
  },
  {
    key: 'r12 "Referral: r/o VBI. Result: no evidence of vertebrobasilar insufficiency." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA6 a question or request answered normal still holds modalities at not-cleared (variants of the known r3 / r10 request family: "Indication:", "Referral: r/o", "Clinical details:", "Clinical question:", "Clinical: suspected"): false alarm: cervical-manipulation not-cleared; false alarm: collar-zone-massage not-cleared',
  },
  {
    key: 'r12 "Clinical: ? left VA dissection. Findings: normal calibre, normal flow, no intimal flap. Conclusion: no sonographic evidence of dissection." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA5 a clinical question under a heading the reader does not take as a request ("Clinical:", "Question:", "Clinical information: ... Question:") reads "? dissection" / "VA occlusion?" as an uncertain finding of the report: emergency on a normal study: false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; fals',
  },
  {
    key: 'r12 "Hemodynamically significant stenoses, occlusions - not detected." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a dash before the post-negation ("X - not detected", "X - not seen", "X - none seen", "X — not revealed", "X - was not detected") leaves the finding affirmed, for every finding (false emergencies for occlusion, dissection, acute infarct, restricted diffusion; confirmed VAS for "Signs of VBI - not detected"): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage c',
  },
  {
    key: 'r12 "Question: dissection? Findings: normal study." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA5 a clinical question under a heading the reader does not take as a request ("Clinical:", "Question:", "Clinical information: ... Question:") reads "? dissection" / "VA occlusion?" as an uncertain finding of the report: emergency on a normal study: false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; fals',
  },
  {
    key: 'r12 "Clinical: ? dissection. Findings: normal VAs with antegrade flow." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA5 a clinical question under a heading the reader does not take as a request ("Clinical:", "Question:", "Clinical information: ... Question:") reads "? dissection" / "VA occlusion?" as an uncertain finding of the report: emergency on a normal study: false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; fals',
  },
  {
    key: 'r12 "Clinical details: ? left VA dissection. Result: no dissection." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA6 a question or request answered normal still holds modalities at not-cleared (variants of the known r3 / r10 request family: "Indication:", "Referral: r/o", "Clinical details:", "Clinical question:", "Clinical: suspected"): false alarm: cervical-manipulation not-cleared; false alarm: collar-zone-massage not-cleared; false alarm: back-massage not-cleared; false alarm: therapeutic-exercise not-cl',
  },
  {
    key: 'r12 "Question: VA occlusion? Answer: no, both VAs are patent." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA5 a clinical question under a heading the reader does not take as a request ("Clinical:", "Question:", "Clinical information: ... Question:") reads "? dissection" / "VA occlusion?" as an uncertain finding of the report: emergency on a normal study: false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; fals',
  },
  {
    key: 'r12 "Atherosclerotic plaques - not detected." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 a dash before the post-negation ("X - not detected", "X - not seen", "X - none seen", "X — not revealed", "X - was not detected") leaves the finding affirmed, for every finding (false emergencies for occlusion, dissection, acute infarct, restricted diffusion; confirmed VAS for "Signs of VBI - not detected"): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r12 "Vertebrogenic influence on the VA - not detected." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1b a dash-negation swallowed into an occlusion term ("Reverse flow - not detected", "influence on the VA - not detected" read as absent flow / "VA - not detected") (false emergency): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgenc',
  },
  {
    key: 'r12 "Left VA: 100 %." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'M6 a bare "100 %" after the artery (judgement): manip: want >= contraindicated, got clear; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
];
