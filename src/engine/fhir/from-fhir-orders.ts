/**
 * A MedicationRequest (an order, as EHRs keep medication lists) read as a MedicationStatement
 * for `bundleToCase`: taken from the day it was written, to the end of its validity or, once
 * completed or stopped, that day. Plain TypeScript.
 */
import type { MedicationRequest, MedicationStatement } from 'fhir/r4';

/** The order as a statement; null for an order never in force (cancelled, draft, in error). */
export function asStatement(r: MedicationRequest): MedicationStatement | null {
  if (['cancelled', 'draft', 'entered-in-error'].includes(r.status ?? '')) return null;
  const start = r.authoredOn;
  const end =
    r.dispenseRequest?.validityPeriod?.end ??
    (r.status === 'completed' || r.status === 'stopped' ? start : undefined);
  return {
    resourceType: 'MedicationStatement',
    status: r.status === 'active' ? 'active' : 'completed',
    subject: r.subject,
    ...(r.contained ? { contained: r.contained } : {}),
    ...(r.extension ? { extension: r.extension } : {}),
    ...(r.medicationCodeableConcept
      ? { medicationCodeableConcept: r.medicationCodeableConcept }
      : {}),
    ...(r.medicationReference ? { medicationReference: r.medicationReference } : {}),
    ...(start ? { effectivePeriod: { start, ...(end ? { end } : {}) } } : {}),
  };
}
