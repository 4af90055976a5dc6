/**
 * FHIR from EHRs, round 45's probes (FK, FJ, Z1): a visit's or a problem's neck injury after a
 * denial of another kind and a comma ("No fracture, neck sprain", "no LOC, whiplash", "Denies
 * LOC, cervical strain": from-fhir-words DENIED_KIND's comma), a fresh mechanism after a denied
 * comma list ("Denies LOC, fell or was pushed onto kerb today": from-fhir-injury DENIED_LIST,
 * DENIED_VERB), history words ("History of multiple unexplained mechanical falls", "Hx of
 * Parkinson's disease and falls", "Previously independent 80F fell": HISTORY) and "fall or MVC
 * excluded" (DENIED_AFTER). A screened patient (assessed on 2026-11-26) with one emergency visit
 * on 2026-11-24 or one problem recorded on 2026-11-24 (no onset) added. As in the round's harness
 * every finding is answered "no" by default, so a miss shows that the EHR's present wins (FS-3)
 * and a word misread as present raises a verdict; FK7 and FK10 leave `neck-injury` and
 * `recent-neck-trauma` to the EHR. Each probe asserts the round's bounds: lower bounds for a
 * miss, upper bounds for a false alarm, and the finding that is the point. FJ8 ("Hx: rear-ended
 * at traffic lights, neck pain") fails on main and is an `xit`, its reason beside it. The reader
 * and case-file probes are testing/probes/probe-cases-r45-a.ts. Synthetic data.
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

/** Recent neck trauma and a neck injury: the three manual therapies contraindicated. */
const NECK_ALL: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'contraindicated',
};
/** A neck injury recorded 2 days ago, onset unknown (§9: only > 180 days is caution). */
const NECK_CZ: Expectation = { czm: 'contraindicated', bm: 'contraindicated' };
/** The same with recent trauma left to the EHR: unknown at least. */
const NECK_INJ: Expectation = {
  manip: 'not-cleared',
  czm: 'contraindicated',
  bm: 'contraindicated',
};
/** Recent neck trauma (§5 IF): manipulation contraindicated. */
const RECENT: Expectation = { manip: 'contraindicated' };
/** Every injury and mechanism denied in the words: the manual therapies clear. */
const NONE: Expectation = { atMost: { manip: 'clear', czm: 'clear', bm: 'clear' } };
const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};

/** `r` added, `omit` left to the EHR (default: none): within `e`, neck injury (and recent trauma) present. */
function newInjury(r: object, e: Expectation, omit: string[] = []): void {
  const c = caseOf(omit, r);
  expect(outside(c, e)).toEqual([]);
  expect(present(c.findings['neck-injury'])).toBeTrue();
  if (e === NECK_ALL) expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
}
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

