import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { todayIso } from '../../../engine';
import { EncryptionService } from '../../core/crypto/encryption.service';
import { WrongPassphraseError } from '../../core/crypto/key-wrap';
import { RecordSealer } from '../../core/crypto/record-sealer';
import { downloadAll } from '../../core/export-case';
import { patientsFeature } from '../../core/patients.feature';
import { AUTO_LOCK_MAX, AUTO_LOCK_MIN, LockService } from './lock.service';

export const MIN_PASSPHRASE = 10;
const text = () => new FormControl('', { nonNullable: true });

/** Settings → Encryption at rest: turn on (after the warning and an export), change, turn off. */
@Component({
  selector: 'app-encryption-settings',
  imports: [ReactiveFormsModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './encryption-settings.html',
  styleUrl: './encryption-settings.scss',
})
export class EncryptionSettings {
  private readonly sealer = inject(RecordSealer);
  private readonly encryption = inject(EncryptionService);
  private readonly lock = inject(LockService);
  private readonly all = inject(Store).selectSignal(patientsFeature.selectAll);
  protected readonly available = this.encryption.available;
  protected readonly enabled = this.sealer.enabled;
  protected readonly idle = this.lock.idleMinutes;
  protected readonly minIdle = AUTO_LOCK_MIN;
  protected readonly maxIdle = AUTO_LOCK_MAX;
  protected readonly minLength = MIN_PASSPHRASE;
  protected readonly busy = signal(false);
  protected readonly done = signal('');
  protected readonly problem = signal('');

  protected readonly turnOn = new FormGroup({
    passphrase: text(),
    repeat: text(),
    understood: new FormControl(false, { nonNullable: true }),
  });
  protected readonly change = new FormGroup({ current: text(), next: text(), repeat: text() });
  protected readonly turnOff = new FormGroup({ passphrase: text() });

  protected iterations(): number {
    return this.sealer.record()?.iterations ?? 0;
  }

  protected exportAll(): void {
    downloadAll(
      this.all().map((p) => p.caseFile),
      todayIso(),
    );
  }

  protected setIdle(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (this.lock.setIdleMinutes(Number(input.value))) {
      this.say(`Locks after ${this.idle()} minute(s) without activity.`);
    } else {
      this.fail(`Enter whole minutes from ${AUTO_LOCK_MIN} to ${AUTO_LOCK_MAX}.`);
      input.value = String(this.idle());
    }
  }

  protected async enable(): Promise<void> {
    const { passphrase, repeat, understood } = this.turnOn.getRawValue();
    const refused = this.checkNew(passphrase, repeat);
    if (refused) return this.fail(refused);
    if (!understood) return this.fail('Confirm that a lost passphrase means lost data.');
    await this.run(async () => {
      await this.encryption.enable(passphrase);
      this.turnOn.reset();
      return 'Encryption is on: every patient is now stored encrypted.';
    });
  }

  protected async changePassphrase(): Promise<void> {
    const { current, next, repeat } = this.change.getRawValue();
    const refused = this.checkNew(next, repeat);
    if (refused) return this.fail(refused);
    await this.run(async () => {
      await this.encryption.changePassphrase(current, next);
      this.change.reset();
      return 'Passphrase changed.';
    });
  }

  protected async disable(): Promise<void> {
    await this.run(async () => {
      await this.encryption.disable(this.turnOff.getRawValue().passphrase);
      this.turnOff.reset();
      return 'Encryption is off: the patients are stored in clear text again.';
    });
  }

  private checkNew(passphrase: string, repeat: string): string | null {
    if (passphrase.length < MIN_PASSPHRASE)
      return `The passphrase needs at least ${MIN_PASSPHRASE} characters.`;
    if (passphrase !== repeat) return 'The two passphrases differ.';
    return null;
  }

  private async run(work: () => Promise<string>): Promise<void> {
    this.busy.set(true);
    this.done.set('');
    this.problem.set('');
    try {
      this.say(await work());
    } catch (e) {
      this.fail(
        e instanceof WrongPassphraseError
          ? 'Passphrase not accepted.'
          : `Not done: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`,
      );
    } finally {
      this.busy.set(false);
    }
  }

  private say(message: string): void {
    this.problem.set('');
    this.done.set(message);
  }

  private fail(message: string): void {
    this.done.set('');
    this.problem.set(message);
  }
}
