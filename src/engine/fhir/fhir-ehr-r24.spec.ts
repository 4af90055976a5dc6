/**
 * FHIR from EHRs, round 24: the neighbours of round 22's fixes. Visit reasons that deny a
 * finding or name a stroke service, "neck" of a femur, active cancer with a history, panels
 * flagged normal, Medications by full URL, the reason for a study among its results.
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

const ICD = 'http://hl7.org/fhir/sid/icd-10-cm';
const NEG = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  code: 'NEG',
};
const visit = (display: string, reference = 'Condition/not-sent') => ({
  resourceType: 'Encounter',
  status: 'finished',
  class: { code: 'EMER' },
  subject,
  period: { start: '2026-11-24T20:00:00Z' },
  reasonReference: [{ reference, display }],
});
const MODS = ['cervical-manipulation', 'collar-zone-massage', 'back-massage'] as const;

describe('FHIR from EHRs: round 24', () => {
  it('a visit reason that denies the finding, or names a stroke service, is no finding', () => {
    for (const display of [
      'Diplopia: none',
      'Nystagmus - absent',
      'Stroke rule-out',
      'Code stroke, stood down - migraine',
      'Stroke prevention - atrial fibrillation review',
      'Stroke alert cancelled',
    ]) {
      const a = assess(caseOf([], visit(display)));
      expect(a.urgency.level).withContext(display).toBe('none');
      for (const m of MODS) expect(verdict(a, m)).withContext(`${display}: ${m}`).toBe('clear');
    }
    // A reason that names one: still read.
    expect(assess(caseOf(['diplopia'], visit('Double vision'))).urgency.level).toBe('emergency');
  });

  it('a versioned reference to a refuted Condition is that Condition', () => {
    const refuted = {
      ...condition({ system: SCT, code: '230730001', display: 'Vertebral artery dissection' }),
      id: 'c-ref',
      verificationStatus: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'refuted' },
        ],
      },
    };
    const a = assess(
      caseOf([], refuted, visit('Vertebral artery dissection', 'Condition/c-ref/_history/2')),
    );
    expect(a.urgency.level).toBe('none');
  });

  it('"neck" of a femur or humerus, a cyst of the vocal cord, a naevus of the neck: not the spine', () => {
    for (const display of [
      'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture',
      'Fracture of surgical neck of humerus',
      'Cyst of vocal cord',
      'Other benign neoplasm of skin of scalp and neck',
      'Sebaceous cyst of neck',
    ]) {
      const a = assess(caseOf([], condition({ system: 'urn:local', code: 'x', display })));
      for (const m of MODS)
        expect(verdict(a, m)).withContext(`${display}: ${m}`).not.toBe('contraindicated');
    }
    for (const display of ['Fracture of C2', 'Cervical spine fracture', 'Odontoid fracture']) {
      const a = assess(caseOf([], condition({ system: 'urn:local', code: 'x', display })));
      expect(verdict(a, 'cervical-manipulation')).withContext(display).toBe('contraindicated');
    }
  });

  it('a cancer with a history but active now is active; metastases to the spine are a spinal tumour', () => {
    for (const display of [
      'Breast cancer in remission with bone metastases',
      'Recurrence of previous breast cancer',
      'Hx of breast cancer - currently on chemotherapy',
      'Prior lung cancer, now metastatic to brain',
    ]) {
      const c = caseOf([], condition({ system: 'urn:local', code: 'x', display }));
      expect(present(c.findings['malignancy'])).withContext(display).toBe(true);
    }
    const spine = caseOf(
      [],
      condition({ system: 'urn:local', code: 'x', display: 'Metastatic disease to the spine' }),
    );
    expect(verdict(assess(spine), 'back-massage')).toBe('contraindicated');
    // A history alone stays a history (caution).
    const past = caseOf(
      [],
      condition({ system: 'urn:local', code: 'x', display: 'History of breast cancer' }),
    );
    expect(present(past.findings['malignancy-history'])).toBe(true);
  });

  it('a panel flagged normal whose items have no value, a named value flagged NEG: no emergency', () => {
    const panel = observation(
      { system: 'http://loinc.org', code: '8709-8', display: 'Neurological exam' },
      {
        interpretation: [{ coding: [{ ...NEG, code: 'N' }] }],
        component: [
          { code: { coding: [{ system: SCT, code: '24982008', display: 'Diplopia' }] } },
          { code: { coding: [{ system: SCT, code: '8011004', display: 'Dysarthria' }] } },
        ],
      },
    );
    const named = observation(
      { system: 'urn:local', code: 'neuro', display: 'Neuro symptoms' },
      {
        valueCodeableConcept: { coding: [{ system: SCT, code: '24982008', display: 'Diplopia' }] },
        interpretation: [{ coding: [NEG] }],
      },
    );
    for (const r of [panel, named]) {
      const a = assess(caseOf(['diplopia', 'dysarthria'], r));
      expect(a.urgency.level).withContext(JSON.stringify(r)).toBe('none');
    }
  });

  it('a Medication by its full URL (two servers, same id; no id at all) names the right drug', () => {
    const statement = (reference: string) => ({
      resourceType: 'MedicationStatement',
      status: 'active',
      subject,
      medicationReference: { reference },
      effectivePeriod: { start: '2026-01-01' },
    });
    const med = (text: string, id?: string) => ({
      resourceType: 'Medication',
      ...(id ? { id } : {}),
      code: { text },
    });
    const two = screened([], statement('https://a.example/fhir/Medication/m1'));
    two.entry!.push(
      {
        fullUrl: 'https://a.example/fhir/Medication/m1',
        resource: med('Warfarin 5 mg', 'm1') as never,
      },
      {
        fullUrl: 'https://b.example/fhir/Medication/m1',
        resource: med('Paracetamol 500 mg', 'm1') as never,
      },
    );
    const noId = screened([], statement('Medication/m7'));
    noId.entry!.push({
      fullUrl: 'https://ehr.example/fhir/Medication/m7',
      resource: med('Apixaban 5 mg') as never,
    });
    for (const b of [two, noId])
      expect(verdict(assess(read(b).value), 'cervical-manipulation')).toBe('caution');
  });

  it("the reason for a study among a report's results is not a finding of the report", () => {
    const reason = {
      resourceType: 'Observation',
      id: 'why',
      status: 'final',
      subject,
      code: {
        coding: [{ system: 'http://loinc.org', code: '55752-0', display: 'Clinical information' }],
      },
      valueCodeableConcept: { text: 'Rule out vertebral artery dissection' },
    };
    const impression = {
      resourceType: 'Observation',
      id: 'imp',
      status: 'final',
      subject,
      code: { coding: [{ system: 'http://loinc.org', code: '19005-8', display: 'Impression' }] },
      valueCodeableConcept: { text: 'No abnormality detected. Both vertebral arteries patent.' },
    };
    const report = {
      resourceType: 'DiagnosticReport',
      status: 'final',
      subject,
      category: [{ coding: [{ system: 'http://loinc.org', code: 'LP29684-5' }] }],
      code: { text: 'CTA head and neck' },
      effectiveDateTime: '2026-11-24',
      conclusion: 'See result.',
      result: [{ reference: 'Observation/why' }, { reference: 'Observation/imp' }],
    };
    const a = assess(caseOf([], reason, impression, report));
    for (const m of MODS) expect(verdict(a, m)).withContext(m).toBe('clear');
  });

  it('a smoker who stopped, a thyroid removed: asked again; a LOINC "Current every day smoker" is read', () => {
    const stopped = condition(
      { system: SCT, code: '77176002', display: 'Smoker' },
      { clinicalStatus: { coding: [{ system: CLIN, code: 'inactive' }] } },
    );
    const thyroid = condition(
      { system: ICD, code: 'E04.1', display: 'Nontoxic single thyroid nodule' },
      { clinicalStatus: { coding: [{ system: CLIN, code: 'resolved' }] } },
    );
    const c = caseOf(['smoking', 'thyroid-disease'], stopped, thyroid);
    expect(present(c.findings['smoking'])).toBeNull();
    expect(present(c.findings['thyroid-disease'])).toBeNull();
    const status = observation(
      { system: 'http://loinc.org', code: '72166-2', display: 'Tobacco smoking status' },
      {
        valueCodeableConcept: {
          coding: [
            { system: 'http://loinc.org', code: 'LA18976-3', display: 'Current every day smoker' },
          ],
        },
      },
    );
    expect(present(caseOf([], status).findings['smoking'])).toBe(true);
  });
});

describe("FHIR from EHRs: ptosis and miosis recorded apart are Horner's signs", () => {
  const ptosis = condition(
    { system: SCT, code: '11934000', display: 'Ptosis of eyelid' },
    { onsetDateTime: '2026-11-23' },
  );
  const miosis = condition(
    { system: SCT, code: '37125009', display: 'Miosis' },
    { onsetDateTime: '2026-11-23' },
  );
  it('both: present (an emergency when recent); one alone: not', () => {
    const both = caseOf(['horner-signs'], ptosis, miosis);
    expect(present(both.findings['horner-signs'])).toBe(true);
    expect(assess(both).urgency.level).toBe('emergency');
    expect(present(caseOf(['horner-signs'], ptosis).findings['horner-signs'])).toBeUndefined();
    const resolved = {
      ...miosis,
      clinicalStatus: { coding: [{ system: CLIN, code: 'resolved' }] },
    };
    expect(
      present(caseOf(['horner-signs'], ptosis, resolved).findings['horner-signs']),
    ).toBeUndefined();
  });
});

describe('FHIR from EHRs: code review of rounds 22-24', () => {
  const named = (display: string) => condition({ system: 'urn:local', code: 'x', display });
  it('a cervical fracture in words still contraindicates manipulation', () => {
    for (const display of [
      'Cervical fracture',
      "Hangman's fracture",
      'Jefferson fracture',
      'Fracture of neck',
      'Neck fracture after fall',
    ])
      expect(verdict(assess(caseOf([], named(display))), 'cervical-manipulation'))
        .withContext(display)
        .toBe('contraindicated');
  });

  it('an active cancer whose words hold "treated" or "resolved" stays active', () => {
    for (const display of [
      'Multiple myeloma, being treated',
      'Prostate cancer treated with hormone therapy',
      'Lung cancer, prior to surgery',
      'Lung cancer; cough resolved',
    ])
      expect(present(caseOf([], named(display)).findings['malignancy']))
        .withContext(display)
        .toBe(true);
  });

  it('a question or a reason is no finding; a red flag with "nil by mouth" or "none at rest" is', () => {
    const indication = observation(
      { system: 'http://loinc.org', code: '18785-6', display: 'Indications for study' },
      { valueCodeableConcept: { text: 'Vertebral artery dissection' } },
    );
    expect(assess(caseOf([], indication)).urgency.level).toBe('none');
    for (const display of [
      'Dysphagia - nil by mouth',
      'Diplopia - none at rest, on lateral gaze',
    ]) {
      const a = assess(caseOf(['dysphagia', 'diplopia'], visit(display)));
      expect(a.urgency.level).withContext(display).toBe('emergency');
    }
  });

  it('a stroke named with its pathway stays a stroke; a former smoker is no smoker', () => {
    const a = assess(caseOf([], visit('Acute stroke protocol activated')));
    expect(verdict(a, 'cervical-manipulation')).toBe('contraindicated');
    const c = caseOf(['smoking'], named('Former heavy smoker, quit 2015'));
    expect(present(c.findings['smoking'])).toBeUndefined();
  });
});
