import { Injectable, InjectionToken, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  debounceTime,
  EMPTY,
  filter,
  from,
  map,
  switchMap,
  takeUntil,
  withLatestFrom,
} from 'rxjs';
import { RecordSealer } from './crypto/record-sealer';
import { PATIENT_REPOSITORY } from './patient-repository';
import {
  ImportActions,
  LockActions,
  PatientPageActions,
  PatientRepositoryActions,
  PatientsPageActions,
} from './patients.actions';
import { patientAdapter, patientsFeature, type PatientsState } from './patients.feature';
import { snapshotStamp } from './worklist-snapshot';

/** Quiet time after a full read before the snapshot is saved (the screen comes first). */
export const SNAPSHOT_SAVE_DELAY_MS = new InjectionToken<number>('SnapshotSaveDelayMs');

/**
 * Saves the worklist snapshot (core/worklist-snapshot) after a full read of the embedded
 * store, and after this tab's edits, from the rows of exactly what the store holds: when
 * the state is not known to be that (another tab wrote, a write failed, an import), nothing
 * is saved until the next full read.
 */
@Injectable()
export class WorklistSnapshotEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly repository = inject(PATIENT_REPOSITORY);
  private readonly sealer = inject(RecordSealer);
  private readonly delay = inject(SNAPSHOT_SAVE_DELAY_MS, { optional: true }) ?? 1500;

  readonly save$ = createEffect(
    () =>
      this.actions$.pipe(
        ofType(
          PatientRepositoryActions.loadSucceeded,
          PatientRepositoryActions.externalChangeLoaded,
          // This tab's edit, when the state is still exactly the store (see listedAfterWrite).
          PatientRepositoryActions.saveSucceeded,
          PatientRepositoryActions.rereadAfterImport,
        ),
        filter(() => !!this.repository.saveWorklistSnapshot),
        debounceTime(this.delay),
        withLatestFrom(this.store.select(patientsFeature.selectPatientsState)),
        filter(([, state]) => unchangedSinceRead(state) && !this.sealer.locked()),
        switchMap(([, state]) => from(this.save(state))),
      ),
    { dispatch: false },
  );

  /**
   * An import writes many patients (one transaction per file, perhaps between another tab's
   * writes): the state is then not known to be exactly the store. Once the import is quiet,
   * the store is read again, as another tab would read it, so that the snapshot is saved and
   * the next start paints from it rather than reading every record.
   */
  readonly rereadAfterImport$ = createEffect(() =>
    this.actions$.pipe(
      ofType(ImportActions.filesStored),
      filter(() => !!this.repository.listAt && !!this.repository.saveWorklistSnapshot),
      debounceTime(this.delay),
      // Before the first load the load itself reads the store (and may hold a read begun
      // before the import).
      withLatestFrom(this.store.select(patientsFeature.selectLoaded)),
      filter(([, loaded]) => loaded && !this.sealer.locked()),
      switchMap(() =>
        from(this.repository.listAt!()).pipe(
          // A write of this tab or a lock while reading: the read is stale or must not land.
          takeUntil(
            this.actions$.pipe(
              ofType(
                LockActions.locked,
                PatientPageActions.caseEdited,
                PatientsPageActions.patientCreated,
                PatientsPageActions.patientDeleted,
                PatientsPageActions.patientRenamed,
                PatientsPageActions.deleteUndone,
                PatientRepositoryActions.saveSucceeded,
                PatientRepositoryActions.deleteSucceeded,
                ImportActions.filesStored,
              ),
            ),
          ),
          filter(() => !this.sealer.locked()),
          map(({ patients, generation }) =>
            PatientRepositoryActions.rereadAfterImport({
              patients,
              ...(generation < 0 ? {} : { generation }),
            }),
          ),
          catchError((e: unknown) => {
            console.warn('store not read again after the import:', e);
            return EMPTY;
          }),
        ),
      ),
    ),
  );

  private async save(state: PatientsState): Promise<void> {
    const stamp = snapshotStamp();
    const { worklistRowsOf } = await import('./worklist.selectors');
    const patients = patientAdapter.getSelectors().selectAll(state);
    const rows = worklistRowsOf(patients);
    // Rows are as of a day: computed across midnight, they are not saved as the new day's.
    if (snapshotStamp().date !== stamp.date) return;
    try {
      await this.repository.saveWorklistSnapshot!({
        rows,
        generation: state.listed!.generation,
        stamp,
      });
    } catch (e) {
      console.warn('worklist snapshot not saved:', e);
    }
  }
}

/** The state's patients are exactly those read at `listed.generation`, nothing pending. */
function unchangedSinceRead(state: PatientsState): boolean {
  return (
    state.listed !== null &&
    state.listed.entities === state.entities &&
    state.pendingDeletes === 0 &&
    Object.keys(state.pending).length === 0
  );
}
