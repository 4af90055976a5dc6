/**
 * FHIR from EHRs, round 41's probes (G, H, V, I5, Z1): a problem's or a visit's words that deny
 * a neck injury or name a new one beside an old one (olderInjury, yearEndIn / injuryOnset,
 * DENIED_INJURY), blood pressures below 40 mmHg (from-fhir-vitals), "not an anticoagulant" in a
 * medication's words. A screened patient (assessed on 2026-11-26): for a miss the findings the
 * EHR is to answer are left out; for a false alarm every finding is answered "no", so a word
 * misread as present raises a verdict (FS-3). Each probe asserts the round's bounds: lower bounds
 * for a miss, upper bounds for a false alarm. The reader probes are
 * testing/probes/probe-cases-r41-a.ts. Synthetic data.
 */
import { type CaseFile } from '../model';
import { NECK, outside } from '../testing/probe-bounds';
import { caseOf, present, subject } from '../testing/fhir-ehr-fixtures';
import { type Expectation } from '../testing/probes/probe-model';

/** The year of a finding's onset, when it has one. */
const onsetYear = (v: unknown): string | undefined =>
  typeof v === 'object' && v !== null ? (v as { onset?: string }).onset?.slice(0, 4) : undefined;

const cond = (text: string, extra: object) => ({
  resourceType: 'Condition',
  subject,
  clinicalStatus: {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' },
    ],
  },
  code: { text },
  ...extra,
});
/** An emergency visit on 2026-11-24 for `text`. */
const visit = (text: string) => ({
  resourceType: 'Encounter',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'EMER' },
  subject,
  period: { start: '2026-11-24T10:00:00Z', end: '2026-11-24T14:00:00Z' },
  reasonCode: [{ text }],
});

/** Recent neck trauma: the three manual therapies contraindicated. */
const NECK_ALL: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'contraindicated',
};
/** A neck injury, recent or undated (§9: only > 180 days is caution); recent trauma unknown. */
const NECK_INJ: Expectation = {
  manip: 'not-cleared',
  czm: 'contraindicated',
  bm: 'contraindicated',
};
/** No (recent) neck injury in the words: the manual therapies at most caution. */
const FA_NECK: Expectation = { atMost: { manip: 'caution', czm: 'caution', bm: 'caution' } };
const NO_INJURY: Expectation = { atMost: { czm: 'clear', bm: 'clear' } };
const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};

/** Read with `omit` left to the EHR: within `e`, neck injury (and recent trauma) present. */
function newInjury(omit: string[], r: object, e: Expectation, oldYear?: string): CaseFile {
  const c = caseOf(omit, r);
  expect(outside(c, e)).toEqual([]);
  expect(present(c.findings['neck-injury'])).toBeTrue();
  if (e === NECK_ALL) expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
  if (oldYear) expect(onsetYear(c.findings['neck-injury'])).not.toBe(oldYear);
  return c;
}
/** Every finding answered "no", `r` added: within `e`, the finding still not present. */
function falseAlarm(r: object, e: Expectation, finding = 'neck-injury'): void {
  const c = caseOf([], r);
  expect(outside(c, e)).toEqual([]);
  expect(present(c.findings[finding])).toBeFalse();
}

describe('FHIR from EHRs, round 41: a neck injury in a problem or a visit', () => {
  const on = (recordedDate: string) => ({ recordedDate });
  it('G1: "No neck injury; whiplash 2 weeks ago" (problem) is a neck injury', () => {
    newInjury(NECK, cond('No neck injury; whiplash 2 weeks ago', on('2026-11-25')), NECK_INJ);
  });
  it('G2: the same words as a visit reason are recent neck trauma', () => {
    newInjury(NECK, visit('No neck injury; whiplash 2 weeks ago'), NECK_ALL);
  });
  it('G3: "Neck pain, not due to trauma" (visit) is no neck injury', () => {
    falseAlarm(visit('Neck pain, not due to trauma'), FA_NECK);
  });
  it('G4: "Cervical radiculopathy, not related to trauma" is no neck injury', () => {
    falseAlarm(cond('Cervical radiculopathy, not related to trauma', on('2026-11-01')), NO_INJURY);
  });
  it('G5: "Non-traumatic cervical myelopathy" is no neck injury', () => {
    falseAlarm(cond('Non-traumatic cervical myelopathy', on('2026-11-01')), NO_INJURY);
  });
  it('G6: "Neck injury: none" is no neck injury', () => {
    falseAlarm(cond('Neck injury: none', on('2026-11-01')), FA_NECK);
  });
  it('G7: "Trauma to neck - denied" is no neck injury', () => {
    falseAlarm(cond('Trauma to neck - denied', on('2026-11-01')), FA_NECK);
  });
  it('G8: "Denies trauma. Rear-end collision last week, now neck pain" is recent trauma', () => {
    const c = caseOf(NECK, visit('Denies trauma. Rear-end collision last week, now neck pain'));
    expect(outside(c, { manip: 'contraindicated' })).toEqual([]);
    expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
  });
  it('G9: "Neck pain after MVA 2 days ago" is recent neck trauma', () => {
    const c = caseOf(NECK, visit('Neck pain after MVA 2 days ago'));
    expect(outside(c, { manip: 'contraindicated' })).toEqual([]);
    expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
  });
  it('G10: "Patient denies recent trauma; whiplash (MVA) 2019" (problem) is an old injury', () => {
    const r = cond('Patient denies recent trauma; whiplash (MVA) 2019', on('2026-11-25'));
    newInjury(NECK, r, { czm: 'caution', bm: 'caution' });
  });
  it('G11: the same words as a visit reason are no recent trauma', () => {
    falseAlarm(
      visit('Patient denies recent trauma; whiplash (MVA) 2019'),
      FA_NECK,
      'recent-neck-trauma',
    );
  });
});

