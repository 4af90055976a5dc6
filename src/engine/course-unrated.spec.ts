/**
 * Pain flags of a course with unrated sessions (round 26's known-open misses, mended in
 * session 15): an unrated session between two rated ones hides no rise, and a course whose
 * first two sessions are unrated is judged against its first two rated ones.
 */
import { assess } from './assess';
import { firedRules, withSessions } from './testing/fixtures';

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
