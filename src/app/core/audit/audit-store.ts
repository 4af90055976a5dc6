import { Injectable, OnDestroy, inject, signal } from '@angular/core';
import Dexie from 'dexie';
import type { FieldChange } from '../case-changes';
import { LockedError, RecordSealer } from '../crypto/record-sealer';
import { DB_NAME, DB_NAME_TOKEN, VasDatabase } from '../vas-database';
import {
  APP_CHAIN,
  GENESIS,
  chainHash,
  verifyChain,
  type AuditAction,
  type AuditEntry,
  type ChainLink,
  type DecisionRecord,
} from './audit-chain';
import type { AuditRow } from './audit-rows';
import { CurrentUser } from './current-user';

/** What a caller records; the log adds the sequence number, time, user and hash. */
export interface AuditInput {
  /** The case id; omitted for events of the app (lock / unlock). */
  readonly patientId?: string;
  readonly action: AuditAction;
  readonly detail?: string;
  readonly changes?: readonly FieldChange[];
  readonly decision?: DecisionRecord;
}

/** A patient's trail as read back: the entries that could be read and what the verifier found. */
export interface AuditTrail {
  readonly entries: readonly AuditEntry[];
  /** Empty when intact; else "entry 3 was changed", "entry 5 is missing"… */
  readonly problems: readonly string[];
}

const CHANNEL = 'vas-dashboard-audit';
/** Rows per bulk write inside an append's transaction. */
const WRITE_SLICE = 500;

/**
 * The audit trail: append-only, one hash-chained sequence per patient, stored in IndexedDB
 * (embedded and connected mode alike) with each entry sealed by RecordSealer.
 *
 * API: `record({ patientId?, action, detail?, changes?, decision? })` appends one entry
 * (time and user are added here); `trail(patientId)` reads and verifies a chain;
 * `revision` changes after every append in any tab. Appends are serialised in this tab and
 * checked against the chain head inside the transaction, so two tabs never fork a chain.
 *
 * With encryption at rest, `record` and `trail` reject with LockedError while locked:
 * record 'lock' before locking and 'unlock' after unlocking (no patientId: the app chain).
 */
/** The audit log's IndexedDB side, loaded on first use by AuditLog (audit-log.ts). */
@Injectable()
export class AuditStore implements OnDestroy {
  private readonly db = new VasDatabase(inject(DB_NAME_TOKEN, { optional: true }) ?? DB_NAME);
  private readonly sealer = inject(RecordSealer);
  private readonly user = inject(CurrentUser);
  private queue: Promise<unknown> = Promise.resolve();
  private readonly reading = new Map<string, Promise<AuditTrail>>();
  private readonly bumped = signal(0);
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  /** Bumped after every append (this tab or another): views re-read. */
  readonly revision = this.bumped.asReadonly();

  /** Set when the database was deleted or closed under this tab: never recreated from here. */
  private gone: string | null = null;
  private closing = false;

  constructor() {
    if (this.channel) this.channel.onmessage = () => this.bumped.update((n) => n + 1);
    // Dexie closes on versionchange and would reopen (recreate) a deleted database on the
    // next write; the patient store reports the loss, the audit log stops writing.
    this.db.on('versionchange', () => {
      this.gone ??= 'the database was deleted or upgraded by another tab';
    });
    this.db.on('close', () => {
      if (!this.closing) this.gone ??= 'the browser closed the database';
    });
  }

  /** Appends one entry; resolves with it once committed. */
  async record(input: AuditInput): Promise<AuditEntry> {
    return (await this.recordAll([input]))[0]!;
  }

