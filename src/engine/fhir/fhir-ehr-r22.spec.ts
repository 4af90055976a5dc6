/**
 * FHIR from EHRs, round 22: coded "negative" answers, impressions held as concepts, visit
 * reasons by reference, medications by include or by urn:uuid, problem-list words that name
 * another body part or a past cancer, and EHR codes for thyroid disease, diabetes, smoking.
 */
import { assess } from '../assess';
import {
  caseOf,
  CLIN,
  condition,
  observation,
  present,
  read,
  SCT,
  screened,
  subject,
  verdict,
} from '../testing/fhir-ehr-fixtures';

const DIPLOPIA = { system: SCT, code: '24982008', display: 'Diplopia' };
const ICD = 'http://hl7.org/fhir/sid/icd-10-cm';

describe('FHIR from EHRs: round 22', () => {
  it('a coded NEG interpretation or LOINC "Absent" as the value: absent, no false emergency', () => {
    const neg = observation(DIPLOPIA, {
      valueCodeableConcept: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
            code: 'NEG',
          },
        ],
      },
    });
    const absent = observation(DIPLOPIA, {
      valueCodeableConcept: { coding: [{ system: 'http://loinc.org', code: 'LA9634-2' }] },
    });
    const yes = observation(DIPLOPIA, {
      valueCodeableConcept: { coding: [{ system: 'http://loinc.org', code: 'LA9633-4' }] },
    });
    for (const r of [neg, absent])
      expect(present(caseOf(['diplopia'], r).findings['diplopia'])).toBe(false);
    expect(present(caseOf(['diplopia'], yes).findings['diplopia'])).toBe(true);
  });

  it("a report's impression held as a concept's words (result Observation) is read", () => {
    const impression = {
      resourceType: 'Observation',
      id: 'imp1',
      status: 'final',
      subject,
      code: { coding: [{ system: 'http://loinc.org', code: '19005-8', display: 'Impression' }] },
      valueCodeableConcept: { text: 'Acute infarct in the right cerebellar hemisphere.' },
    };
    const report = {
      resourceType: 'DiagnosticReport',
      status: 'final',
      subject,
      category: [{ coding: [{ system: 'http://loinc.org', code: 'LP29684-5' }] }],
      code: { coding: [{ system: 'http://loinc.org', code: '24590-2', display: 'MRI Brain' }] },
      effectiveDateTime: '2026-11-24',
      conclusion: 'See impression.',
      result: [{ reference: 'Observation/imp1' }],
    };
    expect(assess(caseOf(['stroke'], impression, report)).urgency.level).toBe('emergency');
  });

  it("a visit's reason by reference to a Condition not sent is read by its display", () => {
    const visit = {
      resourceType: 'Encounter',
      status: 'finished',
      class: { code: 'EMER' },
      subject,
      period: { start: '2026-11-24T20:00:00Z' },
      reasonReference: [
        { reference: 'Condition/not-sent', display: 'Double vision and slurred speech' },
      ],
    };
    const c = caseOf(['diplopia', 'dysarthria'], visit);
    expect(present(c.findings['diplopia'])).toBe(true);
    expect(present(c.findings['dysarthria'])).toBe(true);
    expect(assess(c).urgency.level).toBe('emergency');
  });

  it('a Medication by search include or by urn:uuid names the anticoagulant', () => {
    const warfarin = {
      resourceType: 'Medication',
      id: 'med1',
      code: {
        coding: [{ system: SCT, code: '108979001', display: 'Warfarin-containing product' }],
      },
    };
    const statement = (reference: string) => ({
      resourceType: 'MedicationStatement',
      status: 'active',
      subject,
      medicationReference: { reference },
      effectivePeriod: { start: '2026-01-01' },
    });
    const included = screened([], statement('Medication/med1'));
    included.entry!.push({ resource: warfarin as never, search: { mode: 'include' } });
    const ips = screened([], statement('urn:uuid:0000-m'));
    ips.entry!.push({ fullUrl: 'urn:uuid:0000-m', resource: warfarin as never });
    for (const b of [included, ips]) {
      const a = assess(read(b).value);
      expect(verdict(a, 'cervical-manipulation')).toBe('caution');
    }
  });

  it('a healed wrist fracture and a colon polyp are not the spine; a past cancer is a history', () => {
    const wrist = condition(
      {
        system: ICD,
        code: 'S52.501A',
        display: 'Unspecified fracture of the lower end of right radius',
      },
      {
        clinicalStatus: { coding: [{ system: CLIN, code: 'resolved' }] },
        onsetDateTime: '2023-02-01',
      },
    );
    const polyp = condition({
      system: ICD,
      code: 'D12.5',
      display: 'Benign neoplasm of sigmoid colon',
    });
    const a = assess(caseOf([], wrist, polyp));
    for (const m of ['cervical-manipulation', 'collar-zone-massage', 'back-massage'] as const)
      expect(verdict(a, m)).withContext(m).toBe('clear');
    const history = condition({
      system: ICD,
      code: 'Z85.3',
      display: 'Personal history of malignant neoplasm of breast',
    });
    const bcc = condition(
      { system: SCT, code: '254701007', display: 'Basal cell carcinoma of skin' },
      { clinicalStatus: { coding: [{ system: CLIN, code: 'resolved' }] } },
    );
    for (const r of [history, bcc]) {
      const c = caseOf([], r);
      expect(present(c.findings['malignancy'])).withContext(JSON.stringify(r)).toBe(false);
      expect(present(c.findings['malignancy-history'])).withContext(JSON.stringify(r)).toBe(true);
    }
    // Still active, or a spine fracture: as before.
    const active = condition({
      system: SCT,
      code: '254701007',
      display: 'Basal cell carcinoma of skin',
    });
    expect(present(caseOf(['malignancy'], active).findings['malignancy'])).toBe(true);
    const c2 = condition({
      system: ICD,
      code: 'S12.100A',
      display: 'Fracture of second cervical vertebra',
    });
    expect(verdict(assess(caseOf([], c2)), 'cervical-manipulation')).toBe('contraindicated');
  });

  it('EHR codes for hypothyroidism, orthostatic hypotension, type 2 diabetes and daily smoking', () => {
    const a = assess(
      caseOf(
        [],
        condition({ system: ICD, code: 'E03.9', display: 'Hypothyroidism, unspecified' }),
        condition({ system: ICD, code: 'I95.1', display: 'Orthostatic hypotension' }),
        condition({ system: SCT, code: '44054006', display: 'Diabetes mellitus type 2' }),
        observation(
          { system: 'http://loinc.org', code: '72166-2', display: 'Tobacco smoking status' },
          { valueCodeableConcept: { coding: [{ system: SCT, code: '449868002' }] } },
        ),
      ),
    );
    expect(verdict(a, 'collar-zone-massage')).toBe('contraindicated');
    expect(verdict(a, 'cervical-manipulation')).toBe('caution');
  });
});

