import type { Bundle, BundleEntry, Observation, OperationOutcome, Resource } from 'fhir/r4';
import { assess, demoCases, type CaseFile } from '../../../../engine';
import { caseToResources, keyOf, patientIdOf, READ_TYPES } from './case-resources';
import { FhirStore, READ_MAX_PAGES, type FhirHttp } from './fhir-store';
import { FakeFhir } from './testing/fake-fhir';

const TODAY = '2026-11-20';
type Options = Parameters<FhirHttp['request']>[0];
const outcome: OperationOutcome = {
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code: 'exception' }],
};

/**
 * A server that pages as HAPI and Epic do: at most `cap` resources a page whatever `_count`
 * asks, the next page behind an opaque `next` link (HAPI's `_getpages`), no `total` (only the
 * link says there is more). `endless`: every page links to one more. `failing`: the searches
 * of that type in a batch answer 500.
 */
class PagingServer implements FhirHttp {
  /** The GETs of further pages, in order. */
  readonly gets: string[] = [];
  private readonly tokens = new Map<string, { search: string; offset: number }>();

  constructor(
    readonly fake: FakeFhir,
    readonly cap: number,
    readonly opts: {
      endless?: boolean;
      failing?: string;
      noLinks?: boolean;
      /** Where the next links point (a proxy's own host, or an attacker's). */
      linkBase?: string;
    } = {},
  ) {}

  async request<T>(o: Options): Promise<T> {
    if ((o.method ?? 'GET') === 'POST') {
      const batch = JSON.parse(o.body ?? '{}') as Bundle;
      const res = await this.fake.request<Bundle>(o);
      if (batch.type !== 'batch') return res as T;
      const entry = await Promise.all(
        (res.entry ?? []).map(async (e, i): Promise<BundleEntry> => {
          const url = batch.entry?.[i]?.request?.url ?? '';
          if (!url.includes('?')) return e;
          if (url.split('?')[0] === this.opts.failing)
            return { response: { status: '500' }, resource: outcome };
          return { response: { status: '200' }, resource: await this.page(url, 0) };
        }),
      );
      return { ...res, entry } as T;
    }
    this.gets.push(o.url);
    const query = new URL(o.url, this.fake.base).searchParams;
    const at = this.tokens.get(query.get('_getpages') ?? '');
    if (at) return (await this.page(at.search, at.offset)) as T;
    return (await this.page(o.url, Number(query.get('_offset') ?? 0))) as T;
  }

  private async page(search: string, offset: number): Promise<Bundle> {
    const [type, q = ''] = search.replace(`${this.fake.base}/`, '').split('?');
    const params = new URLSearchParams(q);
    params.set('_count', String(this.cap));
    params.set('_offset', String(offset));
    const all = await this.fake.request<Bundle>({ url: `${type}?${params}` });
    const { total, ...page } = all;
    const more = this.opts.endless || offset + this.cap < (total ?? 0);
    if (this.opts.noLinks) return all;
    if (!more) return page;
    const token = `t${this.tokens.size + 1}`;
    this.tokens.set(token, { search, offset: offset + this.cap });
    const at = this.opts.linkBase ?? this.fake.base;
    return { ...page, link: [{ relation: 'next', url: `${at}?_getpages=${token}` }] };
  }
}

/** A vital sign another system wrote for the patient (no app tag, nothing the engine reads). */
const vital = (pid: string, i: number): Observation => ({
  resourceType: 'Observation',
  id: `${pid}-pulse-${i}`,
  status: 'final',
  category: [
    {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/observation-category',
          code: 'vital-signs',
        },
      ],
    },
  ],
  code: { coding: [{ system: 'http://loinc.org', code: '8867-4', display: 'Heart rate' }] },
  subject: { reference: `Patient/${pid}` },
  valueQuantity: { value: 60 + (i % 30), unit: '/min' },
});

