/**
 * `npm run bench:cli`: the command line's cost per case against the JSON floor. Writes N rich
 * case files (40 sessions and two imaging reports each, ~16 kB), then times on 1 file and on
 * N files: `npm run assess` (this tree), the same command as it ran before issue 15 (tsx on
 * the engine and CLI of that revision; `--no-before` skips it) and a plain Node script that
 * only reads, parses and prints the files (the floor), and the same script on files as large
 * as the assessments (the output floor: an assessment is about twice its case file). Prints
 * each one's marginal cost per case ((time on N − time on 1) / (N − 1)) and its ratios to
 * both floors. Best of RUNS runs each.
 * Environment: BENCH_CLI_FILES (default 2001), BENCH_CLI_RUNS (default 3).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assess, formatErrors, validateCase } from '../src/engine';
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
// The same cases' assessments, one file each: a second floor that prints as many bytes as
// `npm run assess` does (an assessment is about twice the size of its case file).
const outputs = files.map((f, i) => {
  const v = validateCase(JSON.parse(readFileSync(f, 'utf8')));
  if (!v.ok) throw new Error(`${f}: ${formatErrors(v.errors)}`);
  const o = join(dir, `assessment-${String(i).padStart(5, '0')}.json`);
  writeFileSync(o, `${JSON.stringify(assess(v.value), null, 2)}\n`);
  return o;
});
const outBytes = outputs.reduce((s, f) => s + statSync(f).size, 0);
console.log(
  `${N} case files, mean ${(bytes / N / 1024).toFixed(1)} kB (40 sessions, 2 imaging reports each), their assessments ${(outBytes / N / 1024).toFixed(1)} kB; best of ${RUNS} runs`,
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

/**
 * One run, stdout to /dev/null; the exit code must be 0. Wall time in ms, and the CPU time
 * (user + system, the command and its children) from bash's `time`: steadier than wall time
 * on a machine shared with other work.
 */
function time(cmd: string, args: string[]): { wall: number; cpu: number } {
  const t0 = performance.now();
  const r = spawnSync(
    'bash',
    ['-c', 'TIMEFORMAT="cpu %3U %3S"; time "$@" >/dev/null', 'bash', cmd, ...args],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  const wall = performance.now() - t0;
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (r.status !== 0 || !m)
    throw new Error(`${cmd} ${args.slice(0, 3).join(' ')}… exit ${r.status}: ${r.stderr}`);
  return { wall, cpu: (Number(m[1]) + Number(m[2])) * 1000 };
}
const best = (cmd: string, args: string[]): { wall: number; cpu: number } => {
  const runs = Array.from({ length: RUNS }, () => time(cmd, args));
  return {
    wall: Math.min(...runs.map((r) => r.wall)),
    cpu: Math.min(...runs.map((r) => r.cpu)),
  };
};

interface Row {
  name: string;
  one: { wall: number; cpu: number };
  all: { wall: number; cpu: number };
}
/** [name, command, arguments, the files it is given] */
const commands: [string, string, string[], string[]][] = [
  ['read + parse + print (floor)', 'node', ['scripts/read-parse-print.mjs'], files],
  ['the same, assessment-sized output', 'node', ['scripts/read-parse-print.mjs'], outputs],
  ['npm run assess (this tree)', 'npm', ['run', '-s', 'assess', '--'], files],
];
if (beforeDir)
  commands.push([
    `assess before (${BEFORE_ISSUE_15.slice(0, 7)}, tsx)`,
    'node_modules/.bin/tsx',
    [join(beforeDir, 'cli', 'assess.ts')],
    files,
  ]);
time('npm', ['run', '-s', 'assess', '--', files[0]!]); // builds the CLI bundle if stale
const rows: Row[] = commands.map(([name, cmd, args, given]) => ({
  name,
  one: best(cmd, [...args, given[0]!]),
  all: best(cmd, [...args, ...given]),
}));

const marginal = (r: Row, k: 'wall' | 'cpu'): number => (r.all[k] - r.one[k]) / (N - 1);
const pad = (s: string, n: number): string => s.padStart(n);
const ratio = (r: Row, floor: Row, k: 'wall' | 'cpu'): string =>
  (marginal(r, k) / marginal(floor, k)).toFixed(2);
console.log(
  `${'command'.padEnd(36)}${pad('1 file ms', 10)}${pad(`${N} files ms`, 14)}${pad('ms/case', 9)}${pad('vs floor', 9)}${pad('vs out', 8)}${pad('cpu ms/case', 12)}${pad('vs floor', 9)}${pad('vs out', 8)}`,
);
const [floor, outFloor] = [rows[0]!, rows[1]!];
for (const r of rows) {
  console.log(
    `${r.name.padEnd(36)}${pad(r.one.wall.toFixed(0), 10)}${pad(r.all.wall.toFixed(0), 14)}${pad(marginal(r, 'wall').toFixed(3), 9)}${pad(ratio(r, floor, 'wall'), 9)}${pad(ratio(r, outFloor, 'wall'), 8)}${pad(marginal(r, 'cpu').toFixed(3), 12)}${pad(ratio(r, floor, 'cpu'), 9)}${pad(ratio(r, outFloor, 'cpu'), 8)}`,
  );
}
console.log(
  'marginal cost per case = (time on N files - time on 1) / (N - 1), wall and CPU; target ratio <= 1.3.\n' +
    '"vs floor": against reading, parsing and printing the case files; "vs out": against the same\n' +
    'with files as large as the assessments (what printing the output alone costs).',
);
