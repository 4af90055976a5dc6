/**
 * Edits as changes: what one edit touched, field by field, so it can be applied to the latest
 * stored record instead of writing the whole case (two tabs editing different fields both
 * keep their answers). Pure; the repository applies them inside one IndexedDB transaction.
 *
 * A field is one finding (`findings.<id>`), one key of `patient` or `referral`, or any other
 * top-level key whole (`imaging`, `sessions`, `medications`...).
 */
import type { CaseFile } from '../../engine';

/** Sub-objects whose keys are separate fields. */
const SPLIT = ['findings', 'patient', 'referral'] as const;

export interface FieldChange {
  /** `['findings', 'nausea']`, `['patient', 'name']`, `['sessions']`. */
  path: readonly string[];
  /** The value before this edit, as this tab saw it (undefined: absent). */
  before: unknown;
  /** The value after (undefined: the key is removed). */
  after: unknown;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/** Structural equality of JSON values (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Obj)[k], own(b as Obj, k)));
}

/** The fields that differ between two versions of one case. */
export function diffCase(before: CaseFile, after: CaseFile): FieldChange[] {
  const changes: FieldChange[] = [];
  const b = before as Obj;
  const a = after as Obj;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  for (const key of keys) {
    const bv = own(b, key);
    const av = own(a, key);
    if (sameValue(bv, av)) continue;
    if (
      (SPLIT as readonly string[]).includes(key) &&
      (isObj(bv) || bv === undefined) &&
      (isObj(av) || av === undefined)
    ) {
      const bo = bv ?? {};
      const ao = av ?? {};
      for (const sub of new Set([...Object.keys(bo), ...Object.keys(ao)])) {
        const x = own(bo, sub);
        const y = own(ao, sub);
        if (!sameValue(x, y)) changes.push({ path: [key, sub], before: x, after: y });
      }
    } else changes.push({ path: [key], before: bv, after: av });
  }
  return changes;
}

const getAt = (o: Obj, path: readonly string[]): unknown =>
  path.length === 1
    ? own(o, path[0]!)
    : isObj(own(o, path[0]!))
      ? own(own(o, path[0]!) as Obj, path[1]!)
      : undefined;

/** Sets an own property even for keys like `__proto__` (plain assignment would set the prototype). */
const put = (o: Obj, k: string, v: unknown): void => {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
};

const show = (v: unknown): string =>
  v === undefined ? 'not answered' : JSON.stringify(v).slice(0, 60);

/**
 * Applies this tab's changes to the latest stored case (three-way, per field). A field the
 * other tab changed to something else meanwhile is a conflict: this tab's later answer is
 * kept, and the conflict names both values.
 */
export function applyChanges(
  latest: CaseFile,
  changes: readonly FieldChange[],
): { caseFile: CaseFile; conflicts: string[] } {
  const out: Obj = { ...(latest as Obj) };
  const conflicts: string[] = [];
  for (const ch of changes) {
    const current = getAt(out, ch.path);
    if (!sameValue(current, ch.before) && !sameValue(current, ch.after))
      conflicts.push(
        `${ch.path.join('.')}: another tab saved ${show(current)}, this tab saved ${show(ch.after)} (kept)`,
      );
    const [head, sub] = ch.path as [string, string | undefined];
    if (sub === undefined) {
      if (ch.after === undefined) delete out[head];
      else put(out, head, ch.after);
    } else {
      const parent: Obj = isObj(out[head]) ? { ...(out[head] as Obj) } : {};
      if (ch.after === undefined) delete parent[sub];
      else put(parent, sub, ch.after);
      put(out, head, parent);
    }
  }
  return { caseFile: out as CaseFile, conflicts };
}
