import { fromBase64, randomBytes, toBase64 } from './bytes';

/**
 * Key handling for encryption at rest. A passphrase derives a key-wrapping key (PBKDF2,
 * SHA-256, 600,000 iterations, random 16-byte salt: the OWASP 2023 figure for PBKDF2-SHA-256)
 * that wraps (AES-KW, RFC 3394) a random AES-GCM-256 data key. Only the wrapped key and the
 * derivation parameters are stored; the unwrapped data key is non-extractable and lives in
 * memory only. AES-KW carries an integrity check, so a wrong passphrase fails to unwrap.
 */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

export interface WrappedKeyRecord {
  readonly version: 1;
  /** Random id of the data key: stays the same when the passphrase changes. */
  readonly keyId: string;
  readonly kdf: 'PBKDF2';
  readonly hash: 'SHA-256';
  readonly iterations: number;
  /** Base64, 16 random bytes, new at every (re)wrap. */
  readonly salt: string;
  readonly wrapAlgorithm: 'AES-KW';
  readonly dataKeyAlgorithm: 'AES-GCM-256';
  /** Base64 of the AES-KW wrapped raw data key (40 bytes). */
  readonly wrappedKey: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('Passphrase not accepted');
    this.name = 'WrongPassphraseError';
  }
}

const DATA_KEY: AesKeyGenParams = { name: 'AES-GCM', length: 256 };

async function keyWrappingKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrap(
  dataKey: CryptoKey,
  passphrase: string,
  keyId: string,
  iterations: number,
): Promise<{ record: WrappedKeyRecord; kek: CryptoKey }> {
  if (iterations < PBKDF2_ITERATIONS && !allowWeakForTests.value)
    throw new Error(`PBKDF2 needs at least ${PBKDF2_ITERATIONS} iterations`);
  const salt = randomBytes(SALT_BYTES);
  const kek = await keyWrappingKey(passphrase, salt, iterations);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, 'AES-KW');
  const record: WrappedKeyRecord = {
    version: 1,
    keyId,
    kdf: 'PBKDF2',
    hash: 'SHA-256',
    iterations,
    salt: toBase64(salt),
    wrapAlgorithm: 'AES-KW',
    dataKeyAlgorithm: 'AES-GCM-256',
    wrappedKey: toBase64(new Uint8Array(wrapped)),
  };
  return { record, kek };
}

/** Unit specs only: fewer iterations so a spec does not spend seconds per key. */
export const allowWeakForTests = { value: false };

/** A new random data key, wrapped under the passphrase; `key` is a non-extractable copy. */
export async function createDataKey(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ key: CryptoKey; record: WrappedKeyRecord }> {
  const extractable = await crypto.subtle.generateKey(DATA_KEY, true, ['encrypt', 'decrypt']);
  const { record, kek } = await wrap(
    extractable,
    passphrase,
    toBase64(randomBytes(12)),
    iterations,
  );
  const key = await unwrapWith(kek, record, false);
  return { key, record };
}

/** The data key, or `WrongPassphraseError` (the AES-KW integrity check fails). */
export async function unwrapDataKey(
  passphrase: string,
  record: WrappedKeyRecord,
  extractable = false,
): Promise<CryptoKey> {
  const kek = await keyWrappingKey(passphrase, fromBase64(record.salt), record.iterations);
  return unwrapWith(kek, record, extractable);
}

async function unwrapWith(
  kek: CryptoKey,
  record: WrappedKeyRecord,
  extractable: boolean,
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      fromBase64(record.wrappedKey),
      kek,
      'AES-KW',
      DATA_KEY,
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new WrongPassphraseError();
  }
}

/** The same data key under a new passphrase (new salt); the old passphrase must unwrap it. */
export async function rewrapDataKey(
  oldPassphrase: string,
  newPassphrase: string,
  record: WrappedKeyRecord,
  iterations = Math.max(record.iterations, PBKDF2_ITERATIONS),
): Promise<WrappedKeyRecord> {
  const key = await unwrapDataKey(oldPassphrase, record, true);
  return (await wrap(key, newPassphrase, record.keyId, iterations)).record;
}
