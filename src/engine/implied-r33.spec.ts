/**
 * Round 33's findings on round 30's fixes: which findings imply others and when, and when an
 * undated triad feature after a neck massage is asked about.
 */
import { assess } from './assess';
import { daysAgo, withFindings } from './testing/fixtures';
import type { TreatmentSession } from './model';

const verdict = (c: Parameters<typeof assess>[0], m: 'collar-zone-massage' | 'back-massage') =>
  assess(c).modalities[m].verdict;

describe('implied findings (round 33)', () => {
  it('a meningitis in childhood is no infection now; one of last month is', () => {
    const old = withFindings({ meningitis: { present: true, onset: '2001-03-01' } });
    expect(verdict(old, 'back-massage')).toBe('clear');
    const recent = withFindings({ meningitis: { present: true, onset: daysAgo(30) } });
    expect(verdict(recent, 'back-massage')).toBe('contraindicated');
    const undated = withFindings({ meningitis: true });
    expect(verdict(undated, 'collar-zone-massage')).toBe('contraindicated');
  });

  it('a spondylodiscitis said present implies an infection whatever its onset', () => {
    const c = withFindings({ spondylodiscitis: { present: true, onset: daysAgo(365) } });
    expect(verdict(c, 'back-massage')).toBe('contraindicated');
  });

  it('a neck trauma of last week is a recent neck injury even beside an old one entered', () => {
    const c = withFindings({
      'recent-neck-trauma': { present: true, onset: daysAgo(6) },
      'neck-injury': { present: true, onset: '2019-05-01' },
    });
    expect(verdict(c, 'collar-zone-massage')).toBe('contraindicated');
    expect(verdict(c, 'back-massage')).toBe('contraindicated');
  });
});

describe('an undated triad feature after a neck massage (round 33)', () => {
  const czm = (date: string, extra: Partial<TreatmentSession> = {}): TreatmentSession => ({
    date,
    modality: 'collar-zone-massage',
    ...extra,
  });

  it('a rating of last year does not answer it: still asked', () => {
    const c = withFindings(
      { headache: true },
      {
        sessions: [{ date: '2025-06-01', modality: 'back-massage', headache: 3 }, czm(daysAgo(10))],
      },
    );
    const a = assess(c);
    expect(a.urgency.level).toBe('urgent');
    expect(a.urgency.missing).toContain('headache.onset');
  });

  it('rated at the massage itself: on record by then, not asked', () => {
    const c = withFindings({ headache: true }, { sessions: [czm(daysAgo(10), { headache: 3 })] });
    expect(assess(c).urgency.missing).not.toContain('headache.onset');
  });
});
