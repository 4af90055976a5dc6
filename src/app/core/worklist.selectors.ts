import { createSelector } from '@ngrx/store';
import { todayIso } from '../../engine/dates';
import { ENGINE_BUILD } from '../../engine/engine-build';
import { RULES_VERSION } from '../../engine/rules';
import { triageOf, worklistRow, type Triage, type WorklistRow } from './worklist-row';
import type { StoredPatient, TriageSummary } from './patient-repository';
import { assessOnceAsOf } from './assess-as-of';
import { patientsFeature } from './patients.feature';

const rowCache = new WeakMap<object, { date: string; row: WorklistRow }>();

/**
 * Which engine wrote a summary: the rules' version and the engine's build stamp, so a
 * summary written before any change to the engine (a reader phrase as much as a rule) is
 * recomputed, never shown as today's triage.
 */
export const SUMMARY_STAMP = `${RULES_VERSION}+${ENGINE_BUILD}`;

/** The stored triage summary when it is of today and of these rules; else the engine's. */
function triage(p: StoredPatient, today: string): Triage {
  const s = p.summary;
  // A summary written before "not screened" and every verdict existed is recomputed.
  const extra = s as { screened?: unknown; verdicts?: Triage['verdicts'] } | undefined;
  if (
    s &&
    s.date === today &&
    s.rules === SUMMARY_STAMP &&
    typeof extra?.screened === 'boolean' &&
    extra.verdicts
  )
    return s as Triage; // it has every Triage field (checked above): no copy per row
  return triageOf(assessOnceAsOf(p.caseFile, today));
}

/** What is stored beside a patient on every write (see `StoredPatient.summary`). */
export function triageSummary(p: StoredPatient, today: string = todayIso()): TriageSummary {
  return { date: today, rules: SUMMARY_STAMP, ...triageOf(assessOnceAsOf(p.caseFile, today)) };
}

/**
 * One row per patient, as of today; memoised per stored patient. `known`: rows already
 * computed for exactly these patients (the snapshot at the generation they were read at).
 */
export function worklistRowsOf(
  patients: readonly StoredPatient[],
  known?: ReadonlyMap<string, WorklistRow>,
): WorklistRow[] {
  const today = todayIso();
  return patients.map((p) => {
    const hit = rowCache.get(p);
    if (hit && hit.date === today) return hit.row;
    const row = known?.get(p.id) ?? worklistRow(p.caseFile, triage(p, today), today);
    rowCache.set(p, { date: today, row });
    return row;
  });
}

/**
 * The worklist's rows: before the patients are read, the embedded store's snapshot of them
 * when it had an exact one (core/worklist-snapshot); then one per patient, the snapshot's
 * rows taken for the patients read at its generation (the engine does not run for them).
 */
export const selectWorklistRows = createSelector(
  patientsFeature.selectLoaded,
  patientsFeature.selectSnapshot,
  patientsFeature.selectListed,
  patientsFeature.selectEntities,
  patientsFeature.selectAll,
  (loaded, snapshot, listed, entities, patients) => {
    if (!loaded && snapshot) return snapshot.rows;
    const exact =
      snapshot &&
      listed?.generation === snapshot.generation &&
      listed.entities === entities &&
      snapshot.rows.length === patients.length;
    return worklistRowsOf(patients, exact ? rowsById(snapshot.rows) : undefined);
  },
);

const byId = new WeakMap<readonly WorklistRow[], ReadonlyMap<string, WorklistRow>>();
function rowsById(rows: readonly WorklistRow[]): ReadonlyMap<string, WorklistRow> {
  let map = byId.get(rows);
  if (!map) byId.set(rows, (map = new Map(rows.map((r) => [r.id, r]))));
  return map;
}
