import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { CaseFile } from '../../engine';
import type { StoredPatient } from './patient-repository';
import type { WorklistRow } from './worklist-row';

export const AppActions = createActionGroup({
  source: 'App',
  events: { Started: emptyProps() },
});

export const LockActions = createActionGroup({
  source: 'Lock',
  events: {
    /** The data key left memory (lock now, idle, another tab): drop every patient held. */
    Locked: emptyProps(),
  },
});

export const PatientsPageActions = createActionGroup({
  source: 'Patients Page',
  events: {
    'Patient Created': props<{ caseFile: CaseFile }>(),
    'Patient Renamed': props<{ id: string; name: string }>(),
    'Patient Deleted': props<{ id: string }>(),
    'Delete Undone': props<{ id: string }>(),
    'Demo Data Reset': emptyProps(),
  },
});

export const PatientPageActions = createActionGroup({
  source: 'Patient Page',
  events: {
    'Case Edited': props<{ caseFile: CaseFile }>(),
    /** After "changed by someone else": apply my changes on top of the version read again. */
    'Conflict Reapplied': props<{ id: string }>(),
    /** After "changed by someone else" (confirmed): take theirs, discarding my changes. */
    'Conflict Reloaded': props<{ id: string }>(),
  },
});

export const ToolbarActions = createActionGroup({
  source: 'Toolbar',
  events: {
    'Cases Imported': props<{ cases: CaseFile[] }>(),
    'Conflicts Dismissed': emptyProps(),
    'Renumbering Dismissed': emptyProps(),
  },
});

export const ImportActions = createActionGroup({
  source: 'Import',
  events: {
    /** These patients are already committed to the store, one transaction per file. */
    'Files Stored': props<{ patients: StoredPatient[] }>(),
  },
});

export const PatientRepositoryActions = createActionGroup({
  source: 'Patient Repository',
  events: {
    /** `generation`: the embedded store's count of writes, read with the patients. */
    'Load Succeeded': props<{ patients: StoredPatient[]; generation?: number }>(),
    /** The worklist's rows from the snapshot (exact now), shown until the patients are read. */
    'Snapshot Loaded': props<{ rows: WorklistRow[]; generation: number }>(),
    'Load Failed': props<{ error: string }>(),
    /** Committed; `patients` are the records as committed (other tabs' fields included). */
    /** `generation`: the embedded store's, after this write (an edit's field changes). */
    'Save Succeeded': props<{
      ids: string[];
      patients?: StoredPatient[];
      conflicts?: string[];
      generation?: number;
    }>(),
    /** `changedElsewhere`: a 412, someone else wrote since this tab read it. */
    'Save Failed': props<{ ids: string[]; error: string; changedElsewhere?: boolean }>(),
    /** A queued write dropped because the patient was deleted first. */
    'Save Cancelled': props<{ ids: string[] }>(),
    /** A new patient stored under `to`: another tab or clinician took `from` meanwhile. */
    'Create Renumbered': props<{ from: string; to: string }>(),
    /** The page open on the first id moved to the stored one. */
    'Renumbered Page Followed': props<{ from: string }>(),
    'Delete Succeeded': props<{ id: string }>(),
    /** `patient`: the deleted record to put back on screen, when this tab still has it. */
    'Delete Failed': props<{ id: string; patient: StoredPatient | null; error: string }>(),
    'External Change Loaded': props<{ patients: StoredPatient[]; generation?: number }>(),
    /** Read again after this tab's import, as another tab would (the snapshot then follows). */
    'Reread After Import': props<{ patients: StoredPatient[]; generation?: number }>(),
    'Storage Lost': props<{ reason: string }>(),
    'Persistence Checked': props<{ persisted: boolean | null }>(),
    /** Connected mode started: nothing read yet (the worklist pages, the open patient). */
    Connected: emptyProps(),
    /** Connected mode: a patient page opened; its record is being read from the server. */
    'Patient Opening': props<{ id: string; known: boolean }>(),
    'Patient Read': props<{ id: string; patient: StoredPatient | null }>(),
    'Patient Read Failed': props<{ id: string; error: string }>(),
  },
});
