/** What `assess` and `convert` share: strict UTF-8 reading, one-line messages, EPIPE. */
import { readFileSync } from 'node:fs';
import { decodeCaseText } from '../src/engine/case-limits';
import { DUPLICATE_KEY, duplicateKeyOf } from '../src/engine/json-duplicates';

/** A reader that went away (`| head`) ends the program quietly, with what was printed. */
export function exitQuietlyOnEpipe(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
}

/** One line, whatever the message held. */
export const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** The file's JSON, or a one-line message naming the file (unreadable, not UTF-8, not JSON). */
export function readJsonFile(
  file: string,
): { ok: true; json: unknown } | { ok: false; message: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return {
      ok: false,
      message: `${file}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  }
  const text = decodeCaseText(bytes);
  if (!text.ok) return { ok: false, message: `${file}: (root): ${text.message}` };
  try {
    const json: unknown = JSON.parse(text.text);
    const dup = duplicateKeyOf(text.text, json);
    if (dup !== null) return { ok: false, message: `${file}: ${dup}: ${DUPLICATE_KEY}` };
    return { ok: true, json };
  } catch (e) {
    return {
      ok: false,
      message: `${file}: (root): not valid JSON (${oneLine((e as Error).message)})`,
    };
  }
}
