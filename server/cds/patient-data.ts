/**
 * The patient's record for one hook call: from `prefetch`, or (for each key missing, null or
 * paged; an optional key only when a server is given) read from the request's `fhirServer`
 * with its `fhirAuthorization`, through
 * fhirclient's Node client. Then the engine's own FHIR reader (`bundleToCase`) makes the case.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bundle, FhirResource, Patient } from 'fhir/r4';
import smart from 'fhirclient/lib/entry/node';
import { bundleToCase, onServer, originOf, todayIso, type CaseFile } from '../../src/engine';
import { BadRequest, type HookRequest } from './request';

/** Prefetch key → resource type and query (the discovery document's templates). */
export const PREFETCH: Record<string, { type: string; query: string }> = {
  patient: { type: 'Patient', query: 'Patient/{{context.patientId}}' },
  conditions: { type: 'Condition', query: 'Condition?patient=Patient/{{context.patientId}}' },
  observations: { type: 'Observation', query: 'Observation?patient=Patient/{{context.patientId}}' },
  diagnosticReports: {
    type: 'DiagnosticReport',
    query: 'DiagnosticReport?patient=Patient/{{context.patientId}}',
  },
  procedures: { type: 'Procedure', query: 'Procedure?patient=Patient/{{context.patientId}}' },
  medicationStatements: {
    type: 'MedicationStatement',
    query: 'MedicationStatement?patient=Patient/{{context.patientId}}',
  },
  serviceRequests: {
    type: 'ServiceRequest',
    query: 'ServiceRequest?patient=Patient/{{context.patientId}}',
  },
  // What an EHR writes beside the case: an intake form, visits, radiology notes, medication
  // orders (optional).
  questionnaireResponses: {
    type: 'QuestionnaireResponse',
    query: 'QuestionnaireResponse?patient=Patient/{{context.patientId}}',
  },
  encounters: { type: 'Encounter', query: 'Encounter?patient=Patient/{{context.patientId}}' },
  documentReferences: {
    type: 'DocumentReference',
    query: 'DocumentReference?patient=Patient/{{context.patientId}}',
  },
  medicationRequests: {
    type: 'MedicationRequest',
    query: 'MedicationRequest?patient=Patient/{{context.patientId}}',
  },
};
/**
 * Keys an EHR may leave out: read when sent, or from its fhirServer when it gives one (findings
 * from them otherwise stay as entered).
 */
const OPTIONAL = new Set([
  'questionnaireResponses',
  'encounters',
  'documentReferences',
  'medicationRequests',
]);
export const PREFETCH_TEMPLATES = Object.fromEntries(
  Object.entries(PREFETCH).map(([k, v]) => [k, v.query]),
);

