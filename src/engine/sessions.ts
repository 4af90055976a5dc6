/**
 * The session log read once per assessment (brief §6, §8): date order, course numbers per
 * modality, exact duplicates, and what the sessions say about findings — new symptoms and
 * rating-based symptoms, each dated by its session.
 */
import { daysBetween } from './dates';
import type { FindingId } from './finding-ids';
import type { CourseResult } from './course';
import type { Facts } from './facts';
import type { CaseFile, Modality, TreatmentSession } from './model';

export const SESSIONS_PER_COURSE = 10;
/** Days between two sessions of a modality within which an unnumbered one goes on a course. */
export const COURSE_GAP_DAYS = 30;

export interface OrderedSession {
  session: TreatmentSession;
  /** Index in date order over all sessions (duplicates included). */
  index: number;
  /** Index in the case file's `sessions` array. */
  original: number;
  /**
   * Course number: as recorded; else the course of the modality's latest earlier numbered
   * session (today's entry with its number left blank), else by the 10-procedure rule.
   */
  course: number;
  /** The course number was inferred (not recorded). */
  inferred?: boolean;
  /** 1-based position within its course (modality + course number). */
  position: number;
  /** Set on an exact duplicate (by orderSessions): the date-order index of the session it repeats. */
  duplicateOf?: number;
}

/** What a session says about a finding (brief §8 "Symptoms after sessions", "Ratings"). */
export interface SessionEvent {
  finding: FindingId;
  /** `new-symptom`: in `newSymptoms`; `new-rating`: 2+ after zeros; `rising`: 2+ above a 1+ high. */
  kind: 'new-symptom' | 'new-rating' | 'rising';
  /** For rating events: which rating. */
  rating?: 'dizziness' | 'headache';
  value?: number;
  previous?: number;
  at: OrderedSession;
}

/** A finding a session gives, with where it comes from and its date. */
export interface SessionReading {
  finding: FindingId;
  source: string;
  onset: string;
}

export interface SessionAnalysis {
  ordered: OrderedSession[];
  /** Dates of logged sessions per modality list, filled by loggedDates (per analysis). */
  logged?: Map<string, string[]>;
  /** What the events say of findings, as facts read them (filled by buildFacts). */
  readings?: SessionReading[];
  /**
   * The course result last computed from this log, with what else it read (filled by
   * assessCourse): kept here rather than in a WeakMap, which every new log would grow.
   */
  course?: { medications: CaseFile['medications']; on: string; result: CourseResult };
  /**
   * The facts last built with this log, with the findings, imaging, medications, referral
   * reason and date they read.
   */
  facts?: {
    findings: object;
    imaging: CaseFile['imaging'];
    medications: CaseFile['medications'];
    reason: unknown;
    referredOn: unknown;
    on: string;
    facts: Facts;
  };
  /** Courses keyed `modality|number`, sessions in date order, duplicates left out. */
  courses: Map<string, OrderedSession[]>;
  /** Per modality, its latest (highest) course number. */
  latest: Map<Modality, number>;
  /** Per modality, the course of its most recent session (a clinic may number anew). */
  recent: Map<Modality, number>;
  events: SessionEvent[];
  duplicates: OrderedSession[];
}

const courseKey = (m: Modality, n: number): string => `${m}|${n}`;

const SAME_FIELDS = [
  'course',
  'painBefore',
  'painAfter',
  'dizziness',
  'headache',
  'painHours',
  'rednessHours',
  'swelling',
  'painWorseWithMovement',
  'analgesicsIneffective',
] as const;

