import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { demoCases } from '../../engine';
import { setAnswer } from './case-edits';
import { diffCase } from './case-changes';
import { EncryptionService } from './crypto/encryption.service';
import { DexiePatientRepository } from './dexie-patient-repository';
import { DB_NAME_TOKEN } from './vas-database';
import type { StoredPatient, TriageSummary } from './patient-repository';
import type { WorklistRow } from './worklist-row';
import { patchedRows, type SnapshotStamp } from './worklist-snapshot';

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

  it('after any tab’s writes it comes with exactly the patients written since', async () => {
    const [a, b] = [tab(), tab()];
    await a.putAll([patient('p1'), patient('p2')]);
    const p1 = patient('p1');
    const writes: [string, () => Promise<unknown>, string[], string[]][] = [
      ['import / put', () => b.putAll([patient('p3')]), ['p3'], []],
      ['create', () => b.create(patient('p4')), ['p4'], []],
      [
        'edit',
        () =>
          b.applyChanges(
            'p1',
            diffCase(p1.caseFile, setAnswer(p1.caseFile, 'nausea', true)),
            summarise,
          ),
        ['p1'],
        [],
      ],
      ['delete', () => b.delete('p2'), [], ['p2']],
    ];
    for (const [what, write, written, gone] of writes) {
      expect(await readAndSave(a)).toBeTrue();
      const before = (await a.worklistSnapshot(stamp))!;
      expect(before.current).toBe(before.generation);
      await write();
      const after = (await a.worklistSnapshot(stamp))!;
      expect(after.current)
        .withContext(what)
        .toBe(before.generation + 1);
      expect(after.generation).withContext(what).toBe(before.generation);
      expect(after.written.map((p) => p.id))
        .withContext(what)
        .toEqual(written);
      expect(after.gone).withContext(what).toEqual(gone);
      expect(after.count).toBe((await a.list()).length);
    }
    // A reset may have written anything: no snapshot until the next full read.
    expect(await readAndSave(a)).toBeTrue();
    await b.reset([patient('demo')]);
    expect(await a.worklistSnapshot(stamp)).toBeNull();
  });

  it('a gap in the log of writes: no snapshot (the full read decides)', async () => {
    const repo = tab();
    await repo.putAll([patient('a')]);
    expect(await readAndSave(repo)).toBeTrue();
    await repo.putAll([patient('b')]);
    await repo.putAll([patient('c')]);
    const raw = new Dexie(name);
    await raw.open();
    const log = await raw.table('changes').toArray();
    await raw.table('changes').delete((log.at(-1) as { generation: number }).generation);
    raw.close();
    expect(await repo.worklistSnapshot(stamp)).toBeNull();
  });

  it('saving prunes the log up to the saved generation', async () => {
    const repo = tab();
    await repo.putAll([patient('a')]);
    await repo.putAll([patient('b')]);
    expect(await readAndSave(repo)).toBeTrue();
    const raw = new Dexie(name);
    await raw.open();
    expect(await raw.table('changes').count()).toBe(0);
    raw.close();
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
    // Brought up to date after a write with encryption on (the log of ids stays readable).
    await repo.putAll([patient('b', 'Bartholomew Cholmondeley')]);
    const read = await repo.worklistSnapshot(stamp);
    expect(read?.written.map((p) => p.caseFile.patient?.name)).toEqual([
      'Bartholomew Cholmondeley',
    ]);
  });
});

describe('patchedRows', () => {
  const row = (id: string, urgency = 'none') => ({ id, urgency }) as unknown as WorklistRow;
  it('replaces the rows written, drops the gone, adds the new; in place', () => {
    const out = patchedRows(
      [row('a'), row('b'), row('c')],
      [row('b', 'urgent'), row('d')],
      ['c'],
      3,
    );
    expect(out?.map((r) => `${r.id}:${r.urgency}`)).toEqual(['a:none', 'b:urgent', 'd:none']);
  });
  it('a count that does not add up: null', () => {
    expect(patchedRows([row('a')], [row('b')], [], 1)).toBeNull();
  });
});
