import { demoCases } from '../../engine';
import {
  ImportActions,
  LockActions,
  PatientPageActions,
  PatientRepositoryActions,
  PatientsPageActions,
  ToolbarActions,
} from './patients.actions';
import { initialState, patientsFeature } from './patients.feature';
import type { StoredPatient } from './patient-repository';

const reducer = patientsFeature.reducer;
const cases = demoCases('2026-11-20');
const stored = (i: number): StoredPatient => ({
  id: cases[i]!.id,
  caseFile: cases[i]!,
  updatedAt: 1,
  synthetic: true,
});
const loaded = reducer(
  initialState,
  PatientRepositoryActions.loadSucceeded({ patients: [stored(0), stored(1)] }),
);

describe('patients reducer', () => {
  it('loads patients into the entity adapter', () => {
    expect(loaded.loaded).toBeTrue();
    expect(loaded.ids.length).toBe(2);
  });

  it('locked: no patient, conflict or deleted record stays in the state', () => {
    let s = reducer(loaded, PatientRepositoryActions.persistenceChecked({ persisted: true }));
    s = reducer(s, PatientsPageActions.patientDeleted({ id: cases[0]!.id }));
    s = reducer(s, PatientRepositoryActions.saveSucceeded({ ids: [], conflicts: ['x: a / b'] }));
    expect(s.lastDeleted).not.toBeNull();
    const locked = reducer(s, LockActions.locked());
    expect(locked.ids).toEqual([]);
    expect(locked.entities).toEqual({});
    expect(locked.lastDeleted).toBeNull();
    expect(locked.conflicts).toEqual([]);
    expect(locked.loaded).toBeFalse();
    expect(locked.persisted).toBeTrue();
  });

  it('keeps an edit on screen and marks it saving, then saved', () => {
    const edited = { ...cases[0]!, findings: { ...cases[0]!.findings, headache: true } };
    const s1 = reducer(loaded, PatientPageActions.caseEdited({ caseFile: edited }));
    expect(s1.entities[edited.id]!.caseFile.findings['headache']).toBeTrue();
    expect(s1.saveStatus[edited.id]).toBe('saving');
    const s2 = reducer(s1, PatientRepositoryActions.saveSucceeded({ ids: [edited.id] }));
    expect(s2.saveStatus[edited.id]).toBe('saved');
  });

  it('a failed write keeps the edit and shows the error', () => {
    const edited = { ...cases[0]!, findings: { headache: true } };
    const s1 = reducer(loaded, PatientPageActions.caseEdited({ caseFile: edited }));
    const s2 = reducer(
      s1,
      PatientRepositoryActions.saveFailed({ ids: [edited.id], error: 'QuotaExceeded' }),
    );
    expect(s2.entities[edited.id]!.caseFile.findings).toEqual({ headache: true });
    expect(s2.saveStatus[edited.id]).toBe('error');
    expect(s2.saveError).toBe('QuotaExceeded');
  });

  it('deletes with undo', () => {
    const s1 = reducer(loaded, PatientsPageActions.patientDeleted({ id: cases[0]!.id }));
    expect(s1.ids).not.toContain(cases[0]!.id);
    const s2 = reducer(s1, PatientsPageActions.deleteUndone({ id: cases[0]!.id }));
    expect(s2.ids).toContain(cases[0]!.id);
    expect(s2.lastDeleted).toBeNull();
  });

  it('a patient created while the store is still loading stays when the load arrives', () => {
    const created = reducer(
      initialState,
      PatientsPageActions.patientCreated({ caseFile: cases[2]! }),
    );
    const s = reducer(
      created,
      PatientRepositoryActions.loadSucceeded({ patients: [stored(0), stored(1)] }),
    );
    expect(s.ids).toEqual(jasmine.arrayContaining([cases[0]!.id, cases[1]!.id, cases[2]!.id]));
    expect(s.ids.length).toBe(3);
    expect(s.saveStatus[cases[2]!.id]).toBe('saving');
  });

  it('files stored by the import before the first load arrives stay when it does', () => {
    const filed = reducer(initialState, ImportActions.filesStored({ patients: [stored(3)] }));
    expect(filed.writtenBeforeLoad).toEqual([cases[3]!.id]);
    const s = reducer(
      filed,
      PatientRepositoryActions.loadSucceeded({ patients: [stored(0), stored(1)] }),
    );
    expect(s.ids.length).toBe(3);
    expect(s.ids).toContain(cases[3]!.id);
    expect(s.writtenBeforeLoad).toEqual([]);
    const later = reducer(s, ImportActions.filesStored({ patients: [stored(4)] }));
    expect(later.writtenBeforeLoad).toEqual([]);
  });

  it('a patient imported and saved before the first load arrives stays when it does', () => {
    const imported = reducer(initialState, ToolbarActions.casesImported({ cases: [cases[3]!] }));
    const saved = reducer(
      imported,
      PatientRepositoryActions.saveSucceeded({ ids: [cases[3]!.id], patients: [], conflicts: [] }),
    );
    expect(saved.pending[cases[3]!.id]).toBeUndefined();
    const s = reducer(
      saved,
      PatientRepositoryActions.loadSucceeded({ patients: [stored(0), stored(1)] }),
    );
    expect(s.ids.length).toBe(3);
    expect(s.entities[cases[3]!.id]).toBeDefined();
    expect(s.writtenBeforeLoad).toEqual([]);
  });

  it('renames', () => {
    const s = reducer(
      loaded,
      PatientsPageActions.patientRenamed({ id: cases[1]!.id, name: 'New Name' }),
    );
    expect(s.entities[cases[1]!.id]!.caseFile.patient?.name).toBe('New Name');
  });

  it('imports many cases at once', () => {
    const s = reducer(loaded, ToolbarActions.casesImported({ cases: [cases[2]!, cases[3]!] }));
    expect(s.ids.length).toBe(4);
  });

  it('takes another tab’s changes without dropping this tab’s unsaved edit', () => {
    const mine = { ...cases[0]!, findings: { dizziness: true } };
    const s1 = reducer(loaded, PatientPageActions.caseEdited({ caseFile: mine }));
    const theirs = { ...stored(1), caseFile: { ...cases[1]!, findings: { nausea: true } } };
    const s2 = reducer(
      s1,
      PatientRepositoryActions.externalChangeLoaded({ patients: [stored(0), theirs, stored(4)] }),
    );
    expect(s2.entities[cases[0]!.id]!.caseFile.findings).toEqual({ dizziness: true });
    expect(s2.entities[cases[1]!.id]!.caseFile.findings).toEqual({ nausea: true });
    expect(s2.ids.length).toBe(3);
  });
});

