/**
 * Reviewer probes, round 27: eae212c's course and painkiller fixes attacked both ways (brief §6,
 * §8 "Ratings", "Courses are per modality", "Unrecognised tablets", §9). Each vignette is round
 * 17's clean, fully answered patient (probe-r17-lib.ts `vignette()`, assessed on 2026-11-20) with
 * only the session log and the medications changed. Families M*: misses (lower bounds); F*:
 * false alarms (upper bounds: CLEAN, course expected). A `rule` starting with `judgement:` marks a
 * judgement call, its reason in that field.
 */
import type { Medication, Modality, TreatmentSession } from '../../model';
import type { Expectation, ModKey, Probe } from './probe-model';
import { CLEAN, EMERGENCY, URGENT, ago, ses, vignette, type Vignette } from './probe-r17-lib';

const MANIP: Modality = 'cervical-manipulation';
const CZM: Modality = 'collar-zone-massage';
const BM: Modality = 'back-massage';
const EX: Modality = 'therapeutic-exercise';
const KEY: Record<Modality, ModKey> = {
  'cervical-manipulation': 'manip',
  'collar-zone-massage': 'czm',
  'back-massage': 'bm',
  'therapeutic-exercise': 'ex',
};

/** A round 27 probe: `id: essence`. */
function r27(
  family: string,
  rule: string,
  id: string,
  essence: string,
  v: Vignette,
  expect: Expectation,
): Probe {
  return {
    round: 27,
    family,
    name: `${id}: ${essence}`,
    rule,
    delta: { whole: vignette(`r27-${id}`, v) },
    expect,
  };
}

/** One session `d` days before 2026-11-20 (course 1 unless `over` says otherwise). */
function x(
  d: number,
  m: Modality,
  pain: readonly [number | null, number | null],
  dz: number | null = 0,
  ha: number | null = 0,
  over: Partial<TreatmentSession> = {},
): TreatmentSession {
  return ses(d, m, {
    painBefore: pain[0],
    painAfter: pain[1],
    dizziness: dz,
    headache: ha,
    ...over,
  });
}

/** `n` sessions of one modality every `gap` days, the last `last` days ago; pain falling 6 -> 1. */
function run(
  n: number,
  m: Modality,
  last: number,
  over: (i: number) => Partial<TreatmentSession> = () => ({}),
  gap = 3,
): TreatmentSession[] {
  return Array.from({ length: n }, (_, i) =>
    ses(last + gap * (n - 1 - i), m, {
      painBefore: Math.max(6 - Math.floor(i / 2), 2),
      painAfter: Math.max(5 - Math.floor(i / 2), 1),
      ...over(i),
    }),
  );
}

/** No course number recorded. */
const U: Partial<TreatmentSession> = { course: null };

/** A medication taken from `start` to `end` days ago (null: no end, still taken). */
function med(
  name: string,
  form: string | undefined,
  start: number | null,
  end: number | null,
  extra: Partial<Medication> = {},
): Medication {
  return {
    name,
    ...(form === undefined ? {} : { form }),
    ...(start === null ? {} : { start: ago(start) }),
    ...(end === null ? {} : { end: ago(end) }),
    ...extra,
  };
}

/** Course stop with `flag`, the modality held (COURSE-STOP-HOLD or more). */
const stop = (m: Modality, flag: string, more: Expectation = {}): Expectation => ({
  [KEY[m]]: 'not-cleared',
  ...more,
  course: ['stop'],
  rules: { course: [flag], ...(more.rules ?? {}) },
});
/** Course at least concerning with `flag`. */
const concern = (flag: string, more: Expectation = {}): Expectation => ({
  ...more,
  course: ['concerning', 'stop'],
  rules: { course: [flag], ...(more.rules ?? {}) },
});
/** A course going well: nothing raised, status expected. */
const FINE: Expectation = { ...CLEAN, course: ['expected'] };
/** Emergency with the course stopped by a new rating. */
const EMERG_RATING: Expectation = {
  ...EMERGENCY,
  course: ['stop'],
  rules: { course: ['COURSE-STOP-NEW-RATING'] },
};
/** The painkiller rule: course at least concerning. */
const PAINKILLER = concern('COURSE-ANALGESICS-4-DAYS');
/** A plain manipulation course of 3 sessions going well (pain falling), the last 2 days ago. */
const BASE = run(3, MANIP, 2);

// ================================================================ M1: inherited old numbers

const F_INHERIT =
  'r27 M1 unnumbered sessions long after a numbered course inherit its number (eae212c sessions.ts)';
const R_RATING =
  '\u00a78 Ratings: 2+ after zeros in the course -> stop, symptom present (onset = session date); \u00a79 triad feature within 14 days after a manipulation -> emergency (after a collar-zone massage -> urgent); \u00a76 a course is about 10 procedures';
const J_GAP =
  'judgement: the old numbered course was short, so the 10-procedure rule gives no boundary; a gap of a year or more starts a new course';

