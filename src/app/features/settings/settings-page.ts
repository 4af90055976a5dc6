import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { todayIso } from '../../../engine';
import { LIMITS_TEXT } from '../../core/case-import';
import { downloadAll } from '../../core/export-case';
import { patientsFeature } from '../../core/patients.feature';

/** Storage facts: persistence granted or not, the limits, and "Export everything". */
@Component({
  selector: 'app-settings-page',
  imports: [MatButtonModule],
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

  protected exportAll(): void {
    downloadAll(
      this.all().map((p) => p.caseFile),
      todayIso(),
    );
  }
}
