/**
 * Many case files on several cores: worker threads (this same module, loaded again) each
 * assess every W-th file and post its text back; the main thread prints the results in the
 * given order as they arrive (what arrives early waits, nothing else is kept). The printed
 * bytes, the stderr lines and their order are exactly those of the one-thread loop.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { assessFile, type FileResult } from './assess-file';

/** Below this many files one thread is quicker (a worker takes ~40 ms to start and warm up). */
const PARALLEL_FROM = 200;
const MAX_WORKERS = 8;

interface Job {
  files: string[];
  first: number;
  step: number;
  withWarnings: boolean;
}
type Message = FileResult & { index: number };

/** Cores needed before workers are used by default (see workerCount). */
const PARALLEL_CORES = 4;

/**
 * How many workers for `n` files: VAS_CLI_THREADS when set (1 = no workers); else, from 4
 * cores and PARALLEL_FROM files, one per core but one. On 2 cores one thread already keeps
 * both busy (V8's garbage collector and compiler run beside it: 0.88 ms of CPU per 0.61 ms
 * case), and two workers gave no gain for 35 % more CPU, so it stays on one thread there.
 * 0 when the module cannot be loaded again as a worker (run from source, not the bundle).
 */
export function workerCount(n: number): number {
  if (!isMainThread || !import.meta.url.endsWith('.mjs')) return 0;
  const set = Number(process.env['VAS_CLI_THREADS']);
  if (Number.isInteger(set) && set > 0) return set > 1 ? Math.min(set, MAX_WORKERS, n) : 0;
  const cores = availableParallelism();
  if (cores < PARALLEL_CORES || n < PARALLEL_FROM) return 0;
  return Math.min(cores - 1, MAX_WORKERS, n);
}

/** Runs the files on `count` workers; `emit` gets each result in file order. */
export function assessInWorkers(
  files: string[],
  count: number,
  withWarnings: boolean,
  emit: (r: FileResult, index: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const waiting = new Map<number, FileResult>();
    let next = 0;
    const workers: Worker[] = [];
    const stopAll = (e: Error): void => {
      for (const w of workers) void w.terminate();
      reject(e);
    };
    const script = fileURLToPath(import.meta.url);
    for (let first = 0; first < count; first++) {
      const job: Job = { files, first, step: count, withWarnings };
      const w = new Worker(script, { workerData: job, argv: [] });
      w.on('message', (m: Message) => {
        waiting.set(m.index, m);
        for (let r = waiting.get(next); r !== undefined; r = waiting.get(next)) {
          waiting.delete(next);
          emit(r, next);
          next++;
        }
        if (next === files.length) resolve();
      });
      w.on('error', stopAll);
      w.on('exit', (code) => {
        if (code !== 0 && next < files.length) stopAll(new Error(`worker exited with ${code}`));
      });
      workers.push(w);
    }
  });
}

/** In a worker: assess this worker's share of the files, in order, posting each result. */
function workerMain(job: Job): void {
  for (let i = job.first; i < job.files.length; i += job.step) {
    const r = assessFile(job.files[i]!, job.files.length > 1, job.withWarnings);
    parentPort!.postMessage({ ...r, index: i } satisfies Message);
  }
}

if (!isMainThread && (workerData as Partial<Job> | null)?.files) workerMain(workerData as Job);
