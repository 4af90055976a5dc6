/** Worklist filters, sort orders and search: pure functions, tested as such. */
import type { Modality, Verdict, VasLevel } from '../../../engine/model';
import {
  urgencyShown,
  type ReferralStatus,
  type WorklistRow,
  type WorklistUrgency,
} from '../../core/worklist-row';

// The row model lives in core (the worklist selectors build it); re-exported for the page.
export {
  triageOf,
  urgencyShown,
  worklistRow,
  type ReferralStatus,
  type Triage,
  type WorklistRow,
  type WorklistUrgency,
} from '../../core/worklist-row';

/** Short column names of the modalities on the worklist. */
export const MODALITY_SHORT: Record<Modality, string> = {
  'cervical-manipulation': 'Neck manipulation',
  'collar-zone-massage': 'Collar-zone massage',
  'back-massage': 'Back massage',
  'therapeutic-exercise': 'Exercise',
};

export const WORKLIST_URGENCIES: readonly WorklistUrgency[] = [
  'emergency',
  'urgent',
  'not-screened',
  'none',
];
export interface WorklistFilter {
  status: ReferralStatus | 'all';
  urgency: WorklistUrgency | 'all';
  level: VasLevel | 'all';
  /** The modality whose verdict is shown, filtered and sorted (default: neck manipulation). */
  modality?: Modality;
  verdict?: Verdict | 'all';
  search: string;
}
export type WorklistSort =
  | 'triage'
  | 'referral-date'
  | 'name'
  | 'age'
  | 'urgency'
  | 'level'
  | 'verdict'
  | 'status';
export type SortDirection = 'asc' | 'desc';

export const URGENCY_ORDER: Record<WorklistUrgency, number> = {
  emergency: 0,
  urgent: 1,
  'not-screened': 2,
  none: 3,
};
const VERDICT_ORDER: Record<Verdict, number> = {
  contraindicated: 0,
  'not-cleared': 1,
  caution: 2,
  clear: 3,
};
const STATUS_ORDER: Record<ReferralStatus, number> = { new: 0, 'in-review': 1, done: 2 };
/** Triage order of suspicion: indeterminate before low (it may hide a higher level). */
export const LEVEL_ORDER: Record<VasLevel, number> = {
  confirmed: 0,
  high: 1,
  moderate: 2,
  indeterminate: 3,
  low: 4,
};

/** Default order: urgency, then suspicion, then oldest referral first (no date last). */
export function triageCompare(a: WorklistRow, b: WorklistRow): number {
  return (
    URGENCY_ORDER[urgencyShown(a)] - URGENCY_ORDER[urgencyShown(b)] ||
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

type Compare = (a: WorklistRow, b: WorklistRow) => number;
/** The primary key of each sort; ties fall back to the triage order. */
const PRIMARY: Record<Exclude<WorklistSort, 'verdict'>, Compare> = {
  triage: () => 0,
  'referral-date': (a, b) => compareDates(a.referralDate, b.referralDate),
  name: byKey,
  age: (a, b) => (a.age ?? Infinity) - (b.age ?? Infinity),
  urgency: (a, b) => URGENCY_ORDER[urgencyShown(a)] - URGENCY_ORDER[urgencyShown(b)],
  level: (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level],
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
};

/** Each rows array (the selector's, memoised) in triage order, sorted once. */
const triageOrdered = new WeakMap<readonly WorklistRow[], readonly WorklistRow[]>();

/** `rows` sorted by triageCompare (stable), its urgency and level ranks computed once. */
function inTriageOrder(rows: readonly WorklistRow[]): readonly WorklistRow[] {
  const hit = triageOrdered.get(rows);
  if (hit) return hit;
  const n = rows.length;
  const rank = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    rank[i] = URGENCY_ORDER[urgencyShown(r)] * 8 + LEVEL_ORDER[r.level];
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) =>
      rank[i]! - rank[j]! ||
      compareDates(rows[i]!.referralDate, rows[j]!.referralDate) ||
      byKey(rows[i]!, rows[j]!),
  );
  const sorted = order.map((i) => rows[i]!);
  triageOrdered.set(rows, sorted);
  return sorted;
}

/**
 * The rows kept by `f`, sorted by `sort` then the triage order. Filtering the triage-ordered
 * rows (memoised per rows array) and a stable sort by the primary key alone give the same
 * order as sorting by `primary || triageCompare`, without running triageCompare again.
 */
export function filterAndSort(
  rows: readonly WorklistRow[],
  f: WorklistFilter,
  sort: WorklistSort,
  dir: SortDirection = 'asc',
): WorklistRow[] {
  const q = f.search.trim().toLowerCase();
  const modality = f.modality ?? 'cervical-manipulation';
  const v = f.verdict ?? 'all';
  const out = inTriageOrder(rows).filter(
    (r) =>
      (f.status === 'all' || r.status === f.status) &&
      (f.urgency === 'all' || urgencyShown(r) === f.urgency) &&
      (f.level === 'all' || r.level === f.level) &&
      (v === 'all' || r.verdicts[modality] === v) &&
      (q === '' || r.key.includes(q)),
  );
  const primary: Compare =
    sort === 'verdict'
      ? (a, b) => VERDICT_ORDER[a.verdicts[modality]] - VERDICT_ORDER[b.verdicts[modality]]
      : PRIMARY[sort];
  if (sort === 'triage') return out;
  const sign = dir === 'desc' ? -1 : 1;
  return out.sort((a, b) => sign * primary(a, b));
}
