/**
 * `npm run bench`: the engine on 10,000 generated synthetic cases of mixed richness (imaging
 * text, up to 40 sessions). Prints cases per second cold (every report, session log and
 * course new to the engine) and warm (the same case objects again: memoised), the p99 time
 * of one cold assessment and the process CPU time.
 *
 * `npm run bench -- --baseline [REF]` runs the same cases through another version of the
 * engine first (a git revision, default the engine before issue 15, or a directory holding
 * src/engine) and prints both side by side: before and after in one run.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as current from '../src/engine';
import { BEFORE_ISSUE_15, loadEngine, type EngineModule } from './baseline-engine';
import { benchCases } from './bench-cases';

const N = Number(process.env['BENCH_CASES'] ?? 10_000);
const args = process.argv.slice(2);
const at = args.indexOf('--baseline');
const baselineRef = at === -1 ? undefined : (args[at + 1] ?? BEFORE_ISSUE_15);

interface Figures {
  cold: number;
  /** Cold with `remember: false`, what bulk callers use (an engine without it ignores it). */
  once: number;
  coldCpu: number;
  p50: number;
  p99: number;
  max: number;
  warm: number;
  warmCpu: number;
}

function measure(engine: EngineModule): Figures {
  const assess = engine.assess;
  // Warm-up (JIT) on other cases of the same shape, so that nothing measured is memoised.
  for (const c of benchCases(500, 7)) assess(c);
  const cases = benchCases(N);
  const times = new Float64Array(N);
  const cpu = (): number => process.cpuUsage().user / 1000;
  const cpuStart = cpu();
  const start = performance.now();
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    assess(cases[i]!);
    times[i] = performance.now() - t0;
  }
  const total = performance.now() - start;
  const coldCpu = cpu() - cpuStart;
  const sorted = Array.from(times).sort((a, b) => a - b);
  const pct = (p: number): number => sorted[Math.min(N - 1, Math.floor((p / 100) * N))]!;
  const warmStart = performance.now();
  const warmCpuStart = cpu();
  for (let i = 0; i < N; i++) assess(cases[i]!);
  const warm = performance.now() - warmStart;
  const warmCpu = cpu() - warmCpuStart;
  const rate = (ms: number): number => Math.round(N / (ms / 1000));
  // Cold again on other cases of the same shape, keeping nothing (remember: false).
  const fresh = benchCases(N, 11);
  const onceStart = performance.now();
  for (let i = 0; i < N; i++) assess(fresh[i]!, { remember: false });
  const once = performance.now() - onceStart;
  return {
    cold: rate(total),
    once: rate(once),
    coldCpu: rate(coldCpu),
    p50: pct(50),
    p99: pct(99),
    max: sorted[N - 1]!,
    warm: rate(warm),
    warmCpu: rate(warmCpu),
  };
}

/** Each engine is measured in a worker of its own: its own heap, nothing left by the other. */
function measureInWorker(ref: string | null): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { ref }, argv: [] });
    w.once('message', (f: Figures) => resolve(f));
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) reject(new Error(`bench worker exited with ${code}`));
    });
  });
}

if (!isMainThread) {
  const { ref } = workerData as { ref: string | null };
  parentPort!.postMessage(measure(ref === null ? current : await loadEngine(ref)));
} else {
  const sample = benchCases(N);
  const sessionsTotal = sample.reduce((s, c) => s + (c.sessions?.length ?? 0), 0);
  const imagingTotal = sample.reduce((s, c) => s + (c.imaging?.length ?? 0), 0);
  console.log(
    `cases: ${N} (mean ${(sessionsTotal / N).toFixed(1)} sessions, ${(imagingTotal / N).toFixed(1)} imaging reports each)`,
  );
  sample.length = 0;

  const runs: [string, Figures][] = [];
  if (baselineRef)
    runs.push([`before (${baselineRef.slice(0, 12)})`, await measureInWorker(baselineRef)]);
  runs.push([baselineRef ? 'after (this tree)' : 'this tree', await measureInWorker(null)]);
  print(runs);
}

function print(runs: [string, Figures][]): void {
  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  console.log(
    `${'engine'.padEnd(26)}${pad('cold/s', 9)}${pad('once/s', 9)}${pad('warm/s', 9)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('max ms', 9)}${pad('cpu cold/s', 12)}${pad('cpu warm/s', 12)}`,
  );
  for (const [name, f] of runs) {
    console.log(
      `${name.padEnd(26)}${pad(f.cold, 9)}${pad(f.once, 9)}${pad(f.warm, 9)}${pad(f.p50.toFixed(3), 9)}${pad(f.p99.toFixed(3), 9)}${pad(f.max.toFixed(1), 9)}${pad(f.coldCpu, 12)}${pad(f.warmCpu, 12)}`,
    );
  }
  console.log(
    'cold: every report, session log and course new to the engine; once: cold with remember: false (kept nothing,\n' +
      'what the worklist, saves and the CLI use; an engine without the option ignores it); warm: the same case\n' +
      'objects again (memoised). One core.',
  );
  console.log('targets: warm >= 50000 cases/s, cold >= 30000 cases/s, p99 < 0.5 ms');
}
