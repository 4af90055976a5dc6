/**
 * Safety round 75 (a helper writing as an independent reviewer, report only): 206 whole case
 * files of published-case presentations, facts carried in free text, conflicting data, courses
 * and the urgency screen, against the rules and the contract only. 33 were cleared or
 * under-rated at 7ace8b6, all by a fact told only in words (a referral's reason, a finding's
 * note); mended. The 181 files with a settled expectation are kept here as data
 * (testing/attacks/cases-r75.json: each file's findings as they differ from all "no"), round
 * 77's 201 (cases-r77.json) and round 79's 193 (cases-r79.json).
 */
import { assess } from './assess';
import {
  COURSE_STATUSES,
  MODALITIES,
  URGENCY_LEVELS,
  VAS_LEVELS,
  VERDICTS,
  type Assessment,
} from './model';
import r75 from './testing/attacks/cases-r75.json';
import r77 from './testing/attacks/cases-r77.json';
import r79 from './testing/attacks/cases-r79.json';
import { validateCase } from './validate';

type Key = 'manip' | 'czm' | 'bm' | 'ex' | 'urg' | 'vas' | 'course';
interface Exp {
  eq?: Partial<Record<Key, string>>;
  min?: Partial<Record<Key, string>>;
  max?: Partial<Record<Key, string>>;
  conflict?: boolean;
  warn?: string[];
}
interface Entry {
  id: string;
  kind: string;
  title: string;
  partial?: boolean;
  f: Record<string, unknown>;
  un?: string[];
  rest: Record<string, unknown>;
  exp: Exp;
}

const MOD: Record<string, (typeof MODALITIES)[number]> = {
  manip: 'cervical-manipulation',
  czm: 'collar-zone-massage',
  bm: 'back-massage',
  ex: 'therapeutic-exercise',
};
/** Rank, higher = more severe. */
function rank(k: Key, v: string): number {
  if (k === 'course') return COURSE_STATUSES.indexOf(v as (typeof COURSE_STATUSES)[number]);
  const order: readonly string[] =
    k === 'urg' ? URGENCY_LEVELS : k === 'vas' ? VAS_LEVELS : VERDICTS;
  return order.length - order.indexOf(v);
}
function value(a: Assessment, k: Key): string {
  if (k === 'urg') return a.urgency.level;
  if (k === 'vas') return a.vas.level;
  if (k === 'course') return a.course.status;
  return a.modalities[MOD[k]!]!.verdict;
}

function caseOf(e: Entry, ids: readonly string[], round: string): unknown {
  const findings: Record<string, unknown> = {};
  if (!e.partial) {
    for (const id of ids) findings[id] = false;
    findings['dizziness-on-head-rotation'] = null;
    findings['dynamic-vascular-assessment-normal'] = null;
  }
  Object.assign(findings, e.f);
  for (const id of e.un ?? []) delete findings[id];
  return { format: 'vas-case/1', id: `r${round}-${e.id}`, findings, ...e.rest };
}

function problems(e: Entry, a: Assessment): string[] {
  const out: string[] = [];
  for (const [k, want] of Object.entries(e.exp.eq ?? {}))
    if (value(a, k as Key) !== want) out.push(`${k} ${value(a, k as Key)} != ${want}`);
  for (const [k, want] of Object.entries(e.exp.min ?? {}))
    if (rank(k as Key, value(a, k as Key)) < rank(k as Key, want!))
      out.push(`${k} ${value(a, k as Key)} < ${want}`);
  for (const [k, want] of Object.entries(e.exp.max ?? {}))
    if (rank(k as Key, value(a, k as Key)) > rank(k as Key, want!))
      out.push(`${k} ${value(a, k as Key)} > ${want}`);
  if (e.exp.conflict && !(a.conflicts ?? []).length) out.push('no conflict listed');
  for (const w of e.exp.warn ?? [])
    if (!(a.warnings ?? []).some((x) => `${x.code} ${x.text}`.toLowerCase().includes(w)))
      out.push(`no warning ~${w}`);
  // FS-9: every verdict that is not clear, and any urgency, gives a rule id and a source.
  for (const m of MODALITIES) {
    const v = a.modalities[m];
    if (v.verdict !== 'clear' && !v.reasons.some((r) => r.rule && r.source))
      out.push(`${m} ${v.verdict} without a cited reason`);
  }
  if (a.urgency.level !== 'none' && !a.urgency.reasons.some((r) => r.rule && r.source))
    out.push('urgency without a cited reason');
  return out;
}

function round(name: string, data: { ids: string[]; cases: unknown[] }, kept: number): void {
  describe(`safety round ${name}'s whole case files`, () => {
    it('keeps the data it was written from', () => {
      expect(data.cases.length).toBe(kept);
      expect(data.cases.filter((e) => (e as Entry).kind === 'miss').length).toBeGreaterThan(100);
    });
    for (const e of data.cases as Entry[])
      it(`${e.id} (${e.kind}): ${e.title}`, () => {
        const v = validateCase(caseOf(e, data.ids, name));
        if (!v.ok) fail(`refused: ${JSON.stringify(v.errors).slice(0, 300)}`);
        else {
          const a = assess(v.value, { assessedOnMissing: v.assessedOnMissing === true });
          expect(problems(e, a)).toEqual([]);
        }
      });
  });
}

round('75', r75, 181);
// Round 77: a second reviewer's files (against dfb0e71): presentations rounds 69 and 75 did not
// cover, and benign patients for the letter reader's new words; 39 misses and 26 false alarms
// at dfb0e71, mended.
round('77', r77, 201);
// Round 79: a third reviewer's files (against de5905f): long letters and discharge summaries,
// a current condition beside an old year, safety-net and consent sentences with a symptom in
// them, Russian-English; 72 misses and 22 false alarms at de5905f, mostly mended.
round('79', r79, 193);
