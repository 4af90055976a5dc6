/**
 * A tiny in-memory FHIR server behind the `FhirHttp` seam, for unit tests in the browser:
 * search by type (and subject / patient), batch of GETs, transactions of PUT / DELETE with
 * If-Match (412, nothing applied). The real behaviour is checked against Medplum in e2e.
 */
import type { Bundle, BundleEntry, Resource } from 'fhir/r4';
import type { FhirHttp } from '../fhir-store';

export class FakeFhir implements FhirHttp {
  readonly resources = new Map<string, Resource>();
  /** Every write request (method and url), in order. */
  readonly writes: { method: string; url: string; ifMatch?: string }[] = [];
  private version = 0;

  constructor(readonly base = 'http://fake.test/fhir') {}

  /** Stores a resource as if another client wrote it (new version). */
  put(r: Resource): Resource {
    if (!r.id) r = { ...r, id: `gen-${this.version + 1}` };
    const stored = { ...r, meta: { ...(r.meta ?? {}), versionId: String(++this.version) } };
    this.resources.set(`${r.resourceType}/${r.id}`, stored);
    return stored;
  }

  async request<T>(o: { url: string; method?: string; body?: string }): Promise<T> {
    if ((o.method ?? 'GET') === 'POST') return this.bundle(JSON.parse(o.body ?? '{}')) as T;
    return this.get(o.url) as T;
  }

  private get(url: string): Bundle | Resource {
    const [path, q = ''] = url.replace(`${this.base}/`, '').split('?');
    if (path!.includes('/')) {
      const r = this.resources.get(path!);
      if (!r) throw Object.assign(new Error('Not found'), { status: 404 });
      return r;
    }
    const params = new URLSearchParams(q);
    const ref = params.get('subject') ?? params.get('patient');
    const offset = Number(params.get('_offset') ?? 0);
    const count = Number(params.get('_count') ?? 100);
    const all = [...this.resources.values()].filter((r) => {
      if (r.resourceType !== path) return false;
      const x = r as { subject?: { reference?: string }; patient?: { reference?: string } };
      return !ref || (x.subject ?? x.patient)?.reference === ref;
    });
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      total: all.length,
      entry: all.slice(offset, offset + count).map((resource) => ({ resource })),
    } as Bundle;
  }

  private bundle(b: Bundle): Bundle {
    const entries = b.entry ?? [];
    if (b.type === 'transaction')
      for (const e of entries) {
        const current = this.resources.get(e.request!.url);
        const want = /W\/"([^"]+)"/.exec(e.request?.ifMatch ?? '')?.[1];
        if (want && current?.meta?.versionId !== want)
          throw Object.assign(new Error('Precondition Failed'), { status: 412 });
      }
    const out: BundleEntry[] = entries.map((e) => {
      const { method, url, ifMatch } = e.request!;
      if (method === 'GET') {
        try {
          return { response: { status: '200' }, resource: this.get(url) as never };
        } catch {
          return { response: { status: '404' } };
        }
      }
      if (method === 'POST')
        return { response: { status: '201' }, resource: this.put(e.resource!) as never };
      this.writes.push({ method, url, ...(ifMatch ? { ifMatch } : {}) });
      if (method === 'DELETE') {
        this.resources.delete(url);
        return { response: { status: '204' } };
      }
      return { response: { status: '200' }, resource: this.put(e.resource!) as never };
    });
    return { resourceType: 'Bundle', type: `${b.type}-response` as Bundle['type'], entry: out };
  }
}
