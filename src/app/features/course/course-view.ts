/**
 * What the course section shows, derived purely from a case and its assessment: chart series,
 * course boundaries, flagged sessions, per-course summaries and a one-line trend. Tested as
 * plain functions; the chart and the data table read the same rows.
 */
import {
  MEANINGFUL_CHANGE,
  orderSessions,
  sessionPain,
  type Assessment,
  type CaseFile,
  type CourseSummary,
  type Reason,
  type TreatmentSession,
} from '../../../engine';

export type Metric = 'pain' | 'dizziness' | 'headache';
export const METRICS: readonly Metric[] = ['pain', 'dizziness', 'headache'];
export const METRIC_LABEL: Record<Metric, string> = {
  pain: 'Pain',
  dizziness: 'Dizziness',
  headache: 'Headache',
};

export interface SessionRow {
  /** 1-based number in date order. */
  n: number;
  /** Index in the case's `sessions` array (for edits). */
  index: number;
  course: number;
  position: number;
  session: TreatmentSession;
  pain: number | null;
  flags: Reason[];
}

export interface ChartPoint {
  name: number;
  value: number;
  extra: { n: number; date: string; course: number; modality: string; flagged: boolean };
}
export interface ChartSeries {
  name: string;
  series: ChartPoint[];
}

export interface CourseView {
  rows: SessionRow[];
  summaries: CourseSummary[];
  /** Session numbers where a course starts (course boundaries on the chart). */
  courseStarts: number[];
  flaggedSessions: number[];
  trend: string;
}

export function courseView(c: CaseFile, a: Assessment): CourseView {
  const sessions = c.sessions ?? [];
  const original = new Map(sessions.map((s, i) => [s, i]));
  const flagsBySession = new Map<number, Reason[]>();
  for (const f of a.course.flags) {
    if (f.session === undefined) continue;
    flagsBySession.set(f.session, [...(flagsBySession.get(f.session) ?? []), f]);
  }
  const rows: SessionRow[] = orderSessions(sessions).map((o) => ({
    n: o.index + 1,
    index: original.get(o.session) ?? o.index,
    course: o.course,
    position: o.position,
    session: o.session,
    pain: sessionPain(o.session),
    flags: flagsBySession.get(o.index) ?? [],
  }));
  const courseStarts = rows.filter((r) => r.position === 1).map((r) => r.n);
  const flaggedSessions = rows.filter((r) => r.flags.length > 0).map((r) => r.n);
  return {
    rows,
    summaries: a.course.courses ?? [],
    courseStarts,
    flaggedSessions,
    trend: trendText(rows, a.course.courses ?? []),
  };
}

function valueOf(r: SessionRow, m: Metric): number | null {
  if (m === 'pain') return r.pain;
  return r.session[m] ?? null;
}

/** Chart series for the visible metrics; sessions without a value are left out of that series. */
export function chartSeries(
  rows: readonly SessionRow[],
  visible: ReadonlySet<Metric>,
): ChartSeries[] {
  return METRICS.filter((m) => visible.has(m)).map((m) => ({
    name: METRIC_LABEL[m],
    series: rows.flatMap((r) => {
      const v = valueOf(r, m);
      return v === null
        ? []
        : [
            {
              name: r.n,
              value: v,
              extra: {
                n: r.n,
                date: r.session.date,
                course: r.course,
                modality: r.session.modality,
                flagged: r.flags.length > 0,
              },
            },
          ];
    }),
  }));
}

/** Screen-reader summary of the trend, judged against the 2-point meaningful change. */
export function trendText(
  rows: readonly SessionRow[],
  summaries: readonly CourseSummary[],
): string {
  if (rows.length === 0) return 'No sessions logged.';
  const last = summaries[summaries.length - 1];
  const flagged = rows.filter((r) => r.flags.length > 0).length;
  const parts = [
    `${rows.length} session${rows.length === 1 ? '' : 's'} in ${summaries.length} course${summaries.length === 1 ? '' : 's'}.`,
  ];
  if (last && last.firstPain !== null && last.lastPain !== null && last.sessions > 1) {
    const change = last.lastPain - last.firstPain;
    const judged =
      change <= -MEANINGFUL_CHANGE
        ? 'a clinically meaningful fall'
        : change >= MEANINGFUL_CHANGE
          ? 'a clinically meaningful rise'
          : 'no clinically meaningful change';
    parts.push(
      `Course ${last.course}: pain ${last.firstPain} → ${last.lastPain} over ${last.sessions} sessions, ${judged}.`,
    );
  }
  parts.push(
    flagged > 0 ? `${flagged} session${flagged === 1 ? '' : 's'} flagged.` : 'No session flagged.',
  );
  return parts.join(' ');
}

/** Course number for the next session: the 10-procedure rule, unless changed by hand. */
export function nextCourseNumber(rows: readonly SessionRow[], perCourse = 10): number {
  const last = rows[rows.length - 1];
  if (!last) return 1;
  const inLast = rows.filter((r) => r.course === last.course).length;
  return inLast >= perCourse ? last.course + 1 : last.course;
}
