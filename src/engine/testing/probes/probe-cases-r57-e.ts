/**
 * Reviewer probes, round 57 (/tmp/probe57/head.md: 50 whole case files with long free text and 56
 * attacks on the free-text reader of 0ee5dc1; the round ran at 95ddeb6), part e: S sudden + severe,
 * T treatment time (referral), N notes on entries, X FHIR text, and the bases Z1, Z2.
 * The round's probes: probe-cases-r57-a.ts to -c.ts (W), -d.ts (R, L, Q), -e.ts (S, T, N, X, Z1,
 * Z2). Helpers and shared bounds in probe-r57-lib.ts: lower bounds for misses, upper bounds (`max`)
 * for false alarms; every W, referral and note probe is a pair with the same case without its text
 * (the harness's FS-7 check). T6 and N5 are known open (known-open-r57-a.ts); the others pass on
 * main (89fd5e6). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import {
  referrals57,
  notes57,
  fhir57,
  bases57,
  G7,
  DZL,
  EM,
  SSH_T,
  S9U,
  S9U_T,
  FAU_M,
  FAU_MT,
  NEM_T,
  XEM_T,
  on,
  no,
} from './probe-r57-lib';

const probes: Probe[] = [];
const Rf = referrals57(probes);
const Nt = notes57(probes);
const Fx = fhir57(probes);

// ---- S: sudden + severe, NOT_SEVERE
Rf(
  'S1',
  G7.S,
  'miss',
  'Sudden severe headache on Sunday, not like her usual migraines',
  'NO',
  EM,
  SSH_T + ' ("usual" is about the migraines)',
);
Rf(
  'S2',
  G7.S,
  'miss',
  'Thunderclap headache 3 days ago, unlike her typical tension headaches',
  'NO',
  EM,
  SSH_T,
);
Rf(
  'S3',
  G7.S,
  'miss',
  'Sudden severe occipital headache on 15 Nov 2026',
  'NO',
  EM,
  SSH_T + ' (dated 5 days ago)',
);
Rf(
  'S4',
  G7.S,
  'miss',
  'Worst headache ever, came on within seconds, mild neck stiffness since',
  'NO',
  EM,
  SSH_T + ' ("mild" is the stiffness)',
);
Rf(
  'S5',
  G7.S,
  'miss',
  'Sudden onset severe neck pain yesterday after a brief coughing fit',
  'NO',
  EM,
  SSH_T + ' (sudden severe neck pain, s9)',
);
Rf(
  'S6',
  G7.S,
  'false-alarm',
  'Chronic daily headache with severe anxiety since the sudden death of her father',
  'NO',
  { max: { urg: 'none', bm: 'clear', ex: 'clear' }, notRead: ['sudden-severe-headache'] },
  'chronic headache; the sudden is the death, the severe the anxiety: no sudden severe headache (s4), urg none',
);
Rf(
  'S7',
  G7.S,
  'false-alarm',
  'Tension headache, severe at times, since a sudden increase in her workload last year',
  'NO',
  { max: { urg: 'none', bm: 'clear', ex: 'clear' }, notRead: ['sudden-severe-headache'] },
  'a tension headache, not a sudden severe one (s4): urg none',
);
// ---- T: treatment time
Rf(
  'T1',
  G7.T,
  'false-alarm',
  'She is due to have her first chiropractic neck manipulation on Monday',
  DZL,
  FAU_M,
  FAU_MT + ' ("due to have" = planned)',
);
Rf(
  'T2',
  G7.T,
  'false-alarm',
  'Attended today for pre-manipulation screening, dizzy spells for months',
  DZL,
  FAU_M,
  FAU_MT,
);
Rf(
  'T3',
  G7.T,
  'false-alarm',
  'Had planned a neck massage for Saturday but cancelled it',
  DZL,
  FAU_M,
  FAU_MT + ' (never given)',
);
Rf(
  'T4',
  G7.T,
  'miss',
  'Monthly chiropractic neck adjustments since 2022. Dizzy for 3 days.',
  'NO',
  S9U,
  S9U_T + ' (ongoing monthly manipulation)',
);
Rf(
  'T5',
  G7.T,
  'miss',
  'Sees a chiropractor for neck adjustments every 2-3 weeks (2021 onwards); dizzy this week',
  'NO',
  S9U,
  S9U_T,
);
Rf(
  'T6',
  G7.T,
  'miss',
  'Manipulation requested by patient and performed by chiropractor on Monday; dizziness since',
  'NO',
  S9U,
  S9U_T,
);
Rf(
  'T7',
  G7.T,
  'miss',
  'Neck massage weekly from 2024 until now; vertigo since the last one',
  'NO',
  S9U,
  S9U_T,
);
// ---- N: notes on "no" entries
Nt(
  'N1',
  'miss',
  { dysarthria: no('slurred speech once yesterday evening, lasted 20 min') },
  EM,
  NEM_T + ' (dysarthria yesterday, told on a "no" entry; FS-3 present wins)',
);
Nt(
  'N2',
  'miss',
  { diplopia: no('previously normal vision; double vision since Tuesday') },
  EM,
  NEM_T,
);
Nt(
  'N3',
  'miss',
  { 'drop-attacks': no('two falls without warning since 10 Nov 2026, no LOC') },
  EM,
  NEM_T,
);
Nt(
  'N4',
  'false-alarm',
  { headache: no('migraines as a child, none in the past 30 years') },
  {
    max: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    notRead: ['migraine'],
  },
  'migraine as a child only, none since: no current migraine precaution; all clear',
);
Nt(
  'N5',
  'false-alarm',
  {
    'visual-disturbance': on(
      300,
      'blurred vision when tired; had diplopia in 2019 from a 6th nerve palsy, resolved',
    ),
  },
  { max: { urg: 'none', bm: 'clear', ex: 'clear' } },
  'diplopia of 2019, resolved: no red flag now (s4 needs it <=14 d or long-standing present); urg none',
);
// ---- X: FHIR text
Fx('X1', 'miss', [['C', 'Sudden severe headache, not like her usual migraine']], EM, XEM_T);
Fx(
  'X2',
  'miss',
  [['E', 'Vertigo and slurred speech since Monday, CT and bloods all normal']],
  EM,
  XEM_T,
);
Fx(
  'X3',
  'false-alarm',
  [['C', 'VA dissection unlikely given normal CTA']],
  { max: { urg: 'urgent', bm: 'clear', ex: 'clear' } },
  'dissection said unlikely: uncertain at most (FS-7), no emergency',
);

// ---- Z: the bases
bases57(probes);

export const ROUND_57_E: readonly Probe[] = probes;
