import { Injectable, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, filter, from, map, mergeMap, of, switchMap, tap, withLatestFrom } from 'rxjs';
import { AuditLog, type AuditInput } from './audit/audit-log';
import type { FieldChange } from './case-changes';
import {
  PatientPageActions,
  PatientRepositoryActions,
  PatientsPageActions,
  ToolbarActions,
} from './patients.actions';
import { patientsFeature } from './patients.feature';
import { PATIENT_REPOSITORY, type StoredPatient } from './patient-repository';
import { PatientWriteQueue } from './patient-write-queue';
import { Cancelled } from './write-queue';
import { summariser } from './summariser';
import { FhirConflictError } from './repository/fhir/fhir-conflict';
import { errorMessage } from './error-message';

const DELETED_ELSEWHERE =
  'this patient was deleted in another tab, so the change is not stored; export it or undo there';

/**
 * The embedded or connected store's writes: edits as field changes, whole records (imports,
 * an undone delete), deletes and conflict handling. Reads are PatientLoadEffects'.
 */
@Injectable()
export class PatientEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly repository = inject(PATIENT_REPOSITORY);
  private readonly queue = inject(PatientWriteQueue);
  private readonly audit = inject(AuditLog);
  /** Changes whose write failed: sent again with the next edit of that patient. */
  private readonly unsent = new Map<string, FieldChange[]>();

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
        return this.send(id, changes);
      }),
    ),
  );

  /**
   * "Changed by someone else" (a 412), then Re-apply: this clinician's unsent field changes
   * are applied to the record read again and written with its new versions.
   */
  readonly reapply$ = createEffect(() =>
    this.actions$.pipe(
      ofType(PatientPageActions.conflictReapplied),
      mergeMap(({ id }) => {
        const changes = this.unsent.get(id) ?? [];
        this.unsent.delete(id);
        return this.send(id, changes);
      }),
    ),
  );

  /** Then Reload (confirmed): this clinician's unsent changes are dropped, theirs read. */
  readonly reload$ = createEffect(() =>
    this.actions$.pipe(
      ofType(PatientPageActions.conflictReloaded),
      switchMap(({ id }) => {
        this.unsent.delete(id);
        const read = this.repository.get
          ? this.repository.get(id)
          : this.repository.list().then((all) => all.find((p) => p.id === id) ?? null);
        return from(read).pipe(
          map((patient) => PatientRepositoryActions.patientRead({ id, patient })),
          catchError((e: unknown) =>
            of(PatientRepositoryActions.patientReadFailed({ id, error: errorMessage(e) })),
          ),
        );
      }),
    ),
  );

  private send(id: string, changes: FieldChange[]) {
    return from(
      this.queue.enqueue(this.queue.keysOf(id), async () => {
        const target = this.queue.target(id);
        const result = await this.repository.applyChanges(target, changes, await summariser());
        return { ...result, target };
      }),
    ).pipe(
      tap(({ patient, target }) => {
        if (patient)
          this.audit.recordAfterCommit([{ patientId: target, action: 'change', changes }]);
      }),
      map(({ patient, conflicts, target, generation }) =>
        patient
          ? PatientRepositoryActions.saveSucceeded({
              ids: [target],
              patients: [patient],
              conflicts,
              ...(generation === undefined ? {} : { generation }),
            })
          : PatientRepositoryActions.saveFailed({ ids: [target], error: DELETED_ELSEWHERE }),
      ),
      catchError((e: unknown) => {
        const target = this.queue.target(id);
        if (e instanceof Cancelled)
          return of(PatientRepositoryActions.saveCancelled({ ids: [target] }));
        this.unsent.set(target, [...(this.unsent.get(target) ?? []), ...changes]);
        return of(
          PatientRepositoryActions.saveFailed({
            ids: [target],
            error: errorMessage(e),
            ...(e instanceof FhirConflictError ? { changedElsewhere: true } : {}),
          }),
        );
      }),
    );
  }

  /** An undone delete, a whole import: the whole record, in one transaction. */
  readonly put$ = createEffect(() =>
    this.actions$.pipe(
      ofType(PatientsPageActions.deleteUndone, ToolbarActions.casesImported),
      withLatestFrom(this.store.select(patientsFeature.selectEntities)),
      map(([action, entities]) => {
        const ids = 'cases' in action ? action.cases.map((c) => c.id) : [action.id];
        const kind: AuditInput['action'] = 'cases' in action ? 'import' : 'undo-delete';
        const patients = ids.map((id) => entities[id]).filter((p): p is StoredPatient => !!p);
        return { patients, kind };
      }),
      filter(({ patients }) => patients.length > 0),
      mergeMap(({ patients, kind }) =>
        this.putWhole(patients).pipe(
          tap((done) => {
            if (done.type === PatientRepositoryActions.saveSucceeded.type)
              this.audit.recordAfterCommit(
                patients.map((p) => ({ patientId: p.id, action: kind })),
              );
          }),
        ),
      ),
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
        return from(
          this.queue.enqueue(this.queue.keysOf(id), () =>
            this.repository.delete(this.queue.target(id)),
          ),
        ).pipe(
          tap(() =>
            this.audit.recordAfterCommit([{ patientId: this.queue.target(id), action: 'delete' }]),
          ),
          map(() => PatientRepositoryActions.deleteSucceeded({ id })),
          catchError((e: unknown) =>
            of(
              PatientRepositoryActions.deleteFailed({
                id,
                patient: deleted?.id === id ? deleted : null,
                error: errorMessage(e),
              }),
            ),
          ),
        );
      }),
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
            : PatientRepositoryActions.saveFailed({ ids, error: errorMessage(e) }),
        ),
      ),
    );
  }
}
