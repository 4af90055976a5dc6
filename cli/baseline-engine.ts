/**
 * Loads another version of the engine next to this one, for before/after figures and the
 * old-versus-new differential check: `ref` is a git revision (its src/engine is taken with
 * `git archive`) or a directory holding a copy of src/engine. Bundled with esbuild the way
 * `npm run bench` runs this engine, in a temporary directory removed at exit.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Engine from '../src/engine';

export type EngineModule = typeof Engine;

/** Builds of the committed engine before the performance work of issue 15. */
export const BEFORE_ISSUE_15 = '2d24d0de56e4cd25071d1852602c7b01c42ca4a9';

/**
 * The last deliberate change of what the engine reads or decides (review rounds 9-15 and a
 * code review of 2026-11-26, session 7, each change checked with `npm run engine:caution -- --list` against
 * db02956, the previous baseline: no output lowered; every raised output checked with
 * `-- --raised`): `npm run engine:diff` requires this tree to give exactly that revision's
 * outputs. Performance work before it was checked against BEFORE_ISSUE_15 and against 6fe1304
 * (37,597 outputs deep-equal). Move it on with each intended change, after `engine:caution`
 * against the previous one.
 */
export const READINGS_BASELINE = '793b11a140777a577d63941535f3b27a4a3a62a9';

export async function loadEngine(ref: string): Promise<EngineModule> {
  const dir = mkdtempSync(join(tmpdir(), 'vas-baseline-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  let root: string;
  if (existsSync(join(ref, 'src', 'engine', 'index.ts'))) root = resolve(ref);
  else if (existsSync(join(ref, 'index.ts'))) root = resolve(ref, '..', '..');
  else {
    const tar = execFileSync('git', ['archive', '--format=tar', ref, 'src/engine'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    root = dir;
  }
  const outfile = join(dir, 'engine.mjs');
  await build({
    entryPoints: [join(root, 'src', 'engine', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as EngineModule;
}
