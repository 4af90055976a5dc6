/**
 * Round 14's probes that fail on main a861c24 as reviewed (/tmp/probe14/REPORT.md): misses name the
 * report's families M1-M5, false alarms FA1-FA4 and N, judgement calls the families marked so.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R14_A: readonly KnownOpen[] = [
  {
    key: 'r14 "Stenosis: right 0%, left 100%." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      '(judgement) M5 "infarct - diffusion restricted" not acute; 100 % stenosis not an occlusion: manip: want >= contraindicated, got caution; czm: want >= contraindicated, got clear; bm: want >= contraindicated, got clear; ex: want >= contraindicated, got clear; urg: want >= emergency, got none',
  },
  {
    key: 'r14 "Dissection - not detected (both VAs)." [cta/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'FA1 "X - not detected on either side / bilaterally / at any level / anywhere" affirms X since a861c24 aloneInClause (false alarm) (regression: read right on b492d6d, wrong since a861c24): false alarm: cervical-manipulation contraindicated; false alarm: collar-zone-massage contraindicated; false alarm: back-massage contraindicated; false alarm: therapeutic-exercise contraindicated; false alarm: urgency emergency',
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
    key: 'r14 "Brachiocephalic arteries, duplex.\\nIntima-media complex - not thickened.\\nAtherosclerotic plaques - not detected.\\nHaemodynamically significant stenoses - not detected.\\nVertebral arteries - patent, flow antegrade, velocities within normal limits.\\nSubclavian steal - not detected.\\nPathological tortuosity - not detected.\\nConclusion: normal study." [doppler/neck-vessels 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'N sweep: a normal report raises (the line that raises is in FA1 / FA2 / FA4, or the open request family for "Clinical details: ?X"): false alarm: cervical-manipulation contraindicated',
  },
  {
    key: 'r14 "MRI head (UK). Clinical details: ?posterior circulation stroke. Findings: no restricted diffusion, no haemorrhage. Conclusion: no evidence of posterior circulation infarct." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      'N sweep: a normal report raises (the line that raises is in FA1 / FA2 / FA4, or the open request family for "Clinical details: ?X"): false alarm: cervical-manipulation not-cleared; false alarm: collar-zone-massage not-cleared',
  },
];
