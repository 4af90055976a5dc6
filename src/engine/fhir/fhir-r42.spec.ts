/**
 * FHIR from EHRs, round 42's probes (F, FA, CF, CM, V, Z1): a visit's or a problem's words that
 * name a new neck injury beside an old one while denying something else ("without helmet", "did
 * not hit head", "prior to arrival", "84-year-old"), a year boundary, time words and mechanisms
 * that tell of no new injury ("worse since last week", "at risk of falls", "fall ruled out", a
 * mechanism as an old injury's cause), denials of another injury ("head injury excluded"), and
 * an orthostatic panel whose components' words name a change (from-fhir-injury, DENIED_INJURY,
 * from-fhir-vitals). A screened patient (assessed on 2026-11-26; F8 and F8b on 2027-01-03): for
 * a miss the findings the EHR is to answer are left out; for a false alarm every finding is
 * answered "no", so a word misread as present raises a verdict (FS-3). Each probe asserts the
 * round's bounds: lower bounds for a miss, upper bounds for a false alarm. The reader probes are
 * testing/probes/probe-cases-r42-a.ts. Synthetic data.
 */
import type { BundleEntry } from 'fhir/r4';
import { assess } from '../assess';
import { addDays } from '../dates';
import { FINDING_IDS } from '../finding-ids';
import { CASE_FORMAT, type CaseFile } from '../model';
import { NECK, outside } from '../testing/probe-bounds';
import { caseOf, present, read, subject } from '../testing/fhir-ehr-fixtures';
import { type Expectation } from '../testing/probes/probe-model';
import { caseToBundle } from './to-fhir';

/** The year of a finding's onset, when it has one. */
const onsetYear = (v: unknown): string | undefined =>
  typeof v === 'object' && v !== null ? (v as { onset?: string }).onset?.slice(0, 4) : undefined;

/**
 * The case read from the screened patient (fhir-ehr-fixtures `screened`) assessed on `on`, its
 * clean X-ray 20 days before, without `omit`, with EHR resources added (as the round's probe).
 */
function caseOn(on: string, omit: readonly string[], ...added: object[]): CaseFile {
  const findings = Object.fromEntries(
    FINDING_IDS.filter((f) => !omit.includes(f)).map((f) => [f, false]),
  );
  const c = {
    format: CASE_FORMAT,
    id: 'p1',
    assessedOn: on,
    patient: { birthDate: '1980-01-01', sex: 'female' },
    findings,
    imaging: [
      {
        modality: 'xray',
        region: 'cervical-spine',
        date: addDays(on, -20),
        report: 'Normal cervical spine.',
        absentFindings: ['uncovertebral-arthrosis'],
      },
    ],
  } as CaseFile;
  const b = caseToBundle(c, assess(c));
  b.entry!.push(...added.map((resource) => ({ resource }) as BundleEntry));
  return read(b).value;
}

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
/** An emergency visit on `day` (2026-11-24 unless said) for `text`. */
const visit = (text: string, day = '2026-11-24') => ({
  resourceType: 'Encounter',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'EMER' },
  subject,
  period: { start: `${day}T10:00:00Z`, end: `${day}T14:00:00Z` },
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
/** Recent neck trauma (§5 IF): manipulation contraindicated. */
const RECENT: Expectation = { manip: 'contraindicated' };
/** No (recent) neck injury in the words: the manual therapies at most caution. */
const FA_NECK: Expectation = { atMost: { manip: 'caution', czm: 'caution', bm: 'caution' } };
const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};

