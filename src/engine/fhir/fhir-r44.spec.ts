/**
 * FHIR from EHRs, round 44's probes (FW, FI, FF, Z1): a visit's or a problem's words that name a
 * neck injury after a denial of something else ("without radiation following whiplash injury",
 * "No improvement in neck sprain", "No fracture but cervical sprain", "Denies LOC and reports
 * neck strain", "no head injury, neck sprain and wrist sprain": from-fhir-words DENIED_INJURY's
 * reach), a fresh mechanism beside "PMH of …", "84 year old" or "No trauma except MVC"
 * (from-fhir-injury HISTORY, DENIED_BEFORE), and mechanisms denied in words ("Denies any fall or
 * MVC", "fall or injury denied", "did not fall or get hit", "No history of any recent fall or
 * trauma", "denies trauma, fall or MVC", "never fell or was struck": DENIED_BEFORE,
 * DENIED_AFTER, PAST_VERB / DENIED_VERB). A screened patient (assessed on 2026-11-26) with one
 * emergency visit on 2026-11-24 or one problem recorded on 2026-11-24 (no onset) added. As in the
 * round's harness every finding is answered "no" by default, so a miss shows that the EHR's
 * present wins (FS-3) and a word misread as present raises a verdict; FW10 and FI2 leave
 * `neck-injury` and `recent-neck-trauma` to the EHR. Each probe asserts the round's bounds: lower
 * bounds for a miss, upper bounds for a false alarm, and the finding that is the point. The
 * reader and case-file probes are testing/probes/probe-cases-r44-a.ts. Synthetic data.
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

describe('FHIR from EHRs, round 44: a neck injury after a denial of something else', () => {
  it('FW1: "Neck pain without radiation following whiplash injury" is recent neck trauma', () => {
    newInjury(visit('Neck pain without radiation following whiplash injury'), NECK_ALL);
  });
  it('FW2: "Neck pain without neurological deficit after whiplash in MVC yesterday"', () => {
    const text = 'Neck pain without neurological deficit after whiplash in MVC yesterday';
    newInjury(visit(text), NECK_ALL);
  });
  it('FW3: "No improvement in neck sprain since MVC" (problem) is a neck injury', () => {
    newInjury(cond('No improvement in neck sprain since MVC'), NECK_CZ);
  });
  it('FW4: "No relief of whiplash symptoms since MVC 5 days ago" is recent neck trauma', () => {
    newInjury(visit('No relief of whiplash symptoms since MVC 5 days ago'), NECK_ALL);
  });
  it('FW5: "Unrestrained driver without airbag deployment sustained whiplash injury"', () => {
    const text = 'Unrestrained driver without airbag deployment sustained whiplash injury';
    newInjury(visit(text), NECK_ALL);
  });
  it('FW6: "Fell from bike without LOC sustaining cervical strain" is recent neck trauma', () => {
    newInjury(visit('Fell from bike without LOC sustaining cervical strain'), NECK_ALL);
  });
  it('FW7: "No fracture but cervical sprain" (problem) is a neck injury', () => {
    newInjury(cond('No fracture but cervical sprain'), NECK_CZ);
  });
  it('FW8: "Denies LOC and reports neck strain after fall today" is recent neck trauma', () => {
    newInjury(visit('Denies LOC and reports neck strain after fall today'), NECK_ALL);
  });
  it('FW9: "Fall from bike: no head injury, neck sprain and wrist sprain" (an and-list)', () => {
    newInjury(visit('Fall from bike: no head injury, neck sprain and wrist sprain'), NECK_ALL);
  });
  it('FW10: "No response to physio for whiplash injury", the neck left to the EHR', () => {
    newInjury(cond('No response to physio for whiplash injury'), NECK_INJ, NECK);
  });
  it('FW11: "Whiplash injury, no improvement with physio" is a neck injury (control)', () => {
    newInjury(cond('Whiplash injury, no improvement with physio'), NECK_CZ);
  });
  it('FW12: "Fall at home. No head or neck injury" is no neck injury (control)', () => {
    const r = visit('Fall at home. No head or neck injury');
    denied(r, { atMost: { czm: 'clear', bm: 'clear' } }, ['neck-injury']);
  });
  it('FW13: "Neck pain without radiculopathy due to neck sprain" (problem) is a neck injury', () => {
    newInjury(cond('Neck pain without radiculopathy due to neck sprain'), NECK_CZ);
  });
  it('FW14: "CT negative for fracture consistent with cervical strain" is recent neck trauma', () => {
    newInjury(visit('CT negative for fracture consistent with cervical strain'), NECK_ALL);
  });
  it('FW15: "Fracture ruled out and neck sprain diagnosed" (problem) is a neck injury', () => {
    newInjury(cond('Fracture ruled out and neck sprain diagnosed'), NECK_CZ);
  });
});

describe('FHIR from EHRs, round 44: a fresh mechanism beside history words or "except"', () => {
  it('FI1: "78F with PMH of AF fell at home, neck pain" is recent trauma', () => {
    recentTrauma(visit('78F with PMH of AF fell at home, neck pain'));
  });
  it('FI2: the same with the neck left to the EHR', () => {
    recentTrauma(visit('78F with PMH of AF fell at home, neck pain'), NECK);
  });
  it('FI3: "Neck pain. No trauma except MVC yesterday." is recent trauma', () => {
    recentTrauma(visit('Neck pain. No trauma except MVC yesterday.'));
  });
  it('FI4: "84 year old female fell at home, neck pain" is recent trauma', () => {
    recentTrauma(visit('84 year old female fell at home, neck pain'));
  });
  it('FI5: "No seatbelt MVC today, neck pain" is recent trauma', () => {
    recentTrauma(visit('No seatbelt MVC today, neck pain'));
  });
  it('FI6: "Pt with PMH of HTN rear-ended at 30 mph, neck pain" is recent trauma', () => {
    recentTrauma(visit('Pt with PMH of HTN rear-ended at 30 mph, neck pain'));
  });
  it('FI7: "Pt. with PMH of DM knocked down by car, neck pain" is recent trauma', () => {
    recentTrauma(visit('Pt. with PMH of DM knocked down by car, neck pain'));
  });
  it('FI8: "Previously well male rear-ended at traffic lights with neck pain" (control)', () => {
    recentTrauma(visit('Previously well male rear-ended at traffic lights with neck pain'));
  });
  it('FI9: "Pt. fell today, neck pain. Whiplash 2019." is recent trauma (control)', () => {
    recentTrauma(visit('Pt. fell today, neck pain. Whiplash 2019.'));
  });
});

describe('FHIR from EHRs, round 44: mechanisms denied in words', () => {
  it('FF1: "Neck stiffness on waking. Denies any fall or MVC." is no neck trauma', () => {
    denied(visit('Neck stiffness on waking. Denies any fall or MVC.'));
  });
  it('FF2: "Neck stiffness on waking; fall or injury denied" is no neck trauma', () => {
    denied(visit('Neck stiffness on waking; fall or injury denied'));
  });
  it('FF3: "Neck pain, no trauma; did not fall or get hit" is no neck trauma', () => {
    denied(visit('Neck pain, no trauma; did not fall or get hit'));
  });
  it('FF4: "Neck pain for 3 weeks. No history of any recent fall or trauma." is none', () => {
    denied(visit('Neck pain for 3 weeks. No history of any recent fall or trauma.'));
  });
  it('FF5: "Neck stiffness; denies trauma, fall or MVC" is no neck trauma', () => {
    denied(visit('Neck stiffness; denies trauma, fall or MVC'));
  });
  it('FF6: "Chronic neck pain; never fell or was struck" is no neck trauma', () => {
    denied(visit('Chronic neck pain; never fell or was struck'));
  });
  it('FF7: "Neck pain; denied being hit" is no neck trauma (control)', () => {
    denied(visit('Neck pain; denied being hit'));
  });
});

describe('FHIR from EHRs, round 44: the screened patient', () => {
  it('Z1: the screened patient, nothing added: everything clear (control)', () => {
    expect(outside(caseOf([]), CLEAR)).toEqual([]);
  });
});