const M1: Probe[] = [
  r27(
    F_INHERIT,
    R_RATING + ' (the old course had 10 sessions: before eae212c these were an inferred course 2)',
    'M1-1',
    'manip course 1 (10 sessions, dizziness 2 throughout) a year ago; now 4 unnumbered manipulations, dizziness 0, 0, 0, 4 (the last 3 days ago)',
    {
      who: 'chiropractor',
      s: [
        ...run(10, MANIP, 373, () => ({ dizziness: 2 })),
        x(12, MANIP, [6, 5], 0, 0, U),
        x(9, MANIP, [5, 4], 0, 0, U),
        x(6, MANIP, [4, 3], 0, 0, U),
        x(3, MANIP, [4, 3], 4, 0, U),
      ],
    },
    EMERG_RATING,
  ),
  r27(
    F_INHERIT,
    R_RATING + ' (the old course had 10 sessions)',
    'M1-2',
    'collar-zone massage course 1 (10 sessions, headache 3) 14 months ago; now 3 unnumbered sessions, headache 0, 0, 4',
    {
      who: 'massage therapist',
      s: [
        ...run(10, CZM, 430, () => ({ headache: 3 })),
        x(9, CZM, [6, 5], 0, 0, U),
        x(6, CZM, [5, 4], 0, 0, U),
        x(3, CZM, [4, 3], 0, 4, U),
      ],
    },
    { ...URGENT, ...stop(CZM, 'COURSE-STOP-NEW-RATING', URGENT) },
  ),
  r27(
    F_INHERIT,
    R_RATING + ' (the old course had 10 sessions)',
    'M1-3',
    'manip course 1 (10 sessions, dizziness 1) 2025; now unnumbered 0, 0, 2 (2 days ago)',
    {
      who: 'chiropractor',
      s: [
        ...run(10, MANIP, 300, () => ({ dizziness: 1 })),
        x(8, MANIP, [5, 4], 0, 0, U),
        x(5, MANIP, [4, 3], 0, 0, U),
        x(2, MANIP, [4, 3], 2, 0, U),
      ],
    },
    EMERG_RATING,
  ),
  r27(
    F_INHERIT,
    R_RATING + ' (the old course had 12 sessions: courses 1 and "2")',
    'M1-4',
    'manip numbered course 2 (12 sessions, dizziness 3) in 2025; 2026 unnumbered: dizziness 0, 0, 0, 4 (4 days ago)',
    {
      who: 'osteopath',
      s: [
        ...run(12, MANIP, 330, () => ({ course: 2, dizziness: 3 })),
        x(13, MANIP, [6, 5], 0, 0, U),
        x(10, MANIP, [5, 4], 0, 0, U),
        x(7, MANIP, [4, 3], 0, 0, U),
        x(4, MANIP, [4, 3], 4, 0, U),
      ],
    },
    EMERG_RATING,
  ),
  r27(
    F_INHERIT,
    J_GAP + ' (' + R_RATING + ')',
    'M1-5',
    'manip course 3 (4 sessions, dizziness 2) two years ago; now unnumbered 0, 0, 3 (2 days ago)',
    {
      who: 'chiropractor',
      s: [
        ...run(4, MANIP, 720, () => ({ course: 3, dizziness: 2 })),
        x(8, MANIP, [5, 4], 0, 0, U),
        x(5, MANIP, [4, 3], 0, 0, U),
        x(2, MANIP, [4, 3], 3, 0, U),
      ],
    },
    EMERG_RATING,
  ),
  r27(
    F_INHERIT,
    J_GAP + ' (' + R_RATING + ')',
    'M1-6',
    'back massage course 1 (5 sessions, headache 2) a year ago; now unnumbered exercise-free back massage 0, 0, 3 with a manipulation 5 days before',
    {
      who: 'multidisciplinary clinic',
      s: [
        ...run(5, BM, 380, () => ({ headache: 2 })),
        x(9, MANIP, [5, 4], 0, 0, { course: 1 }),
        x(10, BM, [5, 4], 0, 0, U),
        x(7, BM, [4, 3], 0, 0, U),
        x(4, BM, [4, 3], 0, 3, U),
      ],
    },
    { ...EMERGENCY, course: ['stop'], rules: { course: ['COURSE-STOP-NEW-RATING'] } },
  ),
  r27(
    F_INHERIT,
    R_RATING + ' (control: a recent numbered course, then today\u2019s entry blank)',
    'M1-7',
    'control: manip course 2 numbered 9, 6 days ago; today\u2019s unnumbered entry 1 day ago: dizziness 3',
    {
      who: 'chiropractor',
      s: [
        x(9, MANIP, [6, 5], 0, 0, { course: 2 }),
        x(6, MANIP, [5, 4], 0, 0, { course: 2 }),
        x(1, MANIP, [4, 3], 3, 0, U),
      ],
    },
    EMERG_RATING,
  ),
];

// ================================================================ F1: inherited numbers, false alarms

const F_INHERIT_FA =
  'r27 F1 unnumbered sessions long after a numbered course: the old course read into the new one';
const R_PAINRISE =
  '\u00a76 concerning: pain rising by 2+ between consecutive sessions of a course after the 2nd; pain not falling from the 5th session';

const F1: Probe[] = [
  r27(
    F_INHERIT_FA,
    R_PAINRISE +
      ' (the old course had 10 sessions: before eae212c the new sessions were an inferred course 2)',
    'F1-1',
    'manip course 1 (10 sessions, pain 6 -> 1) a year ago; now 3 unnumbered manipulations, pain 6/5, 5/4, 4/3',
    {
      who: 'chiropractor',
      s: [
        ...run(10, MANIP, 373),
        x(8, MANIP, [6, 5], 0, 0, U),
        x(5, MANIP, [5, 4], 0, 0, U),
        x(2, MANIP, [4, 3], 0, 0, U),
      ],
    },
    FINE,
  ),
  r27(
    F_INHERIT_FA,
    'judgement: ' + R_PAINRISE + '; a year-old short course is no part of today\u2019s',
    'F1-2',
    'collar-zone massage course 1 (5 sessions, pain 6 -> 2) a year ago; now 3 unnumbered, pain 6/5, 5/4, 4/3',
    {
      who: 'massage therapist',
      s: [
        ...run(5, CZM, 370, (i) => ({ painBefore: 6 - i, painAfter: 5 - i })),
        x(8, CZM, [6, 5], 0, 0, U),
        x(5, CZM, [5, 4], 0, 0, U),
        x(2, CZM, [4, 3], 0, 0, U),
      ],
    },
    FINE,
  ),
  r27(
    F_INHERIT_FA,
    'judgement: \u00a75 COURSE-STOP-HOLD looks at the latest course; a stop a year ago (10th session) does not hold a new course begun a year later',
    'F1-3',
    'manip course 1 (10 sessions; pain 60 h after the 10th) a year ago; now 3 unnumbered sessions going well',
    {
      who: 'chiropractor',
      s: [
        ...run(10, MANIP, 373, (i) => (i === 9 ? { painHours: 60 } : {})),
        x(8, MANIP, [5, 4], 0, 0, U),
        x(5, MANIP, [4, 3], 0, 0, U),
        x(2, MANIP, [3, 2], 0, 0, U),
      ],
    },
    FINE,
  ),
  r27(
    F_INHERIT_FA,
    'judgement: \u00a78 ratings at a course\u2019s first session change no finding; a new episode a year later starts a course',
    'F1-4',
    'exercise course 1 (10 sessions, headache 0) a year ago; now unnumbered exercise, headache 2, 2, 1 from its first session',
    {
      who: 'physiotherapist',
      s: [
        ...run(10, EX, 373),
        x(8, EX, [5, 4], 0, 2, U),
        x(5, EX, [4, 3], 0, 2, U),
        x(2, EX, [3, 2], 0, 1, U),
      ],
    },
    FINE,
  ),
];

