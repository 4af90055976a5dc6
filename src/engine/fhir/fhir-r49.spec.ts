/**
 * FHIR from EHRs, round 49's probes (FT, FG, VF1, VF2, VC8-VC10, Z1): round 48's mends (4645af0)
 * attacked. A mechanism's clause with a car's model year ("Rear-ended in his 2015 Honda":
 * from-fhir-injury earlierYear), British and unlisted mechanism and time words ("diving", "1/52
 * ago", "Pedestrian vs car": MECHANISM, NEW_TIME), a mechanism named as history beside a dated
 * symptom ("Hx of fall", "Previous MVA", "At risk of a fall": anyHow), and whole ED notes and
 * problems as written: a whiplash problem dated only in its words ("Whiplash-associated disorder
 * grade II following RTC 2 days ago": from-fhir-findings traumaDate), a visit 3/7 after a
 * rear-end collision, old or denied injuries beside today's pain. A screened patient (assessed on
 * 2026-11-26) with one emergency visit on 2026-11-24, or one active problem recorded on
 * 2026-11-24 without an onset, added. As in the round's harness every finding is answered "no" by
 * default, so a miss shows that the EHR's present wins (FS-3) and a word misread as present raises
 * a verdict; FT4 leaves `neck-injury` and `recent-neck-trauma` to the EHR. Each probe asserts the
 * round's bounds: lower bounds for a miss, upper bounds for a false alarm, and the finding that is
 * the point. All pass on main after round 49's mends (FT1, FT3, FT4, FG1, FG2, FG4 and VF2 failed
 * on 4645af0; FG1 and FG2 were made by it). The reader and case-file probes are
 * testing/probes/probe-cases-r49-a.ts. Synthetic data.
 */
import { NECK, outside } from '../testing/probe-bounds';
import { caseOf, present, subject } from '../testing/fhir-ehr-fixtures';
import { type Expectation } from '../testing/probes/probe-model';

/** An emergency visit on 2026-11-24 for `text`. */
const visit = (text: string) => ({
  resourceType: 'Encounter',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'EMER' },
  subject,
  period: { start: '2026-11-24T10:00:00Z', end: '2026-11-24T14:00:00Z' },
  reasonCode: [{ text }],
});
/** An active problem with `text`, recorded on 2026-11-24, no onset. */
const cond = (text: string) => ({
  resourceType: 'Condition',
  subject,
  clinicalStatus: {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' },
    ],
  },
  code: { text },
  recordedDate: '2026-11-24',
});

/** Recent neck trauma (§5 IF): manipulation contraindicated. */
const RECENT: Expectation = { manip: 'contraindicated' };
/** A recent neck injury: collar-zone and back massage contraindicated, and manipulation (recent trauma). */
const NECK_ALL: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'contraindicated',
};
/** The only mechanism is in the history: manipulation at most caution. */
const NO_MECHANISM: Expectation = { atMost: { manip: 'caution' } };
/** No (recent) neck injury in the words: the three manual therapies at most caution. */
const NO_NECK_INJURY: Expectation = {
  atMost: { manip: 'caution', czm: 'caution', bm: 'caution' },
};
/** Every injury denied: the three manual therapies clear. */
const NONE: Expectation = { atMost: { manip: 'clear', czm: 'clear', bm: 'clear' } };
const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};

/** `r` added, `omit` left to the EHR (default: none): within `e`, recent neck trauma present. */
function recentTrauma(r: object, omit: string[] = [], e: Expectation = RECENT): void {
  const c = caseOf(omit, r);
  expect(outside(c, e)).toEqual([]);
  expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
}
/** Every finding answered "no", `r` added: within NO_MECHANISM, no recent neck trauma. */
function noMechanism(r: object): void {
  const c = caseOf([], r);
  expect(outside(c, NO_MECHANISM)).toEqual([]);
  expect(present(c.findings['recent-neck-trauma'])).toBeFalse();
}
/** Every finding answered "no", `r` added: within `e`, no recent neck trauma. */
function noRecentTrauma(r: object, e: Expectation): void {
  const c = caseOf([], r);
  expect(outside(c, e)).toEqual([]);
  expect(present(c.findings['recent-neck-trauma'])).not.toBeTrue();
}

