import {
  MODALITIES,
  findingLabel,
  isFindingId,
  modalityLabel,
  type Modality,
} from '../../../engine';
import type { ImportProblem } from '../../core/case-import';

/**
 * Import problems in clinical words, for display only. The engine (and the CLI) keeps its
 * field paths and messages ("sessions[0].painAfter: 14 is not a rating from 0 to 10"); the
 * app shows "Session 1, pain after: 14 is outside 0–10" with the field path beside it.
 */
export interface ClinicalMessage {
  /** "Session 1, pain after: 14 is outside 0–10". */
  text: string;
  /** The engine's field path ("sessions[0].painAfter"; "[1].id" in a file of several cases). */
  path: string;
}

const IMAGING: Record<string, string> = {
  xray: 'X-ray',
  mri: 'MRI',
  msct: 'MSCT',
  doppler: 'Doppler',
  cta: 'CTA',
  mra: 'MRA',
};

const TOP: Record<string, string> = {
  id: 'Case id',
  format: 'File format',
  assessedOn: 'Assessment date',
  findings: 'Findings',
  imaging: 'Imaging studies',
  sessions: 'Sessions',
  medications: 'Medications',
  patient: 'Patient',
  'patient.name': 'Patient name',
  'patient.sex': 'Sex',
  'patient.birthDate': 'Date of birth',
  referral: 'Referral',
  'referral.date': 'Referral date',
  'referral.from': 'Referred by',
  'referral.reason': 'Reason for referral',
  'referral.priority': 'Referral priority',
  'referral.status': 'Referral status',
};

const SESSION: Record<string, string> = {
  date: 'date',
  modality: 'therapy',
  course: 'course number',
  painBefore: 'pain before',
  painAfter: 'pain after',
  dizziness: 'dizziness',
  headache: 'headache',
  painHours: 'hours of pain after',
  rednessHours: 'hours of redness after',
  swelling: 'swelling',
  painWorseWithMovement: 'pain worse with movement',
  analgesicsIneffective: 'analgesics ineffective',
  newSymptoms: 'new symptom',
};

const IMAGING_FIELD: Record<string, string> = {
  modality: 'type of study',
  region: 'region',
  date: 'date',
  report: 'report',
  findings: 'finding read',
  absentFindings: 'finding read as absent',
  rejectedFindings: 'finding rejected',
};

const MEDICATION: Record<string, string> = {
  name: 'name',
  form: 'form',
  start: 'start date',
  end: 'end date',
  analgesic: 'analgesic',
};

const FINDING_PART: Record<string, string> = {
  present: 'present',
  onset: 'onset',
  note: 'note',
};

const ARRAY_ITEM = /^(imaging|sessions|medications)\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?$/;
const FINDING = /^findings(?:\.([A-Za-z0-9_-]+)|\[("(?:[^"\\]|\\.)*")\])(?:\.(\w+))?$/;

const word = (id: string): string =>
  isFindingId(id) ? findingLabel(id).toLowerCase() : id.replace(/([a-z])([A-Z])/g, '$1 $2');

/** "sessions[0].painAfter" → "Session 1, pain after"; unknown paths are returned unchanged. */
export function fieldInWords(path: string): string {
  if (path === '(root)' || path === '') return 'The case';
  if (TOP[path]) return TOP[path];
  const a = ARRAY_ITEM.exec(path);
  if (a) {
    const [, list, index, field, sub] = a;
    const n = Number(index) + 1;
    const head =
      list === 'sessions' ? 'Session' : list === 'imaging' ? 'Imaging study' : 'Medication';
    if (!field) return `${head} ${n}`;
    const names = list === 'sessions' ? SESSION : list === 'imaging' ? IMAGING_FIELD : MEDICATION;
    const label = names[field] ?? word(field);
    return `${head} ${n}, ${label}${sub !== undefined ? ` ${Number(sub) + 1}` : ''}`;
  }
  const f = FINDING.exec(path);
  if (f) {
    const key = f[1] ?? (JSON.parse(f[2]!) as string);
    const name = isFindingId(key) ? findingLabel(key) : `Finding "${key}"`;
    return f[3] ? `${name}, ${FINDING_PART[f[3]] ?? f[3]}` : name;
  }
  return path;
}

/** The engine's message with codes in words: ratings, hours, dates, modalities, yes/no. */
export function messageInWords(message: string): string {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^(.+) is not a rating from 0 to 10$/, (m) => `${m[1]} is outside 0–10`],
    [
      /^(.+) is not a number of hours from 0 to ([\d,]+)$/,
      (m) => `${m[1]} is outside 0–${m[2]} hours`,
    ],
    [/^(.+) is not a whole number from 1 to (\d+)$/, (m) => `${m[1]} is not a course 1–${m[2]}`],
    [/^(.+) is not true or false$/, (m) => `${m[1]} is not yes or no`],
    [/^(.+) is not true, false or null$/, (m) => `${m[1]} is not yes, no or not asked`],
    [/^is required \(true, false or null\)$/, () => 'missing (yes, no or not asked)'],
    [/^is required \((.+)\)$/, (m) => `missing (needs ${m[1]})`],
    [/^(\S+) is after assessedOn (\S+)$/, (m) => `${m[1]} is after the assessment date ${m[2]}`],
    [/^(\S+) is after today, (\S+)$/, (m) => `${m[1]} is in the future (today is ${m[2]})`],
    [/^(\S+) is before start (\S+)$/, (m) => `${m[1]} is before the start date ${m[2]}`],
    [
      /^(.+) is not one of ((?:[\w-]+, )*[\w-]+)$/,
      (m) => `${m[1]} is not one of: ${m[2]!.split(', ').map(codeInWords).join(', ')}`,
    ],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(message);
    if (m) return say(m);
  }
  return message;
}

function codeInWords(code: string): string {
  if (IMAGING[code]) return IMAGING[code];
  return (MODALITIES as readonly string[]).includes(code)
    ? modalityLabel(code as Modality).toLowerCase()
    : code.replace(/-/g, ' ');
}

/** One problem of a refused file: "Case 2 in the file, Session 1, pain after: 14 is outside 0–10". */
export function problemInWords(p: ImportProblem, bundle = false): ClinicalMessage {
  const path = `${p.entry !== undefined ? `[${p.entry}].` : ''}${p.path}`;
  if (bundle) return { text: `${p.path}: ${p.message}`, path: '' };
  const where = p.entry !== undefined ? `Case ${p.entry + 1} in the file, ` : '';
  const field = fieldInWords(p.path);
  const text = `${where}${where ? field.charAt(0).toLowerCase() + field.slice(1) : field}: ${messageInWords(p.message)}`;
  return { text, path: p.path === '(root)' ? '' : path };
}

/** An import warning ("[0].patient.name: control or bidi characters removed") in words. */
export function warningInWords(warning: string): ClinicalMessage {
  const m = /^(?:\[(\d+)\]\.)?([^\s:]+): (.+)$/.exec(warning);
  if (!m) return { text: warning, path: '' };
  const problem: ImportProblem = { path: m[2]!, message: m[3]! };
  if (m[1] !== undefined) problem.entry = Number(m[1]);
  // A path with no words of its own is shown as the engine wrote it. (Not "the text holds the
  // path": "File format: ..." holds "format:", and the format warning was left unread.)
  return fieldInWords(problem.path) === problem.path
    ? { text: warning, path: '' }
    : problemInWords(problem);
}
