/**
 * `npm run bench`: the engine on 10,000 generated synthetic cases of mixed richness (imaging
 * text, up to 40 sessions). Prints cases per second and the p99 time of one assessment.
 * Report readings are memoised by text in the engine; this also measures the cold reader.
 */
import { performance } from 'node:perf_hooks';
import {
  addDays,
  allAnsweredNo,
  assess,
  FINDING_IDS,
  type CaseFile,
  type TreatmentSession,
} from '../src/engine';
import { REPORT_CORPUS } from '../src/engine/reader/report-corpus';

const N = Number(process.env['BENCH_CASES'] ?? 10_000);
const TODAY = '2026-11-20';

/** Deterministic pseudo-random numbers (mulberry32) so runs compare. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(i: number, r: () => number): CaseFile {
  const findings: CaseFile['findings'] = r() < 0.5 ? allAnsweredNo() : {};
  const changes = Math.floor(r() * 10);
  for (let k = 0; k < changes; k++) {
    const id = FINDING_IDS[Math.floor(r() * FINDING_IDS.length)]!;
    findings[id] =
      r() < 0.6
        ? true
        : r() < 0.5
          ? { present: true, onset: addDays(TODAY, -Math.floor(r() * 400)) }
          : null;
  }
  const imaging = Array.from({ length: Math.floor(r() * 4) }, (_, k) => {
    const e = REPORT_CORPUS[Math.floor(r() * REPORT_CORPUS.length)]!;
    const e2 = REPORT_CORPUS[Math.floor(r() * REPORT_CORPUS.length)]!;
    // Case-specific text so the reader's memo does not hide its cost.
    return {
      modality: e.modality,
      region: e.region,
      date: addDays(TODAY, -k * 7),
      report: `${e.text} ${e2.text} Case ${i}.`,
    };
  });
  const sessions: TreatmentSession[] = Array.from({ length: Math.floor(r() * 41) }, (_, k) => ({
    date: addDays(TODAY, -90 + k),
    modality: 'collar-zone-massage',
    painBefore: Math.floor(r() * 11),
    painAfter: Math.floor(r() * 11),
    dizziness: Math.floor(r() * 4),
    headache: Math.floor(r() * 6),
    painHours: Math.floor(r() * 60),
    rednessHours: Math.floor(r() * 30),
    swelling: r() < 0.05,
    painWorseWithMovement: r() < 0.05,
    analgesicsIneffective: r() < 0.05,
    newSymptoms: [],
  }));
  return {
    format: 'vas-case/1',
    id: `bench-${i}`,
    assessedOn: TODAY,
    patient: { birthDate: `${1940 + Math.floor(r() * 70)}-03-15` },
    findings,
    imaging,
    sessions,
    medications:
      r() < 0.3 ? [{ name: 'ibuprofen', form: 'tablet', start: addDays(TODAY, -10) }] : [],
  };
}

const r = rng(42);
const cases = Array.from({ length: N }, (_, i) => generate(i, r));
for (let i = 0; i < 500; i++) assess(cases[i]!); // warm-up (JIT), on cases measured again below

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

const sessionsTotal = cases.reduce((s, c) => s + (c.sessions?.length ?? 0), 0);
const imagingTotal = cases.reduce((s, c) => s + (c.imaging?.length ?? 0), 0);
console.log(
  `cases: ${N} (mean ${(sessionsTotal / N).toFixed(1)} sessions, ${(imagingTotal / N).toFixed(1)} imaging reports each)`,
);
console.log(
  `cold reader: ${Math.round(N / (total / 1000))} cases/s; p50 ${pct(50).toFixed(3)} ms, p99 ${pct(99).toFixed(3)} ms, max ${sorted[N - 1]!.toFixed(3)} ms`,
);
console.log(`warm reader (reports memoised): ${Math.round(N / (warm / 1000))} cases/s`);
// CPU time of this process: steadier than wall time on a machine shared with other work.
console.log(
  `cpu time: cold ${Math.round(N / (coldCpu / 1000))} cases/s, warm ${Math.round(N / (warmCpu / 1000))} cases/s`,
);
console.log(`targets: >= 20000 cases/s, p99 < 1 ms`);
