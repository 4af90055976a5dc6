/** The case file `bundleToCase` read, assembled and validated as every case file is. */
import type { FhirResource } from 'fhir/r4';
import {
  CASE_FORMAT,
  type CaseFile,
  type FindingValue,
  type ImagingStudy,
  type Medication,
  type Referral,
  type TreatmentSession,
} from '../model';
import { isIsoDate } from '../dates';
import { validateCase, type ValidationError } from '../validate';
import { nameOf } from './read-helpers';

export type BundleResult =
  | { ok: true; value: CaseFile; warnings: string[] }
  | { ok: false; errors: ValidationError[] };

/** The case file read from the Bundle, validated as every case is (a rating out of range…). */
export function asCase(
  p: Extract<FhirResource, { resourceType: 'Patient' }>,
  x: {
    id: string | undefined;
    assessedOn: string | undefined;
    findings: Record<string, FindingValue>;
    imaging: ImagingStudy[];
    sessions: Map<string, TreatmentSession>;
    medications: Medication[];
    referral: Referral | undefined;
  },
  warnings: string[],
): BundleResult {
  const { id, assessedOn, findings, imaging, sessions, medications, referral } = x;
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
