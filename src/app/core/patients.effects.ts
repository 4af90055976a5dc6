import { Injectable, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { concatMap, filter, from, map, catchError, of, switchMap, withLatestFrom } from 'rxjs';
import { demoPatients } from './demo-patients';
import {
  AppActions,
  PatientPageActions,
  PatientRepositoryActions,
  PatientsPageActions,
  ToolbarActions,
} from './patients.actions';
import { patientsFeature } from './patients.feature';
import { triageSummary } from './worklist.selectors';
import { PATIENT_REPOSITORY, type StoredPatient } from './patient-repository';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
export const SEEDED_KEY = 'vas-dashboard.seeded';

@Injectable()
export class PatientEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly repository = inject(PATIENT_REPOSITORY);

  /** Load on start; seed the synthetic demo patients on the very first run. */
  readonly load$ = createEffect(() =>
    this.actions$.pipe(
      ofType(AppActions.started),
      switchMap(() =>
        from(this.loadOrSeed()).pipe(
          map((patients) => PatientRepositoryActions.loadSucceeded({ patients })),
          catchError((e: unknown) =>
            of(PatientRepositoryActions.loadFailed({ error: message(e) })),
          ),
        ),
      ),
    ),
  );

  readonly reset$ = createEffect(() =>
    this.actions$.pipe(
      ofType(PatientsPageActions.demoDataReset),
      switchMap(() => {
        const demo = demoPatients();
        return from(this.repository.reset(demo)).pipe(
          map(() => PatientRepositoryActions.loadSucceeded({ patients: demo })),
          catchError((e: unknown) =>
            of(PatientRepositoryActions.loadFailed({ error: message(e) })),
          ),
        );
      }),
    ),
  );

  /** Every edit is written, in order; a failed write keeps the edit in the store. */
  readonly save$ = createEffect(() =>
    this.actions$.pipe(
      ofType(
        PatientPageActions.caseEdited,
        PatientsPageActions.patientCreated,
        PatientsPageActions.patientRenamed,
        PatientsPageActions.deleteUndone,
        ToolbarActions.casesImported,
      ),
      withLatestFrom(this.store.select(patientsFeature.selectEntities)),
      map(([action, entities]) => {
        const ids =
          'cases' in action
            ? action.cases.map((c) => c.id)
            : 'caseFile' in action
              ? [action.caseFile.id]
              : [action.id];
        return ids.map((id) => entities[id]).filter((p): p is StoredPatient => !!p);
      }),
      filter((patients) => patients.length > 0),
      concatMap((patients) => {
        const ids = patients.map((p) => p.id);
        // The triage summary travels with each write (pure; the engine is memoised per case).
        const withSummary = patients.map((p) => ({ ...p, summary: triageSummary(p) }));
        return from(this.repository.putAll(withSummary)).pipe(
          map(() => PatientRepositoryActions.saveSucceeded({ ids })),
          catchError((e: unknown) =>
            of(PatientRepositoryActions.saveFailed({ ids, error: message(e) })),
          ),
        );
      }),
    ),
  );

  readonly delete$ = createEffect(() =>
    this.actions$.pipe(
      ofType(PatientsPageActions.patientDeleted),
      withLatestFrom(this.store.select(patientsFeature.selectLastDeleted)),
      concatMap(([{ id }, deleted]) =>
        from(this.repository.delete(id)).pipe(
          concatMap(() => []),
          catchError((e: unknown) =>
            deleted
              ? of(PatientRepositoryActions.deleteFailed({ patient: deleted, error: message(e) }))
              : [],
          ),
        ),
      ),
    ),
  );

  /** Another tab changed the store: reload, keeping this tab's unsaved edits. */
  readonly external$ = createEffect(() =>
    this.repository.externalChanges.pipe(
      switchMap(() =>
        from(this.repository.list()).pipe(
          map((patients) => PatientRepositoryActions.externalChangeLoaded({ patients })),
          catchError((e: unknown) =>
            of(PatientRepositoryActions.loadFailed({ error: message(e) })),
          ),
        ),
      ),
    ),
  );

  private async loadOrSeed(): Promise<StoredPatient[]> {
    const patients = await this.repository.list();
    const seeded = globalThis.localStorage?.getItem(SEEDED_KEY) === 'yes';
    if (patients.length > 0 || seeded) return patients;
    const demo = demoPatients();
    await this.repository.putAll(demo.map((p) => ({ ...p, summary: triageSummary(p) })));
    globalThis.localStorage?.setItem(SEEDED_KEY, 'yes');
    return demo;
  }
}
