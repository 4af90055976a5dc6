/**
 * Course status and per-course summaries (brief §6, §8). Courses are per modality; the status
 * is the worst over each modality's latest course, plus the patient's painkiller rule.
 */
import type {
  AssessmentWarning,
  CaseFile,
  CourseStatus,
  CourseSummary,
  Modality,
  Reason,
} from './model';
import { flag, rule } from './course-flag';
import { ANALGESIC_DAYS, medicationFlags } from './course-medications';
import {
  analyseSessions,
  isLatestCourse,
  type OrderedSession,
  type SessionAnalysis,
} from './sessions';

export { orderSessions, SESSIONS_PER_COURSE, type OrderedSession } from './sessions';
export { ANALGESIC_DAYS };
export const MEANINGFUL_CHANGE = 2;
export const MAX_COURSES = 4;

/** A session's pain: what the procedure leaves (`painAfter`), else `painBefore`. */
export function sessionPain(s: {
  painAfter?: number | null;
  painBefore?: number | null;
}): number | null {
  return s.painAfter ?? s.painBefore ?? null;
}

function stopFlags(o: OrderedSession, out: Reason[]): void {
  const s = o.session;
  const symptoms = s.newSymptoms ?? [];
  const stop =
    (s.painHours ?? 0) > 48 ||
    s.painWorseWithMovement === true ||
    s.analgesicsIneffective === true ||
    (s.rednessHours ?? 0) > 24 ||
    s.swelling === true ||
    symptoms.length > 0;
  if (!stop) return; // the common case: no string is built
  const at = `(session ${o.index + 1}, ${s.date})`;
  if ((s.painHours ?? 0) > 48) out.push(flag('COURSE-STOP-PAIN-48H', `${s.painHours} h ${at}.`, o));
  if (s.painWorseWithMovement === true) out.push(flag('COURSE-STOP-MOVEMENT', at, o));
  if (s.analgesicsIneffective === true) out.push(flag('COURSE-STOP-ANALGESICS', at, o));
  if ((s.rednessHours ?? 0) > 24 || s.swelling === true) {
    const what = s.swelling === true ? 'swelling' : `redness ${s.rednessHours} h`;
    out.push(flag('COURSE-STOP-INFLAMMATION', `${what} ${at}.`, o));
  }
  const neural = symptoms.filter((id) => id !== 'neck-pain');
  if (neural.length > 0)
    out.push(flag('COURSE-STOP-NEW-SYMPTOMS', `${neural.join(', ')} ${at}.`, o));
  if (neural.length < symptoms.length) out.push(flag('COURSE-NEW-NECK-PAIN', at, o));
}

/** Pain flags of one course: "not falling" once (at its first session), each 2-point rise. */
function painFlags(course: OrderedSession[], out: Reason[]): void {
  const n = course.length;
  const p0 = sessionPain(course[0]!.session);
  const p1 = n > 1 ? sessionPain(course[1]!.session) : null;
  // Sessions 1-2 both unrated: the first two rated sessions are the baseline (round 26).
  const floor =
    p0 === null && p1 === null
      ? firstRatedFloor(course)
      : p0 === null
        ? p1
        : p1 === null
          ? p0
          : Math.min(p0, p1);
  let first: OrderedSession | null = null;
  let list = '';
  let count = 0;
  // "Not falling" goes before the rises: they are pushed as found, it is put in front of them.
  const mark = out.length;
  let prev: number | null = null;
  for (let k = 0; k < n; k++) {
    const o = course[k]!;
    const p = sessionPain(o.session);
    // An unrated session between two rated ones hides no rise (4, 3, unrated, 6: round 26).
    if (p === null) continue;
    if (o.position >= 5 && floor !== null && p >= floor) {
      first ??= o;
      list += count++ === 0 ? `${o.index + 1}` : `, ${o.index + 1}`;
    }
    if (o.position >= 3 && prev !== null && p - prev >= MEANINGFUL_CHANGE) {
      out.push(
        flag(
          'COURSE-PAIN-RISING',
          `From ${prev} to ${p} (session ${o.index + 1}, ${o.session.date}).`,
          o,
        ),
      );
    }
    prev = p;
  }
  if (first) {
    const at = `session${count > 1 ? 's' : ''} ${list} (course ${first.course})`;
    const notFalling = flag(
      'COURSE-PAIN-NOT-FALLING',
      `Sessions 1-2 lowest ${floor}; not lower at ${at}.`,
      first,
    );
    if (out.length === mark) out.push(notFalling);
    else out.splice(mark, 0, notFalling);
  }
}

/** The lower pain of a course's first two rated sessions (null with fewer than two). */
function firstRatedFloor(course: OrderedSession[]): number | null {
  const rated: number[] = [];
  for (const o of course) {
    const p = sessionPain(o.session);
    if (p !== null) rated.push(p);
    if (rated.length === 2) return Math.min(rated[0]!, rated[1]!);
  }
  return null;
}

