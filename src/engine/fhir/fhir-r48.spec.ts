/**
 * FHIR from EHRs, round 48's probes (FH, FD, FF, Z1): round 47's mends (975ee63) attacked. A
 * history word or "old" in the mechanism's own clause beside today's symptom ("Hx: slipped on
 * ice", "Tripped over an old rug", "Assaulted prior to calling police", "in a remote field":
 * from-fhir-injury anyHow with HISTORY), a comma list closed by "and" in a denial ("no head, neck
 * and back injury", "denies head, neck and back trauma": DENIED_INJURY), and a risk or fear of a
 * fall ("High risk of fall", "Fear of fall": MECHANISM). A screened patient (assessed on
 * 2026-11-26) with one emergency visit on 2026-11-24 added. As in the round's harness every
 * finding is answered "no" by default, so a miss shows that the EHR's present wins (FS-3) and a
 * word misread as present raises a verdict; FH7 leaves `neck-injury` and `recent-neck-trauma` to
 * the EHR. Each probe asserts the round's bounds: lower bounds for a miss, upper bounds for a false
 * alarm, and the finding that is the point. All pass on main (4645af0). The reader and case-file
 * probes are testing/probes/probe-cases-r48-a.ts. Synthetic data.
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

/** Recent neck trauma (§5 IF): manipulation contraindicated. */
const RECENT: Expectation = { manip: 'contraindicated' };
/** No (recent) neck injury in the words: the three manual therapies at most caution. */
const NO_NECK_INJURY: Expectation = {
  atMost: { manip: 'caution', czm: 'caution', bm: 'caution' },
};
/** No recent mechanism (a risk or fear of falling only): manipulation at most caution. */
const NO_MECHANISM: Expectation = { atMost: { manip: 'caution' } };
const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};

/** `r` added, `omit` left to the EHR (default: none): within RECENT, recent neck trauma present. */
function recentTrauma(r: object, omit: string[] = []): void {
  const c = caseOf(omit, r);
  expect(outside(c, RECENT)).toEqual([]);
  expect(present(c.findings['recent-neck-trauma'])).toBeTrue();
}
/** Every finding answered "no", `r` added: within NO_NECK_INJURY, no neck injury. */
function deniedInjury(r: object): void {
  const c = caseOf([], r);
  expect(outside(c, NO_NECK_INJURY)).toEqual([]);
  expect(present(c.findings['neck-injury'])).toBeFalse();
}
/** Every finding answered "no", `r` added: within NO_MECHANISM, no recent neck trauma. */
function noMechanism(r: object): void {
  const c = caseOf([], r);
  expect(outside(c, NO_MECHANISM)).toEqual([]);
  expect(present(c.findings['recent-neck-trauma'])).toBeFalse();
}

describe("FHIR from EHRs, round 48: a history word or 'old' in the mechanism's clause", () => {
  it('FH1: "History: fell down stairs, neck pain since this morning" is recent trauma', () => {
    recentTrauma(visit('History: fell down stairs, neck pain since this morning'));
  });
  it('FH2: "Hx: slipped on ice, neck pain since yesterday" is recent trauma', () => {
    recentTrauma(visit('Hx: slipped on ice, neck pain since yesterday'));
  });
  it('FH3: "Tripped over an old rug at home, neck pain since this morning" is recent trauma', () => {
    recentTrauma(visit('Tripped over an old rug at home, neck pain since this morning'));
  });
  it('FH4: "Fell off her old bicycle, neck pain since yesterday" is recent trauma', () => {
    recentTrauma(visit('Fell off her old bicycle, neck pain since yesterday'));
  });
  it('FH5: "Assaulted prior to calling police, neck pain since last night" is recent trauma', () => {
    recentTrauma(visit('Assaulted prior to calling police, neck pain since last night'));
  });
  it('FH6: "Fell from horse in a remote field, neck pain since yesterday" is recent trauma', () => {
    recentTrauma(visit('Fell from horse in a remote field, neck pain since yesterday'));
  });
  it('FH7: "Hx: rear-ended on motorway, neck pain since yesterday", the neck left to the EHR, is recent trauma', () => {
    recentTrauma(visit('Hx: rear-ended on motorway, neck pain since yesterday'), NECK);
  });
});

describe('FHIR from EHRs, round 48: a denied comma list closed by "and"', () => {
  it('FD1: "Neck pain since yesterday; no head, neck and back injury" is no neck injury', () => {
    deniedInjury(visit('Neck pain since yesterday; no head, neck and back injury'));
  });
  it('FD2: "Fall onto buttocks today, no head, neck and back injury" is no neck injury', () => {
    deniedInjury(visit('Fall onto buttocks today, no head, neck and back injury'));
  });
  it('FD3: "Low back pain; denies head, neck and back trauma" is no neck injury', () => {
    deniedInjury(visit('Low back pain; denies head, neck and back trauma'));
  });
});

describe('FHIR from EHRs, round 48: a risk or fear of a fall', () => {
  it('FF1: "High risk of fall, neck stiffness since yesterday" is no recent trauma', () => {
    noMechanism(visit('High risk of fall, neck stiffness since yesterday'));
  });
  it('FF2: "Fear of fall, neck stiffness since yesterday" is no recent trauma', () => {
    noMechanism(visit('Fear of fall, neck stiffness since yesterday'));
  });
});

describe('FHIR from EHRs, round 48: the screened patient', () => {
  it('Z1: the screened patient, nothing added: everything clear (control)', () => {
    expect(outside(caseOf([]), CLEAR)).toEqual([]);
  });
});
