/**
 * Reads and writes one clinic's FHIR R4 server for the connected mode. Pure TypeScript: the
 * HTTP goes through `FhirHttp`, which a fhirclient `Client` satisfies (browser) and the
 * node-level tests adapt. No Angular here, so the round-trip tests run it against the server.
 */
import type { Bundle, BundleEntry, FhirResource, Provenance, Resource } from 'fhir/r4';
import { onServer, originOf, type CaseFile } from '../../../../engine';
import {
  APP_TAG,
  EHR_TYPES,
  READ_TYPES,
  caseToResources,
  isAppWritten,
  keyOf,
  PATIENT_PARAM,
  resourcesToCase,
  sameContent,
  transactionsOf,
} from './case-resources';

/** The part of fhirclient's `Client` this store uses. */
export interface FhirHttp {
  request<T = unknown>(options: {
    url: string;
    method?: string;
    body?: string;
    headers?: Record<string, string>;
    /** Aborts a request the server is too slow to answer (fhirclient passes it to fetch). */
    signal?: AbortSignal;
  }): Promise<T>;
}

import { FhirConflictError } from './fhir-conflict';
import { missingMedications, readMedications } from './fhir-medications';
export { CHANGED_ELSEWHERE, FhirConflictError } from './fhir-conflict';

/** Resource key → versionId, as read. */
export type Versions = Map<string, string>;

export interface ReadPatient {
  pid: string;
  resources: Resource[];
  versions: Versions;
  /** The case as read, or why it could not be read (reported, not dropped). */
  caseFile: CaseFile | null;
  problems: string[];
  warnings: string[];
}

const PAGE = 200;
/** Page size asked for in a patient's read; servers may answer with smaller pages. */
const READ_PAGE = 1000;
/**
 * Pages one search of a patient's read may take (50 x a server's cap of 100 or more is 5,000
 * resources of one type). Beyond it the read fails: a partial read would leave data out unseen.
 */
export const READ_MAX_PAGES = 50;
/** Pages one search of `readAll` may take (every patient's resources of one type). */
export const LIST_MAX_PAGES = 10_000;
/** Writes per transaction: Medplum allows 50, one is the Provenance. */
const CHUNK = 49;
const SYS_DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';
const SYS_PARTICIPANT = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
const uuid = (): string =>
  globalThis.crypto?.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (ch) =>
    (Number(ch) ^ ((Math.random() * 16) >> (Number(ch) / 4))).toString(16),
  );
const statusOf = (e: unknown): number | undefined =>
  (e as { status?: number; statusCode?: number } | null)?.status ??
  (e as { statusCode?: number } | null)?.statusCode;

export class FhirStore {
  constructor(
    private readonly http: FhirHttp,
    private readonly base: string,
    /** Who is writing (Settings now, the launch context later); recorded in a Provenance. */
    private readonly author: () => string | null = () => null,
    /** The author's FHIR resource (SMART `fhirUser`, e.g. `Practitioner/x`), when known. */
    private readonly authorReference: () => string | null = () => null,
  ) {}

  /**
   * Every page of a search: follows `next` links, or `_offset` when the server sends none.
   * Fails, naming the type, past `maxPages` pages (never a silent partial list).
   */
  async searchAll(
    type: string,
    params: Record<string, string> = {},
    pageSize = PAGE,
    maxPages = LIST_MAX_PAGES,
  ): Promise<Resource[]> {
    const query = new URLSearchParams({ ...params, _count: String(pageSize) });
    const first = await this.http.request<Bundle>({ url: `${type}?${query}` });
    return this.pagesFrom(first, type, query, maxPages);
  }

