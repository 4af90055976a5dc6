/** Worklist rows, their triage order, filters and search: pure functions, tested as such. */
import {
  ageOn,
  type Assessment,
  type CaseFile,
  type UrgencyLevel,
  type Verdict,
  type VasLevel,
} from '../../../engine';

export type ReferralStatus = 'new' | 'in-review' | 'done';

export interface WorklistRow {
  id: string;
  name: string;
  /** Lower-cased name for search. */
  key: string;
  age: number | null;
  referralDate: string;
  referrer: string;
  reason: string;
  priority: string;
  status: ReferralStatus;
  urgency: UrgencyLevel;
  level: VasLevel;
  manipulation: Verdict;
}

export interface WorklistFilter {
  status: ReferralStatus | 'all';
  urgency: UrgencyLevel | 'all';
  level: VasLevel | 'all';
  search: string;
}
export type WorklistSort = 'triage' | 'referral-date' | 'name';

export const URGENCY_ORDER: Record<UrgencyLevel, number> = { emergency: 0, urgent: 1, none: 2 };
/** Triage order of suspicion: indeterminate before low (it may hide a higher level). */
export const LEVEL_ORDER: Record<VasLevel, number> = {
  confirmed: 0,
  high: 1,
  moderate: 2,
  indeterminate: 3,
  low: 4,
};

/** The assessment fields a worklist row needs. */
export interface Triage {
  urgency: UrgencyLevel;
  level: VasLevel;
  manipulation: Verdict;
}

export function triageOf(a: Assessment): Triage {
  return {
    urgency: a.urgency.level,
    level: a.vas.level,
    manipulation: a.modalities['cervical-manipulation'].verdict,
  };
}

export function worklistRow(c: CaseFile, t: Triage, today: string): WorklistRow {
  const name = c.patient?.name ?? c.id;
  const r = c.referral ?? {};
  return {
    id: c.id,
    name,
    key: name.toLowerCase(),
    age: c.patient?.birthDate ? ageOn(c.patient.birthDate, today) : null,
    referralDate: r.date ?? '',
    referrer: r.from ?? '',
    reason: r.reason ?? '',
    priority: r.priority ?? '',
    status: r.status ?? 'new',
    urgency: t.urgency,
    level: t.level,
    manipulation: t.manipulation,
  };
}

/** Default order: urgency, then suspicion, then oldest referral first (no date last). */
export function triageCompare(a: WorklistRow, b: WorklistRow): number {
  return (
    URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    compareDates(a.referralDate, b.referralDate) ||
    byKey(a, b)
  );
}

/** Plain code-unit order of lower-cased names: ~10× faster than localeCompare at 10,000 rows. */
function byKey(a: WorklistRow, b: WorklistRow): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function compareDates(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

const COMPARE: Record<WorklistSort, (a: WorklistRow, b: WorklistRow) => number> = {
  triage: triageCompare,
  'referral-date': (a, b) => compareDates(a.referralDate, b.referralDate) || triageCompare(a, b),
  name: (a, b) => byKey(a, b) || triageCompare(a, b),
};

export function filterAndSort(
  rows: readonly WorklistRow[],
  f: WorklistFilter,
  sort: WorklistSort,
): WorklistRow[] {
  const q = f.search.trim().toLowerCase();
  const out = rows.filter(
    (r) =>
      (f.status === 'all' || r.status === f.status) &&
      (f.urgency === 'all' || r.urgency === f.urgency) &&
      (f.level === 'all' || r.level === f.level) &&
      (q === '' || r.key.includes(q)),
  );
  return out.sort(COMPARE[sort]);
}
