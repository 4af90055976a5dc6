/**
 * Ids for new patients. `case-007` is followed by `case-008`, `case-009`…; any other id
 * `x` by `x-2`, `x-3`…. The store refuses an id already taken (another tab or clinician
 * created a patient at the same moment) and takes the next free one in this order.
 */
export function* idsFrom(id: string): Generator<string, never> {
  const m = /^(.*?)(\d+)$/.exec(id);
  if (m && m[1]!.endsWith('-')) {
    const [, stem, digits] = m as unknown as [string, string, string];
    for (let n = Number(digits); ; n++) yield `${stem}${String(n).padStart(digits.length, '0')}`;
  }
  yield id;
  for (let n = 2; ; n++) yield `${id}-${n}`;
}

/** The first id from `id` on (itself included) that `taken` does not hold. */
export function firstFreeId(id: string, taken: (id: string) => boolean): string {
  for (const candidate of idsFrom(id)) if (!taken(candidate)) return candidate;
  throw new Error('unreachable');
}

/** The next `count` candidates from `id` on (itself first). */
export function candidateIds(id: string, count: number): string[] {
  const out: string[] = [];
  for (const candidate of idsFrom(id)) {
    if (out.length === count) break;
    out.push(candidate);
  }
  return out;
}

/** The id a new patient is offered: `case-NNN` after the patients this tab knows. */
export function newCaseId(known: ReadonlySet<string>): string {
  return firstFreeId(`case-${String(known.size + 1).padStart(3, '0')}`, (id) => known.has(id));
}
