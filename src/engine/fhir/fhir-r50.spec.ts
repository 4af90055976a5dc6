/**
 * FHIR from EHRs, round 50's probes (VE11, VE12, VF1-VF14, VG12-VG14, VG16, AW1-AW7, Z1): whole
 * ED notes, problems and medication statements as written, and af72386's dating of a problem's
 * new injury by its words attacked. A screened patient (assessed on 2026-11-26, every finding
 * answered "no", so the EHR's present wins, FS-3) with one emergency visit on 2026-11-24, active
 * problems recorded without an onset, or active medication statements added. Each probe asserts
 * the round's bounds: lower bounds for a miss, upper bounds for a false alarm; the point findings
 * of the round's failures are asserted too. All pass on main after round 50's mends (VF6 and VF13
 * Horner's signs written as "R ptosis and small R pupil" / "R ptosis and miosis"; VF11 and VF14 a
 * problem saying the patient is anticoagulated; VG12 and VG16 a denial over a list of symptoms
 * failed on 96db659, and before it). The reader and case-file probes are
 * testing/probes/probe-cases-r50-a.ts. Synthetic data.
 */
import { outside } from '../testing/probe-bounds';
import { type Expectation } from '../testing/probes/probe-model';
import { caseOf } from '../testing/fhir-ehr-fixtures';
import {
  ANTI,
  ANTI_T,
  EMER,
  FA_NECK,
  NECK_ALL,
  NECK_ALL_T,
  NOAC2,
  RECENT,
  RECENT_T,
  REDFLAG_T,
  STROKE_RECENT,
  STROKE_RECENT_T,
  VD,
  condOn,
  condT,
  enc,
  medStmt,
  visit,
} from '../testing/fhir-r50-lib';

/** A whole FHIR patient: every finding answered "no", `res` added; within the round's bounds. */
function FV(
  id: string,
  kind: 'miss' | 'false-alarm',
  res: object[],
  input: string,
  e: Expectation,
  rule: string,
  _keys: string[] = [],
): void {
  it(`${id} (${kind}): ${input}: ${rule}`, () => {
    expect(outside(caseOf([], ...res), e)).toEqual([]);
  });
}

