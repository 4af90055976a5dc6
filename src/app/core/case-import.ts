import { bundleToCase, formatErrors, validateCase, type CaseFile } from '../../engine';
import { DUPLICATE_KEY, duplicateKeyOf } from '../../engine/json-duplicates';
import { LIMITS, cleanName, decodeCaseText } from '../../engine/case-limits';

/** One sentence for the import summary and the Settings page. */
export { LIMITS_TEXT } from './limits-text';

export interface ImportedFile {
  name: string;
  text: string;
}
/**
 * One problem in a refused file, as the engine states it (field path and message; the CLI
 * shows the same). `entry` is the case's index when the file holds an array of cases.
 */
export interface ImportProblem {
  path: string;
  message: string;
  entry?: number;
}
export interface RefusedFile {
  file: string;
  /** The engine's one-line message ("sessions[0].painAfter: 14 is not a rating from 0 to 10"). */
  message: string;
  /** The same, one problem per field, when the file was read but a field failed. */
  problems?: ImportProblem[];
  /** The patient's name (or case id) when the file names one. */
  patient?: string;
  /** The FHIR Bundle path style (resource paths), not case-file fields. */
  bundle?: boolean;
}
export interface ImportOutcome {
  accepted: { file: string; cases: CaseFile[]; warnings?: string[] }[];
  refused: RefusedFile[];
}

/** What a browser `File` offers (a plain object in tests). */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The file's text, strictly UTF-8 (a BOM is allowed), or why it is refused. A file over the
 * size limit is refused before it is read.
 */
export async function readImportFile(
  f: FileLike,
): Promise<{ ok: true; file: ImportedFile } | { ok: false; file: string; message: string }> {
  if (f.size > LIMITS.fileBytes)
    return {
      ok: false,
      file: f.name,
      message: `file too large (${f.size.toLocaleString('en')} bytes; the limit is ${LIMITS.fileBytes.toLocaleString('en')})`,
    };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await f.arrayBuffer());
  } catch (e) {
    return { ok: false, file: f.name, message: `cannot read file (${(e as Error).message})` };
  }
  const d = decodeCaseText(bytes);
  return d.ok
    ? { ok: true, file: { name: f.name, text: d.text } }
    : { ok: false, file: f.name, message: d.message };
}

/**
 * Reads case files or FHIR R4 Bundles: each file is one case (or an array of cases, or a
 * Bundle) and is taken or refused whole, with the field path that failed. Pure: nothing is
 * stored here.
 */
export function parseCaseFiles(files: readonly ImportedFile[]): ImportOutcome {
  const outcome: ImportOutcome = { accepted: [], refused: [] };
  /** Case id → the file (and entry) that holds it in this import. */
  const seen = new Map<string, string>();
  for (const f of files) {
    let json: unknown;
    try {
      json = JSON.parse(f.text);
    } catch (e) {
      outcome.refused.push({ file: f.name, message: `not valid JSON (${(e as Error).message})` });
      continue;
    }
    let r: ReturnType<typeof parseOne>;
    try {
      const dup = duplicateKeyOf(f.text, json);
      r = dup !== null ? duplicateRefusal(dup, json) : parseOne(f.name, json, seen);
    } catch (e) {
      // Whatever a hostile file makes fail, that file is refused and the others still read.
      r = { ok: false, message: `could not be read (${(e as Error).message})` };
    }
    if (!r.ok) {
      const patient = patientOf(json);
      outcome.refused.push({
        file: f.name,
        message: r.message,
        ...(r.problems ? { problems: r.problems } : {}),
        ...(patient ? { patient } : {}),
        ...(r.bundle ? { bundle: true } : {}),
      });
    } else {
      r.cases.forEach((c, i) =>
        seen.set(c.id, r.cases.length > 1 || Array.isArray(json) ? `${f.name} [${i}]` : f.name),
      );
      outcome.accepted.push({ file: f.name, cases: r.cases, warnings: r.warnings });
    }
  }
  return outcome;
}

