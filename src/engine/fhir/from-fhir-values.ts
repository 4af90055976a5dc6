/**
 * Values of other systems' FHIR, read for `bundleToCase`: an Observation's answer in any of
 * the forms EHRs use, a chiropractic Procedure or neck massage, two entries of one finding
 * merged, versions, subjects, what resources reference. Plain TypeScript.
 */
import type { CodeableConcept, FhirResource, Observation, Procedure } from 'fhir/r4';
import { RED_FLAG_IDS, type FindingId } from '../finding-ids';
import type { FindingValue } from '../model';

/** Coded answers: SNOMED CT yes / no / present / absent / unknown; HL7 yes-no and null flavours. */
const SNOMED_ANSWERS: Readonly<Record<string, boolean | null>> = {
  '373066001': true,
  '52101004': true,
  '10828004': true,
  '373067005': false,
  '2667000': false,
  '260385009': false,
  '260415000': false, // not detected
  '17621005': false, // normal
  '261665006': null,
};
/** LOINC answer list codes (LL361-7 yes / no and kin). */
const LOINC_ANSWERS: Readonly<Record<string, boolean | null>> = {
  'LA33-6': true,
  'LA32-8': false,
  'LA6270-8': false, // Never
  'LA6568-5': false, // Not at all
  'LA4489-6': null,
  'LA12688-0': null,
  'LA9633-4': true, // Present
  'LA9634-2': false, // Absent
  'LA6576-8': true, // Positive
  'LA6577-6': false, // Negative
  'LA11882-0': true, // Detected
  'LA11883-8': false, // Not detected
};
/** HL7 v3 ObservationInterpretation as a value ("NEG" with no display: the finding absent). */
const INTERPRETATION_ANSWERS: Readonly<Record<string, boolean | null>> = {
  POS: true,
  DET: true,
  A: true,
  AA: true,
  NEG: false,
  ND: false,
  N: false,
  IND: null,
  E: null,
};
const HL7_ANSWERS: Readonly<Record<string, boolean | null>> = {
  Y: true,
  N: false,
  UNK: null,
  ASKU: null,
  NASK: null,
  NI: null,
};
const HL7_ANSWER_SYSTEMS = new Set([
  'http://terminology.hl7.org/CodeSystem/v2-0136',
  'http://terminology.hl7.org/CodeSystem/v3-NullFlavor',
  'http://terminology.hl7.org/CodeSystem/data-absent-reason',
]);
function codedAnswer(
  system: string | undefined,
  code: string | undefined,
): boolean | null | undefined {
  if (typeof code !== 'string') return undefined;
  // data-absent-reason codes are lower case ("unknown", "asked-unknown", "not-asked"...).
  if (system === 'http://terminology.hl7.org/CodeSystem/data-absent-reason') return null;
  const table = system?.startsWith('http://snomed.info/sct')
    ? SNOMED_ANSWERS
    : system === 'http://loinc.org'
      ? LOINC_ANSWERS
      : system === 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation' ||
          system === 'http://hl7.org/fhir/v2/0078'
        ? INTERPRETATION_ANSWERS
        : !system || HL7_ANSWER_SYSTEMS.has(system)
          ? HL7_ANSWERS
          : undefined;
  return table && Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
}
/**
 * An answer in words, only when the whole text is one ("Yes", "No", "Never", "Not sure");
 * undefined for anything longer ("Not present at rest, present on lateral gaze" is not a
 * "no": the caller reads it as observed, fail-safe).
 */
function wordAnswer(text: string): boolean | null | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  if (/^(?:yes|y|true|present|positive|confirmed)$/.test(t)) return true;
  if (
    /^(?:no|n|none|none noted|nil|false|absent|absent bilaterally|negative|never|not present|not seen|not detected|not observed|denies|denied|normal|wnl|within normal limits)$/.test(
      t,
    ) ||
    // "No nystagmus": a short "no" with nothing after it ("No improvement, worse on standing" is not)
    /^no [a-z' -]{1,40}$/.test(t)
  )
    return false;
  if (
    /^(?:unknown|not known|unsure|not sure|don'?t know|not asked|not assessed|not done|n\/?a|asked but unknown)$/.test(
      t,
    )
  )
    return null;
  return undefined;
}

/** Red flags (brief §4): free text about one reads as the flag present (the urgent reading). */
const RED_FLAGS: ReadonlySet<FindingId> = new Set(RED_FLAG_IDS);
export const isRedFlag = (f: FindingId): boolean => RED_FLAGS.has(f);

