/**
 * Reviewer probes, round 54 (/tmp/probe54/head.md: 155 attacks on the EHR-text reader of 7ddfd48,
 * at 0b3b244), part a (34 probes):
 * A: a symptom followed by a form-like answer that is not a denial ("N/V", "N/K", yes/no
 * checklists).
 * Q: a question mark or question word that should not void a symptom.
 * The round's probes: probe-cases-r54-a.ts (A, Q), -b.ts (R, N, W), -c.ts (T, F), -d.ts (K, C),
 * -e.ts (X, Z1, Z2). Referral probes: PROBE_BASE (every intake finding answered "no", a clean
 * cervical X-ray of 2026-10-01, assessed 2026-11-20 unless said) with `referral.reason` the
 * vignette, dated 3 days before; each is a pair with the same case without the referral (the
 * harness's FS-7 check). Helpers and shared bounds in probe-r54-lib.ts: lower bounds for misses,
 * upper bounds (`max`) for false alarms. F16 is known open (known-open-r54-a.ts); the others pass
 * on main (b791c16). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import { DZ, DZ_T, EM, EM_T, G, referralsInto, ROT, ROT_T, SSH_T } from './probe-r54-lib';

const probes: Probe[] = [];
const R = referralsInto(probes);

// ---- A: a symptom followed by a form-like answer that is not a denial ("N/V", "N/K", yes/no checklists)
R(
  'A1',
  G.A,
  'miss',
  'Diplopia N/V since chiro manipulation yesterday',
  'NO',
  EM,
  EM_T + ' ("N/V" = nausea and vomiting, not a "N" answer)',
);
R('A2', G.A, 'miss', 'Thunderclap headache with N/V', 'NO', EM, SSH_T + ' (N/V = nausea/vomiting)');
R('A3', G.A, 'miss', 'c/o diplopia n/v', 'NO', EM, EM_T);
R(
  'A4',
  G.A,
  'miss',
  'Occipital headache, dizziness N/V, 3/12',
  'NO',
  { triad: ['headache', 'dizziness'], vas: 'moderate' },
  's3: two triad features (headache, dizziness) -> moderate (N/V = nausea/vomiting)',
);
R('A5', G.A, 'miss', 'Vertigo/nystagmus N/V since yesterday', 'NO', EM, EM_T + ' (nystagmus)');
R(
  'A6',
  G.A,
  'miss',
  'Diplopia - N/K onset',
  'NO',
  EM,
  EM_T + ' (N/K = not known: onset unknown = emergency, s8)',
);
R('A7', G.A, 'miss', 'Diplopia: yes - N/A', 'NO', EM, EM_T);
R('A8', G.A, 'miss', 'Dizziness - new', 'NO', DZ, DZ_T);
R('A9', G.A, 'miss', 'Sudden severe headache - no relief with paracetamol', 'NO', EM, SSH_T);
R('A10', G.A, 'miss', 'Dysarthria: not previously, new since Monday', 'NO', EM, EM_T);
R(
  'A11',
  G.A,
  'miss',
  'Double vision - Y. Dizziness - N.',
  'NO',
  EM,
  EM_T + ' (double vision answered Y)',
);
R('A12', G.A, 'miss', 'Slurred speech N+V 1/7', 'NO', EM, EM_T);
R('A13', G.A, 'miss', 'Dizziness on turning head, N/V', 'NO', ROT, ROT_T);
R('A14', G.A, 'miss', 'Nystagmus - nil else on exam', 'NO', EM, EM_T);
R('A15', G.A, 'miss', 'Drop attacks: 2 (no LOC)', 'NO', EM, EM_T);
R(
  'A16',
  G.A,
  'miss',
  'Diplopia Y dizziness N',
  'NO',
  EM,
  EM_T + ' (checklist without punctuation: diplopia answered Y)',
);
R('A17', G.A, 'miss', 'diplopia yes dysarthria no', 'NO', EM, EM_T);

// ---- Q: a question mark or question word that should not void a symptom
R('Q1', G.Q, 'miss', 'Diplopia for ?3 days', 'NO', EM, EM_T + ' ("?" doubts the duration only)');
R('Q2', G.Q, 'miss', 'Sudden severe headache ?2/7 ago', 'NO', EM, SSH_T);
R(
  'Q3',
  G.Q,
  'miss',
  'Slurred speech r/o stroke',
  'NO',
  EM,
  EM_T + ' (the rule-out asks about the stroke)',
);
R('Q4', G.Q, 'miss', 'Diplopia - possible VBI', 'NO', EM, EM_T);
R(
  'Q5',
  G.Q,
  'miss',
  'Sudden onset severe neck pain - suspected VA dissection',
  'NO',
  EM,
  SSH_T + ' (s9: sudden severe neck pain)',
);
R('Q6', G.Q, 'miss', '?VBI - diplopia 2/7', 'NO', EM, EM_T);
R('Q7', G.Q, 'miss', '?PCS - vertigo & nystagmus', 'NO', EM, EM_T);
R('Q8', G.Q, 'miss', 'Dysarthria query TIA', 'NO', EM, EM_T);
R('Q9', G.Q, 'miss', 'Worst headache of life ? SAH', 'NO', EM, SSH_T);
R('Q10', G.Q, 'miss', 'Vertigo, ?cervicogenic - dizzy on turning head', 'NO', ROT, ROT_T);
R('Q11', G.Q, 'miss', 'Diplopia (?6th nerve palsy)', 'NO', EM, EM_T);
R('Q12', G.Q, 'miss', 'Diplopia ?since Sunday', 'NO', EM, EM_T);
R(
  'Q13',
  G.Q,
  'miss',
  "R ptosis + miosis ?Horner's",
  'NO',
  EM,
  EM_T + " (Horner's signs: ptosis + miosis, s4)",
);
R(
  'Q14',
  G.Q,
  'miss',
  'Nystagmus on exam - likely peripheral ?BPPV',
  'NO',
  EM,
  EM_T + ' (BPPV not by text, FS-7)',
);
R('Q15', G.Q, 'miss', 'Suspected vertebral artery dissection with diplopia', 'NO', EM, EM_T);
R('Q16', G.Q, 'miss', 'Double vision - ? cause', 'NO', EM, EM_T);
R('Q17', G.Q, 'miss', 'Dizzy & double vision after neck manipulation?? stroke', 'NO', EM, EM_T);

export const ROUND_54_A: readonly Probe[] = probes;
