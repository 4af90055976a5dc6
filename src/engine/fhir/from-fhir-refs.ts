/**
 * What resources of a Bundle say about each other, for `bundleToCase`: the Medications
 * statements name, the results a report holds, a visit's reasons by reference, a referral,
 * signs recorded apart that make one finding together. Plain TypeScript.
 */
import type { CodeableConcept, Encounter, FhirResource, Medication, ServiceRequest } from 'fhir/r4';
import type { FindingValue, Referral } from '../model';
import { EXT, SYS } from './codes';
import { observedValue } from './from-fhir-values';
import { dateOf, detail, extOf, list, statusIn, STUDY_REASON_CODES } from './read-helpers';

/**
 * What other resources name by reference: Medications (of MedicationStatements) and the
 * text values of Observations (a report's results: "Impression: ...").
 */
export function referenced(
  resources: readonly FhirResource[],
  /** The Bundle's entries: a Medication named by its `fullUrl` ("urn:uuid:…", IPS). */
  entries: readonly unknown[] = [],
): {
  medicationsById: Map<string, Medication>;
  resultTexts: Map<string, string>;
  conditionIds: Set<string>;
} {
  const medicationsById = new Map<string, Medication>();
  const resultTexts = new Map<string, string>();
  const conditionIds = new Set<string>();
  for (const r of resources) {
    if (r.resourceType === 'Condition' && r.id) conditionIds.add(`Condition/${r.id}`);
    if (r.resourceType === 'Medication' && r.id) medicationsById.set(`Medication/${r.id}`, r);
    // Not the reason for the study ("Clinical information: Rule out dissection") as its result.
    const reason = (r.resourceType === 'Observation' ? (r.code?.coding ?? []) : []).some(
      (c) => c.system === 'http://loinc.org' && STUDY_REASON_CODES.includes(c.code ?? ''),
    );
    if (r.resourceType === 'Observation' && r.id && !reason) {
      // An impression as a string or as a concept's words ("valueCodeableConcept.text").
      const cc = r.valueCodeableConcept;
      const words =
        typeof r.valueString === 'string'
          ? r.valueString
          : [cc?.text, ...(Array.isArray(cc?.coding) ? cc.coding.map((c) => c.display) : [])]
              .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
              .join('. ');
      if (words) resultTexts.set(`Observation/${r.id}`, words);
    }
  }
  for (const e of entries) {
    const { fullUrl, resource } = (e ?? {}) as { fullUrl?: unknown; resource?: FhirResource };
    if (typeof fullUrl !== 'string' || resource?.resourceType !== 'Medication') continue;
    medicationsById.set(fullUrl, resource);
    // "https://ehr/fhir/Medication/m7" with no id is "Medication/m7" too (unless one has it).
    const tail = /(Medication\/[^/]+)$/.exec(fullUrl)?.[1];
    if (tail && !medicationsById.has(tail)) medicationsById.set(tail, resource);
  }
  return { medicationsById, resultTexts, conditionIds };
}

/**
 * A visit's reasons and diagnoses (a Condition in the record by reference is read as that
 * Condition; one not sent by its display: "Double vision and slurred speech"); a referral's
 * coded reasons.
 */
export function reasonsOf(
  r: Encounter | ServiceRequest,
  conditionIds: ReadonlySet<string>,
): CodeableConcept[] {
  const refs =
    r.resourceType === 'Encounter'
      ? [...(r.diagnosis ?? []).map((d) => d.condition), ...(r.reasonReference ?? [])]
      : [];
  return [
    ...(r.reasonCode ?? []),
    ...refs
      .filter(
        (ref) =>
          !conditionIds.has(
            ref?.reference?.replace(/^(?:.*\/)?(Condition\/[^/]+)(?:\/_history\/[^/]+)?$/, '$1') ??
              '',
          ),
      )
      .map((ref) => ({ text: ref?.display })),
  ];
}

/** A referral (ServiceRequest) as the case file's `referral`. */
export function referralOf(r: ServiceRequest): Referral {
  const status =
    extOf(r, EXT.referralStatus)?.valueCode ?? (r.status === 'completed' ? 'done' : 'new');
  return {
    ...(dateOf(r.authoredOn) ? { date: dateOf(r.authoredOn)! } : {}),
    ...(r.requester?.display ? { from: r.requester.display } : {}),
    ...(r.reasonCode?.[0]?.text ? { reason: r.reasonCode[0].text } : {}),
    ...(r.priority === 'routine' || r.priority === 'urgent' ? { priority: r.priority } : {}),
    status: status as Referral['status'],
  };
}

const PTOSIS = { codes: ['11934000', '29696001', 'H02.4', 'H024'], words: /\bptosis\b/i };
const MIOSIS = {
  codes: ['37125009', '2338000', 'H57.03', 'H5703'],
  words: /\bmiosis\b|\bmiotic\b/i,
};

/**
 * Ptosis and miosis each recorded (a Condition not refuted or over, an Observation not said
 * absent): Horner's signs, present from the later onset (unknown when either has none).
 */
export function hornerPair(
  resources: readonly FhirResource[],
  day: (v: string | undefined) => string | undefined,
): FindingValue | null {
  const onsets: (string | undefined)[][] = [[], []];
  for (const r of resources) {
    let code: CodeableConcept | undefined;
    let onset: string | undefined;
    if (r.resourceType === 'Condition') {
      const ver = statusIn(r.verificationStatus, SYS.conditionVerification) ?? '';
      const clinical = statusIn(r.clinicalStatus, SYS.conditionClinical) ?? '';
      if (
        /^(?:refuted|entered-in-error)$/.test(ver) ||
        /^(?:resolved|inactive|remission)$/.test(clinical)
      )
        continue;
      code = r.code;
      onset = day(r.onsetDateTime ?? r.recordedDate);
    } else if (r.resourceType === 'Observation') {
      const value = observedValue(r);
      if (
        /^(?:entered-in-error|cancelled)$/.test(r.status ?? '') ||
        value === false ||
        value === null
      )
        continue;
      code = r.code;
      onset = day(r.effectiveDateTime ?? r.effectivePeriod?.start);
    } else continue;
    const codes = list(code?.coding).map((c) => c.code ?? '');
    const text = [code?.text, ...list(code?.coding).map((c) => c.display)].join(' ');
    // Horner's signs themselves, or the app's own finding codes, are read as such elsewhere.
    if (/horner/i.test(text) || list(code?.coding).some((c) => c.system === SYS.finding)) continue;
    [PTOSIS, MIOSIS].forEach((sign, i) => {
      if (codes.some((c) => sign.codes.includes(c)) || sign.words.test(text))
        onsets[i]!.push(onset);
    });
  }
  if (onsets[0]!.length === 0 || onsets[1]!.length === 0) return null;
  const all = [...onsets[0]!, ...onsets[1]!];
  if (all.some((o) => o === undefined)) return detail(true, undefined, undefined);
  return detail(true, (all as string[]).sort().pop(), undefined);
}
