import { assess } from '../../../engine';
import { withSessions } from '../../../engine/testing/fixtures';
import { chartSeries, courseView, METRICS, nextCourseNumber, trendText } from './course-view';

describe('course view', () => {
  it('orders sessions, numbers courses by the 10-procedure rule and marks course starts', () => {
    const c = withSessions(Array.from({ length: 12 }, (_, i) => Math.max(0, 8 - i)));
    const v = courseView(c, assess(c));
    expect(v.rows.map((r) => r.course)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]);
    expect(v.courseStarts).toEqual([1, 11]);
    expect(v.summaries.map((s) => s.sessions)).toEqual([10, 2]);
    expect(nextCourseNumber(v.rows)).toBe(2);
  });

  it('links a flag to its session and marks it', () => {
    const c = withSessions([6, 5, 4, 3], (i) => (i === 2 ? { painHours: 72 } : {}));
    const a = assess(c);
    const v = courseView(c, a);
    expect(a.course.status).toBe('stop');
    expect(v.flaggedSessions).toEqual([3]);
    expect(v.rows[2]!.flags[0]!.rule).toBe('COURSE-STOP-PAIN-48H');
  });

  it('builds one series per visible metric, leaving out sessions without a value', () => {
    const c = withSessions([6, 5], (i) => (i === 0 ? { headache: null } : {}));
    const rows = courseView(c, assess(c)).rows;
    const all = chartSeries(rows, new Set(METRICS));
    expect(all.map((s) => s.name)).toEqual(['Pain', 'Dizziness', 'Headache']);
    expect(all[0]!.series.map((p) => p.value)).toEqual([6, 5]);
    expect(all[2]!.series.map((p) => p.name)).toEqual([2]);
    expect(chartSeries(rows, new Set(['pain'])).length).toBe(1);
  });

  it('summarises the trend against the 2-point meaningful change', () => {
    const good = withSessions([6, 5, 4, 3]);
    expect(trendText(courseView(good, assess(good)).rows, assess(good).course.courses!)).toContain(
      'clinically meaningful fall',
    );
    const flat = withSessions([5, 5, 4]);
    expect(trendText(courseView(flat, assess(flat)).rows, assess(flat).course.courses!)).toContain(
      'no clinically meaningful change',
    );
  });

  it('says so when there are no sessions', () => {
    expect(trendText([], [])).toBe('No sessions logged.');
  });
});
