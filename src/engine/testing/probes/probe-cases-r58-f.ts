/**
 * Reviewer probes, round 58 (/tmp/probe58/head.md: 85 whole case files written from the brief,
 * against 93ae101), part f: the round's second pass: PG3a-PG3e, CA1a-CA1d, BD8b, BD2a, BD2b, AC6 (variants isolating the failures).
 * Each is a whole case file built as the round's `V` built cases/ID.json (probe-r58-lib.ts), with
 * the round's expectations: exact (`eq`), lower (`min`) and upper (`max`) bounds, missing items,
 * warnings, conflicts, course flags; observations keep the FS-9 reason audit only. BD8 is known
 * open (known-open-r58-a.ts). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import { on, yes, no, NC, CA, CL, ALL, DENY, vignettesInto } from './probe-r58-lib';

const probes: Probe[] = [];
const Iso = vignettesInto(probes, 'second pass: variants isolating the failures (s4, s5, FS-7)');

// ---- second pass: variants isolating the failures (s4, s5, FS-7)
const PGF = { 'neck-pain': on(30), 'post-partum': false };
Iso(
  'PG3a',
  'false-alarm',
  'PG3 without the question: "...neck and thoracic ache. No diplopia, ..."',
  { f: PGF, referral: 'G2P1 28/40, uncomplicated pregnancy, neck and thoracic ache. ' + DENY },
  { eq: { urg: 'none', ...ALL(CL) } },
  'all clear',
  's4, FS-7',
);
Iso(
  'PG3b',
  'false-alarm',
  '"Massage? No diplopia, dysarthria, ..." (question then denial list)',
  { f: PGF, referral: 'Neck ache. Massage? ' + DENY },
  { eq: { urg: 'none', ...ALL(CL) } },
  'all clear',
  's4, FS-7',
);
Iso(
  'PG3c',
  'false-alarm',
  '"Red flags? No diplopia, no dysarthria, no drop attacks."',
  {
    f: PGF,
    referral:
      'Mechanical neck pain. Red flags? No diplopia, no dysarthria, no drop attacks. For massage.',
  },
  { eq: { urg: 'none', ...ALL(CL) } },
  'all clear',
  's4, FS-7',
);
Iso(
  'PG3d',
  'false-alarm',
  '"Safe for massage? No dizziness, diplopia or numbness reported."',
  { f: PGF, referral: 'Safe for massage? No dizziness, diplopia or numbness reported.' },
  { eq: { urg: 'none', ...ALL(CL) } },
  'all clear',
  's4, FS-7',
);
Iso(
  'PG3e',
  'false-alarm',
  'denial list in a finding note after a question: neck-pain note "Manip ok? No diplopia or dysarthria."',
  {
    f: { 'neck-pain': on(30, 'Manip ok? No diplopia or dysarthria.') },
  },
  { eq: { urg: 'none', ...ALL(CL) } },
  'all clear',
  's4, FS-7',
);
Iso(
  'CA1a',
  'false-alarm',
  'cancer history note without "on letrozole": "L breast Ca 2019, WLE + RT"',
  {
    birth: '1963-06-06',
    f: { 'malignancy-history': yes('L breast Ca 2019, WLE + RT'), malignancy: false },
  },
  { eq: { urg: 'none', manip: CA, czm: CA, bm: CL, ex: CL } },
  'history of cancer: caution',
  's5',
);
Iso(
  'CA1b',
  'false-alarm',
  'cancer history note "breast cancer 2019, in remission, on letrozole"',
  {
    birth: '1963-06-06',
    f: {
      'malignancy-history': yes('breast cancer 2019, in remission, on letrozole'),
      malignancy: false,
    },
  },
  { eq: { urg: 'none', manip: CA, czm: CA, bm: CL, ex: CL } },
  'history of cancer: caution',
  's5',
);
Iso(
  'CA1c',
  'false-alarm',
  'referral only: "Hx breast cancer 2019, discharged from oncology follow-up", history ticked',
  {
    birth: '1963-06-06',
    f: { 'malignancy-history': true, malignancy: false },
    referral:
      'Hx breast cancer 2019, discharged from oncology follow-up. Neck and shoulder tension.',
  },
  { eq: { urg: 'none', manip: CA, czm: CA, bm: CL, ex: CL } },
  'history of cancer: caution',
  's5',
);
Iso(
  'CA1d',
  'false-alarm',
  'cancer history note "Hodgkin lymphoma 2010, cured"',
  {
    f: { 'malignancy-history': yes('Hodgkin lymphoma 2010, cured, no relapse'), malignancy: false },
  },
  { eq: { urg: 'none', manip: CA, czm: CA, bm: CL, ex: CL } },
  'history of cancer: caution',
  's5',
);
Iso(
  'BD8b',
  'miss',
  'referral "Orthostatic hypotension on lying/standing BP", orthostatic answered no',
  {
    birth: '1949-08-08',
    f: { dizziness: on(45), 'orthostatic-reactions': no() },
    referral:
      'Dizzy on standing. Orthostatic hypotension confirmed on lying/standing BP. Neck massage?',
  },
  { min: { czm: NC } },
  'text adds orthostatic reactions: czm at least not-cleared',
  's5, FS-7',
  { noteOnly: true },
);
Iso(
  'BD2a',
  'observation',
  'BPPV: "Dix-Hallpike positive R" without the word nystagmus',
  {
    f: { dizziness: on(6, 'Dix-Hallpike positive on the right'), bppv: true },
    referral: 'Positional vertigo 6/7, Dix-Hallpike positive R, Epley done.',
  },
  {},
  'observation',
  's4',
);
Iso(
  'BD2b',
  'observation',
  'BPPV: "no spontaneous nystagmus; positional nystagmus on R Dix-Hallpike"',
  {
    f: { dizziness: on(6), bppv: true },
    referral:
      'BPPV. No spontaneous nystagmus; torsional positional nystagmus on R Dix-Hallpike only. Epley done.',
  },
  {},
  'observation',
  's4',
);
Iso(
  'AC6',
  'observation',
  'anticoagulant answered no, "Eliquis 5 mg bd" in referral',
  {
    sex: 'male',
    birth: '1950-01-01',
    f: { anticoagulants: false },
    referral: 'AF on Eliquis 5 mg bd. Neck stiffness, manipulation?',
  },
  { max: { manip: CA, czm: CL, bm: CL, ex: CL } },
  'at most manip caution (brief names no anticoagulant brands)',
  's5',
);

export const ROUND_58_F: readonly Probe[] = probes;
