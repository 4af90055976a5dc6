/**
 * FHIR R4 Bundle → case file. Reads what `caseToBundle` writes (and plain FHIR where it can);
 * refuses what it cannot read with the resource and field named. The assessment resources
 * (RiskAssessment, DetectedIssue) are outputs: they are recomputed, not read back.
 */
import type { FhirResource, Observation } from 'fhir/r4';
import { isIsoDate, todayIso } from '../dates';
import {
  MODALITIES,
  type FindingValue,
  type ImagingStudy,
  type Medication,
  type Referral,
  type TreatmentSession,
} from '../model';
import type { ValidationError } from '../validate';
import { EXT, SYS } from './codes';
import { questionnaireAnswers } from './from-fhir-forms';
import {
  Findings,
  recentTrauma,
  relativeOnset,
  injuryOnset,
  pastConditionOnset,
  traumaDate,
} from './from-fhir-findings';
import { together } from './from-fhir-vitals';
import { entriesOf, isObj } from './from-fhir-entries';
import { asCase, type BundleResult } from './from-fhir-case';
import {
  applyRatings,
  asStatement,
  asTaken,
  medicationOf,
  sessionOf,
  type Rating,
} from './from-fhir-orders';
import { asReport, readImagingReport } from './from-fhir-report';
import { referenced } from './from-fhir-refs';
import { readVisit } from './from-fhir-visits';
import {
  byAge,
  complaintText,
  dropOlderVersions,
  flaggedNormal,
  overIfPast,
  pastCancer,
  neckManipulation,
  neckMassage,
  notMine,
  isRedFlag,
  observedValue,
} from './from-fhir-values';
import {
  codeIn,
  codesOf,
  conceptOf,
  dateOf,
  detail,
  extOf,
  list,
  recentDayOf,
  show,
  statusIn,
  unanswered,
  withSite,
} from './read-helpers';
import { aboutSomeoneElse, findingsOfText, namedBy } from './finding-text';

export type { BundleResult } from './from-fhir-case';

/**
 * Never throws: an element of the wrong JSON shape that a reader below did not foresee is one
 * error naming the Bundle, not an exception in the caller.
 */
export function bundleToCase(input: unknown): BundleResult {
  try {
    return readBundle(input);
  } catch (e) {
    return {
      ok: false,
      errors: [{ path: 'Bundle', message: `is not FHIR this reader can follow (${String(e)})` }],
    };
  }
}

