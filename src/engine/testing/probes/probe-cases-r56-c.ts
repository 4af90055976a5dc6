/**
 * Reviewer probes, round 56 (/tmp/probe56/head.md: 159 attacks on the free-text reader of
 * b791c16, at 7c33f34), part c (33 probes):
 * S: sentence-level ABRUPT / WORST_EVER / UNLIKE_ANY / OTHER_PLACE.
 * T: treatment time on the referral (done, planned, dated, ranges).
 * The round's probes: probe-cases-r56-a.ts (P, Q), -b.ts (O, A), -c.ts (S, T), -d.ts (X, Z1,
 * Z2), -e.ts (N). Helpers and shared bounds in probe-r56-lib.ts: lower bounds for misses, upper
 * bounds (`max`) for false alarms; `notTriad` / `notRead` as the conflicts listed.
 * Referral probes: PROBE_BASE (every intake finding answered "no", a clean cervical X-ray of
 * 2026-10-01, assessed 2026-11-20 unless said) with `referral.reason` the vignette, dated 3 days
 * before; each is a pair with the same case without the referral (the harness's FS-7 check).
 * All pass on main (0ee5dc1). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import { EM, FAU, FAU_M, FAU_MT, G, referralsInto, S9U, S9U_T, SSH_T } from './probe-r56-lib';

const probes: Probe[] = [];
const R = referralsInto(probes);

// ---- S: sentence-level checks
R(
  'S1',
  G.S,
  'miss',
  'Sudden onset pain in the back of her head, the worst she has ever had',
  'NO',
  EM,
  SSH_T,
);
R(
  'S2',
  G.S,
  'miss',
  'Abrupt onset occipital headache while carrying shopping, radiating to both shoulders',
  'NO',
  EM,
  SSH_T,
);
R('S3', G.S, 'miss', 'Severe headache which came on suddenly while straining', 'NO', EM, SSH_T);
R('S4', G.S, 'miss', 'Headache came on abruptly at the gym, 10/10', 'NO', EM, SSH_T);
R('S5', G.S, 'miss', 'Sudden onset 10/10 occipital headache', 'NO', EM, SSH_T);
R(
  'S6',
  G.S,
  'false-alarm',
  'Dizziness on turning her head - the worst she has ever felt',
  'NO',
  FAU,
  's4/s9: dizziness (worst ever) is no thunderclap headache: urgency none (rotation dizziness contraindicates manip only)',
);
R(
  'S7',
  G.S,
  'false-alarm',
  'Vertigo of abrupt onset when lifting her head off the pillow, settles in 30 seconds',
  'NO',
  FAU,
  's4: positional vertigo is no sudden severe headache: urgency none',
);
R(
  'S8',
  G.S,
  'false-alarm',
  'Dizziness on moving her head, unlike anything before',
  'NO',
  FAU,
  's9: the prodrome is a headache or neck pain; a new dizziness is not: urgency none',
);
R(
  'S9',
  G.S,
  'false-alarm',
  'Headache - instant relief with paracetamol',
  'NO',
  FAU,
  's4: instant relief is no instant onset: urgency none',
);
R(
  'S10',
  G.S,
  'false-alarm',
  'D&V: explosive diarrhoea, vomiting, mild headache',
  'NO',
  FAU,
  's4: explosive diarrhoea is no explosive headache: urgency none',
);
R('S11', G.S, 'miss', 'Headache maximal within seconds', 'NO', EM, SSH_T);
R('S12', G.S, 'control', 'Headache peaked within 1 minute', 'NO', EM, SSH_T);
R(
  'S13',
  G.S,
  'control',
  'Worst headache of her life, neck and shoulder stiffness',
  'NO',
  EM,
  SSH_T,
);
// ---- T: treatment time (assessed 2026-11-20 unless said)
R(
  'T1',
  G.T,
  'miss',
  'Attended chiropractor for cervical manipulation; afterwards dizzy with occipital headache',
  'NO',
  S9U,
  S9U_T,
);
R(
  'T2',
  G.T,
  'miss',
  'Occipital headache and dizziness, likely due to chiropractic neck manipulation',
  'NO',
  S9U,
  S9U_T,
);
R(
  'T3',
  G.T,
  'false-alarm',
  'Dizzy spells for 3 months. Booked for chiropractic neck manipulation on Monday - please advise if safe.',
  'NO',
  FAU_M,
  FAU_MT,
);
R(
  'T4',
  G.T,
  'false-alarm',
  'Chiropractic adjustment booked for next week; occasional dizziness',
  'NO',
  FAU_M,
  FAU_MT,
);
R(
  'T5',
  G.T,
  'false-alarm',
  'Due to see chiropractor for manipulation this week; dizzy for months',
  'NO',
  FAU_M,
  FAU_MT,
);
R(
  'T6',
  G.T,
  'false-alarm',
  'Last chiro adjustment 6 wks ago, next on Friday; dizziness for 2 months',
  'NO',
  FAU_M,
  FAU_MT,
);
R(
  'T7',
  G.T,
  'false-alarm',
  'Chiro neck manipulation 3/12 ago. Intermittent dizziness.',
  'NO',
  FAU_M,
  FAU_MT + ' (3/12 = 3 months)',
);
R(
  'T8',
  G.T,
  'miss',
  'Ongoing chiropractic neck manipulation (2023 to date), occipital headache and dizziness',
  'NO',
  S9U,
  S9U_T + ' (ongoing)',
);
R('T9', G.T, 'control', 'Chiro manipulation 2015 - no problems. Dizziness.', 'NO', FAU_M, FAU_MT);
R('T10', G.T, 'control', 'Neck manipulation 30 Dec 2026; now dizzy', 'NO', S9U, S9U_T, {
  on: '2027-01-04',
});
R('T11', G.T, 'miss', 'Neck massage 2 wks ago, occipital headache since', 'NO', S9U, S9U_T);
R(
  'T12',
  G.T,
  'miss',
  'Occipital headache since a neck massage at the spa on Saturday',
  'NO',
  S9U,
  S9U_T,
);
R(
  'T13',
  G.T,
  'control',
  'Had a massage to her neck a fortnight ago, dizzy since',
  'NO',
  S9U,
  S9U_T,
);
R(
  'T14',
  G.T,
  'control',
  'Massage to neck monthly, last one 2 months ago. Dizzy for 1 year.',
  'NO',
  FAU_M,
  FAU_MT,
);
R(
  'T15',
  G.T,
  'false-alarm',
  'Dizzy ever since a neck manipulation in 2019',
  'NO',
  FAU_M,
  FAU_MT + ' (2019)',
);
R(
  'T16',
  G.T,
  'false-alarm',
  'Previous chiropractic manipulation helped; dizziness since Monday',
  'NO',
  FAU_M,
  FAU_MT + ' (previous)',
);
R(
  'T17',
  G.T,
  'control',
  'Neck cracked by chiropractor Saturday, vertigo since Sunday',
  'NO',
  S9U,
  S9U_T,
);
R(
  'T18',
  G.T,
  'false-alarm',
  'Dizzy since Tuesday, wants chiropractic manipulation of neck',
  'NO',
  FAU_M,
  FAU_MT + ' (wanted only)',
);
R(
  'T19',
  G.T,
  'false-alarm',
  'Neck manipulation in early 2026; dizzy',
  'NO',
  FAU_M,
  FAU_MT + ' (early 2026 = 8-10 months before 2026-11-20; borderline)',
);
R('T20', G.T, 'control', 'Neck manipulation 2 wks ago, dizzy since', 'NO', S9U, S9U_T);

export const ROUND_56_C: readonly Probe[] = probes;
