import { fromBase64 } from './bytes';
import {
  PBKDF2_ITERATIONS,
  WrongPassphraseError,
  allowWeakForTests,
  createDataKey,
  rewrapDataKey,
  unwrapDataKey,
} from './key-wrap';
import { openWith, sealWith } from './seal-codec';

describe('key wrapping', () => {
  const FAST = 1000;
  beforeEach(() => (allowWeakForTests.value = true));
  afterEach(() => (allowWeakForTests.value = false));

  it('stores PBKDF2-SHA-256 with 600,000 iterations and a 16-byte salt; the key is non-extractable', async () => {
    allowWeakForTests.value = false;
    const { key, record } = await createDataKey('a passphrase of some length');
    expect(record).toEqual(
      jasmine.objectContaining({
        kdf: 'PBKDF2',
        hash: 'SHA-256',
        iterations: PBKDF2_ITERATIONS,
        wrapAlgorithm: 'AES-KW',
        dataKeyAlgorithm: 'AES-GCM-256',
      }),
    );
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(fromBase64(record.salt).length).toBe(16);
    expect(fromBase64(record.wrappedKey).length).toBe(40); // 32-byte key + AES-KW check
    expect(key.extractable).toBeFalse();
    expect((key.algorithm as AesKeyAlgorithm).length).toBe(256);
    await expectAsync(crypto.subtle.exportKey('raw', key)).toBeRejected();
  });

  it('refuses fewer than 600,000 iterations outside tests', async () => {
    allowWeakForTests.value = false;
    await expectAsync(createDataKey('a passphrase', FAST)).toBeRejectedWithError(/600000/);
  });

  it('the right passphrase unwraps the same key; a wrong one is refused', async () => {
    const { key, record } = await createDataKey('right passphrase', FAST);
    const sealed = await sealWith(key, { name: 'Ann' });
    const again = await unwrapDataKey('right passphrase', record);
    expect(again.extractable).toBeFalse();
    expect(await openWith(again, sealed)).toEqual({ name: 'Ann' });
    await expectAsync(unwrapDataKey('wrong passphrase', record)).toBeRejectedWith(
      jasmine.any(WrongPassphraseError),
    );
    await expectAsync(unwrapDataKey('Right passphrase', record)).toBeRejectedWith(
      jasmine.any(WrongPassphraseError),
    );
  });

  it('two keys from the same passphrase differ (random salt and data key)', async () => {
    const a = await createDataKey('same passphrase', FAST);
    const b = await createDataKey('same passphrase', FAST);
    expect(a.record.salt).not.toBe(b.record.salt);
    expect(a.record.keyId).not.toBe(b.record.keyId);
    const sealed = await sealWith(a.key, 'x');
    await expectAsync(openWith(b.key, sealed)).toBeRejected();
  });

  it('re-wrapping keeps the data key under a new passphrase; the old one no longer opens it', async () => {
    const { key, record } = await createDataKey('old passphrase', FAST);
    const sealed = await sealWith(key, [1, 2, 3]);
    await expectAsync(rewrapDataKey('not it', 'new passphrase', record, FAST)).toBeRejectedWith(
      jasmine.any(WrongPassphraseError),
    );
    const next = await rewrapDataKey('old passphrase', 'new passphrase', record, FAST);
    expect(next.keyId).toBe(record.keyId);
    expect(next.salt).not.toBe(record.salt);
    expect(next.wrappedKey).not.toBe(record.wrappedKey);
    const key2 = await unwrapDataKey('new passphrase', next);
    expect(await openWith(key2, sealed)).toEqual([1, 2, 3]);
    await expectAsync(unwrapDataKey('old passphrase', next)).toBeRejectedWith(
      jasmine.any(WrongPassphraseError),
    );
  });
});