/** Check `c` within `e`, neck injury (and recent trauma) present, not dated by `oldYear`. */
function injured(c: CaseFile, e: Expectation, oldYear?: string): void {
  expect(outside(c, e)).toEqual([]);
  expect(present(c.findings['neck-injury'])).toBeTrue();
  if (e === NECK_ALL) expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
  if (oldYear) expect(onsetYear(c.findings['neck-injury'])).not.toBe(oldYear);
}
/** Read with `omit` left to the EHR: within `e`, neck injury (and recent trauma) present. */
function newInjury(omit: string[], r: object, e: Expectation, oldYear?: string): void {
  injured(caseOf(omit, r), e, oldYear);
}
/** Read with the neck left to the EHR: within `e`, recent neck trauma present. */
function recentTrauma(c: CaseFile, e: Expectation = RECENT): void {
  expect(outside(c, e)).toEqual([]);
  expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
}
/** Every finding answered "no", `r` added: within `e`, the finding still not present. */
function falseAlarm(r: object, e: Expectation, finding = 'neck-injury'): void {
  const c = caseOf([], r);
  expect(outside(c, e)).toEqual([]);
  expect(present(c.findings[finding])).toBeFalse();
}

describe('FHIR from EHRs, round 42: a new neck injury at a visit, beside an old one', () => {
  it('F1: "Old whiplash 2016; fell off bike today without helmet" is recent neck trauma', () => {
    newInjury(
      NECK,
      visit('Old whiplash 2016; fell off bike today without helmet'),
      NECK_ALL,
      '2016',
    );
  });
  it('F1b: the same with the intake answered "no": present wins (FS-3)', () => {
    newInjury([], visit('Old whiplash 2016; fell off bike today without helmet'), NECK_ALL, '2016');
  });
  it('F2: "Whiplash 2015. Fell today and did not hit head, now neck pain"', () => {
    const text = 'Whiplash 2015. Fell today and did not hit head, now neck pain';
    newInjury(NECK, visit(text), NECK_ALL, '2015');
  });
  it('F3: "Hx whiplash 2017; rear-ended today while not wearing a seatbelt, neck pain"', () => {
    const text = 'Hx whiplash 2017; rear-ended today while not wearing a seatbelt, neck pain';
    newInjury(NECK, visit(text), NECK_ALL, '2017');
  });
  it('F4: "Old whiplash 2016; MVC prior to arrival, neck pain" is recent neck trauma', () => {
    newInjury(NECK, visit('Old whiplash 2016; MVC prior to arrival, neck pain'), NECK_ALL, '2016');
  });
  it('F5: "84-year-old female fell at home, neck pain; hx whiplash 2018"', () => {
    const text = '84-year-old female fell at home, neck pain; hx whiplash 2018';
    newInjury(NECK, visit(text), NECK_ALL, '2018');
  });
  it('F6: "Neck pain after being rear-ended at low speed with no damage to the car"', () => {
    const text = 'Neck pain after being rear-ended at low speed with no damage to the car';
    recentTrauma(caseOf(NECK, visit(text)));
  });
  it('F7: "Neck pain. MVA yesterday without LOC" is recent neck trauma', () => {
    recentTrauma(caseOf(NECK, visit('Neck pain. MVA yesterday without LOC')));
  });
  it('F8: assessed 2027-01-03, "Neck pain after rear-end collision on 30 Dec 2026"', () => {
    const r = visit('Neck pain after rear-end collision on 30 Dec 2026', '2027-01-02');
    recentTrauma(caseOn('2027-01-03', NECK, r));
  });
  it('F8b: assessed 2027-01-03, "Whiplash in MVA on 30 Dec 2026" is recent neck trauma', () => {
    const c = caseOn('2027-01-03', NECK, visit('Whiplash in MVA on 30 Dec 2026', '2027-01-02'));
    injured(c, NECK_ALL);
  });
  it('F9: "Whiplash 2016; rear-end shunt last Tuesday, neck pain" is recent neck trauma', () => {
    const text = 'Whiplash 2016; rear-end shunt last Tuesday, neck pain';
    newInjury(NECK, visit(text), NECK_ALL, '2016');
  });
  it('F10: "Old whiplash 2016. Slipped on ice, landed on neck" is recent neck trauma', () => {
    newInjury(NECK, visit('Old whiplash 2016. Slipped on ice, landed on neck'), NECK_ALL, '2016');
  });
  it('F11: "Old whiplash 2016; fell off bike today, neck pain" (control)', () => {
    newInjury(NECK, visit('Old whiplash 2016; fell off bike today, neck pain'), NECK_ALL, '2016');
  });
});

