/**
 * `npm run convert -- --to fhir FILE` prints the case file as a FHIR R4 Bundle;
 * `npm run convert -- --to case FILE` prints a Bundle as a case file. Invalid input: nothing
 * on stdout, one line on stderr naming the file, the resource and the field; exit 2.
 * Usage errors (no --to, a second FILE, an unknown option) exit 2; `--help` exits 0.
 */
import { assess, bundleToCase, caseToBundle, formatErrors, validateCase } from '../src/engine';
import { exitQuietlyOnEpipe, oneLine, readJsonFile } from './cli-io';

const USAGE = `usage: npm run convert -- --to fhir|case FILE
--to fhir  prints the case file FILE as a FHIR R4 Bundle (with its assessment)
--to case  prints the FHIR R4 Bundle FILE as a case file (docs/patient-case.md)
One FILE per run; it must be UTF-8 (a BOM is allowed). Invalid input prints one line on
stderr naming the file and the field, and the exit code is 2.
`;

function usageError(why: string): number {
  process.stderr.write(`${why}; usage: npm run convert -- --to fhir|case FILE (--help for more)\n`);
  return 2;
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  let to: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--to') {
      if (to !== undefined) return usageError('--to given twice');
      to = args[++i];
    } else if (a.startsWith('--to=')) to = a.slice(5);
    else if (a.startsWith('-') && a !== '-') return usageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (to !== 'fhir' && to !== 'case')
    return usageError(to === undefined ? 'no --to given' : `--to ${to} is not fhir or case`);
  if (files.length !== 1)
    return usageError(
      files.length === 0
        ? 'no FILE given'
        : `one FILE at a time (got ${files.length}: ${files.join(', ')})`,
    );
  const file = files[0]!;
  const r = readJsonFile(file);
  if (!r.ok) {
    process.stderr.write(`${oneLine(r.message)}\n`);
    return 2;
  }
  try {
    if (to === 'fhir') {
      const v = validateCase(r.json);
      if (!v.ok) {
        process.stderr.write(`${oneLine(`${file}: ${formatErrors(v.errors)}`)}\n`);
        return 2;
      }
      const a = assess(v.value, { assessedOnMissing: v.assessedOnMissing === true });
      process.stdout.write(`${JSON.stringify(caseToBundle(v.value, a), null, 2)}\n`);
      return 0;
    }
    const b = bundleToCase(r.json);
    if (!b.ok) {
      process.stderr.write(`${oneLine(`${file}: ${formatErrors(b.errors)}`)}\n`);
      return 2;
    }
    if (process.env['VAS_WARNINGS'])
      for (const w of b.warnings ?? []) process.stderr.write(`${file}: warning: ${oneLine(w)}\n`);
    process.stdout.write(`${JSON.stringify(b.value, null, 2)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(
      `${oneLine(`${file}: could not be converted (${(e as Error).message})`)}\n`,
    );
    return 2;
  }
}

exitQuietlyOnEpipe();
process.exitCode = main(process.argv.slice(2));
