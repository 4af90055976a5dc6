/**
 * `npm run engine:caution [-- REF]`: a change of readings (the report reader's lexicon or
 * scope) may only keep or raise caution (FS-5, FS-7). Assesses every demo patient, every
 * case fixture and the bench's generated cases with another version of the engine (default
 * READINGS_BASELINE, the last intended change of readings) and with this tree's, and
 * requires every output to be at least as cautious: urgency, suspicion level and each
 * modality's verdict never less severe. Prints how many outputs changed and how; exit 1
 * on the first that is less cautious (`-- --raised` prints the raised ones too). `-- --list`: a change that also removes false alarms
 * (a templated "Dissection: none." read as a dissection) lowers outputs on purpose: list
 * every lowered one with the report texts read differently, to be checked one by one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as current from '../src/engine';
import { loadEngine, READINGS_BASELINE, type EngineModule } from './baseline-engine';
import { BENCH_TODAY, benchCases } from './bench-cases';

const args = process.argv.slice(2).filter((a) => a !== '--');
const list = args.includes('--list');
/** `--raised`: also print the changed readings of each raised output (to check false alarms). */
const showRaised = args.includes('--raised');
const ref = args.find((a) => !a.startsWith('--')) ?? READINGS_BASELINE;
let lowered = 0;
const N = Number(process.env['BENCH_CASES'] ?? 10_000);
const before = await loadEngine(ref);

type Assessment = ReturnType<typeof current.assess>;
/** Index in a most-severe-first list: lower is more cautious. */
const rank = (list: readonly string[], v: string): number => list.indexOf(v);

let cases = 0;
let changed = 0;
const raised = new Map<string, number>();
/** The reports of a case whose readings differ between the two engines. */
function printReadings(input?: current.CaseFile): void {
  for (const im of input?.imaging ?? []) {
    const st = { modality: im.modality, region: im.region };
    // Each reading with its acuity and occlusion flags (a summary would hide a new "acute").
    const flags = (ms: readonly current.Mention[]): string[] =>
      ms.map(
        (m) => `${m.finding}:${m.status}${m.acute ? '+acute' : ''}${m.occlusion ? '+occl' : ''}`,
      );
    const r0 = flags(before.readReport(im.report ?? '', st));
    const r1 = flags(current.readReport(im.report ?? '', st));
    if (JSON.stringify(r0) !== JSON.stringify(r1))
      console.error(
        `  ${JSON.stringify(im.report)}: ${JSON.stringify(r0)} -> ${JSON.stringify(r1)}`,
      );
  }
}

function compare(what: string, a: Assessment, b: Assessment, input?: current.CaseFile): void {
  cases++;
  const checks: [string, readonly string[], string, string][] = [
    ['urgency', current.URGENCY_LEVELS, a.urgency.level, b.urgency.level],
    ['suspicion', current.VAS_LEVELS, a.vas.level, b.vas.level],
    ...current.MODALITIES.map((m): [string, readonly string[], string, string] => [
      m,
      current.VERDICTS,
      a.modalities[m].verdict,
      b.modalities[m].verdict,
    ]),
  ];
  let any = false;
  for (const [name, order, x, y] of checks) {
    if (x === y) continue;
    any = true;
    if (rank(order, y) > rank(order, x)) {
      console.error(`LESS CAUTIOUS: ${what}: ${name} ${x} -> ${y}`);
      if (!list) process.exit(1);
      lowered++;
      printReadings(input);
      continue;
    }
    if (showRaised) {
      console.error(`raised: ${what}: ${name} ${x} -> ${y}`);
      printReadings(input);
    }
    const key = `${name} ${x} -> ${y}`;
    raised.set(key, (raised.get(key) ?? 0) + 1);
  }
  if (any) changed++;
}

function assessBoth(what: string, input: unknown): void {
  const engines: EngineModule[] = [before, current];
  const [va, vb] = engines.map((e) => e.validateCase(structuredClone(input)));
  if (!va!.ok || !vb!.ok) return;
  const opts = { assessedOnMissing: va!.assessedOnMissing === true, remember: false };
  compare(what, before.assess(va!.value, opts), current.assess(vb!.value, opts), vb!.value);
}

const fixtures = join('e2e', 'fixtures');
for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.json')))
  assessBoth(`fixture ${f}`, JSON.parse(readFileSync(join(fixtures, f), 'utf8')));
for (const today of [BENCH_TODAY, current.todayIso()])
  for (const c of current.demoCases(today)) assessBoth(`demo ${c.id} on ${today}`, c);
const all = [...benchCases(N), ...benchCases(N / 10, 9, { sessions: 40, reports: 2 })];
all.forEach((c, i) => assessBoth(`bench case ${i}`, c));

console.log(
  `engine:caution: ${cases} assessments against ${ref.slice(0, 12)}: ${changed} changed, ${lowered ? `${lowered} outputs lowered (listed above)` : 'none less cautious'}`,
);
for (const [k, n] of [...raised].sort((x, y) => y[1] - x[1])) console.log(`  ${n} × ${k}`);
