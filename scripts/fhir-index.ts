/**
 * The FHIR test server's repository: Medplum's in-memory repository with an index on token
 * and reference search parameters, as a database-backed server (HAPI JPA, Medplum on
 * Postgres) has. Without it every search evaluates its FHIRPath on every resource of the type
 * (10,000 RiskAssessments: 0.1-0.7 s a search on a loaded 2-core machine).
 *
 * The index only narrows the candidates: each one is still checked by Medplum's own
 * `matchesSearchRequest`, in the repository's order, so the answers are those of the linear
 * scan. A filter it cannot narrow (another operator, a value shape it does not know, a sort)
 * falls back to the scan. Indexes are built on a parameter's first search and kept up to date
 * on every write after that.
 */
import {
  evalFhirPath,
  globalSchema,
  matchesSearchRequest,
  type SearchRequest,
  type WithId,
} from '@medplum/core';
import { MemoryRepository } from '@medplum/fhir-router';
import type { Bundle, Resource } from '@medplum/fhirtypes';

type Keys = Set<string>;
interface Index {
  byKey: Map<string, Set<string>>;
  keysOf: Map<string, Keys>;
  /** Resources whose values had a shape the index does not know: always candidates. */
  unknown: Set<string>;
}

const lc = (v: unknown): string => String(v).toLowerCase();
/** A plain member path (no functions, no choice-type casts). */
const PLAIN = /^[A-Za-z]+(\.[A-Za-z]+)+$/;

/**
 * The values at a plain member path (`RiskAssessment.prediction.qualitativeRisk`) read from
 * the JSON directly (FHIRPath costs ~50 µs a resource); anything else, or nothing found (a
 * choice element), through FHIRPath.
 */
function valuesOf(resource: Resource, expression: string): unknown[] {
  if (PLAIN.test(expression)) {
    const [type, ...path] = expression.split('.');
    if (type === resource.resourceType) {
      let at: unknown[] = [resource];
      let plain = true;
      for (const key of path) {
        const choice = new RegExp(`^${key}[A-Z]`);
        const next: unknown[] = [];
        for (const x of at) {
          const o = x as Record<string, unknown> | null;
          const v = o?.[key];
          if (v !== undefined) next.push(...(Array.isArray(v) ? v : [v]));
          // A choice element (value[x]) is FHIRPath's to read.
          else if (o && typeof o === 'object' && Object.keys(o).some((k) => choice.test(k)))
            plain = false;
        }
        at = next;
      }
      if (plain) return at;
    }
  }
  return evalFhirPath(expression, resource) as unknown[];
}

/** Index keys of one resource for one parameter, or null when a value is not understood. */
function keysOf(resource: Resource, expression: string, type: string): Keys | null {
  const keys: Keys = new Set();
  for (const v of valuesOf(resource, expression)) {
    if (v === null || v === undefined) continue;
    if (type === 'reference') {
      const ref = (v as { reference?: unknown }).reference;
      if (typeof v === 'string') keys.add(v);
      else if (typeof ref === 'string') keys.add(ref);
      else return null;
      continue;
    }
    const codings: unknown[] =
      typeof v === 'object' && Array.isArray((v as { coding?: unknown }).coding)
        ? (v as { coding: unknown[] }).coding
        : [v];
    for (const c of codings) {
      if (typeof c === 'string' || typeof c === 'boolean' || typeof c === 'number') {
        keys.add(`|${lc(c)}`);
        continue;
      }
      const x = c as { system?: unknown; code?: unknown; value?: unknown };
      const code = x.code ?? x.value;
      if (typeof code !== 'string') return null;
      keys.add(`${x.system === undefined ? '' : lc(x.system)}|${lc(code)}`);
    }
  }
  return keys;
}

/** The index keys a filter value may match, or null when the index cannot narrow it. */
function wanted(value: string, type: string): string[] | null {
  const out: string[] = [];
  for (const one of value.split(',')) {
    if (type === 'reference') {
      if (!one.includes('/')) return null;
      out.push(one);
      continue;
    }
    const bar = one.indexOf('|');
    if (bar < 0) return null; // any system: not narrowed
    const [system, code] = [one.slice(0, bar), one.slice(bar + 1)];
    if (!code) return null;
    out.push(`${lc(system)}|${lc(code)}`);
  }
  return out;
}

export class IndexedMemoryRepository extends MemoryRepository {
  private readonly indexes = new Map<string, Index>();

  override clear(): void {
    super.clear();
    this.indexes.clear();
  }

  override async createResource<T extends Resource>(resource: T): Promise<WithId<T>> {
    const out = await super.createResource(resource);
    // Parameters read by a plain path are indexed as resources are written (cheap), as a
    // database indexes on insert; the others on their first search.
    for (const [code, sp] of plainParams(out.resourceType))
      this.indexOf(out.resourceType, code, sp.expression, sp.type);
    for (const [name, index] of this.indexes) {
      const [type, code] = name.split(' ') as [string, string];
      if (type === out.resourceType) this.put(index, out, code);
    }
    return out;
  }

