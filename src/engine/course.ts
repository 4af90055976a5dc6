/** Course status and per-course summaries (brief section 6). */
import { daysBetween } from './dates';
import type {
  CaseFile,
  CourseStatus,
  CourseSummary,
  Medication,
  Reason,
  TreatmentSession,
} from './model';
import { COURSE_RULES } from './rules/course-rules';

export const SESSIONS_PER_COURSE = 10;
export const MEANINGFUL_CHANGE = 2;

const RULES = new Map(COURSE_RULES.map((r) => [r.id, r]));
const rule = (id: string) => {
  const r = RULES.get(id);
  if (!r) throw new Error(`unknown course rule ${id}`);
  return r;
};

/** A session's pain: what the procedure leaves (`painAfter`), else `painBefore`. */
export function sessionPain(s: TreatmentSession): number | null {
  return s.painAfter ?? s.painBefore ?? null;
}

export interface OrderedSession {
  session: TreatmentSession;
  /** Index in date order over all sessions. */
  index: number;
  /** Course number: as recorded, else by the 10-procedure rule. */
  course: number;
  /** 1-based position within its course. */
  position: number;
}

/** Sessions in date order (stable), each with its course number and place in the course. */
export function orderSessions(sessions: readonly TreatmentSession[]): OrderedSession[] {
  const sorted = sessions
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.date < b.s.date ? -1 : a.s.date > b.s.date ? 1 : a.i - b.i));
  const seen = new Map<number, number>();
  return sorted.map(({ s }, index) => {
    const course = s.course ?? Math.floor(index / SESSIONS_PER_COURSE) + 1;
    const position = (seen.get(course) ?? 0) + 1;
    seen.set(course, position);
    return { session: s, index, course, position };
  });
}

const ANALGESIC =
  /ibuprofen|paracetamol|acetaminophen|diclofenac|naproxen|ketorolac|ketoprofen|aspirin|acetylsalicyl|metamizol|analgin|nimesulid|meloxicam|celecoxib|etoricoxib|tramadol|codeine|dexketoprofen|indomethacin|piroxicam|lornoxicam|aceclofenac|analges|painkiller|nsaid/i;
const ORAL_SOLID = /tablet|tab\b|capsule|caps?\b|pill|oral/i;

function isAnalgesicTablet(m: Medication): boolean {
  const analgesic = m.analgesic ?? ANALGESIC.test(m.name);
  // Form not recorded: counted (fail-safe).
  const tablet = m.form === undefined || m.form.trim() === '' || ORAL_SOLID.test(m.form);
  return analgesic && tablet;
}

function flag(id: string, detail: string, session?: number): Reason {
  const r = rule(id);
  return {
    rule: r.id,
    source: r.source,
    text: `${r.text} ${detail}`.trim(),
    ...(session !== undefined ? { session } : {}),
  };
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
  if ((s.painHours ?? 0) > 48)
    out.push(flag('COURSE-STOP-PAIN-48H', `${s.painHours} h ${at}.`, o.index));
  if (s.painWorseWithMovement === true) out.push(flag('COURSE-STOP-MOVEMENT', at, o.index));
  if (s.analgesicsIneffective === true) out.push(flag('COURSE-STOP-ANALGESICS', at, o.index));
  if ((s.rednessHours ?? 0) > 24 || s.swelling === true) {
    const what = s.swelling === true ? 'swelling' : `redness ${s.rednessHours} h`;
    out.push(flag('COURSE-STOP-INFLAMMATION', `${what} ${at}.`, o.index));
  }
  if (symptoms.length > 0)
    out.push(flag('COURSE-STOP-NEW-SYMPTOMS', `${symptoms.join(', ')} ${at}.`, o.index));
}

