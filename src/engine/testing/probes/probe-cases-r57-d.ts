/**
 * Reviewer probes, round 57 (/tmp/probe57/head.md: 50 whole case files with long free text and 56
 * attacks on the free-text reader of 0ee5dc1; the round ran at 95ddeb6), part d: R relatives, L
 * denied lists and inline answers, Q questions (PROBE_BASE with the text as the referral reason).
 * The round's probes: probe-cases-r57-a.ts to -c.ts (W), -d.ts (R, L, Q), -e.ts (S, T, N, X, Z1,
 * Z2). Helpers and shared bounds in probe-r57-lib.ts: lower bounds for misses, upper bounds (`max`)
 * for false alarms; every W, referral and note probe is a pair with the same case without its text
 * (the harness's FS-7 check). All pass on main (89fd5e6). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import { referrals57, G7, FAM_T, EM, EM_T, SSH_T, CLR, CLR_T } from './probe-r57-lib';

const probes: Probe[] = [];
const Rf = referrals57(probes);

// ---- R: relatives
Rf(
  'R1',
  G7.R,
  'miss',
  'Daughter had to help her walk in today as she is unsteady and slurring her words',
  'NO',
  EM,
  EM_T + ' (ataxia, dysarthria of the patient)',
);
Rf(
  'R2',
  G7.R,
  'miss',
  'Mother of two with sudden severe headache yesterday while lifting',
  'NO',
  EM,
  SSH_T,
);
Rf('R3', G7.R, 'miss', '42yo mother with double vision since Sunday', 'NO', EM, EM_T);
Rf(
  'R4',
  G7.R,
  'miss',
  'Worst headache of her life, came on suddenly at the christening of her granddaughter on Sunday',
  'NO',
  EM,
  SSH_T,
);
Rf(
  'R5',
  G7.R,
  'miss',
  'Sudden severe headache on Saturday at the 60th birthday of her husband',
  'NO',
  EM,
  SSH_T,
);
Rf(
  'R6',
  G7.R,
  'miss',
  'PC: neck pain.\nFH: nil relevant\nO/E: R ptosis, R miosis, nystagmus',
  'NO',
  EM,
  EM_T + ' (Horner signs, nystagmus on exam)',
);
Rf('R7', G7.R, 'miss', 'FH nil. Double vision and slurred speech.', 'NO', EM, EM_T);
Rf(
  'R8',
  G7.R,
  'miss',
  'His wife has been worried about his slurred speech since Tuesday',
  'NO',
  EM,
  EM_T,
);
Rf('R9', G7.R, 'miss', 'Mum with her today, says she keeps seeing double', 'NO', EM, EM_T);
Rf('R10', G7.R, 'miss', 'FH: father stroke at 70.\nDysphagia and hoarse voice.', 'NO', EM, EM_T);
Rf(
  'R11',
  G7.R,
  'false-alarm',
  'Anxious about neck manipulation as her best friend had a VA dissection after one',
  'NO',
  CLR,
  FAM_T('a friend'),
);
Rf(
  'R12',
  G7.R,
  'false-alarm',
  'Main carer for her mother (stroke 2023, dysphagia). Neck pain from lifting.',
  'NO',
  CLR,
  FAM_T('the mother, in brackets'),
);
Rf(
  'R13',
  G7.R,
  'false-alarm',
  'Her husband is currently in hospital after a stroke; she has tension neck pain',
  'NO',
  CLR,
  FAM_T('the husband'),
);
Rf(
  'R14',
  G7.R,
  'false-alarm',
  'Her mother had a stroke in March, now has dysphagia, and the patient is her main carer. Neck strain.',
  'NO',
  CLR,
  FAM_T('the mother; "now" tells of the mother'),
);
Rf(
  'R15',
  G7.R,
  'false-alarm',
  'Her son, 8, has nystagmus and is under the eye clinic; she has neck pain from carrying him',
  'NO',
  CLR,
  FAM_T('the son'),
);
Rf(
  'R16',
  G7.R,
  'false-alarm',
  'Neck pain. Her sister-in-law died of a VA dissection last year so she is worried',
  'NO',
  CLR,
  FAM_T('the sister-in-law'),
);
Rf(
  'R17',
  G7.R,
  'false-alarm',
  'Neck pain 3 months. Colleague had a stroke at work last week and she is anxious.',
  'NO',
  CLR,
  FAM_T('a colleague'),
);
// ---- L: lists denied, inline answers
Rf(
  'L1',
  G7.L,
  'miss',
  'Diplopia x3/7, neck trauma: nil',
  'NO',
  EM,
  EM_T + ' (only the trauma is denied)',
);
Rf('L2', G7.L, 'miss', 'New diplopia, photophobia: no', 'NO', EM, EM_T);
Rf(
  'L3',
  G7.L,
  'miss',
  'Vertigo and slurred speech since Monday, troponin and CT all negative',
  'NO',
  EM,
  EM_T + ' (the tests are negative, not the symptoms)',
);
Rf(
  'L4',
  G7.L,
  'miss',
  'Double vision and vertigo since Sunday, bloods and ECG both normal',
  'NO',
  EM,
  EM_T,
);
Rf(
  'L5',
  G7.L,
  'miss',
  'Intermittent double vision duration unknown',
  'NO',
  EM,
  EM_T + ' (onset unknown = emergency, s8)',
);
Rf('L6', G7.L, 'miss', 'New slurred speech onset not known', 'NO', EM, EM_T);
Rf(
  'L7',
  G7.L,
  'false-alarm',
  'Dizziness N Diplopia N Dysarthria N Dysphagia N Drop attacks N',
  'NO',
  CLR,
  'capitalised checklist answered N: nothing affirmed (FS-7): all clear, urg none',
);
Rf(
  'L8',
  G7.L,
  'false-alarm',
  'Red flag screen - Diplopia: N, Dysarthria: N, Nystagmus: not tested, Ataxia: N',
  'NO',
  { max: { urg: 'none', bm: 'clear', ex: 'clear' } },
  'checklist answered N (nystagmus not tested = unknown at most): no urgency, bm/ex clear',
);
Rf(
  'L9',
  G7.L,
  'miss',
  'Slurred speech, facial droop: since this morning. Trauma: none',
  'NO',
  EM,
  EM_T,
);
// ---- Q: questions and answers
Rf(
  'Q1',
  G7.Q,
  'miss',
  'Dizzy and slurring her words since Monday, any trauma? No.',
  'NO',
  EM,
  EM_T + ' (only trauma is asked and denied)',
);
Rf('Q2', G7.Q, 'miss', 'Numbness L face since yesterday - any headache? N', 'NO', EM, EM_T);
Rf('Q3', G7.Q, 'miss', 'Double vision on right gaze for 2 days; neck injury? no', 'NO', EM, EM_T);
Rf(
  'Q4',
  G7.Q,
  'false-alarm',
  'VA dissection unlikely given normal CTA last week',
  'NO',
  { max: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared', bm: 'clear', ex: 'clear' } },
  'a dissection said unlikely is at most uncertain = unknown (FS-7/FS-1): no emergency, bm/ex clear',
);
Rf(
  'Q5',
  G7.Q,
  'false-alarm',
  'Low suspicion of VA dissection given normal CTA; neck pain 2/12',
  'NO',
  { max: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared', bm: 'clear', ex: 'clear' } },
  'low suspicion = uncertain at most (FS-7): no emergency',
);
Rf(
  'Q6',
  G7.Q,
  'false-alarm',
  'Stroke? No. Dissection? No. Neck pain from posture.',
  'NO',
  CLR,
  CLR_T + ' ("X? No" denies)',
);
Rf(
  'Q7',
  G7.Q,
  'miss',
  'Given the diplopia and dysarthria since Monday, please do not manipulate',
  'NO',
  EM,
  EM_T,
);
Rf(
  'Q8',
  G7.Q,
  'miss',
  'Drop attacks x2 this week, ?cardiac ?vertebrobasilar - ECG normal',
  'NO',
  EM,
  EM_T,
);

export const ROUND_57_D: readonly Probe[] = probes;
