/**
 * Reviewer probes, round 53 (/tmp/probe53/head.md: 116 referral-reason vignettes against
 * 98bd171, compared with ecaed31), part a (29 probes):
 * red flags in short reasons (E1-E20) and letters from a GP, ED, physiotherapist, chiropractor,
 * massage therapist, optometrist or the patient (G1-G14).
 * The round's probes: probe-cases-r53-a.ts (E, G), -b.ts (T, L, Q, D, F), -c.ts (P, A, N, O),
 * -d.ts (U, M, H, C, Z1, Z2). PROBE_BASE (every intake finding answered "no", a clean cervical
 * X-ray of 2026-10-01, assessed 2026-11-20) with `referral.reason` the vignette, dated 3 days
 * before unless said, and the intake as written (helpers and shared bounds in
 * probe-r53-lib.ts): lower bounds for misses, upper bounds (`max`) for false alarms, and on
 * every vignette the harness's FS-7 check (no output lower than the same case without the
 * referral) as the probe's pair. N9 is known open (known-open-r53-a.ts); the others pass on
 * main (7ddfd48). Test data only, all synthetic.
 */
import {
  ago,
  CLR,
  CLR_T,
  EM,
  EM_T,
  EMc,
  EMc_T,
  G,
  REDS,
  referralsInto,
  ROT,
  ROT_T,
  UN,
  URG,
} from './probe-r53-lib';
import type { Probe } from './probe-model';

const probes: Probe[] = [];
const R = referralsInto(probes);

// ---- E: red flags in short referral reasons, intake all "no" (FS-3) or unanswered
R(
  'E1',
  G.E,
  'miss',
  'Sudden worst-ever headache yesterday after chiropractic neck manipulation; CT head normal',
  'NO',
  EMc,
  EMc_T + ' (round 52 R3; a normal CT does not reassure, FS-4 spirit; s4 thunderclap)',
  { from: 'ED', date: ago(1) },
);
R(
  'E2',
  G.E,
  'miss',
  'Worst headache of her life 2/7 ago while at the gym, now neck stiffness. CT head NAD, ?SAH - LP declined.',
  'NO',
  EM,
  EM_T + ' (s4 thunderclap: "worst headache of life"; the "?SAH" question is another sentence)',
);
R(
  'E3',
  G.E,
  'miss',
  'c/o thunderclap headache 1/7 ago, pt now feels well',
  UN(...REDS),
  EM,
  EM_T + ' (red flags unanswered)',
);
R(
  'E4',
  G.E,
  'miss',
  'Sudden severe occipital headache and R neck pain while reversing the car 3/7 ago',
  'NO',
  EM,
  EM_T + ' (s9: sudden severe headache or neck pain)',
);
R('E5', G.E, 'miss', 'Diplopia since yesterday, also neck pain', 'NO', EMc, EMc_T);
R(
  'E7',
  G.E,
  'miss',
  'Slurred speech this morning for approx 20 mins, resolved. BP 150/90.',
  'NO',
  EM,
  EM_T + ' (dysarthria; resolved does not undo it)',
);
R(
  'E8',
  G.E,
  'miss',
  'Difficulty swallowing and hoarse voice since neck manipulation',
  'NO',
  EM,
  EM_T + ' (dysphagia)',
);
R(
  'E9',
  G.E,
  'miss',
  'Drop attacks x2 this week, no LOC. Neck pain ++',
  'NO',
  EM,
  EM_T + ' (drop-attacks; "no LOC" denies only syncope)',
);
R(
  'E11',
  G.E,
  'miss',
  'Numbness L side of face and L arm since Tuesday',
  'NO',
  EM,
  EM_T + ' (facial/limb numbness)',
);
R(
  'E13',
  G.E,
  'miss',
  "R ptosis and R miosis - ?Horner's. Neck pain R side.",
  'NO',
  EM,
  EM_T + ' (ptosis + miosis are affirmed = horner-signs; the "?" asks only the name)',
);
R(
  'E15',
  G.E,
  'miss',
  'Word finding difficulty since the weekend, otherwise well',
  'NO',
  EM,
  EM_T + ' (s9 speech-disturbance)',
);
R(
  'E16',
  G.E,
  'miss',
  'Weakness R arm and R leg noted this morning',
  'NO',
  EM,
  EM_T + ' (s9 limb-weakness)',
);
R(
  'E17',
  G.E,
  'miss',
  "Brief LOC in the chiropractor's waiting room after neck adjustment",
  'NO',
  EM,
  EM_T + ' (s9 syncope: LOC)',
);
R(
  'E18',
  G.E,
  'miss',
  "Confused and drowsy after massage this afternoon per pt's husband",
  'NO',
  EM,
  EM_T + ' (s9 reduced-consciousness)',
);
R(
  'E19',
  G.E,
  'miss',
  'Lost vision in the left half of both eyes (L homonymous hemianopia) 2/7',
  'NO',
  EM,
  EM_T + ' (s9 visual-field-loss)',
);
R(
  'E20',
  G.E,
  'miss',
  'Falls without warning - legs just give way, no LOC, x3 in 1/52',
  'NO',
  EM,
  EM_T +
    ' (drop attacks described: falls without LOC, s9 "drop-attacks stays for falls without it")',
);