describe('FHIR from EHRs, round 45: a neck injury after a denial of another kind and a comma', () => {
  it('FK1: "No fracture, neck sprain" (problem) is a neck injury', () => {
    newInjury(cond('No fracture, neck sprain'), NECK_CZ);
  });
  it('FK2: "Fall from bike today. No LOC, neck sprain." is recent neck trauma', () => {
    newInjury(visit('Fall from bike today. No LOC, neck sprain.'), NECK_ALL);
  });
  it('FK3: "MVC today. CT C-spine: no fracture, neck strain" is recent neck trauma', () => {
    newInjury(visit('MVC today. CT C-spine: no fracture, neck strain'), NECK_ALL);
  });
  it('FK4: "X-ray negative for fracture, whiplash injury" (problem) is a neck injury', () => {
    newInjury(cond('X-ray negative for fracture, whiplash injury'), NECK_CZ);
  });
  it('FK5: "Rear-ended yesterday; no concussion, whiplash injury" is recent neck trauma', () => {
    newInjury(visit('Rear-ended yesterday; no concussion, whiplash injury'), NECK_ALL);
  });
  it('FK6: "Denies LOC, cervical strain after fall today" is recent neck trauma', () => {
    newInjury(visit('Denies LOC, cervical strain after fall today'), NECK_ALL);
  });
  it('FK7: "No fracture, neck sprain" (problem), the neck left to the EHR', () => {
    newInjury(cond('No fracture, neck sprain'), NECK_INJ, NECK);
  });
  it('FK8: "Head injury without LOC, neck sprain" (problem) is a neck injury', () => {
    newInjury(cond('Head injury without LOC, neck sprain'), NECK_CZ);
  });
  it('FK9: "Fall from horse yesterday, no LOC, whiplash" is recent neck trauma', () => {
    newInjury(visit('Fall from horse yesterday, no LOC, whiplash'), NECK_ALL);
  });
  it('FK10: "MVC today. No fracture, neck strain", the neck left to the EHR', () => {
    newInjury(visit('MVC today. No fracture, neck strain'), NECK_INJ, NECK);
  });
  it('FK11: "Neck strain, no fracture" (problem) is a neck injury (control)', () => {
    newInjury(cond('Neck strain, no fracture'), NECK_CZ);
  });
  it('FK12: "No fracture, no neck injury" (problem) is no neck injury (control)', () => {
    const r = cond('No fracture, no neck injury');
    denied(r, { atMost: { czm: 'clear', bm: 'clear' } }, ['neck-injury']);
  });
  it('FK13: "Concussion without LOC, cervical strain" (problem) is a neck injury', () => {
    newInjury(cond('Concussion without LOC, cervical strain'), NECK_CZ);
  });
});

describe('FHIR from EHRs, round 45: a fresh mechanism after a denied list or history words', () => {
  it('FJ1: "Denies LOC, fell or was pushed onto kerb today, neck pain" is recent trauma', () => {
    recentTrauma(visit('Denies LOC, fell or was pushed onto kerb today, neck pain'));
  });
  it('FJ2: "Denies LOC, slipped or tripped at home today, neck pain" is recent trauma', () => {
    recentTrauma(visit('Denies LOC, slipped or tripped at home today, neck pain'));
  });
  it('FJ3: "History of multiple unexplained mechanical falls, chronic neck pain" is none', () => {
    denied(visit('History of multiple unexplained mechanical falls, chronic neck pain'));
  });
  it('FJ4: "Hx of Parkinson\'s disease and falls; chronic neck pain" is no neck trauma', () => {
    denied(visit("Hx of Parkinson's disease and falls; chronic neck pain"));
  });
  it('FJ5: "Previously independent 80F fell at home, neck pain" is recent trauma', () => {
    recentTrauma(visit('Previously independent 80F fell at home, neck pain'));
  });
  it('FJ6: "Fell at home today, neck pain" is recent trauma (control)', () => {
    recentTrauma(visit('Fell at home today, neck pain'));
  });
  it('FJ7: "Denied LOC, hit or kicked in the neck at rugby today" is recent trauma', () => {
    recentTrauma(visit('Denied LOC, hit or kicked in the neck at rugby today'));
  });
  // Known open, a judgement call left open: "Hx:" is read as history (HISTORY), so the
  // mechanism after it is no new trauma and the intake's "no" stands (manipulation clear); ED
  // notes also use "Hx:" to introduce the presenting history, where the mechanism is today's.
  // Kept with the round's expectation (recent trauma, manipulation contraindicated), not run.
  xit('FJ8: "Hx: rear-ended at traffic lights, neck pain" is recent trauma', () => {
    recentTrauma(visit('Hx: rear-ended at traffic lights, neck pain'));
  });
  it('FJ9: "Neck pain; fall or MVC excluded as cause" is no neck trauma (control)', () => {
    denied(visit('Neck pain; fall or MVC excluded as cause'));
  });
});

describe('FHIR from EHRs, round 45: the screened patient', () => {
  it('Z1: the screened patient, nothing added: everything clear (control)', () => {
    expect(outside(caseOf([]), CLEAR)).toEqual([]);
  });
});
