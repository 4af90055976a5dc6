/**
 * Round 58's helpers (/tmp/probe58/vignettes.mjs and run.mjs: 85 whole case files written from
 * the brief and published VAD / VBI / bow hunter's / benign-dizziness case reports, against
 * 93ae101). The round kept round 55's harness: every vignette is a complete case file (a `whole`
 * probe) built as round 55's `V` built it (probe-r55-lib.ts `caseFile`: assessed 2026-11-20;
 * every intake finding answered "no" except the rotation test and the dynamic assessment; a
 * 47-year-old woman; a normal cervical X-ray 40 days old; the GP's routine referral 7 days old),
 * with the id `r58-ID`. Expectations as round 55's (`expectation`): `eq` exact, `min` lower and
 * `max` upper bounds, `missing`, `warn`, `conflict`, course `flags`. The round's observations
 * BD2, BD2a and BD2b (no expectation) keep only the harness's FS-9 check, probe-eval's reason
 * audit; AC6 keeps its upper bounds. "(text only)" in a rule marks the round's note-only probes. Test data only, all synthetic.
 */
import type { CaseFile, FindingValue, Modality, TreatmentSession } from '../../model';
import type { Probe } from './probe-model';
import { caseFile, expectation, ses, st, type Exp, type Vignette } from './probe-r55-lib';

export { ago, med, on, ref, ses, st, yes, type Exp } from './probe-r55-lib';

/** Answered "no" (with a note, when given). */
export const no = (note?: string): FindingValue => ({ present: false, ...(note ? { note } : {}) });

/**
 * `n` sessions of `modality` every second day from `startDays` before, pain falling from 6 -> 5
 * by one a session (at least 1 -> 0), then `f(i)` (vignettes.mjs `course10`).
 */
export const course10 = (
  modality: Modality,
  startDays: number,
  n: number,
  course = 1,
  f: (i: number) => Partial<TreatmentSession> = () => ({}),
): TreatmentSession[] =>
  Array.from({ length: n }, (_, i) =>
    ses(startDays - 2 * i, course, modality, {
      painBefore: Math.max(1, 6 - i),
      painAfter: Math.max(0, 5 - i),
      ...f(i),
    }),
  );

export const CI = 'contraindicated';
export const NC = 'not-cleared';
export const CA = 'caution';
export const CL = 'clear';
type V4 = typeof CI | typeof NC | typeof CA | typeof CL;
/** The four modalities, each `v`. */
export const ALL = (v: V4): { manip: V4; czm: V4; bm: V4; ex: V4 } => ({
  manip: v,
  czm: v,
  bm: v,
  ex: v,
});
/** Emergency, every modality contraindicated (exact). */
export const EMER: Exp = { eq: { urg: 'emergency', ...ALL(CI) } };
export const EMER_T = 'emergency; emergency contraindicates every modality';
/** Urgency none, every modality clear (exact). */
export const CLEAR: Exp = { eq: { urg: 'none', ...ALL(CL) } };
/** The round's osteochondrosis X-ray, 35 days old (vignettes.mjs XR_OCH). */
export const XR_OCH = st(
  'xray',
  'cervical-spine',
  35,
  'XR C-spine 2 views: Straightening of the cervical lordosis. Mild disc space narrowing C5-C6 with small anterior osteophytes (osteochondrosis). No uncovertebral joint hypertrophy. No listhesis. Prevertebral soft tissues normal.',
);
/** The standard denial list many of the round's referrals end with. */
export const DENY =
  'No diplopia, dysarthria, dysphagia, drop attacks, nystagmus or numbness. 5 Ds and 3 Ns negative.';

/** The case file of vignette `id`, as the round wrote cases/ID.json. */
export function caseFile58(id: string, d: Vignette): CaseFile {
  const c = caseFile(id, d);
  c.id = `r58-${id}`;
  return c;
}

/**
 * A round 58 vignette into `probes`, called as the round's V: (id, kind, title, d, exp,
 * expText, rule, { noteOnly }).
 */
export const vignettesInto =
  (probes: Probe[], group: string) =>
  (
    id: string,
    kind: 'miss' | 'false-alarm' | 'observation',
    title: string,
    d: Vignette,
    e: Exp,
    expText: string,
    rule: string,
    x: { noteOnly?: boolean } = {},
  ): void => {
    probes.push({
      round: 58,
      family: `r58 whole case files, ${group}`,
      name: `${id}: ${title}`,
      rule: `${kind === 'false-alarm' ? 'false alarm' : kind}${x.noteOnly ? ' (text only)' : ''}: ${expText} (${rule})`,
      delta: { whole: caseFile58(id, d) },
      expect: expectation(e),
    });
  };