  /**
   * The matches of a search from its first page to its last: `next` links, or `_offset` of
   * `query` when the server sends none. A page that is no Bundle, or more than `maxPages`
   * pages, fail the read with the type named: missing data must never read as absent.
   */
  private async pagesFrom(
    first: Bundle,
    type: string,
    query: URLSearchParams,
    maxPages: number,
  ): Promise<Resource[]> {
    const pageSize = Number(query.get('_count'));
    const out: Resource[] = [];
    let page: Bundle | undefined = first;
    for (let pages = 1, offset = 0; ; pages++) {
      if (page?.resourceType !== 'Bundle')
        throw new Error(`${type}: page ${pages} of the search is not a Bundle; nothing was read`);
      const got = (page.entry ?? []).map((e) => e.resource).filter((r): r is FhirResource => !!r);
      out.push(...got.filter((r) => r.resourceType === type));
      offset += got.length;
      let url: string | null = page.link?.find((l) => l.relation === 'next')?.url ?? null;
      const more =
        got.length > 0 && (page.total === undefined ? got.length >= pageSize : offset < page.total);
      if (!url && more) {
        query.set('_offset', String(offset));
        url = `${type}?${query}`;
      }
      if (!url) return out;
      // The link as resolved here is what is fetched ("https:evil.example/x" is no relative link).
      const href = onServer(this.base, url);
      if (!href)
        throw new Error(
          `${type}: the server's next page is on another server (${originOf(url)}); ` +
            `not followed (it would be sent the access), nothing was read`,
        );
      if (pages >= maxPages)
        throw new Error(
          `${type}: the server's search results run past ${maxPages} pages; ` +
            `not read at all rather than read in part`,
        );
      page = await this.http.request<Bundle | undefined>({ url: href });
    }
  }

  /** Every patient on the server with its case resources, grouped by patient. */
  async readAll(): Promise<ReadPatient[]> {
    const [patients, ...byType] = await Promise.all([
      this.searchAll('Patient'),
      ...READ_TYPES.map((t) =>
        // An EHR's own types the grant or the server does not allow: listed without them.
        (EHR_TYPES as readonly string[]).includes(t)
          ? this.searchAll(t).catch((): Resource[] => [])
          : this.searchAll(t),
      ),
    ]);
    const groups = new Map<string, Resource[]>();
    for (const list of byType)
      for (const r of list) {
        const ref = subjectOf(r);
        if (!ref) continue;
        const g = groups.get(ref) ?? [];
        g.push(r);
        groups.set(ref, g);
      }
    // The Medications the orders name by reference, read once for every patient.
    const all = [...groups.values()].flat();
    const meds = await readMedications((b) => this.post(b), missingMedications(this.base, all));
    const byKey = new Map(meds.medications.map((m) => [`Medication/${m.id}`, m]));
    return patients.map((p) => {
      const own = groups.get(`Patient/${p.id}`) ?? [];
      const named = missingMedications(this.base, own);
      const found = named.flatMap((k) => byKey.get(k) ?? []);
      const notRead = meds.notRead.filter((w) => named.some((k) => w.startsWith(`${k}:`)));
      return this.readOf(p, [...own, ...found], notRead);
    });
  }

  /**
   * One patient's resources: one batch request, then every further page of each search (its
   * `next` links). A search the server did not answer, or past `READ_MAX_PAGES` pages, fails
   * the read. Null when the Patient is gone.
   */
  async read(pid: string): Promise<ReadPatient | null> {
    const queries = READ_TYPES.map(
      (t) => new URLSearchParams({ [PATIENT_PARAM[t]]: `Patient/${pid}`, _count: `${READ_PAGE}` }),
    );
    const batch: Bundle = {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [
        { request: { method: 'GET', url: `Patient/${pid}` } },
        ...READ_TYPES.map(
          (t, i): BundleEntry => ({ request: { method: 'GET', url: `${t}?${queries[i]}` } }),
        ),
      ],
    };
    const res = await this.post(batch);
    const [patientEntry, ...searches] = res.entry ?? [];
    if (!patientEntry?.resource || !String(patientEntry.response?.status ?? '').startsWith('2'))
      return null;
    const firsts = READ_TYPES.map((t, i): Bundle => {
      const e = searches[i];
      const status = String(e?.response?.status ?? '');
      // An EHR's own types (a form, a visit, a note) the grant or the server does not allow:
      // read without them (what they hold stays as the case's entries say).
      // Only "not allowed / not here" (401, 403, 404); a server error still fails the read.
      const optional = (EHR_TYPES as readonly string[]).includes(t);
      if (optional && /^40[134]/.test(status))
        return { resourceType: 'Bundle', type: 'searchset', entry: [] };
      if (!status.startsWith('2') || e?.resource?.resourceType !== 'Bundle')
        throw new Error(
          `${t}: the server did not answer the search for Patient/${pid} ` +
            `(${status || 'no status'}); not read at all rather than read in part`,
        );
      return e.resource;
    });
    const byType = await Promise.all(
      READ_TYPES.map((t, i) => this.pagesFrom(firsts[i]!, t, queries[i]!, READ_MAX_PAGES)),
    );
    const rest = byType.flat();
    const meds = await readMedications((b) => this.post(b), missingMedications(this.base, rest));
    return this.readOf(patientEntry.resource, [...rest, ...meds.medications], meds.notRead);
  }

