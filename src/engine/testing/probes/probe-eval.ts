/**
 * Evaluates a reviewer probe against the engine: shared by probes.spec.ts and
 * `npm run engine:probe`. Plain TypeScript: no Angular, no Node.
 */
import { assess } from '../../assess';
import { MODALITIES, URGENCY_LEVELS, VERDICTS, type Assessment, type Reason } from '../../model';
import { validateCase } from '../../validate';
import { levelRank } from '../severity';
import {
  buildCase,
  MOD_KEYS,
  probeKey,
  type CaseDelta,
  type ModKey,
  type Probe,
} from './probe-model';

/** Higher = more severe. */
const rank = <T extends string>(order: readonly T[], v: T): number =>
  order.length - order.indexOf(v);

export interface ProbeOutcome {
  probe: Probe;
  key: string;
  /** Every expectation met and every reason audited. */
  ok: boolean;
  /** What failed, one line each. */
  problems: string[];
  /** The outputs, one line: manip=… czm=… bm=… ex=… urg=… vas=… course=… */
  got: string;
}

function run(d: CaseDelta): Assessment | string {
  const v = validateCase(buildCase(d));
  if (!v.ok) return `invalid case: ${JSON.stringify(v.errors)}`;
  return assess(v.value, { remember: false });
}

/** The outputs the probes compare, as one line. */
export function summarise(a: Assessment): string {
  const mods = (Object.keys(MOD_KEYS) as ModKey[])
    .map((k) => `${k}=${a.modalities[MOD_KEYS[k]].verdict}`)
    .join(' ');
  return `${mods} urg=${a.urgency.level} vas=${a.vas.level} course=${a.course.status}`;
}

/** The expectation as one line, as the table prints it. */
export function describeExpectation(p: Probe): string {
  const e = p.expect;
  const parts: string[] = [];
  if (p.kind === 'clear') parts.push('all clear, urg=none, vas=low');
  if (p.kind === 'pair') parts.push('>= without the added text');
  for (const k of Object.keys(MOD_KEYS) as ModKey[]) if (e[k]) parts.push(`${k}>=${e[k]}`);
  if (e.urg) parts.push(`urg>=${e.urg}`);
  if (e.vas) parts.push(`vas in ${e.vas.join('|')}`);
  if (e.course) parts.push(`course in ${e.course.join('|')}`);
  if (e.conflict) parts.push(`conflict on ${e.conflict}`);
  if (e.warning) parts.push(`warning ${e.warning}`);
  for (const [k, v] of Object.entries(e.atMost ?? {})) parts.push(`${k}<=${v}`);
  for (const [k, ids] of Object.entries(e.rules ?? {})) parts.push(`${k} rules ${ids.join('+')}`);
  for (const [k, ids] of Object.entries(e.missing ?? {}))
    parts.push(`${k} missing ${ids.join('+')}`);
  if (e.noWarnings) parts.push('no warnings');
  if (e.conflictText) parts.push(`conflicts match ${e.conflictText}`);
  if (e.noConflicts) parts.push('no conflicts');
  return parts.join(', ') || 'reasons audit only';
}

/** Every reason names its rule and source; a verdict other than clear has a reason. */
export function auditReasons(a: Assessment): string[] {
  const problems: string[] = [];
  const check = (rs: readonly Reason[] | undefined, where: string): void => {
    for (const r of rs ?? [])
      if (!r.rule || !r.source)
        problems.push(`reason without rule/source in ${where}: ${JSON.stringify(r)}`);
  };
  check(a.vas.reasons, 'vas');
  check(a.urgency.reasons, 'urgency');
  check(a.course.flags, 'course');
  for (const c of a.course.courses ?? []) check(c.flags, `course ${c.course}`);
  check(a.causeReasons, 'causes');
  for (const m of MODALITIES) {
    check(a.modalities[m].reasons, m);
    if (a.modalities[m].verdict !== 'clear' && a.modalities[m].reasons.length === 0)
      problems.push(`${m} is ${a.modalities[m].verdict} without a reason`);
  }
  return problems;
}

