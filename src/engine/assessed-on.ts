/**
 * Case files whose `assessedOn` validation filled in with today (the file had none): the
 * engine then warns itself (FS-8, `assessed-on-missing`), so that no caller can drop the
 * warning by not passing it on. A weak set: it keeps nothing alive and adds nothing to the
 * case file. A copy of the value is no longer marked (the caller then passes the option).
 */
const filledIn = new WeakSet<object>();

export function markAssessedOnFilledIn(c: object): void {
  filledIn.add(c);
}

export function assessedOnFilledIn(c: object): boolean {
  return filledIn.has(c);
}
