/**
 * Reviewer probes, round 56 (/tmp/probe56/head.md: 159 attacks on the free-text reader of
 * b791c16, at 7c33f34), part e (38 probes):
 * N: findings' notes in a case file (N1-N17 notes that must raise, N20-N40 notes that
 * mislead): PROBE_BASE with the listed findings replaced by entries carrying a `note`, read by
 * notesEvidence; each is a pair with the same case with every note removed (the harness's FS-7
 * check).
 * The round's probes: probe-cases-r56-a.ts (P, Q), -b.ts (O, A), -c.ts (S, T), -d.ts (X, Z1,
 * Z2), -e.ts (N). Helpers and shared bounds in probe-r56-lib.ts: lower bounds for misses, upper
 * bounds (`max`) for false alarms; `notTriad` / `notRead` as the conflicts listed.
 * All pass on main (0ee5dc1). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import {
  CLR,
  EM,
  NCLR_T,
  NEM_T,
  NFA_M,
  NFA_MT,
  no,
  notesInto,
  NSSH_T,
  NU,
  NU_T,
  on,
  yes,
} from './probe-r56-lib';

const probes: Probe[] = [];
const Nt = notesInto(probes);

// ---- N: findings' notes in a case file
// notes that must raise
Nt('N1', 'miss', { headache: on(3, 'sudden, worst ever, during exercise') }, EM, NSSH_T);
Nt(
  'N2',
  'miss',
  { 'neck-pain': on(2, 'sudden onset, severe, R side, after yoga') },
  EM,
  NSSH_T + ' (s9: sudden severe neck pain)',
);
Nt(
  'N3',
  'miss',
  { headache: on(2, 'came on like a blow to the back of the head, maximal within seconds') },
  EM,
  NSSH_T,
);
Nt('N4', 'control', { headache: on(3, 'thunderclap, while lifting') }, EM, NSSH_T);
Nt(
  'N5',
  'control',
  { dizziness: on(5, 'began after she had her neck cracked by the chiropractor') },
  { urg: 'emergency' },
  's9: triad feature with onset <= 14 d after an (undated = within) neck manipulation: emergency',
);
Nt(
  'N6',
  'control',
  { nausea: on(1, 'with vomiting and double vision since yesterday') },
  EM,
  NEM_T,
);
Nt(
  'N7',
  'control',
  { sweating: no('no sweating; wife noticed his speech was slurred last night') },
  EM,
  NEM_T + ' (the wife reports)',
);
Nt(
  'N8',
  'miss',
  { dizziness: on(4, 'husband says that she has been slurring her words too') },
  EM,
  NEM_T + ' (the husband reports)',
);
Nt('N9', 'control', { headache: on(7, 'Never had a headache like this before') }, NU, NU_T);
Nt(
  'N10',
  'miss',
  { 'neck-pain': on(10, 'new, unlike anything before, started after a neck massage at a salon') },
  { urg: 'emergency' },
  's9: new-unusual neck pain after a neck massage (undated = within 14 d): emergency',
);
Nt(
  'N11',
  'miss',
  { hypertension: yes('BP 180/100 at triage, slurred speech, L arm weak') },
  EM,
  NEM_T,
);
Nt(
  'N12',
  'miss',
  { 'sedentary-work': yes('office job; recently fell twice without warning') },
  EM,
  NEM_T + ' (drop attacks)',
);
Nt('N13', 'miss', { headache: on(2, 'abruptly came on while straining, 10/10') }, EM, NSSH_T);
Nt(
  'N14',
  'control',
  { 'occipital-headache': on(6, 'since chiro adj on Monday') },
  { urg: 'emergency' },
  's9: triad feature <= 14 d after a manipulation (Monday): emergency',
);
Nt(
  'N15',
  'miss',
  {
    nystagmus: no(
      'not on Dix-Hallpike; but husband noticed her eyes flickering and she had double vision this morning',
    ),
  },
  EM,
  NEM_T + ' (double vision this morning)',
);
Nt('N16', 'miss', { dizziness: on(3, 'Attends with husband. Vertigo, diplopia.') }, EM, NEM_T);
Nt(
  'N17',
  'miss',
  { 'neck-pain': on(4, 'since chiropractor for neck manipulation; afterwards slurred speech') },
  EM,
  NEM_T,
);
// notes that mislead
Nt('N20', 'false-alarm', { diplopia: no('Diplopia/dysarthria/dysphagia: nil') }, CLR, NCLR_T);
Nt(
  'N21',
  'false-alarm',
  { dysarthria: no('Red flags (diplopia, dysarthria, drop attacks): none') },
  CLR,
  NCLR_T,
);
Nt('N22', 'false-alarm', { stroke: no('Her brothers both had strokes in their 40s') }, CLR, NCLR_T);
Nt(
  'N23',
  'false-alarm',
  { stroke: no('FH: mother had a stroke at 72; she also had a TIA') },
  CLR,
  NCLR_T,
);
Nt('N24', 'control', { diplopia: no('resolved') }, CLR, NCLR_T);
Nt(
  'N25',
  'false-alarm',
  { diplopia: no('Had double vision once in 2019 during a migraine, normal MRI') },
  { max: { urg: 'urgent' } },
  'a red flag told as a past episode (2019) under a "no": at most urgent ("long-standing or stable", s4); borderline - text onset is unknown (s8)',
);
Nt(
  'N26',
  'control',
  { headache: on(1500, 'not sudden, builds over the day, no worse than usual') },
  {
    max: { urg: 'none', czm: 'clear', bm: 'clear', ex: 'clear' },
    notRead: ['sudden-severe-headache', 'new-unusual-headache'],
  },
  'a chronic headache the note says is not sudden: urgency none (manip not-cleared only for FS-2)',
);
Nt(
  'N27',
  'false-alarm',
  { headache: on(1500, 'mild, brief, instant onset when she coughs, for years') },
  { max: { urg: 'none' } },
  's4: a mild brief cough headache for years is no sudden severe headache: urgency none',
);
Nt(
  'N28',
  'false-alarm',
  {
    'recent-cervical-manipulation': no('Last chiro neck manipulation 3/12 ago'),
    dizziness: on(90),
  },
  NFA_M,
  NFA_MT,
);
Nt(
  'N29',
  'false-alarm',
  {
    'recent-cervical-manipulation': no('Chiropractic adjustment booked for next Friday'),
    dizziness: on(90),
  },
  NFA_M,
  NFA_MT,
);
Nt(
  'N30',
  'control',
  {
    'recent-neck-massage': no('Massage to neck monthly, last one 2 months ago'),
    dizziness: on(90),
  },
  NFA_M,
  NFA_MT,
);
Nt(
  'N31',
  'false-alarm',
  { headache: on(800, 'worst ever had was with covid in 2021; current ones mild') },
  { max: { urg: 'urgent' } },
  'a worst-ever headache told of 2021, current ones mild: no emergency (s4, s8; borderline)',
);
Nt('N32', 'control', { dizziness: no('no dizziness since Epley in 2024') }, CLR, NCLR_T);
Nt(
  'N33',
  'control',
  { 'vertebral-artery-dissection': no('CTA 2025 excluded dissection') },
  CLR,
  NCLR_T,
);
Nt(
  'N34',
  'control',
  { tia: no('query TIA 2023, seen in TIA clinic - migraine aura') },
  CLR,
  NCLR_T,
);
Nt('N35', 'control', { stroke: no('No stroke. Husband had stroke 2022') }, CLR, NCLR_T);
Nt(
  'N36',
  'false-alarm',
  { numbness: no('No red flags - numbness, weakness, diplopia all negative') },
  CLR,
  NCLR_T,
);
Nt(
  'N37',
  'false-alarm',
  { 'drop-attacks': no('Falls: none. Legs gave way once in 2018 (knee)') },
  CLR,
  NCLR_T + ' (a single knee giving way 8 years ago)',
);
Nt(
  'N38',
  'false-alarm',
  {
    'recent-cervical-manipulation': no('Previous chiro manipulation helped; none since 2024'),
    dizziness: on(90),
  },
  NFA_M,
  NFA_MT,
);
Nt(
  'N39',
  'false-alarm',
  {
    headache: on(
      600,
      'tension-type; abrupt onset of the weekend migraines is her usual pattern, no new features',
    ),
  },
  { max: { urg: 'none' } },
  'her usual pattern, no new features: no thunderclap (s4; borderline)',
);
Nt(
  'N40',
  'false-alarm',
  { diplopia: no('Dizziness: no, diplopia: no, dysarthria: no') },
  CLR,
  NCLR_T,
);

export const ROUND_56_E: readonly Probe[] = probes;