describe('FHIR from EHRs, round 42: an old neck injury at a visit, nothing new', () => {
  it('FA1: "Whiplash 2015. Neck pain worse since last week" is no recent trauma', () => {
    const r = visit('Whiplash 2015. Neck pain worse since last week');
    falseAlarm(r, FA_NECK, 'recent-neck-trauma');
  });
  it('FA2: "Hx whiplash 2017; at risk of falls" is no recent trauma', () => {
    falseAlarm(visit('Hx whiplash 2017; at risk of falls'), FA_NECK, 'recent-neck-trauma');
  });
  it('FA3: "Cervical strain 2019 - MVC" is no recent trauma', () => {
    falseAlarm(visit('Cervical strain 2019 - MVC'), FA_NECK, 'recent-neck-trauma');
  });
  it('FA4: "Neck pain, fall ruled out" is no trauma', () => {
    const r = visit('Neck pain, fall ruled out');
    falseAlarm(r, { atMost: { manip: 'clear' } }, 'recent-neck-trauma');
  });
  it('FA5: "Whiplash 2014, seen in clinic on Monday for review" is no recent trauma', () => {
    const r = visit('Whiplash 2014, seen in clinic on Monday for review');
    falseAlarm(r, FA_NECK, 'recent-neck-trauma');
  });
  it('FA6: "Neck sprain 2018; flare-up started 3 days ago" is no recent trauma', () => {
    const r = visit('Neck sprain 2018; flare-up started 3 days ago');
    falseAlarm(r, FA_NECK, 'recent-neck-trauma');
  });
});

describe('FHIR from EHRs, round 42: a problem dated only by a past year', () => {
  const onNov1 = { recordedDate: '2026-11-01' };
  /** A neck injury of a past year only (> 180 days): caution (§9), no recent trauma. */
  const OLD_INJ: Expectation = { atMost: { manip: 'caution', czm: 'caution', bm: 'caution' } };
  /** Every finding answered "no", `text` added: an old injury dated `year`, no recent trauma. */
  const pastYear = (text: string, year: string): void => {
    const c = caseOf([], cond(text, onNov1));
    expect(outside(c, OLD_INJ)).toEqual([]);
    expect(present(c.findings['neck-injury'])).toBeTrue();
    expect(onsetYear(c.findings['neck-injury'])).toBe(year);
    expect(present(c.findings['recent-neck-trauma'])).toBeFalse();
  };
  it('CF1: "Cervical strain (2019) - MVC" is an injury of 2019', () => {
    pastYear('Cervical strain (2019) - MVC', '2019');
  });
  it('CF2: "Whiplash (2012), rear-ended at traffic lights" is an injury of 2012', () => {
    pastYear('Whiplash (2012), rear-ended at traffic lights', '2012');
  });
  it('CF3: "Neck sprain (2018), struck by falling branch" is an injury of 2018', () => {
    pastYear('Neck sprain (2018), struck by falling branch', '2018');
  });
  it('CF4: "Whiplash (2015) - symptoms worse since last week" is an injury of 2015', () => {
    pastYear('Whiplash (2015) - symptoms worse since last week', '2015');
  });
  it('CF5: "Whiplash injury (2017); at risk of falls" is an injury of 2017', () => {
    pastYear('Whiplash injury (2017); at risk of falls', '2017');
  });
  it('CF6: "Neck injury: none reported" is no neck injury', () => {
    falseAlarm(cond('Neck injury: none reported', onNov1), FA_NECK);
  });
});

