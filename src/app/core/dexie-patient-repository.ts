import { measure } from './crypto/bytes';
import { Injectable, OnDestroy, effect, inject, untracked } from '@angular/core';
import Dexie, { type Table } from 'dexie';
import { DB_NAME, DB_NAME_TOKEN, StorageLostError, VasDatabase } from './vas-database';
import { ReplaySubject, Subject } from 'rxjs';
import { applyChanges, type FieldChange } from './case-changes';
import { KEY_RECORD_ID, RecordSealer, isSealed, type SealedValue } from './crypto/record-sealer';
import { firstFreeId } from './case-ids';
import {
  bumpGeneration,
  generationOf,
  headerMatches,
  headerUsable,
  rowsOfSnapshot,
  snapshotRow,
  SNAPSHOT_HEADER_KEY,
  SNAPSHOT_ROW_KEY,
  type SnapshotRow,
  type SnapshotHeader,
  type SnapshotRead,
  type SnapshotStamp,
  type WorklistSnapshot,
  writtenSince,
} from './worklist-snapshot';
import {
  withId,
  type ChangeResult,
  type PatientRepository,
  type StoredPatient,
  type TriageSummary,
} from './patient-repository';

/** A patient row with encryption on: id and time in clear, the whole record sealed. */
type SealedPatientRow = SealedValue & { id: string; updatedAt: number };
type PatientRow = StoredPatient | SealedPatientRow;

const CHANNEL = 'vas-dashboard-changes';

@Injectable()
export class DexiePatientRepository implements PatientRepository, OnDestroy {
  private readonly db = new VasDatabase(inject(DB_NAME_TOKEN, { optional: true }) ?? DB_NAME);
  private readonly sealer = inject(RecordSealer);
  /** The patients table as stored: clear records, or sealed rows when encryption is on. */
  private readonly rows = this.db.patients as unknown as Table<PatientRow, string>;
  private readonly changes = new Subject<void>();
  private readonly lostReason = new ReplaySubject<string>(1);
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  /** Read while the lock screen is up (ciphertext only): unlocking then only decrypts. */
  private prefetched: Promise<{ rows: PatientRow[]; generation: number }> | null = null;
  private lostBecause: string | null = null;
  private closing = false;
  readonly externalChanges = this.changes.asObservable();
  readonly lost = this.lostReason.asObservable();

