/**
 * A pretend EHR for the CDS Hooks tests and the load script: its keys (made with jose), its
 * signed JWTs, and hook requests shaped like the CDS Hooks 2.0 examples, with prefetch built
 * from a demo case through the app's own FHIR mapping.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { Bundle, FhirResource } from 'fhir/r4';
import { demoCases, todayIso, type CaseFile } from '../../src/engine';
import { caseToResources } from '../../src/app/core/repository/fhir/case-resources';

export type Alg = 'ES384' | 'RS384';

export interface Ehr {
  iss: string;
  alg: Alg;
  kid: string;
  jwk: JWK;
  sign(aud: string, claims?: { jti?: string; exp?: number }): Promise<string>;
}

export async function makeEhr(iss: string, alg: Alg): Promise<Ehr> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const kid = `${alg.toLowerCase()}-${randomUUID().slice(0, 8)}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return {
    iss,
    alg,
    kid,
    jwk,
    sign: (aud, claims = {}) => signWith(privateKey, iss, alg, kid, aud, claims),
  };
}

/** A CDS Client's JWT (https://cds-hooks.hl7.org/2.0/#trusting-cds-clients). */
export function signWith(
  key: CryptoKey,
  iss: string,
  alg: Alg,
  kid: string,
  aud: string,
  claims: { jti?: string; exp?: number } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setIssuer(iss)
    .setSubject('ehr-client-id')
    .setAudience(aud)
    .setIssuedAt(now)
    .setExpirationTime(claims.exp ?? now + 300)
    .setJti(claims.jti ?? randomUUID())
    .sign(key);
}

export const demoCase = (id: string): CaseFile => demoCases(todayIso()).find((c) => c.id === id)!;

const KEY_OF: Record<string, string> = {
  Patient: 'patient',
  Condition: 'conditions',
  Observation: 'observations',
  DiagnosticReport: 'diagnosticReports',
  Procedure: 'procedures',
  MedicationStatement: 'medicationStatements',
  ServiceRequest: 'serviceRequests',
};

/** The prefetch an EHR would send for this case (searchset Bundles, as the templates ask). */
export function prefetchOf(c: CaseFile): Record<string, unknown> {
  const rs = caseToResources(c).filter((r) => KEY_OF[r.resourceType]);
  const out: Record<string, unknown> = {};
  for (const [type, key] of Object.entries(KEY_OF)) {
    const mine = rs.filter((r) => r.resourceType === type);
    out[key] =
      type === 'Patient'
        ? mine[0]
        : ({
            resourceType: 'Bundle',
            type: 'searchset',
            total: mine.length,
            entry: mine.map((resource: FhirResource) => ({ resource, search: { mode: 'match' } })),
          } satisfies Bundle);
  }
  return out;
}

export const CPT = 'http://www.ama-assn.org/go/cpt';
export const SNOMED = 'http://snomed.info/sct';

/** A draft ServiceRequest as the order-select / order-sign examples carry them. */
export function draftOrder(
  id: string,
  patientId: string,
  code: { coding?: { system: string; code: string; display?: string }[]; text?: string },
): FhirResource {
  return {
    resourceType: 'ServiceRequest',
    id,
    status: 'draft',
    intent: 'order',
    subject: { reference: `Patient/${patientId}` },
    code,
  };
}

export function hookRequest(
  hook: 'patient-view' | 'order-select' | 'order-sign',
  patientId: string,
  opts: {
    prefetch?: Record<string, unknown>;
    fhirServer?: string;
    accessToken?: string;
    orders?: FhirResource[];
    selections?: string[];
  } = {},
): Record<string, unknown> {
  const context: Record<string, unknown> = {
    userId: 'Practitioner/example',
    patientId,
    encounterId: '89284',
  };
  if (hook !== 'patient-view')
    context['draftOrders'] = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: (opts.orders ?? []).map((resource) => ({ resource })),
    };
  if (hook === 'order-select') context['selections'] = opts.selections ?? [];
  return {
    hookInstance: randomUUID(),
    hook,
    ...(opts.fhirServer ? { fhirServer: opts.fhirServer } : {}),
    ...(opts.accessToken
      ? {
          fhirAuthorization: {
            access_token: opts.accessToken,
            token_type: 'Bearer',
            expires_in: 300,
            scope: 'user/Patient.read user/Observation.read',
            subject: 'cds-service',
          },
        }
      : {}),
    context,
    ...(opts.prefetch ? { prefetch: opts.prefetch } : {}),
  };
}
