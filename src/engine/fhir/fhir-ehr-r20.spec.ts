/**
 * FHIR from EHRs, round 20: ordinary, normal EHR records must stay clean (labs, vital signs,
 * local answer lists, old visits), and the shapes that still hid a finding.
 */
import { assess } from '../assess';
import {
  condition,
  observation,
  read,
  SCT,
  screened,
  subject,
  verdict,
} from '../testing/fhir-ehr-fixtures';

const DIPLOPIA = { system: SCT, code: '24982008', display: 'Diplopia' };
const clean = (...added: object[]) => assess(read(screened([], ...added)).value);

describe('FHIR from EHRs: round 20, normal records stay clean', () => {
  it('a local answer list says "Negative" / "No"; LOINC "Never": not the finding', () => {
    const epic = observation(
      { system: 'urn:oid:1.2.840.114350.1', code: 'ROS-DIP', display: 'Double vision' },
      {
        effectiveDateTime: '2026-11-24',
        valueCodeableConcept: {
          coding: [{ system: 'urn:oid:1.2.840.114350.2', code: '2', display: 'Negative' }],
          text: 'Negative',
        },
      },
    );
    const never = observation(DIPLOPIA, {
      valueCodeableConcept: { coding: [{ system: 'http://loinc.org', code: 'LA6270-8' }] },
    });
    for (const r of [epic, never]) expect(clean(r).urgency.level).toBe('none');
  });

  it('lab and vital-sign names, "stroke volume", a faint murmur, confusion about tablets: no finding', () => {
    const lab = (display: string, code = '718-7') =>
      observation(
        { system: 'http://loinc.org', code, display },
        { valueQuantity: { value: 13.6 } },
      );
    const a = clean(
      lab('Hemoglobin [Mass/volume] in Blood'),
      lab('Body mass index (BMI) [Ratio]', '39156-5'),
      lab('Left ventricular Stroke volume', '20562-5'),
      observation(
        { system: 'urn:local', code: 'm', display: 'Faint systolic murmur' },
        { valueBoolean: true },
      ),
      condition({ system: 'urn:local', code: 'c', display: 'Confusion about medication schedule' }),
    );
    expect(a.urgency.level).toBe('none');
    for (const m of ['cervical-manipulation', 'collar-zone-massage', 'back-massage'] as const)
      expect(verdict(a, m)).withContext(m).not.toBe('contraindicated');
  });

  it('an exam "normal" with no value, or "Denies double vision": not the finding, asked again', () => {
    const normal = observation(DIPLOPIA, { interpretation: [{ coding: [{ code: 'N' }] }] });
    const denies = observation(DIPLOPIA, { valueString: 'Denies double vision or slurred speech' });
    for (const r of [normal, denies])
      expect(read(screened(['diplopia'], r)).value.findings['diplopia']).toEqual({ present: null });
  });

  it('a visit of 2018 for tingling, a condition from age 40: old, not an emergency today', () => {
    const visit = {
      resourceType: 'Encounter',
      status: 'finished',
      class: { code: 'AMB' },
      subject,
      period: { start: '2018-03-02' },
      reasonCode: [{ text: 'Tingling in fingers' }],
    };
    const byAge = condition(
      { system: 'urn:local', code: 'mp', display: 'Numbness of left thigh' },
      { onsetAge: { value: 40, unit: 'a' } },
    );
    expect(read(screened(['numbness'], visit)).value.findings['numbness']).toEqual({
      present: true,
      onset: '2018-03-02',
    });
    expect(assess(read(screened(['numbness'], byAge)).value).urgency.level).not.toBe('emergency');
  });
});

describe('FHIR from EHRs: round 20, findings no longer hidden', () => {
  it('the finding as the value of a code that names none ("Neuro symptoms": Diplopia)', () => {
    const r = observation(
      { system: 'urn:oid:1.2.3.4', code: 'NEURO', display: 'Neuro symptoms' },
      { effectiveDateTime: '2026-11-24', valueCodeableConcept: { coding: [DIPLOPIA] } },
    );
    expect(assess(read(screened(['diplopia'], r)).value).urgency.level).toBe('emergency');
  });

  it("a visit's diagnosis named only in its reference's display", () => {
    const ed = {
      resourceType: 'Encounter',
      status: 'finished',
      class: { code: 'EMER' },
      subject,
      period: { start: '2026-11-23' },
      diagnosis: [
        { condition: { reference: 'Condition/x', display: 'Vertebral artery dissection, left' } },
      ],
    };
    expect(assess(read(screened(['vertebral-artery-dissection'], ed)).value).urgency.level).toBe(
      'emergency',
    );
  });

  it('an anticoagulant ordered (MedicationRequest) is taken: manipulation caution', () => {
    const order = {
      resourceType: 'MedicationRequest',
      status: 'active',
      intent: 'order',
      subject,
      medicationCodeableConcept: { text: 'Warfarin 5 mg tablet' },
      authoredOn: '2026-10-01',
    };
    expect(verdict(clean(order), 'cervical-manipulation')).toBe('caution');
    expect(read(screened([], { ...order, status: 'cancelled' })).value.medications).toEqual([]);
  });
});

