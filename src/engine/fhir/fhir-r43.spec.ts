/**
 * FHIR from EHRs, round 43's probes (FV, FC, FN, Z1): a visit's or a problem's words that name a
 * new neck injury beside an old one dated by a year in another sentence or after "Now", "PMH" or
 * "presents after" (causeOfOld), with "reinjured", "collided" or "thrown" (NEW_TIME beside an
 * injury or a mechanism only), after "Previously well" (HISTORY), beside "fracture excluded"
 * (DENIED_AFTER) or a denial of something else before it (DENIED_BEFORE); denials of a list of
 * injuries ("denies trauma or whiplash", "No head or neck injury") and of another injury beside
 * a neck injury ("strain with fracture excluded") (from-fhir-injury, from-fhir-words DENIALS). A
 * screened patient (assessed on 2026-11-26): for a miss the findings the EHR is to answer are left
 * out; for a false alarm every finding is answered "no", so a word misread as present raises a
 * verdict (FS-3); the `…b` probes answer everything "no" for a miss too, to show what the
 * intake's "no" leaves. Each probe asserts the round's bounds: lower bounds for a miss, upper
 * bounds for a false alarm. The reader probes are testing/probes/probe-cases-r43-a.ts. Synthetic
 * data.
 */
import { NECK, outside } from '../testing/probe-bounds';
import { caseOf, present, subject } from '../testing/fhir-ehr-fixtures';
import { type Expectation } from '../testing/probes/probe-model';

/** The year of a finding's onset, when it has one. */
const onsetYear = (v: unknown): string | undefined =>
  typeof v === 'object' && v !== null ? (v as { onset?: string }).onset?.slice(0, 4) : undefined;

/** An active problem with `text`, recorded on `recordedDate`, no onset. */
const cond = (text: string, recordedDate: string) => ({
  resourceType: 'Condition',
  subject,
  clinicalStatus: {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' },
    ],
  },
  code: { text },
  recordedDate,
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
/** Recent neck trauma (§5 IF): manipulation contraindicated. */
const RECENT: Expectation = { manip: 'contraindicated' };
/** Every injury denied in the words: the manual therapies clear. */
const NONE: Expectation = { atMost: { manip: 'clear', czm: 'clear', bm: 'clear' } };
const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};

/** Read with `omit` left to the EHR: within `e`, neck injury (and recent trauma) present, not dated by `oldYear`. */
function newInjury(omit: string[], r: object, e: Expectation, oldYear?: string): void {
  const c = caseOf(omit, r);
  expect(outside(c, e)).toEqual([]);
  expect(present(c.findings['neck-injury'])).toBeTrue();
  if (e === NECK_ALL) expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
  if (oldYear) expect(onsetYear(c.findings['neck-injury'])).not.toBe(oldYear);
}
/** Read with `omit` left to the EHR (default: the neck): within `e`, recent neck trauma present. */
function recentTrauma(r: object, omit: string[] = NECK, e: Expectation = RECENT): void {
  const c = caseOf(omit, r);
  expect(outside(c, e)).toEqual([]);
  expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
}
/** Every finding answered "no", `r` added: within `e`, the `findings` still not present. */
function denied(r: object, e: Expectation = NONE, findings: readonly string[] = NECK): void {
  const c = caseOf([], r);
  expect(outside(c, e)).toEqual([]);
  for (const f of findings) expect(present(c.findings[f])).withContext(f).toBeFalse();
}

describe('FHIR from EHRs, round 43: a new neck injury at a visit, beside an old one', () => {
  it('FV1: "Neck pain after MVC on the motorway this week. Whiplash 2019." is recent trauma', () => {
    recentTrauma(visit('Neck pain after MVC on the motorway this week. Whiplash 2019.'));
  });
  it('FV1b: the same with the intake answered "no": present wins (FS-3)', () => {
    recentTrauma(visit('Neck pain after MVC on the motorway this week. Whiplash 2019.'), []);
  });
  it('FV2: "Whiplash 2012. Now rear-ended at traffic lights, neck pain" is recent trauma', () => {
    recentTrauma(visit('Whiplash 2012. Now rear-ended at traffic lights, neck pain'));
  });
  it('FV3: "Neck sprain (2018); presents after being assaulted, neck pain" is recent trauma', () => {
    recentTrauma(visit('Neck sprain (2018); presents after being assaulted, neck pain'));
  });
  it('FV4: "MVC, neck pain. PMH: whiplash 2015" is recent trauma', () => {
    recentTrauma(visit('MVC, neck pain. PMH: whiplash 2015'));
  });
  it('FV5: "Old whiplash 2016; reinjured neck yesterday" is recent neck trauma', () => {
    newInjury(NECK, visit('Old whiplash 2016; reinjured neck yesterday'), NECK_ALL, '2016');
  });
  it('FV5b: the same with the intake answered "no": present wins (FS-3)', () => {
    newInjury([], visit('Old whiplash 2016; reinjured neck yesterday'), NECK_ALL, '2016');
  });
  it('FV6: "Old whiplash 2016. Collided with another player today, neck pain"', () => {
    recentTrauma(visit('Old whiplash 2016. Collided with another player today, neck pain'));
  });
  it('FV7: "Whiplash 2015, thrown from horse this morning, neck pain" is recent trauma', () => {
    recentTrauma(visit('Whiplash 2015, thrown from horse this morning, neck pain'));
  });
  it('FV8: "Previously well male rear-ended at traffic lights with neck pain"', () => {
    recentTrauma(visit('Previously well male rear-ended at traffic lights with neck pain'));
  });
  it('FV8b: the same with the intake answered "no": present wins (FS-3)', () => {
    recentTrauma(visit('Previously well male rear-ended at traffic lights with neck pain'), []);
  });
  it('FV9: "Fell down stairs 2 hours prior, neck pain" is recent trauma', () => {
    recentTrauma(visit('Fell down stairs 2 hours prior, neck pain'));
  });
  it('FV10: "Neck pain post MVA fracture excluded on CT" is recent trauma', () => {
    recentTrauma(visit('Neck pain post MVA fracture excluded on CT'));
  });
  it('FV12: "Pt with no PMH fell from ladder today; neck pain" is recent trauma', () => {
    recentTrauma(visit('Pt with no PMH fell from ladder today; neck pain'));
  });
  it('FV13: "Not wearing seatbelt when rear-ended today, neck pain" is recent trauma', () => {
    recentTrauma(visit('Not wearing seatbelt when rear-ended today, neck pain'));
  });
  it('FV14: "Restrained driver with no airbag deployment rear-ended at 40 mph today …"', () => {
    const text =
      'Restrained driver with no airbag deployment rear-ended at 40 mph today with neck pain';
    recentTrauma(visit(text));
  });
  it('FV15: "Neck pain since MVC yesterday, no LOC" is recent trauma (control)', () => {
    recentTrauma(visit('Neck pain since MVC yesterday, no LOC'));
  });
});