describe('FhirStore: searches answered in pages', () => {
  let fake: FakeFhir;
  /** demo-03: diplopia and dysarthria since 3 days, an emergency. */
  let c: CaseFile;
  let pid: string;

  /** The server holds `vitals` vital signs first, then the case (its red flags come after). */
  const seed = (vitals: number): void => {
    fake = new FakeFhir();
    c = demoCases(TODAY).find((x) => x.id === 'demo-03')!;
    pid = patientIdOf(c.id);
    const resources = caseToResources(c);
    fake.put(resources.find((r) => r.resourceType === 'Patient')!);
    for (let i = 0; i < vitals; i++) fake.put(vital(pid, i));
    for (const r of resources) if (r.resourceType !== 'Patient') fake.put(r);
  };
  const keys = (rs: readonly Resource[]): string[] => rs.map(keyOf).sort();

  it('a search of two pages (a next link): the read gives both pages, the red flag on page 2 counts', async () => {
    seed(60);
    const server = new PagingServer(fake, 50);
    const read = await new FhirStore(server, fake.base).read(pid);
    expect(server.gets.length).withContext('the next link was followed').toBeGreaterThan(0);
    expect(keys(read!.resources)).toEqual(keys([...fake.resources.values()]));
    expect(read!.problems).toEqual([]);
    const unpaged = await new FhirStore(fake, fake.base).read(pid);
    expect(read!.caseFile).toEqual(unpaged!.caseFile);
    expect(assess(read!.caseFile!).urgency.level).toBe('emergency');
  });

  it("an EHR's intake form, visit reasons and radiology notes are read with the case", async () => {
    seed(0);
    const subject = { reference: `Patient/${pid}` };
    fake.put({
      resourceType: 'QuestionnaireResponse',
      id: 'intake',
      status: 'completed',
      subject,
      item: [{ linkId: 'syncope', text: 'Fainting?', answer: [{ valueBoolean: true }] }],
    } as Resource);
    fake.put({
      resourceType: 'Encounter',
      id: 'visit',
      status: 'finished',
      class: { code: 'EMER' },
      subject,
      reasonCode: [{ text: 'Thunderclap headache' }],
    } as Resource);
    const read = await new FhirStore(fake, fake.base).read(pid);
    expect(keys(read!.resources)).toContain('QuestionnaireResponse/intake');
    expect(read!.caseFile!.findings['syncope']).toBeTrue();
    expect(read!.caseFile!.findings['sudden-severe-headache']).toBeTrue();
  });

  it('every search of the batch is followed to its end (small pages of every type)', async () => {
    seed(0);
    const server = new PagingServer(fake, 3);
    const read = await new FhirStore(server, fake.base).read(pid);
    expect(keys(read!.resources)).toEqual(keys([...fake.resources.values()]));
    expect(assess(read!.caseFile!)).toEqual(assess(c));
  });

  it(`more than ${READ_MAX_PAGES} pages: the read fails naming the type, never a partial read`, async () => {
    seed(60);
    const read = new FhirStore(new PagingServer(fake, 1), fake.base).read(pid);
    await expectAsync(read).toBeRejectedWithError(
      new RegExp(`^Observation: .*past ${READ_MAX_PAGES} pages`),
    );
  });

  it('a server whose next links never end: the read fails after the cap, it does not hang', async () => {
    seed(0);
    const server = new PagingServer(fake, 1000, { endless: true });
    await expectAsync(new FhirStore(server, fake.base).read(pid)).toBeRejectedWithError(
      new RegExp(`^Observation: .*past ${READ_MAX_PAGES} pages`),
    );
    expect(server.gets.length).toBeLessThanOrEqual(READ_TYPES.length * (READ_MAX_PAGES - 1));
  });

  it('a search the batch did not answer (500) fails the read, naming the type', async () => {
    seed(0);
    const server = new PagingServer(fake, 1000, { failing: 'Condition' });
    await expectAsync(new FhirStore(server, fake.base).read(pid)).toBeRejectedWithError(
      /^Condition: the server did not answer the search for Patient\/.* \(500\)/,
    );
  });

  it('capped pages with a total but no next link: the rest is read by _offset', async () => {
    seed(60);
    const server = new PagingServer(fake, 25, { noLinks: true });
    const read = await new FhirStore(server, fake.base).read(pid);
    expect(keys(read!.resources)).toEqual(keys([...fake.resources.values()]));
    expect(server.gets.every((u) => u.includes('_offset='))).toBeTrue();
  });

  it('a next link to another server is not followed (the access would go with it): the read fails', async () => {
    seed(60);
    for (const elsewhere of [
      'http://evil.test/fhir',
      'http:evil.test/fhir',
      'https://fake.test/fhir',
      'http://fake.test/other',
    ]) {
      const server = new PagingServer(fake, 25, { linkBase: elsewhere });
      await expectAsync(new FhirStore(server, fake.base).read(pid))
        .withContext(elsewhere)
        .toBeRejectedWithError(
          /^\w+: the server's next page is on another server \(.*\); not followed/,
        );
      expect(server.gets).withContext(elsewhere).toEqual([]);
    }
    const relative = new PagingServer(fake, 25, { linkBase: '' });
    const read = await new FhirStore(relative, fake.base).read(pid);
    expect(keys(read!.resources)).toEqual(keys([...fake.resources.values()]));
  });

  it('readAll (searchAll) follows next links too, and fails past its page cap', async () => {
    seed(60);
    const store = new FhirStore(new PagingServer(fake, 7), fake.base);
    const [all] = await store.readAll();
    expect(keys(all!.resources)).toEqual(keys([...fake.resources.values()]));
    const endless = new FhirStore(new PagingServer(fake, 7, { endless: true }), fake.base);
    await expectAsync(endless.searchAll('Observation', {}, 7, 5)).toBeRejectedWithError(
      /^Observation: .*past 5 pages/,
    );
  });
});