  /**
   * Which of these Patient ids the server holds (one batch of reads). A deleted one counts
   * as held: its history stays on the server, and a new patient is not written over it.
   */
  async heldPatientIds(pids: readonly string[]): Promise<Set<string>> {
    const res = await this.post({
      resourceType: 'Bundle',
      type: 'batch',
      entry: pids.map(
        (pid): BundleEntry => ({ request: { method: 'GET', url: `Patient/${pid}` } }),
      ),
    });
    const held = new Set<string>();
    pids.forEach((pid, i) => {
      const status = String(res.entry?.[i]?.response?.status ?? '');
      // Only "not found" is free; an answer the app cannot read is not taken as free.
      if (!status.startsWith('404')) held.add(pid);
    });
    return held;
  }

  /** Writes whole cases (import, new patient): PUT of every resource, in transactions. */
  async putCases(cases: readonly CaseFile[]): Promise<Map<string, Versions>> {
    const out = new Map<string, Versions>();
    for (const c of cases) {
      const versions: Versions = new Map();
      for (const tx of transactionsOf(caseToResources(c), CHUNK))
        collectVersions(await this.post(this.attributed(tx.entry ?? [], 'CREATE')), versions);
      out.set(c.id, versions);
    }
    return out;
  }

  /**
   * Writes the case's resources that differ from what the server holds, with `If-Match` of
   * the versions this clinician opened; app resources the case no longer has are deleted.
   * A 412 (or a resource created meanwhile) throws `FhirConflictError`.
   */
  async writeChanged(current: ReadPatient, next: CaseFile, opened: Versions): Promise<Versions> {
    const mine = new Map(current.resources.filter(isAppWritten).map((r) => [keyOf(r), r]));
    const wanted = caseToResources(next);
    const wantedKeys = new Set(wanted.map(keyOf));
    // The assessment resources are outputs, rewritten after every change: they are matched
    // against the version just read. Everything else against the version opened.
    const derived = (key: string): boolean =>
      key.startsWith('RiskAssessment/') || key.startsWith('DetectedIssue/');
    const ifMatch = (key: string): string | undefined => {
      if (!current.versions.has(key)) return undefined;
      const v = derived(key)
        ? current.versions.get(key)
        : (opened.get(key) ?? current.versions.get(key));
      return v ? `W/"${v}"` : undefined;
    };
    const entries: BundleEntry[] = [];
    for (const r of wanted) {
      const key = keyOf(r);
      const before = mine.get(key);
      if (before && sameContent(before, r)) continue;
      if (!derived(key) && opened.size > 0 && current.versions.has(key) && !opened.has(key))
        throw new FhirConflictError(`${key} was written after you opened the patient`);
      const im = ifMatch(key);
      entries.push({
        fullUrl: key,
        resource: r,
        request: { method: 'PUT', url: key, ...(im ? { ifMatch: im } : {}) },
      });
    }
    for (const [key] of mine)
      if (!wantedKeys.has(key)) {
        const im = ifMatch(key);
        entries.push({ request: { method: 'DELETE', url: key, ...(im ? { ifMatch: im } : {}) } });
      }
    const versions: Versions = new Map(current.versions);
    for (const e of entries) if (e.request?.method === 'DELETE') versions.delete(e.request.url);
    for (let i = 0; i < entries.length; i += CHUNK) {
      const tx = this.attributed(entries.slice(i, i + CHUNK), 'UPDATE');
      try {
        collectVersions(await this.post(tx), versions);
      } catch (e) {
        if (statusOf(e) === 412) throw new FhirConflictError(`HTTP 412 from the server`);
        throw e;
      }
    }
    return versions;
  }

