// Runs a TypeScript entry point the way the browser build runs the engine: bundled by
// esbuild (no keep-names helpers, unlike tsx), then executed by Node. Used by `npm run bench`.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'vas-run-'));
const outfile = join(dir, 'main.mjs');
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
process.argv = [process.argv[0], outfile, ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
