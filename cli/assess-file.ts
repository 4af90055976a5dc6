/**
 * One case file as `npm run assess` prints it: the assessment's JSON text (an object alone,
 * or an element of the array, indented as inside it), or a one-line message naming the file
 * and the field. Shared by the command's main thread and its worker threads.
 */
import { assess, formatErrors, validateCase } from '../src/engine';
import { oneLine, readJsonFile } from './cli-io';

export type FileResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; message: string; warnings: string[] };

/**
 * `element`: the text as an element of the printed array ("[\n  {...}\n]" without its ends,
 * the same bytes as JSON.stringify(all, null, 2) gives it); otherwise the object alone.
 */
export function assessFile(file: string, element: boolean, withWarnings: boolean): FileResult {
  const warnings: string[] = [];
  try {
    const r = readJsonFile(file);
    if (!r.ok) return { ok: false, message: oneLine(r.message), warnings };
    const v = validateCase(r.json);
    if (!v.ok)
      return { ok: false, message: oneLine(`${file}: ${formatErrors(v.errors)}`), warnings };
    // Warnings go to stderr only on request: the contract keeps stderr for refused files.
    if (withWarnings) for (const w of v.warnings) warnings.push(`${file}: warning: ${w}`);
    // Each case once: nothing kept for a later call (remember: false).
    const value = assess(v.value, {
      assessedOnMissing: v.assessedOnMissing === true,
      remember: false,
    });
    const text = element
      ? JSON.stringify([value], null, 2).slice(4, -2)
      : JSON.stringify(value, null, 2);
    return { ok: true, text, warnings };
  } catch (e) {
    const message = `${file}: could not be assessed (${(e as Error).message})`;
    return { ok: false, message: oneLine(message), warnings };
  }
}
