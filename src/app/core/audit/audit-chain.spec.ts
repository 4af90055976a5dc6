import {
  GENESIS,
  canonicalJson,
  chainHash,
  verifyChain,
  type AuditEntry,
  type ChainLink,
} from './audit-chain';

const entry = (seq: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  patientId: 'p1',
  seq,
  at: `2026-11-25T10:00:0${seq}.000Z`,
  user: 'Dr Test',
  action: 'change',
  changes: [{ path: 'findings.nausea', before: undefined, after: true }],
  ...extra,
});

/** A chain of n entries as the store would hold it. */
async function chain(n: number): Promise<ChainLink[]> {
  const links: ChainLink[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const e = entry(seq);
    const hash = await chainHash(prev, e);
    links.push({ seq, prev, hash, entry: e });
    prev = hash;
  }
  return links;
}
const headOf = (links: readonly ChainLink[]) => ({
  seq: links.at(-1)!.seq,
  hash: links.at(-1)!.hash,
});

describe('audit hash chain', () => {
  it('canonical JSON sorts keys, drops undefined and is the same for equal values', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined], c: 'x' }, z: undefined })).toBe(
      '{"a":{"c":"x","d":[1,null]},"b":1}',
    );
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('chains each hash to the previous one (SHA-256, hex)', async () => {
    const links = await chain(3);
    expect(links[0]!.prev).toBe(GENESIS);
    expect(links[1]!.prev).toBe(links[0]!.hash);
    expect(links[2]!.hash).toMatch(/^[0-9a-f]{64}$/);
    // Same content after another previous hash: another hash.
    expect(await chainHash(links[1]!.hash, entry(1))).not.toBe(links[0]!.hash);
  });

  it('an appended, untouched chain verifies', async () => {
    const links = await chain(4);
    expect(await verifyChain('p1', links, headOf(links))).toEqual([]);
    expect(await verifyChain('p1', [], null)).toEqual([]);
  });

  it('detects an edited entry (content changed, hash left)', async () => {
    const links = await chain(4);
    const edited = links.map((l) =>
      l.seq === 2
        ? { ...l, entry: entry(2, { changes: [{ path: 'findings.nausea', after: false }] }) }
        : l,
    );
    expect(await verifyChain('p1', edited, headOf(links))).toEqual(['entry 2 was changed']);
  });

  it('detects an entry moved to another patient or renumbered', async () => {
    const links = await chain(2);
    const moved = [links[0]!, { ...links[1]!, entry: { ...links[1]!.entry!, patientId: 'p2' } }];
    expect(await verifyChain('p1', moved, headOf(links))).toEqual(['entry 2 was changed']);
  });

  it('detects an entry removed from the middle', async () => {
    const links = await chain(4);
    const removed = links.filter((l) => l.seq !== 3);
    expect(await verifyChain('p1', removed, headOf(links))).toEqual(['entry 3 is missing']);
  });

  it('detects entries removed from the end (the head record counts them)', async () => {
    const links = await chain(4);
    expect(await verifyChain('p1', links.slice(0, 2), headOf(links))).toEqual([
      'entries 3–4 are missing (removed from the end)',
    ]);
    expect(await verifyChain('p1', links.slice(0, 3), headOf(links))).toEqual([
      'entry 4 is missing (removed from the end)',
    ]);
  });

  it('detects a removed entry whose successor was renumbered to close the gap', async () => {
    const links = await chain(3);
    const closed = [links[0]!, { ...links[2]!, seq: 2, entry: { ...links[2]!.entry!, seq: 2 } }];
    const problems = await verifyChain('p1', closed, headOf(closed));
    expect(problems).toContain('entry 2 does not follow entry 1');
    expect(problems).toContain('entry 2 was changed');
  });

  it('reports an entry that cannot be read, and a missing head record', async () => {
    const links = await chain(2);
    const unreadable = [links[0]!, { ...links[1]!, entry: null }];
    expect(await verifyChain('p1', unreadable, headOf(links))).toEqual(['entry 2 cannot be read']);
    expect(await verifyChain('p1', links, null)).toEqual([
      'the record of the last entry is missing',
    ]);
  });
});
