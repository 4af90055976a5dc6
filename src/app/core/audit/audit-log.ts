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

  /**
   * `recordAll` for a write already committed: a failed audit write is reported on the
   * console, not thrown (the write it records stands).
   */
  recordAfterCommit(inputs: readonly AuditInput[]): void {
    this.recordAll(inputs).catch((e: unknown) => console.error('audit trail:', e));
  }

  /** The patient's entries in order, verified. Throws LockedError while locked. */
  async trail(patientId: string): Promise<AuditTrail> {
    return (await this.store()).trail(patientId);
  }

  /** Reads of the current revision, shared by the views that ask (a few patients at most). */
  private readonly reads = new Map<string, { revision: number; trail: Promise<AuditTrail> }>();

  /**
   * `trail` as of the current revision, read and verified once however many views ask (a
   * patient page has a decision panel per modality and the print summary). Reads
   * `revision`: called in an effect, the effect runs again after each append.
   */
  current(patientId: string): Promise<AuditTrail> {
    const revision = this.revision();
    const hit = this.reads.get(patientId);
    if (hit && hit.revision === revision) return hit.trail;
    if (this.reads.size >= 16) this.reads.clear();
    const trail = this.trail(patientId);
    const read = { revision, trail };
    this.reads.set(patientId, read);
    // A failed read (locked) is not kept: the next view asks again.
    trail.catch(() => {
      if (this.reads.get(patientId) === read) this.reads.delete(patientId);
    });
    return trail;
  }

  ngOnDestroy(): void {
    this.impl()?.ngOnDestroy();
  }
}
