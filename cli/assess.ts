/**
 * `npm run assess -- FILE...`: one assessment as a JSON object, several as an array in the
 * given order. An invalid file: nothing on stdout for it, one line on stderr naming the file
 * and the field, exit 2. Usage errors exit 2; `--help` prints the usage and exits 0.
 */
import { assess, formatErrors, validateCase, type Assessment } from '../src/engine';
import { LIMITS } from '../src/engine/case-limits';
import { exitQuietlyOnEpipe, oneLine, readJsonFile } from './cli-io';

const USAGE = `usage: npm run assess -- FILE...
Prints the assessment of each case file (docs/patient-case.md) as JSON: one file, an
object; several, an array in the given order. A file that is not a valid case prints one
line on stderr naming the file and the field, and the exit code is 2.
Files must be UTF-8 (a BOM is allowed), at most ${LIMITS.fileBytes.toLocaleString('en')} bytes.
Set VAS_WARNINGS=1 to print warnings (names cleaned, assessedOn missing) on stderr.
`;

function load(file: string): { ok: true; value: Assessment } | { ok: false; message: string } {
  const r = readJsonFile(file);
  if (!r.ok) return r;
  const v = validateCase(r.json);
  if (!v.ok) return { ok: false, message: `${file}: ${formatErrors(v.errors)}` };
  // Warnings go to stderr only on request: the contract keeps stderr for refused files.
  if (process.env['VAS_WARNINGS'])
    for (const w of v.warnings) process.stderr.write(`${file}: warning: ${w}\n`);
  return { ok: true, value: assess(v.value, { assessedOnMissing: v.assessedOnMissing === true }) };
}

/** Standard output in chunks of about 64 kB (one write per case would be a system call each). */
class Output {
  private parts: string[] = [];
  private size = 0;
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 65_536) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    process.stdout.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const files = args[0] === '--' ? args.slice(1) : args;
  const option = files.find((a) => a.startsWith('-') && a !== '-');
  if (files.length === 0 || option) {
    process.stderr.write(
      `${option ? `unknown option ${option}; ` : 'no FILE given; '}usage: npm run assess -- FILE... (--help for more)\n`,
    );
    return 2;
  }
  let failed = false;
  // Several files: the array is printed as each case is assessed (the same bytes as
  // JSON.stringify(all, null, 2)), so that no assessment is kept once printed.
  const out = new Output();
  let printed = 0;
  for (const f of files) {
    let r: ReturnType<typeof load>;
    try {
      r = load(f);
    } catch (e) {
      r = { ok: false, message: `${f}: could not be assessed (${(e as Error).message})` };
    }
    if (!r.ok) {
      failed = true;
      process.stderr.write(`${oneLine(r.message)}\n`);
    } else if (files.length === 1) {
      out.write(`${JSON.stringify(r.value, null, 2)}\n`);
    } else {
      // One element of the array, indented as inside it: "[\n  {...}\n]" without its ends.
      const element = JSON.stringify([r.value], null, 2);
      out.write(printed === 0 ? '[\n  ' : ',\n  ');
      out.write(element.slice(4, -2));
      printed++;
    }
  }
  if (files.length > 1) {
    if (printed > 0) out.write('\n]\n');
    else if (!failed) out.write('[]\n');
  }
  out.flush();
  return failed ? 2 : 0;
}

exitQuietlyOnEpipe();
process.exitCode = main(process.argv.slice(2));
