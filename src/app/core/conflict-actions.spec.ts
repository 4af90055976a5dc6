import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { firstValueFrom, NEVER } from 'rxjs';
import { demoCases } from '../../engine';
import type { FieldChange } from './case-changes';
import { setAnswer } from './case-edits';
import { PatientEffects } from './patients.effects';
import { PatientLoadEffects } from './patients-load.effects';
import { PatientPageActions, PatientRepositoryActions } from './patients.actions';
import { patientsFeature } from './patients.feature';
import { PATIENT_REPOSITORY, type StoredPatient } from './patient-repository';
import { CHANGED_ELSEWHERE, FhirConflictError } from './repository/fhir/fhir-store';

async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await done()); i++) await new Promise((r) => setTimeout(r, 10));
}

/** Issue 11: a 412 keeps the edit on screen and offers Re-apply and Reload. */
describe('Changed by someone else (412): Re-apply and Reload', () => {
  const c = { ...demoCases('2026-11-20')[0]!, findings: {} };
  const mine: StoredPatient = { id: c.id, caseFile: c, updatedAt: 1, synthetic: true };
  /** The other clinician's version on the server. */
  const theirs: StoredPatient = {
    ...mine,
    caseFile: { ...c, referral: { ...c.referral, from: 'Dr Theirs' } },
  };
  let sent: FieldChange[][];
  let conflictsLeft: number;
  let store: Store;

  beforeEach(async () => {
    sent = [];
    conflictsLeft = 1;
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [patientsFeature.name]: patientsFeature.reducer }),
        provideEffects(PatientLoadEffects, PatientEffects),
        {
          provide: PATIENT_REPOSITORY,
          useValue: {
            externalChanges: NEVER,
            lost: NEVER,
            requestPersistence: async () => null,
            list: async () => [mine],
            putAll: async () => undefined,
            delete: async () => undefined,
            reset: async () => undefined,
            get: async () => theirs,
            applyChanges: async (_id: string, changes: FieldChange[]) => {
              sent.push(changes);
              if (conflictsLeft-- > 0) throw new FhirConflictError('HTTP 412 from the server');
              // Mine on top of theirs, as the repository's re-read and merge does.
              const merged = setAnswer(theirs.caseFile, 'nausea', true);
              return { patient: { ...theirs, caseFile: merged }, conflicts: [] };
            },
          },
        },
      ],
    });
    store = TestBed.inject(Store);
    store.dispatch(PatientRepositoryActions.loadSucceeded({ patients: [mine] }));
    await until(async () => !!(await entity()));
    store.dispatch(PatientPageActions.caseEdited({ caseFile: setAnswer(c, 'nausea', true) }));
    await until(async () => (await state()).changedElsewhere.includes(c.id));
  });

  const state = () => firstValueFrom(store.select(patientsFeature.selectPatientsState));
  const entity = async () => (await state()).entities[c.id];

  it('the 412 is named, the edit stays on screen and is not reported saved', async () => {
    const s = await state();
    expect(s.saveStatus[c.id]).toBe('error');
    expect(s.saveError).toContain(CHANGED_ELSEWHERE);
    expect(s.entities[c.id]!.caseFile.findings['nausea']).toBe(true);
  });

  it('Re-apply sends my field changes again; saved with theirs and mine', async () => {
    store.dispatch(PatientPageActions.conflictReapplied({ id: c.id }));
    expect((await state()).saveStatus[c.id]).toBe('saving');
    await until(async () => (await state()).saveStatus[c.id] === 'saved');
    expect(sent.length).toBe(2);
    expect(sent[1]).toEqual(sent[0]!);
    expect(sent[1]!.some((x) => x.path.join('.') === 'findings.nausea')).toBeTrue();
    const p = (await entity())!;
    expect(p.caseFile.findings['nausea']).toBe(true);
    expect(p.caseFile.referral?.from).toBe('Dr Theirs');
    expect((await state()).changedElsewhere).toEqual([]);
  });

  it('Reload takes their version and drops my unsent changes', async () => {
    store.dispatch(PatientPageActions.conflictReloaded({ id: c.id }));
    await until(async () => (await entity())?.caseFile.referral?.from === 'Dr Theirs');
    const s = await state();
    expect(s.entities[c.id]!.caseFile.findings['nausea']).toBeUndefined();
    expect(s.saveStatus[c.id]).toBeUndefined();
    expect(s.changedElsewhere).toEqual([]);
    // A later edit sends only itself, not the discarded change.
    store.dispatch(
      PatientPageActions.caseEdited({
        caseFile: setAnswer(s.entities[c.id]!.caseFile, 'vomiting', true),
      }),
    );
    await until(() => sent.length === 2);
    expect(sent[1]!.map((x) => x.path.join('.'))).toEqual(['findings.vomiting']);
  });
});
