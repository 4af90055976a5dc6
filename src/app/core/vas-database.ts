/**
 * The embedded store's IndexedDB database (Dexie): its schema versions and migrations, and
 * the error a tab meets when the database went away under it.
 */
import { InjectionToken } from '@angular/core';
import Dexie, { type Table } from 'dexie';
import type { AuditHeadRow, AuditRow } from './audit/audit-rows';
import type { StoredPatient } from './patient-repository';
import type { ChangeRow, MetaRow, SnapshotRow } from './worklist-snapshot';

export const DB_NAME = 'vas-dashboard';
/** Another database name (tests). */
export const DB_NAME_TOKEN = new InjectionToken<string>('VasDatabaseName');

/** IndexedDB schema. Version 1: patients by id. Add versions with upgrade() to migrate. */
export class VasDatabase extends Dexie {
  patients!: Table<StoredPatient, string>;
  meta!: Table<MetaRow, string>;
  /** Audit entries, append-only, one chain per patient (core/audit). */
  audit!: Table<AuditRow, [string, number]>;
  /** Each chain's last entry (seq, hash), written with it: a removed tail is seen. */
  auditHeads!: Table<AuditHeadRow, string>;
  /** The worklist snapshot's rows (core/worklist-snapshot). */
  snapshots!: Table<SnapshotRow, string>;
  /** Which patients each generation wrote, since the snapshot (core/worklist-snapshot). */
  changes!: Table<ChangeRow, number>;

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
    // v4: the worklist snapshot (core/worklist-snapshot), sealed whole like the other tables.
    this.version(4).stores({
      patients: 'id, updatedAt',
      meta: 'key',
      audit: '[patientId+seq], patientId',
      auditHeads: 'patientId',
      snapshots: 'key',
      changes: 'generation',
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