// ---- G: long letters (GP, ED, physio, chiropractor, massage therapist, self-referral)
R(
  'G1',
  G.G,
  'miss',
  'Dear colleague, Thank you for seeing Mrs S, 52, who has had neck pain for 6 months. She works at a desk and has tried ibuprofen with little effect. No trauma. She mentions 2 episodes of double vision last week, each lasting minutes. PMH: asthma. DH: salbutamol inhaler. I would be grateful if you could assess suitability for massage. Kind regards, Dr P',
  'NO',
  EM,
  EM_T +
    ' (one red flag in the 4th sentence of a benign letter; "No trauma." must not swallow the next sentence)',
);
R(
  'G2',
  G.G,
  'miss',
  'Many thanks for seeing this pleasant 45 yo lady. She has had neck and shoulder pain for several weeks. No trauma. Denies dizziness. She reports numbness of the L side of her face since Tuesday. Grateful for your opinion re manual therapy.',
  'NO',
  EM,
  EM_T + ' (denial in one sentence, red flag in the next: sentence-by-sentence)',
);
R(
  'G3',
  G.G,
  'miss',
  'She denies any visual disturbance. Her husband reports that her speech was slurred on Tuesday evening for about an hour. She is otherwise well.',
  'NO',
  EM,
  EM_T + ' (dysarthria reported by the husband, about the patient)',
);
R(
  'G4',
  G.G,
  'miss',
  '38M referred by his chiropractor: developed sudden severe R sided neck pain and headache while lifting weights 4 days ago. CT head normal. He has no diplopia or dysarthria. Please see urgently.',
  'NO',
  EM,
  EM_T + ' (s9 sudden severe neck pain; the later denial covers only diplopia/dysarthria)',
  { from: 'chiropractor' },
);
R(
  'G5',
  G.G,
  'miss',
  'ED discharge summary. PC: vertigo and vomiting after neck manipulation this morning. O/E: nystagmus to the L, unable to walk heel-toe. CT head: no acute abnormality. ?posterior circulation stroke - MRI not available out of hours. Plan: GP f/u, physio.',
  'NO',
  EM,
  EM_T + ' (nystagmus on exam; "CT no acute abnormality" reassures nothing, FS-7)',
  { from: 'ED' },
);
R(
  'G6',
  G.G,
  'miss',
  'Physio referral: pt reports dizziness and blurred vision with R rotation in sitting; VBI testing positive on R. Requesting medical opinion before further manual therapy.',
  'NO',
  ROT,
  ROT_T + ' (physio wording: "with R rotation", "VBI test positive")',
  { from: 'physiotherapist' },
);
R(
  'G7',
  G.G,
  'false-alarm',
  'Physio: cervical rotation and extension VBI tests negative bilaterally. Mechanical neck pain, improving. Continue treatment.',
  'NO',
  CLR,
  CLR_T +
    ' (FS-4: a negative provocation test is a test not done; it must not raise anything either: "VBI" in a negative test is not confirmed-vas)',
  { from: 'physiotherapist' },
);
R(
  'G8',
  G.G,
  'miss',
  "I have been adjusting this pt's C-spine for 3/52 (6 visits). Since the last adjustment 2/7 ago she has L sided neck pain and headache unlike her usual headaches. Please advise.",
  'NO',
  { urg: 'emergency', manip: 'contraindicated' },
  's9 dissection prodrome: new-unusual-headache ("unlike her usual") together with recent-cervical-manipulation (by another practitioner, not logged here) -> emergency (a headache with the manipulation undated counts as within 14 d)',
  { from: 'chiropractor' },
);
R(
  'G9',
  G.G,
  'miss',
  'Client c/o dizziness and nausea after her collar zone massage at our clinic on Friday. Please review before further sessions.',
  'NO',
  URG,
  's9: a triad feature newly appearing after a neck massage (recent-neck-massage, not logged here) -> urgent (onset unknown after undated massage -> urgent, onset missing)',
  { from: 'massage therapist' },
);
R(
  'G10',
  G.G,
  'miss',
  'i have had a really bad headache since my chiropractor cracked my neck last week, its the worst ive ever had and my vision is blurry. can i still have massage',
  'MIN',
  { urg: 'emergency' },
  EM_T + ' (self-referral, lower case, no apostrophes: "the worst ive ever had")',
  { from: 'self-referral form' },
);
R(
  'G11',
  G.G,
  'false-alarm',
  'Dear Physio, Thank you for seeing Mr T, 41, office worker with a 2 year history of mechanical neck pain, worse at the end of the working day. No trauma. No headache, dizziness or visual symptoms. No red flags. Neuro exam NAD. PMH: asthma, eczema. DH: salbutamol PRN. Please assess suitability for massage and exercise programme.',
  'NO',
  CLR,
  CLR_T + ' (long benign GP letter: chronic mechanical neck pain, the intake clears it)',
  { from: 'physiotherapist' },
);
R(
  'G13',
  G.G,
  'miss',
  'Thank you for seeing this 34F who developed L neck pain and a new occipital headache, unlike anything she has had before, 10 days ago. No trauma. No visual symptoms. She is otherwise fit and well.',
  'NO',
  URG,
  's9 dissection prodrome: new-unusual-headache present (no treatment or trauma) -> urgent; unknown manual-therapy holds aside',
);
R(
  'G14',
  G.G,
  'miss',
  'Referral from optometrist: new anisocoria L<R with mild L ptosis noted at routine eye test. Pt reports L neck pain for 1/52.',
  'NO',
  EM,
  EM_T + " (Horner's signs: ptosis + small pupil on one side)",
  { from: 'optometrist' },
);

export const ROUND_53_A: readonly Probe[] = probes;
