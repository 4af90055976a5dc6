import { TestBed } from '@angular/core/testing';
import { allowWeakForTests, createDataKey, WrongPassphraseError } from './key-wrap';
import { LockedError, RecordSealer, isSealed, type SealedValue } from './record-sealer';

describe('RecordSealer', () => {
  let sealer: RecordSealer;
  const patient = { id: 'p1', name: 'Beatrix Kiddo-Example', report: 'vertebral artery kinking' };

  beforeEach(() => {
    allowWeakForTests.value = true;
    sealer = TestBed.inject(RecordSealer);
  });
  afterEach(() => (allowWeakForTests.value = false));

  it('off: seal gives the value itself, open gives it back, never locked', async () => {
    await sealer.ready();
    expect(sealer.enabled()).toBeFalse();
    expect(sealer.locked()).toBeFalse();
    expect(await sealer.seal(patient)).toBe(patient);
    expect(await sealer.open(patient)).toBe(patient);
  });

  it('on: sealed values hold nothing in clear, differ every time and open back', async () => {
    const { key, record } = await createDataKey('passphrase 1', 1000);
    sealer.adopt(record, key);
    const a = await sealer.seal(patient);
    const b = await sealer.seal(patient);
    expect(isSealed(a)).toBeTrue();
    expect(JSON.stringify(a)).not.toContain('Beatrix');
    expect(JSON.stringify(a)).not.toContain('vertebral');
    expect((a as SealedValue).iv).not.toBe((b as SealedValue).iv);
    expect(await sealer.open(a)).toEqual(patient);
    expect(await sealer.openAll([a, { plain: true }, b])).toEqual([
      patient,
      { plain: true } as never,
      patient,
    ]);
  });

  it('an altered sealed value does not open', async () => {
    const { key, record } = await createDataKey('passphrase 1', 1000);
    sealer.adopt(record, key);
    const s = (await sealer.seal(patient)) as SealedValue;
    const flipped = s.data[5] === 'A' ? 'B' : 'A';
    const bad = { ...s, data: s.data.slice(0, 5) + flipped + s.data.slice(6) };
    await expectAsync(sealer.open(bad)).toBeRejected();
  });

  it('locked: seal and open throw LockedError until the right passphrase unlocks', async () => {
    const { key, record } = await createDataKey('passphrase 1', 1000);
    sealer.adopt(record, key);
    const s = await sealer.seal(patient);
    sealer.lock();
    expect(sealer.locked()).toBeTrue();
    await expectAsync(sealer.seal(patient)).toBeRejectedWith(jasmine.any(LockedError));
    await expectAsync(sealer.open(s)).toBeRejectedWith(jasmine.any(LockedError));
    await expectAsync(sealer.open(patient)).toBeRejectedWith(jasmine.any(LockedError));

    let unlocked = false;
    void sealer.whenUnlocked().then(() => (unlocked = true));
    await expectAsync(sealer.unlock('passphrase 2')).toBeRejectedWith(
      jasmine.any(WrongPassphraseError),
    );
    await Promise.resolve();
    expect(sealer.locked()).toBeTrue();
    expect(unlocked).toBeFalse();
    await sealer.unlock('passphrase 1');
    await Promise.resolve();
    expect(unlocked).toBeTrue();
    expect(await sealer.open(s)).toEqual(patient);
  });
});
