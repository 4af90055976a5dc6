import {
  computed,
  EnvironmentInjector,
  inject,
  Injectable,
  type OnDestroy,
  runInInjectionContext,
  signal,
} from '@angular/core';
import type { AuditEntry } from './audit-chain';
import type { AuditInput, AuditStore, AuditTrail } from './audit-store';

export type { AuditInput, AuditTrail } from './audit-store';

/**
 * The audit trail: append-only, one hash-chained sequence per patient (see AuditStore in
 * audit-store.ts for the storage and the chain). This facade loads that code, and IndexedDB
 * with it, on the first entry or read, so the first page paints without it (issue 15).
 *
 * API: `record({ patientId?, action, detail?, changes?, decision? })` appends one entry
 * (time and user are added); `recordAll` many in one transaction; `trail(patientId)` reads
 * and verifies a chain; `revision` changes after every append in any tab. With encryption at
 * rest, `record` and `trail` reject with LockedError while locked: record 'lock' before
 * locking and 'unlock' after unlocking (no patientId: the app chain).
 */
@Injectable({ providedIn: 'root' })
export class AuditLog implements OnDestroy {
  private readonly injector = inject(EnvironmentInjector);
  private readonly impl = signal<AuditStore | null>(null);
  private loading?: Promise<AuditStore>;
  /** Bumped after every append (this tab or another): views re-read. */
  readonly revision = computed(() => this.impl()?.revision() ?? 0);

  private store(): Promise<AuditStore> {
    return (this.loading ??= import('./audit-store').then(({ AuditStore }) => {
      const store = runInInjectionContext(this.injector, () => new AuditStore());
      this.impl.set(store);
      return store;
    }));
  }

  /** Appends one entry; resolves with it once committed. */
  async record(input: AuditInput): Promise<AuditEntry> {
    return (await this.store()).record(input);
  }

  /** Several entries in order (e.g. one per imported patient), in one transaction. */
  async recordAll(inputs: readonly AuditInput[]): Promise<AuditEntry[]> {
    if (inputs.length === 0) return [];
    return (await this.store()).recordAll(inputs);
  }

  /** The patient's entries in order, verified. Throws LockedError while locked. */
  async trail(patientId: string): Promise<AuditTrail> {
    return (await this.store()).trail(patientId);
  }

  ngOnDestroy(): void {
    this.impl()?.ngOnDestroy();
  }
}