describe('patients reducer: writes as changes', () => {
  const id = cases[0]!.id;
  const edit = (s: typeof loaded, findings: Record<string, unknown>) =>
    reducer(
      s,
      PatientPageActions.caseEdited({
        caseFile: {
          ...s.entities[id]!.caseFile,
          findings: { ...s.entities[id]!.caseFile.findings, ...findings },
        },
      }),
    );

  it('records the fields an edit touched and stays "saving" until the last write commits', () => {
    const s1 = edit(loaded, { nausea: true });
    expect(s1.lastChange?.changes?.map((c) => c.path.join('.'))).toEqual(['findings.nausea']);
    const s2 = edit(s1, { vomiting: true });
    const s3 = reducer(s2, PatientRepositoryActions.saveSucceeded({ ids: [id] }));
    expect(s3.saveStatus[id]).toBe('saving');
    const s4 = reducer(s3, PatientRepositoryActions.saveSucceeded({ ids: [id] }));
    expect(s4.saveStatus[id]).toBe('saved');
  });

  it('an edit that changes nothing writes nothing', () => {
    const s = reducer(
      loaded,
      PatientPageActions.caseEdited({ caseFile: loaded.entities[id]!.caseFile }),
    );
    expect(s.lastChange?.changes).toEqual([]);
    expect(s.pending[id]).toBeUndefined();
  });

  it('the committed record brings another tab’s fields once nothing is queued', () => {
    const s1 = edit(loaded, { nausea: true });
    const committed = {
      ...stored(0),
      caseFile: { ...s1.entities[id]!.caseFile, findings: { nausea: true, vomiting: true } },
    };
    const s2 = reducer(
      s1,
      PatientRepositoryActions.saveSucceeded({
        ids: [id],
        patients: [committed],
        conflicts: ['x'],
      }),
    );
    expect(s2.entities[id]!.caseFile.findings).toEqual({ nausea: true, vomiting: true });
    expect(s2.conflicts).toEqual(['x']);
  });

  it('a lost store is never "saved" again', () => {
    const s1 = reducer(loaded, PatientRepositoryActions.storageLost({ reason: 'deleted' }));
    const s2 = reducer(s1, PatientRepositoryActions.saveSucceeded({ ids: [id] }));
    expect(patientsFeature.selectStoreSaveState.projector(s2)).toBe('lost');
  });

  it('a lost store: a later read of the (empty) store replaces nothing on screen', () => {
    const s1 = reducer(loaded, PatientRepositoryActions.storageLost({ reason: 'deleted' }));
    const before = s1.ids.length;
    expect(before).toBeGreaterThan(0);
    const s2 = reducer(s1, PatientRepositoryActions.externalChangeLoaded({ patients: [] }));
    expect(s2.ids.length).toBe(before);
    const s3 = reducer(s2, PatientRepositoryActions.patientRead({ id, patient: null }));
    expect(s3.entities[id]).toBeDefined();
    const s4 = reducer(s3, PatientRepositoryActions.rereadAfterImport({ patients: [] }));
    expect(s4.ids.length).toBe(before);
  });
});

describe('patients reducer: names', () => {
  it('removes bidi and control characters from a typed or pasted name', () => {
    const s = reducer(
      loaded,
      PatientsPageActions.patientRenamed({ id: cases[1]!.id, name: '\u202eEvil\u0007 Name' }),
    );
    expect(s.entities[cases[1]!.id]!.caseFile.patient?.name).toBe('Evil Name');
  });
});