// ================================================================ M2 / F2: numbering restarts

const F_RESTART = 'r27 M2 course numbers restarting (each year, a new clinic, a second therapist)';
const R_LATEST =
  '\u00a78 Courses are per modality: the latest course is the highest number; COURSE-STOP-HOLD looks at it only; flags of earlier courses no longer set the status';
const J_MERGE =
  'judgement: the rules key a course by its number, but a course 1 of 2026 is not the course 1 of 2025 (numbering restarts each year)';

const M2: Probe[] = [
  r27(
    F_RESTART,
    J_MERGE + '; ' + R_RATING,
    'M2-1',
    '2025: manip course 1 (5 sessions, dizziness 3), course 2 (5 sessions, 0); 2026 course 1: dizziness 0, 0, 4 (2 days ago)',
    {
      who: 'chiropractor',
      s: [
        ...run(5, MANIP, 400, () => ({ course: 1, dizziness: 3 })),
        ...run(5, MANIP, 360, () => ({ course: 2 })),
        x(8, MANIP, [6, 5], 0, 0, { course: 1 }),
        x(5, MANIP, [5, 4], 0, 0, { course: 1 }),
        x(2, MANIP, [4, 3], 4, 0, { course: 1 }),
      ],
    },
    EMERG_RATING,
  ),
  r27(
    F_RESTART,
    J_MERGE + '; ' + R_RATING,
    'M2-2',
    '2025: collar-zone course 1 (headache 3); 2026 course 1: headache 0, 0, 4 (3 days ago)',
    {
      who: 'massage therapist',
      s: [
        ...run(6, CZM, 350, () => ({ headache: 3 })),
        x(9, CZM, [6, 5], 0, 0),
        x(6, CZM, [5, 4], 0, 0),
        x(3, CZM, [4, 3], 0, 4),
      ],
    },
    { ...URGENT, ...stop(CZM, 'COURSE-STOP-NEW-RATING', URGENT) },
  ),
  r27(
    F_RESTART,
    R_RATING +
      '; the 2025 sessions carry no number (the engine infers course 1 for them), the 2026 course 1 is recorded',
    'M2-3',
    '2025: 6 unnumbered manipulations (dizziness 3); 2026 recorded course 1: dizziness 0, 0, 4 (2 days ago)',
    {
      who: 'chiropractor',
      s: [
        ...run(6, MANIP, 380, () => ({ course: null, dizziness: 3 })),
        x(8, MANIP, [6, 5], 0, 0, { course: 1 }),
        x(5, MANIP, [5, 4], 0, 0, { course: 1 }),
        x(2, MANIP, [4, 3], 4, 0, { course: 1 }),
      ],
    },
    EMERG_RATING,
  ),
  r27(
    F_RESTART,
    R_LATEST + ' (control: the new clinic\u2019s course 1 is the most recent; eae212c)',
    'M2-4',
    'control: old clinic courses 1-3 of manipulation in 2025; new clinic course 1 (2026): pain 60 h after the latest session',
    {
      who: 'chiropractor',
      s: [
        ...run(4, MANIP, 420, () => ({ course: 1 })),
        ...run(4, MANIP, 390, () => ({ course: 2 })),
        ...run(4, MANIP, 360, () => ({ course: 3 })),
        x(8, MANIP, [5, 4], 0, 0, { course: 1 }),
        x(5, MANIP, [4, 3], 0, 0, { course: 1 }),
        x(2, MANIP, [4, 4], 0, 0, { course: 1, painHours: 60 }),
      ],
    },
    stop(MANIP, 'COURSE-STOP-PAIN-48H'),
  ),
  r27(
    F_RESTART,
    R_RATING + ' (control: course number only on the first session of each course)',
    'M2-5',
    'control: course numbers only on first sessions; course 2 (2nd and 3rd unnumbered): dizziness 0, 0, 3 (2 days ago)',
    {
      who: 'chiropractor',
      s: [
        x(40, MANIP, [6, 5], 0, 0, { course: 1 }),
        x(37, MANIP, [5, 4], 0, 0, U),
        x(34, MANIP, [4, 3], 0, 0, U),
        x(8, MANIP, [5, 4], 0, 0, { course: 2 }),
        x(5, MANIP, [4, 3], 0, 0, U),
        x(2, MANIP, [4, 3], 3, 0, U),
      ],
    },
    EMERG_RATING,
  ),
  r27(
    F_RESTART,
    R_LATEST + ' (control: course number only on first sessions)',
    'M2-6',
    'control: numbers only on first sessions; course 2\u2019s last (unnumbered) collar-zone session: redness 30 h',
    {
      who: 'massage therapist',
      s: [
        x(40, CZM, [6, 5], 0, 0, { course: 1 }),
        x(37, CZM, [5, 4], 0, 0, U),
        x(8, CZM, [5, 4], 0, 0, { course: 2 }),
        x(5, CZM, [4, 3], 0, 0, U),
        x(2, CZM, [4, 3], 0, 0, { ...U, rednessHours: 30 }),
      ],
    },
    stop(CZM, 'COURSE-STOP-INFLAMMATION'),
  ),
  r27(
    F_RESTART,
    R_RATING + ' (control: two therapists, the second leaves numbers blank)',
    'M2-7',
    'control: physio numbers exercise course 2; a gym instructor\u2019s unnumbered exercise sessions between: headache 0, 0, 3 at the last',
    {
      who: 'physiotherapist and gym instructor',
      s: [
        x(12, EX, [5, 4], 0, 0, { course: 2 }),
        x(10, EX, [5, 4], 0, 0, U),
        x(8, EX, [4, 3], 0, 0, { course: 2 }),
        x(6, EX, [4, 3], 0, 0, U),
        x(4, EX, [4, 3], 0, 3, U),
      ],
    },
    stop(EX, 'COURSE-STOP-NEW-RATING'),
  ),
];

const F_RESTART_FA =
  'r27 F2 numbering habits of real clinics (restarting each year, a second therapist): false alarms';