/**
 * What an Observation of a finding says: true / false, null (unknown), or 'no value' (a
 * finding recorded without a value: present, fail-safe). A coded severity or a number above 0
 * is the finding observed; a 0 is not read as absent (unknown). Free text that is not one
 * answer ("No improvement, worse on standing") is unknown, to ask, except about a red flag:
 * then present, the urgent reading ("Not present at rest, present on lateral gaze").
 */
export function observedValue(r: Observation, redFlag = false): boolean | null | 'no value' {
  if (typeof r.valueBoolean === 'boolean') return r.valueBoolean;
  const freeText = (t: string): boolean | null => {
    const v = wordAnswer(t); // null is an answer ("Not sure"): only undefined is free text
    // "Denies double vision or slurred speech": not a "no" to ask no more, nor a "yes".
    if (v === undefined && /^\s*(?:denies|denied|negative for|no complaints? of)\b/i.test(t))
      return null;
    return v === undefined ? (redFlag ? true : null) : v;
  };
  const cc = r.valueCodeableConcept;
  if (cc) {
    const codings = Array.isArray(cc.coding) ? cc.coding : [];
    for (const c of codings) {
      const v = codedAnswer(c.system, c.code);
      if (v !== undefined) return v;
    }
    // A local answer code ("2" = "Negative" in an EHR's own list): its words decide.
    for (const t of [cc.text, ...codings.map((c) => c.display)]) {
      const v = typeof t === 'string' ? wordAnswer(t) : undefined;
      if (v !== undefined) return v;
    }
    if (codings.some((c) => c.code)) return true; // a coded severity or description: observed
    return freeText(String(cc.text ?? codings[0]?.display ?? ''));
  }
  const n = r.valueInteger ?? r.valueQuantity?.value;
  if (typeof n === 'number') return n > 0 ? true : null;
  if (typeof r.valueString === 'string') return freeText(r.valueString);
  // No value: an interpretation "normal" / "negative" is not the finding observed.
  if (flaggedNormal(r)) return null;
  return 'no value';
}

/** An Observation interpreted as normal, negative or not detected (N, NEG, ND). */
export function flaggedNormal(r: Observation): boolean {
  const flags = (Array.isArray(r.interpretation) ? r.interpretation : []).flatMap((i) =>
    (Array.isArray(i.coding) ? i.coding : []).map((c) => c.code),
  );
  return flags.some((c) => c === 'N' || c === 'NEG' || c === 'ND');
}

const CPT_SYSTEMS = new Set(['http://www.ama-assn.org/go/cpt', 'urn:oid:2.16.840.1.113883.6.12']);
/** Chiropractic and osteopathic manipulative treatment (CPT 98940-98942, 98925-98929). */
const CPT_MANIPULATION = /^989(?:4[0-2]|2[5-9])$/;
const words = (cc: CodeableConcept | undefined): string =>
  [cc?.text, ...(cc?.coding ?? []).map((c) => c.display)].filter(Boolean).join(' ');

/** A massage of the neck or collar zone in words (an EHR's procedure, not a logged session). */
export function neckMassage(r: Procedure): string | null {
  const named = `${words(r.code)} ${(Array.isArray(r.bodySite) ? r.bodySite : []).map(words).join(' ')}`;
  return /\bmassage\b/i.test(named) &&
    /\b(?:neck|cervical|collar|shoulder girdle|c-?spine)\b/i.test(named)
    ? 'a massage of the neck: read as recent-neck-massage'
    : null;
}

/**
 * A spinal manipulation that may have been of the neck (a cervical body site, or none given:
 * fail-safe), as a sentence for the warning; null when it is not one or was of another region.
 */
