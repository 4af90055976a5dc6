import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { demoCases } from '../../engine';
import { DB_NAME_TOKEN, DexiePatientRepository, VasDatabase } from './dexie-patient-repository';

describe('IndexedDB store', () => {
  const name = `vas-test-${Math.random().toString(36).slice(2)}`;

  afterEach(async () => {
    await Dexie.delete(name);
  });

  it('migrates a version-1 database: every patient gets the synthetic flag', async () => {
    const v1 = new Dexie(name);
    v1.version(1).stores({ patients: 'id, updatedAt' });
    await v1
      .table('patients')
      .put({ id: 'old', caseFile: demoCases('2026-11-20')[0], updatedAt: 1 });
    v1.close();

    const db = new VasDatabase(name);
    const migrated = await db.patients.get('old');
    expect(migrated?.synthetic).toBeFalse();
    expect(migrated?.caseFile.id).toBe('demo-01');
    expect(db.verno).toBe(2);
    db.close();
  });

  it('writes all of an import or nothing', async () => {
    TestBed.configureTestingModule({
      providers: [DexiePatientRepository, { provide: DB_NAME_TOKEN, useValue: name }],
    });
    const repo = TestBed.inject(DexiePatientRepository);
    const good = { id: 'a', caseFile: demoCases('2026-11-20')[0]!, updatedAt: 1, synthetic: true };
    await repo.putAll([good]);
    // A record IndexedDB cannot store (a function is not cloneable) fails the whole transaction.
    const bad = {
      id: 'b',
      caseFile: { ...good.caseFile, oops: () => 1 },
      updatedAt: 1,
      synthetic: false,
    };
    const other = { ...good, id: 'c' };
    await expectAsync(repo.putAll([other, bad as never])).toBeRejected();
    expect((await repo.list()).map((p) => p.id)).toEqual(['a']);
    repo.ngOnDestroy();
  });
});