describe('FHIR from EHRs, round 50: ED notes, problems and medication statements as written', () => {
  FV(
    'VE11',
    'miss',
    [medStmt('Eliquis 5 MG Oral Tablet', '1 tablet by mouth twice daily')],
    'MedicationStatement "Eliquis 5 MG Oral Tablet"',
    ANTI,
    ANTI_T,
    [],
  );
  FV(
    'VE12',
    'miss',
    [medStmt('rivaroxaban 20 MG Oral Tablet [Xarelto]')],
    'MedicationStatement "rivaroxaban 20 MG Oral Tablet [Xarelto]"',
    ANTI,
    ANTI_T,
    [],
  );
  FV(
    'VF1',
    'miss',
    [
      visit(
        'Sudden onset vertigo, diplopia and slurred speech since 07:00 today. ?posterior circulation stroke',
        VD,
      ),
    ],
    enc(
      'Sudden onset vertigo, diplopia and slurred speech since 07:00 today. ?posterior circulation stroke',
    ),
    EMER,
    REDFLAG_T,
    ['diplopia', 'dysarthria'],
  );
  FV(
    'VF2',
    'miss',
    [
      visit(
        'Dizzy, unsteady, vomiting; nystagmus on exam. Onset yesterday after neck manipulation by chiropractor.',
        VD,
      ),
    ],
    enc(
      'Dizzy, unsteady, vomiting; nystagmus on exam. Onset yesterday after neck manipulation by chiropractor.',
    ),
    EMER,
    REDFLAG_T,
    ['nystagmus', 'ataxia', 'recent-cervical-manipulation'],
  );
  FV(
    'VF3',
    'miss',
    [visit('Two drop attacks today without LOC, neck pain', VD)],
    enc('Two drop attacks today without LOC, neck pain'),
    EMER,
    REDFLAG_T,
    ['drop-attacks'],
  );
  FV(
    'VF4',
    'miss',
    [visit('L facial numbness, R arm numbness, difficulty swallowing and hiccups x 1 day', VD)],
    enc('L facial numbness, R arm numbness, difficulty swallowing and hiccups x 1 day'),
    EMER,
    REDFLAG_T,
    ['numbness', 'dysphagia'],
  );
  FV(
    'VF5',
    'miss',
    [visit('Thunderclap occipital headache and neck pain, worst ever, onset during yoga', VD)],
    enc('Thunderclap occipital headache and neck pain, worst ever, onset during yoga'),
    EMER,
    REDFLAG_T,
    ['sudden-severe-headache'],
  );
  FV(
    'VF6',
    'miss',
    [visit('R ptosis and small R pupil, R neck pain after chiropractic adjustment 3 days ago', VD)],
    enc('R ptosis and small R pupil, R neck pain after chiropractic adjustment 3 days ago'),
    EMER,
    REDFLAG_T,
    ['horner-signs', 'recent-cervical-manipulation'],
  );
  FV(
    'VF7',
    'miss',
    [visit('Whiplash injury - MVC yesterday, rear-ended at low speed', VD)],
    enc('Whiplash injury - MVC yesterday, rear-ended at low speed'),
    NECK_ALL,
    NECK_ALL_T + ' (FS-3)',
  );
  FV(
    'VF8',
    'miss',
    [visit('Fell from horse this morning, landed on head; neck pain', VD)],
    enc('Fell from horse this morning, landed on head; neck pain'),
    RECENT,
    RECENT_T + ' (FS-3)',
  );
  FV(
    'VF9',
    'miss',
    [condOn('Vertebral artery dissection', VD)],
    condT('Vertebral artery dissection', VD),
    { ...EMER },
    'VA dissection recorded 2 days ago, onset recent/unknown (s4): emergency; manip+czm contraindicated (s5)',
    ['vertebral-artery-dissection'],
  );
  FV(
    'VF10',
    'miss',
    [condOn('Cerebellar infarct (posterior circulation stroke)', VD)],
    condT('Cerebellar infarct (posterior circulation stroke)', VD),
    STROKE_RECENT,
    STROKE_RECENT_T,
    ['stroke'],
  );
  FV(
    'VF11',
    'miss',
    [condOn('Atrial fibrillation - anticoagulated with apixaban', VD)],
    condT('Atrial fibrillation - anticoagulated with apixaban', VD),
    ANTI,
    ANTI_T,
    ['anticoagulants'],
  );
  FV(
    'VF12',
    'miss',
    [visit('Neck pain and headache after being punched in the face last night', VD)],
    enc('Neck pain and headache after being punched in the face last night'),
    RECENT,
    RECENT_T + ' (FS-3)',
  );
  FV(
    'VG12',
    'false-alarm',
    [
      visit(
        'Neck pain and stiffness for 2 weeks, no trauma. Denies dizziness, diplopia, dysarthria, dysphagia, drop attacks, numbness or nausea.',
        VD,
      ),
    ],
    enc(
      'Neck pain and stiffness for 2 weeks, no trauma. Denies dizziness, diplopia, dysarthria, dysphagia, drop attacks, numbness or nausea.',
    ),
    NOAC2,
    'every 5D/3N denied, no trauma: nothing raised (all four clear, urgency none)',
    ['diplopia', 'dysarthria', 'numbness', 'recent-neck-trauma'],
  );
  FV(
    'VG13',
    'false-alarm',
    [
      condOn('Cervical spondylosis', '2024-03-01'),
      condOn('Benign paroxysmal positional vertigo', '2025-06-10'),
    ],
    'Conditions "Cervical spondylosis" (2024), "Benign paroxysmal positional vertigo" (2025)',
    { atMost: { manip: 'caution', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' } },
    'spondylosis (vertebrogenic cause, no contraindication) and BPPV (s5: does not block massage): czm/bm/ex clear, urgency none; manip at most caution',
    ['bppv', 'dizziness'],
  );
  FV(
    'VG14',
    'false-alarm',
    [visit('Flare of chronic neck pain since Monday, no new trauma. Old whiplash 2009.', VD)],
    enc('Flare of chronic neck pain since Monday, no new trauma. Old whiplash 2009.'),
    FA_NECK,
    'old whiplash 2009 (s9 old injuries: caution), no new trauma: manip, czm, bm at most caution',
  );
  FV(
    'VF13',
    'miss',
    [visit('R ptosis and miosis, R neck pain after chiropractic adjustment 3 days ago', VD)],
    enc('R ptosis and miosis, R neck pain after chiropractic adjustment 3 days ago'),
    EMER,
    REDFLAG_T + " (Horner's signs = ptosis + miosis, s4)",
    ['horner-signs', 'recent-cervical-manipulation'],
  );
  FV(
    'VF14',
    'miss',
    [condOn('Long term (current) use of anticoagulants', VD)],
    condT('Long term (current) use of anticoagulants', VD),
    ANTI,
    ANTI_T + ' (ICD-10 Z79.01 wording)',
    ['anticoagulants'],
  );
  FV(
    'VG16',
    'false-alarm',
    [visit('Neck pain after gardening. No diplopia, dysarthria or dysphagia.', VD)],
    enc('Neck pain after gardening. No diplopia, dysarthria or dysphagia.'),
    NOAC2,
    'every red flag denied: nothing raised (all four clear, urgency none)',
    ['diplopia', 'dysarthria', 'dysphagia'],
  );
});