describe('FHIR from EHRs, round 43: a new neck injury in a problem, beside an old one', () => {
  it('FC1: "Cervical strain after MVC earlier this month; whiplash 2016" is not dated 2016', () => {
    const r = cond('Cervical strain after MVC earlier this month; whiplash 2016', '2026-11-24');
    newInjury(NECK, r, NECK_INJ, '2016');
  });
  it('FC1b: the same with the intake answered "no": present wins (FS-3)', () => {
    const r = cond('Cervical strain after MVC earlier this month; whiplash 2016', '2026-11-24');
    newInjury([], r, { czm: 'contraindicated', bm: 'contraindicated' }, '2016');
  });
  it('FC2: "Whiplash 2017, reinjured yesterday" is not dated 2017', () => {
    newInjury(NECK, cond('Whiplash 2017, reinjured yesterday', '2026-11-25'), NECK_INJ, '2017');
  });
  it('FC3: "Whiplash 2014; collided with goalpost on Saturday, neck sprain" is not dated 2014', () => {
    const r = cond('Whiplash 2014; collided with goalpost on Saturday, neck sprain', '2026-11-24');
    newInjury(NECK, r, NECK_INJ, '2014');
  });
  it('FC4: "Whiplash (2015), hurt neck again in fall last week" is not dated 2015 (control)', () => {
    const r = cond('Whiplash (2015), hurt neck again in fall last week', '2026-11-25');
    newInjury(NECK, r, NECK_INJ, '2015');
  });
  it('FC5: "Neck sprain playing rugby; previous whiplash 2013" is not dated 2013', () => {
    const r = cond('Neck sprain playing rugby; previous whiplash 2013', '2026-11-25');
    newInjury(NECK, r, NECK_INJ, '2013');
  });
});

describe('FHIR from EHRs, round 43: injuries denied in a list, or beside a neck injury', () => {
  it('FN1: "Neck pain. Patient denies trauma or whiplash" is no neck injury', () => {
    denied(visit('Neck pain. Patient denies trauma or whiplash'));
  });
  it('FN2: "Negative for neck injury or whiplash" (problem) is no neck injury', () => {
    denied(cond('Negative for neck injury or whiplash', '2026-11-20'));
  });
  it('FN3: "Neck pain; denies neck trauma, LOC or whiplash" is no neck injury', () => {
    denied(visit('Neck pain; denies neck trauma, LOC or whiplash'));
  });
  it('FN4: "Neck stiffness. No whiplash injury to the neck" is no neck injury', () => {
    denied(visit('Neck stiffness. No whiplash injury to the neck'));
  });
  it('FN5: "Fall at home. No head or neck injury" is no neck injury (the fall left open)', () => {
    const r = visit('Fall at home. No head or neck injury');
    denied(r, { atMost: { czm: 'clear', bm: 'clear' } }, ['neck-injury']);
  });
  it('FN6: "No fracture or ligamentous injury of the cervical spine" is no neck injury', () => {
    denied(cond('No fracture or ligamentous injury of the cervical spine', '2026-11-20'));
  });
  it('FN7: "Cervical strain with fracture excluded" is a neck injury', () => {
    newInjury(NECK, cond('Cervical strain with fracture excluded', '2026-11-24'), NECK_INJ);
  });
  it('FN8: "Whiplash injury not confirmed on MRI but clinical cervical sprain" (control)', () => {
    const r = cond(
      'Whiplash injury not confirmed on MRI but clinical cervical sprain',
      '2026-11-24',
    );
    newInjury(NECK, r, NECK_INJ);
  });
  it('FN9: "Neck sprain, ligament injury excluded" is a neck injury (control)', () => {
    newInjury(NECK, cond('Neck sprain, ligament injury excluded', '2026-11-24'), NECK_INJ);
  });
  it('FN10: "Whiplash-type strain of neck with head trauma denied" is a neck injury', () => {
    const r = cond('Whiplash-type strain of neck with head trauma denied', '2026-11-24');
    newInjury(NECK, r, NECK_INJ);
  });
});

describe('FHIR from EHRs, round 43: the screened patient', () => {
  it('Z1: the screened patient, nothing added: everything clear (control)', () => {
    expect(outside(caseOf([]), CLEAR)).toEqual([]);
  });
});
