/**
 * Reviewer probes, round 26: whole case-file vignettes on the course and medication side (brief
 * §4, §5 COURSE-STOP-HOLD, §6, §8 "Symptoms after sessions", "Ratings", "Courses are per
 * modality", "Unrecognised tablets", §9 "After treatment of the neck"). Each vignette is round
 * 17's clean, fully answered patient (probe-r17-lib.ts `vignette()`, assessed on 2026-11-20) with
 * only the session log and the medications changed. Part M: courses going wrong (misses). Part F:
 * ordinary courses going well (false alarms: upper bounds). Expectations are the least cautious
 * output the rules accept; a `rule` starting with `judgement:` marks a judgement call.
 */
import type { Medication, Modality, TreatmentSession } from '../../model';
import type { Expectation, ModKey, Probe } from './probe-model';
import { CLEAN, EMERGENCY, URGENT, ago, on, ses, vignette, type Vignette } from './probe-r17-lib';

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

/** A round 26 probe: `id: essence`. */
function r26(
  family: string,
  rule: string,
  id: string,
  essence: string,
  v: Vignette,
  expect: Expectation,
): Probe {
  return {
    round: 26,
    family,
    name: `${id}: ${essence}`,
    rule,
    delta: { whole: vignette(`r26-${id}`, v) },
    expect,
  };
}

/**
 * One session `d` days before 2026-11-20: pain before/after, dizziness and headache ratings
 * (null: not recorded), course 1 unless `over` says otherwise.
 */
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

/** A tablet taken from `start` to `end` days ago (null: no end, still taken). */
function tab(
  name: string,
  start: number | null,
  end: number | null,
  extra: Partial<Medication> = {},
): Medication {
  return {
    name,
    form: 'tablet',
    ...(start === null ? {} : { start: ago(start) }),
    ...(end === null ? {} : { end: ago(end) }),
    ...extra,
  };
}

// ---------------------------------------------------------------- expectations

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

// ================================================================ M: misses

const F_AFTER = 'r26 M1 triad features and red flags logged after neck treatment sessions';
const R_AFTER =
  '\u00a78 symptoms after sessions (newSymptoms: present, onset = session date; any id but neck-pain is a stop) + \u00a79 triad feature within 14 days after a manipulation -> emergency (urgent when older); after a collar-zone massage -> urgent; + \u00a75 COURSE-STOP-HOLD';