export function evaluateProbe(p: Probe): ProbeOutcome {
  const key = probeKey(p);
  const a = run(p.delta);
  if (typeof a === 'string') return { probe: p, key, ok: false, problems: [a], got: a };
  const problems: string[] = [];
  const e = p.expect;
  for (const k of Object.keys(MOD_KEYS) as ModKey[]) {
    const want = e[k];
    const got = a.modalities[MOD_KEYS[k]].verdict;
    if (want && rank(VERDICTS, got) < rank(VERDICTS, want))
      problems.push(`${k}: want >= ${want}, got ${got}`);
  }
  if (e.urg && rank(URGENCY_LEVELS, a.urgency.level) < rank(URGENCY_LEVELS, e.urg))
    problems.push(`urg: want >= ${e.urg}, got ${a.urgency.level}`);
  if (e.vas && !e.vas.includes(a.vas.level))
    problems.push(`vas: want ${e.vas.join('|')}, got ${a.vas.level}`);
  if (e.course && !e.course.includes(a.course.status))
    problems.push(`course: want ${e.course.join('|')}, got ${a.course.status}`);
  if (e.conflict) {
    const id = e.conflict;
    const named =
      (a.conflictDetails ?? []).some((c) => c.finding === id) ||
      a.conflicts.some((t) => t.includes(id));
    if (!named) problems.push(`no conflict listed for ${id}`);
  }
  if (e.warning && !a.warnings.some((w) => w.code === e.warning))
    problems.push(`no warning ${e.warning}`);
  const most = e.atMost ?? {};
  for (const k of Object.keys(MOD_KEYS) as ModKey[]) {
    const cap = most[k];
    const got = a.modalities[MOD_KEYS[k]].verdict;
    if (cap && rank(VERDICTS, got) > rank(VERDICTS, cap))
      problems.push(`${k}: want <= ${cap}, got ${got}`);
  }
  if (most.urg && rank(URGENCY_LEVELS, a.urgency.level) > rank(URGENCY_LEVELS, most.urg))
    problems.push(`urg: want <= ${most.urg}, got ${a.urgency.level}`);
  for (const [k, ids] of Object.entries(e.rules ?? {})) {
    const rs =
      k === 'urg'
        ? a.urgency.reasons
        : k === 'vas'
          ? a.vas.reasons
          : k === 'course'
            ? a.course.flags
            : a.modalities[MOD_KEYS[k as ModKey]].reasons;
    const have = new Set(rs.map((r) => r.rule));
    for (const id of ids)
      if (!have.has(id)) problems.push(`${k} lacks rule ${id} (has ${[...have].join(', ')})`);
  }
  for (const [k, ids] of Object.entries(e.missing ?? {})) {
    const have =
      k === 'urg' ? (a.urgency.missing ?? []) : a.modalities[MOD_KEYS[k as ModKey]].missing;
    for (const id of ids)
      if (!have.includes(id)) problems.push(`${k}.missing lacks ${id} (has ${have.join(', ')})`);
  }
  if (e.noWarnings && a.warnings.length > 0)
    problems.push(`warnings: ${a.warnings.map((w) => w.code).join(', ')}`);
  if (e.conflictText && !e.conflictText.test(JSON.stringify(a.conflicts)))
    problems.push(`conflicts do not match ${e.conflictText}`);
  if (e.noConflicts && a.conflicts.length > 0)
    problems.push(`conflicts: ${a.conflicts.join(' | ')}`);
  if (p.kind === 'clear') {
    for (const m of MODALITIES)
      if (a.modalities[m].verdict !== 'clear')
        problems.push(`false alarm: ${m} ${a.modalities[m].verdict}`);
    if (a.urgency.level !== 'none') problems.push(`false alarm: urgency ${a.urgency.level}`);
    if (a.vas.level !== 'low') problems.push(`false alarm: vas ${a.vas.level}`);
  }
  if (p.kind === 'pair' && p.than) {
    const b = run(p.than);
    if (typeof b === 'string') problems.push(`comparison case: ${b}`);
    else {
      for (const m of MODALITIES) {
        const x = b.modalities[m].verdict;
        const y = a.modalities[m].verdict;
        if (rank(VERDICTS, y) < rank(VERDICTS, x))
          problems.push(`lower than its comparison case: ${m} ${x} -> ${y}`);
      }
      if (rank(URGENCY_LEVELS, a.urgency.level) < rank(URGENCY_LEVELS, b.urgency.level))
        problems.push(
          `lower than its comparison case: urgency ${b.urgency.level} -> ${a.urgency.level}`,
        );
      // low and indeterminate share a rank (testing/severity.ts: FS-5 holds only so).
      if (levelRank(a.vas.level) < levelRank(b.vas.level))
        problems.push(`lower than its comparison case: vas ${b.vas.level} -> ${a.vas.level}`);
    }
  }
  problems.push(...auditReasons(a));
  return { probe: p, key, ok: problems.length === 0, problems, got: summarise(a) };
}

/** Result of a probe given the list of probes known to fail. */
export type ProbeStatus = 'PASS' | 'FAIL' | 'KNOWN' | 'FIXED';

/**
 * PASS: passes. KNOWN: fails and is listed as known open. FAIL: fails and is not listed (an
 * unexpected failure). FIXED: listed as known open but passes (the list must be updated).
 */
export function probeStatus(o: ProbeOutcome, knownOpen: ReadonlySet<string>): ProbeStatus {
  const known = knownOpen.has(o.key);
  if (o.ok) return known ? 'FIXED' : 'PASS';
  return known ? 'KNOWN' : 'FAIL';
}
