import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { firstValueFrom, NEVER, Subject } from 'rxjs';
import { demoCases } from '../../engine';
import { setAnswer } from './case-edits';
import type { FieldChange } from './case-changes';
import { PatientCreateEffects } from './patient-create.effects';
import { PatientEffects } from './patients.effects';
import { PatientLoadEffects } from './patients-load.effects';
import {
  PatientPageActions,
  PatientRepositoryActions,
  PatientsPageActions,
} from './patients.actions';
import { patientsFeature } from './patients.feature';
import { PATIENT_REPOSITORY, type StoredPatient } from './patient-repository';

const settle = () => new Promise((r) => setTimeout(r, 20));
/** Polls until `done()` holds (or 2 s pass): the effects run on promises, not on a clock. */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await done()); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('PatientEffects: the write queue', () => {
  const c = { ...demoCases('2026-11-20')[0]!, findings: {} };
  const p: StoredPatient = { id: c.id, caseFile: c, updatedAt: 1, synthetic: true };
  let log: string[];
  let gate: Subject<void>;
  let store: Store;
  let lost: Subject<string>;

  beforeEach(async () => {
    log = [];
    gate = new Subject<void>();
    lost = new Subject<string>();
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [patientsFeature.name]: patientsFeature.reducer }),
        provideEffects(PatientLoadEffects, PatientEffects),
        {
          provide: PATIENT_REPOSITORY,
          useValue: {
            externalChanges: NEVER,
            lost,
            requestPersistence: async () => true,
            list: async () => [p],
            putAll: async () => undefined,
            // The first write is slow (the store is busy), later ones are quick.
            applyChanges: async (_id: string, changes: FieldChange[]) => {
              const tag = changes.map((x) => x.path.join('.')).join(',');
              log.push(`start ${tag}`);
              if (log.length === 1) await firstValueFrom(gate);
              log.push(`commit ${tag}`);
              return { patient: p, conflicts: [] };
            },
            delete: async (id: string) => void log.push(`delete ${id}`),
          },
        },
      ],
    });
    store = TestBed.inject(Store);
    store.dispatch(PatientRepositoryActions.loadSucceeded({ patients: [p] }));
    // The state may reach the store after this task (NgRx queues nested dispatches).
    await until(async () => {
      const entities = await firstValueFrom(store.select(patientsFeature.selectEntities));
      return entities[c.id] !== undefined;
    });
  });

  const edit = async (finding: 'nausea' | 'vomiting') => {
    const now = (await firstValueFrom(store.select(patientsFeature.selectEntities)))[c.id]!;
    store.dispatch(
      PatientPageActions.caseEdited({ caseFile: setAnswer(now.caseFile, finding, true) }),
    );
  };
  const saveState = () => firstValueFrom(store.select(patientsFeature.selectStoreSaveState));

  it('"saving" until the last queued write commits, then "saved"', async () => {
    await edit('nausea');
    await edit('vomiting');
    await until(() => log.length > 0);
    await settle();
    expect(log).toEqual(['start findings.nausea']);
    expect(await saveState()).toBe('saving');
    gate.next();
    await until(async () => (await saveState()) === 'saved');
    expect(log).toEqual([
      'start findings.nausea',
      'commit findings.nausea',
      'start findings.vomiting',
      'commit findings.vomiting',
    ]);
    expect(await saveState()).toBe('saved');
  });

  it('a delete cancels the save queued before it and runs after the one in flight', async () => {
    await edit('nausea');
    await edit('vomiting');
    await until(() => log.length > 0);
    store.dispatch(PatientsPageActions.patientDeleted({ id: c.id }));
    expect(await saveState()).toBe('saving');
    gate.next();
    await until(() => log.length === 3);
    await settle();
    expect(log).toEqual(['start findings.nausea', 'commit findings.nausea', `delete ${c.id}`]);
    const ids = await firstValueFrom(store.select(patientsFeature.selectIds));
    expect(ids).toEqual([]);
    expect(await saveState()).toBe('saved');
  });

  it('after the store is lost, an edit is never reported saved', async () => {
    lost.next('the database was deleted by another tab or by clearing site data');
    await edit('nausea');
    await settle();
    expect(await saveState()).toBe('lost');
    gate.next();
    await until(() => log.length === 2);
    expect(await saveState()).toBe('lost');
  });
});

describe('PatientEffects: a new patient whose id another tab took meanwhile', () => {
  const c = { ...demoCases('2026-11-20')[0]!, id: 'case-004', findings: {} };
  let log: string[];
  let gate: Subject<void>;
  let store: Store;

  beforeEach(async () => {
    log = [];
    gate = new Subject<void>();
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [patientsFeature.name]: patientsFeature.reducer }),
        provideEffects(PatientLoadEffects, PatientEffects, PatientCreateEffects),
        {
          provide: PATIENT_REPOSITORY,
          useValue: {
            externalChanges: NEVER,
            lost: NEVER,
            requestPersistence: async () => true,
            list: async () => [],
            putAll: async () => undefined,
            // The store is busy; then it finds case-004 taken and stores under case-009.
            create: async (p: StoredPatient) => {
              log.push(`create ${p.id}`);
              await firstValueFrom(gate);
              return 'case-009';
            },
            applyChanges: async (id: string, changes: FieldChange[]) => {
              log.push(`change ${id} ${changes.map((x) => x.path.join('.')).join(',')}`);
              return { patient: null, conflicts: [] };
            },
            delete: async (id: string) => void log.push(`delete ${id}`),
          },
        },
      ],
    });
    store = TestBed.inject(Store);
    store.dispatch(PatientRepositoryActions.loadSucceeded({ patients: [] }));
  });

  it('moves on screen, and the edits made meanwhile go to the id it was stored under', async () => {
    store.dispatch(PatientsPageActions.patientCreated({ caseFile: c }));
    await until(() => log.length === 1);
    // Edited on its page before the creation committed.
    store.dispatch(PatientPageActions.caseEdited({ caseFile: setAnswer(c, 'nausea', true) }));
    await settle();
    expect(log).toEqual(['create case-004']);
    gate.next();
    await until(() => log.length === 2);
    expect(log).toEqual(['create case-004', 'change case-009 findings.nausea']);
    const state = await firstValueFrom(store.select(patientsFeature.selectPatientsState));
    expect(state.ids).toEqual(['case-009']);
    expect(state.entities['case-009']?.caseFile.id).toBe('case-009');
    expect(state.entities['case-009']?.caseFile.findings['nausea']).toBeTrue();
    expect(state.renumbered).toEqual([
      { from: 'case-004', to: 'case-009', name: c.patient!.name! },
    ]);
    // An edit still made under the first id (the page had not followed yet) follows it too.
    store.dispatch(PatientPageActions.caseEdited({ caseFile: setAnswer(c, 'vomiting', true) }));
    await until(() => log.length === 3);
    expect(log[2]).toBe('change case-009 findings.nausea,findings.vomiting');
    const after = await firstValueFrom(store.select(patientsFeature.selectIds));
    expect(after).toEqual(['case-009']);
  });

  it('a delete made while the creation runs removes the patient it was stored as', async () => {
    store.dispatch(PatientsPageActions.patientCreated({ caseFile: c }));
    await until(() => log.length === 1);
    store.dispatch(PatientsPageActions.patientDeleted({ id: 'case-004' }));
    gate.next();
    await until(() => log.length === 2);
    expect(log).toEqual(['create case-004', 'delete case-009']);
  });
});
