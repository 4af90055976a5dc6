// Apart from the store's feature (issue 15): the engine loads with the pages that show
// assessments, not with the shell. Engine modules, not its index (which would bring the
// FHIR mapping and the validator along).
import { assess } from '../../engine/assess';
import { todayIso } from '../../engine/dates';
import type { Assessment, CaseFile } from '../../engine/model';

/** The case as of a date: the live view assesses "as of today" (brief: `assessedOn`). */
export function asOf(caseFile: CaseFile, date: string): CaseFile {
  return caseFile.assessedOn === date ? caseFile : { ...caseFile, assessedOn: date };
}

const assessmentCache = new WeakMap<CaseFile, { date: string; value: Assessment }>();
/** Memoised per case object: the engine runs once per edit, not once per render. */
export function assessAsOf(caseFile: CaseFile, date: string = todayIso()): Assessment {
  const hit = assessmentCache.get(caseFile);
  if (hit && hit.date === date) return hit.value;
  const value = assess(asOf(caseFile, date));
  assessmentCache.set(caseFile, { date, value });
  return value;
}

/**
 * One assessment as of a date that keeps nothing for later (no memo in the engine or here):
 * for the worklist's triage of every patient and the summary stored with each write, where a
 * memo per patient would hold tens of kilobytes for each of thousands of patients.
 */
export function assessOnceAsOf(caseFile: CaseFile, date: string = todayIso()): Assessment {
  return assess(asOf(caseFile, date), { remember: false });
}