const M1: Probe[] = [
  r26(
    F_AFTER,
    R_AFTER,
    'M1-1',
    'dizziness logged after the 4th manipulation 3 days ago',
    {
      who: 'chiropractor',
      s: [
        x(12, MANIP, [6, 5]),
        x(9, MANIP, [5, 4]),
        x(6, MANIP, [4, 3]),
        x(3, MANIP, [4, 3], 0, 0, { newSymptoms: ['dizziness'] }),
      ],
    },
    { ...EMERGENCY, ...stop(MANIP, 'COURSE-STOP-NEW-SYMPTOMS', EMERGENCY) },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-2',
    'headache logged after the 2nd collar-zone massage 5 days ago',
    {
      who: 'massage therapist',
      s: [x(8, CZM, [5, 4]), x(5, CZM, [4, 3], 0, 0, { newSymptoms: ['headache'] })],
    },
    { ...URGENT, ...stop(CZM, 'COURSE-STOP-NEW-SYMPTOMS', URGENT) },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-3',
    'visual disturbance logged after a manipulation 20 days ago, one-session course',
    {
      who: 'optometrist referral',
      s: [x(20, MANIP, [5, 3], 0, 0, { newSymptoms: ['visual-disturbance'] })],
    },
    { ...URGENT, ...stop(MANIP, 'COURSE-STOP-NEW-SYMPTOMS', URGENT) },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-4',
    'diplopia logged after the 1st collar-zone massage 2 days ago (single-session course)',
    { who: 'massage therapist', s: [x(2, CZM, [4, 3], 0, 0, { newSymptoms: ['diplopia'] })] },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-5',
    'dizziness ratings 0, 0, 0, 3 over four manipulations, the last 4 days ago',
    {
      who: 'chiropractor',
      s: [
        x(13, MANIP, [6, 5]),
        x(10, MANIP, [5, 4]),
        x(7, MANIP, [4, 3]),
        x(4, MANIP, [4, 3], 3, 0),
      ],
    },
    { ...EMERGENCY, course: ['stop'], rules: { course: ['COURSE-STOP-NEW-RATING'] } },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-6',
    'headache ratings 0, 0, 2 over three collar-zone massages, the last 6 days ago',
    {
      who: 'massage therapist',
      s: [x(12, CZM, [6, 5]), x(9, CZM, [5, 4]), x(6, CZM, [4, 3], 0, 2)],
    },
    { ...URGENT, ...stop(CZM, 'COURSE-STOP-NEW-RATING', URGENT) },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-7',
    'new unusual headache logged after a manipulation 10 days ago',
    {
      who: 'chiropractor',
      s: [
        x(16, MANIP, [6, 5]),
        x(13, MANIP, [5, 4]),
        x(10, MANIP, [4, 3], 0, 0, { newSymptoms: ['new-unusual-headache'] }),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-8',
    'occipital headache logged after a collar-zone massage 30 days ago',
    {
      who: 'follow-up',
      s: [
        x(36, CZM, [6, 5]),
        x(33, CZM, [5, 4]),
        x(30, CZM, [4, 3], 0, 0, { newSymptoms: ['occipital-headache'] }),
      ],
    },
    { ...URGENT, ...stop(CZM, 'COURSE-STOP-NEW-SYMPTOMS', URGENT) },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-9',
    'manipulation and back massage the same day 4 days ago; dizziness logged on the back-massage session',
    {
      who: 'multidisciplinary clinic',
      s: [
        x(7, MANIP, [5, 4]),
        x(7, BM, [5, 4]),
        x(4, MANIP, [4, 3]),
        x(4, BM, [4, 3], 0, 0, { newSymptoms: ['dizziness'] }),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-10',
    'exercise session 2 days after a manipulation logs new dizziness (onset within 14 days after manipulation)',
    {
      who: 'physiotherapist',
      s: [
        x(10, MANIP, [5, 4]),
        x(6, MANIP, [4, 3]),
        x(7, EX, [5, 4]),
        x(4, EX, [4, 3], 0, 0, { newSymptoms: ['dizziness'] }),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-11',
    'exercise course: headache rating 0, 0, 3; a collar-zone massage 4 days before the rise',
    {
      who: 'physiotherapist',
      s: [x(12, EX, [5, 4]), x(9, EX, [4, 3]), x(10, CZM, [5, 4]), x(6, EX, [4, 3], 0, 3)],
    },
    { ...URGENT, ...stop(EX, 'COURSE-STOP-NEW-RATING', URGENT) },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-12',
    'sessions entered newest first: dizziness 3 at the latest manipulation (5 days ago), zeros before',
    {
      who: 'chiropractor',
      s: [
        x(5, MANIP, [3, 3], 3, 0),
        x(8, MANIP, [4, 3]),
        x(11, MANIP, [5, 4]),
        x(14, MANIP, [6, 5]),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-13',
    'nystagmus and nausea logged after the 3rd collar-zone massage 16 days ago',
    {
      who: 'ENT referral',
      s: [
        x(22, CZM, [6, 5]),
        x(19, CZM, [5, 4]),
        x(16, CZM, [4, 3], 0, 0, { newSymptoms: ['nausea', 'nystagmus'] }),
      ],
    },
    { ...URGENT, ...stop(CZM, 'COURSE-STOP-NEW-SYMPTOMS', URGENT) },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-14',
    'two sessions of collar-zone massage on the same day; the second logs dizziness 4',
    {
      who: 'massage therapist',
      s: [x(9, CZM, [6, 5]), x(6, CZM, [5, 4]), x(6, CZM, [4, 4], 4, 0)],
    },
    { ...URGENT, ...stop(CZM, 'COURSE-STOP-NEW-RATING', URGENT) },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-15',
    'dizziness rating not recorded at sessions 1-3, then 2 after a manipulation 3 days ago',
    {
      who: 'chiropractor',
      s: [
        x(12, MANIP, [6, 5], null),
        x(9, MANIP, [5, 4], null),
        x(6, MANIP, [4, 3], null),
        x(3, MANIP, [4, 3], 2),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_AFTER,
    R_AFTER,
    'M1-16',
    'syncope logged after a back massage 40 days ago, course stopped there',
    {
      who: 'GP',
      s: [
        x(46, BM, [6, 5]),
        x(43, BM, [5, 4]),
        x(40, BM, [4, 3], 0, 0, { newSymptoms: ['syncope'] }),
      ],
    },
    { ...URGENT, ...stop(BM, 'COURSE-STOP-NEW-SYMPTOMS', URGENT) },
  ),
];

const F_RISE = 'r26 M2 dizziness or headache ratings rising 2+ above an earlier high of 1+';
const R_RISE =
  '\u00a76 concerning + \u00a74 urgent (progressive triad): a dizziness or headache rating 2+ above its highest earlier rating in the course when that was 1+ (\u00a78: a rating beats an entered triad-progressive false)';

const M2: Probe[] = [
  r26(
    F_RISE,
    R_RISE,
    'M2-1',
    'manipulation course: headache 1, 1, 3',
    {
      who: 'chiropractor',
      f: { headache: on(200, 'mild tension headache for years'), 'triad-progressive': false },
      s: [x(12, MANIP, [6, 5], 0, 1), x(9, MANIP, [5, 4], 0, 1), x(6, MANIP, [4, 3], 0, 3)],
    },
    { ...URGENT, ...concern('COURSE-RATING-RISING', URGENT) },
  ),
  r26(
    F_RISE,
    R_RISE,
    'M2-2',
    'collar-zone massage: dizziness 2, 2, 2, 4 (BPPV-free, dizziness known)',
    {
      who: 'massage therapist',
      f: { dizziness: on(120, 'light-headed on standing, chronic') },
      s: [x(15, CZM, [6, 5], 2), x(12, CZM, [5, 4], 2), x(9, CZM, [5, 4], 2), x(6, CZM, [4, 3], 4)],
    },
    { ...URGENT, ...concern('COURSE-RATING-RISING', URGENT) },
  ),
  r26(
    F_RISE,
    R_RISE,
    'M2-3',
    'back massage: headache 3, 1, 1, 1, 5 (highest earlier 3, rise 2)',
    {
      who: 'massage therapist',
      f: { headache: on(300, 'tension headache') },
      s: [
        x(20, BM, [6, 5], 0, 3),
        x(17, BM, [5, 4], 0, 1),
        x(14, BM, [5, 4], 0, 1),
        x(11, BM, [4, 3], 0, 1),
        x(8, BM, [4, 3], 0, 5),
      ],
    },
    { urg: 'urgent', ...concern('COURSE-RATING-RISING') },
  ),
  r26(
    F_RISE,
    R_RISE,
    'M2-4',
    'exercise: dizziness 1, 0, null, 3 (a missing rating in between)',
    {
      who: 'physiotherapist',
      f: { dizziness: on(100, 'occasional') },
      s: [x(12, EX, [6, 5], 1), x(9, EX, [5, 4], 0), x(6, EX, [4, 3], null), x(3, EX, [4, 3], 3)],
    },
    { urg: 'urgent', ...concern('COURSE-RATING-RISING') },
  ),
];

const F_HOLD = 'r26 M3 a modality cleared while its latest course carries a stop flag';
const R_HOLD =
  '\u00a75 COURSE-STOP-HOLD: a modality whose latest course carries a stop flag is at least not-cleared; \u00a78 courses are per modality, the latest course is the highest course number; \u00a76 stop flags';

const M3: Probe[] = [
  r26(
    F_HOLD,
    R_HOLD,
    'M3-1',
    'collar-zone massage course 2 (numbered), then two later sessions entered without a course number, the last with pain 60 h',
    {
      who: 'massage therapist',
      s: [
        x(30, CZM, [6, 5], 0, 0, { course: 1 }),
        x(27, CZM, [5, 4], 0, 0, { course: 1 }),
        x(12, CZM, [5, 4], 0, 0, { course: 2 }),
        x(9, CZM, [4, 3], 0, 0, { course: 2 }),
        x(6, CZM, [4, 3], 0, 0, { course: null }),
        x(3, CZM, [5, 5], 0, 0, { course: null, painHours: 60 }),
      ],
    },
    stop(CZM, 'COURSE-STOP-PAIN-48H'),
  ),
  r26(
    F_HOLD,
    R_HOLD,
    'M3-2',
    'manipulation course 3 numbered, then one later session without a number: redness 30 h and swelling',
    {
      who: 'chiropractor',
      s: [
        x(20, MANIP, [5, 4], 0, 0, { course: 3 }),
        x(16, MANIP, [4, 3], 0, 0, { course: 3 }),
        x(12, MANIP, [4, 3], 0, 0, { course: 3 }),
        x(5, MANIP, [4, 4], 0, 0, { course: null, rednessHours: 30, swelling: true }),
      ],
    },
    stop(MANIP, 'COURSE-STOP-INFLAMMATION'),
  ),
  r26(
    F_HOLD,
    R_HOLD,
    'M3-3',
    'back massage: course 2 numbered, the latest session unnumbered says painkillers did not help',
    {
      who: 'massage therapist',
      s: [
        x(15, BM, [6, 5], 0, 0, { course: 2 }),
        x(12, BM, [5, 4], 0, 0, { course: 2 }),
        x(2, BM, [6, 6], 0, 0, { course: null, analgesicsIneffective: true }),
      ],
    },
    stop(BM, 'COURSE-STOP-ANALGESICS'),
  ),
  r26(
    F_HOLD,
    R_HOLD,
    'M3-4',
    'exercise: course 2 numbered, latest unnumbered session: pain worse with movement',
    {
      who: 'physiotherapist',
      s: [
        x(14, EX, [5, 4], 0, 0, { course: 2 }),
        x(10, EX, [4, 3], 0, 0, { course: 2 }),
        x(3, EX, [5, 6], 0, 0, { course: null, painWorseWithMovement: true }),
      ],
    },
    stop(EX, 'COURSE-STOP-MOVEMENT'),
  ),
  r26(
    F_HOLD,
    'judgement: \u00a75 COURSE-STOP-HOLD; the hold is lifted by "starting a new course number" — a course number the engine inferred (10-procedure rule) for an unnumbered log is not a clinician starting a new course',
    'M3-5',
    'eleven unnumbered manipulations every 2 days; pain 72 h after the 10th; the 11th the next visit',
    {
      who: 'chiropractor',
      s: run(11, MANIP, 2, (i) => ({ course: null, ...(i === 9 ? { painHours: 72 } : {}) }), 2),
    },
    stop(MANIP, 'COURSE-STOP-PAIN-48H'),
  ),
  r26(
    F_HOLD,
    R_HOLD,
    'M3-6',
    'collar-zone massage course 1: the 5th of 6 sessions had swelling; the 6th was uneventful',
    {
      who: 'massage therapist',
      s: run(6, CZM, 2, (i) => (i === 4 ? { swelling: true } : {})),
    },
    stop(CZM, 'COURSE-STOP-INFLAMMATION'),
  ),
  r26(
    F_HOLD,
    R_HOLD,
    'M3-7',
    'back massage course 2, sessions entered in reverse date order; the newest had pain 50 h',
    {
      who: 'massage therapist',
      s: [
        x(3, BM, [4, 4], 0, 0, { course: 2, painHours: 50 }),
        x(6, BM, [5, 4], 0, 0, { course: 2 }),
        x(9, BM, [6, 5], 0, 0, { course: 2 }),
        x(40, BM, [6, 5], 0, 0, { course: 1 }),
      ],
    },
    stop(BM, 'COURSE-STOP-PAIN-48H'),
  ),
  r26(
    F_HOLD,
    R_HOLD,
    'M3-8',
    'manipulation course with pain 49 h after its only session; collar-zone massage course alongside is fine',
    {
      who: 'chiropractor',
      s: [x(6, MANIP, [5, 4], 0, 0, { painHours: 49 }), ...run(4, CZM, 2)],
    },
    stop(MANIP, 'COURSE-STOP-PAIN-48H'),
  ),
  r26(
    F_HOLD,
    R_HOLD,
    'M3-9',
    'two overlapping collar-zone massage courses (1 and 2 interleaved); redness 36 h in course 2',
    {
      who: 'two therapists, one clinic',
      s: [
        x(20, CZM, [6, 5], 0, 0, { course: 1 }),
        x(18, CZM, [6, 5], 0, 0, { course: 2 }),
        x(16, CZM, [5, 4], 0, 0, { course: 1 }),
        x(14, CZM, [5, 4], 0, 0, { course: 2, rednessHours: 36 }),
        x(12, CZM, [4, 3], 0, 0, { course: 1 }),
      ],
    },
    stop(CZM, 'COURSE-STOP-INFLAMMATION'),
  ),
  r26(
    F_HOLD,
    R_HOLD,
    'M3-10',
    'an exact duplicate of the stopping session (pain 60 h), entered twice',
    {
      who: 'massage therapist',
      s: [
        x(9, CZM, [6, 5]),
        x(6, CZM, [5, 4]),
        x(3, CZM, [5, 5], 0, 0, { painHours: 60 }),
        x(3, CZM, [5, 5], 0, 0, { painHours: 60 }),
      ],
    },
    { ...stop(CZM, 'COURSE-STOP-PAIN-48H'), warning: 'duplicate-session' },
  ),
  r26(
    F_HOLD,
    R_HOLD +
      '; \u00a78 ratings: 2+ after zeros -> stop and the symptom present; \u00a79 triad feature after a manipulation',
    'M3-11',
    "manipulation course 2 numbered (3 sessions, dizziness 0); today's session 2 days ago entered without a course number: dizziness 4",
    {
      who: 'chiropractor',
      s: [
        x(11, MANIP, [6, 5], 0, 0, { course: 2 }),
        x(8, MANIP, [5, 4], 0, 0, { course: 2 }),
        x(5, MANIP, [4, 3], 0, 0, { course: 2 }),
        x(2, MANIP, [4, 3], 4, 0, { course: null }),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
];

const F_PAIN = 'r26 M4 pain not falling or rising';
const R_PAIN =
  "\u00a76 concerning: from the 5th session on, pain no lower than the lower of sessions 1-2; or rising by 2+ between consecutive sessions after the 2nd; a session's pain is painAfter, else painBefore";

const M4: Probe[] = [
  r26(
    F_PAIN,
    R_PAIN,
    'M4-1',
    'collar-zone massage: pain 6, 6, 6, 6, 6, 6 (painAfter)',
    { who: 'massage therapist', s: run(6, CZM, 2, () => ({ painBefore: 6, painAfter: 6 })) },
    concern('COURSE-PAIN-NOT-FALLING'),
  ),
  r26(
    F_PAIN,
    R_PAIN,
    'M4-2',
    'manipulation: painAfter 5, 3, 3, 4, 4 (lowest of 1-2 is 3)',
    {
      who: 'chiropractor',
      s: [
        x(14, MANIP, [6, 5]),
        x(11, MANIP, [5, 3]),
        x(8, MANIP, [4, 3]),
        x(5, MANIP, [4, 4]),
        x(2, MANIP, [5, 4]),
      ],
    },
    concern('COURSE-PAIN-NOT-FALLING'),
  ),
  r26(
    F_PAIN,
    R_PAIN,
    'M4-3',
    'back massage: pain 5, 4, 3, 5 (rise of 2 at the 4th)',
    {
      who: 'massage therapist',
      s: [x(12, BM, [6, 5]), x(9, BM, [5, 4]), x(6, BM, [4, 3]), x(3, BM, [5, 5])],
    },
    concern('COURSE-PAIN-RISING'),
  ),
  r26(
    F_PAIN,
    R_PAIN,
    'M4-4',
    'exercise: painAfter missing, painBefore 5, 5, 5, 6, 6 (pain read from painBefore)',
    {
      who: 'physiotherapist',
      s: [
        x(14, EX, [5, null]),
        x(11, EX, [5, null]),
        x(8, EX, [5, null]),
        x(5, EX, [6, null]),
        x(2, EX, [6, null]),
      ],
    },
    concern('COURSE-PAIN-NOT-FALLING'),
  ),
  r26(
    F_PAIN,
    R_PAIN,
    'M4-5',
    'collar-zone massage: an exact duplicate entry; pain 5, 4, 4, 4, 4 over five real sessions',
    {
      who: 'massage therapist',
      s: [
        x(14, CZM, [6, 5]),
        x(11, CZM, [5, 4]),
        x(11, CZM, [5, 4]),
        x(8, CZM, [4, 4]),
        x(5, CZM, [4, 4]),
        x(2, CZM, [4, 4]),
      ],
    },
    concern('COURSE-PAIN-NOT-FALLING'),
  ),
  r26(
    F_PAIN,
    'judgement: \u00a76 pain rising by 2+ between consecutive sessions; a session without any pain rating between two rated ones should not hide a rise of 3 (3 -> unrated -> 6)',
    'M4-6',
    'manipulation: pain 4, 3, unrated, 6',
    {
      who: 'chiropractor',
      s: [
        x(12, MANIP, [5, 4]),
        x(9, MANIP, [4, 3]),
        x(6, MANIP, [null, null]),
        x(3, MANIP, [6, 6]),
      ],
    },
    concern('COURSE-PAIN-RISING'),
  ),
  r26(
    F_PAIN,
    'judgement: \u00a76 pain not falling; sessions 1-2 unrated, pain 6, 6, 6, 7, 7 from session 3 on should still be judged (against the first rated sessions)',
    'M4-7',
    'collar-zone massage: sessions 1-2 unrated, then pain 6, 6, 6, 7, 7',
    {
      who: 'massage therapist',
      s: [
        x(20, CZM, [null, null]),
        x(17, CZM, [null, null]),
        x(14, CZM, [6, 6]),
        x(11, CZM, [6, 6]),
        x(8, CZM, [6, 6]),
        x(5, CZM, [7, 7]),
        x(2, CZM, [7, 7]),
      ],
    },
    concern('COURSE-PAIN-NOT-FALLING'),
  ),
];

const F_MED = 'r26 M5 painkiller tablets over 4 days by brand names of many countries';
const R_MED =
  '\u00a76 concerning: analgesic tablets taken for more than 4 days; "recognise generic and brand names (... ibuprofen / Nurofen / Advil, paracetamol / Panadol / Tylenol, diclofenac / Voltaren, naproxen, metamizole / Analgin, ..., aspirin, tramadol, codeine combinations...)"; \u00a78 the painkiller rule sets course.status to at least concerning';

/** Brand (or national generic) names of the rules' own painkillers, with where they are sold. */
const BRANDS: readonly (readonly [string, string])[] = [
  ['Doliprane 1000 mg', 'paracetamol, France'],
  ['Dafalgan', 'paracetamol, Belgium / Switzerland'],
  ['ben-u-ron', 'paracetamol, Germany'],
  ['Alvedon', 'paracetamol, Sweden'],
  ['Panodil', 'paracetamol, Denmark / Norway'],
  ['Tachipirina', 'paracetamol, Italy'],
  ['Gelocatil', 'paracetamol, Spain'],
  ['Crocin', 'paracetamol, India'],
  ['Dolo 650', 'paracetamol, India'],
  ['APAP 500', 'paracetamol, US / Poland abbreviation'],
  ['Cuprofen', 'ibuprofen, UK'],
  ['Ipren', 'ibuprofen, Sweden'],
  ['Ibalgin', 'ibuprofen, Czech Republic'],
  ['Ibu 600', 'ibuprofen, Germany'],
  ['Dolormin', 'ibuprofen, Germany'],
  ['Nolotil', 'metamizole, Spain'],
  ['Novaminsulfon', 'metamizole, German generic name'],
  ['Pyralgina', 'metamizole, Poland'],
  ['Apranax', 'naproxen, France / Turkey'],
  ['Anaprox', 'naproxen, US'],
  ['Cataflam', 'diclofenac, US / Latin America'],
  ['Olfen', 'diclofenac, Switzerland'],
  ['Feldene', 'piroxicam'],
  ['Profenid', 'ketoprofen, France'],
  ['Enantyum', 'dexketoprofen, Spain'],
  ['Ultram', 'tramadol, US'],
  ['Zydol', 'tramadol, UK'],
  ['Contramal', 'tramadol, France / Belgium'],
  ['Tramacet', 'tramadol + paracetamol'],
  ['co-dydramol', 'dihydrocodeine + paracetamol, UK approved name'],
  ['Solpadol', 'codeine + paracetamol, UK'],
  ['Zapain', 'codeine + paracetamol, UK'],
  ['Tylex', 'codeine + paracetamol, Brazil'],
  ['Panadeine Forte', 'codeine + paracetamol, Australia'],
  ['Vicodin', 'hydrocodone + paracetamol, US'],
  ['hydrocodone/APAP 5/325', 'hydrocodone + paracetamol, US'],
  ['Percocet', 'oxycodone + paracetamol, US'],
  ['Disprin', 'aspirin, UK'],
  ['Aspro', 'aspirin, Australia'],
  ['Nuromol', 'ibuprofen + paracetamol, UK'],
];

const M5: Probe[] = [
  ...BRANDS.map(([name, what], i) =>
    r26(
      F_MED,
      R_MED,
      `M5-${i + 1}`,
      `${name} (${what}) tablets for 8 days during a collar-zone massage course`,
      { who: 'massage therapist', s: run(4, CZM, 2), m: [tab(name, 10, 3)] },
      concern('COURSE-ANALGESICS-4-DAYS'),
    ),
  ),
  ...(
    [
      ['Nurofen', 'effervescent', 'effervescent tablets (form "effervescent")'],
      ['Solpadeine', 'soluble', 'soluble tablets (form "soluble")'],
      ['Ibuprofen 400', 'Tabl.', 'German / Polish "Tabl."'],
      ['Doliprane', 'comprimé', 'French "comprimé"'],
      ['Paracetamol', 'comprimido', 'Spanish / Portuguese "comprimido"'],
      ['Voltaren', 'Tbl.', 'German "Tbl."'],
      ['Nurofen Meltlets', 'orodispersible', 'orodispersible'],
      ['Ibuprofen', 'film-coated', 'form "film-coated"'],
      ['Diclofenac', 'SR 75 mg', 'slow release "SR 75 mg"'],
      ['Panadol', 'gélule', 'French "gélule" (capsule)'],
    ] as const
  ).map(([name, form, what], i) =>
    r26(
      F_MED,
      '\u00a76 analgesic tablets over 4 days: the form names a tablet or capsule by mouth in another wording',
      `M5-${BRANDS.length + i + 1}`,
      `${name}, ${what}, for 7 days`,
      { who: 'GP', s: run(3, BM, 2), m: [tab(name, 9, 3, { form })] },
      concern('COURSE-ANALGESICS-4-DAYS'),
    ),
  ),
  r26(
    F_MED,
    'judgement: \u00a76 analgesic tablets over 4 days; a painkiller with an end date but no start (taken "for about two weeks, until 3 days ago") is of unknown duration: FS-2 asks rather than assumes short',
    'M5-51',
    'Nurofen, end 3 days ago, start not recorded',
    { who: 'GP', s: run(3, CZM, 2), m: [tab('Nurofen', null, 3)] },
    concern('COURSE-ANALGESICS-4-DAYS'),
  ),
  r26(
    F_MED,
    'judgement: \u00a76 analgesic tablets over 4 days; a PRN painkiller with neither start nor end on file (still being taken) is of unknown duration',
    'M5-52',
    'Ibuprofen 400 mg PRN, no dates at all, still on the medication list',
    { who: 'GP', s: run(4, CZM, 2), m: [{ name: 'Ibuprofen 400 mg PRN', form: 'tablet' }] },
    concern('COURSE-ANALGESICS-4-DAYS'),
  ),
  r26(
    F_MED,
    'judgement: \u00a76 analgesic tablets over 4 days; 4 days, a one-day break, 4 more days of the same tablet is 8 days of painkillers in 9',
    'M5-53',
    'Tylenol days 1-4, none on day 5, Tylenol days 6-9',
    { who: 'GP', s: run(4, CZM, 2), m: [tab('Tylenol', 12, 9), tab('Tylenol', 7, 4)] },
    concern('COURSE-ANALGESICS-4-DAYS'),
  ),
  r26(
    F_MED,
    R_MED,
    'M5-54',
    'Ibuprofen 400 "PRN" started 21 days ago, no end (still taking)',
    { who: 'GP', s: run(4, CZM, 2), m: [tab('Ibuprofen 400 mg PRN', 21, null)] },
    concern('COURSE-ANALGESICS-4-DAYS'),
  ),
  r26(
    F_MED,
    R_MED,
    'M5-55',
    'Aleve 3 days, then Advil 3 days, then Panadol 3 days (9 days in a row, three brands)',
    {
      who: 'GP',
      s: run(4, BM, 2),
      m: [tab('Aleve', 12, 10), tab('Advil', 9, 7), tab('Panadol', 6, 4)],
    },
    concern('COURSE-ANALGESICS-4-DAYS'),
  ),
  r26(
    F_MED,
    R_MED,
    'M5-56',
    'unnamed "pain tablets" marked analgesic, form not given, 6 days, no sessions yet',
    {
      who: 'GP',
      m: [{ name: 'pain relief tablets', start: ago(8), end: ago(3), analgesic: true }],
    },
    concern('COURSE-ANALGESICS-4-DAYS'),
  ),
];

const F_NEW = 'r26 M6 courses that restart, one-session courses and unnumbered logs';
const R_NEW =
  '\u00a76 stop flags per session; \u00a78 courses per modality (latest = highest course number); \u00a75 COURSE-STOP-HOLD';

const M6: Probe[] = [
  r26(
    F_NEW,
    R_NEW,
    'M6-1',
    'back massage course 2, first and only session: pain lasted 72 h',
    {
      who: 'massage therapist',
      s: [
        ...run(5, BM, 30, (i) => ({ course: 1, ...(i > 10 ? {} : {}) })),
        x(3, BM, [5, 5], 0, 0, { course: 2, painHours: 72 }),
      ],
    },
    stop(BM, 'COURSE-STOP-PAIN-48H'),
  ),
  r26(
    F_NEW,
    R_NEW,
    'M6-2',
    'exercise course 3, first session: swelling of the neck; courses 1-2 fine',
    {
      who: 'physiotherapist',
      s: [
        ...run(3, EX, 60, () => ({ course: 1 })),
        ...run(3, EX, 30, () => ({ course: 2 })),
        x(4, EX, [4, 4], 0, 0, { course: 3, swelling: true }),
      ],
    },
    stop(EX, 'COURSE-STOP-INFLAMMATION'),
  ),
  r26(
    F_NEW,
    R_NEW,
    'M6-3',
    'manipulation course 2, first session 8 days ago: numbness logged',
    {
      who: 'chiropractor',
      s: [
        ...run(4, MANIP, 40, () => ({ course: 1 })),
        x(8, MANIP, [4, 3], 0, 0, { course: 2, newSymptoms: ['numbness'] }),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_NEW,
    R_NEW,
    'M6-4',
    'twelve unnumbered collar-zone massages; the 12th (inferred course 2) logs headache',
    {
      who: 'massage therapist',
      s: run(
        12,
        CZM,
        3,
        (i) => ({ course: null, ...(i === 11 ? { newSymptoms: ['headache'] } : {}) }),
        2,
      ),
    },
    { ...URGENT, ...stop(CZM, 'COURSE-STOP-NEW-SYMPTOMS', URGENT) },
  ),
  r26(
    F_NEW,
    R_NEW,
    'M6-5',
    'fifth collar-zone massage course (course 5) started 2 days ago',
    {
      who: 'massage therapist',
      s: [1, 2, 3, 4, 5].map((k) => x(2 + (5 - k) * 40, CZM, [5, 4], 0, 0, { course: k })),
    },
    concern('COURSE-MORE-THAN-4'),
  ),
];

// ================================================================ F: false alarms

const F_GOOD = 'r26 F1 ordinary courses going well (must stay expected and clean)';
const R_GOOD =
  '\u00a76 expected: pain falling session by session, passing within 48 h; no flag without its threshold (2-point rise, 5th session, 48 h, 24 h, more than 4 days); \u00a78 only sessions after the first are judged';

const F1: Probe[] = [
  r26(
    F_GOOD,
    R_GOOD,
    'F1-1',
    'ten collar-zone massages, pain 7 falling to 2',
    {
      who: 'massage therapist',
      s: [7, 7, 6, 5, 5, 4, 3, 3, 2, 2].map((p, i) => x(2 + 3 * (9 - i), CZM, [p + 1, p])),
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-2',
    'ten manipulations, pain 7 falling to 2 with one 1-point rise at the 5th',
    {
      who: 'chiropractor',
      s: [7, 6, 5, 4, 5, 4, 3, 3, 2, 2].map((p, i) => x(2 + 3 * (9 - i), MANIP, [p + 1, p])),
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-3',
    'back massage: pain 6, 5, 4, 5, 3 (one 1-point rise)',
    { who: 'massage therapist', s: [6, 5, 4, 5, 3].map((p, i) => x(2 + 3 * (4 - i), BM, [p, p])) },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-4',
    'collar-zone massage: pain rises 3 -> 5 from session 1 to 2 (expected early soreness), then 4, 3, 2, 1',
    {
      who: 'massage therapist',
      s: [3, 5, 4, 3, 2, 1].map((p, i) => x(2 + 3 * (5 - i), CZM, [p, p])),
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-5',
    'exercise: pain 48 h after the first session, redness 24 h (at, not over, the limits)',
    {
      who: 'physiotherapist',
      s: [
        x(9, EX, [5, 5], 0, 0, { painHours: 48, rednessHours: 24 }),
        x(6, EX, [4, 3]),
        x(3, EX, [3, 2]),
      ],
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-6',
    'headache there before the course (chronic, 200 days): headache 3, 3, 2, 2, 1 over collar-zone massages',
    {
      who: 'massage therapist',
      f: { headache: on(200, 'tension-type, bilateral, for years') },
      s: [3, 3, 2, 2, 1].map((h, i) => x(2 + 3 * (4 - i), CZM, [6 - i, 5 - i], 0, h)),
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-7',
    'headache known before the course: rated 2 at the first manipulation, then 3, 2, 2 (rise of 1)',
    {
      who: 'chiropractor',
      f: { headache: on(150, 'cervicogenic, known') },
      s: [2, 3, 2, 2].map((h, i) => x(2 + 3 * (3 - i), MANIP, [6 - i, 5 - i], 0, h)),
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-8',
    'dizziness 1 at one back massage only (0, 1, 0, 0)',
    {
      who: 'massage therapist',
      s: [0, 1, 0, 0].map((d, i) => x(2 + 3 * (3 - i), BM, [6 - i, 5 - i], d)),
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-9',
    'dizziness 3 at the first collar-zone massage only (before any treatment), then 0, 0, 0',
    {
      who: 'massage therapist',
      f: {
        dizziness: on(200, 'orthostatic light-headedness years ago, resolved'),
        'orthostatic-reactions': false,
      },
      s: [3, 0, 0, 0].map((d, i) => x(2 + 3 * (3 - i), CZM, [6 - i, 5 - i], d)),
    },
    { ...FINE, vas: ['low'] },
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-10',
    'ratings never recorded (dizziness and headache null) over six back massages, pain falling',
    { who: 'massage therapist', s: run(6, BM, 2, () => ({ dizziness: null, headache: null })) },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-11',
    'an exact duplicate of session 2 among four collar-zone massages, pain 5, 4, 4, 4 (only 4 real sessions)',
    {
      who: 'massage therapist',
      s: [
        x(11, CZM, [6, 5]),
        x(8, CZM, [5, 4]),
        x(8, CZM, [5, 4]),
        x(5, CZM, [4, 4]),
        x(2, CZM, [4, 4]),
      ],
    },
    { ...FINE, warning: 'duplicate-session' },
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-12',
    'two exact duplicates (sessions 1 and 2 entered twice) among four back massages, pain 5, 4, 4, 4',
    {
      who: 'massage therapist',
      s: [
        x(11, BM, [6, 5]),
        x(11, BM, [6, 5]),
        x(8, BM, [5, 4]),
        x(8, BM, [5, 4]),
        x(5, BM, [4, 4]),
        x(2, BM, [4, 4]),
      ],
    },
    { ...FINE, warning: 'duplicate-session' },
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-13',
    'an exact duplicate where one copy has newSymptoms [] and the other none; pain falling',
    {
      who: 'massage therapist',
      s: [
        x(9, CZM, [6, 5]),
        x(6, CZM, [5, 4]),
        { ...x(6, CZM, [5, 4]), newSymptoms: undefined },
        x(3, CZM, [4, 3]),
      ],
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-14',
    'collar-zone massage and exercise the same day, four days running each week, pain falling in both',
    { who: 'rehab clinic', s: [...run(6, CZM, 2), ...run(6, EX, 2)] },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-15',
    'course 1 of collar-zone massage had pain 60 h at session 2; course 2 (numbered) is going well',
    {
      who: 'massage therapist',
      s: [
        x(60, CZM, [6, 5], 0, 0, { course: 1 }),
        x(57, CZM, [5, 5], 0, 0, { course: 1, painHours: 60 }),
        ...run(4, CZM, 2, () => ({ course: 2 })),
      ],
    },
    { ...CLEAN, course: ['expected'], rules: { course: ['COURSE-STOP-PAIN-48H'] } },
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-16',
    'four courses of back massage (course 4 running), each going well',
    {
      who: 'massage therapist',
      s: [1, 2, 3, 4].flatMap((k) => run(3, BM, 2 + (4 - k) * 40, () => ({ course: k }))),
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-17',
    'four collar-zone massage courses and two back massage courses (six courses, at most four per modality)',
    {
      who: 'massage therapist',
      s: [
        ...[1, 2, 3, 4].flatMap((k) => run(2, CZM, 3 + (4 - k) * 40, () => ({ course: k }))),
        ...[1, 2].flatMap((k) => run(2, BM, 2 + (2 - k) * 40, () => ({ course: k }))),
      ],
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-18',
    'single exercise session 1 day ago, pain 4 -> 3',
    { who: 'physiotherapist', s: [x(1, EX, [4, 3])] },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-19',
    'sessions entered in random order; by date pain falls 6 -> 2 over seven back massages',
    {
      who: 'massage therapist',
      s: [
        x(8, BM, [4, 3]),
        x(20, BM, [6, 6]),
        x(2, BM, [3, 2]),
        x(14, BM, [5, 5]),
        x(5, BM, [4, 3]),
        x(17, BM, [6, 5]),
        x(11, BM, [5, 4]),
      ],
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-20',
    'pain 6, 5 then 4, 4, 3 from the 3rd on (5th session lower than sessions 1-2)',
    { who: 'massage therapist', s: [6, 5, 4, 4, 3].map((p, i) => x(2 + 3 * (4 - i), CZM, [p, p])) },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-21',
    'headache 1 at every manipulation (a known mild headache), never more',
    {
      who: 'chiropractor',
      f: { headache: on(400, 'mild, known for a year') },
      s: run(5, MANIP, 2, () => ({ headache: 1 })),
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-22',
    'headache 1 then 2 (rise of 1) in an exercise course; headache known before',
    {
      who: 'physiotherapist',
      f: { headache: on(400, 'known tension headache') },
      s: [1, 1, 2, 2, 1].map((h, i) => x(2 + 3 * (4 - i), EX, [6 - i, 5 - i], 0, h)),
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-23',
    'a two-session course, the second painHours 40 and redness 20 h',
    {
      who: 'massage therapist',
      s: [x(5, BM, [5, 4]), x(2, BM, [4, 4], 0, 0, { painHours: 40, rednessHours: 20 })],
    },
    FINE,
  ),
  r26(
    F_GOOD,
    R_GOOD,
    'F1-24',
    'exercise sessions twice on the same day (morning and evening), different values, pain falling',
    {
      who: 'physiotherapist',
      s: [x(6, EX, [5, 4]), x(6, EX, [4, 3]), x(3, EX, [4, 3]), x(3, EX, [3, 2])],
    },
    FINE,
  ),
];

const F_MEDOK = 'r26 F2 painkillers within the rules (must not raise the course)';
const R_MEDOK =
  '\u00a76 concerning only for analgesic tablets taken for MORE than 4 days; \u00a78 an explicit analgesic flag beats name recognition; a gel is not a tablet';

const F2: Probe[] = [
  r26(
    F_MEDOK,
    R_MEDOK,
    'F2-1',
    'paracetamol for 2 days after the first collar-zone massage',
    { who: 'massage therapist', s: run(4, CZM, 2), m: [tab('paracetamol 500 mg', 11, 10)] },
    FINE,
  ),
  r26(
    F_MEDOK,
    R_MEDOK,
    'F2-2',
    'Nurofen for exactly 4 days',
    { who: 'massage therapist', s: run(4, CZM, 2), m: [tab('Nurofen', 11, 8)] },
    FINE,
  ),
  r26(
    F_MEDOK,
    R_MEDOK,
    'F2-3',
    'Voltaren gel for 14 days (form gel)',
    {
      who: 'massage therapist',
      s: run(4, BM, 2),
      m: [tab('Voltaren Emulgel 1%', 16, 2, { form: 'gel' })],
    },
    FINE,
  ),
  r26(
    F_MEDOK,
    R_MEDOK,
    'F2-4',
    'aspirin 75 mg daily for a year, marked analgesic: false (cardiac prophylaxis)',
    { who: 'GP', s: run(4, CZM, 2), m: [tab('Aspirin 75 mg', 365, null, { analgesic: false })] },
    FINE,
  ),
  r26(
    F_MEDOK,
    R_MEDOK,
    'F2-5',
    'Panadol 2 days, a week off, Advil 2 days, a week off, Tylenol 2 days',
    {
      who: 'GP',
      s: run(6, CZM, 2),
      m: [tab('Panadol', 20, 19), tab('Advil', 12, 11), tab('Tylenol', 4, 3)],
    },
    FINE,
  ),
  r26(
    F_MEDOK,
    R_MEDOK,
    'F2-6',
    'ibuprofen started 3 days ago and still taken (4 days counting today)',
    { who: 'GP', s: run(3, BM, 2), m: [tab('Ibuprofen 200 mg', 3, null)] },
    FINE,
  ),
  r26(
    F_MEDOK,
    R_MEDOK,
    'F2-7',
    'ketorolac injection once, then paracetamol 3 days',
    {
      who: 'GP',
      s: run(4, EX, 2),
      m: [tab('Ketorolac 30 mg', 10, 10, { form: 'injection' }), tab('Paracetamol', 9, 7)],
    },
    FINE,
  ),
  r26(
    F_MEDOK,
    'judgement: \u00a76 "if the pain does not stop during this time, contact your doctor" is about tablets for the pain of the course; a painkiller course two years before any session is not',
    'F2-8',
    'ibuprofen 10 days after dental surgery two years ago; collar-zone massage course now',
    { who: 'massage therapist', s: run(4, CZM, 2), m: [tab('Ibuprofen 400 mg', 740, 731)] },
    FINE,
  ),
  r26(
    F_MEDOK,
    'judgement: \u00a76 tablets TAKEN for more than 4 days; a 10-day prescription started 2 days ago has been taken for 3 days so far',
    'F2-9',
    'naproxen prescribed for 10 days, started 2 days ago (end 7 days ahead)',
    {
      who: 'GP',
      s: run(3, BM, 1),
      m: [{ name: 'Naproxen 250 mg', form: 'tablet', start: ago(2), end: ago(-7) }],
    },
    FINE,
  ),
  r26(
    F_MEDOK,
    'judgement: contract course.status none = no sessions; \u00a78 the painkiller rule "sets course.status to at least concerning" — read here as applying once there is a course (the least cautious reading)',
    'F2-10',
    'no sessions at all; paracetamol 7 days last month for a flu',
    { who: 'GP', m: [tab('Paracetamol', 40, 34)] },
    { ...CLEAN, course: ['none', 'concerning'] },
  ),
  r26(
    F_MEDOK,
    'judgement: \u00a76 names aspirin among painkillers, but 75-100 mg daily is antiplatelet prophylaxis, not analgesia; the least cautious reading leaves it to the analgesic flag (a warning would do)',
    'F2-11',
    'low-dose aspirin 75 mg daily for years, analgesic flag not set',
    { who: 'GP', s: run(4, CZM, 2), m: [tab('Aspirin 75 mg (cardio)', 900, null)] },
    FINE,
  ),
  r26(
    F_MEDOK,
    R_MEDOK,
    'F2-12',
    'amitriptyline 10 mg at night for months, marked analgesic: false',
    {
      who: 'GP',
      s: run(4, CZM, 2),
      m: [tab('Amitriptyline 10 mg', 120, null, { analgesic: false })],
    },
    FINE,
  ),
];

const F_MORE =
  'r26 M7 more symptoms after sessions: windows, known symptoms, other modalities, course edges';

const M7: Probe[] = [
  r26(
    F_MORE,
    R_AFTER,
    'M7-1',
    'chronic dizziness (200 days) known; new dizziness logged after a manipulation 3 days ago',
    {
      who: 'chiropractor',
      f: { dizziness: on(200, 'mild chronic unsteadiness') },
      s: [
        x(9, MANIP, [6, 5]),
        x(6, MANIP, [5, 4]),
        x(3, MANIP, [4, 3], 0, 0, { newSymptoms: ['dizziness'] }),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_MORE,
    R_AFTER,
    'M7-2',
    'headache known (undated); headache ratings 0, 0, 0, 3 over manipulations, the last 2 days ago',
    {
      who: 'chiropractor',
      f: { headache: { present: true, note: 'occasional tension headache' } },
      s: [
        x(11, MANIP, [6, 5]),
        x(8, MANIP, [5, 4]),
        x(5, MANIP, [4, 3]),
        x(2, MANIP, [4, 3], 0, 3),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_MORE,
    R_AFTER,
    'M7-3',
    'headache logged after a manipulation exactly 14 days ago',
    {
      who: 'chiropractor',
      s: [x(17, MANIP, [6, 5]), x(14, MANIP, [5, 4], 0, 0, { newSymptoms: ['headache'] })],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_MORE,
    R_AFTER,
    'M7-4',
    'headache logged after a manipulation 15 days ago',
    {
      who: 'chiropractor',
      s: [x(18, MANIP, [6, 5]), x(15, MANIP, [5, 4], 0, 0, { newSymptoms: ['headache'] })],
    },
    { ...URGENT, ...stop(MANIP, 'COURSE-STOP-NEW-SYMPTOMS', URGENT) },
  ),
  r26(
    F_MORE,
    R_AFTER,
    'M7-5',
    'dizziness logged after a collar-zone massage 3 days ago; a manipulation 10 days ago (within 14 days before)',
    {
      who: 'multidisciplinary clinic',
      s: [
        x(10, MANIP, [5, 4]),
        x(9, CZM, [6, 5]),
        x(6, CZM, [5, 4]),
        x(3, CZM, [4, 3], 0, 0, { newSymptoms: ['dizziness'] }),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_MORE,
    R_AFTER,
    'M7-6',
    'chronic headache and visual blurring known; dizziness ratings 0, 0, 3 over back massages (triad now complete)',
    {
      who: 'massage therapist',
      f: {
        headache: on(300, 'occipital, chronic'),
        'visual-disturbance': on(200, 'blurring on reading'),
      },
      s: [x(9, BM, [6, 5]), x(6, BM, [5, 4]), x(3, BM, [4, 3], 3, 0)],
    },
    {
      vas: ['high', 'confirmed'],
      manip: 'contraindicated',
      czm: 'not-cleared',
      ...stop(BM, 'COURSE-STOP-NEW-RATING'),
    },
  ),
  r26(
    F_MORE,
    R_AFTER,
    'M7-7',
    'worsening neurology logged after an exercise session 5 days ago',
    {
      who: 'physiotherapist',
      s: [x(8, EX, [5, 4]), x(5, EX, [4, 3], 0, 0, { newSymptoms: ['worsening-neurology'] })],
    },
    { ...URGENT, ...stop(EX, 'COURSE-STOP-NEW-SYMPTOMS', URGENT) },
  ),
  r26(
    F_MORE,
    R_AFTER,
    'M7-8',
    'dizziness on head rotation logged after a collar-zone massage 6 days ago',
    {
      who: 'massage therapist',
      s: [
        x(9, CZM, [5, 4]),
        x(6, CZM, [4, 3], 0, 0, { newSymptoms: ['dizziness-on-head-rotation'] }),
      ],
    },
    { manip: 'contraindicated', ...stop(CZM, 'COURSE-STOP-NEW-SYMPTOMS') },
  ),
  r26(
    F_MORE,
    'judgement: \u00a78 "ratings at a course\'s first session do not change any finding" is the pre-treatment baseline; a session the engine put first of a course 2 it inferred itself (11th unnumbered manipulation) is not a baseline: its dizziness 4 after ten zeros is new dizziness 2 days after a manipulation',
    'M7-9',
    'eleven unnumbered manipulations every 2 days, dizziness 0 x10 then 4 at the 11th (2 days ago)',
    {
      who: 'chiropractor',
      s: run(11, MANIP, 2, (i) => ({ course: null, dizziness: i === 10 ? 4 : 0 }), 2),
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_MORE,
    'judgement: \u00a78 first-session ratings are a baseline; a course 2 begun 3 days after course 1 of the same manipulation, rating dizziness 4 after ten zeros, reports a symptom that followed the last manipulation of course 1',
    'M7-10',
    'manipulation course 1 (5 sessions, dizziness 0), course 2 session 1 three days later: dizziness 4',
    {
      who: 'chiropractor',
      s: [...run(5, MANIP, 3, () => ({ course: 1 })), x(0, MANIP, [4, 3], 4, 0, { course: 2 })],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r26(
    F_MORE,
    'judgement: \u00a78 latest course = highest course number; when a clinic restarts numbering, the course 1 logged this month is the one running, not the course 2 of last spring',
    'M7-11',
    'back massage course 2 in March; a new clinic numbered its November course 1; pain 60 h after its 3rd session',
    {
      who: 'massage therapist',
      s: [
        ...run(3, BM, 240, () => ({ course: 2 })),
        x(9, BM, [6, 5], 0, 0, { course: 1 }),
        x(6, BM, [5, 4], 0, 0, { course: 1 }),
        x(3, BM, [5, 5], 0, 0, { course: 1, painHours: 60 }),
      ],
    },
    stop(BM, 'COURSE-STOP-PAIN-48H'),
  ),
  r26(
    F_MORE,
    R_AFTER,
    'M7-12',
    'assessedOn missing (read as today); dizziness logged after a manipulation on 2026-11-24',
    {
      who: 'chiropractor',
      assessedOn: null,
      s: [
        { ...x(0, MANIP, [5, 4]), date: '2026-11-18' },
        { ...x(0, MANIP, [4, 3], 0, 0, { newSymptoms: ['dizziness'] }), date: '2026-11-24' },
      ],
    },
    { ...EMERGENCY, course: ['stop'], warning: 'assessed-on-missing' },
  ),
  r26(
    F_MORE,
    'judgement: \u00a76 analgesic tablets over 4 days; metamizole drops (Novalgin Tropfen, the usual German form) taken 10 days are the same painkiller by mouth',
    'M7-13',
    'Novalgin drops (metamizole) 10 days',
    { who: 'GP', s: run(4, CZM, 2), m: [tab('Novalgin', 12, 3, { form: 'Tropfen (drops)' })] },
    concern('COURSE-ANALGESICS-4-DAYS'),
  ),
  r26(
    F_MORE,
    'judgement: \u00a76 analgesic tablets over 4 days; an oral suspension counts (form "oral" matches) but a syrup of the same paracetamol does not',
    'M7-14',
    'Calpol syrup (paracetamol) 8 days',
    { who: 'GP', s: run(4, CZM, 2), m: [tab('Calpol', 10, 3, { form: 'syrup' })] },
    concern('COURSE-ANALGESICS-4-DAYS'),
  ),
];

const F_QUIET = 'r26 F3 quiet symptoms that must not raise anything';

const F3: Probe[] = [
  r26(
    F_QUIET,
    R_GOOD,
    'F3-1',
    'headache began 20 days ago, 5 days before the first of three manipulations (not after it)',
    {
      who: 'chiropractor',
      f: { headache: on(20, 'tension-type after a stressful week') },
      s: [x(15, MANIP, [6, 5], 0, 2), x(12, MANIP, [5, 4], 0, 2), x(9, MANIP, [4, 3], 0, 1)],
    },
    FINE,
  ),
  r26(
    F_QUIET,
    R_GOOD,
    'F3-2',
    'chronic dizziness (BPPV, 2 years) with collar-zone massage, dizziness rated 2, 2, 1, 1',
    {
      who: 'massage therapist',
      f: { dizziness: on(700, 'BPPV, Epley done'), bppv: true },
      s: [2, 2, 1, 1].map((d, i) => x(2 + 3 * (3 - i), CZM, [6 - i, 5 - i], d)),
    },
    FINE,
  ),
  r26(
    F_QUIET,
    R_GOOD,
    'F3-3',
    'manipulation course 1 all zeros; course 2 first session headache 2 (baseline of the new course), then 1, 0',
    {
      who: 'chiropractor',
      f: { headache: on(500, 'known, episodic') },
      s: [
        ...run(4, MANIP, 60, () => ({ course: 1 })),
        x(8, MANIP, [5, 4], 0, 2, { course: 2 }),
        x(5, MANIP, [4, 3], 0, 1, { course: 2 }),
        x(2, MANIP, [3, 2], 0, 0, { course: 2 }),
      ],
    },
    FINE,
  ),
  r26(
    F_QUIET,
    R_GOOD,
    'F3-4',
    'dizziness 1 then 2 in back massage (rise of 1 from a high of 1)',
    {
      who: 'massage therapist',
      f: { dizziness: on(400, 'mild, chronic') },
      s: [1, 1, 2, 1].map((d, i) => x(2 + 3 * (3 - i), BM, [6 - i, 5 - i], d)),
    },
    FINE,
  ),
  r26(
    F_QUIET,
    R_GOOD,
    'F3-5',
    'headache 2, 0, 2, 1 in collar-zone massage, known headache (back to its earlier high)',
    {
      who: 'massage therapist',
      f: { headache: on(400, 'known') },
      s: [2, 0, 2, 1].map((h, i) => x(2 + 3 * (3 - i), CZM, [6 - i, 5 - i], 0, h)),
    },
    FINE,
  ),
  r26(
    F_QUIET,
    R_GOOD,
    'F3-6',
    'neck pain (the known complaint) rated 6 falling to 2 over ten exercise sessions with two missing ratings',
    {
      who: 'physiotherapist',
      s: [6, 6, null, 5, 4, 4, null, 3, 2, 2].map((p, i) => x(2 + 3 * (9 - i), EX, [p, p])),
    },
    FINE,
  ),
  r26(
    F_QUIET,
    R_GOOD,
    'F3-7',
    'a duplicate collar-zone massage entered twice (exact), five sessions in all, pain 6 -> 2',
    {
      who: 'massage therapist',
      s: [
        x(14, CZM, [6, 6]),
        x(11, CZM, [5, 5]),
        x(8, CZM, [4, 4]),
        x(8, CZM, [4, 4]),
        x(5, CZM, [3, 3]),
        x(2, CZM, [2, 2]),
      ],
    },
    { ...FINE, warning: 'duplicate-session' },
  ),
  r26(
    F_QUIET,
    R_GOOD,
    'F3-8',
    'headache rated 3 at the only session (first session: a baseline), collar-zone massage 2 days ago, headache known',
    {
      who: 'massage therapist',
      f: { headache: on(300, 'known') },
      s: [x(2, CZM, [5, 3], 0, 3)],
    },
    FINE,
  ),
  r26(
    F_QUIET,
    R_GOOD,
    'F3-9',
    'four exact duplicates of one back massage entered by a double-clicking tablet (same day)',
    {
      who: 'massage therapist',
      s: [x(2, BM, [5, 4]), x(2, BM, [5, 4]), x(2, BM, [5, 4]), x(2, BM, [5, 4])],
    },
    { ...FINE, warning: 'duplicate-session' },
  ),
  r26(
    F_QUIET,
    R_GOOD,
    'F3-10',
    'exercise with pain 5, 4, 4, 4, 3, 3 (no lower than sessions 1-2 only at... never: lowest of 1-2 is 4, 5th is 3)',
    { who: 'physiotherapist', s: [5, 4, 4, 4, 3, 3].map((p, i) => x(2 + 3 * (5 - i), EX, [p, p])) },
    FINE,
  ),
];

const F_QUIET2 = 'r26 F4 more ordinary courses and medication lists';
const CLEAN_MANIP_CAUTION_OK: Expectation = {
  manip: 'caution',
  vas: ['low'],
  course: ['expected'],
  atMost: { manip: 'caution', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};

const F4: Probe[] = [
  r26(
    F_QUIET2,
    R_MEDOK,
    'F4-1',
    'Nurofen 4 days, two days off, Panadol 3 days',
    { who: 'GP', s: run(4, CZM, 2), m: [tab('Nurofen', 12, 9), tab('Panadol', 6, 4)] },
    FINE,
  ),
  r26(
    F_QUIET2,
    R_MEDOK,
    'F4-2',
    'Ibuleve (ibuprofen) gel 10 days, form gel',
    { who: 'GP', s: run(4, BM, 2), m: [tab('Ibuleve gel', 12, 3, { form: 'gel' })] },
    FINE,
  ),
  r26(
    F_QUIET2,
    R_MEDOK,
    'F4-3',
    'Voltaren patch 10 days, form transdermal patch',
    {
      who: 'GP',
      s: run(4, CZM, 2),
      m: [tab('Voltaren 140 mg', 12, 3, { form: 'transdermal patch' })],
    },
    FINE,
  ),
  r26(
    F_QUIET2,
    R_MEDOK,
    'F4-4',
    'tablets marked analgesic: true for 3 days',
    {
      who: 'GP',
      s: run(4, EX, 2),
      m: [{ name: 'clinic pain tablets', start: ago(6), end: ago(4), analgesic: true }],
    },
    FINE,
  ),
  r26(
    F_QUIET2,
    R_GOOD,
    'F4-5',
    'ten back massages: pain 8, 7, 6, 5, 5, 4, 4, 3, 3, 2',
    {
      who: 'massage therapist',
      s: [8, 7, 6, 5, 5, 4, 4, 3, 3, 2].map((p, i) => x(2 + 3 * (9 - i), BM, [p, p])),
    },
    FINE,
  ),
  r26(
    F_QUIET2,
    R_GOOD,
    'F4-6',
    'two exercise sessions, dizziness 1 and 1 (chronic mild, known)',
    {
      who: 'physiotherapist',
      f: { dizziness: on(300, 'mild') },
      s: [x(5, EX, [5, 4], 1), x(2, EX, [4, 3], 1)],
    },
    FINE,
  ),
  r26(
    F_QUIET2,
    R_GOOD,
    'F4-7',
    'collar-zone massage course with painHours and rednessHours not recorded, pain falling',
    {
      who: 'massage therapist',
      s: run(5, CZM, 2, () => ({ painHours: null, rednessHours: null })),
    },
    FINE,
  ),
  r26(
    F_QUIET2,
    R_GOOD,
    'F4-8',
    'twenty sessions: exercise courses 1 and 2 and back massage course 1, all numbered, pain falling in each',
    {
      who: 'rehab clinic',
      s: [
        ...run(7, EX, 40, () => ({ course: 1 })),
        ...run(7, EX, 2, () => ({ course: 2 })),
        ...run(6, BM, 3, () => ({ course: 1 })),
      ],
    },
    FINE,
  ),
  r26(
    F_QUIET2,
    R_GOOD,
    'F4-9',
    'twelve unnumbered collar-zone massages, pain 7 -> 2 then 3, 2 (the 11th and 12th)',
    {
      who: 'massage therapist',
      s: [7, 6, 6, 5, 4, 4, 3, 3, 2, 2, 3, 2].map((p, i) =>
        x(2 + 3 * (11 - i), CZM, [p, p], 0, 0, { course: null }),
      ),
    },
    FINE,
  ),
  r26(
    F_QUIET2,
    '\u00a75 migraine is a precaution of manipulation only; \u00a76 headache ratings falling',
    'F4-10',
    'known migraine (headache present for years), collar-zone massage with headache 4, 3, 3, 2',
    {
      who: 'massage therapist',
      f: { migraine: true, headache: on(2000, 'migraine since youth') },
      s: [4, 3, 3, 2].map((h, i) => x(2 + 3 * (3 - i), CZM, [6 - i, 5 - i], 0, h)),
    },
    CLEAN_MANIP_CAUTION_OK,
  ),
  r26(
    F_QUIET2,
    R_MEDOK,
    'F4-11',
    'paracetamol 4 days ended 20 days ago, ibuprofen 3 days ending yesterday',
    { who: 'GP', s: run(4, CZM, 2), m: [tab('Paracetamol', 24, 21), tab('Ibuprofen', 3, 1)] },
    FINE,
  ),
];

export const ROUND_26: readonly Probe[] = [
  ...M1,
  ...M2,
  ...M3,
  ...M4,
  ...M5,
  ...M6,
  ...M7,
  ...F1,
  ...F2,
  ...F3,
  ...F4,
];
