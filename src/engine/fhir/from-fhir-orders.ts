/**
 * Sessions and medications read for `bundleToCase`: a session's fields and ratings, a
 * medication's name behind a reference, and what EHRs keep beside statements read as one: a
 * MedicationRequest (taken from the day it was written to the end of its validity or dosage,
 * else until now), a MedicationAdministration (its day) and a MedicationDispense (its days'
 * supply). Plain TypeScript.
 */
import type {
  CodeableConcept,
  FhirResource,
  Medication,
  MedicationAdministration,
  MedicationDispense,
  MedicationRequest,
  MedicationStatement,
  Procedure,
} from 'fhir/r4';
import { addDays, isIsoDate } from '../dates';
import type { FindingId } from '../finding-ids';
import type { Medication as ContractMedication, TreatmentSession } from '../model';
import { isAnticoagulant } from '../rules/anticoagulant-names';
import { EXT, LOINC_PAIN, SYS } from './codes';
import { codeIn, earliestDayOf, extOf, findingOf, list, recentDayOf } from './read-helpers';

/** The order as a statement; null for an order never in force (cancelled, draft, in error). */
export function asStatement(r: MedicationRequest): MedicationStatement | null {
  if (['cancelled', 'draft', 'entered-in-error'].includes(r.status ?? '')) return null;
  // A proposal or a plan is not a drug taken.
  if (
    r.intent &&
    !['order', 'original-order', 'reflex-order', 'filler-order', 'instance-order'].includes(
      r.intent,
    )
  )
    return null;
  const start = r.authoredOn;
  // When it was stopped is not the day it was written: with no end given, taken until now
  // (a warfarin stopped yesterday still counts; the cautious reading). A dosage's bounds run
  // past the order's validity ("validity to 2024, take until 2027"): the later end; a dosage
  // with no end, none.
  const bounds = (r.dosageInstruction ?? []).flatMap((d) =>
    d.timing?.repeat?.boundsPeriod ? [d.timing.repeat.boundsPeriod] : [],
  );
  const ends = [r.dispenseRequest?.validityPeriod?.end, ...bounds.map((b) => b.end)];
  const end = bounds.some((b) => !b.end)
    ? undefined
    : ends
        .filter((e): e is string => typeof e === 'string')
        .sort()
        .pop();
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

/** Days a dispense is taken when it does not say (a month's supply). */
const DISPENSE_DAYS = 30;

/**
 * What an EHR records beside its orders, as a statement: a dose given (MedicationAdministration:
 * its day or period) or a supply handed over (MedicationDispense: from that day for its days'
 * supply, else a month). Null when it did not happen.
 */
export function asTaken(
  r: MedicationAdministration | MedicationDispense,
): MedicationStatement | null {
  // Stopped part way is still a dose given (the cautious reading).
  if (/^(?:not-done|entered-in-error|cancelled|declined)$/.test(r.status ?? '')) return null;
  let start: string | undefined;
  let end: string | undefined;
  if (r.resourceType === 'MedicationAdministration') {
    start = r.effectiveDateTime ?? r.effectivePeriod?.start;
    end = r.effectiveDateTime ?? r.effectivePeriod?.end;
  } else {
    start = r.whenHandedOver ?? r.whenPrepared;
    const day = start?.slice(0, 10);
    const days = r.daysSupply?.value;
    if (day && isIsoDate(day))
      end = addDays(day, Math.max(1, Math.ceil(typeof days === 'number' ? days : DISPENSE_DAYS)));
  }
  return {
    resourceType: 'MedicationStatement',
    status: 'completed',
    subject: r.subject ?? { reference: '' },
    ...(r.contained ? { contained: r.contained } : {}),
    ...(r.medicationCodeableConcept
      ? { medicationCodeableConcept: r.medicationCodeableConcept }
      : {}),
    ...(r.medicationReference ? { medicationReference: r.medicationReference } : {}),
    ...(start ? { effectivePeriod: { start, ...(end ? { end } : {}) } } : {}),
  };
}

const ATC = new Set(['http://www.whocc.no/atc', 'urn:oid:2.16.840.1.113883.6.73']);
const RXNORM = new Set([
  'http://www.nlm.nih.gov/research/umls/rxnorm',
  'urn:oid:2.16.840.1.113883.6.88',
]);
/**
 * Anticoagulants by code alone (a Medication with no name): ATC B01AA vitamin K antagonists,
 * B01AB heparins, B01AE direct thrombin inhibitors, B01AF direct factor Xa inhibitors (not
 * B01AC, antiplatelets), B01AX05 fondaparinux; RxNorm ingredients warfarin, heparin, enoxaparin, dabigatran,
 * rivaroxaban, apixaban, edoxaban.
 */
const RXNORM_ANTICOAGULANTS: Readonly<Record<string, string>> = {
  '11289': 'warfarin',
  '5224': 'heparin',
  '67108': 'enoxaparin',
  '1546356': 'dabigatran',
  '1037042': 'dabigatran',
  '1114195': 'rivaroxaban',
  '1364430': 'apixaban',
  '1599538': 'edoxaban',
  '67109': 'dalteparin',
  '8150': 'phenprocoumon',
  // Clinical drugs EHRs code at drug level (seen in review rounds 22 and 35).
  '1364445': 'apixaban 5 MG Oral Tablet',
  '1364447': 'Eliquis 5 MG Oral Tablet',
  '1232086': 'rivaroxaban 20 MG Oral Tablet',
  '855332': 'warfarin sodium 5 MG Oral Tablet',
  '854235': 'enoxaparin sodium 40 MG in 0.4 ML Prefilled Syringe',
};
/** A system address as compared: http, no trailing slash ("https://www.whocc.no/atc/"). */
const systemOf = (system: string | undefined): string => {
  const s = (system ?? '').replace(/^https:/, 'http:').replace(/\/+$/, '');
  // The WHO's ATC addresses, old and new.
  return /\/\/(?:www\.)?(?:whocc\.no|atcddd\.fhi\.no)\/atc/.test(s) ? 'http://www.whocc.no/atc' : s;
};

function anticoagulantByCode(cc: CodeableConcept | undefined): string | undefined {
  for (const c of cc?.coding ?? []) {
    if (ATC.has(systemOf(c.system)) && /^B01A(?:[ABEF]|X05)/i.test(c.code ?? ''))
      return `anticoagulant (ATC ${c.code})`;
    if (RXNORM.has(systemOf(c.system)) && RXNORM_ANTICOAGULANTS[c.code ?? ''])
      return RXNORM_ANTICOAGULANTS[c.code ?? ''];
  }
  return undefined;
}

/** A MedicationStatement's medication name: its concept, or the Medication it references. */
export function medicationName(
  r: MedicationStatement,
  inBundle: ReadonlyMap<string, Medication>,
): string | undefined {
  const fromConcept = (cc: CodeableConcept | undefined): string | undefined => {
    const named = cc?.text?.trim() || cc?.coding?.find((c) => c.display?.trim())?.display;
    // A code that names an anticoagulant the words do not ("5 mg film-coated tablet").
    const coded = anticoagulantByCode(cc);
    if (!coded || (named && isAnticoagulant(named))) return named || coded;
    return named ? `${named} (${coded})` : coded;
  };
  const direct = fromConcept(r.medicationCodeableConcept);
  if (direct) return direct;
  // (A version's address, ".../Medication/m1/_history/2", names the Medication m1.)
  const ref = r.medicationReference?.reference?.replace(/\/_history\/[^/]+$/, '');
  if (!ref) return r.medicationReference?.display;
  const contained = ref.startsWith('#')
    ? (r.contained ?? []).find(
        (c): c is Extract<FhirResource, { resourceType: 'Medication' }> =>
          c.resourceType === 'Medication' && c.id === ref.slice(1),
      )
    : (inBundle.get(ref) ?? inBundle.get(ref.replace(/^.*\/(Medication\/[^/]+)$/, '$1')));
  // Its code's name, its ingredients', the reference's words: one naming an anticoagulant first
  // ("Sodium chloride" and heparin in one infusion; "Study drug (blinded)" of apixaban).
  const names = [
    fromConcept(contained?.code),
    ...(contained?.ingredient ?? []).map((i) => fromConcept(i.itemCodeableConcept)),
    r.medicationReference?.display,
  ].filter((n): n is string => !!n);
  return names.find((n) => isAnticoagulant(n)) ?? names[0];
}

/** A session (Procedure of the app's modality code): its date, modality and extensions. */
export function sessionOf(
  r: Procedure,
  date: string,
  modality: TreatmentSession['modality'],
): TreatmentSession {
  const s: TreatmentSession = { date, modality };
  const course = extOf(r, EXT.course)?.valueInteger;
  if (course !== undefined) s.course = course;
  const ph = extOf(r, EXT.painHours)?.valueDecimal;
  if (ph !== undefined) s.painHours = ph;
  const rh = extOf(r, EXT.rednessHours)?.valueDecimal;
  if (rh !== undefined) s.rednessHours = rh;
  for (const k of ['swelling', 'painWorseWithMovement', 'analgesicsIneffective'] as const) {
    const b = extOf(r, EXT[k])?.valueBoolean;
    if (b !== undefined) s[k] = b;
  }
  s.newSymptoms = (Array.isArray(r.complication) ? r.complication : [])
    .map(findingOf)
    .filter((f): f is FindingId => !!f);
  return s;
}

/** A MedicationStatement as a medication (a nameless one listed as "unnamed medication"). */
export function medicationOf(
  r: MedicationStatement,
  inBundle: ReadonlyMap<string, Medication>,
  warn: (s: string) => void,
  latest: string,
): ContractMedication {
  let name = medicationName(r, inBundle);
  if (!name) {
    name = 'unnamed medication';
    warn(`.medication: no name read; listed as "${name}"`);
  }
  const m: ContractMedication = { name };
  const form = extOf(r, EXT.form)?.valueString;
  if (form) m.form = form;
  const analgesic = extOf(r, EXT.analgesic)?.valueBoolean;
  if (analgesic !== undefined) m.analgesic = analgesic;
  // A partial start as its first day: a longer run of painkiller days is the cautious one.
  const start = earliestDayOf(r.effectivePeriod?.start ?? r.effectiveDateTime);
  const end = recentDayOf(r.effectivePeriod?.end, latest, true);
  if (start) m.start = start;
  const over = end ?? (/^(?:completed|stopped)$/.test(r.status ?? '') ? endOfOver(r, start) : null);
  if (over) m.end = over;
  return m;
}

/** "Stopped 2022", "discontinued in 2019", "completed 2024": the year a course ended. */
const ENDED_IN =
  /\b(?:stopped|discontinued|ceased|completed|finished)\b\D{0,12}\b((?:19|20)\d\d)\b/i;
/** "for 6 months", "x 3 weeks", "28/7": how long a course ran. */
const RAN_FOR =
  /\b(?:for|x|over)\s+(\d{1,3})\s*(days?|weeks?|months?|years?)\b|\b(\d{1,3})\s*\/\s*(7|52|12)\b/i;
const UNIT_DAYS: Readonly<Record<string, number>> = { d: 1, w: 7, m: 31, y: 366 };
const FRACTION_DAYS: Readonly<Record<string, number>> = { '7': 1, '52': 7, '12': 31 };

/**
 * When a statement said completed or stopped, with no end given, ended (round 51's FB1, FB2):
 * the day it was asserted (over by then), a year its words name after "stopped" (that year's
 * last day), or its start and the length its words give ("for 6 months", the longest reading of
 * a month). Else null: it may have ended days ago, and an anticoagulant's effect outlasts it
 * (fail safe: read as current).
 */
function endOfOver(r: MedicationStatement, start: string | undefined): string | null {
  const asserted = earliestDayOf(r.dateAsserted);
  if (asserted) return asserted;
  const words = [...list(r.dosage).map((d) => d.text), ...list(r.note).map((n) => n.text)].filter(
    (t): t is string => typeof t === 'string',
  );
  for (const w of words) {
    const y = ENDED_IN.exec(w);
    if (y) return `${y[1]}-12-31`;
  }
  if (!start) return null;
  for (const w of words) {
    const m = RAN_FOR.exec(w);
    if (!m) continue;
    const days = m[1]
      ? Number(m[1]) * UNIT_DAYS[m[2]!.toLowerCase()[0]!]!
      : Number(m[3]) * FRACTION_DAYS[m[4]!]!;
    return addDays(start, days);
  }
  return null;
}

/** A session rating (pain, dizziness, headache 0-10) recorded as an Observation of a session. */
export interface Rating {
  ref: string;
  where: string;
  code: CodeableConcept;
  value: unknown;
  timing?: string;
}

/** Ratings onto their sessions; one whose session or number is missing is named, not read. */
export function applyRatings(
  ratings: readonly Rating[],
  sessions: ReadonlyMap<string, TreatmentSession>,
  warn: (s: string) => void,
): void {
  for (const x of ratings) {
    const s = sessions.get(x.ref);
    if (!s) {
      warn(`${x.where}.partOf: ${x.ref} is not a session in this Bundle; rating not read`);
      continue;
    }
    if (typeof x.value !== 'number') {
      warn(`${x.where}.valueInteger: not a number from 0 to 10; rating not read`);
      continue;
    }
    if (codeIn(x.code, SYS.loinc) === LOINC_PAIN) {
      if (x.timing === 'before') s.painBefore = x.value;
      else s.painAfter = x.value;
    } else {
      const f = findingOf(x.code);
      if (f === 'dizziness') s.dizziness = x.value;
      else if (f === 'headache') s.headache = x.value;
    }
  }
}
