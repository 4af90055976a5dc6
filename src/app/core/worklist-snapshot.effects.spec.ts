import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store, type Action } from '@ngrx/store';
import { firstValueFrom, NEVER, ReplaySubject, Subject } from 'rxjs';
import { demoCases, todayIso } from '../../engine';
import { ENGINE_BUILD } from '../../engine/engine-build';
import { setAnswer } from './case-edits';
import { PatientEffects } from './patients.effects';
import { PatientLoadEffects } from './patients-load.effects';
import {
  AppActions,
  ImportActions,
  LockActions,
  PatientPageActions,
  PatientRepositoryActions,
} from './patients.actions';
import { patientsFeature } from './patients.feature';
import { PATIENT_REPOSITORY, type StoredPatient } from './patient-repository';
import type { WorklistRow } from './worklist-row';
import { selectWorklistRows } from './worklist.selectors';
import { SNAPSHOT_SAVE_DELAY_MS, WorklistSnapshotEffects } from './worklist-snapshot.effects';
import type { SnapshotStamp, WorklistSnapshot } from './worklist-snapshot';
import { Actions } from '@ngrx/effects';

/** Waits (up to 4 s) for `done`; fails the spec when it never holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!done()) throw new Error(`timed out waiting for ${done.toString()}`);
}

describe('WorklistSnapshotEffects and the load', () => {
  const cases = demoCases(todayIso()).slice(0, 3);
  const patients: StoredPatient[] = cases.map((c) => ({
    id: c.id,
    caseFile: c,
    updatedAt: 1,
    synthetic: true,
  }));
  const snapshotRows = [{ id: 'from-snapshot' } as unknown as WorklistRow];
  let saved: (WorklistSnapshot & { stamp: SnapshotStamp })[];
  let asked: SnapshotStamp[];
  // Remembers its opening: the effect may ask for the full read after the test opened it.
  let listGate: ReplaySubject<void>;
  let seen: string[];
  let store: Store;
  let otherTabWrote: boolean;
  let behind: boolean;
  let reads: number;
  let holdEdits: boolean;
  let rereadGate: Subject<void> | null;
  let afterImport: { patients: StoredPatient[]; generation: number };

  beforeEach(() => {
    saved = [];
    asked = [];
    otherTabWrote = false;
    behind = false;
    reads = 0;
    holdEdits = false;
    rereadGate = null;
    afterImport = { patients, generation: 7 };
    seen = [];
    listGate = new ReplaySubject<void>(1);
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [patientsFeature.name]: patientsFeature.reducer }),
        provideEffects(PatientLoadEffects, PatientEffects, WorklistSnapshotEffects),
        { provide: SNAPSHOT_SAVE_DELAY_MS, useValue: 200 },
        {
          provide: PATIENT_REPOSITORY,
          useValue: {
            externalChanges: NEVER,
            lost: NEVER,
            requestPersistence: async () => true,
            list: async () => patients,
            listAt: async () => {
              await firstValueFrom(listGate);
              if (reads >= 1 && rereadGate) await firstValueFrom(rereadGate);
              reads++;
              return reads === 1 ? { patients, generation: 7 } : afterImport;
            },
            worklistSnapshot: async (stamp: SnapshotStamp) => {
              asked.push(stamp);
              // Behind: saved at 6; the store's write 7 wrote the first patient.
              return behind
                ? {
                    rows: snapshotRows,
                    generation: 6,
                    current: 7,
                    count: 2,
                    written: [patients[0]!],
                    gone: [],
                  }
                : {
                    rows: snapshotRows,
                    generation: 7,
                    current: 7,
                    count: 1,
                    written: [],
                    gone: [],
                  };
            },
            saveWorklistSnapshot: async (s: WorklistSnapshot & { stamp: SnapshotStamp }) => {
              saved.push(s);
              return true;
            },
            // The store was at generation 7: this edit makes it 8, or 9 when another tab wrote.
            applyChanges: async (id: string) => {
              if (holdEdits) await new Promise(() => undefined);
              return {
                patient: { ...patients.find((p) => p.id === id)!, updatedAt: 2 },
                conflicts: [],
                generation: otherTabWrote ? 9 : 8,
              };
            },
            putAll: async () => undefined,
          },
        },
      ],
    });
    store = TestBed.inject(Store);
    TestBed.inject(Actions).subscribe((a: Action) => seen.push(a.type));
  });

  it('paints from the snapshot while all is read, then saves the rows of what was read', async () => {
    store.dispatch(AppActions.started());
    await until(() => seen.includes(PatientRepositoryActions.snapshotLoaded.type));
    expect(asked).toEqual([{ date: todayIso(), build: ENGINE_BUILD }]);
    expect(await firstValueFrom(store.select(selectWorklistRows))).toBe(snapshotRows);
    listGate.next();
    await until(() => saved.length > 0);
    expect(seen.indexOf(PatientRepositoryActions.snapshotLoaded.type)).toBeLessThan(
      seen.indexOf(PatientRepositoryActions.loadSucceeded.type),
    );
    const rows = await firstValueFrom(store.select(selectWorklistRows));
    expect(rows.map((r) => r.id)).toEqual(patients.map((p) => p.id).sort());
    expect(saved.length).toBe(1);
    expect(saved[0]!.generation).toBe(7);
    expect(saved[0]!.rows).toEqual(rows);
    expect(saved[0]!.stamp).toEqual({ date: todayIso(), build: ENGINE_BUILD });
  });

  /** Starts, lets the snapshot paint, then lets the full read through. */
  const loadAll = async () => {
    store.dispatch(AppActions.started());
    await until(() => seen.includes(PatientRepositoryActions.snapshotLoaded.type));
    await new Promise((r) => setTimeout(r, 150));
    listGate.next();
  };
  const editNausea = () =>
    store.dispatch(
      PatientPageActions.caseEdited({ caseFile: setAnswer(cases[0]!, 'nausea', true) }),
    );

  it('an edit saved as the only write since the read: saved again, with the new row', async () => {
    await loadAll();
    await until(() => saved.length === 1);
    editNausea();
    await until(() => saved.length === 2);
    expect(saved[1]!.generation).toBe(8);
    const state = await firstValueFrom(store.select(patientsFeature.selectPatientsState));
    expect(saved[1]!.rows).toEqual(await firstValueFrom(store.select(selectWorklistRows)));
    expect(state.listed?.entities).toBe(state.entities);
  });

  it('another tab wrote between (the generation jumped): nothing saved', async () => {
    await loadAll();
    await until(() => saved.length === 1);
    otherTabWrote = true;
    editNausea();
    await new Promise((r) => setTimeout(r, 400));
    expect(saved.length).toBe(1);
    const state = await firstValueFrom(store.select(patientsFeature.selectPatientsState));
    expect(state.listed).toBeNull();
  });

  it('after an import the store is read again and the snapshot saved with the imported rows', async () => {
    await loadAll();
    await until(() => saved.length === 1);
    const imported: StoredPatient = {
      id: 'case-900',
      caseFile: { ...cases[1]!, id: 'case-900' },
      updatedAt: 3,
      synthetic: false,
    };
    // One file stored (generation 8), then another tab's write (9): read at 9.
    afterImport = { patients: [...patients, imported], generation: 9 };
    store.dispatch(ImportActions.filesStored({ patients: [imported] }));
    await until(() => saved.length === 2);
    expect(reads).toBe(2);
    expect(seen).toContain(PatientRepositoryActions.rereadAfterImport.type);
    expect(saved[1]!.generation).toBe(9);
    expect(saved[1]!.rows.map((r) => r.id)).toContain('case-900');
    expect(saved[1]!.rows.length).toBe(patients.length + 1);
    const state = await firstValueFrom(store.select(patientsFeature.selectPatientsState));
    expect(state.listed?.generation).toBe(9);
  });

  it('an edit not yet saved when the store is read again after an import: nothing saved', async () => {
    await loadAll();
    await until(() => saved.length === 1);
    afterImport = { patients, generation: 8 };
    // The edit's write never settles (still pending when the store is read again).
    holdEdits = true;
    store.dispatch(
      PatientPageActions.caseEdited({ caseFile: setAnswer(cases[0]!, 'vomiting', true) }),
    );
    store.dispatch(ImportActions.filesStored({ patients: [] }));
    await until(() => reads === 2);
    await new Promise((r) => setTimeout(r, 400));
    expect(saved.length).toBe(1);
    const state = await firstValueFrom(store.select(patientsFeature.selectPatientsState));
    expect(state.listed).toBeNull();
    expect(state.entities[cases[0]!.id]?.caseFile.findings['vomiting']).toBeTrue();
  });

  it('a lock while the store is read again after an import: nothing read lands', async () => {
    await loadAll();
    await until(() => saved.length === 1);
    rereadGate = new Subject<void>();
    store.dispatch(ImportActions.filesStored({ patients: [] }));
    await new Promise((r) => setTimeout(r, 400)); // past the quiet time: the read is under way
    store.dispatch(LockActions.locked());
    rereadGate.next();
    await until(() => reads === 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(reads).toBe(2);
    expect(seen).not.toContain(PatientRepositoryActions.rereadAfterImport.type);
    const state = await firstValueFrom(store.select(patientsFeature.selectPatientsState));
    expect(state.ids).toEqual([]);
  });

  it('an edit while the store is read again after an import: the older read is dropped', async () => {
    await loadAll();
    await until(() => saved.length === 1);
    rereadGate = new Subject<void>();
    store.dispatch(ImportActions.filesStored({ patients: [] }));
    await new Promise((r) => setTimeout(r, 400));
    editNausea();
    rereadGate.next();
    await until(() => reads === 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toContain(PatientRepositoryActions.saveSucceeded.type);
    expect(seen).not.toContain(PatientRepositoryActions.rereadAfterImport.type);
  });

  it('a snapshot behind the store is brought up to date with the patients written since', async () => {
    behind = true;
    store.dispatch(AppActions.started());
    await until(() => seen.includes(PatientRepositoryActions.snapshotLoaded.type));
    const state = await firstValueFrom(store.select(patientsFeature.selectPatientsState));
    expect(state.snapshot?.generation).toBe(7);
    expect(state.snapshot?.rows.map((r) => r.id)).toEqual(['from-snapshot', patients[0]!.id]);
    expect(state.snapshot?.rows[1]?.name).toBe(cases[0]!.patient!.name!);
    listGate.next();
  });
});
