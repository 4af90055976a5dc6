/**
 * Course status and per-course summaries (brief §6, §8). Courses are per modality; the status
 * is the worst over each modality's latest course, plus the patient's painkiller rule.
 */
import { dayNumber, daysBetween } from './dates';
import type {
  AssessmentWarning,
  CaseFile,
  CourseStatus,
  CourseSummary,
  Medication,
  Modality,
  Reason,
} from './model';
import { isPainkiller } from './rules/analgesics';
import { COURSE_RULES } from './rules/course-rules';
import {
  analyseSessions,
  isLatestCourse,
  type OrderedSession,
  type SessionAnalysis,
} from './sessions';

export { orderSessions, SESSIONS_PER_COURSE, type OrderedSession } from './sessions';
export const MEANINGFUL_CHANGE = 2;
export const MAX_COURSES = 4;
export const ANALGESIC_DAYS = 4;

const RULES = new Map(COURSE_RULES.map((r) => [r.id, r]));
const rule = (id: string) => {
  const r = RULES.get(id);
  if (!r) throw new Error(`unknown course rule ${id}`);
  return r;
};

/** A session's pain: what the procedure leaves (`painAfter`), else `painBefore`. */
export function sessionPain(s: {
  painAfter?: number | null;
  painBefore?: number | null;
}): number | null {
  return s.painAfter ?? s.painBefore ?? null;
}

