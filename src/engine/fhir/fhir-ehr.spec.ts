/**
 * FHIR as EHRs send it (safety review round 18): each case is one of the review's minimal
 * inputs beside a fully screened patient (every finding answered "no", a clean cervical
 * X-ray), and the least cautious output the rules accept, or a bound for a false alarm.
 */
import {
  assessed,
  CLIN,
  condition,
  observation,
  ON,
  read,
  SCT,
  screened,
  subject,
  verdict,
} from '../testing/fhir-ehr-fixtures';
import { bundleToCase } from './from-fhir';
import { formatErrors } from '../validate';

describe('FHIR from EHRs: imaging reports', () => {
  const text =
    'Acute infarct in the left cerebellar hemisphere. Dissection of the left vertebral artery at V3.';

  it('a report coded by LOINC only is read (modality and region from its words)', () => {
    const b = screened([], {
      resourceType: 'DiagnosticReport',
      status: 'final',
      subject,
      code: { coding: [{ system: 'http://loinc.org', code: '24590-2', display: 'MR Brain' }] },
      effectiveDateTime: '2026-11-24',
      conclusion: text,
    });
    const study = read(b).value.imaging!.find((s) => s.date === '2026-11-24')!;
    expect([study.modality, study.region]).toEqual(['mri', 'head']);
    expect(assessed(b).urgency.level).toBe('emergency');
  });

  it('a one-line conclusion does not hide the full report in the attachment', () => {
    const b = screened([], {
      resourceType: 'DiagnosticReport',
      status: 'final',
      subject,
      code: { coding: [{ system: 'urn:vas-dashboard:imaging', code: 'mri' }] },
      extension: [{ url: 'urn:vas-dashboard:ext:imaging-region', valueCode: 'head' }],
      effectiveDateTime: '2026-11-24',
      conclusion: 'See full report.',
      presentedForm: [{ contentType: 'text/html', data: btoa(`<p>${text}</p>`) }],
    });
    expect(read(b).value.imaging![1]!.report).toContain('Dissection of the left vertebral artery');
    expect(assessed(b).urgency.level).toBe('emergency');
  });

  it('a conclusion code of VA dissection (SNOMED 230730001, brief §7) is a finding', () => {
    const b = screened(['vertebral-artery-dissection'], {
      resourceType: 'DiagnosticReport',
      status: 'final',
      subject,
      code: { coding: [{ system: 'http://loinc.org', code: '24935-9' }] },
      effectiveDateTime: '2026-11-24',
      conclusionCode: [{ coding: [{ system: SCT, code: '230730001' }] }],
    });
    expect(verdict(assessed(b), 'cervical-manipulation')).toBe('contraindicated');
  });

  it('a lab report is named in a warning, not a reason to refuse the record', () => {
    const r = read(
      screened([], {
        resourceType: 'DiagnosticReport',
        status: 'final',
        subject,
        code: { coding: [{ system: 'http://loinc.org', code: '58410-2', display: 'CBC panel' }] },
      }),
    );
    expect(r.warnings.some((w) => w.includes('not an imaging report'))).toBeTrue();
  });
});

describe('FHIR from EHRs: statuses, versions, paging', () => {
  it('an inactive dissection with no verification status is a past dissection, not absent', () => {
    const b = screened(
      ['vertebral-artery-dissection'],
      condition(
        { system: 'urn:vas-dashboard:finding', code: 'vertebral-artery-dissection' },
        {
          clinicalStatus: { coding: [{ system: CLIN, code: 'inactive' }] },
          onsetDateTime: '2026-09-01',
        },
      ),
    );
    expect(verdict(assessed(b), 'cervical-manipulation')).toBe('contraindicated');
  });

  it('a refuted status in the STU3 system is refuted; a resolved infection is asked again', () => {
    const refuted = screened(
      ['malignancy'],
      condition(
        { system: 'urn:vas-dashboard:finding', code: 'malignancy' },
        {
          verificationStatus: {
            coding: [{ system: 'http://hl7.org/fhir/condition-ver-status', code: 'refuted' }],
          },
        },
      ),
    );
    expect(read(refuted).value.findings['malignancy']).toBeFalse();
    const infection = screened(
      ['infection'],
      condition(
        { system: 'urn:vas-dashboard:finding', code: 'infection' },
        { clinicalStatus: { coding: [{ system: CLIN, code: 'resolved' }] } },
      ),
    );
    expect(verdict(assessed(infection), 'back-massage')).toBe('not-cleared');
  });

  it('an entered-in-error record is no answer: the finding stays unknown (not cleared)', () => {
    const wrongNo = screened(
      ['diplopia'],
      observation(
        { system: SCT, code: '24982008' },
        { status: 'entered-in-error', valueBoolean: false },
      ),
    );
    expect(read(wrongNo).value.findings['diplopia']).toBeUndefined();
    expect(verdict(assessed(wrongNo), 'back-massage')).toBe('not-cleared');
    const wrongYes = screened(
      [],
      observation(
        { system: SCT, code: '24982008' },
        { status: 'entered-in-error', valueBoolean: true },
      ),
    );
    expect(assessed(wrongYes).urgency.level).toBe('none');
  });

  it('of two versions of one resource only the latest is read', () => {
    const v = (n: string, value: boolean) =>
      observation(
        { system: SCT, code: '24982008' },
        { id: 'dip', meta: { versionId: n }, valueBoolean: value, effectiveDateTime: '2026-11-24' },
      );
    expect(
      read(screened(['diplopia'], v('2', false), v('1', true))).value.findings['diplopia'],
    ).toEqual({
      present: false,
      onset: '2026-11-24',
    });
  });

  it('one page of a search is refused, naming Bundle.link', () => {
    const b = screened([]);
    b.link = [{ relation: 'next', url: 'Observation?page=2' }];
    const r = bundleToCase(b);
    expect(r.ok ? '' : formatErrors(r.errors)).toContain('Bundle.link');
  });
});

