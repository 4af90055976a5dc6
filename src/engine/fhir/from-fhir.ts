/**
 * FHIR R4 Bundle → case file. Reads what `caseToBundle` writes (and plain FHIR where it can);
 * refuses what it cannot read with the resource and field named. The assessment resources
 * (RiskAssessment, DetectedIssue) are outputs: they are recomputed, not read back.
 */
import type { Bundle, CodeableConcept, Extension, FhirResource } from 'fhir/r4';
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

export type BundleResult =
  | { ok: true; value: CaseFile; warnings: string[] }
  | { ok: false; errors: ValidationError[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Base64 UTF-8 text, or null when it is not valid base64 or not UTF-8. */
const fromB64 = (data: string): string | null => {
  try {
    const bin = atob(data.replace(/\s+/g, ''));
    const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};
/** Only text attachments are decoded as report text (a PDF is not a report to read). */
const isTextType = (t: string | undefined): boolean =>
  !t || /^text\//i.test(t.trim()) || /^application\/(json|xml|fhir\+json)/i.test(t.trim());

function codeIn(cc: CodeableConcept | undefined, system: string): string | undefined {
  return cc?.coding?.find((c) => c.system === system)?.code;
}
function findingOf(cc: CodeableConcept | undefined): FindingId | undefined {
  const code = codeIn(cc, SYS.finding);
  if (isFindingId(code)) return code;
  // Plain FHIR from elsewhere: map the SNOMED codes the brief gives.
  const snomed = codeIn(cc, SYS.snomed);
  if (snomed === '404640003') return 'dizziness';
  if (snomed === '25064002') return 'headache';
  return undefined;
}
const extOf = (r: { extension?: Extension[] }, url: string): Extension | undefined =>
  r.extension?.find((e) => e.url === url);
const extsOf = (r: { extension?: Extension[] }, url: string): Extension[] =>
  r.extension?.filter((e) => e.url === url) ?? [];
const dateOf = (v: string | undefined): string | undefined => (v ? v.slice(0, 10) : undefined);

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
  const id = p.identifier?.find((x) => x.system === SYS.caseId)?.value ?? p.id;
  if (!id) fail(`${patients[0]!.where}.identifier`, 'no case id (identifier or id)');
  const risk = resources.find((x) => x.r.resourceType === 'RiskAssessment')?.r as
    | Extract<FhirResource, { resourceType: 'RiskAssessment' }>
    | undefined;
  const assessedOn =
    (risk && (extOf(risk, EXT.assessedOn)?.valueDate ?? dateOf(risk.occurrenceDateTime))) ??
    dateOf(bundle.timestamp);

  const findings: Record<string, FindingValue> = {};
  const imaging: ImagingStudy[] = [];
  const sessions = new Map<string, TreatmentSession>();
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
        if (!f) break; // an observation this product does not read
        if (r.dataAbsentReason) {
          findings[f] = {
            present: null,
            ...(dateOf(r.effectiveDateTime) ? { onset: dateOf(r.effectiveDateTime)! } : {}),
            ...(r.note?.[0]?.text ? { note: r.note[0].text } : {}),
          };
          break;
        }
        if (typeof r.valueBoolean !== 'boolean') {
          fail(`${where}.valueBoolean`, 'must be true or false');
          break;
        }
        findings[f] = detail(r.valueBoolean, dateOf(r.effectiveDateTime), r.note?.[0]?.text);
        break;
      }
      case 'Condition': {
        const f = findingOf(r.code);
        if (!f) break;
        if (extOf(r, EXT.unanswered)?.valueBoolean === true) {
          findings[f] = {
            present: null,
            ...(dateOf(r.onsetDateTime) ? { onset: dateOf(r.onsetDateTime)! } : {}),
            ...(r.note?.[0]?.text ? { note: r.note[0].text } : {}),
          };
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
        findings[f] = detail(present, dateOf(r.onsetDateTime), r.note?.[0]?.text);
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
        imaging.push({
          modality: modality as ImagingStudy['modality'],
          region: (region ?? 'cervical-spine') as ImagingStudy['region'],
          ...(dateOf(r.effectiveDateTime) ? { date: dateOf(r.effectiveDateTime)! } : {}),
          ...(report !== undefined ? { report } : {}),
          ...(confirmed.length ? { findings: confirmed } : {}),
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
        sessions.set(`Procedure/${r.id}`, s);
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
      default:
        break; // RiskAssessment, DetectedIssue: recomputed; others: not read
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
      ...(p.name?.[0]?.text ? { name: p.name[0].text } : {}),
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

function detail(
  present: boolean,
  onset: string | undefined,
  note: string | undefined,
): FindingValue {
  if (!onset && !note) return present;
  return { present, ...(onset ? { onset } : {}), ...(note ? { note } : {}) };
}
