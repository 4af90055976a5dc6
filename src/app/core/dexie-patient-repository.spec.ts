import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import fc from 'fast-check';
import { demoCases } from '../../engine';
import { setAnswer } from './case-edits';
import { diffCase } from './case-changes';
import { DexiePatientRepository } from './dexie-patient-repository';
import { DB_NAME_TOKEN, StorageLostError, VasDatabase } from './vas-database';
import type { StoredPatient, TriageSummary } from './patient-repository';
import { WriteQueue } from './write-queue';

const summarise = (): TriageSummary => ({
  date: '2026-11-20',
  rules: 'test',
  urgency: 'none',
  level: 'low',
  manipulation: 'clear',
});
const patient = (id: string): StoredPatient => ({
  id,
  caseFile: { ...demoCases('2026-11-20')[0]!, id, findings: {} },
  updatedAt: 1,
  synthetic: true,
});

describe('IndexedDB store', () => {
  let name = '';
  const opened: DexiePatientRepository[] = [];
  /** A repository as one browser tab has it: its own connection to the shared database. */
  const tab = () => {
    const r = TestBed.runInInjectionContext(() => new DexiePatientRepository());
    opened.push(r);
    return r;
  };

  beforeEach(() => {
    name = `vas-test-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: DB_NAME_TOKEN, useValue: name }] });
  });

  afterEach(async () => {
    for (const r of opened.splice(0)) r.ngOnDestroy();
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
    expect(db.verno).toBe(4); // v3 added the audit tables, v4 the worklist snapshot
    db.close();
  });

  it('writes all of an import or nothing', async () => {
    const repo = tab();
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
  });

  it('two tabs set nausea and vomiting at once: both answers are stored', async () => {
    const [t1, t2] = [tab(), tab()];
    const p = patient('p');
    await t1.putAll([p]);
    const nausea = diffCase(p.caseFile, setAnswer(p.caseFile, 'nausea', true));
    const vomiting = diffCase(p.caseFile, setAnswer(p.caseFile, 'vomiting', true));
    const [r1, r2] = await Promise.all([
      t1.applyChanges('p', nausea, summarise),
      t2.applyChanges('p', vomiting, summarise),
    ]);
    const stored = (await t1.list())[0]!.caseFile.findings;
    expect(stored).toEqual({ nausea: true, vomiting: true });
    // The record each tab gets back is the committed one; the later one holds both answers.
    expect([r1.patient?.caseFile.findings, r2.patient?.caseFile.findings]).toContain({
      nausea: true,
      vomiting: true,
    });
  });

  it('two tabs create a patient with the same id at the same moment: both are stored', async () => {
    const [a, b] = [tab(), tab()];
    const anna = {
      ...patient('case-004'),
      caseFile: { ...patient('case-004').caseFile, patient: { name: 'Anna' } },
    };
    const ben = {
      ...patient('case-004'),
      caseFile: { ...patient('case-004').caseFile, patient: { name: 'Ben' } },
    };
    await a.putAll([patient('case-005')]);
    const ids = await Promise.all([a.create(anna), b.create(ben)]);
    // One keeps case-004; the other takes the next free id (case-005 is taken too).
    expect([...ids].sort()).toEqual(['case-004', 'case-006']);
    const stored = await a.list();
    const names = new Map(stored.map((p) => [p.id, p.caseFile.patient?.name]));
    expect(names.get(ids[0]!)).toBe('Anna');
    expect(names.get(ids[1]!)).toBe('Ben');
    // The record carries its new id inside too (the case file's id is the patient's id).
    expect(stored.every((p) => p.caseFile.id === p.id)).toBeTrue();
    expect(stored.length).toBe(3);
  });

  it('a change to a patient deleted in another tab is not stored and says so', async () => {
    const [t1, t2] = [tab(), tab()];
    const p = patient('gone');
    await t1.putAll([p]);
    await t2.delete('gone');
    const r = await t1.applyChanges(
      'gone',
      diffCase(p.caseFile, setAnswer(p.caseFile, 'nausea', true)),
      summarise,
    );
    expect(r.patient).toBeNull();
    expect(await t1.list()).toEqual([]);
  });

  it('property: random interleavings of two tabs’ edits never lose a committed answer', async () => {
    const [t1, t2] = [tab(), tab()];
    const mine = [
      ['nausea', 'vomiting'],
      ['sweating', 'tachycardia'],
    ] as const;
    const shared = ['dizziness', 'headache'] as const;
    const op = fc.record({
      tab: fc.constantFrom(0, 1),
      own: fc.boolean(),
      pick: fc.nat(1),
      value: fc.constantFrom(true, false, null),
      wait: fc.boolean(),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const id = `prop-${run++}`;
        const start = patient(id);
        await t1.putAll([start]);
        const tabs = [t1, t2];
        const queues = [new WriteQueue(), new WriteQueue()];
        const views = [start.caseFile, start.caseFile];
        const last: Record<string, (boolean | null)[]> = {};
        const writes: Promise<unknown>[] = [];
        for (const o of ops) {
          const f = o.own ? mine[o.tab]![o.pick]! : shared[o.pick]!;
          const next = setAnswer(views[o.tab]!, f, o.value);
          const changes = diffCase(views[o.tab]!, next);
          views[o.tab] = next;
          (last[f] ??= [undefined as never, undefined as never])[o.tab] = o.value;
          writes.push(
            queues[o.tab]!.enqueue(id, () => tabs[o.tab]!.applyChanges(id, changes, summarise)),
          );
          if (o.wait) await new Promise((r) => setTimeout(r, 0));
        }
        await Promise.all(writes);
        const stored = (await t1.list()).find((p) => p.id === id)!.caseFile.findings;
        const answer = (f: string) => (f in stored ? (stored[f] as boolean) : null);
        for (const t of [0, 1])
          for (const f of mine[t]!) if (last[f]) expect(answer(f)).toBe(last[f]![t]!);
        for (const f of shared)
          if (last[f]) expect(last[f]!.filter((v) => v !== undefined)).toContain(answer(f));
      }),
      { numRuns: 30 },
    );
  });

  it('another page deleting the database: the tab is told at once and writes fail', async () => {
    const repo = tab();
    const reasons: string[] = [];
    repo.lost.subscribe((r) => reasons.push(r));
    await repo.putAll([patient('a')]);
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(reasons).toEqual(['the database was deleted by another tab or by clearing site data']);
    await expectAsync(repo.putAll([patient('b')])).toBeRejectedWithError(StorageLostError);
    // Nothing was re-created behind the user's back.
    const dbs = await indexedDB.databases();
    expect(dbs.map((d) => d.name)).not.toContain(name);
  });
});
