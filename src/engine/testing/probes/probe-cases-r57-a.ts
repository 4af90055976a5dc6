/**
 * Reviewer probes, round 57 (/tmp/probe57/head.md: 50 whole case files with long free text and 56
 * attacks on the free-text reader of 0ee5dc1; the round ran at 95ddeb6), part a: W1-W16, long
 * benign letters and notes that must stay clear (upper bounds).
 * The round's probes: probe-cases-r57-a.ts to -c.ts (W), -d.ts (R, L, Q), -e.ts (S, T, N, X, Z1,
 * Z2). Helpers and shared bounds in probe-r57-lib.ts: lower bounds for misses, upper bounds (`max`)
 * for false alarms; every W, referral and note probe is a pair with the same case without its text
 * (the harness's FS-7 check). W2, W3, W6, W8, W9, W14 and W15 are known open (known-open-r57-a.ts);
 * the others pass on main (89fd5e6). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import { wholeInto, L, W_CLR, W_CLR_T, W_PRE, on, no } from './probe-r57-lib';

const probes: Probe[] = [];
const W = wholeInto(probes);

// ---------- benign long letters that must stay clear (upper bounds)
W(
  'W1',
  'false-alarm',
  'GP letter: mechanical neck pain, FH stroke, denial list, normal exam',
  L(
    'Dear Colleague,',
    'Re: Mrs J. Harper, 54. PC: Neck pain and stiffness for 3 months, worse after long days at the computer.',
    'HPC: Gradual onset, no trauma. Aching, non-radiating. No headache, no dizziness, no visual disturbance. She specifically denies double vision, slurred speech, swallowing difficulty, drop attacks, numbness or unsteadiness.',
    'PMH: Nil significant. DH: Occasional paracetamol. SH: Accountant, non-smoker, 6 units/week.',
    'FH: Father had a stroke aged 72. Mother has hypertension.',
    'O/E: Reduced cervical rotation bilaterally, tender upper trapezius. Cranial nerves intact, no nystagmus, gait normal.',
    'Impression: Mechanical neck pain with muscle tension. No red flags.',
    'Plan: Please assess for massage and exercise programme. Many thanks.',
  ),
  {},
  W_CLR,
  W_CLR_T + ' (FH only, denials, normal exam)',
);
W(
  'W2',
  'false-alarm',
  'GP letter: past events with years, resolved',
  L(
    'PC: Neck and shoulder stiffness.',
    'HPC: Six weeks of right-sided neck ache after redecorating. No headache or dizziness.',
    'PMH: Whiplash 2009 (RTA), fully recovered. Fractured left wrist 2015. Appendicectomy 1998.',
    'DH: Nil regular. Allergies: penicillin (rash).',
    'SH: Teacher. Ex-smoker, stopped 2012.',
    'FH: Brother - MS. Mother died of a stroke 2019.',
    'O/E: Full neuro exam normal.',
    'Plan: Massage and home exercises please.',
  ),
  {},
  { max: { manip: 'caution', ex: 'clear', urg: 'none' } },
  "a wrist fracture 2015 is no cervical fracture/instability (s5 manip item) and the relatives' MS/stroke are not hers: manip at most caution, ex clear, urg none (czm/bm left free: s8 lets text-read whiplash keep onset unknown)",
);
W(
  'W3',
  'false-alarm',
  'chiro intake: checklist denied, planned adjustment',
  L(
    'NEW PATIENT INTAKE - Chiropractic',
    'Reason for visit: stiff neck, 4 weeks, desk job.',
    'Red flag screen: Dizziness N  Diplopia N  Drop attacks N  Dysarthria N  Dysphagia N  Nausea N  Numbness N  Nystagmus N',
    'Previous chiropractic care: none.',
    'Plan: cervical adjustment next week if cleared by the assessing clinician.',
  ),
  {},
  W_CLR,
  W_CLR_T + ' (checklist all N, manipulation only planned, s9 recent = given in last 4 weeks)',
);
W(
  'W4',
  'false-alarm',
  'physio note: BPPV treated, dizziness denied now',
  L(
    'Physiotherapy assessment 12/11/2026.',
    'S: Referred with neck pain. Had BPPV in 2021, treated with Epley, no recurrence. Currently denies dizziness, visual symptoms and headache.',
    'O: AROM cervical rotation 60/70. Neuro screen NAD. Vertebrobasilar symptoms: none reported.',
    'A: Mechanical neck pain.',
    'P: Soft tissue massage, graded exercise.',
  ),
  {},
  W_PRE('clear', 'clear'),
  'BPPV (does not block massage) in 2021, nothing now: all clear, urg none (BPPV not a contraindication s5)',
);
W(
  'W5',
  'false-alarm',
  'ED discharge summary: headache, CT normal, migraine known, no thunderclap',
  L(
    'EMERGENCY DEPARTMENT DISCHARGE SUMMARY',
    'Presenting complaint: Headache, typical of her usual migraine, gradual onset over 3 hours.',
    'History: Known migraine since teens. No thunderclap onset. No neck stiffness, no photophobia, no focal symptoms.',
    'Examination: GCS 15. No neck stiffness. Cranial nerves normal. No nystagmus, no pronator drift, gait normal.',
    'Investigations: CT head - no acute intracranial abnormality.',
    'Diagnosis: Migraine without aura.',
    'Discharge: GP follow-up. Sumatriptan PRN.',
  ),
  {},
  W_PRE('caution', 'clear'),
  'usual migraine (IF precaution): manip at most caution; no sudden severe headache, nothing else: czm/bm/ex clear, urg none (s4 needs sudden severe/thunderclap)',
);
W(
  'W6',
  'false-alarm',
  "GP letter: past TIA years ago (dated) and father's dissection",
  L(
    'Thank you for seeing Mr Evans, 63, retired engineer.',
    'He has had left-sided neck pain for 2 months after gardening.',
    'Past history: TIA in 2014 (transient right arm weakness), fully investigated, on clopidogrel since. Hypertension.',
    'FH: His father had a vertebral artery dissection in his fifties.',
    'No new neurological symptoms; he denies dizziness, double vision or speech problems.',
    'He would like gentle massage. Kind regards.',
  ),
  {},
  { max: { urg: 'urgent', ex: 'clear' } },
  "the arm weakness was part of a TIA in 2014: at most a long-standing sign (s4 urgent), never emergency; father's dissection is not his; manip/czm left free (s8: a text-read TIA keeps onset unknown -> recent); ex clear",
);
W(
  'W7',
  'false-alarm',
  'GP letter with "worst" and "sudden" about other things',
  L(
    'PC: Neck ache after a sudden change of job to warehouse work.',
    'HPC: Two months. Worst at the end of the week. Mild headache at the end of shifts, her usual tension-type pattern for years.',
    'PMH: Asthma. DH: Salbutamol inhaler.',
    'O/E: Tender paraspinals, full neuro exam normal.',
    'Plan: Massage please.',
  ),
  {},
  W_PRE('not-cleared', 'not-cleared'),
  'a mild usual headache is not sudden severe (s4); urg none, bm/ex clear; a triad feature (headache) can hold manip/czm not-cleared (FS-2 by triad) but never contraindicate',
);
W(
  'W8',
  'false-alarm',
  'planned manipulation and massage, past massage 2019',
  L(
    'Referral from osteopath.',
    'Ms Khan has had neck massage previously (2019) with good effect. She is booked for cervical manipulation on Friday and would like a course of collar-zone massage afterwards.',
    'Screening: no dizziness, no headache, no visual disturbance. No neurological symptoms.',
    'Please confirm suitability.',
  ),
  {},
  W_CLR,
  W_CLR_T + ' (massage 2019 past, manipulation booked = planned: no recent treatment, s9)',
);
W(
  'W9',
  'false-alarm',
  'ED summary: fall onto knee, no head injury, denials',
  L(
    'ED Discharge: 68F tripped on a kerb yesterday, landed on right knee.',
    'No head injury, no LOC, no neck pain. Denies dizziness or blackout before the fall - mechanical trip.',
    'X-ray knee: no fracture.',
    'Diagnosis: soft tissue injury right knee. Analgesia and physio.',
  ),
  {},
  W_CLR,
  W_CLR_T + ' (mechanical trip, no drop attack, no neck trauma)',
);
W(
  'W10',
  'false-alarm',
  'GP letter with normal O/E list of negatives',
  L(
    'Dear physio team,',
    'This 45 year old woman has chronic neck pain for a year. No red flags.',
    'On examination: no ptosis, pupils equal and reactive, no nystagmus, speech normal, swallow normal, no facial numbness, Romberg negative, heel-toe walking normal.',
    'I would be grateful for massage and exercise advice.',
  ),
  {},
  W_CLR,
  W_CLR_T + ' (normal examination, each sign denied)',
);
W(
  'W11',
  'false-alarm',
  'note on a "no" entry: relative',
  null,
  {
    diplopia: no('No diplopia. Her daughter has MS with double vision.'),
    stroke: no('Mother had a stroke in her 70s'),
  },
  W_CLR,
  W_CLR_T + " (notes tell the relatives' diseases)",
);
W(
  'W12',
  'false-alarm',
  'notes: usual headache, dizziness denied',
  null,
  {
    headache: on(400, 'usual frontal tension headache at end of workday, mild, for years'),
    dizziness: no('denies any dizziness or vertigo'),
  },
  W_PRE('not-cleared', 'not-cleared'),
  'a mild usual headache of years: not sudden severe, not new-unusual (s4, s9): urg none, bm/ex clear',
);
W(
  'W13',
  'false-alarm',
  "GP letter: SH mentions husband's stroke, patient fine",
  L(
    'PC: Neck pain from caring duties.',
    'SH: Main carer for her husband, who had a stroke last year and has dysphagia. Lifting him has strained her neck over the last 6 weeks.',
    'She has no headache, dizziness or neurological symptoms.',
    'O/E: Tender trapezius, neuro normal.',
    'Plan: massage please.',
  ),
  {},
  { max: { manip: 'clear', ex: 'clear', urg: 'none' } },
  'husband\'s stroke and dysphagia are not hers: no stroke (manip clear), no red flag (urg none, ex clear); czm/bm left free ("strained her neck" read as a neck injury is arguable)',
);
W(
  'W14',
  'false-alarm',
  'chiro intake: previous adjustments years ago, now wants again',
  L(
    'History: adjustments by another chiropractor 3 years ago for low back pain, no problems.',
    'Now presents with neck stiffness for 2 weeks after sleeping awkwardly.',
    'Denies headache, dizziness, visual changes, numbness, speech or swallowing problems.',
    'Would like neck adjustment.',
  ),
  {},
  W_CLR,
  W_CLR_T + ' (manipulation 3 years ago, wanted now: no recent manipulation)',
);
W(
  'W15',
  'false-alarm',
  'ED summary: patient brought by wife after his fall? no, vasovagal at blood test years ago',
  L(
    'GP letter. Mr Lowe, 40. PC: Neck pain after 5-a-side football 3 weeks ago, no head or neck impact.',
    'PMH: Fainted once at a blood test as a teenager. Otherwise well.',
    'Denies any recent blackouts, falls, dizziness or headache.',
    'Plan: sports massage and rehab.',
  ),
  {},
  W_CLR,
  W_CLR_T + ' (a faint as a teenager is past)',
);
W(
  'W16',
  'false-alarm',
  'GP letter: past manipulation dated 2024 and yoga',
  L(
    'Dear colleague, Mrs Brown (52) had a course of chiropractic neck manipulation in early 2024 and a neck massage course in mid-2025, both uneventful.',
    'She now has recurrent neck stiffness. No headache, dizziness or visual symptoms.',
    'Please assess for manual therapy.',
  ),
  {},
  W_CLR,
  W_CLR_T + ' (manipulation early 2024, massage mid-2025: >4 weeks)',
);

export const ROUND_57_A: readonly Probe[] = probes;
