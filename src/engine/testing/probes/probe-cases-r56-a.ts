/**
 * Reviewer probes, round 56 (/tmp/probe56/head.md: 159 attacks on the free-text reader of
 * b791c16, at 7c33f34), part a (34 probes):
 * P: the REWRITES of text-prep.ts ("?" before a number, "never had … like this", "cannot …
 * without", "no warning").
 * Q: questions, the asking carry, the spaced dash, worry.
 * The round's probes: probe-cases-r56-a.ts (P, Q), -b.ts (O, A), -c.ts (S, T), -d.ts (X, Z1,
 * Z2), -e.ts (N). Helpers and shared bounds in probe-r56-lib.ts: lower bounds for misses, upper
 * bounds (`max`) for false alarms; `notTriad` / `notRead` as the conflicts listed.
 * Referral probes: PROBE_BASE (every intake finding answered "no", a clean cervical X-ray of
 * 2026-10-01, assessed 2026-11-20 unless said) with `referral.reason` the vignette, dated 3 days
 * before; each is a pair with the same case without the referral (the harness's FS-7 check).
 * All pass on main (0ee5dc1). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import {
  CLR,
  CLRT,
  DZ,
  DZ_T,
  EM,
  EM_T,
  FAU_M,
  FAU_MT,
  G,
  NU,
  NU_T,
  referralsInto,
  SSH_T,
} from './probe-r56-lib';

const probes: Probe[] = [];
const R = referralsInto(probes);

// ---- P: the REWRITES of text-prep.ts
R(
  'P1',
  G.P,
  'false-alarm',
  'Neck pain after gym, ?C5 fracture - awaiting CT report',
  'NO',
  { max: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' } },
  'a fracture asked about ("?C5") is uncertain = unknown at most (FS-7, s5): manip at most not-cleared, never read as a confirmed fracture',
);
R(
  'P2',
  G.P,
  'false-alarm',
  'Dizzy spells ?2 TIAs last month - for neurology opinion',
  'NO',
  { max: { manip: 'not-cleared', czm: 'caution' } },
  'TIA only asked about ("?2 TIAs"): uncertain = unknown (FS-7): manip at most not-cleared, czm at most caution',
);
R(
  'P3',
  G.P,
  'false-alarm',
  'Occipital headache ?2ry to VA dissection - CTA requested',
  'NO',
  { max: { urg: 'urgent' } },
  '"?2ry to" (query secondary to) asks about the dissection: uncertain (FS-7) - no emergency from an affirmed dissection (s4)',
);
R('P4', G.P, 'control', 'Diplopia for ?3 days', 'NO', EM, EM_T);
R('P5', G.P, 'control', 'Never had a headache like this before', 'NO', NU, NU_T);
R(
  'P6',
  G.P,
  'miss',
  "Says she's never had pain like this in the back of her head",
  'NO',
  NU,
  NU_T + ' (pain at the back of the head = headache, unlike any before)',
);
R(
  'P7',
  G.P,
  'control',
  'No improvement in dizziness or double vision since neck manipulation 3 days ago',
  'NO',
  EM,
  EM_T,
);
R(
  'P8',
  G.P,
  'false-alarm',
  'Cannot turn head past 45 degrees to the left but without dizziness',
  'NO',
  { max: { manip: 'caution', czm: 'clear', urg: 'none' }, notTriad: ['dizziness'] },
  'a denial ("without dizziness") with limited range: no rotation-provoked dizziness (s9), no dizziness (s3)',
);
R(
  'P9',
  G.P,
  'false-alarm',
  'Unable to reproduce - turns head fully without feeling dizzy',
  'NO',
  { ...CLR, notTriad: ['dizziness'] },
  'symptoms not reproduced, no dizziness on rotation: nothing affirmed (s3, s9)',
);
R(
  'P10',
  G.P,
  'control',
  'Not sleeping, not eating; no dizziness or visual symptoms',
  'NO',
  CLR,
  CLRT('denials'),
);
R(
  'P11',
  G.P,
  'miss',
  'Fell without warning twice this week, no LOC',
  'NO',
  EM,
  EM_T + ' (drop attacks: falls without warning, no LOC, s4)',
);
R(
  'P12',
  G.P,
  'miss',
  'Collapsed without warning, no LOC',
  'NO',
  EM,
  EM_T + ' (drop attack, s4/s9)',
);
R('P13', G.P, 'miss', 'Sudden falls - no warning, no LOC', 'NO', EM, EM_T + ' (drop attacks)');
R('P14', G.P, 'control', 'Legs went from under her with no warning', 'NO', EM, EM_T);
R(
  'P15',
  G.P,
  'false-alarm',
  'Safety-netted: no warning signs of stroke at present',
  'NO',
  CLR,
  CLRT('"no warning signs of stroke" denies a stroke (s5)'),
);
R(
  'P16',
  G.P,
  'false-alarm',
  'No warning symptoms of TIA; neck stiffness only',
  'NO',
  CLR,
  CLRT('denial of TIA symptoms'),
);
R('P17', G.P, 'control', 'Neck manip 2/7 ago?? dissection - diplopia', 'NO', EM, EM_T);
// ---- Q: questions, the asking carry, the spaced dash, WORRY
R(
  'Q1',
  G.Q,
  'miss',
  'Stroke suspected given slurred speech and diplopia',
  'NO',
  EM,
  EM_T + " (the symptoms are the patient's; only the stroke is suspected)",
);
R('Q2', G.Q, 'miss', 'TIA probable given transient dysarthria this morning', 'NO', EM, EM_T);
R(
  'Q3',
  G.Q,
  'false-alarm',
  'VA dissection possible given neck pain after chiro manipulation',
  'NO',
  { max: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared' } },
  'a possible dissection is uncertain = unknown (FS-7): at most not-cleared, no emergency from it (s4)',
);
R(
  'Q4',
  G.Q,
  'miss',
  'Dizziness ?BPPV? Hx TIA 2024',
  'NO',
  { manip: 'contraindicated', czm: 'caution' },
  'TIA in the history (s5; text onset unknown = recent, s8): manip contraindicated, czm at least caution',
);
R(
  'Q5',
  G.Q,
  'miss',
  'Any double vision? Yes - since Tuesday',
  'NO',
  EM,
  EM_T + ' (an answered question)',
);
R('Q6', G.Q, 'miss', 'Slurred speech? Yes. Drop attacks? No.', 'NO', EM, EM_T);
R('Q7', G.Q, 'control', '?VBI - diplopia 2/7', 'NO', EM, EM_T);
R('Q8', G.Q, 'control', 'r/o stroke, diplopia since Sunday', 'NO', EM, EM_T);
R(
  'Q9',
  G.Q,
  'control',
  'Rule out VA dissection, TIA and stroke',
  'NO',
  { max: { urg: 'none', manip: 'not-cleared', czm: 'not-cleared' } },
  'all asked: at most unknown',
);
R(
  'Q10',
  G.Q,
  'false-alarm',
  'Anxious about neck manipulation - dizzy spells for 3 months',
  'NO',
  FAU_M,
  FAU_MT + ' (fear of a manipulation is no manipulation)',
);
R(
  'Q11',
  G.Q,
  'control',
  'Fears a stroke after her chiro adjustment; numb L hand since',
  'NO',
  EM,
  EM_T,
);
R(
  'Q12',
  G.Q,
  'false-alarm',
  'No red flags - diplopia, dysarthria, dysphagia, drop attacks all negative',
  'NO',
  CLR,
  CLRT('a red-flag screen all negative'),
);
R(
  'Q13',
  G.Q,
  'false-alarm',
  'Neuro exam: no focal deficit - diplopia and nystagmus absent',
  'NO',
  CLR,
  CLRT('examined and absent'),
);
R('Q14', G.Q, 'miss', 'Headache - sudden onset, severe, worst ever', 'NO', EM, SSH_T);
R('Q15', G.Q, 'miss', 'Neck pain - sudden and severe, while reversing the car', 'NO', EM, SSH_T);
R(
  'Q16',
  G.Q,
  'false-alarm',
  'Red flags (diplopia, dysarthria, drop attacks): none',
  'NO',
  CLR,
  CLRT('red flags: none'),
);
R('Q17', G.Q, 'control', 'No headache - just dizziness', 'NO', DZ, DZ_T);

export const ROUND_56_A: readonly Probe[] = probes;
