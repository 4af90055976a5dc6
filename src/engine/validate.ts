/**
 * Edge validation of case files. Never throws: any JSON value gives either a typed case or a
 * list of errors, each naming the field path. Unknown extra fields are kept, but not a slip of
 * a contract field ("newSymptom", "reprot", "Findings"): its value would never be read.
 */
import { isFindingId } from './finding-ids';
import { markAssessedOnFilledIn } from './assessed-on';
import { addDays, isIsoDate, todayIso } from './dates';
import {
  LIMITS,
  cleanName,
  fieldSlipOf,
  measureValue,
  hasUnsafeChars,
  isReservedId,
  unknownFindingMessage,
} from './case-limits';
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
  | { ok: true; value: CaseFile; warnings: string[]; assessedOnMissing?: boolean }
  | { ok: false; errors: ValidationError[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
/** `findings.stroke`, or `findings["Stroke "]` when the key has odd characters. */
const keyPath = (base: string, key: string): string =>
  /^[A-Za-z0-9_-]+$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key.slice(0, 60))}]`;
const show = (v: unknown): string => {
  // JSON has no Infinity: "1e400" parses to it, and JSON.stringify would print null.
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
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
        this.fail(`${path}${key}[${i}]`, `${show(id)}: ${unknownFindingMessage(id)}`);
    });
  }
}

const oneOf =
  (values: readonly string[]) =>
  (v: unknown): boolean =>
    typeof v === 'string' && values.includes(v);
const isString = (v: unknown): boolean => typeof v === 'string' && v.length <= LIMITS.textChars;
const isName = (v: unknown): boolean => typeof v === 'string' && v.length <= LIMITS.nameChars;
const isNonEmptyName = (v: unknown): boolean => isName(v) && (v as string).trim().length > 0;
const isReport = (v: unknown): boolean => typeof v === 'string' && v.length <= LIMITS.reportChars;
const TEXT = `text (at most ${LIMITS.textChars.toLocaleString('en')} characters)`;
const NAME = `a name (at most ${LIMITS.nameChars} characters)`;
const isBool = (v: unknown): boolean => typeof v === 'boolean';
const isRating = (v: unknown): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10;
const isHours = (v: unknown): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= LIMITS.hours;
const isCourse = (v: unknown): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= LIMITS.course;
const list = (vals: readonly string[]): string => `one of ${vals.join(', ')}`;
// Tests and wants of the per-item fields, built once (not once per session or study).
const IS_IMAGING_MODALITY = oneOf(IMAGING_MODALITIES);
const IMAGING_MODALITY_LIST = list(IMAGING_MODALITIES);
const IS_IMAGING_REGION = oneOf(IMAGING_REGIONS);
const IMAGING_REGION_LIST = list(IMAGING_REGIONS);
const IS_MODALITY = oneOf(MODALITIES);
const MODALITY_LIST = list(MODALITIES);
const REPORT = `text of at most ${LIMITS.reportChars.toLocaleString('en')} characters`;
const COURSE = `a whole number from 1 to ${LIMITS.course}`;
const HOURS = `a number of hours from 0 to ${LIMITS.hours}`;
const DATE = 'a real date (YYYY-MM-DD)';
const RATINGS = ['painBefore', 'painAfter', 'dizziness', 'headache'] as const;
const HOUR_FIELDS = ['painHours', 'rednessHours'] as const;
const FLAGS = ['swelling', 'painWorseWithMovement', 'analgesicsIneffective'] as const;

function checkFindings(c: Checker, findings: Obj): void {
  for (const key of Object.keys(findings)) {
    const path = keyPath('findings', key);
    const v = findings[key];
    if (!isFindingId(key)) {
      c.fail(path, unknownFindingMessage(key));
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
    c.optional(v, 'note', `${path}.`, isString, TEXT);
  }
}

/** The contract's fields at each level of a case file (model.ts; extra fields are allowed). */
const FIELDS = {
  root: [
    'format',
    'id',
    'assessedOn',
    'patient',
    'findings',
    'imaging',
    'sessions',
    'medications',
    'referral',
  ],
  patient: ['sex', 'birthDate', 'name'],
  imaging: [
    'modality',
    'region',
    'date',
    'report',
    'findings',
    'absentFindings',
    'rejectedFindings',
  ],
  sessions: ['date', 'course', 'modality', ...RATINGS, ...HOUR_FIELDS, ...FLAGS, 'newSymptoms'],
  medications: ['name', 'form', 'start', 'end', 'analgesic'],
  referral: ['date', 'from', 'reason', 'priority', 'status'],
} as const;

/** Each key of `o` that is a slip of a field of `level`, named with the field meant. */
function checkSlips(c: Checker, o: Obj, level: keyof typeof FIELDS, path: string): void {
  for (const key of Object.keys(o)) {
    const meant = fieldSlipOf(key, FIELDS[level]);
    if (meant)
      c.fail(
        path === '' ? keyPath('', key).replace(/^\./, '') : keyPath(path.slice(0, -1), key),
        `not a field of the case file: did you mean "${meant}"? (its value would not be read)`,
      );
  }
}

function checkArray(
  c: Checker,
  root: Obj,
  key: 'imaging' | 'sessions' | 'medications',
  each: (item: Obj, path: string) => void,
): void {
  if (!has(root, key) || root[key] === null || root[key] === undefined) return;
  const arr = root[key];
  if (!Array.isArray(arr)) {
    c.fail(key, 'must be an array');
    return;
  }
  if (arr.length > LIMITS[key]) {
    c.fail(key, `${arr.length} entries; the limit is ${LIMITS[key].toLocaleString('en')} per case`);
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
  const early = checkShape(input);
  if (early) return { ok: false, errors: [early] };
  if (has(input, 'format') && input['format'] !== CASE_FORMAT) {
    c.fail(
      'format',
      `${show(input['format'])} is not a readable format (expected "${CASE_FORMAT}")`,
    );
  }
  c.required(
    input,
    'id',
    '',
    (v) => typeof v === 'string' && v.trim() !== '',
    'a non-empty string',
  );
  checkId(c, input['id']);
  checkSlips(c, input, 'root', '');
  c.optional(input, 'assessedOn', '', isIsoDate, 'a real date (YYYY-MM-DD)');
  const today = todayIso();
  const assessedOn = isIsoDate(input['assessedOn']) ? input['assessedOn'] : today;
  const notAfter = (v: unknown, path: string, limit: string, what: string): void => {
    if (isIsoDate(v) && v > limit) c.fail(path, `${v} is after ${what} ${limit}`);
  };
  // A day ahead is a time zone east of this machine; more may be a slip ("2062-11-20"), and
  // every "recent" and "last 14 days" is then judged from a day that has not come: said, not
  // refused (a case may be assessed as of a date to come on purpose, to see what changes).
  const ahead = isIsoDate(input['assessedOn']) && input['assessedOn'] > addDays(today, 1);

  let patient: Obj | undefined;
  if (has(input, 'patient') && input['patient'] != null) {
    const p = input['patient'];
    if (!isObj(p)) c.fail('patient', 'must be an object');
    else {
      patient = p;
      c.optional(p, 'sex', 'patient.', oneOf(SEXES), list(SEXES));
      c.optional(p, 'birthDate', 'patient.', isIsoDate, 'a real date (YYYY-MM-DD)');
      notAfter(p['birthDate'], 'patient.birthDate', today, 'today,');
      if (!(isIsoDate(p['birthDate']) && p['birthDate'] > today))
        notAfter(p['birthDate'], 'patient.birthDate', assessedOn, 'assessedOn');
      c.optional(p, 'name', 'patient.', isName, NAME);
      checkSlips(c, p, 'patient', 'patient.');
    }
  }

  const findings = has(input, 'findings') ? input['findings'] : undefined;
  if (findings !== undefined && findings !== null && !isObj(findings)) {
    c.fail('findings', 'must be an object of finding id → true / false / null / {present}');
  } else if (isObj(findings)) {
    checkFindings(c, findings);
  }

  checkArray(c, input, 'imaging', (s, path) => {
    c.required(s, 'modality', path, IS_IMAGING_MODALITY, IMAGING_MODALITY_LIST);
    c.required(s, 'region', path, IS_IMAGING_REGION, IMAGING_REGION_LIST);
    c.optional(s, 'date', path, isIsoDate, DATE);
    c.optional(s, 'report', path, isReport, REPORT);
    c.findingIdList(s, 'findings', path);
    c.findingIdList(s, 'absentFindings', path);
    c.findingIdList(s, 'rejectedFindings', path);
    checkSlips(c, s, 'imaging', path);
  });

  checkArray(c, input, 'sessions', (s, path) => {
    c.required(s, 'date', path, isIsoDate, DATE);
    notAfter(s['date'], `${path}date`, assessedOn, 'assessedOn');
    c.required(s, 'modality', path, IS_MODALITY, MODALITY_LIST);
    c.optional(s, 'course', path, isCourse, COURSE);
    for (const k of RATINGS) c.optional(s, k, path, isRating, 'a rating from 0 to 10');
    for (const k of HOUR_FIELDS) c.optional(s, k, path, isHours, HOURS);
    for (const k of FLAGS) c.optional(s, k, path, isBool, 'true or false');
    c.findingIdList(s, 'newSymptoms', path);
    checkSlips(c, s, 'sessions', path);
  });

  checkArray(c, input, 'medications', (m, path) => {
    c.required(m, 'name', path, isNonEmptyName, NAME);
    c.optional(m, 'form', path, isString, TEXT);
    c.optional(m, 'start', path, isIsoDate, 'a real date (YYYY-MM-DD)');
    c.optional(m, 'end', path, isIsoDate, 'a real date (YYYY-MM-DD)');
    c.optional(m, 'analgesic', path, isBool, 'true or false');
    checkSlips(c, m, 'medications', path);
    const start = m['start'];
    const end = m['end'];
    if (isIsoDate(start) && isIsoDate(end) && end < start) {
      c.fail(`${path}end`, `${end} is before start ${start}`);
    }
  });

  let referral: Obj | undefined;
  if (has(input, 'referral') && input['referral'] != null) {
    const r = input['referral'];
    if (!isObj(r)) c.fail('referral', 'must be an object');
    else {
      referral = r;
      c.optional(r, 'date', 'referral.', isIsoDate, 'a real date (YYYY-MM-DD)');
      c.optional(r, 'from', 'referral.', isName, NAME);
      c.optional(r, 'reason', 'referral.', isString, TEXT);
      c.optional(r, 'priority', 'referral.', oneOf(REFERRAL_PRIORITIES), list(REFERRAL_PRIORITIES));
      c.optional(r, 'status', 'referral.', oneOf(REFERRAL_STATUSES), list(REFERRAL_STATUSES));
      checkSlips(c, r, 'referral', 'referral.');
    }
  }

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const value = {
    ...input,
    format: CASE_FORMAT,
    assessedOn,
    findings: isObj(findings) ? { ...findings } : {},
  } as CaseFile;
  // Names are shown in headers and lists: control and bidi characters are stripped.
  if (patient && typeof patient['name'] === 'string' && hasUnsafeChars(patient['name'])) {
    value.patient = { ...patient, name: cleanName(patient['name']) };
    c.warnings.push('patient.name: control or bidi characters removed');
  }
  if (referral && typeof referral['from'] === 'string' && hasUnsafeChars(referral['from'])) {
    value.referral = { ...referral, from: cleanName(referral['from']) };
    c.warnings.push('referral.from: control or bidi characters removed');
  }
  if (value.medications?.some((m) => hasUnsafeChars(m.name))) {
    value.medications = value.medications.map((m) => ({ ...m, name: cleanName(m.name) }));
    c.warnings.push('medications: control or bidi characters removed from names');
  }
  // v1 files stay valid without it, but the contract versions the format (round 52 B46).
  if (!has(input, 'format'))
    c.warnings.push(`format: missing; read as "${CASE_FORMAT}" (add "format": "${CASE_FORMAT}")`);
  if (ahead)
    c.warnings.push(
      `assessedOn: ${assessedOn} is after today (${today}); everything recent is judged from that day`,
    );
  if (!has(input, 'assessedOn') || input['assessedOn'] == null) {
    c.warnings.push('assessedOn: missing; assessed as of today');
    markAssessedOnFilledIn(value);
    return { ok: true, value, warnings: c.warnings, assessedOnMissing: true };
  }
  return { ok: true, value, warnings: c.warnings };
}

/** Too deep or too large to read further: one error, before anything else is walked. */
function checkShape(input: Obj): ValidationError | null {
  const m = measureValue(input, LIMITS.depth, LIMITS.caseChars);
  if (m === 'deep')
    return {
      // The top-level field that holds it (round 52 B20, B21: "extra", not "(root)").
      path:
        Object.keys(input).find(
          (k) => measureValue(input[k], LIMITS.depth - 1, Infinity) === 'deep',
        ) ?? '(root)',
      message: `nested more than ${LIMITS.depth} levels deep; a case file is never that deep`,
    };
  if (m === 'large')
    return {
      path: '(root)',
      message: `case too large (over ${LIMITS.caseChars.toLocaleString('en')} characters of JSON)`,
    };
  return null;
}

function checkId(c: Checker, id: unknown): void {
  if (typeof id !== 'string' || id.trim() === '') return;
  if (id.length > LIMITS.idChars)
    c.fail('id', `is ${id.length} characters long; the limit is ${LIMITS.idChars}`);
  else if (hasUnsafeChars(id)) c.fail('id', `${show(id)} holds control or bidi characters`);
  else if (isReservedId(id))
    c.fail('id', `${show(id)} is a reserved name (a JavaScript built-in); choose another id`);
}

/** One line: "findings.stroke.onset: "2026-02-30" is not a real date (YYYY-MM-DD)". */
export function formatErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('; ');
}
