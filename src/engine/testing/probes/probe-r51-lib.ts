/**
 * Round 51's helpers (/tmp/probe51/base.ts and course-part.ts): the round's bounds (lower bounds,
 * and upper bounds under `max`, on the verdicts, the urgency, the course status and the VAS
 * level) as an Expectation, a probe on PROBE_BASE, and the sessions of a treatment course as the
 * round's harness wrote and printed them. Test data only, all synthetic.
 */
import type {
  CourseStatus,
  Modality,
  TreatmentSession,
  UrgencyLevel,
  VasLevel,
  Verdict,
} from '../../model';
import type { CaseDelta, Expectation, Probe } from './probe-model';

export type Kind = 'miss' | 'false-alarm';

/** The round's expectation: lower bounds, and upper bounds under `max`. */
export interface Bounds {
  manip?: Verdict;
  czm?: Verdict;
  bm?: Verdict;
  ex?: Verdict;
  urg?: UrgencyLevel;
  course?: CourseStatus;
  vas?: VasLevel;
  max?: Omit<Bounds, 'max'>;
}
/** Least to most severe, as the round's harness ranks them. */
const COURSE_ORDER: readonly CourseStatus[] = ['none', 'expected', 'concerning', 'stop'];
const VAS_ORDER: readonly VasLevel[] = ['low', 'indeterminate', 'moderate', 'high', 'confirmed'];
/** The values of `order` from `lo` to `hi` (either open); undefined when neither is given. */
function within<T>(order: readonly T[], lo?: T, hi?: T): readonly T[] | undefined {
  if (lo === undefined && hi === undefined) return undefined;
  const from = lo === undefined ? 0 : order.indexOf(lo);
  const to = hi === undefined ? order.length - 1 : order.indexOf(hi);
  return order.slice(from, to + 1);
}
/** The round's bounds as an Expectation: course and VAS bounds as the sets within them. */
export function bounded(b: Bounds): Expectation {
  const { course, vas, max, ...lower } = b;
  const { course: courseAtMost, vas: vasAtMost, ...atMost } = max ?? {};
  const e: Expectation = { ...lower };
  if (Object.keys(atMost).length) e.atMost = atMost;
  const cs = within(COURSE_ORDER, course, courseAtMost);
  if (cs) e.course = cs;
  const vl = within(VAS_ORDER, vas, vasAtMost);
  if (vl) e.vas = vl;
  return e;
}

const CI = 'contraindicated';
/** Emergency: every modality contraindicated (s4, s5). */
export const EMER: Bounds = { urg: 'emergency', manip: CI, czm: CI, bm: CI, ex: CI };

/** A round 51 probe on PROBE_BASE: `id: input`. */
export const probe = (
  family: string,
  id: string,
  input: string,
  delta: CaseDelta,
  b: Bounds,
  rule: string,
): Probe => ({ round: 51, family, name: `${id}: ${input}`, rule, delta, expect: bounded(b) });

const MOD: Record<string, Modality> = {
  manip: 'cervical-manipulation',
  czm: 'collar-zone-massage',
  bm: 'back-massage',
  ex: 'therapeutic-exercise',
};
const RATED = [
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
/** A session of course 1 with nothing new, then `x`: s('manip', '2026-11-10', { painAfter: 5 }). */
export const s = (
  m: string,
  date: string,
  x: Partial<TreatmentSession> = {},
): TreatmentSession => ({
  date,
  course: 1,
  modality: MOD[m]!,
  newSymptoms: [],
  ...x,
});
/** Sessions as the round's harness printed them. */
export const showS = (ss: readonly TreatmentSession[]): string =>
  ss
    .map(
      (x) =>
        `${x.date} ${Object.keys(MOD).find((k) => MOD[k] === x.modality)} c${x.course}` +
        RATED.filter((k) => x[k] !== undefined)
          .map((k) => ` ${k}=${x[k]}`)
          .join('') +
        (x.newSymptoms?.length ? ` new=${x.newSymptoms.join('+')}` : ''),
    )
    .join('; ');
