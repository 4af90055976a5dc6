/**
 * Checks for fast-check properties. A Jasmine `expect` inside `fc.property` records a failure
 * but does not throw, so fast-check neither shrinks nor prints the failing case; these throw.
 */

/** Throws `message` (a function, so that it is only built on failure) unless `ok`. */
export function must(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** Plain data (JSON-like) equal by value, whatever the order of object keys (a key set to
 * `undefined` is not a missing key, as in Jasmine's `toEqual`). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  return (
    ka.length === Object.keys(rb).length &&
    ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameData(ra[k], rb[k]))
  );
}

/** The first path at which two values differ, for a failure message. */
export function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (sameData(a, b)) return '';
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
      const d = firstDifference(ra[k], rb[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path || '(root)'}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
