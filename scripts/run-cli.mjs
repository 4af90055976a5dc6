// Runs a command-line entry point (cli/*.ts) from a prebuilt esbuild bundle, cached under
// node_modules/.cache/vas-cli and rebuilt when a source file is newer than it (or the
// bundle is missing): Node starts the program without transpiling TypeScript on each run
// (what tsx did, ~0.3 s per run) and runs code without tsx's keep-names helpers.
// Usage: node scripts/run-cli.mjs cli/assess.ts ARGS...
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const [entry, ...args] = process.argv.slice(2);
const cache = join(root, 'node_modules', '.cache', 'vas-cli');
const outfile = join(cache, `${basename(entry, '.ts')}.mjs`);

/** Newest modification time of the TypeScript sources a CLI bundle is built from. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(root, 'cli'));
  walk(join(root, 'src', 'engine'));
  return Math.max(newest, statSync(import.meta.filename).mtimeMs);
}

if (!existsSync(outfile) || statSync(outfile).mtimeMs < newestSource()) {
  const { build } = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  // Built beside and renamed into place: two runs at once never load a half-written bundle.
  const tmp = `${outfile}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    logLevel: 'warning',
  });
  renameSync(tmp, outfile);
}
process.argv = [process.argv[0], join(root, entry), ...args];
await import(pathToFileURL(outfile).href);