  override async deleteResource(type: string, id: string): Promise<void> {
    await super.deleteResource(type, id);
    for (const [name, index] of this.indexes) if (name.startsWith(`${type} `)) drop(index, id);
  }

  override async search<T extends Resource>(req: SearchRequest<T>): Promise<Bundle<WithId<T>>> {
    const narrowed = req.sortRules?.length ? null : this.candidates(req);
    if (!narrowed) return super.search(req);
    const { ids, exact, unknown } = narrowed;
    const all = this.stored<T>(req.resourceType);
    const matched: WithId<T>[] = [];
    // Every filter answered exactly by the index: only the resources it could not read are
    // checked by Medplum's matcher; otherwise every candidate is.
    for (const r of all?.values() ?? [])
      if (ids.has(r.id) && ((exact && !unknown.has(r.id)) || matchesSearchRequest(r, req)))
        matched.push(r);
    let page = matched;
    if (req.offset !== undefined) page = page.slice(req.offset);
    if (req.count !== undefined) page = page.slice(0, req.count);
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: page.length ? page.map((r) => ({ resource: structuredClone(r) })) : undefined,
      total: matched.length,
    };
  }

  /**
   * Ids that may match every indexable filter (intersection), or null: scan. `exact` when every
   * filter was answered by the index (then only `unknown` ids need the matcher).
   */
  private candidates(
    req: SearchRequest,
  ): { ids: Set<string>; exact: boolean; unknown: Set<string> } | null {
    let out: Set<string> | null = null;
    let exact = true;
    const unknown = new Set<string>();
    for (const f of req.filters ?? []) {
      const sp = globalSchema.types[req.resourceType]?.searchParams?.[f.code];
      const keys =
        f.operator === 'eq' &&
        f.code !== '_compartment' &&
        sp?.expression &&
        (sp.type === 'token' || sp.type === 'reference')
          ? wanted(f.value, sp.type)
          : null;
      if (!keys || !sp?.expression) {
        exact = false;
        continue;
      }
      const index = this.indexOf(req.resourceType, f.code, sp.expression, sp.type);
      const ids = new Set(index.unknown);
      for (const id of index.unknown) unknown.add(id);
      for (const k of keys) for (const id of index.byKey.get(k) ?? []) ids.add(id);
      // `id` typed: inferred inside this self-referencing assignment in a loop, TypeScript
      // (5.9) takes it as `never`.
      out = out === null ? ids : new Set([...out].filter((id: string) => ids.has(id)));
    }
    return out === null ? null : { ids: out, exact, unknown };
  }

  private indexOf(type: string, code: string, expression: string, spType: string): Index {
    const name = `${type} ${code}`;
    let index = this.indexes.get(name);
    if (index) return index;
    index = { byKey: new Map(), keysOf: new Map(), unknown: new Set() };
    this.indexes.set(name, index);
    for (const r of this.stored(type)?.values() ?? []) this.put(index, r, code, expression, spType);
    return index;
  }

  /**
   * The repository's own store of one type (id -> resource). MemoryRepository keeps it in a
   * private `resources` field (Map<resourceType, Map<id, resource>>) and has no public way to
   * list a type without a search, which is what this class replaces: the one cast to reach it.
   */
  private stored<T extends Resource = Resource>(type: string): Map<string, WithId<T>> | undefined {
    const repo = this as unknown as { resources: Map<string, Map<string, WithId<T>>> };
    return repo.resources.get(type);
  }

  private put(
    index: Index,
    r: WithId<Resource>,
    code: string,
    expression?: string,
    spType?: string,
  ): void {
    const sp = globalSchema.types[r.resourceType]?.searchParams?.[code];
    const keys = keysOf(r, expression ?? sp?.expression ?? '', spType ?? sp?.type ?? 'token');
    drop(index, r.id);
    if (keys === null) {
      index.unknown.add(r.id);
      return;
    }
    index.keysOf.set(r.id, keys);
    for (const k of keys) {
      let ids = index.byKey.get(k);
      if (!ids) index.byKey.set(k, (ids = new Set()));
      ids.add(r.id);
    }
  }
}

const plainCache = new Map<string, [string, { expression: string; type: string }][]>();
/** The token and reference parameters of a type whose expression is a plain member path. */
function plainParams(type: string): [string, { expression: string; type: string }][] {
  let out = plainCache.get(type);
  if (!out) {
    out = Object.entries(globalSchema.types[type]?.searchParams ?? {})
      .filter(
        ([code, sp]) =>
          code !== '_compartment' &&
          (sp.type === 'token' || sp.type === 'reference') &&
          PLAIN.test(sp.expression ?? ''),
      )
      .map(([code, sp]) => [code, { expression: sp.expression!, type: sp.type! }]);
    plainCache.set(type, out);
  }
  return out;
}

function drop(index: Index, id: string): void {
  index.unknown.delete(id);
  for (const k of index.keysOf.get(id) ?? []) index.byKey.get(k)?.delete(id);
  index.keysOf.delete(id);
}
