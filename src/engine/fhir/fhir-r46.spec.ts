/**
 * FHIR from EHRs, round 46's probes (FD, FP, FH, FV, Z1): a comma list of injury kinds sharing
 * one denied injury word ("Denies head, neck or back injury", "No head, neck or back trauma",
 * "Denies LOC, head or neck injury": from-fhir-words DENIED_KIND), plural falls with a time
 * word ("2 falls this week", "Recurrent falls, last one today": from-fhir-injury MECHANISM), a
 * history of an illness whose event is a fall ("Hx of poor balance with a fall at home":
 * HISTORY's look-ahead), "previously" ("was rear-ended previously") and a denied list with
 * "hit" ("Denies fall, hit or collision": DENIED_LIST). A screened patient (assessed on
 * 2026-11-26) with one emergency visit on 2026-11-24 or one problem recorded on 2026-11-24 (no
 * onset) added. As in the round's harness every finding is answered "no" by default, so a miss
 * shows that the EHR's present wins (FS-3) and a word misread as present raises a verdict; FP4
 * leaves `neck-injury` and `recent-neck-trauma` to the EHR. Each probe asserts the round's
 * bounds: lower bounds for a miss, upper bounds for a false alarm, and the finding that is the
 * point. FV4 ("Neck pain; denied being pushed, hit or kicked") fails on main and is an `xit`,
 * its reason beside it. The reader and case-file probes are testing/probes/probe-cases-r46-a.ts.
 * Synthetic data.
 */
import { NECK, outside } from '../testing/probe-bounds';
import { caseOf, present, subject } from '../testing/fhir-ehr-fixtures';
import { type Expectation } from '../testing/probes/probe-model';

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
/** An emergency visit on 2026-11-24 for `text`. */
const visit = (text: string) => ({
  resourceType: 'Encounter',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'EMER' },
  subject,
  period: { start: '2026-11-24T10:00:00Z', end: '2026-11-24T14:00:00Z' },
  reasonCode: [{ text }],
});

/** Recent neck trauma (§5 IF): manipulation contraindicated. */
const RECENT: Expectation = { manip: 'contraindicated' };
/** Every injury and mechanism denied in the words: the manual therapies clear. */
const NONE: Expectation = { atMost: { manip: 'clear', czm: 'clear', bm: 'clear' } };
const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};

/** `r` added, `omit` left to the EHR (default: none): within RECENT, recent neck trauma present. */
function recentTrauma(r: object, omit: string[] = []): void {
  const c = caseOf(omit, r);
  expect(outside(c, RECENT)).toEqual([]);
  expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
}

/** Every finding answered "no", `r` added: within `e`, the `findings` still not present. */
function denied(r: object, e: Expectation = NONE, findings: readonly string[] = NECK): void {
  const c = caseOf([], r);
  expect(outside(c, e)).toEqual([]);
  for (const f of findings) expect(present(c.findings[f])).withContext(f).toBeFalse();
}

describe('FHIR from EHRs, round 46: a comma list of injury kinds denied together', () => {
  it('FD1: "Fall at home today. Denies head, neck or back injury." is no neck injury', () => {
    const r = visit('Fall at home today. Denies head, neck or back injury.');
    denied(r, { atMost: { czm: 'clear', bm: 'clear' } }, ['neck-injury']);
  });
  it('FD2: "Concussion. No head, neck or back trauma" (problem) is no neck injury', () => {
    const r = cond('Concussion. No head, neck or back trauma');
    denied(r, { atMost: { czm: 'clear', bm: 'clear' } }, ['neck-injury']);
  });
  it('FD3: "Syncope at home. Denies LOC, head or neck injury" is no neck injury (but syncope)', () => {
    const r = visit('Syncope at home. Denies LOC, head or neck injury');
    // The syncope is a red flag of its own sentence: the denial that follows is another
    // sentence's (read sentence by sentence since round 53), so the massages are held by it.
    denied(r, {}, ['neck-injury']);
    expect(present(caseOf([], r).findings['syncope'])).toBeTrue();
  });
});

describe('FHIR from EHRs, round 46: plural falls and a fall after a history of an illness', () => {
  it('FP1: "2 falls this week, now neck pain" is recent trauma', () => {
    recentTrauma(visit('2 falls this week, now neck pain'));
  });
  it('FP2: "Two falls at home yesterday, neck pain and headache" is recent trauma', () => {
    recentTrauma(visit('Two falls at home yesterday, neck pain and headache'));
  });
  it('FP3: "Recurrent falls, last one today onto the back of the neck" is recent trauma', () => {
    recentTrauma(visit('Recurrent falls, last one today onto the back of the neck'));
  });
  it('FP4: "Multiple falls today, neck pain", the neck left to the EHR, is recent trauma', () => {
    recentTrauma(visit('Multiple falls today, neck pain'), NECK);
  });
  it('FH1: "Hx of poor balance with a fall at home, neck pain" is recent trauma', () => {
    recentTrauma(visit('Hx of poor balance with a fall at home, neck pain'));
  });
  it('FH2: "84F with history of dementia who had a fall at home, neck pain" is recent trauma', () => {
    recentTrauma(visit('84F with history of dementia who had a fall at home, neck pain'));
  });
  it('FH3: "Hx of knee OA with a fall at home, neck pain" is recent trauma', () => {
    recentTrauma(visit('Hx of knee OA with a fall at home, neck pain'));
  });
});

describe('FHIR from EHRs, round 46: "previously" and a denied list with "hit"', () => {
  it('FV1: "Chronic neck pain; was rear-ended previously" is no neck trauma', () => {
    denied(visit('Chronic neck pain; was rear-ended previously'));
  });
  it('FV2: "Neck pain since an MVC previously, no new injury" is no neck trauma', () => {
    denied(visit('Neck pain since an MVC previously, no new injury'));
  });
  it('FV3: "Neck pain after gym. Denies fall, hit or collision." is no neck trauma', () => {
    denied(visit('Neck pain after gym. Denies fall, hit or collision.'));
  });
  // Known open, a fail-safe false alarm: "denied being pushed, hit or kicked" is no denied list
  // (DENIED_LIST takes nouns only, and "being pushed" is none), so the mechanisms after it are
  // read as recent neck trauma (manipulation, collar-zone and back massage contraindicated);
  // it failed before c39a4ab too. Kept with the round's expectation (no neck injury, no recent
  // trauma, the manual therapies clear), not run.
  xit('FV4: "Neck pain; denied being pushed, hit or kicked" is no neck trauma', () => {
    denied(visit('Neck pain; denied being pushed, hit or kicked'));
  });
  it('FV5: "Fell at home today, neck pain" is recent trauma (control)', () => {
    recentTrauma(visit('Fell at home today, neck pain'));
  });
});

describe('FHIR from EHRs, round 46: the screened patient', () => {
  it('Z1: the screened patient, nothing added: everything clear (control)', () => {
    expect(outside(caseOf([]), CLEAR)).toEqual([]);
  });
});
