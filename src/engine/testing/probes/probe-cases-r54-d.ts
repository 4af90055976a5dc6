/**
 * Reviewer probes, round 54 (/tmp/probe54/head.md: 155 attacks on the EHR-text reader of 7ddfd48,
 * at 0b3b244), part d (18 probes):
 * K: false alarms from relatives and other people.
 * C: controls.
 * The round's probes: probe-cases-r54-a.ts (A, Q), -b.ts (R, N, W), -c.ts (T, F), -d.ts (K, C),
 * -e.ts (X, Z1, Z2). Referral probes: PROBE_BASE (every intake finding answered "no", a clean
 * cervical X-ray of 2026-10-01, assessed 2026-11-20 unless said) with `referral.reason` the
 * vignette, dated 3 days before; each is a pair with the same case without the referral (the
 * harness's FS-7 check). Helpers and shared bounds in probe-r54-lib.ts: lower bounds for misses,
 * upper bounds (`max`) for false alarms. F16 is known open (known-open-r54-a.ts); the others pass
 * on main (b791c16). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import { CLR, CLR_T, EM, EM_T, G, referralsInto, S9U, S9U_T, SSH_T } from './probe-r54-lib';

const probes: Probe[] = [];
const R = referralsInto(probes);

// ---- K: false alarms from relatives and other people
R(
  'K1',
  G.K,
  'false-alarm',
  'Mother found to have hypothyroidism',
  'NO',
  CLR,
  CLR_T + " (a relative's thyroid disease)",
);
R('K2', G.K, 'false-alarm', 'Lives with her son who had a stroke in August', 'NO', CLR, CLR_T);
R(
  'K3',
  G.K,
  'false-alarm',
  'Brother reported to have had a VA dissection at 40 - pt anxious',
  'NO',
  CLR,
  CLR_T,
);
R('K4', G.K, 'false-alarm', 'Carer for her husband who had a stroke', 'NO', CLR, CLR_T);
R(
  'K5',
  G.K,
  'false-alarm',
  'Family hx: Stroke. Thyroid disease. PMH: nil.',
  'NO',
  CLR,
  CLR_T + ' (sentences under a family-history heading)',
);
R(
  'K6',
  G.K,
  'false-alarm',
  'Drives his wife, who is on warfarin, to her appointments',
  'NO',
  CLR,
  CLR_T + " (the wife's anticoagulant)",
);
R('K7', G.K, 'false-alarm', 'Sister noted to have MS and hypothyroidism', 'NO', CLR, CLR_T);
R(
  'K8',
  G.K,
  'false-alarm',
  'FH: Stroke - father. Ca breast - mother. Hypothyroid - sister.',
  'NO',
  CLR,
  CLR_T,
);
R(
  'K9',
  G.K,
  'false-alarm',
  'Father, who had a stroke at 50, thinks she should be checked',
  'NO',
  CLR,
  CLR_T,
);
R(
  'K10',
  G.K,
  'false-alarm',
  'Her partner has slurred speech (MND); she is his carer, neck strain from lifting',
  'NO',
  { max: { urg: 'none', manip: 'not-cleared' } },
  "s4: the partner's symptom is not hers: urgency none",
);

// ---- C: controls
R('C1', G.C, 'control', 'Daughter reports slurred speech since yesterday', 'NO', EM, EM_T);
R('C2', G.C, 'control', 'Diplopia ?cause ?VBI', 'NO', EM, EM_T);
R(
  'C3',
  G.C,
  'control',
  'Dizziness: no. Diplopia: no. Headache: yes, occipital',
  'NO',
  { max: { urg: 'none' }, triad: ['headache'] },
  'denials by form; headache present',
);
R('C4', G.C, 'control', 'FH: mother CVA at 70. Diplopia 2/7.', 'NO', EM, EM_T);
R('C5', G.C, 'control', 'No diplopia, dysarthria, trauma, LOC or nystagmus', 'NO', CLR, CLR_T);
R(
  'C6',
  G.C,
  'control',
  'Whiplash 2012, chiro manipulation years ago; now wants massage',
  'NO',
  { max: { urg: 'none', manip: 'clear' } },
  'past events only (s9, s5 old injuries)',
);
R(
  'C7',
  G.C,
  'control',
  'Cracks own neck several times a day; dizziness for 1/52',
  'NO',
  S9U,
  S9U_T,
);
R(
  'C8',
  G.C,
  'control',
  'Sudden severe R sided neck pain and headache while lifting weights',
  'NO',
  EM,
  SSH_T,
);

export const ROUND_54_D: readonly Probe[] = probes;
