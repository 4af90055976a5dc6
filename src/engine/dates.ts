/** Calendar-date helpers on ISO YYYY-MM-DD strings, in UTC so time zones never shift a day. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const memo = new Map<string, number | null>();

/** Day number since 1970-01-01, or null when the string is not a real calendar date. */
export function dayNumber(date: string): number | null {
  let n = memo.get(date);
  if (n === undefined) {
    n = parseDay(date);
    if (memo.size > 20_000) memo.clear();
    memo.set(date, n);
  }
  return n;
}

function parseDay(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    return null;
  }
  return Math.round(ms / DAY_MS);
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== null;
}

/** Whole days from `from` to `to` (positive when `to` is later); null if either is invalid. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** Age in whole years on `on`. */
export function ageOn(birthDate: string, on: string): number | null {
  if (dayNumber(birthDate) === null || dayNumber(on) === null) return null;
  const by = Number(birthDate.slice(0, 4));
  const bm = Number(birthDate.slice(5, 7));
  const bd = Number(birthDate.slice(8, 10));
  const y = Number(on.slice(0, 4));
  const m = Number(on.slice(5, 7));
  const d = Number(on.slice(8, 10));
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age;
}

/** Today's date in the local calendar as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The date `days` after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  const n = dayNumber(date);
  if (n === null) throw new RangeError(`not a date: ${date}`);
  return new Date((n + days) * DAY_MS).toISOString().slice(0, 10);
}
