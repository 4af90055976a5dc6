/**
 * FHIR R4 Bundle → case file. Reads what `caseToBundle` writes (and plain FHIR where it can);
 * refuses what it cannot read with the resource and field named. The assessment resources
 * (RiskAssessment, DetectedIssue) are outputs: they are recomputed, not read back.
 */
import type { Bundle, CodeableConcept, FhirResource } from 'fhir/r4';
import { isFindingId, type FindingId } from '../finding-ids';
import { isIsoDate } from '../dates';
import {
  CASE_FORMAT,
  IMAGING_MODALITIES,
  MODALITIES,
  type CaseFile,
  type FindingValue,
  type ImagingStudy,
  type Medication,
  type Referral,
  type TreatmentSession,
} from '../model';
import { validateCase, type ValidationError } from '../validate';
import { EXT, LOINC_PAIN, SYS } from './codes';
import {
  codeIn,
  codesOf,
  dateOf,
  detail,
  extOf,
  extsOf,
  findingOf,
  fromB64,
  isTextType,
  nameOf,
  presentOf,
  show,
} from './read-helpers';

export type BundleResult =
  | { ok: true; value: CaseFile; warnings: string[] }
  | { ok: false; errors: ValidationError[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function bundleToCase(input: unknown): BundleResult {
  const errors: ValidationError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  const warnings: string[] = [];
  if (!isObj(input) || input['resourceType'] !== 'Bundle')
    return { ok: false, errors: [{ path: 'Bundle.resourceType', message: 'is not "Bundle"' }] };
  const bundle = input as unknown as Bundle;
  if (!Array.isArray(bundle.entry))
    return {
      ok: false,
      errors: [{ path: 'Bundle.entry', message: 'must be an array of entries' }],
    };

  const resources: { r: FhirResource; where: string }[] = [];
  bundle.entry.forEach((e, i) => {
    const r = isObj(e) ? (e as Obj)['resource'] : undefined;
    if (!isObj(r) || typeof r['resourceType'] !== 'string')
      fail(`Bundle.entry[${i}].resource`, 'missing or without resourceType');
    else
      resources.push({
        r: r as unknown as FhirResource,
        where: `${r['resourceType']} (Bundle.entry[${i}])`,
      });
  });
  const patients = resources.filter((x) => x.r.resourceType === 'Patient');
  if (patients.length !== 1)
    fail('Bundle.entry', `needs exactly one Patient (found ${patients.length})`);
  if (errors.length) return { ok: false, errors };

  const p = patients[0]!.r as Extract<FhirResource, { resourceType: 'Patient' }>;
  // Resources about another patient are refused: merging them would mix two people's data.
  const patientEntry = bundle.entry[resources.indexOf(patients[0]!)] as { fullUrl?: string };
  const mine = new Set(
    [p.id ? `Patient/${p.id}` : '', patientEntry?.fullUrl ?? ''].filter((x) => x !== ''),
  );
  for (const { r, where } of resources) {
    const subject = (r as { subject?: { reference?: unknown } }).subject?.reference;
    if (typeof subject === 'string' && !mine.has(subject))
      fail(
        `${where}.subject`,
        `${show(subject)} is not this Bundle's Patient (${[...mine].join(' or ') || 'no id'})`,
      );
  }
  const id = p.identifier?.find((x) => x.system === SYS.caseId)?.value ?? p.id;
  if (!id) fail(`${patients[0]!.where}.identifier`, 'no case id (identifier or id)');
  const risk = resources.find((x) => x.r.resourceType === 'RiskAssessment')?.r as
    | Extract<FhirResource, { resourceType: 'RiskAssessment' }>
    | undefined;
  const assessedOn =
    (risk && (extOf(risk, EXT.assessedOn)?.valueDate ?? dateOf(risk.occurrenceDateTime))) ??
    dateOf(bundle.timestamp);

  const findings: Record<string, FindingValue> = {};
  const findingFrom = new Map<string, string>();
  /** Two entries disagree on one finding: it stays present (fail-safe) and the conflict is listed. */
  const setFinding = (f: FindingId, v: FindingValue, where: string): void => {
    const prev = findings[f];
    const was = presentOf(prev);
    const now = presentOf(v);
    if (prev !== undefined && was !== null && now !== null && was !== now) {
      warnings.push(
        `findings.${f}: ${findingFrom.get(f)} says ${String(was)}, ${where} says ${String(now)}; kept as present (fail-safe)`,
      );
      const keep = was ? prev : v;
      findings[f] = keep;
      return;
    }
    if (prev !== undefined && now === null) return; // an unanswered entry never hides an answer
    findings[f] = v;
    findingFrom.set(f, where);
  };
  const imaging: ImagingStudy[] = [];
  const sessions = new Map<string, TreatmentSession>();
  const sessionFrom = new Map<string, string>();
  const ratings: {
    ref: string;
    where: string;
    code: CodeableConcept;
    value: unknown;
    timing?: string;
  }[] = [];
  const medications: Medication[] = [];
  let referral: Referral | undefined;

  for (const { r, where } of resources) {
    switch (r.resourceType) {
      case 'Observation': {
        const partOf = r.partOf?.[0]?.reference;
        if (partOf) {
          ratings.push({
            ref: partOf,
            where,
            code: r.code,
            value: r.valueInteger ?? r.valueQuantity?.value,
            timing: extOf(r, EXT.timing)?.valueCode,
          });
          break;
        }
        const f = findingOf(r.code);
        if (!f) {
          warnings.push(`${where}.code: ${codesOf(r.code)} not read (no finding id for it)`);
          break;
        }
        if (r.dataAbsentReason) {
          setFinding(
            f,
            {
              present: null,
              ...(dateOf(r.effectiveDateTime) ? { onset: dateOf(r.effectiveDateTime)! } : {}),
              ...(r.note?.[0]?.text ? { note: r.note[0].text } : {}),
            },
            where,
          );
          break;
        }
        if (typeof r.valueBoolean !== 'boolean') {
          fail(`${where}.valueBoolean`, 'must be true or false');
          break;
        }
        setFinding(
          f,
          detail(r.valueBoolean, dateOf(r.effectiveDateTime), r.note?.[0]?.text),
          where,
        );
        break;
      }
      case 'Condition': {
        const f = findingOf(r.code);
        if (!f) {
          warnings.push(`${where}.code: ${codesOf(r.code)} not read (no finding id for it)`);
          break;
        }
        if (extOf(r, EXT.unanswered)?.valueBoolean === true) {
          setFinding(
            f,
            {
              present: null,
              ...(dateOf(r.onsetDateTime) ? { onset: dateOf(r.onsetDateTime)! } : {}),
              ...(r.note?.[0]?.text ? { note: r.note[0].text } : {}),
            },
            where,
          );
          break;
        }
        const ver = codeIn(r.verificationStatus, SYS.conditionVerification);
        const clinical = codeIn(r.clinicalStatus, SYS.conditionClinical);
        // Refuted → absent; confirmed / unconfirmed / provisional (or none) → present: fail-safe.
        const present =
          ver === 'refuted' || ver === 'entered-in-error'
            ? false
            : clinical === 'inactive' && ver === undefined
              ? false
              : true;
        setFinding(f, detail(present, dateOf(r.onsetDateTime), r.note?.[0]?.text), where);
        break;
      }
      case 'DiagnosticReport': {
        const modality = codeIn(r.code, SYS.imaging);
        const region = extOf(r, EXT.region)?.valueCode;
        if (!modality || !(IMAGING_MODALITIES as readonly string[]).includes(modality)) {
          fail(
            `${where}.code`,
            `no imaging modality (${IMAGING_MODALITIES.join(', ')}) in ${SYS.imaging}`,
          );
          break;
        }
        let report = r.conclusion;
        const forms = (r.presentedForm ?? []).filter((f) => typeof f.data === 'string');
        const form = forms.find((f) => isTextType(f.contentType));
        for (const f of forms)
          if (f !== form && !isTextType(f.contentType))
            warnings.push(`${where}.presentedForm: ${f.contentType} attachment not read`);
        if (report === undefined && form?.data !== undefined) {
          const text = fromB64(form.data);
          if (text === null) {
            fail(`${where}.presentedForm.data`, 'is not valid base64 UTF-8 text');
            break;
          }
          report = text;
        }
        const confirmed = (r.conclusionCode ?? [])
          .map(findingOf)
          .filter((f): f is FindingId => !!f);
        const rejected = extsOf(r, EXT.rejected)
          .map((e) => e.valueCode)
          .filter(isFindingId);
        const absent = extsOf(r, EXT.absent)
          .map((e) => e.valueCode)
          .filter(isFindingId);
        for (const cc of r.conclusionCode ?? [])
          if (!findingOf(cc))
            warnings.push(
              `${where}.conclusionCode: ${codesOf(cc)} not read (no finding id for it)`,
            );
        imaging.push({
          modality: modality as ImagingStudy['modality'],
          region: (region ?? 'cervical-spine') as ImagingStudy['region'],
          ...(dateOf(r.effectiveDateTime) ? { date: dateOf(r.effectiveDateTime)! } : {}),
          ...(report !== undefined ? { report } : {}),
          ...(confirmed.length ? { findings: confirmed } : {}),
          ...(absent.length ? { absentFindings: absent } : {}),
          ...(rejected.length ? { rejectedFindings: rejected } : {}),
        });
        if (!region) fail(`${where}.extension`, `no imaging region (${EXT.region})`);
        break;
      }
      case 'Procedure': {
        const modality = codeIn(r.code, SYS.modality);
        if (!modality || !(MODALITIES as readonly string[]).includes(modality)) {
          fail(`${where}.code`, `no modality (${MODALITIES.join(', ')}) in ${SYS.modality}`);
          break;
        }
        const date = dateOf(r.performedDateTime ?? r.performedPeriod?.start);
        if (!date) {
          fail(`${where}.performedDateTime`, 'is required');
          break;
        }
        const s: TreatmentSession = { date, modality: modality as TreatmentSession['modality'] };
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
        const symptoms = (r.complication ?? []).map(findingOf).filter((f): f is FindingId => !!f);
        s.newSymptoms = symptoms;
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
      case 'MedicationStatement': {
        const name =
          r.medicationCodeableConcept?.text ?? r.medicationCodeableConcept?.coding?.[0]?.display;
        if (!name) {
          fail(`${where}.medicationCodeableConcept.text`, 'is required (the medication name)');
          break;
        }
        const m: Medication = { name };
        const form = extOf(r, EXT.form)?.valueString;
        if (form) m.form = form;
        const analgesic = extOf(r, EXT.analgesic)?.valueBoolean;
        if (analgesic !== undefined) m.analgesic = analgesic;
        const start = dateOf(r.effectivePeriod?.start ?? r.effectiveDateTime);
        const end = dateOf(r.effectivePeriod?.end);
        if (start) m.start = start;
        if (end) m.end = end;
        medications.push(m);
        break;
      }
      case 'ServiceRequest': {
        const status =
          extOf(r, EXT.referralStatus)?.valueCode ?? (r.status === 'completed' ? 'done' : 'new');
        referral = {
          ...(dateOf(r.authoredOn) ? { date: dateOf(r.authoredOn)! } : {}),
          ...(r.requester?.display ? { from: r.requester.display } : {}),
          ...(r.reasonCode?.[0]?.text ? { reason: r.reasonCode[0].text } : {}),
          ...(r.priority === 'routine' || r.priority === 'urgent' ? { priority: r.priority } : {}),
          status: status as Referral['status'],
        };
        break;
      }
      case 'Patient':
      case 'RiskAssessment':
      case 'DetectedIssue':
        break; // the Patient is read above; the assessment is recomputed, not read back
      default:
        warnings.push(`${where}: a ${r.resourceType} is not read`);
        break;
    }
  }

  for (const x of ratings) {
    const s = sessions.get(x.ref);
    if (!s) {
      fail(`${x.where}.partOf`, `${x.ref} is not a session (Procedure) in this Bundle`);
      continue;
    }
    if (typeof x.value !== 'number') {
      fail(`${x.where}.valueInteger`, 'must be a number from 0 to 10');
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
  if (errors.length) return { ok: false, errors };

  const c: Record<string, unknown> = {
    format: CASE_FORMAT,
    id,
    ...(assessedOn && isIsoDate(assessedOn) ? { assessedOn } : {}),
    patient: {
      ...(nameOf(p.name) ? { name: nameOf(p.name) } : {}),
      ...(p.gender ? { sex: p.gender } : {}),
      ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    },
    findings,
    imaging,
    sessions: [...sessions.values()],
    medications,
    ...(referral ? { referral } : {}),
    ...(p.meta?.tag?.some((t) => t.code === 'HTEST') ? { synthetic: true } : {}),
  };
  // The usual edge validation: a rating out of range or an impossible date is refused here.
  const v = validateCase(c);
  return v.ok
    ? { ok: true, value: v.value, warnings: [...warnings, ...v.warnings] }
    : {
        ok: false,
        errors: v.errors.map((e) => ({ path: `(from Bundle) ${e.path}`, message: e.message })),
      };
}
