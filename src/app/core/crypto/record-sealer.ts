import { measure } from './bytes';
import { Injectable, computed, signal, type Signal } from '@angular/core';
import type Dexie from 'dexie';
import { unwrapDataKey, type WrappedKeyRecord } from './key-wrap';
import { isSealed, openAllWith, openWith, sealWith, type SealedValue } from './seal-codec';

export { isSealed, type SealedValue } from './seal-codec';

/** Encryption is on and the data key is not in memory: unlock first. */
export class LockedError extends Error {
  constructor(message = 'Locked: unlock with the passphrase first') {
    super(message);
    this.name = 'LockedError';
  }
}

/** The wrapped data key's row in the `meta` table (the one row never sealed). */
export const KEY_RECORD_ID = 'encryption-key';
/** Never sealed: it holds the wrapped key record (keep patient data out of it). */
export const UNSEALED_TABLE = 'meta';

/**
 * Seals and opens stored records with the data key. Encryption off: `seal` returns the value
 * as it is. Encryption on and locked: both throw `LockedError`. The unwrapped key is held in
 * this object only (memory), never in any storage.
 *
 * Tables: turning encryption on or off re-seals / opens every table of the database except
 * `meta` (EncryptionService), in one transaction. A sealed row keeps the table's primary key
 * and indexed fields in clear beside `sealed`, `iv`, `data`; `open` reads only those three, so
 * index only opaque values (ids, times). Another table stores a row as
 * `{ ...itsIndexFields, ...(await sealer.seal(entry)) }` (encryption off: the entry itself)
 * and reads it with `open` / `openAll`; turning encryption off puts those clear fields back.
 */
@Injectable({ providedIn: 'root' })
export class RecordSealer {
  private db: Dexie | null = null;
  private loading: Promise<void> | null = null;
  private readonly current = signal<WrappedKeyRecord | null>(null);
  private readonly key = signal<CryptoKey | null>(null);
  private readonly known = signal(false);
  private waiters: (() => void)[] = [];

  readonly enabled: Signal<boolean> = computed(() => this.current() !== null);
  readonly locked: Signal<boolean> = computed(() => this.current() !== null && !this.key());
  /** The key record has been read (until then nothing is loaded). */
  readonly checked: Signal<boolean> = this.known.asReadonly();

  async seal<T>(value: T): Promise<T | SealedValue> {
    if (this.current() === null) return value;
    const key = this.key();
    if (!key) throw new LockedError();
    return sealWith(key, value);
  }

  async open<T>(stored: T | SealedValue): Promise<T> {
    if (this.locked()) throw new LockedError();
    if (!isSealed(stored)) return stored as T;
    const key = this.key();
    if (!key) throw new LockedError('A sealed record, but encryption is off: reload the tab');
    return openWith<T>(key, stored);
  }

  /** `open` for many stored values at once (faster: decrypt all, then parse all). */
  async openAll<T>(stored: readonly (T | SealedValue)[]): Promise<T[]> {
    if (this.locked()) throw new LockedError();
    const sealed = stored.filter(isSealed);
    if (sealed.length === 0) return stored as T[];
    const key = this.key();
    if (!key) throw new LockedError('A sealed record, but encryption is off: reload the tab');
    const opened = await openAllWith<T>(key, sealed);
    let i = 0;
    return stored.map((s) => (isSealed(s) ? opened[i++]! : (s as T)));
  }

  /** The embedded store's database (its `meta` table holds the key record). */
  attach(db: Dexie): void {
    this.db = db;
    this.loading = null;
  }

  database(): Dexie | null {
    return this.db;
  }

  record(): WrappedKeyRecord | null {
    return this.current();
  }

  /** Resolves once the key record has been read (no database attached: encryption off). */
  ready(): Promise<void> {
    return (this.loading ??= this.refresh());
  }

  /** Reads the key record again (another tab may have turned encryption on or off). */
  async refresh(): Promise<void> {
    const row = this.db
      ? ((await this.db.table(UNSEALED_TABLE).get(KEY_RECORD_ID)) as
          | { value?: unknown }
          | undefined)
      : undefined;
    const stored = (row?.value as WrappedKeyRecord | undefined) ?? null;
    if (stored?.keyId !== this.current()?.keyId) this.key.set(null);
    this.current.set(stored);
    this.known.set(true);
    this.release();
  }

  /** Unwraps the data key; `WrongPassphraseError` leaves it locked. */
  async unlock(passphrase: string): Promise<void> {
    const record = this.current();
    if (!record) return;
    const t0 = performance.now();
    const key = await unwrapDataKey(passphrase, record);
    measure('vas:unlock-kdf', t0, performance.now());
    if (this.current()?.keyId !== record.keyId) throw new LockedError('The key changed meanwhile');
    this.key.set(key);
    this.release();
  }

  /** Drops the data key from memory. */
  lock(): void {
    if (this.current()) this.key.set(null);
  }

  /** After turning encryption on / off / a new passphrase (EncryptionService). */
  adopt(record: WrappedKeyRecord | null, key: CryptoKey | null): void {
    this.current.set(record);
    this.key.set(record ? key : null);
    this.known.set(true);
    this.release();
  }

  /** The data key in memory (EncryptionService, to re-seal tables); null when locked or off. */
  dataKey(): CryptoKey | null {
    return this.key();
  }

  /** Resolves when not locked (at once if encryption is off or unlocked). */
  whenUnlocked(): Promise<void> {
    if (!this.locked()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(): void {
    if (this.locked()) return;
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }
}
