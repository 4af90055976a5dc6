/**
 * The patient's record for one hook call: from `prefetch`, or (for each key missing, null or
 * paged) read from the request's `fhirServer` with its `fhirAuthorization`, through
 * fhirclient's Node client. Then the engine's own FHIR reader (`bundleToCase`) makes the case.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bundle, FhirResource, Patient } from 'fhir/r4';
import smart from 'fhirclient/lib/entry/node';
import { bundleToCase, FHIR_SYSTEMS, todayIso, type CaseFile } from '../../src/engine';
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
};
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

function fromPrefetch(key: string, v: Obj, patientId: string): FhirResource[] {
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
    if (r['resourceType'] === 'OperationOutcome') return; // search.mode "outcome"
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

/** Reads the missing keys from the FHIR server (fhirclient's Node client, every page). */
async function fetchKeys(
  req: HookRequest,
  keys: string[],
  raw: { req: IncomingMessage; res: ServerResponse },
  timeoutMs: number,
): Promise<Map<string, FhirResource[]>> {
  const client = smart(raw.req, raw.res, memoryStorage()).client({
    serverUrl: req.fhirServer!,
    ...(req.fhirAuthorization
      ? { tokenResponse: { access_token: req.fhirAuthorization.access_token } }
      : {}),
  });
  const signal = AbortSignal.timeout(timeoutMs);
  const pid = encodeURIComponent(req.context.patientId);
  const out = new Map<string, FhirResource[]>();
  await Promise.all(
    keys.map(async (key) => {
      const url = PREFETCH[key]!.query.replace('{{context.patientId}}', pid);
      if (key === 'patient') {
        out.set(key, [(await client.request<Patient>({ url, signal })) as FhirResource]);
        return;
      }
      const rs = await client.request<FhirResource[]>(
        { url: `${url}&_count=200`, signal },
        { pageLimit: 0, flat: true },
      );
      out.set(
        key,
        rs.filter((r) => r.resourceType === PREFETCH[key]!.type),
      );
    }),
  );
  return out;
}

/**
 * Only what the engine's mapping reads: a DiagnosticReport without an imaging-modality code
 * (a lab report) or a Procedure without a modality code is left out and named, never guessed.
 * Leaving them out fails safe: imaging that is not read counts as missing.
 */
function mappable(resources: FhirResource[], notRead: string[]): FhirResource[] {
  const has = (r: FhirResource, sys: string) =>
    ((r as { code?: { coding?: { system?: string }[] } }).code?.coding ?? []).some(
      (c) => c.system === sys,
    );
  const dropped = new Set<string>();
  const kept = resources.filter((r) => {
    const ok =
      r.resourceType === 'DiagnosticReport'
        ? has(r, FHIR_SYSTEMS.imaging)
        : r.resourceType === 'Procedure'
          ? has(r, FHIR_SYSTEMS.modality)
          : true;
    if (!ok) {
      notRead.push(`${r.resourceType}/${r.id ?? '?'} (no code this service reads)`);
      dropped.add(`${r.resourceType}/${r.id}`);
    }
    return ok;
  });
  // Ratings of a session that was left out go with it.
  return kept.filter((r) => {
    const partOf = (r as { partOf?: { reference?: string }[] }).partOf?.[0]?.reference;
    return !(r.resourceType === 'Observation' && partOf && dropped.has(partOf));
  });
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
  const missing = Object.keys(PREFETCH).filter((k) => !usable(req.prefetch[k]));
  const byKey = new Map<string, FhirResource[]>();
  for (const k of Object.keys(PREFETCH))
    if (!missing.includes(k))
      byKey.set(k, fromPrefetch(k, req.prefetch[k] as Obj, req.context.patientId));
  if (missing.length > 0) {
    if (!req.fhirServer)
      throw new BadRequest(
        `prefetch.${missing[0]}`,
        `is missing and there is no fhirServer to read it from (missing: ${missing.join(', ')})`,
        412,
      );
    try {
      for (const [k, v] of await fetchKeys(req, missing, raw, timeoutMs)) byKey.set(k, v);
    } catch (e) {
      const status = (e as { status?: number; statusCode?: number }).status;
      return {
        ok: false,
        problems: [
          `The FHIR server could not be read (${status ? `HTTP ${status}` : (e as Error).name}); nothing was assessed.`,
        ],
        notRead: [],
        fetched: missing,
      };
    }
  }
  const notRead: string[] = [];
  const resources = mappable(
    [...byKey.values()].flat().map((r) => relativeSubject(r, req.context.patientId)),
    notRead,
  );
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
      fetched: missing,
    };
  return { ok: true, caseFile: r.value, notRead: [...notRead, ...r.warnings], fetched: missing };
}
