/**
 * FHIR from EHRs, round 19 (a second review of the rewritten reader): answers in words, panels,
 * results and documents, words that deny or speak of relatives, more EHR shapes.
 */
import { assess } from '../assess';
import { condition, observation, read, SCT, screened, subject } from '../testing/fhir-ehr-fixtures';

const DIPLOPIA = { system: SCT, code: '24982008', display: 'Diplopia' };
const valued = (more: object) =>
  observation(DIPLOPIA, { effectiveDateTime: '2026-11-22', ...more });
const diplopiaOf = (...added: object[]) =>
  read(screened(['diplopia'], ...added)).value.findings['diplopia'];

describe('FHIR from EHRs: round 19', () => {
  it('a value in words is an answer only when it is one; free text about a red flag is the flag', () => {
    expect(
      diplopiaOf(valued({ valueString: 'Not present at rest, present on lateral gaze' })),
    ).toEqual({
      present: true,
      onset: '2026-11-22',
    });
    expect(diplopiaOf(valued({ valueString: 'Never' }))).toEqual({
      present: false,
      onset: '2026-11-22',
    });
    expect(diplopiaOf(valued({ valueString: 'Not assessed' }))).toEqual({
      present: null,
      onset: '2026-11-22',
    });
    const loincNo = valued({
      valueCodeableConcept: { coding: [{ system: 'http://loinc.org', code: 'LA32-8' }] },
    });
    expect(diplopiaOf(loincNo)).toEqual({ present: false, onset: '2026-11-22' });
  });

  it('each component of a panel (a neurological examination) is read', () => {
    const panel = observation(
      { system: 'urn:local', code: 'NEURO', display: 'Neuro exam' },
      { component: [{ code: { coding: [DIPLOPIA] }, valueBoolean: true }] },
    );
    expect(diplopiaOf(panel)).toBeTrue();
  });

  it('words that deny, doubt or speak of relatives are not the finding; two findings in words are both read', () => {
    const text = (t: string) => condition({ system: 'urn:local', code: 'x', display: t });
    for (const t of [
      'Patient denies diplopia',
      'FH: stroke',
      'Stroke in father',
      'Fear of stroke',
    ]) {
      const f = read(screened(['diplopia', 'stroke'], text(t))).value.findings;
      expect([f['diplopia'], f['stroke']]).withContext(t).toEqual([undefined, undefined]);
    }
    const both = read(
      screened(
        ['vertebral-artery-dissection', 'stroke'],
        text('Right vertebral artery dissection with cerebellar infarct'),
      ),
    ).value;
    expect(both.findings['vertebral-artery-dissection']).toBeTrue();
    expect(both.findings['stroke']).toBeTrue();
    // A dissection of another artery is not one of the vertebral artery.
    expect(
      read(screened(['vertebral-artery-dissection'], text('Coronary artery dissection'))).value
        .findings['vertebral-artery-dissection'],
    ).toBeUndefined();
  });

  it('a dissection coded without its artery, the artery given as the body site, is the VA dissection', () => {
    const c = condition(
      { system: SCT, code: '233985008', display: 'Dissection' },
      {
        bodySite: [
          { coding: [{ system: SCT, code: '85234005', display: 'Vertebral artery structure' }] },
        ],
        onsetDateTime: '2026-11-22',
      },
    );
    expect(assess(read(screened(['vertebral-artery-dissection'], c)).value).urgency.level).toBe(
      'emergency',
    );
  });

  it('imaging: US Core category, a lower-case "ct head", a result impression, a radiology document', () => {
    const infarct = 'Acute infarct in the left cerebellar hemisphere.';
    const usCore = {
      resourceType: 'DiagnosticReport',
      status: 'final',
      subject,
      category: [{ coding: [{ system: 'http://loinc.org', code: 'LP29684-5' }] }],
      code: { coding: [{ system: 'http://loinc.org', code: '18748-4' }] },
      effectiveDateTime: '2026-11-24',
      conclusion: infarct,
    };
    const lower = { ...usCore, category: undefined, code: { text: 'ct head' } };
    const impression = {
      ...usCore,
      category: undefined,
      code: { text: 'MRI BRAIN' },
      conclusion: undefined,
      result: [{ reference: 'Observation/imp' }],
    };
    const impObs = {
      resourceType: 'Observation',
      id: 'imp',
      status: 'final',
      subject,
      code: { text: 'Impression' },
      valueString: infarct,
    };
    const doc = {
      resourceType: 'DocumentReference',
      status: 'current',
      subject,
      type: { coding: [{ system: 'http://loinc.org', code: '18748-4' }] },
      date: '2026-11-24T10:00:00Z',
      content: [{ attachment: { contentType: 'text/plain', data: btoa(`CT head. ${infarct}`) } }],
    };
    for (const added of [[usCore], [lower], [impression, impObs], [doc]])
      expect(assess(read(screened(['stroke'], ...added)).value).urgency.level)
        .withContext(JSON.stringify(added[0]).slice(0, 80))
        .toBe('emergency');
  });

  it('a bone scan of the cervical spine does not stand for its X-ray', () => {
    const c = read(
      screened([], {
        resourceType: 'DiagnosticReport',
        status: 'final',
        subject,
        category: [
          { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'RAD' }] },
        ],
        code: { text: 'NM BONE SCAN CERVICAL SPINE' },
        conclusion: 'Normal.',
      }),
    ).value;
    expect(c.imaging!.length).toBe(1);
  });

  it('an absolute subject reference is this patient; a family group in a form is not the patient', () => {
    const abs = observation(DIPLOPIA, {
      valueBoolean: true,
      subject: { reference: 'https://ehr.example.org/fhir/Patient/p1' },
    });
    expect(diplopiaOf(abs)).toBeTrue();
    const form = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      subject,
      item: [
        {
          linkId: 'fh',
          text: 'Family history',
          item: [{ linkId: 'stroke', text: 'Stroke', answer: [{ valueBoolean: true }] }],
        },
      ],
    };
    expect(read(screened(['stroke'], form)).value.findings['stroke']).toBeUndefined();
  });

  it('a massage of the neck recorded by an EHR is a recent neck massage', () => {
    const massage = {
      resourceType: 'Procedure',
      status: 'completed',
      subject,
      code: { text: 'Massage of neck' },
      performedDateTime: '2026-11-20',
    };
    const c = read(screened(['recent-neck-massage'], massage)).value;
    expect(c.findings['recent-neck-massage']).toEqual({ present: true, onset: '2026-11-20' });
  });
});
