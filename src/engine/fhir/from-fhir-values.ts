/**
 * Values of other systems' FHIR, read for `bundleToCase`: an Observation's answer in any of
 * the forms EHRs use, a chiropractic Procedure, a medication's name behind a reference, and
 * two entries of one finding merged. Plain TypeScript.
 */
import type {
  CodeableConcept,
  FhirResource,
  Medication,
  MedicationStatement,
  Observation,
  Procedure,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from 'fhir/r4';
import { isFindingId, type FindingId } from '../finding-ids';
import type { FindingValue } from '../model';

/** Coded answers: SNOMED CT yes / no / present / absent / unknown, HL7 yes-no, null flavours. */
const ANSWERS: Readonly<Record<string, boolean | null>> = {
  '373066001': true,
  '52101004': true,
  '373067005': false,
  '2667000': false,
  '261665006': null,
  Y: true,
  N: false,
  UNK: null,
  ASKU: null,
  NASK: null,
  NI: null,
};
const WORD_ANSWERS: Readonly<Record<string, boolean | null>> = {
  yes: true,
  present: true,
  positive: true,
  no: false,
  absent: false,
  negative: false,
  unknown: null,
};

/**
 * What an Observation of a finding says: true / false, null (unknown), or 'no value' (a
 * finding recorded without a value: present, fail-safe). A severity, a number above 0 or a
 * text is the finding observed; a 0 is not read as absent (unknown).
 */
export function observedValue(r: Observation): boolean | null | 'no value' {
  if (typeof r.valueBoolean === 'boolean') return r.valueBoolean;
  const cc = r.valueCodeableConcept;
  if (cc) {
    for (const c of cc.coding ?? [])
      if (c.code !== undefined && Object.prototype.hasOwnProperty.call(ANSWERS, c.code))
        return ANSWERS[c.code]!;
    const word = (cc.text ?? cc.coding?.[0]?.display ?? '').trim().toLowerCase();
    if (Object.prototype.hasOwnProperty.call(WORD_ANSWERS, word)) return WORD_ANSWERS[word]!;
    return true; // a coded severity or description: observed
  }
  const n = r.valueInteger ?? r.valueQuantity?.value;
  if (typeof n === 'number') return n > 0 ? true : null;
  if (typeof r.valueString === 'string') {
    const word = r.valueString.trim().toLowerCase();
    return Object.prototype.hasOwnProperty.call(WORD_ANSWERS, word) ? WORD_ANSWERS[word]! : true;
  }
  return 'no value';
}

const CPT_SYSTEMS = new Set(['http://www.ama-assn.org/go/cpt', 'urn:oid:2.16.840.1.113883.6.12']);
/** Chiropractic and osteopathic manipulative treatment (CPT 98940-98942, 98925-98929). */
const CPT_MANIPULATION = /^989(?:4[0-2]|2[5-9])$/;
const words = (cc: CodeableConcept | undefined): string =>
  [cc?.text, ...(cc?.coding ?? []).map((c) => c.display)].filter(Boolean).join(' ');

/**
 * A spinal manipulation that may have been of the neck (a cervical body site, or none given:
 * fail-safe), as a sentence for the warning; null when it is not one or was of another region.
 */
export function neckManipulation(r: Procedure): string | null {
  const cpt = r.code?.coding?.some(
    (c) => CPT_SYSTEMS.has(c.system ?? '') && CPT_MANIPULATION.test(c.code ?? ''),
  );
  if (
    !cpt &&
    !/\b(?:chiropractic|osteopathic|spinal|cervical|neck)\b.*\bmanipulat/i.test(words(r.code))
  )
    return null;
  const sites = (r.bodySite ?? []).map(words).join(' ');
  if (sites && !/\b(?:cervical|neck|c-?spine|c[1-7])\b/i.test(sites)) return null;
  return sites
    ? 'a manipulation of the neck: read as recent-cervical-manipulation'
    : 'a spinal manipulation with no body site: read as recent-cervical-manipulation (fail-safe)';
}

/** A MedicationStatement's medication name: its concept, or the Medication it references. */
export function medicationName(
  r: MedicationStatement,
  inBundle: ReadonlyMap<string, Medication>,
): string | undefined {
  const fromConcept = (cc: CodeableConcept | undefined) =>
    cc?.text?.trim() || cc?.coding?.find((c) => c.display?.trim())?.display;
  const direct = fromConcept(r.medicationCodeableConcept);
  if (direct) return direct;
  const ref = r.medicationReference?.reference;
  if (!ref) return r.medicationReference?.display;
  const contained = ref.startsWith('#')
    ? (r.contained ?? []).find(
        (c): c is Extract<FhirResource, { resourceType: 'Medication' }> =>
          c.resourceType === 'Medication' && c.id === ref.slice(1),
      )
    : inBundle.get(ref.replace(/^.*\/(Medication\/[^/]+)$/, '$1'));
  return fromConcept(contained?.code) ?? r.medicationReference?.display;
}

/**
 * Two entries that agree a finding is present (or absent): one value with the most recent
 * onset (an entry with no onset wins: unknown onset is read as the most severe, brief §8),
 * both notes kept. The result does not depend on the order of the entries.
 */
export function mergeSame(a: FindingValue, b: FindingValue): FindingValue {
  const obj = (v: FindingValue) => (v !== null && typeof v === 'object' ? v : { present: v });
  const x = obj(a);
  const y = obj(b);
  const undated = !x.onset || !y.onset;
  const onset = undated ? undefined : x.onset! > y.onset! ? x.onset : y.onset;
  const notes = [...new Set([x.note, y.note].filter((n): n is string => !!n))].sort();
  if (!onset && notes.length === 0) return x.present;
  return {
    present: x.present,
    ...(onset ? { onset } : {}),
    ...(notes.length ? { note: notes.join(' | ') } : {}),
  };
}

/**
 * Several versions of one resource in a Bundle (a history export): only the latest is read,
 * the others are named in a warning (an amended "no" is the correction of a "yes").
 */
export function dropOlderVersions(
  resources: { r: FhirResource; where: string }[],
  warnings: string[],
): void {
  const latest = new Map<string, number>();
  const version = (r: FhirResource): number => Number(r.meta?.versionId ?? NaN);
  for (const { r } of resources) {
    const v = version(r);
    if (!r.id || Number.isNaN(v)) continue;
    const key = `${r.resourceType}/${r.id}`;
    latest.set(key, Math.max(latest.get(key) ?? -Infinity, v));
  }
  for (let i = resources.length - 1; i >= 0; i--) {
    const { r, where } = resources[i]!;
    const v = version(r);
    if (!r.id || Number.isNaN(v) || v === latest.get(`${r.resourceType}/${r.id}`)) continue;
    warnings.push(
      `${where}: version ${r.meta!.versionId} of ${r.resourceType}/${r.id}, a later one is read`,
    );
    resources.splice(i, 1);
  }
}

/** Findings that matter only while they last (brief §5: an infection, an exacerbation). */
const ONLY_WHILE_IT_LASTS: ReadonlySet<FindingId> = new Set<FindingId>([
  'infection',
  'chronic-disease-exacerbation',
  'meningitis',
]);
const PAST = new Set(['inactive', 'resolved', 'remission']);
/** A condition of this kind whose clinical status says it is over (then not known to be). */
export const overIfPast = (f: FindingId, clinical: string | undefined): boolean =>
  ONLY_WHILE_IT_LASTS.has(f) && PAST.has(clinical ?? '');

/**
 * Why a resource's `subject` or `patient` is not this Bundle's Patient (none when it is):
 * "Patient/p1/_history/3" is Patient/p1; a subject by identifier or display alone cannot be
 * checked to be this patient, so it is refused like another patient's.
 */
export function notMine(
  r: FhirResource,
  mine: ReadonlySet<string>,
): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const field of ['subject', 'patient'] as const) {
    const ref = (r as Partial<Record<typeof field, { reference?: unknown }>>)[field];
    if (ref === undefined) continue;
    const subject =
      typeof ref?.reference === 'string' ? ref.reference.replace(/\/_history\/[^/]+$/, '') : null;
    if (subject === null || !mine.has(subject))
      out.push({
        field,
        message: `${subject === null ? 'no reference' : JSON.stringify(subject)} is not this Bundle's Patient (${[...mine].join(' or ') || 'no id'})`,
      });
  }
  return out;
}

