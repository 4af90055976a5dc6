/**
 * The engine's build stamp: a hash of its source (src/engine, without specs and test data
 * helpers), kept in src/engine/engine-build.ts. A triage summary stored beside a patient,
 * and the worklist snapshot, are used only when written by this same engine: any change to
 * the engine (a reader phrase, a rule) makes them stale at once, bumped or not.
 *
 *   node scripts/engine-build.mjs          writes the stamp
 *   node scripts/engine-build.mjs --check  fails when the stamp is out of date (npm run lint)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// fileURLToPath: a clone under a path with spaces is not percent-encoded.
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'src/engine');
const target = join(dir, 'engine-build.ts');

function files(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = join(d, e.name);
    if (e.isDirectory()) return e.name === 'testing' ? [] : files(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') && p !== target ? [p] : [];
  });
}

const hash = createHash('sha256');
for (const f of files(dir).sort()) {
  hash.update(relative(dir, f).split('\\').join('/'));
  hash.update('\0');
  hash.update(readFileSync(f, 'utf8').replace(/\r\n/g, '\n'));
  hash.update('\0');
}
const stamp = hash.digest('hex').slice(0, 16);
const text = `/**
 * A hash of the engine's source, written by \`node scripts/engine-build.mjs\` (checked by
 * \`npm run lint\`). Stored summaries and the worklist snapshot are used only when written by
 * this same engine.
 */
export const ENGINE_BUILD = '${stamp}';
`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* missing: out of date */
  }
  if (current !== text) {
    console.error(
      'src/engine/engine-build.ts is out of date: the engine changed. Run `node scripts/engine-build.mjs`.',
    );
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`ENGINE_BUILD = ${stamp}`);
}
