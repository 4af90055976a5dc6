/**
 * The patients feature's state, its entity adapter and the pure helpers its reducer uses
 * (patients.feature.ts holds the reducer and selectors).
 */
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import type { CaseFile } from '../../engine/model';
import { cleanName } from '../../engine/text-hygiene';
import { diffCase, type FieldChange } from './case-changes';
import type { StoredPatient } from './patient-repository';
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

export const stored = (caseFile: CaseFile, synthetic = false): StoredPatient => ({
  id: caseFile.id,
  caseFile,
  updatedAt: Date.now(),
  synthetic,
});

/** Names are shown in headers and lists: no control or bidi characters (typed or pasted). */
export function withCleanName(c: CaseFile): CaseFile {
  const name = c.patient?.name;
  return typeof name === 'string' && cleanName(name) !== name
    ? { ...c, patient: { ...c.patient, name: cleanName(name) } }
    : c;
}

export const listedAt = (
  generation: number | undefined,
  entities: PatientsState['entities'],
): PatientsState['listed'] => (generation === undefined ? null : { generation, entities });

/**
 * The state is still exactly the store as read, after this tab's own write: only when the
 * write moved the store on by one (no other tab wrote between) and nothing else is queued
 * or failed; the snapshot is then saved again from it. Otherwise: not known (null).
 */
export function listedAfterWrite(
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
export function queued(state: PatientsState, ids: readonly string[]): Partial<PatientsState> {
  const saveStatus = { ...state.saveStatus };
  const pending = { ...state.pending };
  for (const id of ids) {
    saveStatus[id] = 'saving';
    pending[id] = (pending[id] ?? 0) + 1;
  }
  return { saveStatus, pending };
}

/** One write for each id settled; "saved" only when none is left and it committed. */
export function settled(
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

export function edited(state: PatientsState, next: StoredPatient, prev: StoredPatient | undefined) {
  const changes = prev ? diffCase(prev.caseFile, next.caseFile) : null;
  const lastChange = { id: next.id, changes };
  if (changes !== null && changes.length === 0) return { ...state, lastChange };
  return patientAdapter.upsertOne(next, { ...state, ...queued(state, [next.id]), lastChange });
}

/** Another tab wrote (or this tab imported): take what the store holds, never this tab's unsaved edits. */
export function takeStoreRead(
  state: PatientsState,
  { patients, generation }: { patients: StoredPatient[]; generation?: number },
): PatientsState {
  // The store was deleted under this tab: a read now is of an empty or new database. What
  // the tab shows is all that is left to export, so nothing read replaces it.
  if (state.storageLost) return state;
  const pending = (id: string): boolean => !!state.pending[id] || state.saveStatus[id] === 'error';
  const incoming = patients.filter((p) => !pending(p.id));
  const keep = Object.values(state.entities).filter(
    (p): p is StoredPatient => !!p && pending(p.id),
  );
  const next = patientAdapter.setAll([...incoming, ...keep], state);
  return {
    ...next,
    listed: keep.length > 0 || !state.loaded ? null : listedAt(generation, next.entities),
  };
}