const F2: Probe[] = [
  r27(
    F_RESTART_FA,
    R_LATEST +
      ': the highest number is 2025\u2019s course 2 and the most recent is 2026\u2019s course 1; 2025\u2019s course 1 is neither, yet its stop holds through the shared number',
    'F2-1',
    '2025: manip course 1 with pain 60 h at its 3rd session, course 2 fine; 2026 course 1 (3 sessions) going well',
    {
      who: 'chiropractor',
      s: [
        ...run(4, MANIP, 400, (i) => ({ course: 1, ...(i === 2 ? { painHours: 60 } : {}) })),
        ...run(4, MANIP, 370, () => ({ course: 2 })),
        x(8, MANIP, [5, 4], 0, 0, { course: 1 }),
        x(5, MANIP, [4, 3], 0, 0, { course: 1 }),
        x(2, MANIP, [3, 2], 0, 0, { course: 1 }),
      ],
    },
    FINE,
  ),
  r27(
    F_RESTART_FA,
    R_LATEST +
      ': therapist A numbered courses 1-3 (Jan-Sep), therapist B numbers her own course 1 (Nov); A\u2019s January stop is in no latest course',
    'F2-2',
    'two therapists: A\u2019s collar-zone course 1 (January) had redness 30 h, A\u2019s courses 2 and 3 fine; B\u2019s course 1 in November going well',
    {
      who: 'two massage therapists',
      s: [
        ...run(4, CZM, 300, (i) => ({ course: 1, ...(i === 3 ? { rednessHours: 30 } : {}) })),
        ...run(4, CZM, 200, () => ({ course: 2 })),
        ...run(4, CZM, 80, () => ({ course: 3 })),
        x(8, CZM, [5, 4], 0, 0, { course: 1 }),
        x(5, CZM, [4, 3], 0, 0, { course: 1 }),
        x(2, CZM, [3, 2], 0, 0, { course: 1 }),
      ],
    },
    FINE,
  ),
  r27(
    F_RESTART_FA,
    J_MERGE + '; ' + R_PAINRISE,
    'F2-3',
    '2025 manip course 1 ended at pain 1; 2026 course 1 starts at pain 6 and falls 6/5, 5/4, 4/3',
    {
      who: 'chiropractor',
      s: [
        ...run(5, MANIP, 390, (i) => ({ painBefore: 5 - i, painAfter: 5 - i })),
        x(8, MANIP, [6, 5], 0, 0, { course: 1 }),
        x(5, MANIP, [5, 4], 0, 0, { course: 1 }),
        x(2, MANIP, [4, 3], 0, 0, { course: 1 }),
      ],
    },
    FINE,
  ),
  r27(
    F_RESTART_FA,
    J_MERGE + '; \u00a78 ratings at a course\u2019s first session change no finding',
    'F2-4',
    '2025 exercise course 1 (headache 0); 2026 course 1: headache 2 from its first session, then 2, 1',
    {
      who: 'physiotherapist',
      s: [
        ...run(5, EX, 390),
        x(8, EX, [5, 4], 0, 2, { course: 1 }),
        x(5, EX, [4, 3], 0, 2, { course: 1 }),
        x(2, EX, [3, 2], 0, 1, { course: 1 }),
      ],
    },
    FINE,
  ),
  r27(
    F_RESTART_FA,
    '\u00a78 ratings at a course\u2019s first session change no finding; the 2025 sessions carry no number, the 2026 course 1 is recorded',
    'F2-5',
    '2025: 5 unnumbered exercise sessions (headache 0); 2026 recorded course 1: headache 2, 2, 1',
    {
      who: 'physiotherapist',
      s: [
        ...run(5, EX, 390, () => U),
        x(8, EX, [5, 4], 0, 2, { course: 1 }),
        x(5, EX, [4, 3], 0, 2, { course: 1 }),
        x(2, EX, [3, 2], 0, 1, { course: 1 }),
      ],
    },
    FINE,
  ),
  r27(
    F_RESTART_FA,
    'judgement: ' +
      R_LATEST +
      ' (the rules read the highest number literally: 2025\u2019s course 3; a restart each year makes it a year old)',
    'F2-6',
    '2025 manip course 3 had pain 60 h at its last session; 2026 courses 1 and 2 going well',
    {
      who: 'chiropractor',
      s: [
        ...run(3, MANIP, 400, () => ({ course: 1 })),
        ...run(3, MANIP, 380, () => ({ course: 2 })),
        ...run(3, MANIP, 360, (i) => ({ course: 3, ...(i === 2 ? { painHours: 60 } : {}) })),
        ...run(3, MANIP, 40, () => ({ course: 1 })),
        ...run(3, MANIP, 2, () => ({ course: 2 })),
      ],
    },
    FINE,
  ),
  r27(
    F_RESTART_FA,
    J_MERGE +
      '; \u00a76 a stop in an earlier course is lifted by a new course (2025\u2019s course 2 shares its number with 2026\u2019s)',
    'F2-7',
    '2025 manip course 2 had redness 30 h; 2026 courses 1 and 2 going well (2026 course 2 is the latest)',
    {
      who: 'chiropractor',
      s: [
        ...run(3, MANIP, 400, () => ({ course: 1 })),
        ...run(3, MANIP, 380, (i) => ({ course: 2, ...(i === 1 ? { rednessHours: 30 } : {}) })),
        ...run(3, MANIP, 40, () => ({ course: 1 })),
        ...run(3, MANIP, 2, () => ({ course: 2 })),
      ],
    },
    FINE,
  ),
  r27(
    F_RESTART_FA,
    '\u00a76 stop flags of an earlier course no longer set the status (control: numbers on first sessions only)',
    'F2-8',
    'control: numbers on first sessions only; course 1\u2019s 3rd session redness 30 h; course 2 (first numbered, rest blank) going well',
    {
      who: 'massage therapist',
      s: [
        x(40, CZM, [6, 5], 0, 0, { course: 1 }),
        x(37, CZM, [5, 4], 0, 0, U),
        x(34, CZM, [4, 3], 0, 0, { ...U, rednessHours: 30 }),
        x(8, CZM, [5, 4], 0, 0, { course: 2 }),
        x(5, CZM, [4, 3], 0, 0, U),
        x(2, CZM, [3, 2], 0, 0, U),
      ],
    },
    FINE,
  ),
  r27(
    F_RESTART_FA,
    '\u00a78 courses are per modality (control: two therapists, two modalities, one numbers and one does not)',
    'F2-9',
    'control: chiropractor numbers manip course 2; physio logs 12 unnumbered exercise sessions, all going well',
    {
      who: 'chiropractor and physiotherapist',
      s: [...run(4, MANIP, 3, () => ({ course: 2 })), ...run(12, EX, 1, () => U, 2)],
    },
    FINE,
  ),
  r27(
    F_RESTART_FA,
    '\u00a78 ratings at a course\u2019s first session change no finding (control: course number only on first sessions, baseline headache)',
    'F2-10',
    'control: numbers on first sessions only; course 2 starts with headache 2 (baseline), then 2, 1 unnumbered',
    {
      who: 'physiotherapist',
      s: [
        x(40, EX, [6, 5], 0, 0, { course: 1 }),
        x(37, EX, [5, 4], 0, 0, U),
        x(8, EX, [5, 4], 0, 2, { course: 2 }),
        x(5, EX, [4, 3], 0, 2, U),
        x(2, EX, [3, 2], 0, 1, U),
      ],
    },
    FINE,
  ),
];

