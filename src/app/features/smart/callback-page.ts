import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, firstValueFrom } from 'rxjs';
import { applyChanges } from '../../core/case-changes';
import { isEmbeddedStore, PATIENT_REPOSITORY } from '../../core/patient-repository';
import { PatientPageActions, PatientRepositoryActions } from '../../core/patients.actions';
import { patientsFeature } from '../../core/patients.feature';
import { CALLBACK_PATH, takePending, writeRecord } from '../../core/smart/smart-context';
import { SmartSession } from '../../core/smart/smart-session';

/**
 * The redirect URI: fhirclient's `ready()` exchanges the code (and removes code and state from
 * the URL), then the launch patient's page opens; edits kept over a re-authorisation are
 * applied again and saved. A refusal is said plainly, and the app stays unconnected.
 */
@Component({
  selector: 'app-callback-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Signing in</h1>
    @if (error(); as e) {
      <p role="alert" data-smart-error>{{ e }}</p>
      <p>
        Launch the app again from the EHR, or sign in to a FHIR server in
        <a routerLink="/settings">Settings</a>.
      </p>
    } @else {
      <p role="status">Finishing the sign-in…</p>
    }
  `,
})
export class CallbackPage implements OnInit {
  private readonly smart = inject(SmartSession);
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly repository = inject(PATIENT_REPOSITORY);
  protected readonly error = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    const mode = this.smart.mode;
    if (mode.kind === 'refused') return this.refused();
    if (mode.kind !== 'smart') {
      this.error.set('There is no sign-in to finish here.');
      return;
    }
    let patient: string | null;
    try {
      await this.smart.client();
      patient = this.smart.context()?.patient ?? null;
    } catch (e) {
      writeRecord(globalThis.sessionStorage, null);
      this.error.set(`Sign-in failed: ${e instanceof Error ? e.message : String(e)}.`);
      return;
    }
    await firstValueFrom(this.store.select(patientsFeature.selectLoaded).pipe(filter(Boolean)));
    const entities = await firstValueFrom(this.store.select(patientsFeature.selectEntities));
    // Edits waiting for this sign-in (the token expired while they were being saved).
    const pending = takePending(globalThis.sessionStorage);
    const repo = isEmbeddedStore(this.repository) ? null : this.repository;
    for (const edit of pending) {
      let current = entities[edit.id];
      // Connected mode reads a patient when it opens: read the one this edit belongs to.
      if (!current && repo?.get) {
        const read = await repo.get(edit.id).catch(() => null);
        if (read) {
          this.store.dispatch(PatientRepositoryActions.patientRead({ id: edit.id, patient: read }));
          current = read;
        }
      }
      if (current)
        this.store.dispatch(
          PatientPageActions.caseEdited({
            caseFile: applyChanges(current.caseFile, edit.changes).caseFile,
          }),
        );
    }
    let caseId: string | undefined = pending[0]?.id;
    try {
      caseId ??= patient ? await repo?.resolveCaseId?.(patient) : undefined;
    } catch (e) {
      this.error.set(
        `The patient of this launch (Patient/${patient}) could not be read: ${e instanceof Error ? e.message : String(e)}.`,
      );
      return;
    }
    if (caseId) {
      await this.router.navigate(['/patients', caseId], { replaceUrl: true });
      return;
    }
    if (patient) {
      const why = repo?.notReadable?.().find((p) => p.startsWith(`Patient/${patient}:`));
      this.error.set(
        why
          ? `The patient of this launch cannot be read by the app: ${why}`
          : `The patient of this launch (Patient/${patient}) was not found on the server.`,
      );
      return;
    }
    await this.router.navigate(['/worklist'], { replaceUrl: true });
  }

  private async refused(): Promise<void> {
    let message = 'the authorisation server did not authorise the app';
    try {
      await this.smart.client();
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    writeRecord(globalThis.sessionStorage, null);
    const unsaved = takePending(globalThis.sessionStorage).map((e) => e.id);
    globalThis.history.replaceState(null, '', CALLBACK_PATH);
    const lost = unsaved.length
      ? ` Your unsaved edit of ${unsaved.join(', ')} was not saved to the server.`
      : '';
    this.error.set(
      (message.startsWith('access_denied')
        ? `Access refused (${message}). The app is not connected to the FHIR server: nothing was read or written there.`
        : `Sign-in failed (${message}). The app is not connected to the FHIR server.`) + lost,
    );
  }
}