  /** Deletes the patient's app-written resources, and the Patient if the app wrote it. */
  async deletePatient(pid: string): Promise<void> {
    const current = await this.read(pid);
    if (!current) return;
    const mine = current.resources.filter(isAppWritten);
    const entries: BundleEntry[] = mine
      .filter((r) => r.resourceType !== 'Patient')
      .concat(mine.filter((r) => r.resourceType === 'Patient'))
      .map((r) => ({ request: { method: 'DELETE', url: keyOf(r) } }));
    for (let i = 0; i < entries.length; i += CHUNK)
      await this.post(this.attributed(entries.slice(i, i + CHUNK), 'DELETE'));
  }

  /** A transaction of these entries plus a Provenance naming what was written, who and when. */
  private attributed(entries: BundleEntry[], activity: 'CREATE' | 'UPDATE' | 'DELETE'): Bundle {
    const provenance: Provenance = {
      resourceType: 'Provenance',
      meta: { tag: [APP_TAG] },
      target: entries.map((e) => ({ reference: e.request!.url })),
      recorded: new Date().toISOString(),
      activity: { coding: [{ system: SYS_DATA_OPERATION, code: activity }] },
      agent: [
        {
          type: { coding: [{ system: SYS_PARTICIPANT, code: 'author' }] },
          who: {
            ...(this.authorReference() ? { reference: this.authorReference()! } : {}),
            display: this.author() ?? 'unnamed user of the VAS decision-support dashboard',
          },
        },
      ],
    };
    return {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        ...entries,
        {
          fullUrl: `urn:uuid:${uuid()}`,
          resource: provenance,
          request: { method: 'POST', url: 'Provenance' },
        },
      ],
    };
  }

  private post(bundle: Bundle): Promise<Bundle> {
    return this.http.request<Bundle>({
      url: this.base,
      method: 'POST',
      body: JSON.stringify(bundle),
      headers: { 'Content-Type': 'application/fhir+json' },
    });
  }

  private readOf(
    patient: Resource,
    rest: readonly Resource[],
    notRead: readonly string[] = [],
  ): ReadPatient {
    const resources = [patient, ...rest];
    const versions: Versions = new Map();
    for (const r of resources) if (r.meta?.versionId) versions.set(keyOf(r), r.meta.versionId);
    const read = resourcesToCase(resources);
    return {
      pid: patient.id ?? '',
      resources,
      versions,
      caseFile: read.ok ? read.value : null,
      problems: read.ok ? [] : read.errors.map((e) => `${e.path}: ${e.message}`),
      warnings: read.ok ? [...notRead, ...read.warnings] : [],
    };
  }
}

function subjectOf(r: Resource): string | undefined {
  const x = r as { subject?: { reference?: string }; patient?: { reference?: string } };
  return x.subject?.reference ?? x.patient?.reference;
}

/** Versions from a transaction-response (resource meta or the entry's etag). */
function collectVersions(res: Bundle, into: Versions): void {
  for (const e of res.entry ?? []) {
    const key = e.resource ? keyOf(e.resource) : e.response?.location?.split('/_history')[0];
    const v = e.resource?.meta?.versionId ?? /W\/"([^"]+)"/.exec(e.response?.etag ?? '')?.[1];
    if (key && v) into.set(key, v);
  }
}