// ================================================================ F3 / M3: duplicates that are not exact

const F_DUP = 'r27 F3 duplicates that are not exact (a blank field, a blank course number)';
const R_DUP =
  '\u00a76 an exact duplicate (same date, modality and values) counts once; pain not falling from the 5th session';

const F3: Probe[] = [
  r27(
    F_DUP,
    'judgement: ' +
      R_DUP +
      ' \u2014 the 4th session entered twice, once with swelling false and once with swelling left blank: one session, no 5th',
    'F3-1',
    'collar-zone massage pain 6/5, 5/4, 5/4, 5/4; the 4th entered twice (second copy: swelling blank)',
    {
      who: 'massage therapist',
      s: [
        x(11, CZM, [6, 5]),
        x(8, CZM, [5, 4]),
        x(5, CZM, [5, 4]),
        x(2, CZM, [5, 4]),
        x(2, CZM, [5, 4], 0, 0, { swelling: undefined }),
      ],
    },
    FINE,
  ),
  r27(
    F_DUP,
    'judgement: ' +
      R_DUP +
      ' \u2014 the same session once with course 2 and once with the course left blank (which the engine gives course 2)',
    'F3-2',
    'manip course 2: pain 6/5, 5/4, 5/4, 5/4; the 4th entered twice, the copy without a course number',
    {
      who: 'chiropractor',
      s: [
        x(11, MANIP, [6, 5], 0, 0, { course: 2 }),
        x(8, MANIP, [5, 4], 0, 0, { course: 2 }),
        x(5, MANIP, [5, 4], 0, 0, { course: 2 }),
        x(2, MANIP, [5, 4], 0, 0, { course: 2 }),
        x(2, MANIP, [5, 4], 0, 0, U),
      ],
    },
    FINE,
  ),
  r27(
    F_DUP,
    'judgement: \u00a78 ratings at a course\u2019s first session change no finding \u2014 the first session saved half-filled (headache blank), then saved again complete (headache 2)',
    'F3-3',
    'exercise course 1: first session entered twice the same day, headache blank then 2; then 2, 1',
    {
      who: 'physiotherapist',
      s: [
        x(8, EX, [5, 4], 0, null),
        x(8, EX, [5, 4], 0, 2),
        x(5, EX, [4, 3], 0, 2),
        x(2, EX, [3, 2], 0, 1),
      ],
    },
    FINE,
  ),
  r27(
    F_DUP,
    'judgement: ' +
      R_DUP +
      ' \u2014 painAfter left blank in the copy of the 4th session: one session, not a 5th',
    'F3-4',
    'back massage pain 6/5, 5/4, 5/4, 5/4; the 4th entered twice, the copy without painAfter',
    {
      who: 'massage therapist',
      s: [
        x(11, BM, [6, 5]),
        x(8, BM, [5, 4]),
        x(5, BM, [5, 4]),
        x(2, BM, [5, 4]),
        x(2, BM, [5, null]),
      ],
    },
    FINE,
  ),
];

const F_DUPM = 'r27 M3 duplicates and near-duplicates that must still count';
const M3: Probe[] = [
  r27(
    F_DUPM,
    '\u00a76 stop: pain after a session lasting more than 48 h (control: a corrected copy of the same session adds painHours 60)',
    'M3-1',
    'control: manip session 2 days ago entered twice, the corrected copy with pain 60 h',
    {
      who: 'chiropractor',
      s: [
        x(8, MANIP, [6, 5]),
        x(5, MANIP, [5, 4]),
        x(2, MANIP, [4, 3]),
        x(2, MANIP, [4, 3], 0, 0, { painHours: 60 }),
      ],
    },
    stop(MANIP, 'COURSE-STOP-PAIN-48H'),
  ),
  r27(
    F_DUPM,
    R_RATING + ' (control: a second session the same day, not a duplicate, rates dizziness 3)',
    'M3-2',
    'control: two manipulations the same day 3 days ago; the second rates dizziness 3 (zeros before)',
    {
      who: 'chiropractor',
      s: [x(9, MANIP, [6, 5]), x(6, MANIP, [5, 4]), x(3, MANIP, [4, 3]), x(3, MANIP, [4, 3], 3, 0)],
    },
    EMERG_RATING,
  ),
  r27(
    F_DUPM,
    R_RATING +
      ' (control: an exact duplicate of session 2 between, then a new rating at session 3)',
    'M3-3',
    'control: collar-zone session 2 entered twice exactly; session 3 (2 days ago) headache 3',
    {
      who: 'massage therapist',
      s: [x(8, CZM, [6, 5]), x(5, CZM, [5, 4]), x(5, CZM, [5, 4]), x(2, CZM, [4, 3], 0, 3)],
    },
    { ...URGENT, ...stop(CZM, 'COURSE-STOP-NEW-RATING', URGENT) },
  ),
];

// ================================================================ M4: painkillers by mouth read as not

const F_ORAL = 'r27 M4 painkillers taken by mouth, their form read as not by mouth (NOT_BY_MOUTH)';
const R_TABLETS =
  '\u00a76 concerning: analgesic tablets taken for more than 4 days (here 8 days, ended 2 days ago); \u00a78 the rule belongs to the patient';
