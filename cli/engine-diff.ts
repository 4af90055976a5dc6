/**
 * `npm run engine:diff [-- REF]`: the differential check of the performance work (issue 15).
 * Assesses every demo patient, every case fixture and the bench's generated cases with
 * another version of the engine (default READINGS_BASELINE, the last intended change of
 * readings; or a git revision, or a directory holding src/engine) and with this tree's, and
 * requires deep-equal outputs: assessments (first call, memoised second call, and after
 * app-style edits), validation results, and the reader's mentions on every corpus sentence
 * and bench report. Exit 1 on the first difference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as current from '../src/engine';
import { REPORT_CORPUS } from '../src/engine/reader/report-corpus';
import { loadEngine, READINGS_BASELINE, type EngineModule } from './baseline-engine';
import { BENCH_TODAY, benchCases } from './bench-cases';

const ref = process.argv.slice(2).find((a) => a !== '--') ?? READINGS_BASELINE;
const N = Number(process.env['BENCH_CASES'] ?? 10_000);
const before = await loadEngine(ref);

let compared = 0;
function same(what: string, a: unknown, b: unknown): void {
  compared++;
  if (isDeepStrictEqual(a, b)) return;
  console.error(`DIFFERENT: ${what}`);
  console.error(`before: ${JSON.stringify(a).slice(0, 2000)}`);
  console.error(`after:  ${JSON.stringify(b).slice(0, 2000)}`);
  process.exit(1);
}

/** Each engine gets its own deep copy: a memo keyed by object identity must not be shared. */
const copy = <T>(x: T): T => structuredClone(x);

function assessBoth(what: string, input: unknown): void {
  const engines: EngineModule[] = [before, current];
  const [va, vb] = engines.map((e) => e.validateCase(copy(input)));
  same(`${what}: validation`, va, vb);
  if (!va!.ok || !vb!.ok) return;
  const opts = { assessedOnMissing: va!.assessedOnMissing === true };
  const a = before.assess(va!.value, opts);
  const b = current.assess(vb!.value, opts);
  same(`${what}: assessment`, a, b);
  same(
    `${what}: assessment again (memoised)`,
    before.assess(va!.value, opts),
    current.assess(vb!.value, opts),
  );
  same(
    `${what}: assessment that keeps nothing (remember: false)`,
    a,
    current.assess(copy(vb!.value), { ...opts, remember: false }),
  );
}

const fixtures = join('e2e', 'fixtures');
for (const f of readdirSync(fixtures)
  .filter((x) => x.endsWith('.json'))
  .sort())
  assessBoth(`fixture ${f}`, JSON.parse(readFileSync(join(fixtures, f), 'utf8')));
for (const today of [BENCH_TODAY, current.todayIso()])
  for (const c of current.demoCases(today)) assessBoth(`demo ${c.id} on ${today}`, c);
const cases = [...benchCases(N), ...benchCases(N / 10, 9, { sessions: 40, reports: 2 })];
cases.forEach((c, i) => assessBoth(`bench case ${i}`, c));

/**
 * Edits as the app makes them (a new object for what changed, the rest shared): each engine
 * assesses the case, then the edited case, so that a memo keyed by identity must notice.
 */
type Edit = (c: current.CaseFile) => current.CaseFile;
const EDITS: [string, Edit][] = [
  ['a finding answered', (c) => ({ ...c, findings: { ...c.findings, headache: true } })],
  [
    'a finding un-answered',
    (c) => {
      const { dizziness: _drop, ...findings } = c.findings ?? {};
      return { ...c, findings };
    },
  ],
  ['another date', (c) => ({ ...c, assessedOn: current.addDays(c.assessedOn, 200) })],
  ['another birth date', (c) => ({ ...c, patient: { ...c.patient, birthDate: '2012-01-01' } })],
  [
    'a session added',
    (c) => ({
      ...c,
      sessions: [
        ...(c.sessions ?? []),
        ...(c.sessions ?? []).slice(0, 1).map((s) => ({ ...s, painHours: 72 })),
      ],
    }),
  ],
  ['imaging removed', (c) => ({ ...c, imaging: [] })],
  [
    'a painkiller',
    (c) => ({
      ...c,
      medications: [{ name: 'ibuprofen', start: current.addDays(c.assessedOn, -9) }],
    }),
  ],
];
function assessEdited(what: string, input: current.CaseFile, edit: Edit): void {
  const a0 = copy(input);
  const b0 = copy(input);
  before.assess(a0);
  current.assess(b0);
  same(`${what}: edited`, before.assess(edit(a0)), current.assess(edit(b0)));
}
cases.forEach((c, i) => {
  if (i % 25 === 0)
    for (const [name, edit] of EDITS) assessEdited(`bench case ${i}, ${name}`, c, edit);
});

for (const e of REPORT_CORPUS) {
  const study = { modality: e.modality, region: e.region };
  const a = before.readReport(e.text, study);
  const b = current.readReport(e.text, study);
  same(`reader on "${e.text}"`, a, b);
  same(
    `machine-read "${e.text}"`,
    before.isMachineRead(e.text, a),
    current.isMachineRead(e.text, b),
  );
  for (const t of [e.text.toUpperCase(), `${e.text}\n${e.text.toLowerCase()}`])
    same(`reader on "${t}"`, before.readReport(t, study), current.readReport(t, study));
}
console.log(
  `engine:diff: ${compared} outputs deep-equal between ${ref.slice(0, 12)} and this tree (${cases.length} bench cases, demo patients, fixtures, ${REPORT_CORPUS.length} corpus sentences)`,
);
