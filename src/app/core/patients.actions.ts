import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { CaseFile } from '../../engine';
import type { StoredPatient } from './patient-repository';

export const AppActions = createActionGroup({
  source: 'App',
  events: { Started: emptyProps() },
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
  events: { 'Case Edited': props<{ caseFile: CaseFile }>() },
});

export const ToolbarActions = createActionGroup({
  source: 'Toolbar',
  events: { 'Cases Imported': props<{ cases: CaseFile[] }>() },
});

export const PatientRepositoryActions = createActionGroup({
  source: 'Patient Repository',
  events: {
    'Load Succeeded': props<{ patients: StoredPatient[] }>(),
    'Load Failed': props<{ error: string }>(),
    'Save Succeeded': props<{ ids: string[] }>(),
    'Save Failed': props<{ ids: string[]; error: string }>(),
    'Delete Failed': props<{ patient: StoredPatient; error: string }>(),
    'External Change Loaded': props<{ patients: StoredPatient[] }>(),
  },
});
