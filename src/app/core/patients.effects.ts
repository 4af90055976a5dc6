import { Injectable, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, filter, from, map, mergeMap, of, switchMap, withLatestFrom } from 'rxjs';
import type { FieldChange } from './case-changes';
import {
  AppActions,
  PatientPageActions,
  PatientRepositoryActions,
  PatientsPageActions,
  ToolbarActions,
} from './patients.actions';
import { patientsFeature } from './patients.feature';
import { PATIENT_REPOSITORY, type StoredPatient, type TriageSummary } from './patient-repository';
import { PatientWriteQueue } from './patient-write-queue';
import { Cancelled } from './write-queue';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
export const SEEDED_KEY = 'vas-dashboard.seeded';
const DELETED_ELSEWHERE =
  'this patient was deleted in another tab, so the change is not stored; export it or undo there';

@Injectable()
export class PatientEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly repository = inject(PATIENT_REPOSITORY);
  private readonly queue = inject(PatientWriteQueue);
  /** Changes whose write failed: sent again with the next edit of that patient. */
  private readonly unsent = new Map<string, FieldChange[]>();

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

  /** Ask the browser to keep the data (eviction would lose every patient). */
  readonly persist$ = createEffect(() =>
    this.actions$.pipe(
      ofType(AppActions.started),
      switchMap(() => from(this.repository.requestPersistence())),
      map((persisted) => PatientRepositoryActions.persistenceChecked({ persisted })),
    ),
  );

  readonly lost$ = createEffect(() =>
    this.repository.lost.pipe(map((reason) => PatientRepositoryActions.storageLost({ reason }))),
  );

  readonly reset$ = createEffect(() =>
    this.actions$.pipe(
      ofType(PatientsPageActions.demoDataReset),
      switchMap(() => from(import('./demo-patients'))),
      switchMap(({ demoPatients }) => {
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

  /**
   * An edit is written as the fields it changed, applied to the latest stored record in one
   * transaction, in order per patient. "Saved" comes from the commit.
   */
  readonly change$ = createEffect(() =>
    this.actions$.pipe(
      ofType(PatientPageActions.caseEdited, PatientsPageActions.patientRenamed),
      withLatestFrom(this.store.select(patientsFeature.selectPatientsState)),
      map(([, state]) => ({
        change: state.lastChange,
        entity: state.lastChange && state.entities[state.lastChange.id],
      })),
      filter(({ change, entity }) => !!change && !!entity && change.changes?.length !== 0),
      mergeMap(({ change, entity }) => {
        const id = change!.id;
        if (change!.changes === null) return this.putWhole([entity!]);
        const changes = [...(this.unsent.get(id) ?? []), ...change!.changes];
        this.unsent.delete(id);
        return from(
          this.queue.enqueue(id, async () =>
            this.repository.applyChanges(id, changes, await summariser()),
          ),
        ).pipe(
          map(({ patient, conflicts }) =>
            patient
              ? PatientRepositoryActions.saveSucceeded({
                  ids: [id],
                  patients: [patient],
                  conflicts,
                })
              : PatientRepositoryActions.saveFailed({ ids: [id], error: DELETED_ELSEWHERE }),
          ),
          catchError((e: unknown) => {
            if (e instanceof Cancelled)
              return of(PatientRepositoryActions.saveCancelled({ ids: [id] }));
            this.unsent.set(id, [...(this.unsent.get(id) ?? []), ...changes]);
            return of(PatientRepositoryActions.saveFailed({ ids: [id], error: message(e) }));
          }),
        );
      }),
    ),
  );

  /** New patients, an undone delete, a whole import: the whole record, in one transaction. */
  readonly put$ = createEffect(() =>
    this.actions$.pipe(
      ofType(
        PatientsPageActions.patientCreated,
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
      mergeMap((patients) => this.putWhole(patients)),
    ),
  );

  /** A delete cancels the writes queued for that patient, then runs after the one running. */
  readonly delete$ = createEffect(() =>
    this.actions$.pipe(
      ofType(PatientsPageActions.patientDeleted),
      withLatestFrom(this.store.select(patientsFeature.selectLastDeleted)),
      mergeMap(([{ id }, deleted]) => {
        this.queue.cancel(id);
        this.unsent.delete(id);
        return from(this.queue.enqueue(id, () => this.repository.delete(id))).pipe(
          map(() => PatientRepositoryActions.deleteSucceeded({ id })),
          catchError((e: unknown) =>
            of(
              PatientRepositoryActions.deleteFailed({
                id,
                patient: deleted?.id === id ? deleted : null,
                error: message(e),
              }),
            ),
          ),
        );
      }),
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

  private putWhole(patients: readonly StoredPatient[]) {
    const ids = patients.map((p) => p.id);
    return from(
      this.queue.enqueue(ids, async () => {
        const summarise = await summariser();
        return this.repository.putAll(patients.map((p) => ({ ...p, summary: summarise(p) })));
      }),
    ).pipe(
      map(() => PatientRepositoryActions.saveSucceeded({ ids })),
      catchError((e: unknown) =>
        of(
          e instanceof Cancelled
            ? PatientRepositoryActions.saveCancelled({ ids })
            : PatientRepositoryActions.saveFailed({ ids, error: message(e) }),
        ),
      ),
    );
  }

  private async loadOrSeed(): Promise<StoredPatient[]> {
    const patients = await this.repository.list();
    const seeded = globalThis.localStorage?.getItem(SEEDED_KEY) === 'yes';
    // A FHIR server is shared: demo patients are never written to it unasked.
    if (patients.length > 0 || seeded || this.repository.connectedTo) return patients;
    const [{ demoPatients }, summarise] = await Promise.all([
      import('./demo-patients'),
      summariser(),
    ]);
    const demo = demoPatients();
    await this.repository.putAll(demo.map((p) => ({ ...p, summary: summarise(p) })));
    globalThis.localStorage?.setItem(SEEDED_KEY, 'yes');
    return demo;
  }
}

/**
 * The triage summary travels with each write (pure; the engine is memoised per case). The
 * engine is imported with it, on the first write, not with the shell (issue 15).
 */
async function summariser(): Promise<(p: StoredPatient) => TriageSummary> {
  const { triageSummary } = await import('./worklist.selectors');
  return (p) => triageSummary(p);
}
