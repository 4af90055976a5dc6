/**
 * Measured orthostatic hypotension from an EHR's vital signs (round 22's A6): section 5 names
 * a systolic drop of 20 or a diastolic drop of 10 mmHg on standing as orthostatic reactions.
 */
import { assess } from '../assess';
import { caseOf, observation, present, subject, verdict } from '../testing/fhir-ehr-fixtures';

const LOINC = 'http://loinc.org';
const bp = (code: string, value: number, at: string) =>
  observation(
    { system: LOINC, code },
    { effectiveDateTime: at, valueQuantity: { value, unit: 'mmHg', code: 'mm[Hg]' } },
  );
const OMIT = ['orthostatic-reactions'];

describe('FHIR from EHRs: blood pressure lying, then standing', () => {
  it('a systolic drop of 26 at two minutes: orthostatic reactions, collar-zone massage contraindicated', () => {
    const c = caseOf(
      OMIT,
      bp('8461-6', 148, '2026-11-20T10:00:00Z'),
      bp('8455-8', 86, '2026-11-20T10:00:00Z'),
      bp('8460-8', 122, '2026-11-20T10:02:00Z'),
      bp('8454-1', 80, '2026-11-20T10:02:00Z'),
    );
    expect(present(c.findings['orthostatic-reactions'])).toBeTrue();
    expect(verdict(assess(c), 'collar-zone-massage')).toBe('contraindicated');
  });

  it('a diastolic drop of 10 sitting to standing counts; a panel with body positions too', () => {
    const diastolic = caseOf(
      OMIT,
      bp('8453-3', 88, '2026-11-20T10:00:00Z'),
      bp('8454-1', 78, '2026-11-20T10:03:00Z'),
    );
    expect(present(diastolic.findings['orthostatic-reactions'])).toBeTrue();
    const panel = (position: string, sys: number, dia: number, at: string) => ({
      resourceType: 'Observation',
      status: 'final',
      subject,
      code: { coding: [{ system: LOINC, code: '85354-9' }] },
      effectiveDateTime: at,
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/observation-bodyPosition',
          valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: position }] },
        },
      ],
      component: [
        { code: { coding: [{ system: LOINC, code: '8480-6' }] }, valueQuantity: { value: sys } },
        { code: { coding: [{ system: LOINC, code: '8462-4' }] }, valueQuantity: { value: dia } },
      ],
    });
    const c = caseOf(
      OMIT,
      panel('40199007', 140, 85, '2026-11-20T10:00:00Z'),
      panel('10904000', 118, 84, '2026-11-20T10:02:00Z'),
    );
    expect(present(c.findings['orthostatic-reactions'])).toBeTrue();
  });

  it('flowsheet rows named "Orthostatic BP Lying / Standing", timed by an instant (round 33)', () => {
    const row = (text: string, value: number, at: string) => ({
      resourceType: 'Observation',
      status: 'final',
      subject,
      code: { coding: [{ system: LOINC, code: '8480-6' }], text },
      effectiveInstant: at,
      valueQuantity: { value, unit: 'mmHg' },
    });
    const c = caseOf(
      OMIT,
      row('Orthostatic BP Lying - systolic', 146, '2026-11-20T10:00:00Z'),
      row('Orthostatic BP Standing - systolic', 118, '2026-11-20T10:03:00Z'),
    );
    expect(present(c.findings['orthostatic-reactions'])).toBeTrue();
    const laying = caseOf(
      OMIT,
      row('Systolic BP laying', 146, '2026-11-20T10:00:00Z'),
      row('Orthostatic BP', 118, '2026-11-20T10:03:00Z'),
    );
    // "Orthostatic BP" alone is the reading taken upright (round 35).
    expect(present(laying.findings['orthostatic-reactions'])).toBeTrue();
    const change = caseOf(
      OMIT,
      row('Systolic BP lying', 146, '2026-11-20T10:00:00Z'),
      row('BP change lying to standing', 118, '2026-11-20T10:03:00Z'),
    );
    expect(change.findings['orthostatic-reactions']).toBeUndefined();
  });

  it('no drop, a small drop, or readings an hour apart: not read (and never read as absent)', () => {
    for (const [lying, standing, at] of [
      [130, 128, '2026-11-20T10:02:00Z'],
      [130, 112, '2026-11-20T10:02:00Z'],
      [150, 120, '2026-11-20T11:00:00Z'],
    ] as const) {
      const c = caseOf(
        OMIT,
        bp('8461-6', lying, '2026-11-20T10:00:00Z'),
        bp('8460-8', standing, at),
      );
      expect(c.findings['orthostatic-reactions'])
        .withContext(`${lying}/${standing}`)
        .toBeUndefined();
    }
  });
});
