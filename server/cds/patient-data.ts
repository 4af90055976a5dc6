/**
 * The patient's record for one hook call: from `prefetch`, or (for each key missing, null or
 * paged) read from the request's `fhirServer` with its `fhirAuthorization`, through
 * fhirclient's Node client. Then the engine's own FHIR reader (`bundleToCase`) makes the case.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bundle, FhirResource, Patient } from 'fhir/r4';
import smart from 'fhirclient/lib/entry/node';
import { bundleToCase, todayIso, type CaseFile } from '../../src/engine';
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
/** Keys an EHR may leave out: read when sent (findings from them otherwise stay as entered). */
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
    // What the search included beside its matches (a Provenance): not the record itself,
    // except a Medication a MedicationStatement names by reference.
    if (isObj(e['search']) && e['search']['mode'] === 'include') {
      if (r['resourceType'] === 'Medication') out.push(r as unknown as FhirResource);
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
  // The optional keys are read when the EHR sends them, never fetched for.
  const missing = Object.keys(PREFETCH).filter((k) => !OPTIONAL.has(k) && !usable(req.prefetch[k]));
  const byKey = new Map<string, FhirResource[]>();
  for (const k of Object.keys(PREFETCH))
    if (!missing.includes(k) && usable(req.prefetch[k]))
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
  // Everything goes to the engine's reader: what it cannot read (a lab report, another
  // procedure) it names in its warnings, and never reads as absent.
  const notRead: string[] = [];
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
      fetched: missing,
    };
  return { ok: true, caseFile: r.value, notRead: [...notRead, ...r.warnings], fetched: missing };
}