describe('FHIR from EHRs, round 41: a new neck injury beside an old one', () => {
  it('H1: "Whiplash 2015, re-injured in fall 3 days ago" (problem) is not dated 2015', () => {
    const r = cond('Whiplash 2015, re-injured in fall 3 days ago', { recordedDate: '2026-11-25' });
    newInjury(NECK, r, NECK_INJ, '2015');
  });
  it('H2: the same words as a visit reason are recent neck trauma', () => {
    newInjury(NECK, visit('Whiplash 2015, re-injured in fall 3 days ago'), NECK_ALL, '2015');
  });
  it('H3: "Acute whiplash; previous neck sprain 2010" is not dated 2010', () => {
    const r = cond('Acute whiplash; previous neck sprain 2010', { recordedDate: '2026-11-24' });
    newInjury(NECK, r, NECK_INJ, '2010');
  });
  it('H4: "Whiplash injury (2015), re-injury 11/2026" is not dated 2015', () => {
    const r = cond('Whiplash injury (2015), re-injury 11/2026', { recordedDate: '2026-11-24' });
    newInjury(NECK, r, NECK_INJ, '2015');
  });
  it('H5: "Neck sprain 2019, recurrent since fall on 2026-11-18" is not dated 2019', () => {
    const text = 'Neck sprain 2019, recurrent since fall on 2026-11-18';
    newInjury(NECK, cond(text, { recordedDate: '2026-11-24' }), NECK_INJ, '2019');
  });
  it('H6: "Whiplash - re-injured in fall 3 days ago" with an onset of 2015 is not dated 2015', () => {
    const r = cond('Whiplash - re-injured in fall 3 days ago', {
      onsetDateTime: '2015-06-01',
      recordedDate: '2026-11-25',
    });
    newInjury(NECK, r, NECK_INJ, '2015');
  });
  it('H7: "Whiplash 2015; MVA 3 days ago" (visit) is recent neck trauma', () => {
    newInjury(NECK, visit('Whiplash 2015; MVA 3 days ago'), NECK_ALL, '2015');
  });
  it('H7b: the same with the intake answered "no": present wins (FS-3)', () => {
    newInjury([], visit('Whiplash 2015; MVA 3 days ago'), NECK_ALL, '2015');
  });
  it('H8: "Hx whiplash 2016; car crash 2 days ago, neck pain" is recent neck trauma', () => {
    newInjury(NECK, visit('Hx whiplash 2016; car crash 2 days ago, neck pain'), NECK_ALL, '2016');
  });
  it('H9: "Whiplash 2018 - RTC this morning" is recent neck trauma', () => {
    newInjury(NECK, visit('Whiplash 2018 - RTC this morning'), NECK_ALL, '2018');
  });
  it('H10: "Previous neck sprain 2019. Assaulted last night, punched to the neck"', () => {
    const text = 'Previous neck sprain 2019. Assaulted last night, punched to the neck';
    newInjury(NECK, visit(text), NECK_ALL, '2019');
  });
  it('H11: "Whiplash (2019); tackled playing rugby on Saturday" is recent neck trauma', () => {
    newInjury(NECK, visit('Whiplash (2019); tackled playing rugby on Saturday'), NECK_ALL, '2019');
  });
  it('H12: "Old whiplash (2016). Neck pain after motor vehicle accident yesterday"', () => {
    const text = 'Old whiplash (2016). Neck pain after motor vehicle accident yesterday';
    newInjury(NECK, visit(text), NECK_ALL, '2016');
  });
  it('H13: "Cervical strain 2017; ski accident 4 days ago" is recent neck trauma', () => {
    newInjury(NECK, visit('Cervical strain 2017; ski accident 4 days ago'), NECK_ALL, '2017');
  });
  it('H14: "Whiplash 2017; nothing new" is no recent trauma', () => {
    falseAlarm(visit('Whiplash 2017; nothing new'), FA_NECK, 'recent-neck-trauma');
  });
  it('H15: "Whiplash 2016; recent flare of neck pain" is no recent trauma', () => {
    falseAlarm(visit('Whiplash 2016; recent flare of neck pain'), FA_NECK, 'recent-neck-trauma');
  });
  it('H16: "Review of old whiplash (2018); fall risk assessment" is no recent trauma', () => {
    const r = visit('Review of old whiplash (2018); fall risk assessment');
    falseAlarm(r, FA_NECK, 'recent-neck-trauma');
  });
  it('H17: "Follow-up of whiplash from 2025 - no new injury" is no recent trauma', () => {
    const r = visit('Follow-up of whiplash from 2025 - no new injury');
    falseAlarm(r, FA_NECK, 'recent-neck-trauma');
  });
  it('H18: "Whiplash 2017, not new" is no recent trauma', () => {
    falseAlarm(visit('Whiplash 2017, not new'), FA_NECK, 'recent-neck-trauma');
  });
  it('H19: "Old whiplash. Fell off bike today" is recent neck trauma (control)', () => {
    newInjury(NECK, visit('Old whiplash. Fell off bike today'), NECK_ALL);
  });
});

