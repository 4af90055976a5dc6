/**
 * Reviewer probes, round 54 (/tmp/probe54/head.md: 155 attacks on the EHR-text reader of
 * 7ddfd48, at 0b3b244), part e (32 probes):
 * X: the referral's texts as FHIR concept text (X1-X30): the screened FHIR patient
 * (testing/fhir-ehr-fixtures.ts: every finding answered "no", assessed 2026-11-26) plus one
 * Condition (`code.text`, recorded 2026-11-24, no onset) or one EMER Encounter (2026-11-24,
 * `reasonCode.text`), read through bundleToCase as the round's harness did (FS-3: the EHR's
 * present wins); X30 adds two Conditions.
 * Z1, Z2: the bases (the screened FHIR patient and PROBE_BASE), nothing added.
 * The round's probes: probe-cases-r54-a.ts (A, Q), -b.ts (R, N, W), -c.ts (T, F), -d.ts (K,
 * C), -e.ts (X, Z1, Z2). Helpers and shared bounds in probe-r54-lib.ts: lower bounds for
 * misses, upper bounds (`max`) for false alarms. All pass on main (b791c16). Test data only,
 * all synthetic.
 */
import type { Probe } from './probe-model';
import { bases, cond, EM, fhir, fhirInto, XEM_T } from './probe-r54-lib';

const probes: Probe[] = [];
const Fx = fhirInto(probes);

// ---- X: the same texts as FHIR Condition / Encounter text
Fx('X1', 'miss', 'C', 'Diplopia N/V', EM, XEM_T);
Fx('X2', 'miss', 'E', 'Thunderclap headache with N/V', EM, XEM_T);
Fx('X3', 'miss', 'E', 'Vertigo/nystagmus N/V', EM, XEM_T);
Fx('X4', 'miss', 'E', 'Slurred speech r/o stroke', EM, XEM_T);
Fx('X5', 'miss', 'E', 'Diplopia (?6th nerve palsy)', EM, XEM_T);
Fx('X6', 'miss', 'E', 'Diplopia - possible VBI', EM, XEM_T);
Fx('X7', 'miss', 'E', 'Per daughter, slurred speech since this am', EM, XEM_T);
Fx('X8', 'miss', 'C', 'Slurred speech noticed by daughter', EM, XEM_T);
Fx('X9', 'miss', 'E', 'Wife worried re slurred speech', EM, XEM_T);
Fx('X10', 'miss', 'E', 'Sees double since yesterday', EM, XEM_T);
Fx('X11', 'miss', 'E', 'No improvement in double vision', EM, XEM_T);
Fx('X12', 'miss', 'E', 'Non-traumatic sudden severe neck pain', EM, XEM_T);
Fx('X13', 'miss', 'E', 'Dizzy & double vision after neck manipulation?? stroke', EM, XEM_T);
Fx('X14', 'miss', 'E', "Fell at her daughter's house - neck pain, seeing double", EM, XEM_T);
Fx(
  'X15',
  'miss',
  'E',
  'Unable to look up without dizziness',
  { triad: ['dizziness'] },
  's3 triad: dizziness present',
);
Fx('X16', 'miss', 'C', 'Droopy R eyelid and R pupil smaller', EM, XEM_T + " (Horner's signs)");
Fx(
  'X17',
  'false-alarm',
  'E',
  'Neck pain, LOC: R upper trapezius',
  { max: { urg: 'none' } },
  's4: LOC = location: urgency none',
);
Fx(
  'X18',
  'false-alarm',
  'C',
  'Ca breast 2012, discharged from oncology',
  { max: { czm: 'caution', manip: 'caution' } },
  's5: history of cancer (treated, discharged) -> caution, not contraindicated',
);
Fx(
  'X19',
  'false-alarm',
  'C',
  'Leg gave way - R knee OA',
  { max: { urg: 'none' } },
  's4: knee giving way is no drop attack: urgency none',
);
Fx(
  'X20',
  'false-alarm',
  'C',
  'New daily persistent headache',
  { max: { urg: 'none' } },
  's9: NDPH (a chronic disorder by definition, >3 months) is not new (weeks): urgency none (borderline)',
);
Fx(
  'X21',
  'false-alarm',
  'E',
  'Feeling numb - bereavement',
  { max: { urg: 'none' } },
  's4: emotional numbness is no facial/limb numbness: urgency none',
);
Fx(
  'X22',
  'false-alarm',
  'E',
  'Blood test for hypothyroidism - normal',
  { max: { czm: 'clear' } },
  's5: a normal thyroid test is no thyroid pathology: czm clear',
);
Fx(
  'X23',
  'false-alarm',
  'E',
  'Dizziness since adjustment of BP meds',
  { max: { urg: 'none' } },
  's9: a dose adjustment is no neck manipulation: urgency none',
);
Fx(
  'X24',
  'false-alarm',
  'C',
  'Chiro manipulation 2015 - no problems',
  { max: { manip: 'clear' } },
  's5/s9: a manipulation 11 years ago is not recent: manip clear',
);
Fx(
  'X25',
  'false-alarm',
  'C',
  'Mother found to have hypothyroidism',
  { max: { czm: 'clear' } },
  "s5: a relative's thyroid disease: czm clear",
);
Fx(
  'X26',
  'false-alarm',
  'C',
  'Worst pain ever had - R shoulder',
  { max: { urg: 'none' } },
  's4: worst-ever shoulder pain is no headache/neck pain: urgency none',
);
Fx(
  'X27',
  'false-alarm',
  'C',
  'Carer for husband with stroke',
  { max: { czm: 'clear', manip: 'clear' } },
  "s5: the husband's stroke: czm, manip clear",
);
Fx('X28', 'control', 'E', 'Diplopia ?cause ?VBI', EM, XEM_T);
Fx(
  'X29',
  'control',
  'C',
  'Dizziness: no',
  { max: { urg: 'none', czm: 'clear', manip: 'clear' } },
  'a denial: all clear',
);
fhir(
  probes,
  'X30',
  'false-alarm',
  'all answered "no" + Condition "Chiro manipulation 2015 - no problems" (recorded 2026-11-24) + Condition "Dizziness" (recorded 2026-11-24)',
  [cond('Chiro manipulation 2015 - no problems'), cond('Dizziness')],
  { max: { urg: 'none' } },
  's9: a manipulation in 2015 is not recent: dizziness after it raises no urgency',
);

// ---- Z: the bases, nothing added
bases(probes);

export const ROUND_54_E: readonly Probe[] = probes;