describe('FHIR from EHRs, round 42: a neck injury beside a denial of another', () => {
  const on = (recordedDate: string) => ({ recordedDate });
  it('CM1: "No recent trauma other than whiplash in MVA 3 weeks ago" is a neck injury', () => {
    const text = 'No recent trauma other than whiplash in MVA 3 weeks ago';
    newInjury(NECK, cond(text, on('2026-11-25')), NECK_INJ);
  });
  it('CM2: "Cervical sprain after fall, head injury excluded" is a neck injury', () => {
    const r = cond('Cervical sprain after fall, head injury excluded', on('2026-11-25'));
    newInjury(NECK, r, NECK_INJ);
  });
  it('CM2b: the same with the intake answered "no": present wins (FS-3)', () => {
    const r = cond('Cervical sprain after fall, head injury excluded', on('2026-11-25'));
    newInjury([], r, { czm: 'contraindicated', bm: 'contraindicated' });
  });
  it('CM3: "Whiplash injury, intracranial injury ruled out on CT" is a neck injury', () => {
    const r = cond('Whiplash injury, intracranial injury ruled out on CT', on('2026-11-24'));
    newInjury(NECK, r, NECK_INJ);
  });
  it('CM4: "Neck strain after MVC, head injury: nil" is a neck injury', () => {
    newInjury(NECK, cond('Neck strain after MVC, head injury: nil', on('2026-11-24')), NECK_INJ);
  });
  it('CM5: "Cervical sprain after fall today, head injury excluded" (visit) is recent', () => {
    const r = visit('Cervical sprain after fall today, head injury excluded');
    newInjury(NECK, r, NECK_ALL);
  });
  it('CM6: "Whiplash 2015; re-injured 3 days ago without fracture" is not dated 2015', () => {
    const r = cond('Whiplash 2015; re-injured 3 days ago without fracture', on('2026-11-25'));
    newInjury(NECK, r, NECK_INJ, '2015');
  });
  it('CM7: "Whiplash 2015, re-injured in fall 3 days ago" is not dated 2015 (control)', () => {
    const r = cond('Whiplash 2015, re-injured in fall 3 days ago', on('2026-11-25'));
    newInjury(NECK, r, NECK_INJ, '2015');
  });
});

describe('FHIR from EHRs, round 42: an orthostatic panel, and the screened patient', () => {
  const LOINC = 'http://loinc.org';
  const ORTHO = ['orthostatic-reactions'];
  const panel = (text: string, comps: [string, number, string?][], at: string) => ({
    resourceType: 'Observation',
    status: 'final',
    subject,
    code: { coding: [{ system: LOINC, code: '85354-9' }], text },
    effectiveDateTime: `2026-11-20T10:${at}:00Z`,
    component: comps.map(([code, value, t]) => ({
      code: { coding: [{ system: LOINC, code }], ...(t ? { text: t } : {}) },
      valueQuantity: { value, unit: 'mmHg' },
    })),
  });
  const measured = (...rs: object[]): void => {
    const c = caseOf(ORTHO, ...rs);
    expect(outside(c, { czm: 'contraindicated' })).toEqual([]);
    expect(present(c.findings['orthostatic-reactions'])).toBeTrue();
  };
  it('V1: standing components texted "… standing after position change", 104/52 -> 96/38', () => {
    const after = 'standing after position change';
    measured(
      panel(
        'Orthostatic vitals',
        [
          ['8461-6', 104, 'Systolic BP lying'],
          ['8455-8', 52, 'Diastolic BP lying'],
        ],
        '00',
      ),
      panel(
        'Orthostatic vitals',
        [
          ['8460-8', 96, `Systolic BP ${after}`],
          ['8454-1', 38, `Diastolic BP ${after}`],
        ],
        '03',
      ),
    );
  });
  it('V2: standing components texted "… standing 3 min", 100/50 -> 94/36 (control)', () => {
    measured(
      panel(
        'Orthostatic BP',
        [
          ['8461-6', 100],
          ['8455-8', 50],
        ],
        '00',
      ),
      panel(
        'Orthostatic BP',
        [
          ['8460-8', 94, 'Systolic BP standing 3 min'],
          ['8454-1', 36, 'Diastolic BP standing 3 min'],
        ],
        '03',
      ),
    );
  });
  it('Z1: the screened patient, nothing added: everything clear (control)', () => {
    expect(outside(caseOf([]), CLEAR)).toEqual([]);
  });
});