describe('FHIR from EHRs, round 41: blood pressures below 40 mmHg', () => {
  const LOINC = 'http://loinc.org';
  const ORTHO = ['orthostatic-reactions'];
  const HYPOTENSION: Expectation = { czm: 'contraindicated' };
  const row = (code: string, text: string | undefined, value: number, at: string) => ({
    resourceType: 'Observation',
    status: 'final',
    subject,
    code: { coding: [{ system: LOINC, code }], ...(text ? { text } : {}) },
    effectiveDateTime: `2026-11-20T10:${at}:00Z`,
    valueQuantity: { value, unit: 'mmHg', code: 'mm[Hg]' },
  });
  const panel = (text: string, comps: [string, number][], at: string) => ({
    resourceType: 'Observation',
    status: 'final',
    subject,
    code: { coding: [{ system: LOINC, code: '85354-9' }], text },
    effectiveDateTime: `2026-11-20T10:${at}:00Z`,
    component: comps.map(([code, value]) => ({
      code: { coding: [{ system: LOINC, code }] },
      valueQuantity: { value, unit: 'mmHg' },
    })),
  });
  const measured = (...rs: object[]): void => {
    const c = caseOf(ORTHO, ...rs);
    expect(outside(c, HYPOTENSION)).toEqual([]);
    expect(present(c.findings['orthostatic-reactions'])).toBeTrue();
  };
  it('V1: a standing diastolic of 36 in panels "Orthostatic vitals - fall risk assessment"', () => {
    const text = 'Orthostatic vitals - fall risk assessment';
    measured(
      panel(
        text,
        [
          ['8461-6', 100],
          ['8455-8', 48],
        ],
        '00',
      ),
      panel(
        text,
        [
          ['8460-8', 88],
          ['8454-1', 36],
        ],
        '03',
      ),
    );
  });
  it('V2: a standing diastolic of 38 in panels "Orthostatic BP with position change"', () => {
    const text = 'Orthostatic BP with position change';
    measured(
      panel(
        text,
        [
          ['8461-6', 96],
          ['8455-8', 50],
        ],
        '00',
      ),
      panel(
        text,
        [
          ['8460-8', 90],
          ['8454-1', 38],
        ],
        '02',
      ),
    );
  });
  it('V3: "Systolic BP reduction on standing" 6 is no standing pressure', () => {
    const c = caseOf(
      [],
      row('8461-6', 'Systolic BP lying', 128, '00'),
      row('8460-8', 'Systolic BP standing', 122, '03'),
      row('8480-6', 'Systolic BP reduction on standing', 6, '03'),
    );
    expect(outside(c, { atMost: { czm: 'clear' } })).toEqual([]);
    expect(present(c.findings['orthostatic-reactions'])).toBeFalse();
  });
  it('V4: "Orthostatic diastolic diff" 2 is no standing pressure', () => {
    const c = caseOf(
      [],
      row('8455-8', 'Diastolic BP supine', 78, '00'),
      row('8454-1', 'Diastolic BP standing', 76, '03'),
      row('8462-4', 'Orthostatic diastolic diff', 2, '03'),
    );
    expect(outside(c, { atMost: { czm: 'clear' } })).toEqual([]);
    expect(present(c.findings['orthostatic-reactions'])).toBeFalse();
  });
  it('V5: diastolic lying 52, standing 38 (codes only) is a drop of 14 (control)', () => {
    measured(row('8455-8', undefined, 52, '00'), row('8454-1', undefined, 38, '03'));
  });
});

describe('FHIR from EHRs, round 41: an anticoagulant, and the screened patient', () => {
  it('I5: "Enoxaparin 40 mg SC - thromboprophylaxis, not anticoagulant dose" is one', () => {
    const c = caseOf(['anticoagulants'], {
      resourceType: 'MedicationStatement',
      status: 'active',
      subject,
      effectivePeriod: { start: '2026-10-01' },
      medicationCodeableConcept: {
        text: 'Enoxaparin 40 mg SC - thromboprophylaxis, not anticoagulant dose',
      },
    });
    expect(outside(c, { manip: 'caution' })).toEqual([]);
  });
  it('Z1: the screened patient, nothing added: everything clear (control)', () => {
    expect(outside(caseOf([]), CLEAR)).toEqual([]);
  });
});
