/**
 * Course flags mended in session 15 (known-open of rounds 26, 27 and 29): pain flags of a
 * course with unrated sessions (an unrated session between two rated ones hides no rise; a
 * course whose first two sessions are unrated is judged against its first two rated ones),
 * and aspirin taken as a painkiller against aspirin at an antiplatelet dose.
 */
import { assess } from './assess';
import type { Medication } from './model';
import { daysAgo, firedRules, withSessions } from './testing/fixtures';

const UNRATED = { painBefore: undefined, painAfter: undefined };
/** Pains after each session, null for a session with no pain rating. */
const course = (pains: (number | null)[]) =>
  withSessions(
    pains.map((p) => p ?? 0),
    (i) => (pains[i] === null ? UNRATED : {}),
  );
const flags = (pains: (number | null)[]) => firedRules(assess(course(pains)));

describe('pain flags over unrated sessions', () => {
  it('finds a rise across an unrated session (4, 3, unrated, 6)', () => {
    expect(flags([4, 3, null, 6])).toContain('COURSE-PAIN-RISING');
  });

  it('finds no rise where the rated sessions fall (5, 4, unrated, 3)', () => {
    expect(flags([5, 4, null, 3])).not.toContain('COURSE-PAIN-RISING');
  });

  it('judges pain not falling against the first two rated sessions when 1-2 are unrated', () => {
    expect(flags([null, null, 6, 6, 6, 7, 7])).toContain('COURSE-PAIN-NOT-FALLING');
  });

  it('finds pain falling from the first two rated sessions when 1-2 are unrated', () => {
    expect(flags([null, null, 6, 6, 5, 4, 3])).not.toContain('COURSE-PAIN-NOT-FALLING');
  });

  it('keeps sessions 1-2 as the baseline when one of them is rated', () => {
    expect(flags([null, 5, 6, 6, 5, 5])).toContain('COURSE-PAIN-NOT-FALLING');
    expect(flags([null, 5, 6, 6, 4, 4])).not.toContain('COURSE-PAIN-NOT-FALLING');
  });
});

describe('aspirin as a painkiller or at an antiplatelet dose', () => {
  const eightDays = (name: string, form?: string): Medication => ({
    name,
    ...(form === undefined ? {} : { form }),
    start: daysAgo(10),
    end: daysAgo(3),
  });
  const flagged = (m: Medication) =>
    firedRules(assess({ ...withSessions([5, 4]), medications: [m] })).has(
      'COURSE-ANALGESICS-4-DAYS',
    );

  for (const [name, form] of [
    ['Aspirin 100 mg', '3 tablets for neck pain'],
    ['Paracetamol 1 g QDS; aspirin 75 mg OD', 'tablet'],
    ['Aspirin 100 mg tablets 1 g daily for pain', undefined],
    ['Aspirin 100 mg', '2 tablets four times daily for neck pain'],
    ['Aspirin 500 mg', 'tablet'],
  ] as const)
    it(`flags 8 days of ${JSON.stringify(name)} (${form ?? 'no form'})`, () => {
      expect(flagged(eightDays(name, form))).toBeTrue();
    });

  for (const [name, form] of [
    ['Aspirin 75 mg', 'tablet'],
    ['Baby aspirin', 'chewable'],
    ['Aspirin EC 75', 'tablet'],
    [
      '\u0410\u0441\u043f\u0438\u0440\u0438\u043d \u041a\u0430\u0440\u0434\u0438\u043e 100 \u043c\u0433',
      'tablet',
    ],
    ['Aspirin 150 mg', 'tablet'],
    ['Cardiac aspirin', 'tablet'],
    ['Aspirin', 'tablet 75 mg'],
  ] as const)
    it(`does not flag 8 days of ${JSON.stringify(name)} (${form})`, () => {
      expect(flagged(eightDays(name, form))).toBeFalse();
    });
});
