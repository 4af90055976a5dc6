import { Injectable, OnDestroy, inject, signal } from '@angular/core';
import Dexie from 'dexie';
import type { FieldChange } from '../case-changes';
import { LockedError, RecordSealer } from '../crypto/record-sealer';
import { DB_NAME, DB_NAME_TOKEN, VasDatabase } from '../dexie-patient-repository';
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

/**
 * The audit trail: append-only, one hash-chained sequence per patient, stored in IndexedDB
 * (embedded and connected mode alike) with each entry sealed by RecordSealer.
 *
 * API: `record({ patientId?, action, detail?, changes?, decision? })` appends one entry
 * (time and user are added here); `trail(patientId)` reads and verifies a chain;
 * `revision` changes after every append in any tab. Appends are serialised in this tab and
 * checked against the chain head inside the transaction, so two tabs never fork a chain.
 */
@Injectable({ providedIn: 'root' })
export class AuditLog implements OnDestroy {
  private readonly db = new VasDatabase(inject(DB_NAME_TOKEN, { optional: true }) ?? DB_NAME);
  private readonly sealer = inject(RecordSealer);
  private readonly user = inject(CurrentUser);
  private queue: Promise<unknown> = Promise.resolve();
  private readonly bumped = signal(0);
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  /** Bumped after every append (this tab or another): views re-read. */
  readonly revision = this.bumped.asReadonly();

  constructor() {
    if (this.channel) this.channel.onmessage = () => this.bumped.update((n) => n + 1);
  }

  /** Appends one entry; resolves with it once committed. */
  record(input: AuditInput): Promise<AuditEntry> {
    const run = this.queue.then(() => this.append(input));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Several entries in order (e.g. one per imported patient). */
  async recordAll(inputs: readonly AuditInput[]): Promise<void> {
    for (const input of inputs) await this.record(input);
  }

  /** The patient's entries in order, verified. Throws LockedError while locked. */
  async trail(patientId: string): Promise<AuditTrail> {
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
    this.channel?.close();
    this.db.close();
  }

  private range(patientId: string) {
    return this.db.audit
      .where('[patientId+seq]')
      .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey]);
  }

  /** The chain's end: the head record, or the last row when the head is gone. */
  private async end(patientId: string): Promise<{ seq: number; hash: string }> {
    const head = await this.db.auditHeads.get(patientId);
    const last = await this.range(patientId).last();
    const seq = Math.max(head?.seq ?? 0, last?.seq ?? 0);
    return { seq, hash: last?.seq === seq ? last.hash : (head?.hash ?? GENESIS) };
  }

  private async append(input: AuditInput): Promise<AuditEntry> {
    const patientId = input.patientId ?? APP_CHAIN;
    for (let attempt = 0; attempt < 5; attempt++) {
      const end = await this.end(patientId);
      const entry: AuditEntry = {
        patientId,
        seq: end.seq + 1,
        at: new Date().toISOString(),
        user: this.user.name(),
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
      const hash = await chainHash(end.hash, entry);
      const payload = await this.sealer.seal(entry);
      const committed = await this.db.transaction(
        'rw',
        this.db.audit,
        this.db.auditHeads,
        async () => {
          const now = await this.end(patientId);
          if (now.seq !== end.seq || now.hash !== end.hash) return false;
          await this.db.audit.add({ patientId, seq: entry.seq, prev: end.hash, hash, payload });
          await this.db.auditHeads.put({ patientId, seq: entry.seq, hash });
          return true;
        },
      );
      if (committed) {
        this.bumped.update((n) => n + 1);
        this.channel?.postMessage('appended');
        return entry;
      }
    }
    throw new Error('audit trail: the chain kept changing under this tab; entry not recorded');
  }
}
