/**
 * Edge limits and text hygiene for case files, shared by the validator, the import in the
 * dashboard and the CLI. Pure: no Angular, no Node.
 *
 * The limits come from what a real record needs, with a wide margin (README "Limits"):
 * a radiology report is 1-10 kB of text, a treatment course is about 10 sessions, and a
 * patient followed weekly for years has a few hundred sessions.
 */
import { FINDING_IDS, type FindingId } from './finding-ids';
import { FINDING_SYNONYMS } from './finding-synonyms';

export const LIMITS = {
  /** One imported file (a case, an array of cases or a FHIR Bundle), in bytes. */
  fileBytes: 20_000_000,
  /** One case as JSON text, in characters. */
  caseChars: 2_000_000,
  /** One imaging report, in characters (about 25 printed pages). */
  reportChars: 100_000,
  /** Any other text field (note, reason, form...), in characters. */
  textChars: 10_000,
  /** A display name (patient, medication, referrer), in characters. */
  nameChars: 200,
  /** A case id, in characters. */
  idChars: 128,
  sessions: 1_000,
  imaging: 200,
  medications: 200,
  /** A treatment course number: 1 to this. */
  course: 99,
  /** Pain / redness hours after a session: 0 to this (30 days). */
  hours: 720,
  /** How deep extra (unknown) fields may nest: IndexedDB and JSON both choke far below 10,000. */
  depth: 16,
  /** Reports longer than this are shown as plain text, without per-term highlighting. */
  highlightChars: 20_000,
} as const;

/** Whether a report is short enough to highlight term by term (longer: plain text). */
export const canHighlightReport = (report: string | undefined): boolean =>
  (report?.length ?? 0) <= LIMITS.highlightChars;

/**
 * Strict UTF-8: a leading BOM is dropped, anything else that is not UTF-8 (Latin-1,
 * UTF-16) refuses the file. Same rule in the dashboard and the CLI.
 */
/** One strict decoder for every file: decode() without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeCaseText(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.length > LIMITS.fileBytes)
    return {
      ok: false,
      message: `file too large (${bytes.length.toLocaleString('en')} bytes; the limit is ${LIMITS.fileBytes.toLocaleString('en')})`,
    };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, message: 'not UTF-8 (the file is UTF-16); save it as UTF-8' };
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      message: `not UTF-8 (invalid byte 0x${bytes[at]?.toString(16).padStart(2, '0') ?? '??'} at offset ${at}); save it as UTF-8`,
    };
  }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (for the message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += n + 1;
  }
  return Math.max(0, bytes.length - 1);
}

// Text hygiene lives in its own module: the shell cleans names without the limits' code.
export { cleanName, cleanText, hasUnsafeChars } from './text-hygiene';

/** Ids that collide with JavaScript built-ins (`__proto__`, `constructor`, `toString`...). */
export function isReservedId(id: string): boolean {
  return id in Object.prototype || id === 'prototype';
}

const normalise = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The contract's field that an unknown key is a slip of, or null: the same ignoring case,
 * spaces, "_" and "-" ("Findings", "new_symptoms"), or within one edit of a field of up to five
 * letters and two of a longer one ("medication", "newSymptom", "dizzyness", "reprot"). A slip
 * would be kept as an extra field and its value never read (round 52: a misspelt "newSymptom"
 * dropped a diplopia and cleared the patient); other extra fields stay allowed.
 */
export function fieldSlipOf(key: string, fields: readonly string[]): string | null {
  if (fields.includes(key) || key.length < 3 || key.length > 60) return null;
  const flat = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');
  const k = flat(key);
  for (const f of fields) if (flat(f) === k) return f;
  for (const f of fields) {
    const limit = f.length <= 5 ? 1 : 2;
    if (Math.abs(f.length - k.length) <= limit && editDistance(k, flat(f)) <= limit) return f;
  }
  return null;
}

/**
 * The known finding id nearest to `key`: case, spaces and underscores normalised first
 * ("Sudden_Severe headache" → sudden-severe-headache), then a plain clinical word for an id
 * ("Double vision" → diplopia, finding-synonyms.ts), then plain edit distance.
 */
export function nearestFindingId(key: string): FindingId {
  const n = normalise(key.slice(0, 200));
  const exact = FINDING_IDS.find((id) => id === n);
  if (exact) return exact;
  const synonym = FINDING_SYNONYMS.get(n);
  if (synonym) return synonym;
  let best: FindingId = FINDING_IDS[0];
  let bestD = Infinity;
  for (const id of FINDING_IDS) {
    const d = editDistance(n, id);
    if (d < bestD) {
      best = id;
      bestD = d;
    }
  }
  return best;
}

/** "not a known finding id — did you mean sudden-severe-headache?" */
export const unknownFindingMessage = (key: unknown): string =>
  typeof key === 'string'
    ? `not a known finding id — did you mean ${nearestFindingId(key)}?`
    : `${String(JSON.stringify(key)).slice(0, 40)} is not a finding id (a string)`;

/**
 * One iterative walk (no stack overflow on hostile nesting): "deep" past `depth` levels,
 * "large" past about `chars` characters of JSON (strings and keys counted, plus a little per
 * value), else null.
 */
export function measureValue(
  value: unknown,
  depth: number,
  chars: number,
): 'deep' | 'large' | null {
  // Values and their depths on two stacks in step (no pair allocated per value).
  const stack: unknown[] = [value];
  const depths: number[] = [0];
  let size = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    const d = depths.pop()!;
    if (typeof v === 'string') size += v.length + 2;
    else if (typeof v !== 'object' || v === null) size += 5;
    else {
      if (d >= depth) return 'deep';
      if (Array.isArray(v))
        for (const child of v) {
          stack.push(child);
          depths.push(d + 1);
        }
      else
        for (const k of Object.keys(v)) {
          size += k.length + 4;
          stack.push((v as Record<string, unknown>)[k]);
          depths.push(d + 1);
        }
    }
    if (size > chars) return 'large';
  }
  return null;
}