const J_ORAL =
  'judgement: a mouth / oromucosal spray of a painkiller is taken by mouth; the rule says tablets';

/** [id, name, form, judgement?] of a painkiller taken by mouth for 8 days. */
const ORAL: readonly (readonly [string, string, string, string?])[] = [
  ['M4-1', 'Advil', 'Liqui-Gels'],
  ['M4-2', 'Ibuprofen 200 mg', 'liquid gel'],
  ['M4-3', 'Nurofen Express', 'soft gel'],
  ['M4-4', 'Ibuprofen 400 mg', 'liquid-filled gel'],
  ['M4-5', 'Paracetamol 500 mg', 'immediate release'],
  ['M4-6', 'Tramadol 50 mg', 'immediate-release'],
  ['M4-7', 'Ibuprofen 400 mg', 'IM tablet'],
  ['M4-8', 'Ketorolac', 'oromucosal spray', J_ORAL],
  ['M4-9', 'Paracetamol', 'mouth spray', J_ORAL],
  ['M4-10', 'Tramadol', 'sublingual spray', J_ORAL],
  ['M4-11', 'Ibuprofen', 'Gel (Weichkapsel)'],
  ['M4-12', 'Paracetamol 500 mg', 'gel'],
];

const M4: Probe[] = ORAL.map(([id, name, form, j]) =>
  r27(
    F_ORAL,
    j ? `${j} (${R_TABLETS})` : R_TABLETS,
    id,
    `${name}, form "${form}", 8 days ending 2 days ago`,
    { who: 'GP', s: BASE, m: [med(name, form, 9, 2)] },
    PAINKILLER,
  ),
);

/** Oral forms the brief names, read right (controls). */
const ORAL_OK: readonly (readonly [string, string, string])[] = [
  ['M4-20', 'Ibuprofen 100 mg/5 ml', 'oral suspension'],
  ['M4-21', 'Ibuprofen', 'suspension'],
  ['M4-22', 'Calpol', 'syrup'],
  ['M4-23', 'Novalgin', 'drops'],
  ['M4-24', 'Tramadol', 'oral drops'],
  ['M4-25', 'Ketorolac', 'sublingual'],
  ['M4-26', 'Paracetamol', 'buccal'],
  ['M4-27', 'Paracetamol', 'orodispersible'],
  ['M4-28', 'Flurbiprofen', 'lozenge'],
  ['M4-29', 'Ibuprofen', 'oral gel'],
  ['M4-30', 'Ketorolac', 'oral spray'],
  ['M4-31', 'Paracetamol', 'sachet'],
  ['M4-32', 'Aspirin 500 mg', 'effervescent'],
  ['M4-33', 'Ibuprofen', 'Filmtablette'],
  ['M4-34', 'Paracetamol', 'jarabe'],
  ['M4-35', 'Нурофен', 'суспензия'],
  ['M4-36', 'Ibuprofen 400 mg', 'film-coated'],
  ['M4-37', 'Paracetamol', 'elixir'],
  ['M4-38', 'Ibuprofen', 'granules'],
  ['M4-39', 'Tramadol', 'prolonged-release'],
];

const M4OK: Probe[] = ORAL_OK.map(([id, name, form]) =>
  r27(
    F_ORAL,
    R_TABLETS + ' (control: an oral form read right)',
    id,
    `control: ${name}, form "${form}", 8 days ending 2 days ago`,
    { who: 'GP', s: BASE, m: [med(name, form, 9, 2)] },
    PAINKILLER,
  ),
);

// ================================================================ F4: not by mouth read as by mouth

const F_TOPICAL =
  'r27 F4 painkillers not taken by mouth read as tablets (forms NOT_BY_MOUTH misses)';
const R_TOPICAL =
  '\u00a76 the 4-day rule counts analgesic tablets; a gel, ointment or suppository is no tablet (here 30 days, still used)';

const TOPICAL: readonly (readonly [string, string, string, string?])[] = [
  ['F4-1', 'Voltaren Emulgel', 'Emulgel'],
  ['F4-2', 'Voltarol Emulgel 2.32%', 'emulgel'],
  ['F4-3', 'Ibuprofen 5%', 'salve'],
  ['F4-4', 'Diclofenac', 'balm'],
  ['F4-5', 'Ketoprofen', 'crème'],
  ['F4-6', 'Diclofenac', 'creme'],
  ['F4-7', 'Diclofenac-ratiopharm', 'Salbe'],
  ['F4-8', 'Kétoprofène', 'pommade'],
  ['F4-9', 'Ibuprofen', 'liniment'],
  ['F4-10', 'Diclofenac 100 mg', 'supp.'],
  ['F4-11', 'Paracetamol 1 g', 'PR'],
  ['F4-12', 'Diclofenac', 'Zäpfchen'],
  ['F4-13', 'Ketoprofen', 'cataplasm'],
  ['F4-14', 'Diclofenac', 'roll-on'],
  ['F4-15', 'Ibuprofen', 'mousse'],
  ['F4-16', 'Diclofenac', 'gel'],
  ['F4-17', 'Ketoprofen', 'medicated plaster'],
  ['F4-18', 'Diclofenac', 'suppository'],
];

const F4: Probe[] = TOPICAL.map(([id, name, form]) =>
  r27(
    F_TOPICAL,
    R_TOPICAL +
      (['F4-16', 'F4-17', 'F4-18'].includes(id) ? ' (control: a form the engine lists)' : ''),
    id,
    `${name}, form "${form}", 30 days, still used`,
    { who: 'GP', s: BASE, m: [med(name, form, 29, null)] },
    FINE,
  ),
);

// ================================================================ M5 / F5: aspirin doses

const F_ASP = 'r27 M5 aspirin: a painkiller dose, or a low dose taken as a painkiller';
const R_ASP =
  '\u00a76 aspirin is a painkiller: tablets over 4 days -> concerning (8 days here); the engine ignores antiplatelet doses (LOW_DOSE_ASPIRIN)';

