/**
 * FHIR from EHRs, round 47's probes (FL, FQ, FW, FR, Z1): round 46's mends attacked. A history
 * word before today's fall ("History of fall at home this morning", "presents with history of a
 * fall today", "Hx of OA with a fall at home today": from-fhir-injury MECHANISM's look-behind),
 * "previously" before the event ("Previously mobile 80M fell at home", "Previously self-caring
 * 90F tripped": HISTORY), a comma list closed by "and" ("no fracture, and neck sprain":
 * DENIED_INJURY), and an old or no-event mechanism in one sentence with today's symptom ("MVC in
 * 2015", "Referred by falls team", "known frequent falls, none recently", "hit by a car as a
 * child", "car accident in 2012", "MVA 20 years ago"). A screened patient (assessed on
 * 2026-11-26) with one emergency visit on 2026-11-24 or one problem recorded on 2026-11-24 (no
 * onset) added. As in the round's harness every finding is answered "no" by default, so a miss
 * shows that the EHR's present wins (FS-3) and a word misread as present raises a verdict; FL5,
 * FQ3 and FW1 leave `neck-injury` and `recent-neck-trauma` to the EHR. Each probe asserts the
 * round's bounds: lower bounds for a miss, upper bounds for a false alarm, and the finding that
 * is the point. FQ4 ("Rear-ended at lights, previously asymptomatic neck") and FR4 ("Acute neck
 * pain, hit by a car as a child") fail on main and are `xit`s, their reasons beside them. The
 * reader and case-file probes are testing/probes/probe-cases-r47-a.ts. Synthetic data.
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
/** Recent neck trauma (§5 IF): manipulation contraindicated. */
const RECENT: Expectation = { manip: 'contraindicated' };
/** The only mechanism years old or no event: no recent neck trauma, manipulation at most caution. */
const OLD_ONLY: Expectation = { atMost: { manip: 'caution' } };
const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};

/** `r` added, `omit` left to the EHR (default: none): within RECENT, recent neck trauma present. */
function recentTrauma(r: object, omit: string[] = []): void {
  const c = caseOf(omit, r);
  expect(outside(c, RECENT)).toEqual([]);
  expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
}
/** `r` added, the neck left to the EHR: within NECK_ALL, neck injury and recent trauma present. */
function newInjury(r: object): void {
  const c = caseOf(NECK, r);
  expect(outside(c, NECK_ALL)).toEqual([]);
  for (const f of NECK) expect(present(c.findings[f])).withContext(f).toBeTrue();
}
/** Every finding answered "no", `r` added: within OLD_ONLY, no recent neck trauma. */
function oldOnly(r: object): void {
  const c = caseOf([], r);
  expect(outside(c, OLD_ONLY)).toEqual([]);
  expect(present(c.findings['recent-neck-trauma'])).toBeFalse();
}

describe("FHIR from EHRs, round 47: a history word before today's fall", () => {
  it('FL1: "History of fall at home this morning, neck pain" is recent trauma', () => {
    recentTrauma(visit('History of fall at home this morning, neck pain'));
  });
  it('FL2: "84F presents with history of a fall today, neck pain" is recent trauma', () => {
    recentTrauma(visit('84F presents with history of a fall today, neck pain'));
  });
  it('FL3: "Hx of OA with a fall at home today, neck pain" is recent trauma', () => {
    recentTrauma(visit('Hx of OA with a fall at home today, neck pain'));
  });
  it('FL4: "Hx of dementia with fall at home, neck pain" is recent trauma', () => {
    recentTrauma(visit('Hx of dementia with fall at home, neck pain'));
  });
  it('FL5: "History of fall down stairs today", the neck left to the EHR, is recent trauma', () => {
    recentTrauma(visit('History of fall down stairs today, neck pain'), NECK);
  });
});

describe('FHIR from EHRs, round 47: "previously" before the event', () => {
  it('FQ1: "Previously mobile 80M fell at home, neck pain" is recent trauma', () => {
    recentTrauma(visit('Previously mobile 80M fell at home, neck pain'));
  });
  it('FQ2: "Previously self-caring 90F tripped on a rug, hit head, neck pain" is recent trauma', () => {
    recentTrauma(visit('Previously self-caring 90F tripped on a rug, hit head, neck pain'));
  });
  it('FQ3: "Previously ambulant with frame, fell backwards onto neck", the neck left to the EHR, is recent trauma', () => {
    recentTrauma(visit('Previously ambulant with frame, fell backwards onto neck'), NECK);
  });
  // Known open, a miss: a mechanism in a problem's words without an injury word ("Rear-ended
  // at lights") is not read as recent neck trauma (only a visit's reason is), so manipulation
  // stays clear; it failed before c39a4ab too. Kept with the round's expectation (recent neck
  // trauma, manipulation contraindicated, FS-3), not run.
  xit('FQ4: "Rear-ended at lights, previously asymptomatic neck" (problem) is recent trauma', () => {
    recentTrauma(cond('Rear-ended at lights, previously asymptomatic neck'));
  });
});

describe('FHIR from EHRs, round 47: a comma list closed by "and"', () => {
  it('FW1: "Rugby tackle today. X-ray: no fracture, and neck sprain on exam" is a recent neck injury', () => {
    newInjury(visit('Rugby tackle today. X-ray: no fracture, and neck sprain on exam'));
  });
});

describe("FHIR from EHRs, round 47: an old or no-event mechanism beside today's symptom", () => {
  it('FR1: "Worse neck pain since yesterday, MVC in 2015" is no recent trauma', () => {
    oldOnly(visit('Worse neck pain since yesterday, MVC in 2015'));
  });
  it('FR2: "Referred by falls team, neck stiffness since yesterday" is no recent trauma', () => {
    oldOnly(visit('Referred by falls team, neck stiffness since yesterday'));
  });
  it('FR3: "Acute torticollis today; known frequent falls, none recently" is no recent trauma', () => {
    oldOnly(visit('Acute torticollis today; known frequent falls, none recently'));
  });
  // Known open, a fail-safe false alarm: "as a child" is not read as old, so "hit by a car" is
  // read as recent neck trauma (manipulation, collar-zone and back massage contraindicated); it
  // failed before c39a4ab too. Kept with the round's expectation (no recent trauma,
  // manipulation at most caution), not run.
  xit('FR4: "Acute neck pain, hit by a car as a child" is no recent trauma', () => {
    oldOnly(visit('Acute neck pain, hit by a car as a child'));
  });
  it('FR5: "Recurrent neck pain, new episode today, car accident in 2012" is no recent trauma', () => {
    oldOnly(visit('Recurrent neck pain, new episode today, car accident in 2012'));
  });
  it('FR6: "Acute neck pain, MVA 20 years ago" (problem) is no recent trauma', () => {
    oldOnly(cond('Acute neck pain, MVA 20 years ago'));
  });
});

describe('FHIR from EHRs, round 47: the screened patient', () => {
  it('Z1: the screened patient, nothing added: everything clear (control)', () => {
    expect(outside(caseOf([]), CLEAR)).toEqual([]);
  });
});
