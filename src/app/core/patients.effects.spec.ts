import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { firstValueFrom, NEVER, Subject } from 'rxjs';
import { demoCases } from '../../engine';
import { setAnswer } from './case-edits';
import type { FieldChange } from './case-changes';
import { PatientEffects } from './patients.effects';
import {
  PatientPageActions,
  PatientRepositoryActions,
  PatientsPageActions,
} from './patients.actions';
import { patientsFeature } from './patients.feature';
import { PATIENT_REPOSITORY, type StoredPatient } from './patient-repository';

const settle = () => new Promise((r) => setTimeout(r, 5));

describe('PatientEffects: the write queue', () => {
  const c = { ...demoCases('2026-11-20')[0]!, findings: {} };
  const p: StoredPatient = { id: c.id, caseFile: c, updatedAt: 1, synthetic: true };
  let log: string[];
  let gate: Subject<void>;
  let store: Store;
  let lost: Subject<string>;

  beforeEach(() => {
    log = [];
    gate = new Subject<void>();
    lost = new Subject<string>();
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [patientsFeature.name]: patientsFeature.reducer }),
        provideEffects(PatientEffects),
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
  });

  const edit = (finding: 'nausea' | 'vomiting') => {
    const now = TestBed.runInInjectionContext(() =>
      store.selectSignal(patientsFeature.selectEntities),
    )()[c.id]!;
    store.dispatch(
      PatientPageActions.caseEdited({ caseFile: setAnswer(now.caseFile, finding, true) }),
    );
  };
  const saveState = () => firstValueFrom(store.select(patientsFeature.selectStoreSaveState));

  it('"saving" until the last queued write commits, then "saved"', async () => {
    edit('nausea');
    edit('vomiting');
    await settle();
    expect(log).toEqual(['start findings.nausea']);
    expect(await saveState()).toBe('saving');
    gate.next();
    await settle();
    expect(log).toEqual([
      'start findings.nausea',
      'commit findings.nausea',
      'start findings.vomiting',
      'commit findings.vomiting',
    ]);
    expect(await saveState()).toBe('saved');
  });

  it('a delete cancels the save queued before it and runs after the one in flight', async () => {
    edit('nausea');
    edit('vomiting');
    await settle();
    store.dispatch(PatientsPageActions.patientDeleted({ id: c.id }));
    gate.next();
    await settle();
    expect(log).toEqual(['start findings.nausea', 'commit findings.nausea', `delete ${c.id}`]);
    const ids = await firstValueFrom(store.select(patientsFeature.selectIds));
    expect(ids).toEqual([]);
    expect(await saveState()).toBe('saved');
  });

  it('after the store is lost, an edit is never reported saved', async () => {
    lost.next('the database was deleted by another tab or by clearing site data');
    edit('nausea');
    await settle();
    expect(await saveState()).toBe('lost');
  });
});