describe('FHIR from EHRs: codes, values, dates, references', () => {
  it('ICD-10, ICD-10-CM and words name a dissection', () => {
    for (const code of [
      { system: 'http://hl7.org/fhir/sid/icd-10', code: 'I72.6' },
      { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I77.74' },
      { system: 'urn:local', code: 'X1', display: 'Vertebral artery dissection' },
    ]) {
      const b = screened(
        ['vertebral-artery-dissection'],
        condition(code, { onsetDateTime: '2026-11-20' }),
      );
      expect(assessed(b).urgency.level).withContext(code.code).toBe('emergency');
    }
  });

  it('a coded "yes" answer, a partial onset and a time zone ahead are read, not refused', () => {
    const b = screened(
      ['diplopia', 'stroke'],
      observation(
        { system: SCT, code: '24982008' },
        { valueCodeableConcept: { coding: [{ system: SCT, code: '373066001', display: 'Yes' }] } },
      ),
      condition({ system: SCT, code: '230690007' }, { onsetDateTime: '2026-10' }),
    );
    const c = read(b).value;
    expect(c.findings['diplopia']).toBeTrue();
    expect(c.findings['stroke']).toEqual({ present: true, onset: '2026-10-31' });
  });

  it('the most recent onset wins, whatever the order; an undated entry wins over dated ones', () => {
    const stroke = (onset?: string) =>
      condition({ system: SCT, code: '230690007' }, onset ? { onsetDateTime: onset } : {});
    const a = read(screened(['stroke'], stroke('2026-10-01'), stroke('2015-03-01'))).value;
    const b = read(screened(['stroke'], stroke('2015-03-01'), stroke('2026-10-01'))).value;
    expect(a.findings['stroke']).toEqual({ present: true, onset: '2026-10-01' });
    expect(b.findings['stroke']).toEqual(a.findings['stroke']!);
    expect(
      read(screened(['stroke'], stroke(), stroke('2024-01-01'))).value.findings['stroke'],
    ).toBeTrue();
  });

  it('a chiropractic manipulation (CPT) is a recent manipulation; one not done is nothing', () => {
    const cmt = (status: string) => ({
      resourceType: 'Procedure',
      status,
      subject,
      code: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '98940' }] },
      performedDateTime: '2026-11-20',
    });
    const done = read(screened(['recent-cervical-manipulation'], cmt('completed'))).value;
    expect(done.findings['recent-cervical-manipulation']).toEqual({
      present: true,
      onset: '2026-11-20',
    });
    const notDone = read(screened(['recent-cervical-manipulation'], cmt('not-done'))).value;
    expect(notDone.findings['recent-cervical-manipulation']).toBeUndefined();
  });

  it('a medication by reference to a contained Medication keeps its name', () => {
    const c = read(
      screened([], {
        resourceType: 'MedicationStatement',
        status: 'active',
        subject,
        contained: [{ resourceType: 'Medication', id: 'm', code: { text: 'Warfarin 5 mg' } }],
        medicationReference: { reference: '#m' },
      }),
    ).value;
    expect(c.medications!.map((m) => m.name)).toContain('Warfarin 5 mg');
  });

  it('a version-specific subject is this patient; a subject by identifier alone is refused', () => {
    const mine = condition({ system: SCT, code: '230690007' });
    expect(
      read(screened(['stroke'], { ...mine, subject: { reference: 'Patient/p1/_history/3' } })).value
        .findings['stroke'],
    ).toBeTrue();
    const r = bundleToCase(
      screened(['stroke'], { ...mine, subject: { identifier: { value: 'MRN-999' } } }),
    );
    expect(r.ok ? '' : formatErrors(r.errors)).toContain('no reference');
  });

  it("another system's RiskAssessment does not set the assessment date", () => {
    const b = screened([], {
      resourceType: 'RiskAssessment',
      status: 'final',
      subject,
      occurrenceDateTime: '2019-01-01',
    });
    expect(read(b).value.assessedOn).toBe(ON);
  });

  it('an intake questionnaire answers findings by item id or by its words', () => {
    const qr = (linkId: string, text: string, answer: object) => ({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      subject,
      item: [{ linkId, text, answer: [answer] }],
    });
    const c = read(
      screened(
        ['diplopia', 'syncope'],
        qr('q1', 'Double vision in the last 2 weeks?', { valueBoolean: true }),
        qr('syncope', 'Fainting?', { valueCoding: { system: SCT, code: '373067005' } }),
      ),
    ).value;
    expect(c.findings['diplopia']).toBeTrue();
    expect(c.findings['syncope']).toBeFalse();
  });
});