/** A FHIR Bundle rather than a case file (or an array of them). */
const isBundle = (json: unknown): boolean =>
  typeof json === 'object' &&
  json !== null &&
  (json as { resourceType?: unknown }).resourceType === 'Bundle';

/**
 * A key given twice in one object (JSON.parse would keep the last silently): the whole file
 * is refused, naming the field, as a validation problem is.
 */
function duplicateRefusal(
  path: string,
  json: unknown,
): { ok: false; message: string; problems: ImportProblem[]; bundle?: boolean } {
  const bundle = isBundle(json);
  const m = Array.isArray(json) ? /^\[(\d+)\]\.?(.*)$/.exec(path) : null;
  const problem: ImportProblem = m
    ? { path: m[2]!, message: DUPLICATE_KEY, entry: Number(m[1]) }
    : { path, message: DUPLICATE_KEY };
  return {
    ok: false,
    message: `${path}: ${DUPLICATE_KEY}`,
    problems: [problem],
    ...(bundle ? { bundle: true } : {}),
  };
}

function parseOne(
  name: string,
  json: unknown,
  seen: ReadonlyMap<string, string>,
):
  | { ok: true; cases: CaseFile[]; warnings: string[] }
  | { ok: false; message: string; problems?: ImportProblem[]; bundle?: boolean } {
  const twice = (where: string, id: string) =>
    `${where}id: "${id}" is already imported from ${seen.get(id)}`;
  if (isBundle(json)) {
    const b = bundleToCase(json);
    if (!b.ok)
      return {
        ok: false,
        message: formatErrors(b.errors),
        problems: b.errors.map((e) => ({ path: e.path, message: e.message })),
        bundle: true,
      };
    if (seen.has(b.value.id)) return { ok: false, message: twice('', b.value.id) };
    return { ok: true, cases: [b.value], warnings: b.warnings };
  }
  const items = Array.isArray(json) ? json : [json];
  if (items.length === 0) return { ok: false, message: 'the file holds no case' };
  const cases: CaseFile[] = [];
  const warnings: string[] = [];
  const here = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const v = validateCase(items[i]);
    const where = Array.isArray(json) ? `[${i}].` : '';
    if (!v.ok)
      return {
        ok: false,
        message: v.errors.map((e) => `${where}${e.path}: ${e.message}`).join('; '),
        problems: v.errors.map((e) => ({
          path: e.path,
          message: e.message,
          ...(Array.isArray(json) ? { entry: i } : {}),
        })),
      };
    const id = v.value.id;
    const first = here.get(id);
    if (first !== undefined)
      return {
        ok: false,
        message: `[${i}].id: "${id}" appears twice in this file ([${first}] and [${i}]); nothing from it was imported`,
      };
    if (seen.has(id)) return { ok: false, message: twice(where, id) };
    here.set(id, i);
    cases.push(v.value);
    warnings.push(...v.warnings.map((w) => `${where}${w}`));
  }
  return { ok: true, cases, warnings };
}

/** "Anna Test" (or "case-7", or "Anna Test, Ben Roe") from a file that was read as JSON. */
function patientOf(json: unknown): string | undefined {
  const items = Array.isArray(json) ? json : [json];
  const all = items.flatMap((c) => {
    if (typeof c !== 'object' || c === null) return [];
    const o = c as { id?: unknown; patient?: { name?: unknown } | null };
    const name = typeof o.patient?.name === 'string' ? o.patient.name.trim() : '';
    if (name) return [cleanName(name).slice(0, 80)];
    return typeof o.id === 'string' && o.id.trim() ? [cleanName(o.id.trim()).slice(0, 80)] : [];
  });
  const names = [...new Set(all)];
  if (names.length === 0) return undefined;
  return names.length > 3
    ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
    : names.join(', ');
}
