/**
 * Reviewer probes, round 56 (/tmp/probe56/head.md: 159 attacks on the free-text reader of
 * b791c16, at 7c33f34), part b (34 probes):
 * O: ownWords (relatives, spouses, reporters, family history) blanking the patient's words.
 * A: ANSWERED_NO and forms (Y/N checklists, lists answered "nil", "not tested").
 * The round's probes: probe-cases-r56-a.ts (P, Q), -b.ts (O, A), -c.ts (S, T), -d.ts (X, Z1,
 * Z2), -e.ts (N). Helpers and shared bounds in probe-r56-lib.ts: lower bounds for misses, upper
 * bounds (`max`) for false alarms; `notTriad` / `notRead` as the conflicts listed.
 * Referral probes: PROBE_BASE (every intake finding answered "no", a clean cervical X-ray of
 * 2026-10-01, assessed 2026-11-20 unless said) with `referral.reason` the vignette, dated 3 days
 * before; each is a pair with the same case without the referral (the harness's FS-7 check).
 * A8 is known open (known-open-r56-a.ts); the others pass on main (0ee5dc1). Test data only,
 * all synthetic.
 */
import type { Probe } from './probe-model';
import {
  CLR,
  CLRT,
  EM,
  EM_T,
  G,
  referralsInto,
  ROT,
  ROT_T,
  S9U,
  S9U_T,
  SSH_T,
} from './probe-r56-lib';

const probes: Probe[] = [];
const R = referralsInto(probes);

// ---- O: ownWords
R(
  'O1',
  G.O,
  'miss',
  'Attends with wife. Diplopia and slurred speech.',
  'NO',
  EM,
  EM_T + ' (the wife only accompanies)',
);
R('O2', G.O, 'miss', 'Husband present. Slurred speech and facial droop.', 'NO', EM, EM_T);
R(
  'O3',
  G.O,
  'miss',
  'PMH: HTN. FH: nil. SH: non-smoker. PC: diplopia and dysarthria',
  'NO',
  EM,
  EM_T + ' ("FH: nil" is nobody\'s disease)',
);
R(
  'O4',
  G.O,
  'miss',
  'Husband reports that she has had slurred speech since lunchtime',
  'NO',
  EM,
  EM_T + ' (a reporter)',
);
R('O5', G.O, 'miss', 'Wife states that he has been slurring his words', 'NO', EM, EM_T);
R(
  'O6',
  G.O,
  'miss',
  'Found by husband on the kitchen floor, drowsy and slurring her words',
  'NO',
  EM,
  EM_T + ' (dysarthria, reduced consciousness, s9)',
);
R('O7', G.O, 'miss', 'Thunderclap headache during sex with his wife last night', 'NO', EM, SSH_T);
R('O8', G.O, 'miss', 'Diplopia since Monday, wife has MS', 'NO', EM, EM_T);
R(
  'O9',
  G.O,
  'miss',
  "Sudden severe headache at her daughter's graduation yesterday",
  'NO',
  EM,
  SSH_T,
);
R(
  'O10',
  G.O,
  'miss',
  'Thunderclap headache 10 days after the birth of her daughter',
  'NO',
  EM,
  SSH_T + ' (post-partum thunderclap)',
);
R('O11', G.O, 'miss', 'Single mum, works nights. Thunderclap headache.', 'NO', EM, SSH_T);
R(
  'O12',
  G.O,
  'miss',
  '72-year-old grandmother with sudden severe headache and vomiting',
  'NO',
  EM,
  SSH_T,
);
R(
  'O13',
  G.O,
  'miss',
  'My partner saw her on Tuesday after chiropractic neck manipulation. Occipital headache and dizziness.',
  'NO',
  { ...S9U, triad: ['headache', 'dizziness'] },
  S9U_T + '; triad headache+dizziness ("my partner" = the GP\'s practice partner)',
);
R('O14', G.O, 'control', 'Partner noticed slurred speech', 'NO', EM, EM_T);
R('O15', G.O, 'control', 'Lives with partner. Vertigo and nystagmus.', 'NO', EM, EM_T);
R('O16', G.O, 'miss', 'Lives with husband and son. Vertigo and nystagmus.', 'NO', EM, EM_T);
R(
  'O17',
  G.O,
  'false-alarm',
  'Her brothers both had strokes in their 40s',
  'NO',
  CLR,
  CLRT("the brothers' strokes (plural relatives)"),
);
R(
  'O18',
  G.O,
  'false-alarm',
  'Two aunts had VA dissections',
  'NO',
  CLR,
  CLRT("the aunts' dissections"),
);
R(
  'O19',
  G.O,
  'false-alarm',
  'FH: mother had a stroke at 72; she also had a VA dissection at 50',
  'NO',
  CLR,
  CLRT('"she" = the mother, in an FH line'),
);
R(
  'O20',
  G.O,
  'control',
  'Brother reported to have had a VA dissection',
  'NO',
  CLR,
  CLRT("the brother's"),
);
R('O21', G.O, 'miss', 'Daughter-in-law reports he has been slurring his words', 'NO', EM, EM_T);
R(
  'O22',
  G.O,
  'control',
  'Lives with her son, who had a VA dissection',
  'NO',
  CLR,
  CLRT("the son's"),
);
R(
  'O23',
  G.O,
  'false-alarm',
  'FH: father stroke at 60\nTIA aged 65',
  'NO',
  CLR,
  CLRT('second FH line, no patient words'),
);
// ---- A: ANSWERED_NO and forms
R(
  'A1',
  G.A,
  'false-alarm',
  'Double vision Y/N: N\nSlurred speech Y/N: N',
  'NO',
  CLR,
  CLRT('form answered N'),
);
R('A2', G.A, 'control', 'Double vision (Y/N): Y', 'NO', EM, EM_T);
R(
  'A3',
  G.A,
  'false-alarm',
  '5Ds: dizziness N diplopia N dysarthria N dysphagia N drop attacks N',
  'NO',
  { ...CLR, notTriad: ['dizziness'] },
  CLRT('checklist all N'),
);
R(
  'A4',
  G.A,
  'false-alarm',
  'Diplopia, dysarthria, dysphagia: nil',
  'NO',
  CLR,
  CLRT('list answered nil'),
);
R(
  'A5',
  G.A,
  'false-alarm',
  'Diplopia/dysarthria/dysphagia: nil',
  'NO',
  CLR,
  CLRT('slashed list answered nil'),
);
R('A6', G.A, 'control', 'Dizziness: no. Diplopia: yes, since Tuesday', 'NO', EM, EM_T);
R('A7', G.A, 'control', 'Trauma - nil; sudden severe neck pain 2/7', 'NO', EM, SSH_T);
R('A8', G.A, 'miss', 'Vertigo: none at rest, on turning head - yes', 'NO', ROT, ROT_T);
R('A9', G.A, 'control', "Horner's: neg. Numbness L face: yes", 'NO', EM, EM_T);
R('A10', G.A, 'control', 'Dizzy? N  Double vision? N', 'NO', CLR, CLRT('questions answered N'));
R(
  'A11',
  G.A,
  'false-alarm',
  'Dizziness - N\nDiplopia - N\nNystagmus - not tested',
  'NO',
  CLR,
  CLRT('"not tested" is no finding'),
);

export const ROUND_56_B: readonly Probe[] = probes;