describe("FHIR from EHRs, round 49: a mechanism's clause, its year and its words", () => {
  it('FT1: "Rear-ended in his 2015 Honda, neck pain since yesterday" is recent trauma', () => {
    recentTrauma(visit('Rear-ended in his 2015 Honda, neck pain since yesterday'));
  });
  it('FT2: "Hx: fell down stairs, old neck pain much worse since yesterday" is recent trauma', () => {
    recentTrauma(visit('Hx: fell down stairs, old neck pain much worse since yesterday'));
  });
  it('FT3: "Neck pain after diving into shallow pool 1/52 ago" is recent trauma', () => {
    recentTrauma(visit('Neck pain after diving into shallow pool 1/52 ago'));
  });
  it('FT4: "Pedestrian vs car 2 days ago, neck pain", the neck left to the EHR, is recent trauma', () => {
    recentTrauma(visit('Pedestrian vs car 2 days ago, neck pain'), NECK);
  });
});

describe('FHIR from EHRs, round 49: a mechanism named as history beside a dated symptom', () => {
  it('FG1: "Hx of fall, neck stiffness since this morning" is no recent trauma', () => {
    noMechanism(visit('Hx of fall, neck stiffness since this morning'));
  });
  it('FG2: "Previous MVA, neck pain since yesterday" is no recent trauma', () => {
    noMechanism(visit('Previous MVA, neck pain since yesterday'));
  });
  it('FG4: "At risk of a fall, neck stiffness since yesterday" is no recent trauma', () => {
    noMechanism(visit('At risk of a fall, neck stiffness since yesterday'));
  });
});

describe('FHIR from EHRs, round 49: ED notes and problems as written (vignettes)', () => {
  it('VF1: "Neck pain and occipital headache 3/7 after being rear-ended at a roundabout. No LOC." is recent trauma', () => {
    recentTrauma(
      visit('Neck pain and occipital headache 3/7 after being rear-ended at a roundabout. No LOC.'),
    );
  });
  it('VF2: the problem "Whiplash-associated disorder grade II following RTC 2 days ago" (recorded, no onset) is a recent neck injury and recent trauma', () => {
    recentTrauma(
      cond('Whiplash-associated disorder grade II following RTC 2 days ago'),
      [],
      NECK_ALL,
    );
  });
  it('VC8: "Neck pain, gradual onset over 3 weeks, no trauma. PMH whiplash 2012." is no recent neck injury', () => {
    noRecentTrauma(
      visit('Neck pain, gradual onset over 3 weeks, no trauma. PMH whiplash 2012.'),
      NO_NECK_INJURY,
    );
  });
  it('VC9: "Mechanical neck pain after sleeping awkwardly; denies any fall or injury" is no neck injury', () => {
    const c = caseOf(
      [],
      visit('Mechanical neck pain after sleeping awkwardly; denies any fall or injury'),
    );
    expect(outside(c, NONE)).toEqual([]);
    expect(present(c.findings['neck-injury'])).toBeFalse();
    expect(present(c.findings['recent-neck-trauma'])).toBeFalse();
  });
  it('VC10: "Neck stiffness since yesterday. PMH: HTN, T2DM, OA knees, fall 2024 (wrist #)." is no recent neck injury', () => {
    noRecentTrauma(
      visit('Neck stiffness since yesterday. PMH: HTN, T2DM, OA knees, fall 2024 (wrist #).'),
      NO_NECK_INJURY,
    );
  });
});

describe('FHIR from EHRs, round 49: the screened patient', () => {
  it('Z1: the screened patient, nothing added: everything clear (control)', () => {
    expect(outside(caseOf([]), CLEAR)).toEqual([]);
  });
});
