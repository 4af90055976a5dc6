import Dexie from 'dexie';
import { VasDatabase } from './dexie-patient-repository';
import { CHANGES_CHANNEL, IDB_VERSION, startEarlyRead } from './early-read';

describe('early read of the patients table', () => {
  const names: string[] = [];
  const fresh = () => {
    const name = `vas-early-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    return name;
  };

  afterEach(async () => {
    for (const n of names.splice(0)) await Dexie.delete(n);
  });

  it('expects the schema version Dexie stores for VasDatabase', () => {
    const db = new VasDatabase(fresh());
    expect(db.verno * 10).toBe(IDB_VERSION);
    db.close();
  });

  it('reads every stored row as stored, and closes its connection', async () => {
    const name = fresh();
    const db = new VasDatabase(name);
    await db.patients.bulkPut([
      { id: 'a', caseFile: { format: 'vas-case/1', id: 'a' }, updatedAt: 1, synthetic: true },
      { id: 'b', caseFile: { format: 'vas-case/1', id: 'b' }, updatedAt: 2, synthetic: false },
    ] as never);
    db.close();
    const early = startEarlyRead(name);
    const rows = (await early.rows) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(early.stale()).toBeFalse();
    early.channel?.close();
    // Its connection is closed: deleting the database is not blocked.
    await Dexie.delete(name);
  });

  it('creates no database when there is none (first start)', async () => {
    const name = fresh();
    const early = startEarlyRead(name);
    expect(await early.rows).toBeNull();
    early.channel?.close();
    expect(await Dexie.exists(name)).toBeFalse();
    // Dexie then creates it as usual.
    const db = new VasDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    db.close();
  });

  it('is stale once another tab announces a write', async () => {
    const name = fresh();
    const early = startEarlyRead(name);
    const other = new BroadcastChannel(CHANGES_CHANNEL);
    other.postMessage('changed');
    await new Promise((r) => setTimeout(r, 50));
    expect(early.stale()).toBeTrue();
    other.close();
    early.channel?.close();
    await early.rows;
  });
});
