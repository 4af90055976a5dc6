import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import {
  ImportActions,
  LockActions,
  PatientPageActions,
  PatientRepositoryActions,
  PatientsPageActions,
  ToolbarActions,
} from './patients.actions';
import {
  edited,
  initialState,
  listedAfterWrite,
  listedAt,
  patientAdapter,
  queued,
  settled,
  stored,
  takeStoreRead,
  withCleanName,
  type SaveStatus,
  type StoreSaveState,
} from './patients.state';
import { withId, type StoredPatient } from './patient-repository';

export {
  initialState,
  patientAdapter,
  type PatientsState,
  type SaveStatus,
  type StoreSaveState,
} from './patients.state';

export const patientsFeature = createFeature({
  name: 'patients',
  reducer: createReducer(
    initialState,
    on(PatientRepositoryActions.loadSucceeded, (state, { patients, generation }) => {
      const next = patientAdapter.setAll(patients, {
        ...state,
        loaded: true,
        loadError: null,
      });
      // A patient created or edited in this tab while the store was still loading (the store
      // loads on first use) is not in what was read: this tab's unsaved version stays.
      const mine = [...Object.keys(state.pending), ...state.writtenBeforeLoad]
        .map((id) => state.entities[id])
        .filter((p): p is StoredPatient => !!p);
      const kept = { ...next, writtenBeforeLoad: [] };
      if (mine.length > 0) return patientAdapter.upsertMany(mine, { ...kept, listed: null });
      return { ...kept, listed: listedAt(generation, kept.entities) };
    }),
    on(PatientRepositoryActions.snapshotLoaded, (state, { rows, generation }) =>
      state.loaded ? state : { ...state, snapshot: { rows, generation } },
    ),
    on(PatientRepositoryActions.loadFailed, (state, { error }) => ({
      ...state,
      loaded: true,
      loadError: error,
      snapshot: null,
    })),
    on(PatientsPageActions.patientCreated, (state, { caseFile }) =>
      patientAdapter.addOne(stored(withCleanName(caseFile)), {
        ...state,
        ...queued(state, [caseFile.id]),
      }),
    ),
    on(PatientRepositoryActions.createRenumbered, (state, { from, to }) => {
      const p = state.entities[from];
      if (!p) return state;
      const move = <T>(rec: Record<string, T>): Record<string, T> => {
        const { [from]: value, ...rest } = rec;
        return value === undefined ? rec : { ...rest, [to]: value };
      };
      const name = p.caseFile.patient?.name ?? from;
      return patientAdapter.addOne(withId(p, to), {
        ...patientAdapter.removeOne(from, state),
        pending: move(state.pending),
        saveStatus: move(state.saveStatus),
        writtenBeforeLoad: state.writtenBeforeLoad.map((id) => (id === from ? to : id)),
        renumbered: [...state.renumbered, { from, to, name }].slice(-20),
      });
    }),
    on(PatientsPageActions.patientRenamed, (state, { id, name }) => {
      const p = state.entities[id];
      if (!p) return state;
      const caseFile = withCleanName({ ...p.caseFile, patient: { ...p.caseFile.patient, name } });
      return edited(state, { ...p, caseFile, updatedAt: Date.now() }, p);
    }),
    on(PatientPageActions.caseEdited, (state, { caseFile: edit }) => {
      // An edit made on the page of a new patient just renumbered follows the patient.
      // (until the page has followed it: then the first id is another patient's).
      const moved = state.renumbered.find((r) => r.from === edit.id && !r.followed);
      const caseFile = moved ? { ...edit, id: moved.to } : edit;
      const p = state.entities[caseFile.id];
      const next: StoredPatient = p ? { ...p, caseFile, updatedAt: Date.now() } : stored(caseFile);
      return edited(state, next, p);
    }),
    on(ToolbarActions.casesImported, (state, { cases }) =>
      patientAdapter.upsertMany(
        cases.map((c) => stored(c)),
        {
          ...state,
          ...queued(
            state,
            cases.map((c) => c.id),
          ),
        },
      ),
    ),
    on(ImportActions.filesStored, (state, { patients }) => {
      const saveStatus = { ...state.saveStatus };
      for (const p of patients) if (!state.pending[p.id]) saveStatus[p.id] = 'saved';
      // Stored before the first load arrives: that load may have read without them.
      const writtenBeforeLoad = state.loaded
        ? state.writtenBeforeLoad
        : [...new Set([...state.writtenBeforeLoad, ...patients.map((p) => p.id)])];
      return patientAdapter.upsertMany(patients, { ...state, saveStatus, writtenBeforeLoad });
    }),
    on(PatientsPageActions.patientDeleted, (state, { id }) => {
      const p = state.entities[id];
      if (!p) return { ...state, pendingDeletes: state.pendingDeletes + 1 };
      const saveStatus = { ...state.saveStatus };
      delete saveStatus[id];
      const pending = { ...state.pending };
      delete pending[id];
      return patientAdapter.removeOne(id, {
        ...state,
        lastDeleted: p,
        saveStatus,
        pending,
        pendingDeletes: state.pendingDeletes + 1,
      });
    }),
    on(PatientsPageActions.deleteUndone, (state, { id }) =>
      state.lastDeleted?.id === id
        ? patientAdapter.addOne(state.lastDeleted, {
            ...state,
            lastDeleted: null,
            ...queued(state, [id]),
          })
        : state,
    ),
    on(PatientRepositoryActions.deleteSucceeded, (state) => ({
      ...state,
      pendingDeletes: Math.max(0, state.pendingDeletes - 1),
    })),
    on(PatientRepositoryActions.deleteFailed, (state, { id, patient, error }) => {
      const next = {
        ...state,
        pendingDeletes: Math.max(0, state.pendingDeletes - 1),
        saveError: `Delete of ${id} failed: ${error}`,
      };
      return patient ? patientAdapter.addOne(patient, next) : next;
    }),
    on(
      PatientRepositoryActions.saveSucceeded,
      (state, { ids, patients, conflicts, generation }) => {
        const next = {
          ...state,
          ...settled(state, ids, 'saved'),
          saveError: null,
          changedElsewhere: state.changedElsewhere.filter((id) => !ids.includes(id)),
          writtenBeforeLoad: state.loaded
            ? state.writtenBeforeLoad
            : [...new Set([...state.writtenBeforeLoad, ...ids])],
        };
        if (conflicts?.length) next.conflicts = [...state.conflicts, ...conflicts].slice(-20);
        // The record as committed carries other tabs' fields; take it once nothing is queued.
        const fresh = (patients ?? []).filter((p) => state.entities[p.id] && !next.pending[p.id]);
        const after = fresh.length ? patientAdapter.upsertMany(fresh, next) : next;
        return { ...after, listed: listedAfterWrite(state.listed, generation, after) };
      },
    ),
    on(PatientRepositoryActions.saveFailed, (state, { ids, error, changedElsewhere }) => ({
      ...state,
      ...settled(state, ids, 'error'),
      saveError: error,
      changedElsewhere: changedElsewhere
        ? [...new Set([...state.changedElsewhere, ...ids])]
        : state.changedElsewhere.filter((id) => !ids.includes(id)),
    })),
    on(PatientPageActions.conflictReapplied, (state, { id }) => ({
      ...state,
      ...queued(state, [id]),
      changedElsewhere: state.changedElsewhere.filter((x) => x !== id),
    })),
    on(PatientPageActions.conflictReloaded, (state, { id }) => {
      const saveStatus = { ...state.saveStatus };
      delete saveStatus[id];
      return {
        ...state,
        saveStatus,
        saveError: null,
        changedElsewhere: state.changedElsewhere.filter((x) => x !== id),
      };
    }),
    on(PatientRepositoryActions.saveCancelled, (state, { ids }) => ({
      ...state,
      ...settled(state, ids, null),
    })),
    on(PatientRepositoryActions.externalChangeLoaded, takeStoreRead),
    // Read again after this tab's import: only into a loaded state (a lock empties the state,
    // and nothing read may land in it then).
    on(PatientRepositoryActions.rereadAfterImport, (state, read) =>
      state.loaded ? takeStoreRead(state, read) : state,
    ),
    on(PatientRepositoryActions.storageLost, (state, { reason }) => {
      const saveStatus: Record<string, SaveStatus> = {};
      for (const id of [...Object.keys(state.saveStatus), ...Object.keys(state.pending)])
        saveStatus[id] = 'error';
      return { ...state, storageLost: reason, saveStatus, saveError: `Storage lost: ${reason}` };
    }),
    on(PatientRepositoryActions.persistenceChecked, (state, { persisted }) => ({
      ...state,
      persisted,
    })),
    // Locked: nothing about any patient stays in memory (unsaved edits were written sealed).
    on(LockActions.locked, (state) => ({
      ...initialState,
      persisted: state.persisted,
      storageLost: state.storageLost,
    })),
    on(ToolbarActions.conflictsDismissed, (state) => ({ ...state, conflicts: [] })),
    on(ToolbarActions.renumberingDismissed, (state) => ({ ...state, renumbered: [] })),
    on(PatientRepositoryActions.renumberedPageFollowed, (state, { from }) => ({
      ...state,
      renumbered: state.renumbered.map((r) => (r.from === from ? { ...r, followed: true } : r)),
    })),
    on(PatientRepositoryActions.connected, (state) => ({
      ...state,
      loaded: state.opening === null,
      loadError: null,
    })),
    on(PatientRepositoryActions.patientOpening, (state, { id, known }) =>
      known ? state : { ...state, opening: id, loaded: false },
    ),
    on(PatientRepositoryActions.patientRead, (state, { id, patient }) => {
      const next = { ...state, opening: null, loaded: true };
      // This tab's unsaved edit of it stays on screen; so does everything once the store is
      // lost (a read then is of an empty database).
      if (state.pending[id] || state.saveStatus[id] === 'error' || state.storageLost) return next;
      return patient ? patientAdapter.upsertOne(patient, next) : patientAdapter.removeOne(id, next);
    }),
    on(PatientRepositoryActions.patientReadFailed, (state, { error }) => ({
      ...state,
      opening: null,
      loaded: true,
      loadError: error,
    })),
  ),
  extraSelectors: ({ selectPatientsState, selectEntities }) => ({
    ...patientAdapter.getSelectors(selectPatientsState),
    selectPatientById: (id: string) => createSelector(selectEntities, (e) => e[id] ?? null),
    /** Whole-store write state for the shell: lost, else any failed write, else pending, else saved. */
    selectStoreSaveState: createSelector(selectPatientsState, (s): StoreSaveState => {
      if (s.storageLost) return 'lost';
      const all = Object.values(s.saveStatus);
      if (all.includes('error')) return 'error';
      return all.includes('saving') || s.pendingDeletes > 0 ? 'saving' : 'saved';
    }),
  }),
});
