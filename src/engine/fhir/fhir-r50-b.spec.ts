/**
 * FHIR from EHRs, round 50's probes (second part: C-group problems dated by their words, the point findings, Z1) (VE11, VE12, VF1-VF14, VG12-VG14, VG16, AW1-AW7, Z1): whole
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
import { caseOf, present } from '../testing/fhir-ehr-fixtures';
import {
  CLEAR,
  FA_NECK,
  NECK_ALL,
  NECK_ALL_T,
  VD,
  condOn,
  condT,
  visit,
} from '../testing/fhir-r50-lib';
import { type Expectation } from '../testing/probes/probe-model';

/** A problem recorded on 2026-11-24 with `t`: within the round's bounds. */
function C(
  id: string,
  group: string,
  kind: 'miss' | 'false-alarm',
  omit: string[],
  t: string,
  e: Expectation,
  rule: string,
): void {
  it(`${id} (${kind}, ${group}): ${condT(t, VD)}: ${rule}`, () => {
    expect(outside(caseOf(omit, condOn(t, VD)), e)).toEqual([]);
  });
}

describe("FHIR from EHRs, round 50: a problem's new injury dated by its words (af72386)", () => {
  C(
    'AW1',
    'AW problem words: "48 hrs ago"',
    'miss',
    [],
    'Whiplash injury (RTC 48 hrs ago)',
    NECK_ALL,
    NECK_ALL_T + ' (FS-3)',
  );
  C(
    'AW2',
    'AW problem words: UK "2/7" without "ago"',
    'miss',
    [],
    'Neck sprain - fell off ladder 2/7',
    NECK_ALL,
    NECK_ALL_T + ' (FS-3)',
  );
  C(
    'AW3',
    'AW problem words: "2 d ago"',
    'miss',
    [],
    'Whiplash, RTC 2 d ago',
    NECK_ALL,
    NECK_ALL_T + ' (FS-3)',
  );
  C(
    'AW4',
    'AW problem words: a date',
    'miss',
    [],
    'Whiplash injury following RTC on 22/11/2026',
    NECK_ALL,
    NECK_ALL_T + ' (FS-3)',
  );
  C(
    'AW5',
    'AW problem words: "at the weekend"',
    'miss',
    [],
    'Acute neck sprain playing rugby at the weekend',
    NECK_ALL,
    NECK_ALL_T + ' (FS-3)',
  );
  C(
    'AW6',
    'AW problem: an old whiplash, a flare today',
    'false-alarm',
    [],
    'Whiplash 2014 - flare of neck pain today',
    FA_NECK,
    'whiplash 2014 (s9 old injuries: caution) and a flare of pain: no recent trauma, manip/czm/bm at most caution',
  );
  C(
    'AW7',
    'AW problem: chronic WAD since 2019, reviewed today',
    'false-alarm',
    [],
    'Chronic whiplash-associated disorder since RTC in 2019, reviewed today',
    FA_NECK,
    'an injury of 2019 (s9 old injuries: caution): manip/czm/bm at most caution',
  );
});

describe("FHIR from EHRs, round 50: the point findings of the round's failures", () => {
  const findings = (r: object) => caseOf([], r).findings as Record<string, unknown>;
  it("VF6 / VF13: ptosis and a small pupil or miosis in a visit reason are Horner's signs", () => {
    for (const t of [
      'R ptosis and small R pupil, R neck pain after chiropractic adjustment 3 days ago',
      'R ptosis and miosis, R neck pain after chiropractic adjustment 3 days ago',
    ])
      expect(present(findings(visit(t, VD))['horner-signs']))
        .withContext(t)
        .toBeTrue();
  });
  it('VF11 / VF14: a problem saying the patient is anticoagulated gives anticoagulants', () => {
    for (const t of [
      'Atrial fibrillation - anticoagulated with apixaban',
      'Long term (current) use of anticoagulants',
    ])
      expect(present(findings(condOn(t, VD))['anticoagulants']))
        .withContext(t)
        .toBeTrue();
  });
  it('VG12 / VG16: a denial goes on over a list of symptoms', () => {
    const t12 =
      'Neck pain and stiffness for 2 weeks, no trauma. Denies dizziness, diplopia, dysarthria, dysphagia, drop attacks, numbness or nausea.';
    const t16 = 'Neck pain after gardening. No diplopia, dysarthria or dysphagia.';
    for (const [t, ids] of [
      [t12, ['dizziness', 'diplopia', 'dysarthria', 'dysphagia', 'drop-attacks', 'numbness']],
      [t16, ['diplopia', 'dysarthria', 'dysphagia']],
    ] as const)
      for (const f of ids)
        expect(present(findings(visit(t, VD))[f]))
          .withContext(`${t}: ${f}`)
          .toBeFalse();
  });
  it('a denial does not reach a listed part with words of its own, nor clears a denied sign', () => {
    for (const t of [
      'No diplopia, but dysarthria since this morning',
      'No diplopia, dysarthria since this morning',
    ])
      expect(present(findings(visit(t, VD))['dysarthria']))
        .withContext(t)
        .toBeTrue();
    for (const t of ['R ptosis, no miosis, neck pain', 'No ptosis and miosis'])
      expect(present(findings(visit(t, VD))['horner-signs']))
        .withContext(t)
        .toBeFalse();
    for (const t of [
      'Atrial fibrillation - not anticoagulated',
      'Atrial fibrillation, anticoagulation contraindicated',
      'No longer on anticoagulants',
    ])
      expect(present(findings(condOn(t, VD))['anticoagulants']))
        .withContext(t)
        .toBeFalse();
  });
  it('Z1: the screened patient, nothing added, is clear', () => {
    expect(outside(caseOf([]), CLEAR)).toEqual([]);
  });
});
