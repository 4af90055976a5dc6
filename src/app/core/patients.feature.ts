import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { CaseFile } from '../../engine/model';
import { cleanName } from '../../engine/text-hygiene';
import { diffCase, type FieldChange } from './case-changes';
import {
  ImportActions,
  LockActions,
  PatientPageActions,
  PatientRepositoryActions,
  PatientsPageActions,
  ToolbarActions,
} from './patients.actions';
import { withId, type StoredPatient } from './patient-repository';
import type { WorklistRow } from './worklist-row';

export type SaveStatus = 'saving' | 'saved' | 'error';
/** The shell's state: `lost` when the store went away under this tab (never "saved" again). */
export type StoreSaveState = SaveStatus | 'lost';

export interface PatientsState extends EntityState<StoredPatient> {
  loaded: boolean;
  loadError: string | null;
  saveStatus: Record<string, SaveStatus>;
  saveError: string | null;
  /** Writes queued or running per patient: "saving" until the last one commits. */
  pending: Record<string, number>;
  /**
   * The field changes of the last edit (set by the reducer, written by the effect); null
   * changes: write the whole record (a new patient).
   */
  lastChange: { id: string; changes: FieldChange[] | null } | null;
  /** The same field saved differently in another tab: both values, the kept one named. */
  conflicts: string[];
  /** Why the store is gone (another tab deleted it, site data cleared); null while fine. */
  storageLost: string | null;
  /** Whether the browser granted persistent storage; null: unknown / unsupported. */
  persisted: boolean | null;
  /** Deletes queued or running: the shell says "saving" until they commit. */
  pendingDeletes: number;
  /** The last deleted patient, for undo. */
  lastDeleted: StoredPatient | null;
  /** Connected mode: the patient being read from the server for the page opened. */
  opening: string | null;
  /** Patients whose write got a 412: Reload or Re-apply is offered. */
  changedElsewhere: string[];
  /**
   * Patients this tab wrote before the first load arrived (the store loads on first use; an
   * import or a new patient may commit before the load's read): kept when it arrives.
   */
  writtenBeforeLoad: string[];
  /**
   * New patients stored under another id than they were created with (another tab or
   * clinician took it at the same moment): first id → stored id, with the name, for the
   * notice and for an edit still made under the first id.
   */
  renumbered: { from: string; to: string; name: string; followed?: boolean }[];
  /**
   * The worklist's rows from the embedded store's snapshot (core/worklist-snapshot): shown
   * until the patients are read, then taken as the rows of the patients read at the same
   * generation (no engine run for them). Null without an exact snapshot.
   */
  snapshot: { rows: WorklistRow[]; generation: number } | null;
  /**
   * The entities exactly as read at this store generation (no edit of this tab merged in):
   * the worklist snapshot is saved from them only while they are still the state's.
   */
  listed: { generation: number; entities: PatientsState['entities'] } | null;
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
  pending: {},
  lastChange: null,
  conflicts: [],
  storageLost: null,
  persisted: null,
  pendingDeletes: 0,
  lastDeleted: null,
  opening: null,
  writtenBeforeLoad: [],
  changedElsewhere: [],
  renumbered: [],
  snapshot: null,
  listed: null,
});

const stored = (caseFile: CaseFile, synthetic = false): StoredPatient => ({
  id: caseFile.id,
  caseFile,
  updatedAt: Date.now(),
  synthetic,
});

/** Names are shown in headers and lists: no control or bidi characters (typed or pasted). */
function withCleanName(c: CaseFile): CaseFile {
  const name = c.patient?.name;
  return typeof name === 'string' && cleanName(name) !== name
    ? { ...c, patient: { ...c.patient, name: cleanName(name) } }
    : c;
}

const listedAt = (
  generation: number | undefined,
  entities: PatientsState['entities'],
): PatientsState['listed'] => (generation === undefined ? null : { generation, entities });

/**
 * The state is still exactly the store as read, after this tab's own write: only when the
 * write moved the store on by one (no other tab wrote between) and nothing else is queued
 * or failed; the snapshot is then saved again from it. Otherwise: not known (null).
 */
function listedAfterWrite(
  listed: PatientsState['listed'],
  generation: number | undefined,
  after: PatientsState,
): PatientsState['listed'] {
  if (!listed || generation === undefined || generation !== listed.generation + 1) return null;
  const settledAll =
    Object.keys(after.pending).length === 0 &&
    after.pendingDeletes === 0 &&
    !Object.values(after.saveStatus).includes('error');
  // Still writing: the generation moves on, the entities are taken when the last commits.
  return { generation, entities: settledAll ? after.entities : listed.entities };
}

/** One more write queued for each id. */
function queued(state: PatientsState, ids: readonly string[]): Partial<PatientsState> {
  const saveStatus = { ...state.saveStatus };
  const pending = { ...state.pending };
  for (const id of ids) {
    saveStatus[id] = 'saving';
    pending[id] = (pending[id] ?? 0) + 1;
  }
  return { saveStatus, pending };
}

/** One write for each id settled; "saved" only when none is left and it committed. */
function settled(
  state: PatientsState,
  ids: readonly string[],
  outcome: SaveStatus | null,
): Pick<PatientsState, 'saveStatus' | 'pending'> {
  const saveStatus = { ...state.saveStatus };
  const pending = { ...state.pending };
  for (const id of ids) {
    const left = Math.max(0, (pending[id] ?? 0) - 1);
    if (left === 0) delete pending[id];
    else pending[id] = left;
    if (!state.entities[id]) delete saveStatus[id];
    else if (outcome === 'error') saveStatus[id] = 'error';
    else if (left === 0 && saveStatus[id] !== 'error') saveStatus[id] = outcome ?? 'saved';
  }
  return { saveStatus, pending };
}

function edited(state: PatientsState, next: StoredPatient, prev: StoredPatient | undefined) {
  const changes = prev ? diffCase(prev.caseFile, next.caseFile) : null;
  const lastChange = { id: next.id, changes };
  if (changes !== null && changes.length === 0) return { ...state, lastChange };
  return patientAdapter.upsertOne(next, { ...state, ...queued(state, [next.id]), lastChange });
}

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
    on(
      PatientRepositoryActions.externalChangeLoaded,
      PatientRepositoryActions.rereadAfterImport,
      (state, { patients, generation }) => {
        // Another tab wrote (or this tab imported): take what the store holds, but never drop
        // this tab's unsaved edits.
        const pending = (id: string): boolean =>
          !!state.pending[id] || state.saveStatus[id] === 'error';
        const incoming = patients.filter((p) => !pending(p.id));
        const keep = Object.values(state.entities).filter(
          (p): p is StoredPatient => !!p && pending(p.id),
        );
        const next = patientAdapter.setAll([...incoming, ...keep], state);
        return {
          ...next,
          listed: keep.length > 0 || !state.loaded ? null : listedAt(generation, next.entities),
        };
      },
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
      // This tab's unsaved edit of it stays on screen.
      if (state.pending[id] || state.saveStatus[id] === 'error') return next;
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