/** Pain flags of one course: "not falling" once (at its first session), each 2-point rise. */
function painFlags(course: OrderedSession[]): Reason[] {
  const out: Reason[] = [];
  const n = course.length;
  const pains = new Array<number | null>(n);
  for (let k = 0; k < n; k++) pains[k] = sessionPain(course[k]!.session);
  const p0 = pains[0] ?? null;
  const p1 = n > 1 ? (pains[1] ?? null) : null;
  const floor = p0 === null ? p1 : p1 === null ? p0 : Math.min(p0, p1);
  let first: OrderedSession | null = null;
  let list = '';
  let count = 0;
  for (let k = 0; k < n; k++) {
    const p = pains[k];
    if (p === null || p === undefined) continue;
    const o = course[k]!;
    if (o.position >= 5 && floor !== null && p >= floor) {
      first ??= o;
      list += count++ === 0 ? `${o.index + 1}` : `, ${o.index + 1}`;
    }
    const prev = k > 0 ? pains[k - 1] : null;
    if (o.position >= 3 && prev !== null && prev !== undefined && p - prev >= MEANINGFUL_CHANGE) {
      out.push(
        flag(
          'COURSE-PAIN-RISING',
          `From ${prev} to ${p} (session ${o.index + 1}, ${o.session.date}).`,
          o.index,
        ),
      );
    }
  }
  if (first) {
    const at = `session${count > 1 ? 's' : ''} ${list} (course ${first.course})`;
    out.unshift(
      flag(
        'COURSE-PAIN-NOT-FALLING',
        `Sessions 1-2 lowest ${floor}; not lower at ${at}.`,
        first.index,
      ),
    );
  }
  return out;
}

function summarise(
  courseNo: number,
  course: OrderedSession[],
  flagsBySession: Map<number, Reason[]>,
): CourseSummary {
  let count = 0;
  let sum = 0;
  let first: number | null = null;
  let last: number | null = null;
  const flags: Reason[] = [];
  for (const o of course) {
    const p = sessionPain(o.session);
    if (p !== null) {
      if (first === null) first = p;
      last = p;
      sum += p;
      count++;
    }
    const f = flagsBySession.get(o.index);
    if (f) for (const x of f) flags.push(x);
  }
  const change = first !== null && last !== null ? last - first : null;
  return {
    course: courseNo,
    sessions: course.length,
    meanPain: count > 0 ? Math.round((sum / count) * 10) / 10 : null,
    firstPain: first,
    lastPain: last,
    change,
    meaningfulImprovement: change === null || count < 2 ? null : change <= -MEANINGFUL_CHANGE,
    flags,
  };
}

export function assessCourse(c: CaseFile): {
  status: CourseStatus;
  flags: Reason[];
  courses: CourseSummary[];
} {
  const sessions = c.sessions ?? [];
  if (sessions.length === 0) return { status: 'none', flags: [], courses: [] };
  const ordered = orderSessions(sessions);
  const byCourse = new Map<number, OrderedSession[]>();
  for (const o of ordered) {
    const list = byCourse.get(o.course);
    if (list) list.push(o);
    else byCourse.set(o.course, [o]);
  }

  const stops: Reason[] = [];
  for (const o of ordered) stopFlags(o, stops);
  const concerns: Reason[] = [];
  for (const course of byCourse.values()) concerns.push(...painFlags(course));
  for (const m of c.medications ?? []) {
    if (!isAnalgesicTablet(m) || !m.start) continue;
    const days = (daysBetween(m.start, m.end ?? c.assessedOn) ?? 0) + 1;
    if (days > 4)
      concerns.push(flag('COURSE-ANALGESICS-4-DAYS', `${m.name}: ${days} days from ${m.start}.`));
  }
  if (byCourse.size > 4) concerns.push(flag('COURSE-MORE-THAN-4', `${byCourse.size} courses.`));

  const flags = [...stops, ...concerns];
  const status: CourseStatus =
    stops.length > 0 ? 'stop' : concerns.length > 0 ? 'concerning' : 'expected';
  const flagsBySession = new Map<number, Reason[]>();
  for (const f of flags) {
    if (f.session === undefined) continue;
    const list = flagsBySession.get(f.session);
    if (list) list.push(f);
    else flagsBySession.set(f.session, [f]);
  }
  const courses = [...byCourse.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, course]) => summarise(n, course, flagsBySession));
  return { status, flags, courses };
}
