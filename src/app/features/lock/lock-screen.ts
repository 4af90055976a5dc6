import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { WrongPassphraseError } from '../../core/crypto/key-wrap';
import { LockService } from './lock.service';

/** Shown instead of every page while locked: nothing about any patient is in the page. */
@Component({
  selector: 'app-lock-screen',
  imports: [ReactiveFormsModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="lock" aria-labelledby="lock-h">
      <h1 id="lock-h">Locked</h1>
      <p>
        The patients on this computer are encrypted. Enter the passphrase to unlock them for this
        session.
      </p>
      <form [formGroup]="form" (ngSubmit)="unlock()">
        <label for="lock-pass">Passphrase</label>
        <input
          id="lock-pass"
          #pass
          type="password"
          autocomplete="current-password"
          formControlName="passphrase"
          [attr.aria-invalid]="refused() ? 'true' : null"
          [attr.aria-describedby]="refused() ? 'lock-error' : null"
        />
        <button mat-flat-button type="submit" [disabled]="busy()">Unlock</button>
      </form>
      <p id="lock-error" class="error" role="alert">
        @if (refused()) {
          Passphrase not accepted.
        }
      </p>
      @if (busy()) {
        <p role="status">Unlocking…</p>
      }
      <p class="hint">
        A lost passphrase cannot be recovered, and neither can the patients stored here without it.
      </p>
    </section>
  `,
  styles: `
    .lock {
      max-width: 32rem;
      margin: 2rem auto;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    input {
      font: inherit;
      padding: 0.4rem;
      min-width: 16rem;
    }
    .error {
      color: #b00020;
      font-weight: 600;
      min-height: 1.5em;
    }
  `,
})
export class LockScreen {
  private readonly lock = inject(LockService);
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('pass');
  protected readonly passphrase = new FormControl('', { nonNullable: true });
  protected readonly form = new FormGroup({ passphrase: this.passphrase });
  protected readonly busy = signal(false);
  protected readonly refused = signal(false);

  constructor() {
    afterNextRender(() => this.field().nativeElement.focus());
  }

  protected async unlock(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.refused.set(false);
    try {
      await this.lock.unlock(this.passphrase.value);
      this.passphrase.reset();
    } catch (e) {
      if (!(e instanceof WrongPassphraseError)) throw e;
      this.refused.set(true);
      this.passphrase.reset();
      this.field().nativeElement.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
