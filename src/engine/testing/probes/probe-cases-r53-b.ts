/**
 * Reviewer probes, round 53 (/tmp/probe53/head.md: 116 referral-reason vignettes against
 * 98bd171, compared with ecaed31), part b (34 probes):
 * typos, abbreviations and capitals (T1-T10), lists and forms (L1-L8), questions (Q1-Q10),
 * denials (D1-D8) and family or someone else (F1-F7).
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
  CLR,
  CLR_T,
  EM,
  EM_T,
  G,
  HIGH,
  HIGH_T,
  NOEM,
  NOEM_T,
  REDS,
  referralsInto,
  UN,
} from './probe-r53-lib';
import type { Probe } from './probe-model';

const probes: Probe[] = [];
const R = referralsInto(probes);

// ---- T: typos, abbreviations, capitals
R(
  'T1',
  G.T,
  'miss',
  'WORST HEADACHE OF LIFE YESTERDAY AFTER NECK CRACK AT CHIRO',
  'NO',
  EM,
  EM_T + ' (capitals)',
);
R('T2', G.T, 'miss', 'diplopa and dizzyness 2/7', 'NO', EM, EM_T + ' (typo "diplopa")');
R(
  'T3',
  G.T,
  'miss',
  'sudden severe h/a 3/7 ago, occ, no prev hx of h/a',
  'NO',
  EM,
  EM_T + ' ("h/a" = headache)',
);
R('T5', G.T, 'miss', 'slured speach since this am', 'NO', EM, EM_T + ' (typos of slurred speech)');
R(
  'T6',
  G.T,
  'miss',
  'Vertigo ++, N+V, nystagmous on lateral gaze',
  'NO',
  EM,
  EM_T + ' (typo "nystagmous")',
);
R(
  'T8',
  G.T,
  'miss',
  'occ h/a, dizzy, blurred vission x 3/12. Pls assess for massage.',
  'NO',
  { vas: 'moderate', manip: 'not-cleared', triad: ['headache', 'dizziness'] },
  'headache ("occ h/a") + dizziness present (FS-3) -> vas at least moderate (s3), manip not-cleared (s5 moderate); the blurred "vission" would make it high',
);
R('T9', G.T, 'miss', 'L Horners syndrome', 'NO', EM, EM_T + ' ("Horners" without apostrophe)');
R('T10', G.T, 'miss', 'numbess L arm and L side face', 'NO', EM, EM_T + ' (typo "numbess")');

// ---- L: lists and forms
R(
  'L1',
  G.L,
  'miss',
  'Presenting complaints:\n- neck pain 3/12\n- occipital headache\n- dizziness\n- blurred vision\nPlease assess suitability for massage',
  'NO',
  HIGH,
  HIGH_T + ' (a bulleted list)',
);
R(
  'L2',
  G.L,
  'miss',
  'Sx: 1. R neck pain 2. R sided facial numbness 3. unsteady gait',
  'NO',
  EM,
  EM_T + ' (numbered list; facial numbness)',
);
R(
  'L3',
  G.L,
  'miss',
  'Red flags: diplopia - yes; dysarthria - no; drop attacks - no',
  'NO',
  EM,
  EM_T + ' (a checklist answering yes to diplopia)',
);
R(
  'L4',
  G.L,
  'false-alarm',
  'Red flags: diplopia N, dysarthria N, dysphagia N, drop attacks N, nystagmus N, numbness N',
  'NO',
  CLR,
  CLR_T + ' (a checklist answering N to every red flag)',
);
R(
  'L5',
  G.L,
  'false-alarm',
  'Dizziness: no\nDiplopia: no\nDysarthria: no\nDysphagia: no\nDrop attacks: no\nNausea: no\nNumbness: no\nNystagmus: no',
  'NO',
  CLR,
  CLR_T + ' (a form answering "no" after each name, one a line)',
);
R(
  'L8',
  G.L,
  'miss',
  'Red flags: diplopia N, dysarthria N, dysphagia N, drop attacks Y',
  'NO',
  EM,
  EM_T + ' (checklist with drop attacks Y)',
);

// ---- Q: questions affirm nothing (FS-7), but the symptom beside a question of its cause does
R(
  'Q1',
  G.Q,
  'false-alarm',
  '?VA dissection - please assess',
  'NO',
  CLR,
  CLR_T + ' (a question affirms nothing; must not give emergency)',
);
R('Q2', G.Q, 'false-alarm', 'r/o stroke', 'NO', CLR, CLR_T);
R(
  'Q3',
  G.Q,
  'false-alarm',
  'query VBI',
  'NO',
  { ...CLR, max: { ...CLR.max, vas: 'low' } },
  CLR_T + ' (no confirmed-vas from a query)',
);
R(
  'Q5',
  G.Q,
  'false-alarm',
  'Please rule out vertebrobasilar insufficiency and vertebral artery dissection before neck manipulation',
  'NO',
  CLR,
  CLR_T,
);
R(
  'Q7',
  G.Q,
  'false-alarm',
  '?diplopia ?nystagmus - pt unsure, examination normal',
  'NO',
  CLR,
  CLR_T + ' (questions on red flags)',
);
R(
  'Q8',
  G.Q,
  'false-alarm',
  '?VA dissection',
  UN(...REDS, 'vertebral-artery-dissection'),
  NOEM,
  NOEM_T + ' (dissection and red flags unanswered)',
);
R(
  'Q9',
  G.Q,
  'miss',
  'Diplopia ?cause ?VBI',
  'NO',
  EM,
  EM_T + ' (the diplopia is affirmed; only its cause is asked)',
);
R(
  'Q10',
  G.Q,
  'miss',
  'Intermittent double vision for 5 days - ?VBI ?MS',
  'NO',
  EM,
  EM_T + ' (the double vision is affirmed; only its cause is asked)',
);

// ---- D: denials
R(
  'D1',
  G.D,
  'false-alarm',
  'Mechanical neck pain. No diplopia/dysarthria/dysphagia/drop attacks.',
  'NO',
  CLR,
  CLR_T + ' (slash-listed denial)',
);
R(
  'D4',
  G.D,
  'miss',
  'No dizziness. Double vision 3/7.',
  'NO',
  EM,
  EM_T + ' (a denial in one sentence must not swallow the next)',
);
R(
  'D5',
  G.D,
  'miss',
  'Denies headache. Slurred speech since yesterday.',
  'NO',
  EM,
  EM_T + ' (sentence-by-sentence)',
);
R(
  'D6',
  G.D,
  'miss',
  'No trauma, no recent manipulation, but sudden severe neck pain this morning',
  'NO',
  EM,
  EM_T + ' (s9 sudden severe neck pain after a denied list)',
);
R(
  'D7',
  G.D,
  'false-alarm',
  'No trauma. No manipulation. Stiff neck after sleeping awkwardly.',
  'NO',
  CLR,
  CLR_T + ' (denied trauma and manipulation read as neither)',
);
R(
  'D8',
  G.D,
  'miss',
  'No diplopia or dysarthria, but dysphagia since Monday',
  'NO',
  EM,
  EM_T + ' (dysphagia after "but")',
);

// ---- F: family history and someone else
R(
  'F1',
  G.F,
  'false-alarm',
  'FH of stroke (mother aged 60). Neck pain 6/12.',
  'NO',
  CLR,
  CLR_T + ' (family history)',
);
R(
  'F3',
  G.F,
  'false-alarm',
  'Brother had a vertebral artery dissection after chiropractic treatment; pt wants massage for stiff neck',
  'NO',
  CLR,
  CLR_T + " (sibling's dissection)",
);
R(
  'F4',
  G.F,
  'miss',
  'Daughter reports slurred speech since yesterday',
  'NO',
  EM,
  EM_T + " (the daughter reports the patient's symptom)",
);
R(
  'F5',
  G.F,
  'miss',
  'Wife noticed R eyelid drooping and small R pupil since his neck was manipulated on Saturday',
  'NO',
  EM,
  EM_T + " (Horner's signs noticed by the wife)",
);
R(
  'F6',
  G.F,
  'miss',
  '45F, 2/7 diplopia after chiropractic manipulation. FH: mother stroke at 70.',
  'NO',
  EM,
  EM_T + " (a family-history line must not erase the patient's diplopia)",
);
R(
  'F7',
  G.F,
  'miss',
  'Brought in by her mother: 16yo with the worst headache of her life after a trampoline fall yesterday',
  'NO',
  EM,
  EM_T + ' (accompanied by her mother)',
);

export const ROUND_53_B: readonly Probe[] = probes;
