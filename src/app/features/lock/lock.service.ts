import { DestroyRef, Injectable, effect, inject, signal, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { AuditLog } from '../../core/audit/audit-log';
import { RecordSealer } from '../../core/crypto/record-sealer';
import { ImportCasesService } from '../../core/import-cases.service';
import { PatientWriteQueue } from '../../core/patient-write-queue';
import { LockActions } from '../../core/patients.actions';

export const AUTO_LOCK_KEY = 'vas-dashboard.auto-lock-minutes';
export const AUTO_LOCK_DEFAULT = 10;
export const AUTO_LOCK_MIN = 1;
export const AUTO_LOCK_MAX = 240;
const LOCK_CHANNEL = 'vas-dashboard-lock';
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

function storedMinutes(): number {
  const n = Number(globalThis.localStorage?.getItem(AUTO_LOCK_KEY));
  return Number.isInteger(n) && n >= AUTO_LOCK_MIN && n <= AUTO_LOCK_MAX ? n : AUTO_LOCK_DEFAULT;
}

/**
 * Lock now and auto-lock after idle time (pointer / keyboard activity). Locking first writes
 * what is pending (an edit typed but not yet committed is committed by moving focus away),
 * sealed with the key still in memory, then drops the key and every patient from the store.
 */
@Injectable({ providedIn: 'root' })
export class LockService {
  private readonly sealer = inject(RecordSealer);
  private readonly store = inject(Store);
  private readonly queue = inject(PatientWriteQueue);
  private readonly importer = inject(ImportCasesService);
  private readonly audit = inject(AuditLog);
  private lastActivity = Date.now();
  private started = false;
  /** "Lock now" in one tab locks the other tabs of this browser too. */
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(LOCK_CHANNEL);
  /** Minutes of no pointer or keyboard activity before the app locks itself. */
  readonly idleMinutes = signal(storedMinutes());
  readonly locking = signal(false);

  constructor() {
    if (this.channel) this.channel.onmessage = () => void this.lockNow(false);
    // However the key left memory (lock now, idle, another tab): nothing stays in the store.
    effect(() => {
      if (this.sealer.locked()) untracked(() => this.store.dispatch(LockActions.locked()));
    });
  }

  /** Listens for activity and checks the idle time every second (called once by the shell). */
  start(destroyRef: DestroyRef): void {
    if (this.started || typeof document === 'undefined') return;
    this.started = true;
    const bump = () => (this.lastActivity = Date.now());
    for (const type of ACTIVITY)
      document.addEventListener(type, bump, { passive: true, capture: true });
    const timer = setInterval(() => this.checkIdle(), 1000);
    destroyRef.onDestroy(() => {
      clearInterval(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, bump, { capture: true });
      this.started = false;
    });
  }

  setIdleMinutes(minutes: number): boolean {
    if (!Number.isInteger(minutes) || minutes < AUTO_LOCK_MIN || minutes > AUTO_LOCK_MAX)
      return false;
    this.idleMinutes.set(minutes);
    globalThis.localStorage?.setItem(AUTO_LOCK_KEY, String(minutes));
    return true;
  }

  async lockNow(tellOtherTabs = true): Promise<void> {
    if (!this.sealer.enabled() || this.sealer.locked() || this.locking()) return;
    this.locking.set(true);
    try {
      // A typed value is committed on `change`, fired when the field loses focus.
      const active = globalThis.document?.activeElement;
      if (active instanceof HTMLElement) active.blur();
      await new Promise((resolve) => setTimeout(resolve));
      await this.queue.idle();
      this.importer.dismiss();
      // On the record (the app-wide chain) while the key is still here to seal it.
      await this.audit
        .record({ action: 'lock', detail: tellOtherTabs ? 'lock now' : 'locked' })
        .catch(() => undefined);
      this.sealer.lock();
      if (tellOtherTabs) this.channel?.postMessage('lock');
    } finally {
      this.locking.set(false);
    }
  }

  async unlock(passphrase: string): Promise<void> {
    await this.sealer.unlock(passphrase);
    this.lastActivity = Date.now();
    await this.audit.record({ action: 'unlock' }).catch(() => undefined);
  }

  private checkIdle(): void {
    if (!this.sealer.enabled() || this.sealer.locked()) return;
    // Idle here says nothing about the other tabs: only this one locks.
    if (Date.now() - this.lastActivity >= this.idleMinutes() * 60_000) void this.lockNow(false);
  }
}
