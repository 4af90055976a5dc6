import { Injectable, inject } from '@angular/core';
import {
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  NavigationSkipped,
  Router,
} from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  EMPTY,
  catchError,
  filter,
  merge,
  from,
  map,
  mergeMap,
  of,
  switchMap,
  tap,
  withLatestFrom,
} from 'rxjs';
import { AuditLog } from './audit/audit-log';
import { isEmbeddedStore, PATIENT_REPOSITORY, type StoredPatient } from './patient-repository';
import { PatientWriteQueue } from './patient-write-queue';
import { PatientRepositoryActions, PatientsPageActions } from './patients.actions';
import { patientsFeature } from './patients.feature';
import { summariser } from './summariser';
import { Cancelled } from './write-queue';
import { errorMessage } from './error-message';

/**
 * New patients. The store never writes one over another patient: when another tab or
 * clinician took the id at the same moment, it is stored under the next free one and this
 * screen follows (core/case-ids, PatientRepository.create).
 */
@Injectable()
export class PatientCreateEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly repository = inject(PATIENT_REPOSITORY);
  private readonly queue = inject(PatientWriteQueue);
  private readonly audit = inject(AuditLog);
  private readonly router = inject(Router, { optional: true });

  /**
   * A new patient is stored under its id, or under the next free one when another tab or
   * clinician took that id meanwhile: then the patient moves to it on this screen too.
   */
  readonly create$ = createEffect(() =>
    this.actions$.pipe(
      ofType(PatientsPageActions.patientCreated),
      withLatestFrom(this.store.select(patientsFeature.selectEntities)),
      map(([{ caseFile }, entities]) => entities[caseFile.id]),
      filter((p): p is StoredPatient => !!p),
      mergeMap((p) =>
        from(
          this.queue.enqueue(p.id, async () => {
            const summarise = await summariser();
            const id = await this.repository.create({ ...p, summary: summarise(p) });
            // Set before the edits queued behind the creation run: they follow it.
            if (id !== p.id) this.queue.renumber(p.id, id);
            return id;
          }),
        ).pipe(
          tap((id) =>
            this.audit
              .recordAll([{ patientId: id, action: 'create' }])
              .catch((e: unknown) => console.error('audit trail:', e)),
          ),
          mergeMap((id) =>
            id === p.id
              ? of(PatientRepositoryActions.saveSucceeded({ ids: [id] }))
              : of(
                  PatientRepositoryActions.createRenumbered({ from: p.id, to: id }),
                  PatientRepositoryActions.saveSucceeded({ ids: [id] }),
                ),
          ),
          catchError((e: unknown) =>
            of(
              e instanceof Cancelled
                ? PatientRepositoryActions.saveCancelled({ ids: [p.id] })
                : PatientRepositoryActions.saveFailed({ ids: [p.id], error: errorMessage(e) }),
            ),
          ),
        ),
      ),
    ),
  );

  /** The page of a renumbered new patient follows it; the other tab's patient is read in. */
  readonly renumbered$ = createEffect(() =>
    this.actions$.pipe(
      ofType(PatientRepositoryActions.createRenumbered),
      // Connected mode reads patients as the screen shows them; the embedded store reloads.
      filter(() => isEmbeddedStore(this.repository)),
      switchMap(() =>
        from(this.repository.list()).pipe(
          map((patients) => PatientRepositoryActions.externalChangeLoaded({ patients })),
          catchError(() => EMPTY),
        ),
      ),
    ),
  );

  /**
   * A page open on a new patient's first id follows it to the id it was stored under: when
   * the renumbering arrives, and after any navigation to that id (the creation may commit
   * before the navigation to its page ends, or Back may lead there later).
   */
  readonly follow$ = createEffect(() => {
    const router = this.router;
    if (!router) return EMPTY;
    return merge(
      this.actions$.pipe(
        ofType(PatientRepositoryActions.createRenumbered),
        map(() => 'renumbered' as const),
      ),
      // Any end of a navigation (one skipped or cancelled too: then no NavigationEnd comes).
      router.events.pipe(
        filter(
          (e) =>
            e instanceof NavigationEnd ||
            e instanceof NavigationSkipped ||
            e instanceof NavigationCancel ||
            e instanceof NavigationError,
        ),
        map(() => 'navigated' as const),
      ),
    ).pipe(
      withLatestFrom(this.store.select(patientsFeature.selectPatientsState)),
      mergeMap(([trigger, state]) => {
        // The renumbering during a navigation: its end comes next. (Not checked on an end
        // event: the router still reports the navigation while it emits its end, and the
        // page then never followed — a CI run caught it.)
        if (trigger === 'renumbered' && router.getCurrentNavigation()) return EMPTY;
        const segments = router.url.split(/[?#]/)[0]!.split('/');
        if (segments[1] !== 'patients' || !segments[2]) return EMPTY;
        const id = decodeURIComponent(segments[2]);
        // Once followed, the first id is another patient's (Back leads to theirs).
        const moved = state.renumbered.find((r) => r.from === id && !r.followed);
        if (!moved) return EMPTY;
        void router.navigate(['/patients', moved.to, ...segments.slice(3)], { replaceUrl: true });
        return of(PatientRepositoryActions.renumberedPageFollowed({ from: id }));
      }),
    );
  });
}
