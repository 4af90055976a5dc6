import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { demoCases } from '../../engine';
import { setAnswer } from './case-edits';
import { diffCase } from './case-changes';
import { EncryptionService } from './crypto/encryption.service';
import { DB_NAME_TOKEN, DexiePatientRepository } from './dexie-patient-repository';
import type { StoredPatient, TriageSummary } from './patient-repository';
import type { WorklistRow } from './worklist-row';
import type { SnapshotStamp } from './worklist-snapshot';

const TODAY = '2026-11-20';
const stamp: SnapshotStamp = { date: TODAY, build: 'build-1' };
const summarise = (): TriageSummary => ({
  date: TODAY,
  rules: 'test',
  urgency: 'none',
  level: 'low',
  manipulation: 'clear',
});
const patient = (id: string, name = `Patient ${id}`): StoredPatient => ({
  id,
  caseFile: { ...demoCases(TODAY)[0]!, id, patient: { name }, findings: {} },
  updatedAt: 1,
  synthetic: true,
});
/** Stand-in rows (the repository stores them as given; the app computes them). */
const rowsFor = (ps: readonly StoredPatient[]) =>
  ps.map((p) => ({ id: p.id, name: p.caseFile.patient?.name }) as unknown as WorklistRow);

describe('worklist snapshot in the IndexedDB store', () => {
  let name = '';
  const opened: DexiePatientRepository[] = [];
  const tab = () => {
    const r = TestBed.runInInjectionContext(() => new DexiePatientRepository());
    opened.push(r);
    return r;
  };

  beforeEach(() => {
    name = `vas-snap-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: DB_NAME_TOKEN, useValue: name }] });
  });

  afterEach(async () => {
    for (const r of opened.splice(0)) r.ngOnDestroy();
    await Dexie.delete(name);
  });

  /** Reads everything, saves the snapshot of that read; returns the save's answer. */
  async function readAndSave(repo: DexiePatientRepository, s = stamp): Promise<boolean> {
    const { patients, generation } = await repo.listAt();
    return repo.saveWorklistSnapshot({ rows: rowsFor(patients), generation, stamp: s });
  }

  it('is used on the same generation, day and engine build; saved once', async () => {
    const repo = tab();
    await repo.putAll([patient('a'), patient('b')]);
    expect(await repo.worklistSnapshot(stamp)).toBeNull();
    expect(await readAndSave(repo)).toBeTrue();
    expect(await readAndSave(repo))
      .withContext('already this one')
      .toBeFalse();
    const snap = await tab().worklistSnapshot(stamp);
    expect(snap?.rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(await repo.worklistSnapshot({ ...stamp, date: '2026-11-21' }))
      .withContext('another day: ages and triage are as of a day')
      .toBeNull();
    expect(await repo.worklistSnapshot({ ...stamp, build: 'build-2' }))
      .withContext('another engine build')
      .toBeNull();
  });

  it('every kind of write, in any tab, makes it stale at once', async () => {
    const [a, b] = [tab(), tab()];
    await a.putAll([patient('p1'), patient('p2')]);
    const p1 = patient('p1');
    const writes: [string, () => Promise<unknown>][] = [
      ['import / put', () => b.putAll([patient('p3')])],
      ['create', () => b.create(patient('p4'))],
      [
        'edit',
        () =>
          b.applyChanges(
            'p1',
            diffCase(p1.caseFile, setAnswer(p1.caseFile, 'nausea', true)),
            summarise,
          ),
      ],
      ['delete', () => b.delete('p2')],
      ['reset', () => b.reset([patient('demo')])],
    ];
    for (const [what, write] of writes) {
      expect(await readAndSave(a)).toBeTrue();
      expect(await a.worklistSnapshot(stamp)).not.toBeNull();
      await write();
      expect(await a.worklistSnapshot(stamp))
        .withContext(what)
        .toBeNull();
    }
  });

  it('rows computed from a read the store has moved past are not saved', async () => {
    const repo = tab();
    await repo.putAll([patient('a')]);
    const { patients, generation } = await repo.listAt();
    await tab().putAll([patient('b')]);
    expect(
      await repo.saveWorklistSnapshot({ rows: rowsFor(patients), generation, stamp }),
    ).toBeFalse();
    expect(await repo.worklistSnapshot(stamp)).toBeNull();
  });

  it('is sealed with encryption on, and read back after unlocking', async () => {
    const repo = tab();
    await repo.putAll([patient('a', 'Annabel Featherstonehaugh')]);
    await TestBed.inject(EncryptionService).enable('a passphrase');
    expect(await readAndSave(repo)).toBeTrue();
    const raw = new Dexie(name);
    await raw.open();
    const stored = JSON.stringify(await raw.table('snapshots').toArray());
    raw.close();
    expect(stored).not.toContain('Featherstonehaugh');
    expect((await repo.worklistSnapshot(stamp))?.rows[0]?.name).toBe('Annabel Featherstonehaugh');
  });
});
