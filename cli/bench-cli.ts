/**
 * `npm run bench:cli`: the command line's cost per case against the JSON floor. Writes N rich
 * case files (40 sessions and two imaging reports each, ~16 kB), then times on 1 file and on
 * N files: `npm run assess` (this tree), the same command as it ran before issue 15 (tsx on
 * the engine and CLI of that revision; `--no-before` skips it) and a plain Node script that
 * only reads, parses and prints the files. Prints each one's marginal cost per case
 * ((time on N − time on 1) / (N − 1)), and its ratio to the floor's. Best of RUNS runs each.
 * Environment: BENCH_CLI_FILES (default 2001), BENCH_CLI_RUNS (default 3).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BEFORE_ISSUE_15 } from './baseline-engine';
import { benchCases } from './bench-cases';

const N = Number(process.env['BENCH_CLI_FILES'] ?? 2001);
const RUNS = Number(process.env['BENCH_CLI_RUNS'] ?? 3);
const withBefore = !process.argv.includes('--no-before');

const cache = join('node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'vas-bench-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const files = benchCases(N, 42, { sessions: 40, reports: 2 }).map((c, i) => {
  const f = join(dir, `case-${String(i).padStart(5, '0')}.json`);
  writeFileSync(f, `${JSON.stringify(c, null, 2)}\n`);
  return f;
});
const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
console.log(
  `${N} case files, mean ${(bytes / N / 1024).toFixed(1)} kB (40 sessions, 2 imaging reports each); best of ${RUNS} runs`,
);

let beforeDir: string | undefined;
if (withBefore) {
  beforeDir = join(dir, 'before');
  mkdirSync(beforeDir);
  const tar = execFileSync(
    'git',
    ['archive', '--format=tar', BEFORE_ISSUE_15, 'cli', 'src/engine'],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  execFileSync('tar', ['-x', '-C', beforeDir], { input: tar });
}

const devNull = openSync('/dev/null', 'w');
/** Wall time of one run in ms (stdout to /dev/null); the exit code must be 0. */
function time(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.slice(0, 3).join(' ')}… exit ${r.status}: ${r.stderr}`);
  return ms;
}
const best = (cmd: string, args: string[]): number =>
  Math.min(...Array.from({ length: RUNS }, () => time(cmd, args)));

interface Row {
  name: string;
  one: number;
  all: number;
}
const commands: [string, string, string[]][] = [
  ['read + parse + print (floor)', 'node', ['scripts/read-parse-print.mjs']],
  ['npm run assess (this tree)', 'npm', ['run', '-s', 'assess', '--']],
];
if (beforeDir)
  commands.push([
    `assess before (${BEFORE_ISSUE_15.slice(0, 7)}, tsx)`,
    'node_modules/.bin/tsx',
    [join(beforeDir, 'cli', 'assess.ts')],
  ]);
time('npm', ['run', '-s', 'assess', '--', files[0]!]); // builds the CLI bundle if stale
const rows: Row[] = commands.map(([name, cmd, args]) => ({
  name,
  one: best(cmd, [...args, files[0]!]),
  all: best(cmd, [...args, ...files]),
}));

const marginal = (r: Row): number => (r.all - r.one) / (N - 1);
const floor = marginal(rows[0]!);
const pad = (s: string, n: number): string => s.padStart(n);
console.log(
  `${'command'.padEnd(34)}${pad('1 file ms', 11)}${pad(`${N} files ms`, 15)}${pad('ms/case', 10)}${pad('vs floor', 10)}`,
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(34)}${pad(r.one.toFixed(0), 11)}${pad(r.all.toFixed(0), 15)}${pad(marginal(r).toFixed(3), 10)}${pad((marginal(r) / floor).toFixed(2), 10)}`,
  );
}
console.log(
  'marginal cost per case = (time on N files - time on 1) / (N - 1); target ratio <= 1.3',
);