export type RecordResult =
  | { ok: true; caseFile: CaseFile; notRead: string[]; fetched: string[] }
  | { ok: false; problems: string[]; notRead: string[]; fetched: string[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A prefetch value the service can use as it is (else it reads the key itself). */
function usable(v: unknown): boolean {
  if (!isObj(v)) return false;
  if (v['resourceType'] === 'OperationOutcome') return false;
  // A paged search result is half the data: read the whole search instead.
  if (v['resourceType'] === 'Bundle')
    return !(
      Array.isArray(v['link']) && v['link'].some((l) => isObj(l) && l['relation'] === 'next')
    );
  return true;
}

/** Issue codes that say results are missing, whatever their severity. */
const INCOMPLETE = new Set(['incomplete', 'too-costly', 'suppressed', 'throttled']);

/** What an OperationOutcome among a search's results says was left out, one line an issue. */
function outcomeNotes(type: string, r: Obj): string[] {
  const issues = Array.isArray(r['issue']) ? (r['issue'] as unknown[]).filter(isObj) : [];
  return issues
    .filter((x) => x['severity'] !== 'information' || INCOMPLETE.has(String(x['code'])))
    .map(
      (x) =>
        `The EHR's ${type} results came with a ${String(x['severity'] ?? 'note')}` +
        `${typeof x['code'] === 'string' ? ` (${x['code']})` : ''}: ` +
        `${String((x['details'] as Obj | undefined)?.['text'] ?? x['diagnostics'] ?? 'no detail').slice(0, 200)}`,
    );
}

/** Pages one search read from the EHR may take (200 each). */
const MAX_PAGES = 50;
/** Searches read from the EHR that name a Medication by reference: the Medication too. */
const INCLUDE: Record<string, string> = {
  medicationStatements: '&_include=MedicationStatement:medication',
  medicationRequests: '&_include=MedicationRequest:medication',
};

function fromPrefetch(key: string, v: Obj, patientId: string, notes: string[]): FhirResource[] {
  const { type } = PREFETCH[key]!;
  if (type === 'Patient') {
    if (v['resourceType'] !== 'Patient')
      throw new BadRequest(`prefetch.${key}.resourceType`, 'is not "Patient"');
    if (v['id'] !== patientId)
      throw new BadRequest(`prefetch.${key}.id`, 'is not context.patientId');
    return [v as unknown as Patient];
  }
  if (v['resourceType'] !== 'Bundle')
    throw new BadRequest(`prefetch.${key}.resourceType`, 'is not "Bundle"');
  const entry = v['entry'] ?? [];
  if (!Array.isArray(entry)) throw new BadRequest(`prefetch.${key}.entry`, 'must be an array');
  const out: FhirResource[] = [];
  entry.forEach((e, i) => {
    const r = isObj(e) ? e['resource'] : undefined;
    if (!isObj(r)) throw new BadRequest(`prefetch.${key}.entry[${i}].resource`, 'is missing');
    // search.mode "outcome": a warning or error ("some results were not returned") is said.
    if (r['resourceType'] === 'OperationOutcome') {
      notes.push(...outcomeNotes(PREFETCH[key]!.type, r));
      return;
    }
    // What the search included beside its matches (a Provenance): not the record itself,
    // except a Medication a statement names by reference, and a resource of the key's own
    // type (a panel's member Observation), which is the patient's.
    if (isObj(e['search']) && e['search']['mode'] === 'include') {
      if (r['resourceType'] === 'Medication' || r['resourceType'] === type)
        out.push(r as unknown as FhirResource);
      return;
    }
    if (r['resourceType'] !== type)
      throw new BadRequest(`prefetch.${key}.entry[${i}].resource.resourceType`, `is not "${type}"`);
    out.push(r as unknown as FhirResource);
  });
  return out;
}

const memoryStorage = () => {
  const m = new Map<string, unknown>();
  return {
    get: async (k: string) => m.get(k),
    set: async (k: string, v: unknown) => void m.set(k, v),
    unset: async (k: string) => m.delete(k),
  };
};

/** An error in a few words for a card (no stack, no newlines). */
const oneLine = (e: unknown): string =>
  String((e as Error)?.message || (e as Error)?.name || e)
    .replace(/\s+/g, ' ')
    .slice(0, 160);

/** HTTP statuses that say a type is not allowed or not there (skipped, named), not a failure. */
const NOT_ALLOWED = new Set([401, 403, 404]);
const statusOf = (e: unknown): number | undefined =>
  (e as { status?: number; statusCode?: number }).status ??
  (e as { statusCode?: number }).statusCode;

/**
 * Reads the missing keys from the FHIR server (fhirclient's Node client, every page). An
 * optional key the server refuses (401, 403, 404) is left out and named in `skipped`; any
 * other failure fails the read.
 */
async function fetchKeys(
  req: HookRequest,
  keys: string[],
  raw: { req: IncomingMessage; res: ServerResponse },
  timeoutMs: number,
): Promise<{ byKey: Map<string, FhirResource[]>; skipped: string[] }> {
  const client = smart(raw.req, raw.res, memoryStorage()).client({
    serverUrl: req.fhirServer!,
    ...(req.fhirAuthorization
      ? { tokenResponse: { access_token: req.fhirAuthorization.access_token } }
      : {}),
  });
  const signal = AbortSignal.timeout(timeoutMs);
  const pid = encodeURIComponent(req.context.patientId);
  /**
   * Every page of a search, following `next` links only on the EHR's own server (fhirclient
   * would send the access token to any host a link names), at most MAX_PAGES.
   */
  const pages = async (url: string): Promise<FhirResource[]> => {
    const out: FhirResource[] = [];
    let page = await client.request<Bundle>({ url, signal });
    for (let n = 1; ; n++) {
      for (const e of page?.entry ?? []) if (e.resource) out.push(e.resource);
      const next = page?.link?.find((l) => l.relation === 'next')?.url;
      if (!next) return out;
      // The same rule as connected mode's (and the resolved link is what is fetched).
      const href = onServer(req.fhirServer!, next);
      if (!href)
        throw new Error(`a next page on another server (${originOf(next)}) was not followed`);
      if (n >= MAX_PAGES) throw new Error(`the search runs past ${MAX_PAGES} pages`);
      page = await client.request<Bundle>({ url: href, signal });
    }
  };
  const byKey = new Map<string, FhirResource[]>();
  const skipped: string[] = [];
  await Promise.all(
    keys.map(async (key) => {
      const url = PREFETCH[key]!.query.replace('{{context.patientId}}', pid);
      if (key === 'patient') {
        byKey.set(key, [(await client.request<Patient>({ url, signal })) as FhirResource]);
        return;
      }
      try {
        const search = `${url}&_count=200`;
        const rs = await pages(`${search}${INCLUDE[key] ?? ''}`).catch((e: unknown) => {
          // A server that refuses _include: the search without it (Medications by reference).
          if (INCLUDE[key] && statusOf(e) === 400) return pages(search);
          throw e;
        });
        const type = PREFETCH[key]!.type;
        byKey.set(
          key,
          rs.filter((r) => r.resourceType === type || r.resourceType === 'Medication'),
        );
        for (const r of rs)
          if (r.resourceType === 'OperationOutcome')
            skipped.push(...outcomeNotes(type, r as never));
      } catch (e) {
        const status = statusOf(e);
        if (!OPTIONAL.has(key) || status === undefined || !NOT_ALLOWED.has(status)) throw e;
        skipped.push(
          `${PREFETCH[key]!.type} records were not read (the FHIR server answered HTTP ${status}).`,
        );
      }
    }),
  );
  // A medication named by reference whose Medication the server did not include: read it.
  const have = new Set(
    [...byKey.values()]
      .flat()
      .flatMap((r) => (r.resourceType === 'Medication' ? [`Medication/${r.id}`] : [])),
  );
  const wanted = [
    ...new Set(
      [...byKey.values()]
        .flat()
        .map(
          (r) =>
            (r as { medicationReference?: { reference?: string } }).medicationReference?.reference,
        )
        .filter(
          (ref): ref is string =>
            typeof ref === 'string' &&
            /^Medication\/[A-Za-z0-9\-.]{1,64}$/.test(ref) &&
            !/\/\.{1,2}$/.test(ref) &&
            !have.has(ref),
        ),
    ),
  ].slice(0, 50);
  const meds = await Promise.all(
    wanted.map((url) =>
      client.request<FhirResource>({ url, signal }).catch(() => {
        skipped.push(`${url} could not be read: the medication is listed unnamed.`);
        return null;
      }),
    ),
  );
  const found = meds.filter((m): m is FhirResource => m?.resourceType === 'Medication');
  if (found.length > 0) byKey.set('medications', found);
  return { byKey, skipped };
}

/** `https://ehr/fhir/Patient/123` → `Patient/123`, as the engine's reader compares them. */
function relativeSubject(r: FhirResource, patientId: string): FhirResource {
  const ref = (r as { subject?: { reference?: unknown } }).subject?.reference;
  if (
    typeof ref !== 'string' ||
    !/^https?:\/\//.test(ref) ||
    !ref.endsWith(`/Patient/${patientId}`)
  )
    return r;
  return {
    ...r,
    subject: { ...(r as { subject: object }).subject, reference: `Patient/${patientId}` },
  } as FhirResource;
}

export async function readRecord(
  req: HookRequest,
  raw: { req: IncomingMessage; res: ServerResponse },
  timeoutMs = 10_000,
): Promise<RecordResult> {
  // A required key missing is read from fhirServer (412 without one). The optional keys (an
  // EHR's own visits, forms, notes, orders) are read from fhirServer when the EHR sent one,
  // else only when prefetched.
  const required = Object.keys(PREFETCH).filter((k) => !OPTIONAL.has(k));
  const missing = required.filter((k) => !usable(req.prefetch[k]));
  const optional = req.fhirServer ? [...OPTIONAL].filter((k) => !usable(req.prefetch[k])) : [];
  const byKey = new Map<string, FhirResource[]>();
  const notRead: string[] = [];
  for (const k of Object.keys(PREFETCH))
    if (usable(req.prefetch[k]))
      byKey.set(k, fromPrefetch(k, req.prefetch[k] as Obj, req.context.patientId, notRead));
  if (missing.length > 0 && !req.fhirServer)
    throw new BadRequest(
      `prefetch.${missing[0]}`,
      `is missing and there is no fhirServer to read it from (missing: ${missing.join(', ')})`,
      412,
    );
  const fetched = [...missing, ...optional];
  if (fetched.length > 0) {
    try {
      const got = await fetchKeys(req, fetched, raw, timeoutMs);
      for (const [k, v] of got.byKey) byKey.set(k, v);
      notRead.push(...got.skipped);
    } catch (e) {
      const status = statusOf(e);
      return {
        ok: false,
        problems: [
          `The FHIR server could not be read (${status ? `HTTP ${status}` : oneLine(e)}); nothing was assessed.`,
        ],
        notRead: [],
        fetched,
      };
    }
  }
  // An optional key the EHR answered with an OperationOutcome (not allowed) and no server to
  // read it from: said, not passed over.
  for (const k of OPTIONAL)
    if (
      !byKey.has(k) &&
      isObj(req.prefetch[k]) &&
      (req.prefetch[k] as Obj)['resourceType'] === 'OperationOutcome'
    )
      notRead.push(
        `${PREFETCH[k]!.type} records were not sent by the EHR (an OperationOutcome in their place).`,
      );
  // Everything goes to the engine's reader: what it cannot read (a lab report, another
  // procedure) it names in its warnings, and never reads as absent.
  const resources = [...byKey.values()]
    .flat()
    .map((r) => relativeSubject(r, req.context.patientId));
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: todayIso(),
    entry: resources.map((resource) => ({ resource })),
  };
  const r = bundleToCase(bundle);
  if (!r.ok)
    return {
      ok: false,
      problems: r.errors.map((e) => `${e.path}: ${e.message}`),
      notRead,
      fetched,
    };
  return { ok: true, caseFile: r.value, notRead: [...notRead, ...r.warnings], fetched };
}
