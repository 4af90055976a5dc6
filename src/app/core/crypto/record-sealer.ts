import { Injectable, signal, type Signal } from '@angular/core';

/** A value as stored when encryption at rest is on: AES-GCM ciphertext, base64. */
export interface SealedValue {
  readonly sealed: 1;
  readonly iv: string;
  readonly data: string;
}

/** The store is locked: nothing can be sealed or opened until the passphrase is given. */
export class LockedError extends Error {}

/**
 * Seals records before they are written to IndexedDB and opens them after reading.
 *
 * This file is the identity stub of the shared interface (issue 14): encryption off, every
 * value stored as it is. The encryption-at-rest work replaces it at the same path with the
 * real one (passphrase, wrapped AES-GCM data key, auto-lock); callers do not change.
 */
@Injectable({ providedIn: 'root' })
export class RecordSealer {
  readonly enabled: Signal<boolean> = signal(false).asReadonly();
  readonly locked: Signal<boolean> = signal(false).asReadonly();

  seal<T>(value: T): Promise<T | SealedValue> {
    return Promise.resolve(value);
  }

  open<T>(stored: T | SealedValue): Promise<T> {
    return Promise.resolve(stored as T);
  }
}
