import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { assess, todayIso, type Assessment, type CaseFile } from '../../engine';
import {
  PatientPageActions,
  PatientRepositoryActions,
  PatientsPageActions,
  ToolbarActions,
} from './patients.actions';
import type { StoredPatient } from './patient-repository';

export type SaveStatus = 'saving' | 'saved' | 'error';

export interface PatientsState extends EntityState<StoredPatient> {
  loaded: boolean;
  loadError: string | null;
  saveStatus: Record<string, SaveStatus>;
  saveError: string | null;
  /** The last deleted patient, for undo. */
  lastDeleted: StoredPatient | null;
}

export const patientAdapter = createEntityAdapter<StoredPatient>({
  selectId: (p) => p.id,
  sortComparer: (a, b) =>
    (a.caseFile.patient?.name ?? a.id).localeCompare(b.caseFile.patient?.name ?? b.id),
});

export const initialState: PatientsState = patientAdapter.getInitialState({
  loaded: false,
  loadError: null,
  saveStatus: {},
  saveError: null,
  lastDeleted: null,
});

const stored = (caseFile: CaseFile, synthetic = false): StoredPatient => ({
  id: caseFile.id,
  caseFile,
  updatedAt: Date.now(),
  synthetic,
});

function markSaving(state: PatientsState, ids: readonly string[]): Record<string, SaveStatus> {
  const next = { ...state.saveStatus };
  for (const id of ids) next[id] = 'saving';
  return next;
}

export const patientsFeature = createFeature({
  name: 'patients',
  reducer: createReducer(
    initialState,
    on(PatientRepositoryActions.loadSucceeded, (state, { patients }) =>
      patientAdapter.setAll(patients, { ...state, loaded: true, loadError: null }),
    ),
    on(PatientRepositoryActions.loadFailed, (state, { error }) => ({
      ...state,
      loaded: true,
      loadError: error,
    })),
    on(PatientsPageActions.patientCreated, (state, { caseFile }) =>
      patientAdapter.addOne(stored(caseFile), {
        ...state,
        saveStatus: markSaving(state, [caseFile.id]),
      }),
    ),
    on(PatientsPageActions.patientRenamed, (state, { id, name }) => {
      const p = state.entities[id];
      if (!p) return state;
      const caseFile = { ...p.caseFile, patient: { ...p.caseFile.patient, name } };
      return patientAdapter.upsertOne(
        { ...p, caseFile, updatedAt: Date.now() },
        { ...state, saveStatus: markSaving(state, [id]) },
      );
    }),
    on(PatientPageActions.caseEdited, (state, { caseFile }) => {
      const p = state.entities[caseFile.id];
      const next: StoredPatient = p ? { ...p, caseFile, updatedAt: Date.now() } : stored(caseFile);
      return patientAdapter.upsertOne(next, {
        ...state,
        saveStatus: markSaving(state, [caseFile.id]),
      });
    }),
    on(ToolbarActions.casesImported, (state, { cases }) =>
      patientAdapter.upsertMany(
        cases.map((c) => stored(c)),
        {
          ...state,
          saveStatus: markSaving(
            state,
            cases.map((c) => c.id),
          ),
        },
      ),
    ),
    on(PatientsPageActions.patientDeleted, (state, { id }) => {
      const p = state.entities[id];
      if (!p) return state;
      const saveStatus = { ...state.saveStatus };
      delete saveStatus[id];
      return patientAdapter.removeOne(id, { ...state, lastDeleted: p, saveStatus });
    }),
    on(PatientsPageActions.deleteUndone, (state, { id }) =>
      state.lastDeleted?.id === id
        ? patientAdapter.addOne(state.lastDeleted, {
            ...state,
            lastDeleted: null,
            saveStatus: markSaving(state, [state.lastDeleted.id]),
          })
        : state,
    ),
    on(PatientRepositoryActions.deleteFailed, (state, { patient, error }) =>
      patientAdapter.addOne(patient, { ...state, saveError: `Delete failed: ${error}` }),
    ),
    on(PatientRepositoryActions.saveSucceeded, (state, { ids }) => {
      const saveStatus = { ...state.saveStatus };
      for (const id of ids) if (state.entities[id]) saveStatus[id] = 'saved';
      return { ...state, saveStatus, saveError: null };
    }),
    on(PatientRepositoryActions.saveFailed, (state, { ids, error }) => {
      const saveStatus = { ...state.saveStatus };
      for (const id of ids) saveStatus[id] = 'error';
      return { ...state, saveStatus, saveError: error };
    }),
    on(PatientRepositoryActions.externalChangeLoaded, (state, { patients }) => {
      // Another tab wrote: take its data, but never drop this tab's unsaved edits.
      const pending = (id: string): boolean =>
        state.saveStatus[id] === 'saving' || state.saveStatus[id] === 'error';
      const incoming = patients.filter((p) => !pending(p.id));
      const keep = Object.values(state.entities).filter(
        (p): p is StoredPatient => !!p && pending(p.id),
      );
      return patientAdapter.setAll([...incoming, ...keep], state);
    }),
  ),
  extraSelectors: ({ selectPatientsState, selectEntities }) => ({
    ...patientAdapter.getSelectors(selectPatientsState),
    selectPatientById: (id: string) => createSelector(selectEntities, (e) => e[id] ?? null),
    /** Whole-store write state for the shell: any failed write, else any pending, else saved. */
    selectStoreSaveState: createSelector(selectPatientsState, (s): SaveStatus => {
      const all = Object.values(s.saveStatus);
      return all.includes('error') ? 'error' : all.includes('saving') ? 'saving' : 'saved';
    }),
  }),
});

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