  constructor() {
    this.sealer.attach(this.db);
    effect(() => {
      if (this.sealer.locked()) untracked(() => this.prefetch());
    });
    if (this.channel)
      this.channel.onmessage = () => {
        this.prefetched = null;
        this.changes.next();
      };
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

  async list(): Promise<StoredPatient[]> {
    return (await this.listAt()).patients;
  }

  /** Every patient, with the store's generation read in the same transaction. */
  async listAt(): Promise<{ patients: StoredPatient[]; generation: number }> {
    this.check();
    await this.sealer.refresh();
    const t0 = performance.now();
    const { rows, generation } = await (this.takePrefetched() ?? this.readAll());
    const t1 = performance.now();
    const patients = await this.sealer.openAll<StoredPatient>(rows);
    const swapped = patients.findIndex((p, i) => p.id !== rows[i]!.id);
    if (swapped >= 0)
      throw new Error(`The sealed record stored as ${rows[swapped]!.id} is another patient`);
    measure('vas:list-read', t0, t1);
    measure('vas:list-open', t1, performance.now());
    return { patients, generation };
  }

  /**
   * The worklist rows saved at the last full read, when of this day and engine build, with
   * the patients written since (and the ids gone) when the store has moved on; null when
   * there is none, or the log of writes since cannot say what changed.
   */
  async worklistSnapshot(stamp: SnapshotStamp): Promise<SnapshotRead | null> {
    this.check();
    await this.sealer.refresh();
    const t0 = performance.now();
    const scope = [this.db.patients, this.db.meta, this.db.snapshots, this.db.changes];
    const found = await this.db.transaction('r', scope, async () => {
      const [current, header, count] = await Promise.all([
        generationOf(this.db.meta),
        this.db.meta.get(SNAPSHOT_HEADER_KEY).then((h) => h?.value),
        this.db.patients.count(),
      ]);
      if (!headerUsable(header, stamp) || header.generation > current) return null;
      const ids =
        header.generation === current
          ? new Set<string>()
          : await writtenSince(this.db.changes, header.generation, current);
      if (ids === null) return null;
      const [row, written] = await Promise.all([
        this.db.snapshots.get(SNAPSHOT_ROW_KEY),
        this.rows.bulkGet([...ids]),
      ]);
      return row ? { row, header, current, count, ids: [...ids], written } : null;
    });
    if (!found) return null;
    const rows = rowsOfSnapshot(await this.sealer.open<SnapshotRow>(found.row));
    if (!rows || rows.length !== found.header.count) return null;
    const present = found.written.filter((r): r is PatientRow => r !== undefined);
    const written = await this.sealer.openAll<StoredPatient>(present);
    if (written.some((p, i) => p.id !== present[i]!.id))
      throw new Error('A sealed record is stored under another patient’s id');
    const gone = found.ids.filter((_, i) => found.written[i] === undefined);
    measure('vas:snapshot-read', t0);
    return {
      rows,
      generation: found.header.generation,
      current: found.current,
      count: found.count,
      written,
      gone,
    };
  }

  /**
   * Saves the worklist rows computed from the read at `generation`; nothing when the store
   * was written since (the rows would not be exact) or the snapshot is already this one.
   */
  async saveWorklistSnapshot(
    snapshot: WorklistSnapshot & { stamp: SnapshotStamp },
  ): Promise<boolean> {
    this.check();
    const { rows, generation, stamp } = snapshot;
    const sealed = await this.sealer.seal(snapshotRow(rows));
    const row = isSealed(sealed) ? { key: SNAPSHOT_ROW_KEY, ...sealed } : sealed;
    const scope = [this.db.patients, this.db.meta, this.db.snapshots, this.db.changes];
    return this.db.transaction('rw', scope, async () => {
      await this.expectMode();
      if ((await generationOf(this.db.meta)) !== generation) return false;
      if ((await this.db.patients.count()) !== rows.length) return false;
      const header = (await this.db.meta.get(SNAPSHOT_HEADER_KEY))?.value;
      if (headerMatches(header, generation, rows.length, stamp)) return false;
      await this.db.snapshots.put(row as { key: string });
      const value: SnapshotHeader = { ...stamp, generation, count: rows.length };
      await this.db.meta.put({ key: SNAPSHOT_HEADER_KEY, value });
      // The log of writes is needed only after the snapshot's generation.
      await this.db.changes.where('generation').belowOrEqual(generation).delete();
      return true;
    });
  }

  /** In a write's transaction: one more generation, with the ids written (null: all). */
  private written(ids: readonly string[] | null): Promise<number> {
    return bumpGeneration(this.db.meta, this.db.changes, ids);
  }

  private readAll(): Promise<{ rows: PatientRow[]; generation: number }> {
    return this.db.transaction('r', this.db.patients, this.db.meta, async () => ({
      generation: await generationOf(this.db.meta),
      rows: await this.rows.toArray(),
    }));
  }

  async putAll(patients: readonly StoredPatient[]): Promise<void> {
    this.check();
    const rows = await Promise.all(patients.map((p) => this.seal(p)));
    await this.db.transaction('rw', this.db.patients, this.db.meta, this.db.changes, async () => {
      await this.expectMode();
      await this.rows.bulkPut(rows);
      await this.written(patients.map((p) => p.id));
    });
    this.announce();
  }

  async create(patient: StoredPatient): Promise<string> {
    this.check();
    let p = patient;
    // The id is checked and the record added in one transaction, so two tabs creating at
    // the same moment cannot both take it (IndexedDB runs their transactions one by one).
    // A renumbered record is sealed again (its id is inside the seal), then tried again.
    for (;;) {
      const row = await this.seal(p);
      const id = p.id;
      const taken = await this.db.transaction(
        'rw',
        this.db.patients,
        this.db.meta,
        this.db.changes,
        async () => {
          await this.expectMode();
          if ((await this.rows.where('id').equals(id).count()) === 0) {
            await this.rows.add(row);
            await this.written([id]);
            return null;
          }
          return new Set(await this.rows.toCollection().primaryKeys());
        },
      );
      if (taken === null) break;
      p = withId(
        p,
        firstFreeId(p.id, (id) => taken.has(id)),
      );
    }
    this.announce();
    return p.id;
  }

  async applyChanges(
    id: string,
    changes: readonly FieldChange[],
    summarise: (p: StoredPatient) => TriageSummary,
  ): Promise<ChangeResult> {
    this.check();
    const scope = [this.db.patients, this.db.meta, this.db.changes];
    const result = await this.db.transaction('rw', scope, async () => {
      await this.expectMode();
      const row = await this.rows.get(id);
      if (!row) return { patient: null, conflicts: [] };
      const latest = await this.inTransaction(row, () => this.open(row));
      const merged = applyChanges(latest.caseFile, changes);
      const next: StoredPatient = { ...latest, caseFile: merged.caseFile, updatedAt: Date.now() };
      const patient = { ...next, summary: summarise(next) };
      await this.rows.put(await this.inTransaction(row, () => this.seal(patient)));
      const generation = await this.written([id]);
      return { patient, conflicts: merged.conflicts, generation };
    });
    this.announce();
    return result;
  }

  async delete(id: string): Promise<void> {
    this.check();
    await this.db.transaction('rw', this.db.patients, this.db.meta, this.db.changes, async () => {
      await this.db.patients.delete(id);
      await this.written([id]);
    });
    this.announce();
  }

  async reset(patients: readonly StoredPatient[]): Promise<void> {
    this.check();
    const rows = await Promise.all(patients.map((p) => this.seal(p)));
    await this.db.transaction('rw', this.db.patients, this.db.meta, this.db.changes, async () => {
      await this.expectMode();
      await this.rows.clear();
      await this.rows.bulkPut(rows);
      await this.written(null);
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

  private prefetch(): void {
    if (this.lostBecause !== null) return;
    const t0 = performance.now();
    const read = this.readAll();
    read.then(
      () => measure('vas:prefetch-read', t0, performance.now()),
      () => (this.prefetched = null),
    );
    this.prefetched = read;
  }

  private takePrefetched(): Promise<{ rows: PatientRow[]; generation: number }> | null {
    const rows = this.prefetched;
    this.prefetched = null;
    return rows;
  }

  /** Sealed (id and time left in clear) when encryption is on; as it is when off. */
  private async seal(p: StoredPatient): Promise<PatientRow> {
    const sealed = await this.sealer.seal(p);
    return isSealed(sealed) ? { id: p.id, updatedAt: p.updatedAt, ...sealed } : sealed;
  }

  private async open(row: PatientRow): Promise<StoredPatient> {
    const p = await this.sealer.open<StoredPatient>(row);
    if (p.id !== row.id)
      throw new Error(`The sealed record stored as ${row.id} is another patient`);
    return p;
  }

  /** Crypto inside a transaction must not let it commit: Dexie.waitFor keeps it open. */
  private inTransaction<T>(row: PatientRow, work: () => Promise<T>): Promise<T> {
    return isSealed(row) || this.sealer.enabled() ? Dexie.waitFor(work()) : work();
  }

  /** Encryption was turned on or off in another tab since this tab looked: write nothing. */
  private async expectMode(): Promise<void> {
    const row = await this.db.meta.get(KEY_RECORD_ID);
    const stored = (row?.value as { keyId?: string } | undefined)?.keyId ?? null;
    if (stored !== (this.sealer.record()?.keyId ?? null))
      throw new Error('Encryption was turned on or off in another tab: reload this tab');
  }

  private announce(): void {
    this.prefetched = null;
    this.channel?.postMessage('changed');
  }
}