function readBundle(input: unknown): BundleResult {
  const errors: ValidationError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  const warnings: string[] = [];
  const read = entriesOf(input, fail);
  if ('ok' in read) return read;
  const { bundle, resources } = read;
  dropOlderVersions(resources, warnings);
  const patients = resources.filter((x) => x.r.resourceType === 'Patient');
  if (patients.length !== 1)
    fail('Bundle.entry', `needs exactly one Patient (found ${patients.length})`);
  if (errors.length) return { ok: false, errors };

  const p = patients[0]!.r as Extract<FhirResource, { resourceType: 'Patient' }>;
  // Resources about another patient are refused: merging them would mix two people's data.
  const patientEntry = bundle.entry.find((e) => isObj(e) && e['resource'] === p) as
    | { fullUrl?: string }
    | undefined;
  const mine = new Set(
    [p.id ? `Patient/${p.id}` : '', patientEntry?.fullUrl ?? ''].filter((x) => x !== ''),
  );
  for (const { r, where } of resources)
    for (const problem of notMine(r, mine)) fail(`${where}.${problem.field}`, problem.message);
  const id = p.identifier?.find((x) => x.system === SYS.caseId)?.value ?? p.id;
  if (!id) fail(`${patients[0]!.where}.identifier`, 'no case id (identifier or id)');
  // The app's own RiskAssessment carries the assessment date; another system's (a QRISK3 of
  // 2019) says nothing about this case's date.
  const assessedOn =
    resources
      .map((x) => (x.r.resourceType === 'RiskAssessment' ? extOf(x.r, EXT.assessedOn) : undefined))
      .find((e) => e?.valueDate)?.valueDate ?? dateOf(bundle.timestamp);
  const latest = assessedOn && isIsoDate(assessedOn) ? assessedOn : todayIso();
  const day = (v: string | undefined, aheadByZone = false): string | undefined =>
    recentDayOf(v, latest, aheadByZone);

  const collected = new Findings(warnings, latest);
  const { findings } = collected;
  const setFinding = collected.set;
  const imaging: ImagingStudy[] = [];
  const sessions = new Map<string, TreatmentSession>();
  const sessionFrom = new Map<string, string>();
  const ratings: Rating[] = [];
  const medications: Medication[] = [];
  let referral: Referral | undefined;
  const { medicationsById, resultTexts, conditionIds } = referenced(
    resources.map((x) => x.r),
    bundle.entry,
  );
  const { conceptsOf, answer } = collected;

  for (const { r, where } of resources) {
    switch (r.resourceType) {
      case 'Observation': {
        if (r.status === 'entered-in-error' || r.status === 'cancelled') {
          warnings.push(`${where}: status ${r.status}, not read`);
          break;
        }
        if ('valueBoolean' in r && typeof r.valueBoolean !== 'boolean') {
          fail(`${where}.valueBoolean`, 'must be true or false (not valid FHIR)');
          break;
        }
        const partOf = r.partOf?.[0]?.reference;
        // A rating of a session (pain, dizziness, headache 0-10); a finding answered yes or
        // no stays a finding even when recorded as part of a session.
        if (partOf && !(conceptOf(r.code) && typeof r.valueBoolean === 'boolean')) {
          ratings.push({
            ref: partOf,
            where,
            code: r.code,
            value: r.valueInteger ?? r.valueQuantity?.value,
            timing: extOf(r, EXT.timing)?.valueCode,
          });
          break;
        }
        const onset = day(r.effectiveDateTime ?? r.effectivePeriod?.start);
        const note = r.note?.[0]?.text;
        // "Neuro symptoms": Diplopia — the finding is the value of a code that names none.
        const named =
          r.valueCodeableConcept && !conceptOf(r.code)
            ? namedBy(r.valueCodeableConcept, r.code)
            : undefined;
        if (named && findingsOfText(r.code).length === 0 && !aboutSomeoneElse(r.code)) {
          // Flagged negative ("Neuro symptoms": Diplopia, NEG): not known either way.
          const v = flaggedNormal(r) ? unanswered(onset, note) : detail(true, onset, note);
          answer({ ...named, exact: false }, v, where);
          break;
        }
        // A chief complaint in words, an abnormal exam's note: what they name is present.
        for (const f of findingsOfText({ text: complaintText(r) }, latest))
          answer({ finding: f, exact: false }, detail(true, onset, note), where);
        // The Observation itself, and each component of a panel (a neurological examination).
        const parts = [
          { code: r.code, obs: r, at: where },
          ...list(r.component).map((c, i) => ({
            code: c.code,
            obs: c as Observation,
            at: `${where}.component[${i}]`,
          })),
        ];
        for (const { code, obs, at } of parts) {
          if (obs !== r && !conceptOf(code) && findingsOfText(code).length === 0) continue;
          if (obs === r && parts.length > 1 && observedValue(r) === 'no value') continue;
          for (const c of conceptsOf(code, at)) {
            const raw = obs.dataAbsentReason ? null : observedValue(obs, isRedFlag(c.finding));
            // A panel flagged normal whose item has no value (a flowsheet template): unknown.
            const value = raw === 'no value' && obs !== r && flaggedNormal(r) ? null : raw;
            if (value === 'no value') warnings.push(`${at}: no value; read as present (fail-safe)`);
            else if (value === null && !obs.dataAbsentReason)
              warnings.push(`${at}.value: not read as yes or no; ${c.finding} stays unknown`);
            const v: FindingValue =
              value === null ? unanswered(onset, note) : detail(value !== false, onset, note);
            answer(c, v, at);
          }
        }
        break;
      }
      case 'Condition': {
        // "Dissection" with the body site "Vertebral artery structure": named together.
        const site = list(r.bodySite)
          .map((b) => b.text ?? b.coding?.[0]?.display)
          .join(' ');
        const cs = conceptsOf(site ? withSite(r.code, site) : r.code, where);
        // The onset, else its latest possible day: the end of a period, the end of the year of
        // age given, the day it was recorded ("recorded in 2016" is no stroke of last month).
        const latestOnset = day(
          r.onsetPeriod?.end ?? byAge(r.onsetAge, p.birthDate) ?? r.recordedDate,
          true,
        );
        const onset =
          day(r.onsetDateTime) ??
          relativeOnset(r.onsetString, day(r.recordedDate) ?? latest) ??
          (latestOnset && latestOnset > latest ? latest : latestOnset);
        if (extOf(r, EXT.unanswered)?.valueBoolean === true) {
          const note = r.note?.[0]?.text;
          for (const c of cs) setFinding(c.finding, unanswered(onset, note), where);
          break;
        }
        const ver = statusIn(r.verificationStatus, SYS.conditionVerification);
        if (ver === 'entered-in-error') {
          warnings.push(`${where}: entered in error, not read`);
          break;
        }
        // Only a refuted condition is absent. Inactive, resolved or in remission is a past
        // event, and a past dissection, stroke or TIA is what the rules ask about (fail-safe);
        // a state that matters only while it lasts (an infection) is then not known to be over
        // or still there: unknown, to ask. Its evidence (symptoms) is read as present.
        const clinical = statusIn(r.clinicalStatus, SYS.conditionClinical);
        const ownDate = !!(r.onsetDateTime ?? r.onsetPeriod ?? r.onsetAge ?? r.onsetString);
        const pastYear = pastConditionOnset(r.code, clinical, ownDate, latest);
        const conditionOnset = (c: { finding: string }) =>
          c.finding !== 'neck-injury' && pastYear
            ? pastYear
            : injuryOnset(c.finding, r.code, onset, ownDate, latest);
        for (const c of ver === 'refuted' ? cs : cs.map((x) => pastCancer(x, clinical))) {
          if (ver !== 'refuted' && overIfPast(c.finding, clinical))
            setFinding(c.finding, { present: null, note: `${clinical} (from ${where})` }, where);
          else answer(c, detail(ver !== 'refuted', conditionOnset(c), r.note?.[0]?.text), where);
          // (Not from the app's own codes: it writes recent neck trauma itself.)
          const own = codeIn(r.code, SYS.finding);
          const dated = traumaDate(r, onset, latest, day);
          const trauma = ver === 'refuted' || own ? null : recentTrauma(c, r.code, dated, latest);
          if (trauma) answer({ finding: 'recent-neck-trauma', exact: false }, trauma, where);
        }
        if (ver !== 'refuted')
          for (const e of list(r.evidence))
            for (const cc of list(e.code))
              for (const c of conceptsOf(cc, `${where}.evidence`))
                answer({ ...c, exact: false }, detail(true, onset, undefined), `${where}.evidence`);
        break;
      }
      case 'DocumentReference':
      case 'DiagnosticReport': {
        const report = r.resourceType === 'DocumentReference' ? asReport(r) : r;
        if (!report) {
          warnings.push(`${where}: not an imaging report, not read`);
          break;
        }
        const study = readImagingReport(
          report,
          where,
          (w) => warnings.push(w),
          latest,
          (ref) => resultTexts.get(ref.replace(/^.*\/(Observation\/[^/]+)$/, '$1')),
        );
        if (study) imaging.push(study);
        break;
      }
      case 'Procedure': {
        if (r.status === 'entered-in-error' || r.status === 'not-done') {
          warnings.push(`${where}: status ${r.status}, not read`);
          break;
        }
        const modality = codeIn(r.code, SYS.modality);
        const date = day(r.performedDateTime ?? r.performedPeriod?.start, true);
        if (!modality || !(MODALITIES as readonly string[]).includes(modality)) {
          const manipulation = neckManipulation(r);
          const massage = manipulation ? null : neckMassage(r);
          if (manipulation || massage) {
            const f = manipulation ? 'recent-cervical-manipulation' : 'recent-neck-massage';
            setFinding(f, detail(true, date, undefined), where);
            warnings.push(`${where}: ${manipulation ?? massage}`);
          } else
            warnings.push(`${where}.code: ${codesOf(r.code)} not read (not a treatment session)`);
          break;
        }
        if (!date) {
          fail(`${where}.performedDateTime`, 'is required');
          break;
        }
        const s = sessionOf(r, date, modality as TreatmentSession['modality']);
        const key = `Procedure/${r.id}`;
        const first = sessionFrom.get(key);
        if (first) {
          fail(`${where}.id`, `${show(key)} appears twice in this Bundle (${first} and ${where})`);
          break;
        }
        sessionFrom.set(key, where);
        sessions.set(key, s);
        break;
      }
      case 'MedicationAdministration':
      case 'MedicationDispense':
      case 'MedicationRequest':
      case 'MedicationStatement': {
        const st =
          r.resourceType === 'MedicationRequest'
            ? asStatement(r)
            : r.resourceType === 'MedicationStatement'
              ? r
              : asTaken(r);
        if (!st || st.status === 'entered-in-error' || st.status === 'not-taken') {
          warnings.push(`${where}: status ${r.status}, not read`);
          break;
        }
        const m = medicationOf(st, medicationsById, (w) => warnings.push(`${where}${w}`), latest);
        medications.push(m);
        break;
      }
      case 'QuestionnaireResponse': {
        for (const a of questionnaireAnswers(r, (w) => warnings.push(`${where}: ${w}`)))
          answer(a.concept, a.value, `${where}.item ${show(a.item)}`);
        break;
      }
      case 'Encounter':
      case 'ServiceRequest': {
        const read = readVisit(r, where, { collected, warnings, day, latest, conditionIds });
        if (read.referral) referral = read.referral;
        break;
      }
      case 'Patient':
      case 'RiskAssessment':
      case 'DetectedIssue':
      case 'Medication':
        break; // the Patient is read above; the assessment is recomputed, not read back
      default:
        warnings.push(`${where}: a ${r.resourceType} is not read`);
        break;
    }
  }

  // Read from several records together (present only): Horner's signs, orthostatic hypotension.
  for (const x of together(
    resources.map((x) => x.r),
    day,
  ))
    answer(x.concept, x.value, x.where);
  applyRatings(ratings, sessions, (w) => warnings.push(w));
  if (errors.length) return { ok: false, errors };

  return asCase(
    p,
    { id, assessedOn, findings, imaging, sessions, medications, referral },
    warnings,
  );
}
