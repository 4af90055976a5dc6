import { demoCases, todayIso } from '../../engine';
import type { StoredPatient } from './patient-repository';

/** The synthetic demo patients as stored records, dated relative to today. */
export function demoPatients(today: string = todayIso()): StoredPatient[] {
  const now = Date.now();
  return demoCases(today).map((caseFile) => ({
    id: caseFile.id,
    caseFile,
    updatedAt: now,
    synthetic: true,
  }));
}
