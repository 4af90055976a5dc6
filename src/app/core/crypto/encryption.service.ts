import { Injectable, inject } from '@angular/core';
import Dexie, { type Table } from 'dexie';
import { isEmbeddedStore, PATIENT_REPOSITORY } from '../patient-repository';
import { PatientWriteQueue } from '../patient-write-queue';
import { createDataKey, rewrapDataKey, unwrapDataKey, type WrappedKeyRecord } from './key-wrap';
import { KEY_RECORD_ID, RecordSealer, UNSEALED_TABLE } from './record-sealer';
import { isSealed, openWith, sealWith } from './seal-codec';

/** The embedded store's change channel (DexiePatientRepository): other tabs re-read. */
const CHANNEL = 'vas-dashboard-changes';

/**
 * Turning encryption on and off and changing the passphrase. On / off rewrite every table
 * except `meta` (sealed ⇄ clear) and the key record in one IndexedDB transaction: a failure
 * leaves everything as it was. A new passphrase re-wraps the same data key: only the key
 * record changes.
 */
@Injectable({ providedIn: 'root' })
export class EncryptionService {
  private readonly sealer = inject(RecordSealer);
  private readonly queue = inject(PatientWriteQueue);
  private readonly repository = inject(PATIENT_REPOSITORY, { optional: true });

  /** Embedded store only (in connected mode patients live on the FHIR server). */
  get available(): boolean {
    // The embedded store is loaded on first use: known by the mode, not by its database. No
    // repository: the IndexedDB store used on its own (specs).
    return isEmbeddedStore(this.repository ?? {});
  }

  async enable(passphrase: string): Promise<void> {
    const db = await this.database();
    await this.sealer.refresh();
    if (this.sealer.enabled()) throw new Error('Encryption is already on');
    await this.queue.idle();
    const { key, record } = await createDataKey(passphrase);
    await db.transaction('rw', db.tables, async () => {
      const meta = db.table(UNSEALED_TABLE);
      if (await meta.get(KEY_RECORD_ID)) throw new Error('Encryption was turned on in another tab');
      for (const table of dataTables(db)) {
        const field = FIELD_SEALED[table.name];
        if (field) {
          await rewrite(table, async (row) => sealField(key, row, field));
          continue;
        }
        const keep = clearFields(table);
        await rewrite(table, async (row) => (isSealed(row) ? row : sealRow(key, row, keep)));
      }
      await meta.put({ key: KEY_RECORD_ID, value: record });
    });
    this.sealer.adopt(record, key);
    announce();
  }

  /** Opens every sealed row back to clear text; the passphrase must be the current one. */
  async disable(passphrase: string): Promise<void> {
    const db = await this.database();
    const record = this.requireRecord();
    const key = await unwrapDataKey(passphrase, record);
    await this.queue.idle();
    await db.transaction('rw', db.tables, async () => {
      const meta = db.table(UNSEALED_TABLE);
      await expectRecord(meta, record);
      for (const table of dataTables(db)) {
        const field = FIELD_SEALED[table.name];
        if (field) {
          await rewrite(table, async (row) => openField(key, row, field));
          continue;
        }
        const keep = clearFields(table);
        await rewrite(table, async (row) =>
          isSealed(row) ? withClear(await openWith(key, row), row, keep) : row,
        );
      }
      await meta.delete(KEY_RECORD_ID);
    });
    this.sealer.adopt(null, null);
    announce();
  }

  /** The data key re-wrapped under the new passphrase: one write of the key record. */
  async changePassphrase(current: string, next: string): Promise<void> {
    const db = await this.database();
    const record = this.requireRecord();
    const rewrapped = await rewrapDataKey(current, next, record);
    const meta = db.table(UNSEALED_TABLE);
    await db.transaction('rw', meta, async () => {
      await expectRecord(meta, record);
      await meta.put({ key: KEY_RECORD_ID, value: rewrapped });
    });
    this.sealer.adopt(rewrapped, this.sealer.dataKey() ?? (await unwrapDataKey(next, rewrapped)));
  }

