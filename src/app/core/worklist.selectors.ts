import { createSelector } from '@ngrx/store';
import { todayIso } from '../../engine';
import { worklistRow, type WorklistRow } from '../features/worklist/worklist-rows';
import { assessAsOf, patientsFeature } from './patients.feature';

const rowCache = new WeakMap<object, { date: string; row: WorklistRow }>();

/** One row per patient, assessed as of today by the engine; memoised per stored patient. */
export const selectWorklistRows = createSelector(patientsFeature.selectAll, (patients) => {
  const today = todayIso();
  return patients.map((p) => {
    const hit = rowCache.get(p);
    if (hit && hit.date === today) return hit.row;
    const row = worklistRow(p.caseFile, assessAsOf(p.caseFile, today), today);
    rowCache.set(p, { date: today, row });
    return row;
  });
});
