/**
 * FHIR from EHRs, second pass (the code review of round 18's fixes): codes broader than their
 * finding, words that name the wrong region or modality, attachments by address, questions
 * about relatives, nested answers, partial start dates, malformed JSON.
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
import { bundleToCase } from './from-fhir';

const report = (extra: object) => ({
  resourceType: 'DiagnosticReport',
  status: 'final',
  subject,
  effectiveDateTime: '2026-11-20',
  ...extra,
});

describe('FHIR from EHRs: what the review of the reader found', () => {
  it('a "no" to a code broader or narrower than the finding leaves it unknown', () => {
    const aneurysm = condition(
      { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I72.6' },
      { verificationStatus: { coding: [{ code: 'refuted' }] } },
    );
    const c = read(screened(['vertebral-artery-dissection'], aneurysm)).value;
    expect(c.findings['vertebral-artery-dissection']).toEqual({ present: null });
    const blurred = observation({ system: SCT, code: '246636008' }, { valueBoolean: false });
    const v = read(screened(['visual-disturbance'], blurred)).value;
    expect(v.findings['visual-disturbance']).toEqual({ present: null });
    // The same codes answered "yes" are the finding.
    const yes = observation({ system: SCT, code: '246636008' }, { valueBoolean: true });
    expect(
      read(screened(['visual-disturbance'], yes)).value.findings['visual-disturbance'],
    ).toBeTrue();
  });

  it('only the study name makes a report one of the cervical spine, not words in its text', () => {
    const pelvis = report({
      category: [
        { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'RAD' }] },
      ],
      code: { text: 'MRI pelvis' },
      conclusion: 'Cervical carcinoma stage IB. No nodes.',
    });
    // A pelvic MRI is not one of this screen's studies at all (another part of the body).
    const studies = read(screened([], pelvis)).value.imaging!;
    expect(studies.map((x) => x.region)).toEqual(['cervical-spine']);
    const lab = report({
      code: { text: 'Chlamydia trachomatis PCR (Ct)' },
      conclusion: 'Cervical swab: not detected.',
    });
    expect(read(screened([], lab)).value.imaging!.length).toBe(1);
    const film = report({
      code: { text: 'Lateral radiograph' },
      conclusion: 'Mr Smith. Lateral radiograph of the cervical spine: normal.',
    });
    expect(read(screened([], film)).value.imaging![1]!.modality).toBe('xray');
  });

  it('a report given only as an address, or with no text, is held as not machine-read', () => {
    const byUrl = report({
      code: { text: 'XR cervical spine' },
      presentedForm: [{ contentType: 'application/pdf', url: 'Binary/1' }],
    });
    const c = read(screened([], byUrl)).value;
    expect(c.imaging![1]!.report).toContain('not read');
    expect(assess(c).warnings.map((w) => w.code)).toContain('report-not-read');
    const empty = read(screened([], report({ code: { text: 'CT head' } }))).value;
    expect(assess(empty).warnings.map((w) => w.code)).toContain('report-not-read');
  });

  it('questions about relatives are not the patient; nested and coded answers are read', () => {
    const qr = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      subject,
      item: [
        {
          linkId: 'f',
          text: 'Has anyone in your family had a stroke?',
          answer: [{ valueBoolean: true }],
        },
        {
          linkId: 'eyes',
          text: 'Any eye problems?',
          answer: [
            {
              valueBoolean: true,
              item: [{ linkId: 'd', text: 'Double vision?', answer: [{ valueBoolean: true }] }],
            },
          ],
        },
        {
          linkId: 'which',
          text: 'Which symptoms?',
          answer: [{ valueCoding: { system: SCT, code: '271594007' } }],
        },
      ],
    };
    const c = read(screened(['stroke', 'diplopia', 'syncope'], qr)).value;
    expect(c.findings['stroke']).toBeUndefined();
    expect(c.findings['diplopia']).toBeTrue();
    expect(c.findings['syncope']).toBeTrue();
  });

  it('a manipulation named in words in either order, or of "the spine", is a neck manipulation', () => {
    const proc = (text: string, site?: string) => ({
      resourceType: 'Procedure',
      status: 'completed',
      subject,
      code: { text },
      ...(site ? { bodySite: [{ text: site }] } : {}),
      performedDateTime: '2026-11-20',
    });
    for (const p of [
      proc('Manipulation of cervical spine'),
      proc('Chiropractic adjustment'),
      proc('Spinal manipulation', 'Spine'),
    ])
      expect(
        read(screened(['recent-cervical-manipulation'], p)).value.findings[
          'recent-cervical-manipulation'
        ],
      )
        .withContext(p.code.text)
        .toEqual({ present: true, onset: '2026-11-20' });
    const lumbar = read(
      screened(['recent-cervical-manipulation'], proc('Spinal manipulation', 'Lumbar spine')),
    ).value;
    expect(lumbar.findings['recent-cervical-manipulation']).toBeUndefined();
  });

  it('a painkiller started in a month is counted from its first day (the longer run)', () => {
    const c = read(
      screened([], {
        resourceType: 'MedicationStatement',
        status: 'active',
        subject,
        medicationCodeableConcept: { text: 'ibuprofen' },
        effectivePeriod: { start: '2026-11' },
      }),
    ).value;
    expect(c.medications![0]!.start).toBe('2026-11-01');
    expect(assess(c).course.flags.map((f) => f.rule)).toContain('COURSE-ANALGESICS-4-DAYS');
  });

  it('JSON of the wrong shape is an error naming the Bundle, never an exception', () => {
    for (const bad of [
      { link: {} },
      { entry: [{ resource: { resourceType: 'Patient', id: 'p1', name: {} } }] },
      {
        entry: [
          { resource: { resourceType: 'Patient', id: 'p1' } },
          { resource: { resourceType: 'Condition', subject, code: { coding: {} } } },
        ],
      },
      {
        entry: [
          { resource: { resourceType: 'Patient', id: 'p1' } },
          { resource: report({ conclusion: 5, presentedForm: {} }) },
        ],
      },
    ])
      expect(() =>
        bundleToCase({ resourceType: 'Bundle', type: 'collection', entry: [], ...bad }),
      ).not.toThrow();
  });

  it('an included entry before the Patient does not shift which entry is the Patient', () => {
    const b = screened(['stroke'], condition({ system: SCT, code: '230690007' }));
    b.entry!.unshift({
      resource: { resourceType: 'Provenance', id: 'x' } as never,
      search: { mode: 'include' },
    });
    expect(read(b).value.findings['stroke']).toBeTrue();
    expect(verdict(assess(read(b).value), 'cervical-manipulation')).toBe('contraindicated');
  });
});