/**
 * An intake form's answers about findings ("Double vision?" yes): each item whose code or
 * words name one finding, with a yes / no answer (coded, boolean or words). Items nested in
 * groups are read too; a form entered in error is not.
 */
export function questionnaireAnswers(
  r: QuestionnaireResponse,
  findingOf: (cc: CodeableConcept) => FindingId | undefined,
): { finding: FindingId; value: boolean | { present: null }; item: string }[] {
  if (r.status === 'entered-in-error') return [];
  const out: { finding: FindingId; value: boolean | { present: null }; item: string }[] = [];
  const walk = (items: readonly QuestionnaireResponseItem[] | undefined): void => {
    for (const item of items ?? []) {
      walk(item.item);
      const answer = item.answer?.[0];
      if (!answer) continue;
      // The item's id when it is a finding id, else its words as a statement (no "?").
      const finding = isFindingId(item.linkId)
        ? item.linkId
        : findingOf({ text: (item.text ?? item.linkId).replace(/\?\s*$/, '') });
      if (!finding) continue;
      const asObservation = {
        valueBoolean: answer.valueBoolean,
        valueCodeableConcept: answer.valueCoding ? { coding: [answer.valueCoding] } : undefined,
        valueString: answer.valueString,
        valueInteger: answer.valueInteger,
      } as Observation;
      const value = observedValue(asObservation);
      if (value === 'no value') continue;
      out.push({
        finding,
        value: value === null ? { present: null } : value,
        item: item.text ?? item.linkId,
      });
      walk(answer.item);
    }
  };
  walk(r.item);
  return out;
}
