/**
 * Neck trauma from an EHR (round 22's C2, C3): an emergency-department visit codes whiplash or a
 * sprain of the cervical spine as a Condition, never as the app's `recent-neck-trauma`. One of
 * the last four weeks is recent neck trauma; a triad feature after it is an emergency (§9).
 */
import { assess } from '../assess';
import { caseOf, condition, present, SCT } from '../testing/fhir-ehr-fixtures';

const ICD = 'http://hl7.org/fhir/sid/icd-10-cm';
const SPRAIN = { system: ICD, code: 'S13.4XXA', display: 'Sprain of ligaments of cervical spine' };
const WHIPLASH = { system: SCT, code: '39848009', display: 'Whiplash injury to neck' };
const DIZZY = condition(
  { system: ICD, code: 'R42', display: 'Dizziness and giddiness' },
  {
    onsetDateTime: '2026-11-22',
  },
);
const OMIT = ['recent-neck-trauma', 'neck-injury', 'dizziness'];

describe('FHIR from EHRs: neck trauma as a Condition', () => {
  it('a cervical sprain or whiplash of last week, then dizziness: recent neck trauma, an emergency', () => {
    for (const code of [SPRAIN, WHIPLASH]) {
      const c = caseOf(OMIT, condition(code, { onsetDateTime: '2026-11-20' }), DIZZY);
      expect(present(c.findings['recent-neck-trauma'])).withContext(code.code).toBeTrue();
      expect(present(c.findings['neck-injury'])).withContext(code.code).toBeTrue();
      expect(assess(c).urgency.level).withContext(code.code).toBe('emergency');
    }
  });

  it('a fracture of C2 of last week is neck trauma; a lumbar fracture is not', () => {
    const c2 = condition(
      { system: ICD, code: 'S12.100A', display: 'Fracture of second cervical vertebra' },
      { onsetDateTime: '2026-11-21' },
    );
    expect(present(caseOf(OMIT, c2, DIZZY).findings['recent-neck-trauma'])).toBeTrue();
    const lumbar = {
      resourceType: 'Condition',
      subject: { reference: 'Patient/p1' },
      code: { text: 'Compression fracture of L1 vertebra' },
      onsetDateTime: '2026-11-21',
    };
    const c = caseOf([...OMIT, 'fracture-or-ligament-instability'], lumbar, DIZZY);
    expect(present(c.findings['recent-neck-trauma'])).toBeUndefined();
  });

  it('a whiplash of two years ago is a neck injury, not recent trauma', () => {
    const c = caseOf(OMIT, condition(WHIPLASH, { onsetDateTime: '2024-10-01' }), DIZZY);
    expect(present(c.findings['neck-injury'])).toBeTrue();
    expect(present(c.findings['recent-neck-trauma'])).toBeUndefined();
    expect(assess(c).urgency.level).not.toBe('emergency');
  });

  it('a whiplash with no date leaves recent trauma unknown (asked, never absent)', () => {
    const c = caseOf(OMIT, condition(WHIPLASH), DIZZY);
    expect(c.findings['recent-neck-trauma']).toBeDefined();
    expect(present(c.findings['recent-neck-trauma'])).toBeNull();
    // Recorded yesterday, onset not given: the injury may be of 2019 (round 33): asked.
    const recorded = caseOf(OMIT, condition(WHIPLASH, { recordedDate: '2026-11-25' }), DIZZY);
    expect(present(recorded.findings['recent-neck-trauma'])).toBeNull();
    expect(assess(recorded).urgency.level).not.toBe('emergency');
  });

  it('an injury named in words, or open since last week, or a visit for whiplash (round 33)', () => {
    for (const text of [
      'Sprain of neck',
      'Strain of neck muscle',
      'Hyperextension injury of cervical spine',
      'Cervical strain (MVA)',
      'Injury of neck',
    ]) {
      const c = caseOf(
        OMIT,
        { ...condition({}), code: { text }, onsetDateTime: '2026-11-19' },
        DIZZY,
      );
      expect(present(c.findings['neck-injury'])).withContext(text).toBeTrue();
      expect(present(c.findings['recent-neck-trauma'])).withContext(text).toBeTrue();
    }
    const open = caseOf(OMIT, condition(WHIPLASH, { onsetPeriod: { start: '2026-11-16' } }), DIZZY);
    expect(present(open.findings['recent-neck-trauma'])).toBeTrue();
    const visit = {
      resourceType: 'Encounter',
      status: 'finished',
      class: { code: 'EMER' },
      subject: { reference: 'Patient/p1' },
      period: { start: '2026-11-23T10:00:00Z' },
      reasonCode: [{ coding: [SPRAIN] }],
    };
    const v = caseOf(OMIT, visit, DIZZY);
    expect(present(v.findings['recent-neck-trauma'])).toBeTrue();
  });

  it('a refuted whiplash is no trauma', () => {
    const refuted = {
      verificationStatus: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
            code: 'refuted',
          },
        ],
      },
      onsetDateTime: '2026-11-20',
    };
    const c = caseOf(OMIT, condition(WHIPLASH, refuted), DIZZY);
    expect(present(c.findings['recent-neck-trauma'])).toBeUndefined();
  });
});

describe('FHIR from EHRs: anticoagulants by code alone (round 33)', () => {
  const order = (medication: object) => ({
    resourceType: 'MedicationStatement',
    status: 'active',
    subject: { reference: 'Patient/p1' },
    effectivePeriod: { start: '2026-10-01' },
    ...medication,
  });
  it('an ATC or RxNorm code with no name, or a Medication referenced by its version', () => {
    const atc = caseOf(
      ['anticoagulants'],
      order({
        medicationCodeableConcept: {
          coding: [{ system: 'http://www.whocc.no/atc', code: 'B01AF02' }],
        },
      }),
    );
    expect(assess(atc).modalities['cervical-manipulation'].verdict).toBe('caution');
    expect(atc.medications?.map((m) => m.name)).toEqual(['anticoagulant (ATC B01AF02)']);
    const rx = caseOf(
      ['anticoagulants'],
      order({
        medicationCodeableConcept: {
          coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '11289' }],
        },
      }),
    );
    expect(rx.medications?.map((m) => m.name)).toEqual(['warfarin']);
    const versioned = caseOf(
      ['anticoagulants'],
      { resourceType: 'Medication', id: 'm1', code: { text: 'Apixaban 5 mg tablet' } },
      order({ medicationReference: { reference: 'Medication/m1/_history/2' } }),
    );
    expect(versioned.medications?.map((m) => m.name)).toEqual(['Apixaban 5 mg tablet']);
    // Aspirin by ATC (B01AC, an antiplatelet) is no anticoagulant.
    const asa = caseOf(
      ['anticoagulants'],
      order({
        medicationCodeableConcept: {
          coding: [{ system: 'http://www.whocc.no/atc', code: 'B01AC06' }],
        },
      }),
    );
    expect(asa.medications?.map((m) => m.name)).toEqual(['unnamed medication']);
  });
});