describe('FHIR from EHRs: round 22, medications and values in words', () => {
  const RIVAROXABAN = { text: 'Rivaroxaban 20 mg tablet' };
  const manip = (...added: object[]) =>
    verdict(assess(caseOf([], ...added)), 'cervical-manipulation');

  it('an anticoagulant given (MedicationAdministration) or handed over (MedicationDispense) counts', () => {
    const given = {
      resourceType: 'MedicationAdministration',
      status: 'completed',
      subject,
      medicationCodeableConcept: { text: 'Enoxaparin 40 mg injection' },
      effectiveDateTime: '2026-11-25T08:00:00Z',
    };
    const dispensed = {
      resourceType: 'MedicationDispense',
      status: 'completed',
      subject,
      medicationCodeableConcept: RIVAROXABAN,
      whenHandedOver: '2026-11-10',
      daysSupply: { value: 30 },
    };
    expect(manip(given)).toBe('caution');
    expect(manip(dispensed)).toBe('caution');
    // Not given, or a supply long run out: not taken now.
    expect(manip({ ...given, status: 'not-done' })).toBe('clear');
    expect(manip({ ...dispensed, whenHandedOver: '2020-01-10' })).toBe('clear');
  });

  it("an order's dosage bounds past its validity: the later end counts", () => {
    const order = {
      resourceType: 'MedicationRequest',
      status: 'active',
      intent: 'order',
      subject,
      medicationCodeableConcept: RIVAROXABAN,
      authoredOn: '2023-11-01',
      dispenseRequest: { validityPeriod: { start: '2023-11-01', end: '2024-11-01' } },
      dosageInstruction: [
        { timing: { repeat: { boundsPeriod: { start: '2023-11-01', end: '2027-11-01' } } } },
      ],
    };
    expect(manip(order)).toBe('caution');
    expect(manip({ ...order, dosageInstruction: [] })).toBe('clear');
  });

  it('a generic code whose value names the finding in words ("Level of consciousness": "Drowsy")', () => {
    const loc = observation(
      { system: 'http://loinc.org', code: '80288-4', display: 'Level of consciousness' },
      {
        effectiveDateTime: '2026-11-26',
        valueCodeableConcept: { coding: [{ system: SCT, code: '271782001', display: 'Drowsy' }] },
      },
    );
    const alert = observation(
      { system: 'http://loinc.org', code: '80288-4', display: 'Level of consciousness' },
      { valueCodeableConcept: { coding: [{ system: SCT, code: '248234008', display: 'Alert' }] } },
    );
    expect(assess(caseOf(['reduced-consciousness'], loc)).urgency.level).toBe('emergency');
    expect(assess(caseOf([], alert)).urgency.level).toBe('none');
  });
});