  /** Several entries in order (e.g. one per imported patient), in one transaction. */
  recordAll(inputs: readonly AuditInput[]): Promise<AuditEntry[]> {
    if (inputs.length === 0) return Promise.resolve([]);
    const run = this.queue.then(() => this.append(inputs));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The patient's entries in order, verified. Throws LockedError while locked. */
  trail(patientId: string): Promise<AuditTrail> {
    // Callers asking at the same moment (the four cards, the print summary) share one read.
    const running = this.reading.get(patientId);
    if (running) return running;
    const read = this.read(patientId).finally(() => this.reading.delete(patientId));
    this.reading.set(patientId, read);
    return read;
  }

  private check(): void {
    if (this.gone !== null) throw new Error(`audit trail unavailable: ${this.gone}`);
  }

  private async read(patientId: string): Promise<AuditTrail> {
    this.check();
    const [rows, head] = await Promise.all([
      this.range(patientId).toArray(),
      this.db.auditHeads.get(patientId),
    ]);
    const links: ChainLink[] = [];
    for (const row of rows) {
      let entry: AuditEntry | null;
      try {
        entry = await this.sealer.open<AuditEntry>(row.payload);
      } catch (e) {
        if (e instanceof LockedError) throw e;
        entry = null;
      }
      links.push({ seq: row.seq, prev: row.prev, hash: row.hash, entry });
    }
    const problems = await verifyChain(patientId, links, head ? head : null);
    return {
      entries: links.flatMap((l) => (l.entry ? [l.entry] : [])),
      problems,
    };
  }

  ngOnDestroy(): void {
    this.closing = true;
    this.channel?.close();
    this.db.close();
  }

  private range(patientId: string) {
    return this.db.audit
      .where('[patientId+seq]')
      .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey]);
  }

  /**
   * Each chain's end: its head record, or its last row where the head is gone (tampering)
   * or the row is further on. One read of the heads, one key scan of the chains.
   */
  private async ends(ids: readonly string[]): Promise<Map<string, ChainEnd>> {
    const heads = await this.db.auditHeads.bulkGet([...ids]);
    const out = new Map<string, ChainEnd>();
    ids.forEach((id, i) => out.set(id, heads[i] ?? { seq: 0, hash: GENESIS }));
    const keys = (await this.db.audit
      .where('patientId')
      .anyOf([...ids])
      .primaryKeys()) as [string, number][];
    const lastSeq = new Map<string, number>();
    for (const [id, seq] of keys) lastSeq.set(id, Math.max(seq, lastSeq.get(id) ?? 0));
    for (const [id, seq] of lastSeq) {
      if (seq <= out.get(id)!.seq) continue;
      const row = await this.db.audit.get([id, seq]);
      out.set(id, { seq, hash: row?.hash ?? GENESIS });
    }
    return out;
  }

  /** Appends in order, all in one transaction (an import of 10,000 patients is one write). */
  private async append(inputs: readonly AuditInput[]): Promise<AuditEntry[]> {
    const ids = [...new Set(inputs.map((i) => i.patientId ?? APP_CHAIN))];
    for (let attempt = 0; attempt < 5; attempt++) {
      this.check();
      const start = await this.ends(ids);
      const heads = new Map(start);
      const at = new Date().toISOString();
      const user = this.user.current();
      const rows: AuditRow[] = [];
      const entries: AuditEntry[] = [];
      for (const input of inputs) {
        const patientId = input.patientId ?? APP_CHAIN;
        const prev = heads.get(patientId)!;
        const entry = build(input, patientId, prev.seq + 1, at, user);
        const hash = await chainHash(prev.hash, entry);
        rows.push({
          patientId,
          seq: entry.seq,
          prev: prev.hash,
          hash,
          payload: await this.sealer.seal(entry),
        });
        entries.push(entry);
        heads.set(patientId, { seq: entry.seq, hash });
      }
      const committed = await this.db.transaction(
        'rw',
        this.db.audit,
        this.db.auditHeads,
        async () => {
          const now = await this.ends(ids);
          for (const id of ids) {
            const a = now.get(id)!;
            const b = start.get(id)!;
            if (a.seq !== b.seq || a.hash !== b.hash) return false;
          }
          // Still one transaction; written a slice at a time so that the page can paint
          // between slices (an import of 10,000 is 20,000 writes).
          for (let i = 0; i < rows.length; i += WRITE_SLICE)
            await this.db.audit.bulkAdd(rows.slice(i, i + WRITE_SLICE));
          const ends = ids.map((patientId) => ({ patientId, ...heads.get(patientId)! }));
          for (let i = 0; i < ends.length; i += WRITE_SLICE)
            await this.db.auditHeads.bulkPut(ends.slice(i, i + WRITE_SLICE));
          return true;
        },
      );
      if (committed) {
        this.bumped.update((n) => n + 1);
        this.channel?.postMessage('appended');
        return entries;
      }
    }
    throw new Error('audit trail: the chain kept changing under this tab; entry not recorded');
  }
}

interface ChainEnd {
  seq: number;
  hash: string;
}

function build(
  input: AuditInput,
  patientId: string,
  seq: number,
  at: string,
  user: string,
): AuditEntry {
  return {
    patientId,
    seq,
    at,
    user,
    action: input.action,
    ...(input.detail !== undefined ? { detail: input.detail } : {}),
    ...(input.changes
      ? {
          // Absent stays absent (no `undefined` keys: the stored entry equals the hashed one).
          changes: input.changes.map((c) => ({
            path: c.path.join('.'),
            ...(c.before !== undefined ? { before: c.before } : {}),
            ...(c.after !== undefined ? { after: c.after } : {}),
          })),
        }
      : {}),
    ...(input.decision ? { decision: input.decision } : {}),
  };
}
