import { bundleToCase, formatErrors, validateCase, type CaseFile } from '../../engine';
import { LIMITS, decodeCaseText } from '../../engine/case-limits';

/** One sentence for the import summary and the Settings page. */
export { LIMITS_TEXT } from './limits-text';

export interface ImportedFile {
  name: string;
  text: string;
}
export interface ImportOutcome {
  accepted: { file: string; cases: CaseFile[]; warnings?: string[] }[];
  refused: { file: string; message: string }[];
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
    const r = parseOne(f.name, json, seen);
    if (!r.ok) outcome.refused.push({ file: f.name, message: r.message });
    else {
      r.cases.forEach((c, i) =>
        seen.set(c.id, r.cases.length > 1 || Array.isArray(json) ? `${f.name} [${i}]` : f.name),
      );
      outcome.accepted.push({ file: f.name, cases: r.cases, warnings: r.warnings });
    }
  }
  return outcome;
}

function parseOne(
  name: string,
  json: unknown,
  seen: ReadonlyMap<string, string>,
): { ok: true; cases: CaseFile[]; warnings: string[] } | { ok: false; message: string } {
  const twice = (where: string, id: string) =>
    `${where}id: "${id}" is already imported from ${seen.get(id)}`;
  if (
    typeof json === 'object' &&
    json !== null &&
    (json as { resourceType?: unknown }).resourceType === 'Bundle'
  ) {
    const b = bundleToCase(json);
    if (!b.ok) return { ok: false, message: formatErrors(b.errors) };
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
