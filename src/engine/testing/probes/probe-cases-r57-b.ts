/**
 * Reviewer probes, round 57 (/tmp/probe57/head.md: 50 whole case files with long free text and 56
 * attacks on the free-text reader of 0ee5dc1; the round ran at 95ddeb6), part b: W20-W34, long
 * letters and notes with one buried red flag (lower bounds).
 * The round's probes: probe-cases-r57-a.ts to -c.ts (W), -d.ts (R, L, Q), -e.ts (S, T, N, X, Z1,
 * Z2). Helpers and shared bounds in probe-r57-lib.ts: lower bounds for misses, upper bounds (`max`)
 * for false alarms; every W, referral and note probe is a pair with the same case without its text
 * (the harness's FS-7 check). All pass on main (89fd5e6). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import { wholeInto, L, W_EM, W_EM_T, no } from './probe-r57-lib';

const probes: Probe[] = [];
const W = wholeInto(probes);

// ---------- long letters with one buried red flag (lower bounds)
W(
  'W20',
  'miss',
  'GP letter: O/E nystagmus after FH paragraph',
  L(
    'Dear Colleague,',
    'PC: Neck pain and dizziness for 5 days.',
    'HPC: Woke with neck pain; dizzy when she moves her head. Some nausea.',
    'PMH: Hypothyroidism. DH: Levothyroxine.',
    'SH: Works in retail.',
    'FH: Mother - stroke.',
    'O/E: nystagmus on left gaze, unsteady gait.',
    'Plan: For your assessment before any treatment.',
  ),
  {},
  W_EM,
  W_EM_T + ' (nystagmus/ataxia on examination, dizziness 5 days)',
);
W(
  'W21',
  'miss',
  'GP letter: FH line then examination line with dysarthria',
  L(
    'PC: 4 days of occipital headache and neck pain.',
    'PMH: nil. DH: nil.',
    'FH: father MI aged 60.',
    'Examination: mild dysarthria, L ptosis',
    'Impression: ?cause. Please see.',
  ),
  {},
  W_EM,
  W_EM_T + ' (dysarthria, ptosis on examination)',
);
W(
  'W22',
  'miss',
  'chiro intake: wife "has been" worried about slurred speech',
  L(
    'New patient. Male 47, neck pain 1 week after a heavy lift.',
    'His wife has been worried about his slurred speech and unsteadiness since Tuesday.',
    'Wants neck adjustment.',
  ),
  {},
  W_EM,
  W_EM_T + " (the patient's slurred speech and unsteadiness, told through his wife)",
);
W(
  'W23',
  'miss',
  'GP letter: "mother of two with" thunderclap',
  L(
    'Dear Sir/Madam,',
    'This 38 year old mother of two with sudden onset severe occipital headache yesterday while lifting her toddler, now settling with paracetamol.',
    'No neck trauma. PMH: nil.',
    'She is asking about neck massage; I would be grateful for your advice.',
  ),
  {},
  W_EM,
  W_EM_T + ' (sudden severe headache yesterday, s4)',
);
W(
  'W24',
  'miss',
  "GP letter: headache at her son's wedding",
  L(
    'PC: Headache and neck pain.',
    "HPC: Worst headache of her life came on suddenly at the reception of her son's wedding on Saturday, with vomiting. Neck stiff since.",
    'PMH: HTN. DH: ramipril.',
    'Please assess before massage.',
  ),
  {},
  W_EM,
  W_EM_T + ' (thunderclap 6 days ago)',
);
W(
  'W25',
  'miss',
  'ED summary pasted: diplopia, normal CT, "bloods and ECG both normal"',
  L(
    'ED DISCHARGE. PC: Double vision and vertigo since Sunday, bloods and ECG both normal.',
    'CT head: no acute abnormality.',
    'Discharged to GP with advice. For outpatient neurology.',
    'GP adds: patient asking about neck massage for tension.',
  ),
  {},
  W_EM,
  W_EM_T + ' (diplopia since Sunday)',
);
W(
  'W26',
  'miss',
  'physio note: "onset unknown" red flag',
  L(
    'Physio initial assessment.',
    'S: Neck pain 3/52. Reports intermittent double vision duration unknown. No trauma.',
    'O: Reduced rotation. Neuro screen not completed.',
    'P: Hold treatment, GP letter.',
  ),
  {},
  W_EM,
  W_EM_T + ' (intermittent double vision, duration unknown = onset unknown, s8)',
);
W(
  'W27',
  'miss',
  'GP letter: "onset not known" without comma',
  L(
    'PC: Neck pain.',
    'HPC: Patient with neck pain for 2 weeks. New slurred speech onset not known, noticed by practice nurse today.',
    'Please advise.',
  ),
  {},
  W_EM,
  W_EM_T + ' (slurred speech, onset unknown)',
);
W(
  'W28',
  'miss',
  'chiro intake: fell once last week (drop-attack entry "no" with note)',
  L('Chiropractic intake: neck stiffness, wants adjustment.'),
  { 'drop-attacks': no('fell once last week without warning, legs just went, no LOC') },
  W_EM,
  W_EM_T + ' (a drop attack last week, told in the note on a "no" entry; FS-3 present wins)',
);
W(
  'W29',
  'miss',
  'note on diplopia "no": once on Monday',
  null,
  { diplopia: no('none today; had double vision once on Monday for an hour') },
  W_EM,
  W_EM_T + ' (diplopia this week, s4 <=14 d)',
);
W(
  'W30',
  'miss',
  'GP letter: daughter had to help because unsteady',
  L(
    'Re: Mrs P, 71. Thank you for seeing her.',
    'She has had neck pain for a week. Her daughter had to help her to the car at the surgery as she was unsteady and her speech was slurred.',
    'PMH: AF on apixaban. HTN.',
    'Plan: please assess.',
  ),
  {},
  W_EM,
  W_EM_T + ' (ataxia and slurred speech now)',
);
W(
  'W31',
  'miss',
  'GP letter: "Partner with her today, says" seeing double',
  L(
    'PC: Neck pain 10 days after a fall from a ladder.',
    'Partner with her today, says she keeps seeing double.',
    'PMH: nil.',
    'Plan: your assessment please.',
  ),
  {},
  W_EM,
  W_EM_T + ' (diplopia now, and neck trauma)',
);
W(
  'W32',
  'miss',
  'ED summary: diplopia + "Diplopia, neck stiffness: no" style mixed list',
  L(
    'ED summary: 44M. PC: New diplopia since this morning, photophobia: no.',
    'CT head normal. Discharged.',
  ),
  {},
  W_EM,
  W_EM_T + ' (new diplopia today; only photophobia denied)',
);
W(
  'W33',
  'miss',
  'GP letter: dizziness after chiro adjustment, given "due to" and booked next',
  L(
    'PC: Dizziness and neck pain.',
    'HPC: She attended her chiropractor on Saturday for a neck adjustment and has been dizzy ever since; another adjustment is booked for next week.',
    'Please assess.',
  ),
  {},
  { urg: 'urgent', manip: 'not-cleared' },
  's9: dizziness (triad feature) after a neck manipulation on Saturday; the text gives the dizziness no date (onset unknown -> urgent, s9), so at least urgent',
);
W(
  'W34',
  'miss',
  'physio note: "O/E:" after "FH:" with Horner',
  L(
    'Physio referral letter.',
    'HPC: 6 days of sharp right neck pain after a yoga class, new for her.',
    'FH: sister - migraine.',
    'O/E: right ptosis and small right pupil.',
    "Query Horner's. Not treated.",
  ),
  {},
  W_EM,
  W_EM_T + ' (ptosis + miosis = Horner signs; also new neck pain prodrome)',
);

export const ROUND_57_B: readonly Probe[] = probes;
