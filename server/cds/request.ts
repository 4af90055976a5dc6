/**
 * CDS Hooks 2.0 request bodies, checked field by field: a malformed request is refused with
 * the field named (HTTP 400), never half read. https://cds-hooks.hl7.org/2.0/#http-request
 */
import type { Bundle, FhirResource } from 'fhir/r4';

export type HookName = 'patient-view' | 'order-select' | 'order-sign';

export interface HookRequest {
  hook: HookName;
  hookInstance: string;
  fhirServer?: string;
  fhirAuthorization?: { access_token: string; token_type: string; scope?: string };
  context: {
    userId: string;
    patientId: string;
    encounterId?: string;
    selections?: string[];
    draftOrders?: Bundle;
  };
  prefetch: Record<string, unknown>;
}

export class BadRequest extends Error {
  constructor(
    readonly field: string,
    why: string,
    readonly status = 400,
  ) {
    super(`${field}: ${why}`);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** FHIR id: 1-64 of A-Z a-z 0-9 - . */
export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

function str(o: Obj, key: string, path: string, required: boolean, max = 1024): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) {
    if (required) throw new BadRequest(`${path}${key}`, 'is required');
    return undefined;
  }
  if (typeof v !== 'string' || v.trim() === '')
    throw new BadRequest(`${path}${key}`, 'must be a non-empty string');
  if (v.length > max) throw new BadRequest(`${path}${key}`, `is longer than ${max} characters`);
  return v;
}

function httpUrl(v: string, field: string): string {
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new BadRequest(field, 'is not a URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new BadRequest(field, 'must be an http(s) URL');
  return v.replace(/\/+$/, '');
}

function draftOrders(v: unknown): Bundle {
  const f = 'context.draftOrders';
  if (!isObj(v)) throw new BadRequest(f, 'is required (a FHIR Bundle)');
  if (v['resourceType'] !== 'Bundle') throw new BadRequest(`${f}.resourceType`, 'is not "Bundle"');
  const entry = v['entry'] ?? [];
  if (!Array.isArray(entry)) throw new BadRequest(`${f}.entry`, 'must be an array');
  entry.forEach((e, i) => {
    const r = isObj(e) ? e['resource'] : undefined;
    if (!isObj(r) || typeof r['resourceType'] !== 'string')
      throw new BadRequest(`${f}.entry[${i}].resource`, 'missing or without resourceType');
  });
  return v as unknown as Bundle;
}

/** The request for `hook`, or a BadRequest naming the first wrong field. */
export function parseHookRequest(body: unknown, hook: HookName): HookRequest {
  if (!isObj(body)) throw new BadRequest('body', 'must be a JSON object');
  const h = str(body, 'hook', '', true)!;
  if (h !== hook) throw new BadRequest('hook', `is "${h}"; this service answers "${hook}"`);
  const hookInstance = str(body, 'hookInstance', '', true, 200)!;
  const fhirServerRaw = str(body, 'fhirServer', '', false, 2048);
  const fhirServer = fhirServerRaw ? httpUrl(fhirServerRaw, 'fhirServer') : undefined;
  let fhirAuthorization: HookRequest['fhirAuthorization'];
  if (body['fhirAuthorization'] !== undefined && body['fhirAuthorization'] !== null) {
    const a = body['fhirAuthorization'];
    if (!isObj(a)) throw new BadRequest('fhirAuthorization', 'must be an object');
    if (!fhirServer) throw new BadRequest('fhirServer', 'is required with fhirAuthorization');
    const token_type = str(a, 'token_type', 'fhirAuthorization.', true, 20)!;
    if (token_type !== 'Bearer')
      throw new BadRequest('fhirAuthorization.token_type', 'must be "Bearer"');
    fhirAuthorization = {
      access_token: str(a, 'access_token', 'fhirAuthorization.', true, 8192)!,
      token_type,
      scope: str(a, 'scope', 'fhirAuthorization.', false, 4096),
    };
  }
  const c = body['context'];
  if (!isObj(c)) throw new BadRequest('context', 'is required (an object)');
  const userId = str(c, 'userId', 'context.', true, 200)!;
  const patientId = str(c, 'patientId', 'context.', true, 64)!;
  if (!FHIR_ID.test(patientId))
    throw new BadRequest('context.patientId', 'is not a FHIR id (A-Z a-z 0-9 - ., up to 64)');
  const encounterId = str(c, 'encounterId', 'context.', false, 64);
  const context: HookRequest['context'] = { userId, patientId, encounterId };
  if (hook === 'order-select' || hook === 'order-sign')
    context.draftOrders = draftOrders(c['draftOrders']);
  if (hook === 'order-select') {
    const s = c['selections'];
    if (!Array.isArray(s) || s.length === 0)
      throw new BadRequest('context.selections', 'is required (a non-empty array of order ids)');
    s.forEach((x, i) => {
      if (typeof x !== 'string' || x === '')
        throw new BadRequest(`context.selections[${i}]`, 'must be a non-empty string');
    });
    context.selections = s as string[];
  }
  const p = body['prefetch'];
  if (p !== undefined && p !== null && !isObj(p))
    throw new BadRequest('prefetch', 'must be an object');
  return {
    hook,
    hookInstance,
    fhirServer,
    fhirAuthorization,
    context,
    prefetch: (p as Obj | undefined) ?? {},
  };
}

/** `ServiceRequest/abc` for each draft order, as `selections` names them. */
export function orderRefs(b: Bundle): { ref: string; resource: FhirResource }[] {
  return (b.entry ?? []).map((e, i) => {
    const r = e.resource as FhirResource;
    return { ref: r.id ? `${r.resourceType}/${r.id}` : `entry[${i}]`, resource: r };
  });
}
