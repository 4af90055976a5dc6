import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { EncryptionSettings } from '../lock/encryption-settings';
import { Store } from '@ngrx/store';
import { AuditLog } from '../../core/audit/audit-log';
import { CurrentUser } from '../../core/audit/current-user';
import { ClinicianNameSetting } from '../audit/clinician-name-setting';
import { todayIso } from '../../../engine';
import { LIMITS_TEXT } from '../../core/case-import';
import { downloadAll } from '../../core/export-case';
import { isEmbeddedStore, PATIENT_REPOSITORY } from '../../core/patient-repository';
import { patientsFeature } from '../../core/patients.feature';
import { FHIR_SERVER_PARAM, normaliseBase } from '../../core/repository/fhir/fhir-server-choice';
import { SmartSession } from '../../core/smart/smart-session';

/** Storage facts: persistence granted or not, the limits, and "Export everything". */
@Component({
  selector: 'app-settings-page',
  imports: [MatButtonModule, ClinicianNameSetting, EncryptionSettings],
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
      @if (!embedded) {
        @let base = connectedTo;
        <p data-store="fhir">Connected to the FHIR server {{ base }} (for this browser session).</p>
        @if (smart.active) {
          <p data-smart-signed-in>
            Signed in through SMART App Launch as {{ smart.signedInAs() ?? 'an unnamed user' }},
            recorded as the author of each write (Provenance). Granted:
            <code>{{ smart.granted() }}</code>
          </p>
        } @else {
          <label for="fhir-user"
            >Your name, recorded as the author of each write (Provenance)</label
          >
          <input
            id="fhir-user"
            type="text"
            [value]="user"
            (change)="setUser($any($event.target).value)"
          />
        }
        @for (problem of notReadable(); track problem) {
          <p role="alert" data-not-readable>Not readable from the server: {{ problem }}</p>
        }
      } @else {
        <p data-store="embedded">Embedded: this browser's IndexedDB.</p>
      }
      <label for="fhir-base">FHIR R4 base URL (an open server)</label>
      <input id="fhir-base" #base type="url" [value]="connectedTo ?? ''" size="48" />
      <button mat-stroked-button type="button" (click)="connect(base.value)">Connect</button>
      @if (!embedded) {
        <button mat-stroked-button type="button" (click)="connect('none')">
          Use embedded store
        </button>
      }
    </section>
    @if (embedded) {
      <app-clinician-name-setting />
    }
    <section aria-labelledby="smart-h">
      <h2 id="smart-h">Sign in to a FHIR server (SMART App Launch)</h2>
      <p>
        Standalone launch: the server's authorisation page signs you in and asks which patient to
        open. The access token stays in this tab's session storage.
      </p>
      <label for="smart-base">FHIR R4 base URL</label>
      <input id="smart-base" #smartBase type="url" [value]="connectedTo ?? ''" size="48" />
      <button mat-stroked-button type="button" (click)="signIn(smartBase.value)">
        Connect to FHIR server
      </button>
      @if (smartError(); as e) {
        <p role="alert" data-smart-error>{{ e }}</p>
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
  protected readonly embedded = isEmbeddedStore(this.repository);
  protected readonly connectedTo = this.repository.connectedTo ?? null;
  protected readonly notReadable = this.repository.notReadable ?? signal<readonly string[]>([]);

  /** One user source for Provenance, the audit trail and decisions (core/audit/current-user). */
  private readonly currentUser = inject(CurrentUser);
  private readonly audit = inject(AuditLog);
  protected readonly user = this.currentUser.name();
  protected readonly smart = inject(SmartSession);
  protected readonly smartError = signal<string | null>(null);

  /** Standalone SMART launch: the page leaves for the server's authorisation endpoint. */
  protected async signIn(value: string): Promise<void> {
    const base = normaliseBase(value);
    if (!base) {
      this.smartError.set('Enter the http(s) base URL of a FHIR R4 server.');
      return;
    }
    try {
      await this.smart.authorize(base);
    } catch (e) {
      this.smartError.set(
        `Could not start the sign-in at ${base}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }

  protected setUser(name: string): void {
    this.currentUser.setName(name);
  }

  /** The store is chosen at start: reload with the new choice (kept for the session). */
  protected connect(value: string): void {
    const base = value === 'none' ? 'none' : normaliseBase(value);
    if (base) globalThis.location.assign(`/?${FHIR_SERVER_PARAM}=${encodeURIComponent(base)}`);
  }

  protected exportAll(): void {
    const all = this.all();
    downloadAll(
      all.map((p) => p.caseFile),
      todayIso(),
    );
    this.audit
      .recordAll(
        all.map((p) => ({ patientId: p.id, action: 'export', detail: 'export everything' })),
      )
      .catch((e: unknown) => console.error('audit trail:', e));
  }
}