const M5: Probe[] = [
  r27(
    F_ASP,
    R_ASP + ' (control: 300 mg is an analgesic dose)',
    'M5-1',
    'control: Aspirin 300 mg tablets, 8 days',
    { who: 'GP', s: BASE, m: [med('Aspirin 300 mg', 'tablet', 9, 2)] },
    PAINKILLER,
  ),
  r27(
    F_ASP,
    R_ASP + ' (control)',
    'M5-2',
    'control: Aspirin 1000 mg effervescent, 8 days',
    { who: 'GP', s: BASE, m: [med('Aspirin 1000 mg', 'effervescent', 9, 2)] },
    PAINKILLER,
  ),
  r27(
    F_ASP,
    R_ASP + '; \u00a78 an explicit analgesic flag beats name recognition either way',
    'M5-3',
    'Aspirin 81 mg marked analgesic: true, 8 days',
    { who: 'GP', s: BASE, m: [med('Aspirin 81 mg', 'tablet', 9, 2, { analgesic: true })] },
    PAINKILLER,
  ),
  r27(
    F_ASP,
    R_ASP + '; \u00a78 an explicit analgesic flag beats name recognition either way',
    'M5-4',
    'Low-dose aspirin marked analgesic: true, 8 days',
    { who: 'GP', s: BASE, m: [med('Low-dose aspirin', 'tablet', 9, 2, { analgesic: true })] },
    PAINKILLER,
  ),
  r27(
    F_ASP,
    'judgement: ' + R_ASP + ' \u2014 two 75 mg tablets "for headache" are taken as a painkiller',
    'M5-5',
    '"Aspirin 75 mg x2 for headache", 8 days',
    { who: 'GP', s: BASE, m: [med('Aspirin 75 mg x2 for headache', 'tablet', 9, 2)] },
    PAINKILLER,
  ),
  r27(
    F_ASP,
    'judgement: ' + R_ASP + ' \u2014 "3 tablets for neck pain" is a painkiller dose',
    'M5-6',
    '"Aspirin 100 mg, 3 tablets for neck pain", 8 days',
    { who: 'GP', s: BASE, m: [med('Aspirin 100 mg, 3 tablets for neck pain', 'tablet', 9, 2)] },
    PAINKILLER,
  ),
  r27(
    F_ASP,
    'judgement: ' + R_ASP + ' \u2014 one entry lists paracetamol and low-dose aspirin',
    'M5-7',
    'one entry: "Paracetamol 1 g QDS; aspirin 75 mg OD", 8 days',
    { who: 'GP', s: BASE, m: [med('Paracetamol 1 g QDS; aspirin 75 mg OD', 'tablets', 9, 2)] },
    PAINKILLER,
  ),
  r27(
    F_ASP,
    R_ASP + ' (control: 500 mg)',
    'M5-8',
    'control: Aspirin 500 mg, 8 days, with daily aspirin 75 mg as a second entry',
    {
      who: 'GP',
      s: BASE,
      m: [med('Aspirin 500 mg', 'tablet', 9, 2), med('Aspirin 75 mg', 'tablet', 700, null)],
    },
    PAINKILLER,
  ),
  r27(
    F_ASP,
    'judgement: ' + R_ASP + ' \u2014 "Aspirin 100" at 1 g a day (10 tablets) is no antiplatelet',
    'M5-9',
    '"Aspirin 100 mg tablets 1 g daily for pain", 8 days',
    {
      who: 'GP',
      s: BASE,
      m: [med('Aspirin 100 mg tablets 1 g daily for pain', 'tablet', 9, 2)],
    },
    PAINKILLER,
  ),
];

const F_ASPFA = 'r27 F5 antiplatelet aspirin under other names and spellings';
const R_ASPFA =
  '\u00a76 / \u00a78: a long-term antiplatelet aspirin is no analgesic run (the engine ignores "Aspirin 75/81/100 mg"; the same drug under another name must be read alike)';
const F5: Probe[] = (
  [
    ['F5-1', 'Acetylsalicylic acid 100 mg', 'tablet', ''],
    ['F5-2', 'Acetylsalicylic acid 75 mg', 'gastro-resistant tablet', ''],
    ['F5-3', 'Baby aspirin', 'chewable', 'judgement: "baby aspirin" is 81 mg; '],
    ['F5-4', 'Aspirin EC 75', 'tablet', 'judgement: a dose without its unit; '],
    ['F5-5', 'Аспирин Кардио 100 мг', 'таблетки', 'judgement: Cyrillic spelling; '],
    ['F5-6', 'Aspirin 150 mg', 'tablet', 'judgement: 150 mg is an antiplatelet dose in places; '],
    ['F5-7', 'Cardiac aspirin', 'tablet', 'judgement: "cardiac" for "cardio"; '],
    ['F5-8', 'Aspirin 75mg', 'dispersible', 'control: '],
    ['F5-9', 'Aspirina 100 mg', 'compresse', 'control: '],
    ['F5-10', 'ASA 81 mg', 'tablet', 'control (ASA is not recognised: a warning only): '],
    ['F5-11', 'Aspirin', 'tablet 75 mg', 'control (the dose in the form): '],
  ] as const
).map(([id, name, form, j]) =>
  r27(
    F_ASPFA,
    j + R_ASPFA,
    id,
    `${name}, form "${form}", daily for 2 years`,
    { who: 'cardiologist', s: BASE, m: [med(name, form, 730, null)] },
    FINE,
  ),
);

// ================================================================ M6 / F6: the 180-day window

const F_WIN = 'r27 M6/F6 painkiller runs by date: ended 170 vs 190 days ago, ongoing, planned ends';
const R_WIN =
  '\u00a76 analgesic tablets taken for more than 4 days; the engine ignores runs ended over 180 days ago (PAST_RUN_DAYS) and counts days to min(end, assessedOn)';
const J_OLD =
  'judgement: a 10-day run that ended 170 days ago, months before this course began, says nothing of this course';

