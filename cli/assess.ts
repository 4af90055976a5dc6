/**
 * `npm run assess -- FILE...`: one assessment as a JSON object, several as an array in the
 * given order. An invalid file: nothing on stdout for it, one line on stderr naming the file
 * and the field, exit 2.
 */
import { readFileSync } from 'node:fs';
import { assess, formatErrors, validateCase, type Assessment } from '../src/engine';

function load(file: string): { ok: true; value: Assessment } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      ok: false,
      message: `${file}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${file}: (root): not valid JSON (${(e as Error).message})` };
  }
  const v = validateCase(json);
  if (!v.ok) return { ok: false, message: `${file}: ${formatErrors(v.errors)}` };
  // Warnings (unknown finding keys kept, assessedOn missing) go to stderr only on request:
  // the contract keeps stderr for refused files.
  if (process.env['VAS_WARNINGS'])
    for (const w of v.warnings) process.stderr.write(`${file}: warning: ${w}\n`);
  return { ok: true, value: assess(v.value) };
}

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run assess -- FILE...\n');
    return 2;
  }
  let failed = false;
  const out: Assessment[] = [];
  for (const f of files) {
    const r = load(f);
    if (r.ok) out.push(r.value);
    else {
      failed = true;
      process.stderr.write(`${r.message.replace(/\s*\n\s*/g, ' ')}\n`);
    }
  }
  if (files.length === 1) {
    if (out[0]) process.stdout.write(`${JSON.stringify(out[0], null, 2)}\n`);
  } else if (out.length > 0 || !failed) {
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  return failed ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
