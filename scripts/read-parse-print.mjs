// The floor `npm run bench:cli` compares `npm run assess` with: read each file, parse its
// JSON and print the parsed values back (one object, or an array for several), nothing else.
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
const out = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
process.stdout.write(`${JSON.stringify(files.length === 1 ? out[0] : out, null, 2)}\n`);