/** Exact duplicate: same date, modality and every contract value (no strings built). */
function sameSession(a: TreatmentSession, b: TreatmentSession): boolean {
  if (a.date !== b.date || a.modality !== b.modality) return false;
  for (const k of SAME_FIELDS) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  const x = a.newSymptoms ?? [];
  const y = b.newSymptoms ?? [];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Sessions in date order (stable), each with its course number and place in the course. */
export function orderSessions(sessions: readonly TreatmentSession[]): OrderedSession[] {
  let inOrder = true;
  for (let k = 1; k < sessions.length && inOrder; k++)
    inOrder = sessions[k - 1]!.date <= sessions[k]!.date;
  const order = sessions.map((_, i) => i);
  if (!inOrder) {
    order.sort((a, b) => {
      const x = sessions[a]!.date;
      const y = sessions[b]!.date;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
  }
  // Per modality: sessions seen, the latest numbered session's course, and per course
  // number the sessions placed so far. An exact duplicate takes its original's place (it
  // shifts no later session's position).
  const counts: Partial<Record<Modality, number>> = {};
  const numbered: Partial<Record<Modality, { course: number; date: string }>> = {};
  const highest: Partial<Record<Modality, number>> = {};
  // Inferred course numbers come after every recorded one: unnumbered sessions of 2025 are
  // not the course 1 recorded in 2026.
  const recorded = new Map<Modality, number>();
  for (const s of sessions)
    if (s.course != null && s.course > (recorded.get(s.modality) ?? 0))
      recorded.set(s.modality, s.course);
  const placed: Partial<Record<Modality, number[]>> = {};
  const out: OrderedSession[] = [];
  for (let index = 0; index < order.length; index++) {
    const i = order[index]!;
    const s = sessions[i]!;
    const m = s.modality;
    let twin: OrderedSession | undefined;
    for (let j = out.length - 1; j >= 0 && out[j]!.session.date === s.date; j--)
      if (sameSession(out[j]!.session, s)) twin = out[j];
    if (twin) {
      out.push({
        ...twin,
        session: s,
        index,
        original: i,
        duplicateOf: twin.duplicateOf ?? twin.index,
      });
      continue;
    }
    const nth = counts[m] ?? 0;
    counts[m] = nth + 1;
    // The latest numbered course goes on only while it is current (a session within
    // COURSE_GAP_DAYS of the modality's previous one); else the 10-procedure rule.
    const last = numbered[m];
    const goesOn =
      last !== undefined && (daysBetween(last.date, s.date) ?? Infinity) <= COURSE_GAP_DAYS;
    // Long after a numbered course, an unnumbered session starts a new one (numbered after
    // the highest so far: it must not join an old course of the same number).
    const course =
      s.course ??
      (goesOn
        ? last.course
        : last !== undefined
          ? Math.max(highest[m] ?? 0, recorded.get(m) ?? 0) + 1
          : Math.floor(nth / SESSIONS_PER_COURSE) + 1 + (recorded.get(m) ?? 0));
    if (s.course != null || last !== undefined) numbered[m] = { course, date: s.date };
    if (course > (highest[m] ?? 0)) highest[m] = course;
    const byCourse = (placed[m] ??= []);
    const position = (byCourse[course] ?? 0) + 1;
    byCourse[course] = position;
    out.push({
      session: s,
      index,
      original: i,
      course,
      position,
      ...(s.course == null && !goesOn ? { inferred: true } : {}),
    });
  }
  return out;
}

/**
 * Rating events of one course; returns its highest rating. `carry`: the highest of the
 * modality's course before, when this one's start was only inferred by the 10-procedure
 * rule: its first session is then also read against it (the patient did not start anew).
 */
function ratingEvents(
  course: OrderedSession[],
  rating: 'dizziness' | 'headache',
  out: SessionEvent[],
  carry?: number,
): number {
  // An inferred start: its first session is also read against the course before (the
  // events read within the course, as for any course, stay as they are).
  const first = course[0];
  if (carry !== undefined && first) {
    const value = first.session[rating] ?? 0;
    if (value >= 2 && carry === 0)
      out.push({ finding: rating, kind: 'new-rating', rating, value, previous: 0, at: first });
    else if (carry >= 1 && value - carry >= 2)
      out.push({
        finding: 'triad-progressive',
        kind: 'rising',
        rating,
        value,
        previous: carry,
        at: first,
      });
  }
  let highest = 0;
  for (const o of course) {
    const value = o.session[rating] ?? 0;
    if (o.position > 1) {
      if (value >= 2 && highest === 0) {
        out.push({ finding: rating, kind: 'new-rating', rating, value, previous: 0, at: o });
      } else if (highest >= 1 && value - highest >= 2) {
        out.push({
          finding: 'triad-progressive',
          kind: 'rising',
          rating,
          value,
          previous: highest,
          at: o,
        });
      }
    }
    if (value > highest) highest = value;
  }
  return highest;
}

/** Memo per sessions array: the app re-assesses on every keystroke with the same log. */
const memo = new WeakMap<readonly TreatmentSession[], SessionAnalysis>();

/**
 * The analysis of a session log, memoised per sessions array (what else is memoised hangs
 * off it: facts, verdicts, the course). `remember: false` for work over many cases at once
 * (a worklist's triage, an import): nothing is kept, the memory goes with the result.
 */
export function analyseSessions(
  sessions: readonly TreatmentSession[],
  remember = true,
): SessionAnalysis {
  if (!remember) return memo.get(sessions) ?? analyse(sessions);
  let hit = memo.get(sessions);
  if (!hit) {
    hit = analyse(sessions);
    memo.set(sessions, hit);
  }
  return hit;
}

function analyse(sessions: readonly TreatmentSession[]): SessionAnalysis {
  const ordered = orderSessions(sessions);
  const courses = new Map<string, OrderedSession[]>();
  const latest = new Map<Modality, number>();
  const recent = new Map<Modality, number>();
  const events: SessionEvent[] = [];
  const duplicates: OrderedSession[] = [];
  let list: OrderedSession[] | undefined;
  let listModality: Modality | null = null;
  let listCourse = 0;
  for (const o of ordered) {
    // Exact duplicates were found while ordering (they take their original's place).
    if (o.duplicateOf !== undefined) {
      duplicates.push(o);
      continue;
    }
    if (o.session.modality !== listModality || o.course !== listCourse) {
      listModality = o.session.modality;
      listCourse = o.course;
      const ck = courseKey(listModality, listCourse);
      list = courses.get(ck);
      if (!list) courses.set(ck, (list = []));
    }
    list!.push(o);
    if (o.course > (latest.get(o.session.modality) ?? 0)) latest.set(o.session.modality, o.course);
    recent.set(o.session.modality, o.course);
    for (const id of o.session.newSymptoms ?? [])
      events.push({ finding: id, kind: 'new-symptom', at: o });
  }
  // Courses of a modality in number order; an inferred course goes on from the one before.
  const before = new Map<string, { dizziness: number; headache: number }>();
  const inOrder = [...courses.values()].sort((a, b) =>
    a[0]!.session.modality < b[0]!.session.modality
      ? -1
      : a[0]!.session.modality > b[0]!.session.modality
        ? 1
        : a[0]!.course - b[0]!.course,
  );
  for (const course of inOrder) {
    const m = course[0]!.session.modality;
    const prev = course[0]!.inferred && course[0]!.course > 1 ? before.get(m) : undefined;
    before.set(m, {
      dizziness: ratingEvents(course, 'dizziness', events, prev?.dizziness),
      headache: ratingEvents(course, 'headache', events, prev?.headache),
    });
  }
  // The memo fields exist from the start: one object shape for every analysis.
  return {
    ordered,
    courses,
    latest,
    recent,
    events,
    duplicates,
    logged: undefined,
    readings: undefined,
    course: undefined,
    facts: undefined,
  };
}

/**
 * Whether a course (its sessions) is its modality's latest: the highest number, or the
 * course of its most recent session (a new clinic numbering from 1 again), and the courses
 * before either while their starts were only inferred by the 10-procedure rule (an inferred
 * boundary starts nothing anew: a stop in the 10th session still holds the 11th).
 */
export function isLatestCourse(a: SessionAnalysis, o: OrderedSession): boolean {
  const m = o.session.modality;
  for (const last of [a.latest.get(m), a.recent.get(m)]) {
    for (let c = last ?? 0; c >= 1; c--) {
      if (o.course === c) return true;
      if (!a.courses.get(courseKey(m, c))?.[0]?.inferred) break;
    }
  }
  return false;
}

/** Dates of the logged (not duplicate) sessions of some modalities (memoised per log). */
export function loggedDates(a: SessionAnalysis, modalities: readonly Modality[]): string[] {
  const byKey = (a.logged ??= new Map());
  const key = modalities.join('+');
  let out = byKey.get(key);
  if (!out) {
    out = [];
    for (const course of a.courses.values()) {
      for (const o of course) if (modalities.includes(o.session.modality)) out.push(o.session.date);
    }
    byKey.set(key, out);
  }
  return out;
}
