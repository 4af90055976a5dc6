/** Worklist rows, their triage order, filters and search: pure functions, tested as such. */
import { ageOn } from '../../../engine/dates';
import type {
  Assessment,
  CaseFile,
  Modality,
  UrgencyLevel,
  Verdict,
  VasLevel,
} from '../../../engine/model';

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
  /** The verdict of each modality (the worklist filters and sorts by the one chosen). */
  verdicts: Record<Modality, Verdict>;
  /** Every red flag answered; "none" with unasked red flags reads "not screened". */
  screened: boolean;
}

/** Short column names of the modalities on the worklist. */
export const MODALITY_SHORT: Record<Modality, string> = {
  'cervical-manipulation': 'Neck manipulation',
  'collar-zone-massage': 'Collar-zone massage',
  'back-massage': 'Back massage',
  'therapeutic-exercise': 'Exercise',
};

/** Urgency as the worklist shows it: never a green "none" when red flags were not asked. */
export type WorklistUrgency = UrgencyLevel | 'not-screened';
export const WORKLIST_URGENCIES: readonly WorklistUrgency[] = [
  'emergency',
  'urgent',
  'not-screened',
  'none',
];
export function urgencyShown(r: Pick<WorklistRow, 'urgency' | 'screened'>): WorklistUrgency {
  return r.urgency === 'none' && !r.screened ? 'not-screened' : r.urgency;
}

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

/** The assessment fields a worklist row needs. */
export interface Triage {
  urgency: UrgencyLevel;
  level: VasLevel;
  manipulation: Verdict;
  /** False when red flags are unasked (urgency `missing`); absent in old stored summaries. */
  screened?: boolean;
  /** Every modality's verdict; absent in old stored summaries. */
  verdicts?: Record<Modality, Verdict>;
}

export function triageOf(a: Assessment): Triage {
  return {
    urgency: a.urgency.level,
    level: a.vas.level,
    manipulation: a.modalities['cervical-manipulation'].verdict,
    screened: (a.urgency.missing ?? []).length === 0,
    verdicts: {
      'cervical-manipulation': a.modalities['cervical-manipulation'].verdict,
      'collar-zone-massage': a.modalities['collar-zone-massage'].verdict,
      'back-massage': a.modalities['back-massage'].verdict,
      'therapeutic-exercise': a.modalities['therapeutic-exercise'].verdict,
    },
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
    screened: t.screened ?? false,
    verdicts: t.verdicts ?? {
      'cervical-manipulation': t.manipulation,
      'collar-zone-massage': 'not-cleared',
      'back-massage': 'not-cleared',
      'therapeutic-exercise': 'not-cleared',
    },
  };
}

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

export function filterAndSort(
  rows: readonly WorklistRow[],
  f: WorklistFilter,
  sort: WorklistSort,
  dir: SortDirection = 'asc',
): WorklistRow[] {
  const q = f.search.trim().toLowerCase();
  const modality = f.modality ?? 'cervical-manipulation';
  const v = f.verdict ?? 'all';
  const out = rows.filter(
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
  const sign = dir === 'desc' ? -1 : 1;
  return out.sort((a, b) => sign * primary(a, b) || triageCompare(a, b));
}