describe('FHIR from EHRs: the review of rounds 19-20', () => {
  const warfarin = (more: object) => ({
    resourceType: 'MedicationRequest',
    intent: 'order',
    subject,
    medicationCodeableConcept: { text: 'Warfarin 5 mg tablet' },
    authoredOn: '2026-05-01',
    ...more,
  });

  it('a stopped order with no end date is still taken (cautious); a proposal is not', () => {
    expect(verdict(clean(warfarin({ status: 'stopped' })), 'cervical-manipulation')).toBe(
      'caution',
    );
    expect(
      read(screened([], warfarin({ status: 'active', intent: 'proposal' }))).value.medications,
    ).toEqual([]);
  });

  it('"No nystagmus", "Normal", "Absent bilaterally" are no; the red flag is not raised', () => {
    const nyst = { system: SCT, code: '563001', display: 'Nystagmus' };
    for (const v of ['No nystagmus', 'Normal', 'Absent bilaterally'])
      expect(clean(observation(nyst, { valueString: v })).urgency.level)
        .withContext(v)
        .toBe('none');
  });

  it('words: a stroke without transformation is a stroke; ruled out, suspected or heat stroke is not', () => {
    const text = (t: string) => condition({ system: 'urn:local', code: 'x', display: t });
    const stroke = (t: string) => read(screened(['stroke'], text(t))).value.findings['stroke'];
    expect(stroke('Acute ischaemic stroke without haemorrhagic transformation')).toBeTrue();
    for (const t of ['Dizziness, stroke ruled out', 'Suspected stroke', 'Heat stroke'])
      expect(stroke(t)).withContext(t).toBeUndefined();
  });

  it('a visit entered in error says nothing; a diagnosis that is a refuted Condition stays refuted', () => {
    const visit = (more: object) => ({
      resourceType: 'Encounter',
      class: { code: 'AMB' },
      subject,
      period: { start: '2026-11-20' },
      ...more,
    });
    const wrong = visit({ status: 'entered-in-error', reasonCode: [{ text: 'Double vision' }] });
    expect(clean(wrong).urgency.level).toBe('none');
    const refuted = condition(
      { system: SCT, code: '230730001' },
      { id: 'c1', verificationStatus: { coding: [{ code: 'refuted' }] } },
    );
    const dx = visit({
      status: 'finished',
      diagnosis: [
        { condition: { reference: 'Condition/c1', display: 'Vertebral artery dissection' } },
      ],
    });
    expect(
      read(screened([], refuted, dx)).value.findings['vertebral-artery-dissection'],
    ).toBeFalse();
  });

  it('a family-history code with a finding as its value is not the patient', () => {
    const fh = observation(
      { system: 'http://loinc.org', code: '10157-6', display: 'History of family member diseases' },
      { valueCodeableConcept: { coding: [{ system: SCT, code: '230690007', display: 'Stroke' }] } },
    );
    expect(read(screened(['stroke'], fh)).value.findings['stroke']).toBeUndefined();
  });

  it('a chief complaint in words, and an abnormal exam note, name their findings (present only)', () => {
    const complaint = observation(
      { system: 'http://loinc.org', code: '8661-1', display: 'Chief complaint' },
      {
        effectiveDateTime: '2026-11-25',
        valueString: 'Double vision since this morning, no headache',
      },
    );
    const c = read(screened(['diplopia', 'headache'], complaint)).value;
    expect(c.findings['diplopia']).toEqual({ present: true, onset: '2026-11-25' });
    expect(c.findings['headache']).toBeUndefined();
    const exam = observation(
      { system: 'http://loinc.org', code: '8709-8', display: 'Neurological exam' },
      {
        effectiveDateTime: '2026-11-25',
        interpretation: [{ coding: [{ code: 'A' }] }],
        note: [{ text: 'Left-beating nystagmus, ataxic gait' }],
      },
    );
    const e = read(screened(['nystagmus', 'ataxia'], exam)).value;
    for (const f of ['nystagmus', 'ataxia'])
      expect(e.findings[f])
        .withContext(f)
        .toEqual(jasmine.objectContaining({ present: true, onset: '2026-11-25' }));
  });
});
