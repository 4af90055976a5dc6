/**
 * `npm run convert -- --to fhir FILE` prints the case file as a FHIR R4 Bundle;
 * `npm run convert -- --to case FILE` prints a Bundle as a case file. Invalid input: nothing
 * on stdout, one line on stderr naming the file, the resource and the field; exit 2.
 */
import { readFileSync } from 'node:fs';
import { assess, bundleToCase, caseToBundle, formatErrors, validateCase } from '../src/engine';

function main(args: string[]): number {
  const to = args[args.indexOf('--to') + 1];
  const file = args.filter((a, i) => a !== '--to' && args[i - 1] !== '--to')[0];
  if (args.indexOf('--to') === -1 || (to !== 'fhir' && to !== 'case') || !file) {
    process.stderr.write('usage: npm run convert -- --to fhir|case FILE\n');
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    process.stderr.write(
      `${file}: (root): cannot read JSON (${(e as Error).message.replace(/\s+/g, ' ')})\n`,
    );
    return 2;
  }
  if (to === 'fhir') {
    const v = validateCase(json);
    if (!v.ok) {
      process.stderr.write(`${file}: ${formatErrors(v.errors)}\n`);
      return 2;
    }
    process.stdout.write(`${JSON.stringify(caseToBundle(v.value, assess(v.value)), null, 2)}\n`);
    return 0;
  }
  const r = bundleToCase(json);
  if (!r.ok) {
    process.stderr.write(`${file}: ${formatErrors(r.errors)}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(r.value, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
