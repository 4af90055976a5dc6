import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { DB_NAME_TOKEN, VasDatabase } from '../vas-database';
import { RecordSealer, type SealedValue } from '../crypto/record-sealer';
import { APP_CHAIN, type AuditEntry } from './audit-chain';
import { AuditLog } from './audit-log';
import { CurrentUser } from './current-user';

/** A sealer that really transforms the payload, to show the log stores what seal() returns. */
class Base64Sealer {
  seal<T>(value: T): Promise<T | SealedValue> {
    return Promise.resolve({ sealed: 1, iv: 'x', data: btoa(JSON.stringify(value)) } as const);
  }
  open<T>(stored: T | SealedValue): Promise<T> {
    return Promise.resolve(JSON.parse(atob((stored as SealedValue).data)) as T);
  }
}

describe('AuditLog (IndexedDB)', () => {
  let name = '';
  let log: AuditLog;
  let raw: VasDatabase;

  beforeEach(() => {
    name = `audit-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({
      providers: [
        { provide: DB_NAME_TOKEN, useValue: name },
        { provide: RecordSealer, useClass: Base64Sealer },
      ],
    });
    TestBed.inject(CurrentUser).setName('Dr Spec');
    log = TestBed.inject(AuditLog);
    raw = new VasDatabase(name);
  });

  afterEach(async () => {
    raw.close();
    log.ngOnDestroy();
    await Dexie.delete(name);
  });

  const edit = (after: unknown) =>
    log.record({
      patientId: 'p1',
      action: 'change',
      changes: [{ path: ['findings', 'nausea'], before: undefined, after }],
    });

  it('current(): one read per revision, shared by the views that ask; a new one after an append', async () => {
    await log.record({ patientId: 'p1', action: 'create' });
    const a = log.current('p1');
    expect(log.current('p1')).toBe(a);
    expect((await a).entries.length).toBe(1);
    await log.record({ patientId: 'p1', action: 'change' });
    const b = log.current('p1');
    expect(b).not.toBe(a);
    expect((await b).entries.length).toBe(2);
  });

  it('appends entries with seq, time and user, one chain per patient; they verify', async () => {
    await edit(true);
    await edit(false);
    await log.record({ patientId: 'p2', action: 'import', detail: 'a.json' });
    await log.record({ action: 'lock' });
    const t = await log.trail('p1');
    expect(t.problems).toEqual([]);
    expect(t.entries.map((e) => [e.seq, e.user, e.action])).toEqual([
      [1, 'Dr Spec', 'change'],
      [2, 'Dr Spec', 'change'],
    ]);
    expect(t.entries[1]!.changes).toEqual([{ path: 'findings.nausea', after: false }]);
    expect((await log.trail('p2')).entries.length).toBe(1);
    expect((await log.trail(APP_CHAIN)).entries[0]!.action).toBe('lock');
  });

  it('records many entries at once (an import): each chain in order, all verified', async () => {
    await edit(true);
    const ids = Array.from({ length: 200 }, (_, i) => `imp-${i}`);
    await log.recordAll([
      ...ids.map((patientId) => ({ patientId, action: 'import' as const, detail: 'load.json' })),
      { patientId: 'p1', action: 'print' },
      { patientId: 'imp-7', action: 'export' },
    ]);
    expect((await log.trail('p1')).entries.map((e) => [e.seq, e.action])).toEqual([
      [1, 'change'],
      [2, 'print'],
    ]);
    const seven = await log.trail('imp-7');
    expect(seven.problems).toEqual([]);
    expect(seven.entries.map((e) => e.action)).toEqual(['import', 'export']);
    expect(await raw.auditHeads.count()).toBe(201);
  });

  it('stores the sealed payload: only ids, seq and hashes in clear', async () => {
    await edit(true);
    const row = (await raw.audit.toArray())[0]!;
    expect(Object.keys(row).sort()).toEqual(['hash', 'patientId', 'payload', 'prev', 'seq']);
    expect((row.payload as SealedValue).sealed).toBe(1);
    expect(JSON.stringify(row)).not.toContain('nausea');
  });

  it('appends from two tabs at once never fork the chain', async () => {
    const other = TestBed.runInInjectionContext(() => new AuditLog());
    await Promise.all([edit(1), other.record({ patientId: 'p1', action: 'print' }), edit(2)]);
    other.ngOnDestroy();
    const t = await log.trail('p1');
    expect(t.problems).toEqual([]);
    expect(t.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('an entry edited in IndexedDB is reported as changed', async () => {
    await edit(true);
    await edit(false);
    await edit(true);
    const row = (await raw.audit.get(['p1', 2]))!;
    const entry = await new Base64Sealer().open<AuditEntry>(row.payload);
    const forged = { ...entry, changes: [{ path: 'findings.nausea', after: 'forged' }] };
    await raw.audit.put({ ...row, payload: await new Base64Sealer().seal(forged) });
    expect((await log.trail('p1')).problems).toEqual(['entry 2 was changed']);
  });

  it('an entry removed from the middle or the end is reported', async () => {
    for (let i = 0; i < 4; i++) await edit(i);
    await raw.audit.delete(['p1', 2]);
    expect((await log.trail('p1')).problems).toEqual(['entry 2 is missing']);
    await raw.audit.delete(['p1', 4]);
    expect((await log.trail('p1')).problems).toEqual([
      'entry 2 is missing',
      'entry 4 is missing (removed from the end)',
    ]);
  });

  it('after tampering, new entries still append after the last one stored', async () => {
    await edit(1);
    await edit(2);
    await raw.auditHeads.clear();
    await edit(3);
    const t = await log.trail('p1');
    expect(t.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(t.problems).toEqual([]);
  });
});
