import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { EncryptionSettings } from '../lock/encryption-settings';
import { Store } from '@ngrx/store';
import { todayIso } from '../../../engine';
import { LIMITS_TEXT } from '../../core/case-import';
import { downloadAll } from '../../core/export-case';
import { PATIENT_REPOSITORY } from '../../core/patient-repository';
import { patientsFeature } from '../../core/patients.feature';
import { FHIR_USER_KEY } from '../../core/repository/fhir/fhir-patient-repository';
import { FHIR_SERVER_PARAM, normaliseBase } from '../../core/repository/fhir/fhir-server-choice';

/** Storage facts: persistence granted or not, the limits, and "Export everything". */
@Component({
  selector: 'app-settings-page',
  imports: [MatButtonModule, EncryptionSettings],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Settings</h1>
    <section aria-labelledby="storage-h">
      <h2 id="storage-h">Storage</h2>
      <p data-persisted>
        @switch (persisted()) {
          @case (true) {
            Persistent storage granted: the browser will not evict the patients.
          }
          @case (false) {
            Persistent storage not granted: the browser may evict the patients when the disk is
            short. Export regularly.
          }
          @default {
            This browser does not say whether the data is persistent. Export regularly.
          }
        }
      </p>
      @if (lost(); as reason) {
        <p role="alert">Storage lost: {{ reason }}.</p>
      }
      <p>Patients held by this tab: {{ count() }}.</p>
      <button mat-stroked-button type="button" (click)="exportAll()">Export everything</button>
    </section>
    <app-encryption-settings />
    <section aria-labelledby="server-h">
      <h2 id="server-h">Where patients are stored</h2>
      @if (connectedTo; as base) {
        <p data-store="fhir">Connected to the FHIR server {{ base }} (for this browser session).</p>
        <label for="fhir-user">Your name, recorded as the author of each write (Provenance)</label>
        <input
          id="fhir-user"
          type="text"
          [value]="user"
          (change)="setUser($any($event.target).value)"
        />
        @for (problem of notReadable(); track problem) {
          <p role="alert" data-not-readable>Not readable from the server: {{ problem }}</p>
        }
      } @else {
        <p data-store="embedded">Embedded: this browser's IndexedDB.</p>
      }
      <label for="fhir-base">FHIR R4 base URL (an open server)</label>
      <input id="fhir-base" #base type="url" [value]="connectedTo ?? ''" size="48" />
      <button mat-stroked-button type="button" (click)="connect(base.value)">Connect</button>
      @if (connectedTo) {
        <button mat-stroked-button type="button" (click)="connect('none')">
          Use embedded store
        </button>
      }
    </section>
    <section aria-labelledby="limits-h">
      <h2 id="limits-h">Import limits</h2>
      <p>{{ limits }}</p>
    </section>
  `,
})
export class SettingsPage {
  private readonly store = inject(Store);
  protected readonly persisted = this.store.selectSignal(patientsFeature.selectPersisted);
  protected readonly lost = this.store.selectSignal(patientsFeature.selectStorageLost);
  protected readonly count = this.store.selectSignal(patientsFeature.selectTotal);
  private readonly all = this.store.selectSignal(patientsFeature.selectAll);
  protected readonly limits = LIMITS_TEXT;
  private readonly repository = inject(PATIENT_REPOSITORY);
  protected readonly connectedTo = this.repository.connectedTo ?? null;
  protected readonly notReadable = this.repository.notReadable ?? signal<readonly string[]>([]);

  protected readonly user = globalThis.localStorage?.getItem(FHIR_USER_KEY) ?? '';

  protected setUser(name: string): void {
    globalThis.localStorage?.setItem(FHIR_USER_KEY, name.trim().slice(0, 200));
  }

  /** The store is chosen at start: reload with the new choice (kept for the session). */
  protected connect(value: string): void {
    const base = value === 'none' ? 'none' : normaliseBase(value);
    if (base) globalThis.location.assign(`/?${FHIR_SERVER_PARAM}=${encodeURIComponent(base)}`);
  }

  protected exportAll(): void {
    downloadAll(
      this.all().map((p) => p.caseFile),
      todayIso(),
    );
  }
}