function flag(id: string, detail: string, at?: OrderedSession): Reason {
  const r = rule(id);
  const out: Reason = {
    rule: r.id,
    source: r.source,
    text: detail ? `${r.text} ${detail}` : r.text,
  };
  if (at) {
    out.session = at.index;
    out.course = at.course;
    out.modality = at.session.modality;
  }
  return out;
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

const ORAL_SOLID =
  /tablet|tabs?\b|capsule|caps?\b|kapsel|caplet|softgel|gel ?cap|dragee|drag[eé]e|lozenge|pill|oral|p\.?o\.?\b|by mouth|sachet|granule|powder|таблет|капсул|драже|пакет|порош/i;
/** Painkillers only taken into the body (no gel or cream of them is sold). */
const SYSTEMIC_ONLY =
  /\b(?:paracetamol|acetaminoph?en|tramadol|codeine|dihydrocodeine|metamizol\w*|dipyrone|oxycodone|morphine|tapentadol|hydrocodone)/i;
/** Not taken by mouth: applied to the skin, injected, inhaled, into the eye, ear, nose or rectum. */
const NOT_BY_MOUTH =
  /(?<!\b(?:liqui|liquid|liquid-filled|soft|oral)[- ]?)\bgels?\b(?![- ]?caps?|\s*\(\w*kapsel)|emulgel|\b(?:cream|cr[eè]me|ointment|salve|salbe|balm|pommade|liniment|embrocation|rub|cataplasm|poultice|roll-on|mousse|lotion|foam|patch(?:es)?|plaster|machine|c?pap|(?<!\b(?:oral|oromucosal|mouth|sublingual|buccal)\s)spray|topical|transdermal|cutaneous|injection|injectable|infusion|ampoule|ampule|vial|syringe|suppositor\w*|supp\b|z[aä]pfchen|rectal|per rectum|inhal\w*|nebul\w*|nasal|eye|ear|ophthalmic|otic|intramuscular|intravenous|subcutaneous)\b|\b(?:inj|i\.v|i\.m|s\.c)\.|гель|мазь|крем|пластыр|инъекц|ампул|свеч/i;
/**
 * Taken by mouth: a tablet or capsule by any name ("effervescent", "soluble", "Tbl.",
 * "comprimé", "SR"), anything not applied, injected or inhaled; an explicit `analgesic` flag
 * counts (brief §8).
 */
const isTablet = (m: Medication): boolean =>
  m.analgesic === true ||
  // (Not a machine: "APAP (auto-CPAP) machine".)
  (!/\b(?:machine|c?pap|bipap)\b/i.test(`${m.name} ${m.form ?? ''}`) && takenByMouth(m));

const takenByMouth = (m: Medication): boolean =>
  // Painkillers that are never put on the skin: any form but an injection or suppository.
  (SYSTEMIC_ONLY.test(m.name) && !/inj|infus|suppos|rectal|\bi\.?v\b/i.test(m.form ?? '')) ||
  m.form === undefined ||
  m.form.trim() === '' ||
  ORAL_SOLID.test(m.form) ||
  !NOT_BY_MOUTH.test(m.form);

/** A painkiller run that ended this long before the assessment says nothing of the course. */
const PAST_RUN_DAYS = 180;
/**
 * Aspirin at an antiplatelet dose ("Aspirin 75 mg", "low-dose aspirin", "baby aspirin",
 * "Aspirin EC 75", "Аспирин Кардио 100 мг", "cardiac aspirin"): not a painkiller.
 */
const LOW_DOSE_ASPIRIN =
  /(?<![\w\u0400-\u04ff])(?:low[- ]dose (?:aspirin|asa)|baby aspirin|(?:aspirin|acetylsalicylic acid|asa|\u0430\u0441\u043f\u0438\u0440\u0438\u043d)[\w\u0400-\u04ff]*(?: [\w\u0400-\u04ff]+)? (?:75|81|100|150)(?: ?(?:mg|\u043c\u0433))?(?![\d.,]| *(?:x|\*) *[2-9])|(?:aspirin|\u0430\u0441\u043f\u0438\u0440\u0438\u043d) ?(?:cardio|protect|\u043a\u0430\u0440\u0434\u0438\u043e)[\w\u0400-\u04ff]*|cardi(?:o|ac) ?aspirin)(?![\w\u0400-\u04ff])/gi;
/**
 * An aspirin entry taken as a painkiller all the same: "for neck pain", several tablets a
 * dose, three or four times a day, a painkiller's dose ("1 g daily").
 */
const PAINKILLER_USE =
  /\bfor (?:the )?(?:(?:neck|back|head|joint|muscle|shoulder)\s+)?(?:pain|ache|headache|analgesia)\b|\b(?:[2-9]|two|three|four) (?:tablets|tabs|caps(?:ules)?)\b|\b(?:qds|qid|tds|tid|q[46]h|four times|three times)\b|(?:^|[^\d.,])(?:[3-9]\d\d ?mg|[1-9](?:[.,]\d+)? ?g)\b/i;

/** An antiplatelet aspirin and nothing else for pain in the entry. */
function antiplateletOnly(m: Medication): boolean {
  const text = `${m.name} ${m.form ?? ''}`;
  LOW_DOSE_ASPIRIN.lastIndex = 0;
  if (!LOW_DOSE_ASPIRIN.test(text) || PAINKILLER_USE.test(text)) return false;
  // "Paracetamol 1 g QDS; aspirin 75 mg OD": the other drug of the entry is a painkiller.
  return !isPainkiller(text.replace(LOW_DOSE_ASPIRIN, ' '));
}

function medicationFlags(c: CaseFile, out: Reason[], warnings: AssessmentWarning[]): void {
  // Runs over several entries need two of them: a single entry allocates nothing more.
  const taken: Taken[] | null = (c.medications?.length ?? 0) > 1 ? [] : null;
  (c.medications ?? []).forEach((m, i) => {
    if (!isTablet(m)) return;
    const painkiller = m.analgesic ?? isPainkiller(m.name);
    if (!painkiller) {
      if (m.analgesic === undefined)
        warnings.push({
          code: 'unrecognised-tablet',
          field: `medications[${i}]`,
          text: `"${m.name}" is not recognised as a painkiller: mark whether it is one (painkillers taken for more than ${ANALGESIC_DAYS} days raise a course flag).`,
        });
      return;
    }
    if (!m.start) return;
    // Days taken so far (a 10-day prescription begun 2 days ago is 3 days), and not a run
    // long over (ibuprofen after a dental operation two years ago).
    const until = m.end !== undefined && m.end < c.assessedOn ? m.end : c.assessedOn;
    if ((daysBetween(until, c.assessedOn) ?? 0) > PAST_RUN_DAYS) return;
    if (m.analgesic !== true && antiplateletOnly(m)) return;
    const days = (daysBetween(m.start, until) ?? 0) + 1;
    const alone = days > ANALGESIC_DAYS;
    if (alone)
      out.push(flag('COURSE-ANALGESICS-4-DAYS', `${m.name}: ${days} days from ${m.start}.`));
    const from = dayNumber(m.start);
    if (taken && from !== null)
      taken.push({ name: m.name, start: m.start, from, to: from + Math.max(days, 1) - 1, alone });
  });
  if (taken) runFlags(taken, out);
}

/** A painkiller entry's days (day numbers, inclusive); `alone`: over the limit by itself. */
interface Taken {
  name: string;
  start: string;
  from: number;
  to: number;
  alone: boolean;
}

/**
 * The rule belongs to the patient (brief §8): painkiller entries whose days follow on or
 * overlap ("ibuprofen 3 days, then paracetamol 3 days"; a repeat prescription entered
 * again) count as one run of days. A run over the limit raises the flag once, unless one
 * of its entries raised it alone.
 */
function runFlags(taken: Taken[], out: Reason[]): void {
  if (taken.length < 2) return;
  taken.sort((a, b) => a.from - b.from);
  for (let i = 0; i < taken.length; ) {
    const run = [taken[i]!];
    let to = taken[i]!.to;
    for (i++; i < taken.length && taken[i]!.from <= to + 1; i++) {
      run.push(taken[i]!);
      to = Math.max(to, taken[i]!.to);
    }
    const days = to - run[0]!.from + 1;
    if (run.length < 2 || days <= ANALGESIC_DAYS || run.some((t) => t.alone)) continue;
    const names = [...new Set(run.map((t) => t.name))].join(', ');
    out.push(
      flag(
        'COURSE-ANALGESICS-4-DAYS',
        `${names}: ${days} days in a row from ${run[0]!.start} (${run.length} entries together).`,
      ),
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
