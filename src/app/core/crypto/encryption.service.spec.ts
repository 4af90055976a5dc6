import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { demoCases } from '../../../engine';
import { setAnswer } from '../case-edits';
import { diffCase } from '../case-changes';
import { DexiePatientRepository } from '../dexie-patient-repository';
import { DB_NAME_TOKEN } from '../vas-database';
import type { StoredPatient, TriageSummary } from '../patient-repository';
import { EncryptionService } from './encryption.service';
import { WrongPassphraseError } from './key-wrap';
import { KEY_RECORD_ID, LockedError, RecordSealer } from './record-sealer';

const PASS = 'first passphrase';
const summarise = (): TriageSummary => ({
  date: '2026-11-20',
  rules: 'test',
  urgency: 'none',
  level: 'low',
  manipulation: 'clear',
});
const patient = (id: string, name: string): StoredPatient => ({
  id,
  caseFile: { ...demoCases('2026-11-20')[0]!, id, patient: { name } },
  updatedAt: 1,
  synthetic: false,
  summary: summarise(),
});

/** The database as stored, every table, straight from IndexedDB (a second connection). */
async function raw(name: string): Promise<Record<string, unknown[]>> {
  const db = new Dexie(name);
  await db.open();
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  db.close();
  return out;
}

describe('EncryptionService with the IndexedDB store', () => {
  let name = '';
  let repo: DexiePatientRepository;
  let service: EncryptionService;
  let sealer: RecordSealer;
  const ann = patient('p-ann', 'Annabel Featherstonehaugh');
  const bob = patient('p-bob', 'Bartholomew Cholmondeley');

  beforeEach(async () => {
    name = `vas-enc-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: DB_NAME_TOKEN, useValue: name }] });
    repo = TestBed.runInInjectionContext(() => new DexiePatientRepository());
    service = TestBed.inject(EncryptionService);
    sealer = TestBed.inject(RecordSealer);
    await repo.putAll([ann, bob]);
  });

  afterEach(async () => {
    repo.ngOnDestroy();
    await Dexie.delete(name);
  });

  it('turning on seals every row (id and time stay in clear); the store reads them back', async () => {
    expect(JSON.stringify(await raw(name))).toContain('Featherstonehaugh');
    await service.enable(PASS);
    const stored = await raw(name);
    const text = JSON.stringify(stored['patients']);
    expect(text).not.toContain('Featherstonehaugh');
    expect(text).not.toContain('Cholmondeley');
    expect(text).not.toContain('headache');
    expect(stored['patients']).toEqual([
      jasmine.objectContaining({ id: 'p-ann', updatedAt: 1, sealed: 1 }),
      jasmine.objectContaining({ id: 'p-bob', updatedAt: 1, sealed: 1 }),
    ]);
    expect(Object.keys(stored['patients']![0]!).sort()).toEqual(
      ['data', 'id', 'iv', 'sealed', 'updatedAt'].sort(),
    );
    expect(await repo.list()).toEqual([ann, bob]);
  });

  it('writes while on are sealed: an edit, an import, a delete', async () => {
    await service.enable(PASS);
    const edited = setAnswer(ann.caseFile, 'headache', true);
    const result = await repo.applyChanges('p-ann', diffCase(ann.caseFile, edited), summarise);
    expect(result.patient?.caseFile.findings['headache']).toBeTrue();
    await repo.putAll([patient('p-cy', 'Cyprian Marjoribanks')]);
    await repo.delete('p-bob');
    const text = JSON.stringify(await raw(name));
    expect(text).not.toContain('Marjoribanks');
    expect(text).not.toContain('Featherstonehaugh');
    const listed = await repo.list();
    expect(listed.map((p) => p.id)).toEqual(['p-ann', 'p-cy']);
    expect(listed[0]!.caseFile.findings['headache']).toBeTrue();
  });

  it('a new patient whose id was taken is sealed again under the free id', async () => {
    await service.enable(PASS);
    const id = await repo.create(patient('p-ann', 'Cyprian Marjoribanks'));
    expect(id).toBe('p-ann-2');
    expect(JSON.stringify(await raw(name))).not.toContain('Marjoribanks');
    const listed = await repo.list();
    expect(listed.map((p) => [p.id, p.caseFile.id, p.caseFile.patient?.name])).toEqual([
      ['p-ann', 'p-ann', 'Annabel Featherstonehaugh'],
      ['p-ann-2', 'p-ann-2', 'Cyprian Marjoribanks'],
      ['p-bob', 'p-bob', 'Bartholomew Cholmondeley'],
    ]);
  });

  it('locked: the store reads and writes nothing', async () => {
    await service.enable(PASS);
    sealer.lock();
    await expectAsync(repo.list()).toBeRejectedWith(jasmine.any(LockedError));
    await expectAsync(repo.putAll([ann])).toBeRejectedWith(jasmine.any(LockedError));
    await sealer.unlock(PASS);
    expect((await repo.list()).length).toBe(2);
  });

  it('a new passphrase changes only the key record', async () => {
    await service.enable(PASS);
    const before = await raw(name);
    await expectAsync(service.changePassphrase('wrong one', 'second passphrase')).toBeRejectedWith(
      jasmine.any(WrongPassphraseError),
    );
    expect(await raw(name)).toEqual(before);
    await service.changePassphrase(PASS, 'second passphrase');
    const after = await raw(name);
    expect(after['patients']).toEqual(before['patients']!);
    expect(after['meta']).not.toEqual(before['meta']!);
    sealer.lock();
    await expectAsync(sealer.unlock(PASS)).toBeRejectedWith(jasmine.any(WrongPassphraseError));
    await sealer.unlock('second passphrase');
    expect(await repo.list()).toEqual([ann, bob]);
  });

  it('turning off needs the passphrase and writes every row back in clear', async () => {
    await service.enable(PASS);
    await expectAsync(service.disable('not it')).toBeRejectedWith(
      jasmine.any(WrongPassphraseError),
    );
    expect(sealer.enabled()).toBeTrue();
    await service.disable(PASS);
    const stored = await raw(name);
    expect(stored['patients']).toEqual([ann, bob]);
    expect(stored['meta']!.some((m) => (m as { key: string }).key === KEY_RECORD_ID)).toBeFalse();
    expect(sealer.enabled()).toBeFalse();
  });

  it('any other table is sealed whole, keeping its key and indexes in clear', async () => {
    repo.ngOnDestroy();
    await Dexie.delete(name);
    const db = new Dexie(name);
    db.version(1).stores({ patients: 'id, updatedAt', meta: 'key', notes: '++seq, patientId' });
    await db.table('notes').bulkAdd([
      { patientId: 'p-ann', what: 'renamed to Annabel Featherstonehaugh' },
      { patientId: 'p-ann', what: 'headache yes' },
    ]);
    const before = await db.table('notes').toArray();
    sealer.attach(db);
    await service.enable(PASS);
    const sealed = await db.table('notes').toArray();
    expect(JSON.stringify(sealed)).not.toContain('Featherstonehaugh');
    expect(sealed.map((r) => [r.seq, r.patientId, r.sealed])).toEqual([
      [1, 'p-ann', 1],
      [2, 'p-ann', 1],
    ]);
    expect(await db.table('notes').where('patientId').equals('p-ann').count()).toBe(2);
    expect(await sealer.openAll(sealed)).toEqual(before);
    // Written while on, sealed before its auto-incremented key existed: opened under that key.
    await db.table('notes').add({ patientId: 'p-ann', ...(await sealer.seal({ what: 'later' })) });
    await service.disable(PASS);
    expect(await db.table('notes').toArray()).toEqual([
      ...before,
      { seq: 3, patientId: 'p-ann', what: 'later' },
    ]);
    db.close();
  });

  it('the audit log keeps its chain links in clear and seals each entry (payload); its heads stay clear', async () => {
    repo.ngOnDestroy();
    await Dexie.delete(name);
    const db = new Dexie(name);
    db.version(1).stores({
      patients: 'id, updatedAt',
      meta: 'key',
      audit: '[patientId+seq], patientId',
      auditHeads: 'patientId',
    });
    const rows = [
      { patientId: 'p-ann', seq: 1, prev: 'g', hash: 'h1', payload: { what: 'Featherstonehaugh' } },
      { patientId: 'p-ann', seq: 2, prev: 'h1', hash: 'h2', payload: { what: 'headache yes' } },
    ];
    await db.table('audit').bulkAdd(rows);
    await db.table('auditHeads').add({ patientId: 'p-ann', seq: 2, hash: 'h2' });
    sealer.attach(db);
    await service.enable(PASS);
    const sealed = await db.table('audit').toArray();
    expect(JSON.stringify(sealed)).not.toContain('Featherstonehaugh');
    expect(sealed.map((r) => [r.patientId, r.seq, r.prev, r.hash, r.payload.sealed])).toEqual([
      ['p-ann', 1, 'g', 'h1', 1],
      ['p-ann', 2, 'h1', 'h2', 1],
    ]);
    expect(await sealer.open(sealed[0].payload)).toEqual({ what: 'Featherstonehaugh' });
    expect(await db.table('auditHeads').toArray()).toEqual([
      { patientId: 'p-ann', seq: 2, hash: 'h2' },
    ]);
    await service.disable(PASS);
    expect(await db.table('audit').toArray()).toEqual(rows);
    db.close();
  });

  it('a failure while turning on leaves everything as it was', async () => {
    repo.ngOnDestroy();
    await Dexie.delete(name);
    const db = new Dexie(name);
    db.version(1).stores({ patients: 'id, updatedAt', meta: 'key', aaa: '++seq', zzz: '++seq' });
    await db.table('patients').bulkPut([ann, bob]);
    await db.table('aaa').add({ note: 'Annabel Featherstonehaugh seen' });
    // JSON cannot hold a BigInt: sealing this row fails after the other tables were rewritten.
    await db.table('zzz').add({ n: BigInt(1) });
    sealer.attach(db);
    expect(db.tables.map((t) => t.name).indexOf('zzz')).toBe(db.tables.length - 1);
    await expectAsync(service.enable(PASS)).toBeRejected();
    expect(await db.table('patients').toArray()).toEqual([ann, bob]);
    expect(await db.table('aaa').toArray()).toEqual([
      { seq: 1, note: 'Annabel Featherstonehaugh seen' },
    ]);
    expect(await db.table('meta').count()).toBe(0);
    expect(sealer.enabled()).toBeFalse();
    db.close();
  });
});