  private async database(): Promise<Dexie> {
    await this.repository?.ready?.();
    const db = this.sealer.database();
    if (!db) throw new Error('Encryption at rest applies to the embedded store only');
    return db;
  }

  private requireRecord(): WrappedKeyRecord {
    const record = this.sealer.record();
    if (!record) throw new Error('Encryption is off');
    return record;
  }
}

/**
 * Tables that seal one field themselves: the audit log (core/audit) seals each entry in
 * `payload`, while the hash chain's links (patient id, seq, prev, hash) stay readable so the
 * chain can be verified and extended.
 */
export const FIELD_SEALED: Readonly<Record<string, string>> = { audit: 'payload' };
/**
 * Tables with nothing identifying: `meta` (flags, the wrapped key), the audit chain heads,
 * the log of which patient ids each write touched (ids are in clear as the patients' keys).
 */
const CLEAR_TABLES = new Set([UNSEALED_TABLE, 'auditHeads', 'changes']);

/** Every table but the clear ones: patients and whatever else holds records. */
export function dataTables(db: Dexie): Table[] {
  return db.tables.filter((t) => !CLEAR_TABLES.has(t.name));
}

async function sealField(key: CryptoKey, row: unknown, field: string): Promise<unknown> {
  const r = row as Record<string, unknown>;
  return isSealed(r[field]) ? row : { ...r, [field]: await sealWith(key, r[field]) };
}

async function openField(key: CryptoKey, row: unknown, field: string): Promise<unknown> {
  const r = row as Record<string, unknown>;
  const v = r[field];
  return isSealed(v) ? { ...r, [field]: await openWith(key, v) } : row;
}

/** The primary key and indexed fields (top level): kept in clear so the indexes still work. */
export function clearFields(table: Table): string[] {
  const { primKey, indexes } = table.schema;
  const paths = [primKey, ...indexes].flatMap((i) =>
    i.keyPath == null ? [] : Array.isArray(i.keyPath) ? i.keyPath : [i.keyPath],
  );
  return [...new Set(paths.map((p) => p.split('.')[0]!))];
}

async function sealRow(key: CryptoKey, row: unknown, keep: readonly string[]): Promise<unknown> {
  const sealed = await sealWith(key, row);
  const clear: Record<string, unknown> = {};
  const source = row as Record<string, unknown>;
  for (const f of keep) if (f in source) clear[f] = source[f];
  return { ...clear, ...sealed };
}

/**
 * The opened value with the row's clear key and index fields where it lacks them (a value
 * sealed before its auto-incremented key was assigned): written back under the same key.
 */
function withClear(opened: unknown, row: unknown, keep: readonly string[]): unknown {
  if (typeof opened !== 'object' || opened === null || Array.isArray(opened)) return opened;
  const out = { ...(opened as Record<string, unknown>) };
  const stored = row as Record<string, unknown>;
  for (const f of keep) if (!(f in out) && f in stored) out[f] = stored[f];
  return out;
}

/** Every row of the table through `fn` (crypto kept inside the transaction by waitFor). */
async function rewrite(table: Table, fn: (row: unknown) => Promise<unknown>): Promise<void> {
  const keys = await table.toCollection().primaryKeys();
  const rows: unknown[] = await table.toArray();
  const out = await Dexie.waitFor(Promise.all(rows.map(fn)));
  if (table.schema.primKey.keyPath) await table.bulkPut(out);
  else await table.bulkPut(out, keys);
}

async function expectRecord(meta: Table, record: WrappedKeyRecord): Promise<void> {
  const row = (await meta.get(KEY_RECORD_ID)) as { value?: WrappedKeyRecord } | undefined;
  if (row?.value?.wrappedKey !== record.wrappedKey)
    throw new Error('Encryption was changed in another tab: reload this tab');
}

function announce(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}
