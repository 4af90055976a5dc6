import { Injectable, InjectionToken, OnDestroy, inject } from '@angular/core';
import Dexie, { type Table } from 'dexie';
import { ReplaySubject, Subject } from 'rxjs';
import type { AuditHeadRow, AuditRow } from './audit/audit-rows';
import { applyChanges, type FieldChange } from './case-changes';
import type {
  ChangeResult,
  PatientRepository,
  StoredPatient,
  TriageSummary,
} from './patient-repository';

export const DB_NAME = 'vas-dashboard';
/** Another database name (tests). */
export const DB_NAME_TOKEN = new InjectionToken<string>('VasDatabaseName');
const CHANNEL = 'vas-dashboard-changes';

/** IndexedDB schema. Version 1: patients by id. Add versions with upgrade() to migrate. */
export class VasDatabase extends Dexie {
  patients!: Table<StoredPatient, string>;
  meta!: Table<{ key: string; value: unknown }, string>;
  /** Audit entries, append-only, one chain per patient (core/audit). */
  audit!: Table<AuditRow, [string, number]>;
  /** Each chain's last entry (seq, hash), written with it: a removed tail is seen. */
  auditHeads!: Table<AuditHeadRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ patients: 'id, updatedAt' });
    this.version(2)
      .stores({ patients: 'id, updatedAt', meta: 'key' })
      .upgrade(async (tx) => {
        // v1 → v2: every stored patient gets the `synthetic` flag (false unless demo).
        await tx
          .table('patients')
          .toCollection()
          .modify((p: Partial<StoredPatient>) => {
            p.synthetic ??= false;
          });
      });
    // v3: the audit trail (payload sealed by RecordSealer; ids, seq and hashes in clear).
    this.version(3).stores({
      patients: 'id, updatedAt',
      meta: 'key',
      audit: '[patientId+seq], patientId',
      auditHeads: 'patientId',
    });
  }
}

/** The store went away under this tab; nothing more is written (Dexie would reopen it empty). */
export class StorageLostError extends Error {
  constructor(reason: string) {
    super(`Storage lost: ${reason}`);
    this.name = 'StorageLostError';
  }
}

@Injectable()
export class DexiePatientRepository implements PatientRepository, OnDestroy {
  private readonly db = new VasDatabase(inject(DB_NAME_TOKEN, { optional: true }) ?? DB_NAME);
  private readonly changes = new Subject<void>();
  private readonly lostReason = new ReplaySubject<string>(1);
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  private lostBecause: string | null = null;
  private closing = false;
  readonly externalChanges = this.changes.asObservable();
  readonly lost = this.lostReason.asObservable();

  constructor() {
    if (this.channel) this.channel.onmessage = () => this.changes.next();
    this.db.on('versionchange', (ev: IDBVersionChangeEvent) => {
      this.markLost(
        ev.newVersion === null
          ? 'the database was deleted by another tab or by clearing site data'
          : 'another tab upgraded the database; reload this tab',
      );
    });
    // Dexie closes on versionchange too: let that event name the reason first.
    this.db.on('close', () =>
      setTimeout(() => {
        if (!this.closing) this.markLost('the browser closed the database (site data cleared?)');
      }),
    );
  }

  list(): Promise<StoredPatient[]> {
    this.check();
    return this.db.patients.toArray();
  }

  async putAll(patients: readonly StoredPatient[]): Promise<void> {
    this.check();
    await this.db.transaction('rw', this.db.patients, () =>
      this.db.patients.bulkPut([...patients]),
    );
    this.announce();
  }

  async applyChanges(
    id: string,
    changes: readonly FieldChange[],
    summarise: (p: StoredPatient) => TriageSummary,
  ): Promise<ChangeResult> {
    this.check();
    const result = await this.db.transaction('rw', this.db.patients, async () => {
      const latest = await this.db.patients.get(id);
      if (!latest) return { patient: null, conflicts: [] };
      const merged = applyChanges(latest.caseFile, changes);
      const next: StoredPatient = { ...latest, caseFile: merged.caseFile, updatedAt: Date.now() };
      const patient = { ...next, summary: summarise(next) };
      await this.db.patients.put(patient);
      return { patient, conflicts: merged.conflicts };
    });
    this.announce();
    return result;
  }

  async delete(id: string): Promise<void> {
    this.check();
    await this.db.patients.delete(id);
    this.announce();
  }

  async reset(patients: readonly StoredPatient[]): Promise<void> {
    this.check();
    await this.db.transaction('rw', this.db.patients, async () => {
      await this.db.patients.clear();
      await this.db.patients.bulkPut([...patients]);
    });
    this.announce();
  }

  async requestPersistence(): Promise<boolean | null> {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return null;
    try {
      return (await storage.persisted()) || (await storage.persist());
    } catch {
      return null;
    }
  }

  ngOnDestroy(): void {
    this.closing = true;
    this.channel?.close();
    this.db.close();
  }

  private markLost(reason: string): void {
    if (this.lostBecause !== null) return;
    this.lostBecause = reason;
    this.lostReason.next(reason);
  }

  private check(): void {
    if (this.lostBecause !== null) throw new StorageLostError(this.lostBecause);
  }

  private announce(): void {
    this.channel?.postMessage('changed');
  }
}
