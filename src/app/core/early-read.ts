import { InjectionToken } from '@angular/core';

/** The embedded store's IndexedDB name and change channel (dexie-patient-repository.ts). */
export const DB_NAME = 'vas-dashboard';
export const CHANGES_CHANNEL = 'vas-dashboard-changes';
/**
 * The IndexedDB version of the current schema: Dexie stores `version(n)` as n × 10
 * (VasDatabase declares version 3; early-read.spec.ts checks the two agree).
 */
export const IDB_VERSION = 30;

/**
 * The patients table read with plain IndexedDB when the embedded store is first asked for,
 * beside the import of Dexie and its opening (issue 15: 10,000 patients on the first page).
 * The repository takes it as its first `list()` read, or reads again when it is `stale`.
 */
export interface EarlyRead {
  /** Every stored row as IndexedDB holds it (clear or sealed); null: not read, read again. */
  readonly rows: Promise<unknown[] | null>;
  /**
   * Another tab or window wrote (or turned encryption on or off) since the read began, as
   * heard on `channel` until the repository set its own `onmessage` there.
   */
  stale(): boolean;
  /**
   * The change channel, listening since before the read began; the repository takes it over
   * (one channel: no message falls between this read and the repository's listening).
   */
  readonly channel: BroadcastChannel | null;
}

export const EARLY_READ = new InjectionToken<EarlyRead>('EarlyRead');

/**
 * Starts the read. Nothing is ever written: no database yet (first start) aborts the open's
 * upgrade, so Dexie creates it as usual; another schema version is not read (Dexie upgrades
 * it first). The connection closes as soon as the read is done, or when another opening
 * needs it closed.
 */
export function startEarlyRead(name = DB_NAME): EarlyRead {
  let changed = false;
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANGES_CHANNEL);
  // Listening before the read begins: a write committed after its snapshot is always heard.
  if (channel) channel.onmessage = () => (changed = true);
  const rows = new Promise<unknown[] | null>((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      return resolve(null);
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      const done = (value: unknown[] | null) => {
        db.close();
        resolve(value);
      };
      if (db.version !== IDB_VERSION || !db.objectStoreNames.contains('patients'))
        return done(null);
      try {
        const all = db.transaction('patients', 'readonly').objectStore('patients').getAll();
        all.onsuccess = () => done(all.result as unknown[]);
        all.onerror = (e) => {
          e.preventDefault();
          done(null);
        };
      } catch {
        done(null);
      }
    };
  });
  return { rows, stale: () => changed, channel };
}
