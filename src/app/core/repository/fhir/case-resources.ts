/**
 * The FHIR resources one case is stored as on a FHIR server, and back. Pure TypeScript (no
 * Angular, no fhirclient) so the test server's seed and the node-level tests use it too.
 *
 * Built on the engine's Bundle mapping (`caseToBundle` / `bundleToCase`): the same resources,
 * ids derived from the case id, each tagged as written by this app so it is found again.
 */
import type { Bundle, BundleEntry, Coding, FhirResource, Resource, RiskAssessment } from 'fhir/r4';
import {
  assess,
  bundleToCase,
  caseToBundle,
  type Assessment,
  type CaseFile,
} from '../../../../engine';

/** The tag on every resource this app writes. */
export const APP_TAG: Coding = {
  system: 'urn:vas-dashboard:source',
  code: 'vas-dashboard',
  display: 'Written by the VAS decision-support dashboard',
};

import type { ReadType } from './case-types';
export { CASE_TYPES, EHR_TYPES, READ_TYPES, type CaseType, type ReadType } from './case-types';

/** The search parameter pointing at the patient, per type. */
export const PATIENT_PARAM: Record<ReadType, string> = {
  Observation: 'subject',
  Condition: 'subject',
  DiagnosticReport: 'subject',
  Procedure: 'subject',
  MedicationStatement: 'subject',
  ServiceRequest: 'subject',
  RiskAssessment: 'subject',
  DetectedIssue: 'patient',
  QuestionnaireResponse: 'subject',
  Encounter: 'subject',
  DocumentReference: 'subject',
  MedicationRequest: 'subject',
};

export const keyOf = (r: Resource): string => `${r.resourceType}/${r.id ?? ''}`;

export const isAppWritten = (r: Resource): boolean =>
  (r.meta?.tag ?? []).some((t) => t.system === APP_TAG.system && t.code === APP_TAG.code);

/** Adds the app tag, keeping the other tags (HTEST on synthetic patients). */
function tagged<T extends FhirResource>(r: T): T {
  const tags = (r.meta?.tag ?? []).filter((t) => t.system !== APP_TAG.system);
  return { ...r, meta: { ...(r.meta ?? {}), tag: [...tags, APP_TAG] } };
}

/**
 * The case as tagged resources (Patient first), with its assessment written back as one
 * RiskAssessment and a DetectedIssue per non-clear verdict.
 */
export function caseToResources(c: CaseFile, a: Assessment = assess(c)): FhirResource[] {
  return (caseToBundle(c, a).entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is FhirResource => !!r)
    .map((r) => (r.resourceType === 'RiskAssessment' ? withUrgency(r, a) : r))
    .map(tagged);
}

/** The urgency screen's level, so the worklist is ordered from RiskAssessments alone. */
export const URGENCY_SYSTEM = 'urn:vas-dashboard:urgency';
/**
 * Whether every red flag was asked (`screened`) or not (`not-screened`): the worklist shows an
 * unscreened "none" as "not screened". A RiskAssessment without it reads as not screened.
 */
export const RED_FLAGS_SYSTEM = 'urn:vas-dashboard:red-flags';
function withUrgency(r: RiskAssessment, a: Assessment): RiskAssessment {
  const screened = (a.urgency.missing ?? []).length === 0;
  return {
    ...r,
    prediction: [
      ...(r.prediction ?? []),
      {
        outcome: { text: 'Urgency of neurology referral (vascular red flags)' },
        qualitativeRisk: {
          coding: [
            { system: URGENCY_SYSTEM, code: a.urgency.level },
            { system: RED_FLAGS_SYSTEM, code: screened ? 'screened' : 'not-screened' },
          ],
          text: a.urgency.level,
        },
      },
    ],
  };
}

/** The Patient resource id a case id is stored under (as `caseToBundle` derives it). */
export function patientIdOf(caseId: string): string {
  return caseId.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 40) || 'case';
}

/**
 * Medplum refuses a transaction with more than 50 updates; HAPI has no such limit. A case
 * over it (long session logs) is written in several transactions, Patient first.
 */
export const MAX_TRANSACTION_UPDATES = 50;

/** Transaction Bundles writing these resources with PUT (client-assigned ids). */
export function transactionsOf(
  resources: readonly FhirResource[],
  max = MAX_TRANSACTION_UPDATES,
): Bundle[] {
  const out: Bundle[] = [];
  for (let i = 0; i < resources.length; i += max)
    out.push({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: resources.slice(i, i + max).map(
        (resource): BundleEntry => ({
          fullUrl: `${resource.resourceType}/${resource.id}`,
          resource,
          request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` },
        }),
      ),
    });
  return out;
}

/** Server resources (Patient and the rest) → case, via the engine's reader. */
export function resourcesToCase(resources: readonly Resource[]) {
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) => ({ resource: resource as FhirResource })),
  };
  return bundleToCase(bundle);
}

/** Content equality of two resources, ignoring the server's `meta` (version, lastUpdated). */
export function sameContent(a: Resource, b: Resource): boolean {
  const strip = (r: Resource): unknown => {
    const { meta, ...rest } = r as Resource & { text?: unknown };
    const tags = (meta?.tag ?? []).map((t) => `${t.system}|${t.code}`).sort();
    return canonical({ ...rest, tags, text: undefined });
  };
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = canonical(x);
    }
    return out;
  }
  return v;
}
