import { assess, demoCases } from '../../../engine';
import {
  filterAndSort,
  triageOf,
  urgencyShown,
  worklistRow,
  type WorklistFilter,
  type WorklistRow,
} from './worklist-rows';

const today = '2026-11-24';
const rows: WorklistRow[] = demoCases(today).map((c) => worklistRow(c, triageOf(assess(c)), today));
const all: WorklistFilter = { status: 'all', urgency: 'all', level: 'all', search: '' };

describe('worklist rows', () => {
  it('orders by urgency, then suspicion (indeterminate before low), then oldest referral', () => {
    const sorted = filterAndSort(rows, all, 'triage');
    const urg = sorted.map((r) => r.urgency);
    expect(urg.indexOf('none')).toBeGreaterThan(urg.lastIndexOf('urgent'));
    expect(urg[0]).toBe('emergency');
    const none = sorted.filter((r) => urgencyShown(r) === 'none');
    const order = ['confirmed', 'high', 'moderate', 'indeterminate', 'low'];
    const levels = none.map((r) => order.indexOf(r.level));
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
    const lows = none.filter((r) => r.level === 'low').map((r) => r.referralDate);
    expect([...lows].sort()).toEqual(lows);
  });

  it('filters by status, urgency and level, and searches by name', () => {
    expect(
      filterAndSort(rows, { ...all, status: 'done' }, 'triage').every((r) => r.status === 'done'),
    ).toBeTrue();
    expect(
      filterAndSort(rows, { ...all, urgency: 'urgent' }, 'triage')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['demo-04', 'demo-10']);
    expect(filterAndSort(rows, { ...all, level: 'high' }, 'triage').map((r) => r.id)).toEqual([
      'demo-02',
    ]);
    expect(filterAndSort(rows, { ...all, search: 'SAMPLE' }, 'triage').map((r) => r.id)).toEqual([
      'demo-02',
    ]);
  });

  it('puts patients without a referral date last and defaults the status to new', () => {
    const c = { ...demoCases(today)[0]!, id: 'no-ref', referral: undefined };
    const r = worklistRow(c, triageOf(assess(c)), today);
    expect(r.status).toBe('new');
    const sorted = filterAndSort(
      [r, ...rows.filter((x) => urgencyShown(x) === urgencyShown(r) && x.level === r.level)],
      all,
      'triage',
    );
    expect(sorted[sorted.length - 1]!.id).toBe('no-ref');
  });

  it('carries age, referrer and the manipulation verdict', () => {
    const r = rows.find((x) => x.id === 'demo-02')!;
    expect(r.age).toBe(57);
    expect(r.referrer).toBe('GP, demo clinic 2');
    expect(r.manipulation).toBe('contraindicated');
  });

  it('says "not screened" rather than "none" when red flags were not asked', () => {
    const blank = { ...demoCases(today)[0]!, id: 'blank', findings: {} };
    const r = worklistRow(blank, triageOf(assess(blank)), today);
    expect(r.urgency).toBe('none');
    expect(urgencyShown(r)).toBe('not-screened');
    const sorted = filterAndSort([...rows, r], all, 'triage').map(urgencyShown);
    expect(sorted.indexOf('not-screened')).toBeLessThan(
      sorted.indexOf('none') === -1 ? Infinity : sorted.lastIndexOf('none'),
    );
    expect(
      filterAndSort([...rows, r], { ...all, urgency: 'not-screened' }, 'triage').map((x) => x.id),
    ).toContain('blank');
  });

  it('sorts by a column either way, ties in triage order, and filters by a chosen verdict', () => {
    const asc = filterAndSort(rows, all, 'age', 'asc').map((r) => r.age ?? Infinity);
    expect([...asc].sort((a, b) => a - b)).toEqual(asc);
    const desc = filterAndSort(rows, all, 'level', 'desc').map((r) => r.level);
    expect(desc[desc.length - 1]).toBe('confirmed');
    const contra = filterAndSort(rows, { ...all, verdict: 'contraindicated' }, 'triage');
    expect(contra.length).toBeGreaterThan(0);
    expect(contra.every((r) => r.manipulation === 'contraindicated')).toBeTrue();
    const back = filterAndSort(
      rows,
      { ...all, modality: 'back-massage', verdict: 'clear' },
      'verdict',
    );
    expect(back.every((r) => r.verdicts['back-massage'] === 'clear')).toBeTrue();
    const byCollar = filterAndSort(rows, { ...all, modality: 'collar-zone-massage' }, 'verdict');
    const order = ['contraindicated', 'not-cleared', 'caution', 'clear'];
    const ranks = byCollar.map((r) => order.indexOf(r.verdicts['collar-zone-massage']));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
