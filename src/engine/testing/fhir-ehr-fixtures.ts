/** Test helpers for the FHIR reader specs: a screened patient as a Bundle, plus resources. */
import type { Bundle, BundleEntry } from 'fhir/r4';
import { assess } from '../assess';
import { FINDING_IDS } from '../finding-ids';
import { CASE_FORMAT, type Assessment, type CaseFile } from '../model';
import { formatErrors } from '../validate';
import { bundleToCase } from '../fhir/from-fhir';
import { caseToBundle } from '../fhir/to-fhir';

export const ON = '2026-11-26';
export const SCT = 'http://snomed.info/sct';
export const CLIN = 'http://terminology.hl7.org/CodeSystem/condition-clinical';

/** A screened patient (every finding "no", a clean X-ray) without `omit`, as a Bundle. */
export function screened(omit: readonly string[], ...added: object[]): Bundle {
  const findings = Object.fromEntries(
    FINDING_IDS.filter((f) => !omit.includes(f)).map((f) => [f, false]),
  );
  const c: CaseFile = {
    format: CASE_FORMAT,
    id: 'p1',
    assessedOn: ON,
    patient: { birthDate: '1980-01-01', sex: 'female' },
    findings,
    imaging: [
      {
        modality: 'xray',
        region: 'cervical-spine',
        date: '2026-11-01',
        report: 'Normal cervical spine.',
        absentFindings: ['uncovertebral-arthrosis'],
      },
    ],
  } as CaseFile;
  const b = caseToBundle(c, assess(c));
  b.entry!.push(...added.map((resource) => ({ resource }) as BundleEntry));
  return b;
}
export const subject = { reference: 'Patient/p1' };
export function read(b: unknown) {
  const r = bundleToCase(b);
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return r;
}
export const assessed = (b: Bundle): Assessment => assess(read(b).value);
/** The case read from a screened patient without `omit`, with EHR resources added. */
export const caseOf = (omit: readonly string[], ...added: object[]) =>
  read(screened(omit, ...added)).value;
/** A finding's answer: true / false / null, or undefined when not answered. */
export const present = (v: unknown): boolean | null | undefined =>
  typeof v === 'boolean' ? v : (v as { present?: boolean | null } | undefined)?.present;
export const verdict = (a: Assessment, m: keyof Assessment['modalities']) =>
  a.modalities[m].verdict;
export const condition = (code: object, extra: object = {}) => ({
  resourceType: 'Condition',
  subject,
  code: { coding: [code] },
  ...extra,
});
export const observation = (code: object, extra: object) => ({
  resourceType: 'Observation',
  status: 'final',
  subject,
  code: { coding: [code] },
  ...extra,
});
