/**
 * Reviewer probes, round 54 (/tmp/probe54/head.md: 155 attacks on the EHR-text reader of 7ddfd48,
 * at 0b3b244), part b (39 probes):
 * R: a relative in the sentence of the patient's own symptom (reporters, witnesses, possessives,
 * FH lines).
 * N: "no" / "not" / "non" / "never" / "without" / "worried" inside a longer phrase.
 * W: words a clinician writes for red flags and treatments.
 * The round's probes: probe-cases-r54-a.ts (A, Q), -b.ts (R, N, W), -c.ts (T, F), -d.ts (K, C),
 * -e.ts (X, Z1, Z2). Referral probes: PROBE_BASE (every intake finding answered "no", a clean
 * cervical X-ray of 2026-10-01, assessed 2026-11-20 unless said) with `referral.reason` the
 * vignette, dated 3 days before; each is a pair with the same case without the referral (the
 * harness's FS-7 check). Helpers and shared bounds in probe-r54-lib.ts: lower bounds for misses,
 * upper bounds (`max`) for false alarms. F16 is known open (known-open-r54-a.ts); the others pass
 * on main (b791c16). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import {
  EM,
  EM_T,
  G,
  NU,
  NU_T,
  referralsInto,
  ROT,
  ROT_T,
  S9U,
  S9U_T,
  SSH_T,
} from './probe-r54-lib';

const probes: Probe[] = [];
const R = referralsInto(probes);

// ---- R: a relative in the sentence of the patient's own symptom (reporters, witnesses, possessives, FH lines)
R(
  'R1',
  G.R,
  'miss',
  'Slurred speech noticed by her daughter yesterday',
  'NO',
  EM,
  EM_T + ' (daughter is the witness)',
);
R('R2', G.R, 'miss', 'Per daughter, slurred speech since this am', 'NO', EM, EM_T);
R(
  'R3',
  G.R,
  'miss',
  'Wife is worried as his speech has been slurred since Tuesday',
  'NO',
  EM,
  EM_T,
);
R(
  'R4',
  G.R,
  'miss',
  'FH: mother stroke at 70\nDiplopia 2/7 after chiro manipulation',
  'NO',
  EM,
  EM_T + ' (new line, no full stop)',
);
R(
  'R5',
  G.R,
  'miss',
  'PMH HTN; FH stroke (father); now sudden onset diplopia and vertigo',
  'NO',
  EM,
  EM_T,
);
R(
  'R6',
  G.R,
  'miss',
  'Collateral from son: confused and slurring words since lunchtime',
  'NO',
  EM,
  EM_T,
);
R('R7', G.R, 'miss', 'Daughter (NOK) reports diplopia since yesterday', 'NO', EM, EM_T);
R(
  'R8',
  G.R,
  'miss',
  'Looking after her grandchildren when she developed the worst headache of her life',
  'NO',
  EM,
  SSH_T,
);
R(
  'R9',
  G.R,
  'miss',
  'Her son, who brought her in, says she has had double vision since Monday',
  'NO',
  EM,
  EM_T,
);
R(
  'R10',
  G.R,
  'miss',
  "Hit her head on her son's car boot yesterday, now neck pain and diplopia",
  'NO',
  EM,
  EM_T,
);
R(
  'R11',
  G.R,
  'miss',
  "Fell off a ladder at her daughter's house 3 days ago - neck pain, dizzy, seeing double",
  'NO',
  EM,
  EM_T,
);
R(
  'R12',
  G.R,
  'miss',
  'Mum says she has been slurring her words since yesterday',
  'NO',
  EM,
  EM_T + " (the patient's mother reports: a reporter, not her own history)",
);
R('R13', G.R, 'miss', 'Son noticed facial droop and slurred speech at breakfast', 'NO', EM, EM_T);
R(
  'R14',
  G.R,
  'miss',
  'As per son - fell, legs gave way, no LOC',
  'NO',
  EM,
  EM_T + ' (drop attack)',
);

// ---- N: "no" / "not" / "non" / "never" / "without" / "worried" inside a longer phrase
R('N1', G.N, 'miss', 'No improvement in her double vision since Monday', 'NO', EM, EM_T);
R(
  'N2',
  G.N,
  'miss',
  'Nil relief from dizziness with betahistine; diplopia',
  'NO',
  EM,
  EM_T + ' (the diplopia after ";")',
);
R(
  'N3',
  G.N,
  'miss',
  'Cannot look up or turn head without feeling dizzy',
  'NO',
  { ...ROT, triad: ['dizziness'] },
  ROT_T + '; dizziness present',
);
R('N4', G.N, 'miss', 'Never had a headache like this before - started 3 days ago', 'NO', NU, NU_T);
R('N5', G.N, 'miss', 'Non-traumatic sudden severe neck pain 2/7', 'NO', EM, SSH_T);
R(
  'N6',
  G.N,
  'miss',
  'Not sleeping due to occipital headache and dizziness',
  'NO',
  { triad: ['headache', 'dizziness'] },
  's3 triad: headache and dizziness present',
);
R('N7', G.N, 'miss', 'Unable to walk without veering - ataxic gait', 'NO', EM, EM_T + ' (ataxia)');
R(
  'N8',
  G.N,
  'miss',
  'Worried about slurred speech since chiro manipulation 2/7 ago',
  'NO',
  EM,
  EM_T,
);
R('N9', G.N, 'miss', 'Diplopia not resolving', 'NO', EM, EM_T);
R('N10', G.N, 'miss', 'Non-resolving vertigo and nystagmus', 'NO', EM, EM_T);
R('N11', G.N, 'miss', 'Falls without warning x3 this month', 'NO', EM, EM_T + ' (drop attacks)');
R('N12', G.N, 'miss', 'Legs gave way without warning, no LOC', 'NO', EM, EM_T + ' (drop attacks)');
R(
  'N13',
  G.N,
  'miss',
  'No warning - sudden severe occipital headache while lifting',
  'NO',
  EM,
  SSH_T,
);
R(
  'N14',
  G.N,
  'miss',
  'No known trauma, dizziness and blurred vision 3/52',
  'NO',
  { triad: ['dizziness', 'visualDisturbance'] },
  's3 triad: dizziness and visual disturbance present',
);

// ---- W: words a clinician writes for red flags and treatments
R('W1', G.W, 'miss', 'Sees double when looking to the left', 'NO', EM, EM_T);
R(
  'W2',
  G.W,
  'miss',
  'Droopy R eyelid and R pupil smaller than L',
  'NO',
  EM,
  EM_T + " (Horner's signs)",
);
R('W3', G.W, 'miss', 'Blacked out twice this week', 'NO', EM, EM_T + ' (s9 syncope)');
R('W4', G.W, 'miss', 'Headache - abrupt onset, maximal within 1 minute', 'NO', EM, SSH_T);
R('W5', G.W, 'miss', 'Dizzy and blurred vision since chiro adj on Monday', 'NO', S9U, S9U_T);
R('W6', G.W, 'miss', 'Dizzy since neck manip at chiro 3/7 ago', 'NO', S9U, S9U_T);
R(
  'W7',
  G.W,
  'miss',
  'HVLA thrust to C-spine 2/7 ago, now dizzy and blurred vision',
  'NO',
  S9U,
  S9U_T,
);
R('W8', G.W, 'miss', 'Self-manipulates neck daily; dizziness and h/a', 'NO', S9U, S9U_T);
R(
  'W9',
  G.W,
  'miss',
  'Deep tissue massage to neck 3 days ago, since then dizzy and h/a',
  'NO',
  S9U,
  S9U_T.replace('manipulation/massage', 'massage'),
);
R('W10', G.W, 'miss', 'Sudden severe pain at the back of the head', 'NO', EM, SSH_T);
R(
  'W11',
  G.W,
  'miss',
  'Struggling to find words since yesterday',
  'NO',
  EM,
  EM_T + ' (s9 speech-disturbance)',
);

export const ROUND_54_B: readonly Probe[] = probes;