const M6: Probe[] = [
  r27(
    F_WIN,
    R_WIN + ' (control: ongoing since 190 days ago)',
    'M6-1',
    'control: paracetamol started 190 days ago, no end (still taken)',
    { who: 'GP', s: BASE, m: [med('Paracetamol 1 g', 'tablet', 190, null)] },
    PAINKILLER,
  ),
  r27(
    F_WIN,
    R_WIN + ' (control: ended yesterday after 200 days)',
    'M6-2',
    'control: naproxen from 200 days ago to yesterday',
    { who: 'GP', s: BASE, m: [med('Naproxen 500 mg', 'tablet', 200, 1)] },
    PAINKILLER,
  ),
  r27(
    F_WIN,
    R_WIN + ' (control: a prescription whose planned end is in the future, begun 6 days ago)',
    'M6-3',
    'control: ibuprofen 14-day prescription begun 6 days ago (7 days so far)',
    { who: 'GP', s: BASE, m: [med('Ibuprofen 400 mg', 'tablet', 6, -8)] },
    PAINKILLER,
  ),
  r27(
    F_WIN,
    R_WIN + ' (control: two entries 3 + 3 days back to back, the later ending 2 days ago)',
    'M6-4',
    'control: ibuprofen 3 days then co-codamol 3 days, ending 2 days ago',
    {
      who: 'GP',
      s: BASE,
      m: [med('Ibuprofen', 'tablet', 7, 5), med('Co-codamol 30/500', 'capsule', 4, 2)],
    },
    PAINKILLER,
  ),
  r27(
    F_WIN,
    R_WIN + ' (a run begun 200 days ago that ended 175 days ago is within 180)',
    'M6-5',
    'control: diclofenac from 200 to 175 days ago (the engine still reads it)',
    { who: 'GP', s: BASE, m: [med('Diclofenac 50 mg', 'tablet', 200, 175)] },
    PAINKILLER,
  ),
];

const F6: Probe[] = [
  r27(
    F_WIN,
    J_OLD,
    'F6-1',
    'ibuprofen 10 days ended 170 days ago; the course began 8 days ago',
    {
      who: 'GP',
      s: BASE,
      m: [med('Ibuprofen 400 mg', 'tablet', 179, 170)],
    },
    FINE,
  ),
  r27(
    F_WIN,
    R_WIN + ' (control)',
    'F6-2',
    'control: ibuprofen 10 days ended 190 days ago',
    { who: 'GP', s: BASE, m: [med('Ibuprofen 400 mg', 'tablet', 199, 190)] },
    FINE,
  ),
  r27(
    F_WIN,
    R_WIN + ' (control: 181 days)',
    'F6-3',
    'control: ibuprofen 10 days ended 181 days ago',
    { who: 'GP', s: BASE, m: [med('Ibuprofen 400 mg', 'tablet', 190, 181)] },
    FINE,
  ),
  r27(
    F_WIN,
    R_WIN + ' (control: a planned 10-day prescription begun 2 days ago is 3 days so far)',
    'F6-4',
    'control: naproxen 10-day prescription begun 2 days ago',
    { who: 'GP', s: BASE, m: [med('Naproxen', 'tablet', 2, -7)] },
    FINE,
  ),
  r27(
    F_WIN,
    R_WIN + ' (control: an old run ended 190 days ago and 3 days now are two runs)',
    'F6-5',
    'control: ibuprofen 10 days ended 190 days ago, ibuprofen again 3 days ending yesterday',
    {
      who: 'GP',
      s: BASE,
      m: [med('Ibuprofen', 'tablet', 199, 190), med('Ibuprofen', 'tablet', 3, 1)],
    },
    FINE,
  ),
  r27(
    F_WIN,
    J_OLD,
    'F6-6',
    'paracetamol 14 days ended 120 days ago (after a dental extraction)',
    {
      who: 'GP',
      s: BASE,
      m: [med('Paracetamol', 'tablet', 133, 120)],
    },
    FINE,
  ),
];

// ================================================================ M7 / F7: names

const F_NAME = 'r27 M7 painkiller names not recognised (spellings, prefixes needing a space)';
const R_NAME =
  '\u00a76 recognise generic and brand names (8 days here); an unrecognised tablet gets a warning, not a flag';
const M7: Probe[] = (
  [
    ['M7-1', 'Dolo-650', ''],
    ['M7-2', 'Dolo650', ''],
    ['M7-3', 'Ibu600', ''],
    ['M7-4', 'Paracétamol 1 g', ''],
    ['M7-5', 'Diclofénac 50 mg', ''],
    ['M7-6', 'Kétoprofène 100 mg', ''],
    ['M7-7', 'Acide acétylsalicylique 500 mg', ''],
    ['M7-8', 'Acetaminofén 500 mg', 'judgement: Spanish spelling; '],
    ['M7-9', 'Dolo', 'judgement: the brand alone (Dolo 650); '],
    ['M7-10', 'IBU', 'judgement: the brand alone (IBU 600); '],
    ['M7-11', 'Ibuprofeno 600', 'control: '],
    ['M7-12', 'Dolo 650', 'control: '],
    ['M7-13', 'Ibu 400', 'control: '],
    ['M7-14', 'Aspro Clear', 'control: '],
    ['M7-15', 'APAP 500 mg', 'control: '],
    ['M7-16', 'Ibu-Lysin', 'control: '],
  ] as const
).map(([id, name, j]) =>
  r27(
    F_NAME,
    j + R_NAME,
    id,
    `${name} tablets, 8 days`,
    { who: 'GP', s: BASE, m: [med(name, 'tablet', 9, 2)] },
    PAINKILLER,
  ),
);

const F_NAMEFA = 'r27 F7 names that are no painkiller read as one (prefix collisions)';
const R_NAMEFA =
  '\u00a78 a tablet not recognised as a painkiller does not count towards the 4-day rule (long-term, still taken)';
const F7: Probe[] = (
  [
    ['F7-1', 'APAP (auto-CPAP) machine nightly', undefined, ''],
    ['F7-2', 'CPAP/APAP', 'device', ''],
    ['F7-3', 'Ibandronic acid 150 mg', 'tablet', 'control: '],
    ['F7-4', 'Dolomite calcium', 'tablet', 'control: '],
    ['F7-5', 'Asparkam', 'tablet', 'control: '],
    ['F7-6', 'Codeine linctus 15 mg/5 ml', 'linctus', 'judgement: a cough medicine; '],
  ] as const
).map(([id, name, form, j]) =>
  r27(
    F_NAMEFA,
    j + R_NAMEFA,
    id,
    `${name}${form ? `, form "${form}"` : ''}, since 2 years`,
    { who: 'GP', s: BASE, m: [med(name, form, 730, null)] },
    FINE,
  ),
);

export const ROUND_27: readonly Probe[] = [
  ...M1,
  ...F1,
  ...M2,
  ...F2,
  ...F3,
  ...M3,
  ...M4,
  ...M4OK,
  ...F4,
  ...M5,
  ...F5,
  ...M6,
  ...F6,
  ...M7,
  ...F7,
];
