import { Injectable, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { NavigationEnd, Router } from '@angular/router';
import { Store, type Action } from '@ngrx/store';
import {
  catchError,
  concat,
  defer,
  EMPTY,
  filter,
  fromEvent,
  merge,
  Observable,
  from,
  map,
  mergeMap,
  of,
  switchMap,
  tap,
  withLatestFrom,
} from 'rxjs';
import { AuditLog, type AuditInput } from './audit/audit-log';
import { LockedError, RecordSealer } from './crypto/record-sealer';
import {
  AppActions,
  LockActions,
  PatientRepositoryActions,
  PatientsPageActions,
} from './patients.actions';
import { patientsFeature } from './patients.feature';
import { isEmbeddedStore, PATIENT_REPOSITORY, type StoredPatient } from './patient-repository';
import { summariser } from './summariser';
import {
  patchedRows,
  snapshotStamp,
  type SnapshotRead,
  type WorklistSnapshot,
} from './worklist-snapshot';
import { errorMessage } from './error-message';

export const SEEDED_KEY = 'vas-dashboard.seeded';

/**
 * Reads: the worklist snapshot then every patient on start and after a lock (the demo
 * patients seeded on the very first run), a patient as its page opens (connected mode),
 * another tab's changes, the demo reset, persistence and a lost store.
 */
@Injectable()
export class PatientLoadEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly repository = inject(PATIENT_REPOSITORY);
  private readonly audit = inject(AuditLog);
  private readonly router = inject(Router, { optional: true });
  private readonly sealer = inject(RecordSealer);

  /**
   * Load on start and after a lock, once unlocked (encryption on); seed the synthetic demo
   * patients on the very first run.
   */
  readonly load$ = createEffect(() =>
    this.actions$.pipe(
      ofType(AppActions.started, LockActions.locked),
      switchMap(() =>
        // A later start or lock drops this one before it reads anything (no second read).
        from(this.unlocked()).pipe(
          // Connected mode reads a patient when its page opens, not every record at start.
          switchMap(() =>
            !isEmbeddedStore(this.repository)
              ? of(PatientRepositoryActions.connected())
              : concat(
                  // The worklist paints from its snapshot, when exact; then all is read.
                  this.snapshot(),
                  defer(() => from(this.loadOrSeed())).pipe(
                    map(({ patients, generation }) =>
                      PatientRepositoryActions.loadSucceeded({
                        patients,
                        ...(generation === null ? {} : { generation }),
                      }),
                    ),
                  ),
                ),
          ),
          catchError((e: unknown) =>
            of(PatientRepositoryActions.loadFailed({ error: errorMessage(e) })),
          ),
        ),
      ),
    ),
  );

  /**
   * Connected mode reads what the screen shows, not every record: a patient page reads that
   * patient (fresh versions each time it opens); the patients list reads them all.
   */
  readonly open$ = createEffect(() => {
    const repo = this.repository;
    // A fresh observable: createEffect marks the one it is given (never the shared EMPTY).
    if (!repo.get || !this.router) return new Observable<never>((s) => s.complete());
    const router = this.router;
    // Live-ish: the window regaining focus reads the open patient again (someone else may
    // have changed it meanwhile). The server is not polled.
    const focus = globalThis.window
      ? fromEvent(globalThis.window, 'focus').pipe(
          map(() => ({ path: router.url.split(/[?#]/)[0]!, refocus: true })),
          filter(({ path }) => path.startsWith('/patients/')),
        )
      : EMPTY;
    const navigated = router.events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => ({ path: e.urlAfterRedirects.split(/[?#]/)[0]!, refocus: false })),
    );
    return merge(navigated, focus).pipe(
      withLatestFrom(this.store.select(patientsFeature.selectPatientsState)),
      switchMap(([{ path, refocus }, state]) => {
        const m = /^\/patients\/([^/]+)$/.exec(path);
        if (m) {
          const id = decodeURIComponent(m[1]!);
          // An edit not yet saved keeps the versions it was made on (a 412 stays possible).
          if (state.pending[id] || state.saveStatus[id] === 'error') return EMPTY;
          return concat(
            refocus
              ? EMPTY
              : of(PatientRepositoryActions.patientOpening({ id, known: !!state.entities[id] })),
            from(repo.get!(id)).pipe(
              map((patient) => PatientRepositoryActions.patientRead({ id, patient })),
              catchError((e: unknown) =>
                of(PatientRepositoryActions.patientReadFailed({ id, error: errorMessage(e) })),
              ),
            ),
          );
        }
        if (path !== '/patients' || refocus) return EMPTY;
        return from(repo.list()).pipe(
          map((patients) => PatientRepositoryActions.externalChangeLoaded({ patients })),
          catchError((e: unknown) =>
            of(PatientRepositoryActions.loadFailed({ error: errorMessage(e) })),
          ),
        );
      }),
    );
  });

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
          tap(() => this.audit.recordAfterCommit(demoCreated(demo, 'demo data reset'))),
          map(() => PatientRepositoryActions.loadSucceeded({ patients: demo })),
          catchError((e: unknown) =>
            of(PatientRepositoryActions.loadFailed({ error: errorMessage(e) })),
          ),
        );
      }),
    ),
  );

  /** Another tab changed the store: reload, keeping this tab's unsaved edits (not while locked). */
  readonly external$ = createEffect(() =>
    this.repository.externalChanges.pipe(
      filter(() => !this.sealer.locked()),
      switchMap(() =>
        from(this.listing()).pipe(
          map(({ patients, generation }) =>
            PatientRepositoryActions.externalChangeLoaded({
              patients,
              ...(generation === null ? {} : { generation }),
            }),
          ),
          catchError((e: unknown) =>
            e instanceof LockedError
              ? EMPTY
              : of(PatientRepositoryActions.loadFailed({ error: errorMessage(e) })),
          ),
        ),
      ),
    ),
  );

  private async unlocked(): Promise<void> {
    // The embedded store, loaded on first use, attaches its database (the key record) first.
    await this.repository.ready?.();
    await this.sealer.ready();
    await this.sealer.whenUnlocked();
  }

  /**
   * The worklist snapshot, when the store has one of today and this engine, brought up to
   * the store's generation with the patients written since (a failed read: none).
   */
  private snapshot(): Observable<Action> {
    const read = this.repository.worklistSnapshot;
    if (!read) return EMPTY;
    return from(read.call(this.repository, snapshotStamp())).pipe(
      filter((s) => s !== null),
      mergeMap((s) => from(upToDate(s))),
      filter((s) => s !== null),
      // The full read starts once the rows are painted (its decoding would delay the paint).
      mergeMap(({ rows, generation }) =>
        concat(
          of(PatientRepositoryActions.snapshotLoaded({ rows, generation })),
          defer(() => from(afterNextPaint())).pipe(mergeMap(() => EMPTY)),
        ),
      ),
      catchError((e: unknown) => {
        console.warn('worklist snapshot not read:', e);
        return EMPTY;
      }),
    );
  }

  /** Every patient, with the embedded store's generation when it has one (else null). */
  private async listing(): Promise<{ patients: StoredPatient[]; generation: number | null }> {
    if (!this.repository.listAt)
      return { patients: await this.repository.list(), generation: null };
    const { patients, generation } = await this.repository.listAt();
    return { patients, generation: generation < 0 ? null : generation };
  }

  private async loadOrSeed(): Promise<{ patients: StoredPatient[]; generation: number | null }> {
    const listed = await this.listing();
    const seeded = globalThis.localStorage?.getItem(SEEDED_KEY) === 'yes';
    // A FHIR server is shared: demo patients are never written to it unasked.
    if (listed.patients.length > 0 || seeded || !isEmbeddedStore(this.repository)) return listed;
    const [{ demoPatients }, summarise] = await Promise.all([
      import('./demo-patients'),
      summariser(),
    ]);
    const demo = demoPatients();
    await this.repository.putAll(demo.map((p) => ({ ...p, summary: summarise(p) })));
    globalThis.localStorage?.setItem(SEEDED_KEY, 'yes');
    this.audit.recordAfterCommit(demoCreated(demo, 'synthetic demo data, first start'));
    return { patients: demo, generation: null };
  }
}

/** The snapshot's rows at the store's generation now (rows of the patients written since). */
async function upToDate(s: SnapshotRead): Promise<WorklistSnapshot | null> {
  if (s.generation === s.current) return s;
  const { worklistRowsOf } = await import('./worklist.selectors');
  const rows = patchedRows(s.rows, worklistRowsOf(s.written), s.gone, s.count);
  return rows && { rows, generation: s.current };
}

/** After the next frame is painted (at most 100 ms: a hidden tab paints no frames). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

const demoCreated = (demo: readonly StoredPatient[], detail: string): AuditInput[] =>
  demo.map((p) => ({ patientId: p.id, action: 'create', detail }));
