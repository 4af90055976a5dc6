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

function stopFlags(o: OrderedSession): Reason[] {
  const s = o.session;
  const at = `(session ${o.index + 1}, ${s.date})`;
  const out: Reason[] = [];
  if ((s.painHours ?? 0) > 48)
    out.push(flag('COURSE-STOP-PAIN-48H', `${s.painHours} h ${at}.`, o.index));
  if (s.painWorseWithMovement === true) out.push(flag('COURSE-STOP-MOVEMENT', at, o.index));
  if (s.analgesicsIneffective === true) out.push(flag('COURSE-STOP-ANALGESICS', at, o.index));
  if ((s.rednessHours ?? 0) > 24 || s.swelling === true) {
    const what = s.swelling === true ? 'swelling' : `redness ${s.rednessHours} h`;
    out.push(flag('COURSE-STOP-INFLAMMATION', `${what} ${at}.`, o.index));
  }
  if ((s.newSymptoms ?? []).length > 0) {
    out.push(
      flag('COURSE-STOP-NEW-SYMPTOMS', `${(s.newSymptoms ?? []).join(', ')} ${at}.`, o.index),
    );
  }
  return out;
}

/** Pain flags of one course: "not falling" once (at its first session), each 2-point rise. */
function painFlags(course: OrderedSession[]): Reason[] {
  const out: Reason[] = [];
  const pains = course.map((o) => sessionPain(o.session));
  const early = [pains[0], pains[1]].filter((p): p is number => p !== null && p !== undefined);
  const floor = early.length > 0 ? Math.min(...early) : null;
  let notFalling: OrderedSession[] = [];
  course.forEach((o, k) => {
    const p = pains[k];
    if (p === null || p === undefined) return;
    if (o.position >= 5 && floor !== null && p >= floor) notFalling.push(o);
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
  });
  if (notFalling.length > 0) {
    const first = notFalling[0]!;
    const list = notFalling.map((o) => o.index + 1).join(', ');
    out.unshift(
      flag(
        'COURSE-PAIN-NOT-FALLING',
        `Sessions 1-2 lowest ${floor}; not lower at session${notFalling.length > 1 ? 's' : ''} ${list} (course ${first.course}).`,
        first.index,
      ),
    );
    notFalling = [];
  }
  return out;
}

function summarise(courseNo: number, course: OrderedSession[], flags: Reason[]): CourseSummary {
  const pains = course.map((o) => sessionPain(o.session)).filter((p): p is number => p !== null);
  const first = pains.length > 0 ? pains[0]! : null;
  const last = pains.length > 0 ? pains[pains.length - 1]! : null;
  const change = first !== null && last !== null ? last - first : null;
  const indices = new Set(course.map((o) => o.index));
  return {
    course: courseNo,
    sessions: course.length,
    meanPain:
      pains.length > 0
        ? Math.round((pains.reduce((a, b) => a + b, 0) / pains.length) * 10) / 10
        : null,
    firstPain: first,
    lastPain: last,
    change,
    meaningfulImprovement:
      change === null || pains.length < 2 ? null : change <= -MEANINGFUL_CHANGE,
    flags: flags.filter((f) => f.session !== undefined && indices.has(f.session)),
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

  const stops = ordered.flatMap(stopFlags);
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
  const courses = [...byCourse.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, course]) => summarise(n, course, flags));
  return { status, flags, courses };
}
