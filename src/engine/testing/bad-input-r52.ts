/**
 * Round 52's bad-input files (/tmp/probe52/head.md, part B) as test helpers for
 * validate-r52.spec.ts and validate-r52-b.spec.ts: the case files, each e2e/fixtures/case-clear.json
 * (PROBE_BASE) changed as the round's harness (b-run.mjs) wrote it, what validateCase says of
 * them, and the round's lower bounds on an accepted one. Test code only, all synthetic.
 */
import { assess } from '../assess';
import {
  URGENCY_LEVELS,
  VERDICTS,
  type Assessment,
  type UrgencyLevel,
  type Verdict,
} from '../model';
import { validateCase, type ValidationError } from '../validate';
import { MOD_KEYS, PROBE_BASE, type ModKey } from './probes/probe-model';
import { sev } from './severity';

export type Json = Record<string, unknown>;
export const BASE = PROBE_BASE as unknown as Json;
export const omit = (o: object, k: string): Json => {
  const c: Json = { ...o };
  delete c[k];
  return c;
};
export const caseWith = (over: Json, drop: string[] = []): Json => {
  const c: Json = { ...structuredClone(BASE), ...over };
  for (const k of drop) delete c[k];
  return c;
};
export const finding = (id: string, v: unknown): Json =>
  caseWith({ findings: { ...PROBE_BASE.findings, [id]: v } });
/** A manipulation of course 1 with pain 4 after and nothing new, then `x`. */
export const ses = (date: string, x: Json = {}): Json => ({
  date,
  course: 1,
  modality: 'cervical-manipulation',
  painAfter: 4,
  newSymptoms: [],
  ...x,
});
export const sessions = (...ss: Json[]): Json => caseWith({ sessions: ss });
export const plusStudy = (study: Json): Json =>
  caseWith({ imaging: [...PROBE_BASE.imaging!, study] });
export const mri3d = (x: Json): Json =>
  plusStudy({ modality: 'mri', region: 'head', date: '2026-11-17', ...x });
export const cta = (date: string, report: string): Json =>
  plusStudy({ modality: 'cta', region: 'neck-vessels', date, report });
/** The base case as the round's harness wrote it: JSON with two-space indents. */
export const text = (c: Json = BASE): string => JSON.stringify(c, null, 2);
/** 200,000 arrays nested in one another, built without JSON.parse. */
export function deepArrays(n: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < n; i++) v = [v];
  return v;
}
export function nested50(): Json {
  const top: Json = {};
  let o = top;
  for (let i = 0; i < 50; i++) o = o['x'] = {};
  return top;
}

export const errorsOf = (input: unknown): readonly ValidationError[] => {
  const v = validateCase(input);
  return v.ok ? [] : v.errors;
};
/** The assessment of an accepted case, with the validator's warnings. */
export function accepted(input: unknown): { a: Assessment; warnings: string[] } {
  const v = validateCase(input);
  if (!v.ok) throw new Error(`refused: ${JSON.stringify(v.errors)}`);
  return { a: assess(v.value, { remember: false }), warnings: v.warnings };
}
export interface Lower {
  manip?: Verdict;
  czm?: Verdict;
  bm?: Verdict;
  ex?: Verdict;
  urg?: UrgencyLevel;
}
/** Where `a` is below the lower bounds `b`, one line each. */
export function below(a: Assessment, b: Lower): string[] {
  const out: string[] = [];
  for (const k of Object.keys(MOD_KEYS) as ModKey[]) {
    const got = a.modalities[MOD_KEYS[k]].verdict;
    const lo = b[k];
    if (lo && sev(VERDICTS, got) < sev(VERDICTS, lo)) out.push(`${k} ${got} < ${lo}`);
  }
  if (b.urg && sev(URGENCY_LEVELS, a.urgency.level) < sev(URGENCY_LEVELS, b.urg))
    out.push(`urg ${a.urgency.level} < ${b.urg}`);
  return out;
}
export const CI = 'contraindicated';
export const FUTURE_ASSESSED_ON =
  /^assessedOn: 2062-11-20 is after today \(\d{4}-\d{2}-\d{2}\); everything recent is judged from that day$/;
export const SLIP = (key: string, field: string): string =>
  `not a field of the case file: did you mean "${field}"? (its value would not be read)`;
export const RATING = 'is not a rating from 0 to 10';
