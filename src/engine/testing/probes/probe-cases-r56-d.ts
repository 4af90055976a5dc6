/**
 * Reviewer probes, round 56 (/tmp/probe56/head.md: 159 attacks on the free-text reader of
 * b791c16, at 7c33f34), part d (20 probes):
 * X: FHIR concept text (X1-X18): the screened FHIR patient (testing/fhir-ehr-fixtures.ts:
 * every finding answered "no", assessed 2026-11-26) plus Conditions (`code.text`, recorded
 * 2026-11-24, no onset) or one EMER Encounter (2026-11-24, `reasonCode.text`), read through
 * bundleToCase as the round's harness did (FS-3: the EHR's present wins); whole cases. X12 and
 * X17's "recent-cervical-manipulation not read" is kept as its consequence only (noted on them).
 * Z1, Z2: the bases (the screened FHIR patient and PROBE_BASE), nothing added.
 * The round's probes: probe-cases-r56-a.ts (P, Q), -b.ts (O, A), -c.ts (S, T), -d.ts (X, Z1,
 * Z2), -e.ts (N). Helpers and shared bounds in probe-r56-lib.ts: lower bounds for misses, upper
 * bounds (`max`) for false alarms; `notTriad` / `notRead` as the conflicts listed.
 * All pass on main (0ee5dc1). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import { bases, EM, fhirInto, S9U, XEM_T, XS9 } from './probe-r56-lib';

const probes: Probe[] = [];
const Fx = fhirInto(probes);

// ---- X: FHIR concept text (no assessment day in findingsOfText)
Fx('X1', 'miss', [['E', 'Vertigo after chiropractic neck manipulation 23 Nov 2026']], S9U, XS9);
Fx(
  'X2',
  'miss',
  [
    ['C', 'Neck manipulation by chiropractor 2026-11-23'],
    ['C', 'Dizziness'],
  ],
  S9U,
  XS9,
);
Fx('X3', 'control', [['E', 'Dizziness since chiro adjustment 2 wks ago']], S9U, XS9);
Fx('X4', 'miss', [['E', 'Attends with wife. Diplopia and slurred speech.']], EM, XEM_T);
Fx('X5', 'miss', [['E', 'Found by husband, drowsy and slurring words']], EM, XEM_T);
Fx('X6', 'miss', [['E', 'Thunderclap headache during intercourse with wife']], EM, XEM_T);
Fx(
  'X7',
  'false-alarm',
  [['E', 'No red flags - diplopia, dysarthria all negative']],
  { max: { urg: 'none' } },
  'a negative red-flag screen (FS-7, s4): urgency none',
);
Fx(
  'X8',
  'false-alarm',
  [['C', 'Diplopia/dysarthria/dysphagia: nil']],
  { max: { urg: 'none' } },
  'answered nil (FS-7, s4): urgency none',
);
Fx('X9', 'miss', [['E', 'Stroke suspected given slurred speech']], EM, XEM_T + ' (dysarthria)');
Fx(
  'X10',
  'false-alarm',
  [['E', 'Dizzy on turning head, worst she has ever felt']],
  { max: { urg: 'none' } },
  's4: worst-ever dizziness is no thunderclap headache: urgency none',
);
Fx('X11', 'miss', [['E', 'Collapsed without warning']], EM, XEM_T + ' (drop attack / syncope)');
Fx(
  'X12',
  'false-alarm',
  [
    ['C', 'Chiro manipulation 3/12 ago'],
    ['C', 'Dizziness'],
  ],
  { max: { urg: 'none' }, notRead: ['recent-cervical-manipulation'] },
  's9: a manipulation 3 months ago is not recent: not read, no urgency',
);
Fx(
  'X13',
  'miss',
  [['E', 'Severe headache which came on suddenly']],
  EM,
  XEM_T + ' (sudden severe headache)',
);
Fx(
  'X14',
  'false-alarm',
  [['C', 'No warning signs of stroke']],
  { max: { manip: 'clear', czm: 'clear' } },
  's5: a denied stroke: manip, czm clear',
);
Fx(
  'X15',
  'false-alarm',
  [['E', 'Gastroenteritis - explosive diarrhoea, headache']],
  { max: { urg: 'none' } },
  's4: no thunderclap: urgency none',
);
Fx(
  'X16',
  'miss',
  [
    ['C', 'Ongoing chiropractic neck manipulation 2020-present'],
    ['C', 'Dizziness'],
  ],
  S9U,
  XS9,
);
Fx(
  'X17',
  'false-alarm',
  [
    ['C', 'Chiropractic neck manipulation booked for next week'],
    ['C', 'Dizziness'],
  ],
  { max: { urg: 'none' }, notRead: ['recent-cervical-manipulation'] },
  's9: a planned manipulation is none: no urgency',
);
Fx(
  'X18',
  'miss',
  [['E', 'Sudden onset pain in the back of her head, worst she has ever had']],
  EM,
  XEM_T,
);

// ---- Z: the bases
bases(probes);

export const ROUND_56_D: readonly Probe[] = probes;
