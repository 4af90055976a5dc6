import { Injectable, InjectionToken, OnDestroy, inject } from '@angular/core';
import Dexie, { type Table } from 'dexie';
import { Subject } from 'rxjs';
import type { PatientRepository, StoredPatient } from './patient-repository';

export const DB_NAME = 'vas-dashboard';
/** Another database name (tests). */
export const DB_NAME_TOKEN = new InjectionToken<string>('VasDatabaseName');
const CHANNEL = 'vas-dashboard-changes';

/** IndexedDB schema. Version 1: patients by id. Add versions with upgrade() to migrate. */
export class VasDatabase extends Dexie {
  patients!: Table<StoredPatient, string>;
  meta!: Table<{ key: string; value: unknown }, string>;

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
  }
}

@Injectable()
export class DexiePatientRepository implements PatientRepository, OnDestroy {
  private readonly db = new VasDatabase(inject(DB_NAME_TOKEN, { optional: true }) ?? DB_NAME);
  private readonly changes = new Subject<void>();
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  readonly externalChanges = this.changes.asObservable();

  constructor() {
    if (this.channel) this.channel.onmessage = () => this.changes.next();
  }

  list(): Promise<StoredPatient[]> {
    return this.db.patients.toArray();
  }

  async putAll(patients: readonly StoredPatient[]): Promise<void> {
    await this.db.transaction('rw', this.db.patients, () =>
      this.db.patients.bulkPut([...patients]),
    );
    this.announce();
  }

  async delete(id: string): Promise<void> {
    await this.db.patients.delete(id);
    this.announce();
  }

  async reset(patients: readonly StoredPatient[]): Promise<void> {
    await this.db.transaction('rw', this.db.patients, async () => {
      await this.db.patients.clear();
      await this.db.patients.bulkPut([...patients]);
    });
    this.announce();
  }

  ngOnDestroy(): void {
    this.channel?.close();
    this.db.close();
  }

  private announce(): void {
    this.channel?.postMessage('changed');
  }
}
