import { fromBase64, measure, randomBytes, toBase64 } from './bytes';

/** A value stored encrypted: AES-GCM-256, a random 96-bit IV, the JSON of the value. */
export interface SealedValue {
  readonly sealed: 1;
  readonly iv: string;
  readonly data: string;
}

/** Stored sealed? (A sealed row may carry clear index fields beside these three.) */
export function isSealed(v: unknown): v is SealedValue {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<SealedValue>;
  return s.sealed === 1 && typeof s.iv === 'string' && typeof s.data === 'string';
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function sealWith<T>(key: CryptoKey, value: T): Promise<SealedValue> {
  const iv = randomBytes(12);
  const plain = encoder.encode(JSON.stringify(value));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
  return { sealed: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Rejects (OperationError) when the key is not the one it was sealed with or it was altered. */
export async function openWith<T>(key: CryptoKey, sealed: SealedValue): Promise<T> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
    key,
    fromBase64(sealed.data),
  );
  return JSON.parse(decoder.decode(plain)) as T;
}

/**
 * Many values at once: every decryption is started first (WebCrypto runs them off the main
 * thread), then the texts are decoded and parsed in one synchronous pass.
 */
export async function openAllWith<T>(key: CryptoKey, sealed: readonly SealedValue[]): Promise<T[]> {
  const t0 = performance.now();
  const plains = await Promise.all(
    sealed.map((s) =>
      crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(s.iv) }, key, fromBase64(s.data)),
    ),
  );
  const t1 = performance.now();
  const out = plains.map((p) => JSON.parse(decoder.decode(p)) as T);
  measure('vas:open-decrypt', t0, t1);
  measure('vas:open-parse', t1, performance.now());
  return out;
}
