/**
 * `npm run assess -- FILE...`: one assessment as a JSON object, several as an array in the
 * given order. An invalid file: nothing on stdout for it, one line on stderr naming the file
 * and the field, exit 2. Usage errors exit 2; `--help` prints the usage and exits 0.
 */
import { isMainThread } from 'node:worker_threads';
import { LIMITS } from '../src/engine/case-limits';
import { assessFile, type FileResult } from './assess-file';
import { assessInWorkers, workerCount } from './assess-parallel';
import { exitQuietlyOnEpipe, oneLine } from './cli-io';

const USAGE = `usage: npm run assess -- FILE...
Prints the assessment of each case file (docs/patient-case.md) as JSON: one file, an
object; several, an array in the given order. A file that is not a valid case prints one
line on stderr naming the file and the field, and the exit code is 2.
Files must be UTF-8 (a BOM is allowed), at most ${LIMITS.fileBytes.toLocaleString('en')} bytes.
Set VAS_WARNINGS=1 to print warnings (names cleaned, assessedOn or format missing) on stderr.
With 4 cores or more, 200 files or more are assessed on worker threads (one per core
but one); VAS_CLI_THREADS=N sets how many (1: none). The output is the same either way.
`;

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

async function main(args: string[]): Promise<number> {
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
  const withWarnings = Boolean(process.env['VAS_WARNINGS']);
  const several = files.length > 1;
  const out = new Output();
  let failed = false;
  let printed = 0;
  let done = 0;
  // Several files: the array is printed as each case is assessed (the same bytes as
  // JSON.stringify(all, null, 2)), so that no assessment is kept once printed.
  const emit = (r: FileResult): void => {
    done++;
    for (const w of r.warnings) process.stderr.write(`${w}\n`);
    if (!r.ok) {
      failed = true;
      out.flush(); // what was printed before a refused file is out before its message
      process.stderr.write(`${r.message}\n`);
      return;
    }
    if (several) out.write(printed === 0 ? '[\n  ' : ',\n  ');
    out.write(several ? r.text : `${r.text}\n`);
    printed++;
  };
  const finish = (): number => {
    if (several) {
      if (printed > 0) out.write('\n]\n');
      else if (!failed) out.write('[]\n');
    }
    out.flush();
    return failed ? 2 : 0;
  };
  const workers = workerCount(files.length);
  if (workers > 0) {
    try {
      await assessInWorkers(files, workers, withWarnings, emit);
      return finish();
    } catch (e) {
      // Workers that cannot start: the same work on this thread, unless some was printed.
      if (done > 0) {
        out.flush();
        process.stderr.write(`assess: stopped (${oneLine((e as Error).message)})\n`);
        return 2;
      }
    }
  }
  for (const f of files) emit(assessFile(f, several, withWarnings));
  return finish();
}

if (isMainThread) {
  exitQuietlyOnEpipe();
  process.exitCode = await main(process.argv.slice(2));
}