function ratingFlags(a: SessionAnalysis, out: Reason[]): void {
  for (const e of a.events) {
    if (e.kind === 'new-symptom') continue;
    const at = `(${e.rating} ${e.previous} → ${e.value}, session ${e.at.index + 1}, ${e.at.session.date})`;
    out.push(
      flag(e.kind === 'new-rating' ? 'COURSE-STOP-NEW-RATING' : 'COURSE-RATING-RISING', at, e.at),
    );
  }
}

/**
 * Flags in session order, stable (what Array.prototype.sort gives with the same key): an
 * insertion sort in place for the usual few dozen flags, which allocates nothing.
 */
function sortBySession(flags: Reason[]): void {
  const key = (r: Reason): number => r.session ?? Infinity;
  if (flags.length > 64) {
    flags.sort((x, y) => key(x) - key(y));
    return;
  }
  for (let i = 1; i < flags.length; i++) {
    const f = flags[i]!;
    const k = key(f);
    let j = i - 1;
    while (j >= 0 && key(flags[j]!) > k) {
      flags[j + 1] = flags[j]!;
      j--;
    }
    flags[j + 1] = f;
  }
}

const RANK: Record<CourseStatus, number> = { none: 0, expected: 1, concerning: 2, stop: 3 };
const statusOf = (r: Reason): CourseStatus =>
  rule(r.rule).effect === 'stop' ? 'stop' : 'concerning';

function summarise(course: OrderedSession[], flags: Reason[]): CourseSummary {
  let count = 0;
  let sum = 0;
  let first: number | null = null;
  let last: number | null = null;
  for (const o of course) {
    const p = sessionPain(o.session);
    if (p === null) continue;
    if (first === null) first = p;
    last = p;
    sum += p;
    count++;
  }
  const change = first !== null && last !== null ? last - first : null;
  const o = course[0]!;
  return {
    course: o.course,
    modality: o.session.modality,
    sessions: course.length,
    meanPain: count > 0 ? Math.round((sum / count) * 10) / 10 : null,
    firstPain: first,
    lastPain: last,
    change,
    meaningfulImprovement: change === null || count < 2 ? null : change <= -MEANINGFUL_CHANGE,
    flags: flags.filter((f) => f.modality === o.session.modality && f.course === o.course),
  };
}

export interface CourseResult {
  status: CourseStatus;
  flags: Reason[];
  courses: CourseSummary[];
  /** Modalities whose latest course carries a stop flag (COURSE-STOP-HOLD). */
  stopped: Modality[];
  warnings: AssessmentWarning[];
}

/** Memo per session log (on the analysis): the app re-assesses with the same log. */
export function assessCourse(c: CaseFile, analysis?: SessionAnalysis): CourseResult {
  const a = analysis ?? analyseSessions(c.sessions ?? []);
  const hit = a.course;
  if (hit && hit.medications === c.medications && hit.on === c.assessedOn) return hit.result;
  const result = computeCourse(c, a);
  a.course = { medications: c.medications, on: c.assessedOn, result };
  return result;
}

function computeCourse(c: CaseFile, a: SessionAnalysis): CourseResult {
  const warnings: AssessmentWarning[] = a.duplicates.map((o) => ({
    code: 'duplicate-session',
    field: `sessions[${o.original}]`,
    text: `Session ${o.session.date} (${o.session.modality}) repeats another session exactly: counted once.`,
  }));
  const flags: Reason[] = [];
  for (const course of a.courses.values()) for (const o of course) stopFlags(o, flags);
  ratingFlags(a, flags);
  for (const course of a.courses.values()) painFlags(course, flags);
  const perModality = new Map<Modality, Set<number>>();
  for (const course of a.courses.values()) {
    const o = course[0]!;
    const set = perModality.get(o.session.modality) ?? new Set<number>();
    set.add(o.course);
    perModality.set(o.session.modality, set);
  }
  for (const [m, numbers] of perModality) {
    const latest = a.latest.get(m) ?? 0;
    if (latest > MAX_COURSES || numbers.size > MAX_COURSES) {
      const at = a.courses.get(`${m}|${latest}`)?.[0];
      flags.push(
        flag('COURSE-MORE-THAN-4', `${m}: course ${latest}, ${numbers.size} courses logged.`, at),
      );
    }
  }
  const patient: Reason[] = [];
  medicationFlags(c, patient, warnings);

  let status: CourseStatus = a.courses.size > 0 ? 'expected' : 'none';
  const stopped = new Set<Modality>();
  for (const f of flags) {
    const o = f.session !== undefined ? a.ordered[f.session] : undefined;
    if (!o || !isLatestCourse(a, o)) continue;
    const s = statusOf(f);
    if (RANK[s] > RANK[status]) status = s;
    if (s === 'stop') stopped.add(o.session.modality);
  }
  if (patient.length > 0 && RANK[status] < RANK.concerning) status = 'concerning';
  sortBySession(flags);
  let all = flags;
  if (patient.length > 0) all = flags.concat(patient);
  const courses = [...a.courses.values()]
    .sort((x, y) => x[0]!.course - y[0]!.course || x[0]!.index - y[0]!.index)
    .map((course) => summarise(course, all));
  return { status, flags: all, courses, stopped: [...stopped], warnings };
}
