/**
 * Edge validation of case files. Never throws: any JSON value gives either a typed case or a
 * list of errors, each naming the field path. Unknown extra fields are kept.
 */
import { isFindingId } from './finding-ids';
import { isIsoDate, todayIso } from './dates';
import {
  CASE_FORMAT,
  IMAGING_MODALITIES,
  IMAGING_REGIONS,
  MODALITIES,
  REFERRAL_PRIORITIES,
  REFERRAL_STATUSES,
  SEXES,
  type CaseFile,
} from './model';

export interface ValidationError {
  path: string;
  message: string;
}
export type ValidationResult =
  | { ok: true; value: CaseFile; warnings: string[] }
  | { ok: false; errors: ValidationError[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const show = (v: unknown): string => {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 37)}...` : s;
  } catch {
    return String(v);
  }
};

class Checker {
  readonly errors: ValidationError[] = [];
  readonly warnings: string[] = [];

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** Optional field: absent / null is fine; otherwise `test` must pass. */
  optional(o: Obj, key: string, path: string, test: (v: unknown) => boolean, want: string): void {
    if (!has(o, key) || o[key] === null || o[key] === undefined) return;
    if (!test(o[key])) this.fail(`${path}${key}`, `${show(o[key])} is not ${want}`);
  }

  required(o: Obj, key: string, path: string, test: (v: unknown) => boolean, want: string): void {
    if (!has(o, key) || o[key] === null || o[key] === undefined) {
      this.fail(`${path}${key}`, `is required (${want})`);
    } else if (!test(o[key])) {
      this.fail(`${path}${key}`, `${show(o[key])} is not ${want}`);
    }
  }

  findingIdList(o: Obj, key: string, path: string): void {
    if (!has(o, key) || o[key] === null || o[key] === undefined) return;
    const list = o[key];
    if (!Array.isArray(list)) {
      this.fail(`${path}${key}`, 'must be an array of finding ids');
      return;
    }
    list.forEach((id, i) => {
      if (!isFindingId(id))
        this.fail(`${path}${key}[${i}]`, `${show(id)} is not a known finding id`);
    });
  }
}

const oneOf =
  (values: readonly string[]) =>
  (v: unknown): boolean =>
    typeof v === 'string' && values.includes(v);
const isString = (v: unknown): boolean => typeof v === 'string';
const isNonEmptyString = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;
const isBool = (v: unknown): boolean => typeof v === 'boolean';
const isRating = (v: unknown): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10;
const isHours = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCourse = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const list = (vals: readonly string[]): string => `one of ${vals.join(', ')}`;

function checkFindings(c: Checker, findings: Obj): void {
  for (const key of Object.keys(findings)) {
    const path = `findings.${key}`;
    const v = findings[key];
    if (!isFindingId(key)) {
      c.warnings.push(`${path}: not a known finding id; kept but not assessed`);
      continue;
    }
    if (v === null || v === undefined || typeof v === 'boolean') continue;
    if (!isObj(v)) {
      c.fail(path, `${show(v)} is not true, false, null or an object with "present"`);
      continue;
    }
    if (!has(v, 'present')) c.fail(`${path}.present`, 'is required (true, false or null)');
    else if (v['present'] !== null && typeof v['present'] !== 'boolean')
      c.fail(`${path}.present`, `${show(v['present'])} is not true, false or null`);
    c.optional(v, 'onset', `${path}.`, isIsoDate, 'a real date (YYYY-MM-DD)');
    c.optional(v, 'note', `${path}.`, isString, 'text');
  }
}

function checkArray(
  c: Checker,
  root: Obj,
  key: string,
  each: (item: Obj, path: string) => void,
): void {
  if (!has(root, key) || root[key] === null || root[key] === undefined) return;
  const arr = root[key];
  if (!Array.isArray(arr)) {
    c.fail(key, 'must be an array');
    return;
  }
  arr.forEach((item, i) => {
    if (!isObj(item)) c.fail(`${key}[${i}]`, 'must be an object');
    else each(item, `${key}[${i}].`);
  });
}

export function validateCase(input: unknown): ValidationResult {
  const c = new Checker();
  if (!isObj(input)) {
    return {
      ok: false,
      errors: [{ path: '(root)', message: 'a case file must be a JSON object' }],
    };
  }
  if (has(input, 'format') && input['format'] !== CASE_FORMAT) {
    c.fail(
      'format',
      `${show(input['format'])} is not a readable format (expected "${CASE_FORMAT}")`,
    );
  }
  c.required(input, 'id', '', isNonEmptyString, 'a non-empty string');
  c.optional(input, 'assessedOn', '', isIsoDate, 'a real date (YYYY-MM-DD)');

  if (has(input, 'patient') && input['patient'] != null) {
    const p = input['patient'];
    if (!isObj(p)) c.fail('patient', 'must be an object');
    else {
      c.optional(p, 'sex', 'patient.', oneOf(SEXES), list(SEXES));
      c.optional(p, 'birthDate', 'patient.', isIsoDate, 'a real date (YYYY-MM-DD)');
      c.optional(p, 'name', 'patient.', isString, 'text');
    }
  }

  const findings = has(input, 'findings') ? input['findings'] : undefined;
  if (findings !== undefined && findings !== null && !isObj(findings)) {
    c.fail('findings', 'must be an object of finding id → true / false / null / {present}');
  } else if (isObj(findings)) {
    checkFindings(c, findings);
  }

  checkArray(c, input, 'imaging', (s, path) => {
    c.required(s, 'modality', path, oneOf(IMAGING_MODALITIES), list(IMAGING_MODALITIES));
    c.required(s, 'region', path, oneOf(IMAGING_REGIONS), list(IMAGING_REGIONS));
    c.optional(s, 'date', path, isIsoDate, 'a real date (YYYY-MM-DD)');
    c.optional(s, 'report', path, isString, 'text');
    c.findingIdList(s, 'findings', path);
    c.findingIdList(s, 'rejectedFindings', path);
  });

  checkArray(c, input, 'sessions', (s, path) => {
    c.required(s, 'date', path, isIsoDate, 'a real date (YYYY-MM-DD)');
    c.required(s, 'modality', path, oneOf(MODALITIES), list(MODALITIES));
    c.optional(s, 'course', path, isCourse, 'a whole number from 1');
    for (const k of ['painBefore', 'painAfter', 'dizziness', 'headache']) {
      c.optional(s, k, path, isRating, 'a rating from 0 to 10');
    }
    for (const k of ['painHours', 'rednessHours']) {
      c.optional(s, k, path, isHours, 'a number of hours (0 or more)');
    }
    for (const k of ['swelling', 'painWorseWithMovement', 'analgesicsIneffective']) {
      c.optional(s, k, path, isBool, 'true or false');
    }
    c.findingIdList(s, 'newSymptoms', path);
  });

  checkArray(c, input, 'medications', (m, path) => {
    c.required(m, 'name', path, isNonEmptyString, 'a non-empty string');
    c.optional(m, 'form', path, isString, 'text');
    c.optional(m, 'start', path, isIsoDate, 'a real date (YYYY-MM-DD)');
    c.optional(m, 'end', path, isIsoDate, 'a real date (YYYY-MM-DD)');
    c.optional(m, 'analgesic', path, isBool, 'true or false');
    const start = m['start'];
    const end = m['end'];
    if (isIsoDate(start) && isIsoDate(end) && end < start) {
      c.fail(`${path}end`, `${end} is before start ${start}`);
    }
  });

  if (has(input, 'referral') && input['referral'] != null) {
    const r = input['referral'];
    if (!isObj(r)) c.fail('referral', 'must be an object');
    else {
      c.optional(r, 'date', 'referral.', isIsoDate, 'a real date (YYYY-MM-DD)');
      c.optional(r, 'from', 'referral.', isString, 'text');
      c.optional(r, 'reason', 'referral.', isString, 'text');
      c.optional(r, 'priority', 'referral.', oneOf(REFERRAL_PRIORITIES), list(REFERRAL_PRIORITIES));
      c.optional(r, 'status', 'referral.', oneOf(REFERRAL_STATUSES), list(REFERRAL_STATUSES));
    }
  }

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const value = {
    ...input,
    format: CASE_FORMAT,
    assessedOn: isIsoDate(input['assessedOn']) ? input['assessedOn'] : todayIso(),
    findings: isObj(findings) ? { ...findings } : {},
  } as CaseFile;
  if (!has(input, 'assessedOn')) c.warnings.push('assessedOn: missing; assessed as of today');
  return { ok: true, value, warnings: c.warnings };
}

/** One line: "findings.stroke.onset: "2026-02-30" is not a real date (YYYY-MM-DD)". */
export function formatErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('; ');
}