export function neckManipulation(r: Procedure): string | null {
  const codes = Array.isArray(r.code?.coding) ? r.code.coding : [];
  const cpt = codes.some(
    (c) => CPT_SYSTEMS.has(c.system ?? '') && CPT_MANIPULATION.test(c.code ?? ''),
  );
  const named = words(r.code);
  // "Chiropractic adjustment", "Manipulation of cervical spine", "cervical spine manipulation".
  const manual =
    /\b(?:chiropractic|osteopathic)\b.*\b(?:manipulat|adjust|treatment)|\bmanipulat\w*\b.*\b(?:spine|spinal|cervical|neck|vertebra)|\b(?:spine|spinal|cervical|neck|vertebra\w*)\b.*\bmanipulat/i;
  if (!cpt && !manual.test(named)) return null;
  // The body site, else the words of the code; a site of the spine as a whole may be the neck.
  const sites = (Array.isArray(r.bodySite) ? r.bodySite : []).map(words).join(' ').trim();
  const where = sites || named;
  const neck = /\b(?:cervical|neck|c-?spine|c[1-7])\b/i;
  const elsewhere = /\b(?:lumbar|thoracic|sacr\w*|pelvi\w*|l[1-5]|t\d{1,2})\b/i;
  const spine = /\b(?:spine|spinal|vertebral column|back)\b/i;
  if (sites && !neck.test(sites) && (elsewhere.test(sites) || !spine.test(sites))) return null;
  if (!sites && elsewhere.test(named) && !neck.test(named)) return null;
  return neck.test(where)
    ? 'a manipulation of the neck: read as recent-cervical-manipulation'
    : 'a spinal manipulation, the neck not excluded: read as recent-cervical-manipulation (fail-safe)';
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
  // A smoker who stopped, a thyroid removed, orthostatic hypotension that resolved: asked again.
  'smoking',
  'thyroid-disease',
  'orthostatic-reactions',
]);
const PAST = new Set(['inactive', 'resolved', 'remission']);
/** A condition of this kind whose clinical status says it is over (then not known to be). */
export const overIfPast = (f: FindingId, clinical: string | undefined): boolean =>
  ONLY_WHILE_IT_LASTS.has(f) && PAST.has(clinical ?? '');

/** A cancer resolved, inactive or in remission is a history of cancer (brief §5: caution). */
export const pastCancer = <T extends { finding: FindingId }>(
  c: T,
  clinical: string | undefined,
): T =>
  c.finding === 'malignancy' && PAST.has(clinical ?? '')
    ? { ...c, finding: 'malignancy-history' }
    : c;

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
    // "https://ehr/fhir/Patient/p1" is Patient/p1 too (an absolute reference).
    const subject =
      typeof ref?.reference === 'string'
        ? ref.reference
            .replace(/\/_history\/[^/]+$/, '')
            .replace(/^https?:\/\/.*\/(Patient\/[^/]+)$/, '$1')
        : null;
    if (subject === null || !mine.has(subject))
      out.push({
        field,
        message: `${subject === null ? 'no reference' : JSON.stringify(subject)} is not this Bundle's Patient (${[...mine].join(' or ') || 'no id'})`,
      });
  }
  return out;
}

/** The last day of the year of age an onset is given in (onsetAge 40 → the day before 41). */
export function byAge(
  age: { value?: number; unit?: string; code?: string } | undefined,
  birthDate: string | undefined,
): string | undefined {
  if (!age || typeof age.value !== 'number' || typeof birthDate !== 'string') return undefined;
  if (!/^(?:a|y|yr|yrs|years?)$/i.test(age.code ?? age.unit ?? '')) return undefined;
  const born = Date.parse(birthDate);
  if (Number.isNaN(born)) return undefined;
  const d = new Date(born);
  d.setUTCFullYear(d.getUTCFullYear() + Math.floor(age.value) + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** LOINC codes whose value is the patient's complaint in words (chief complaint, reason for visit). */
const COMPLAINTS = new Set(['8661-1', '10154-3', '46239-0']);

/**
 * Words an Observation gives about the patient beyond its code: the value of a chief
 * complaint ("Double vision since this morning"), the note of an exam flagged abnormal with no
 * value ("Left-beating nystagmus, ataxic gait"). Undefined when there are none.
 */
export function complaintText(r: Observation): string | undefined {
  const codes = Array.isArray(r.code?.coding) ? r.code.coding : [];
  if (codes.some((c) => c.system === 'http://loinc.org' && COMPLAINTS.has(c.code ?? '')))
    return typeof r.valueString === 'string' ? r.valueString : undefined;
  const flags = (Array.isArray(r.interpretation) ? r.interpretation : []).flatMap((i) =>
    (Array.isArray(i.coding) ? i.coding : []).map((c) => c.code),
  );
  const abnormal = flags.some((c) => c === 'A' || c === 'AA' || c === 'POS' || c === 'DET');
  return abnormal && r.valueString === undefined ? r.note?.[0]?.text : undefined;
}
