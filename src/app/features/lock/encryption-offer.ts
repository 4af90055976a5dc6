import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { RecordSealer } from '../../core/crypto/record-sealer';
import { isEmbeddedStore, PATIENT_REPOSITORY } from '../../core/patient-repository';

export const OFFER_KEY = 'vas-dashboard.encryption-offer';

/** First start (embedded store, encryption off): offer a passphrase, once, dismissible. */
@Component({
  selector: 'app-encryption-offer',
  imports: [MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown()) {
      <section class="offer no-print" role="region" aria-label="Encryption offer">
        <div>Patients are stored unencrypted in this browser. Protect them with a passphrase?</div>
        <a mat-button routerLink="/settings" fragment="encryption" (click)="dismiss()"
          >Set up encryption</a
        >
        <button mat-button type="button" (click)="dismiss()">Not now</button>
      </section>
    }
  `,
  styles: `
    .offer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding: 0.25rem 1rem;
      background: #e8f0fe;
      color: #1a1a1a;
    }
    .offer div {
      flex: 1 1 16rem;
    }
  `,
})
export class EncryptionOffer {
  private readonly sealer = inject(RecordSealer);
  private readonly dismissed = signal(globalThis.localStorage?.getItem(OFFER_KEY) === 'dismissed');
  private readonly repository = inject(PATIENT_REPOSITORY);
  /** The embedded store, opened and its key record read (it is loaded on first use). */
  private readonly known = signal(false);
  protected readonly shown = computed(
    () => this.known() && !this.dismissed() && !this.sealer.enabled(),
  );

  constructor() {
    if (!isEmbeddedStore(this.repository)) return;
    void Promise.resolve(this.repository.ready?.())
      .then(() => this.sealer.ready())
      .then(() => this.known.set(true))
      .catch(() => undefined);
  }

  protected dismiss(): void {
    this.dismissed.set(true);
    globalThis.localStorage?.setItem(OFFER_KEY, 'dismissed');
  }
}
