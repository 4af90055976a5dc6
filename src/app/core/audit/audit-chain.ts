/**
 * The audit trail's entries and their hash chain (pure; WebCrypto SHA-256 only).
 *
 * Each patient has its own append-only chain: entry N's hash is
 * SHA-256(hash of entry N-1 + canonical JSON of entry N), the first one chained to
 * GENESIS. The verifier recomputes every hash and reports an entry that was edited, one that
 * is missing (a gap in the sequence, or fewer entries than the head record counts) and one
 * that no longer follows its predecessor.
 */
import type { Modality, Verdict } from '../../../engine';

/** The chain of events that belong to no patient (lock / unlock). */
export const APP_CHAIN = '_app';
export const GENESIS = '0'.repeat(64);

export const AUDIT_ACTIONS = [
  'create',
  'change',
  'import',
  'export',
  'print',
  'delete',
  'undo-delete',
  'lock',
  'unlock',
  'decision',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One field of one edit: `findings.nausea`, `patient.name`, `sessions`. */
export interface AuditFieldChange {
  readonly path: string;
  /** Absent: the field had no value. */
  readonly before?: unknown;
  readonly after?: unknown;
}

/** A signed decision before treatment (see decision.ts). */
export interface DecisionRecord {
  readonly modality: Modality;
  readonly decision: 'proceed' | 'do-not-proceed';
  /** The verdict shown on the card when the decision was signed. */
  readonly verdict: Verdict;
  /** A code of DECISION_REASONS, or null when no reason was needed and none given. */
  readonly reasonCode: string | null;
  readonly reasonText: string;
  /** The name the decision is signed with. */
  readonly clinician: string;
  readonly assessedOn: string;
  readonly engineVersion: string;
  readonly rulesVersion: string;
}

export interface AuditEntry {
  /** The case id (APP_CHAIN for lock / unlock). */
  readonly patientId: string;
  /** 1, 2, 3… within the patient's chain. */
  readonly seq: number;
  /** ISO 8601 instant. */
  readonly at: string;
  /** Who: the clinician name from Settings (or the launch context); '' when none is set. */
  readonly user: string;
  readonly action: AuditAction;
  /** What else: the file imported, the export format. */
  readonly detail?: string;
  readonly changes?: readonly AuditFieldChange[];
  readonly decision?: DecisionRecord;
}

/** JSON with object keys sorted and undefined dropped: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value);
    return s === undefined ? 'null' : s;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash of an entry chained to the previous entry's hash. */
export function chainHash(prev: string, entry: AuditEntry): Promise<string> {
  return sha256Hex(prev + canonicalJson(entry));
}

/** One stored entry as the verifier sees it: `entry` null when it could not be read. */
export interface ChainLink {
  readonly seq: number;
  readonly prev: string;
  readonly hash: string;
  readonly entry: AuditEntry | null;
}

/** The last entry written, kept apart from the entries so a removed tail is seen. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/** Entries in order; the problems found, each naming the entry ("entry 3 …"). */
export async function verifyChain(
  patientId: string,
  links: readonly ChainLink[],
  head: ChainHead | null,
): Promise<string[]> {
  const problems: string[] = [];
  const sorted = [...links].sort((a, b) => a.seq - b.seq);
  let expectedSeq = 1;
  let prevHash = GENESIS;
  for (const link of sorted) {
    if (link.seq > expectedSeq)
      problems.push(
        link.seq - 1 === expectedSeq
          ? `entry ${expectedSeq} is missing`
          : `entries ${expectedSeq}–${link.seq - 1} are missing`,
      );
    else if (link.prev !== prevHash)
      problems.push(`entry ${link.seq} does not follow entry ${link.seq - 1}`);
    if (link.entry === null) problems.push(`entry ${link.seq} cannot be read`);
    else if (
      link.entry.seq !== link.seq ||
      link.entry.patientId !== patientId ||
      (await chainHash(link.prev, link.entry)) !== link.hash
    )
      problems.push(`entry ${link.seq} was changed`);
    expectedSeq = link.seq + 1;
    prevHash = link.hash;
  }
  if (head && head.seq >= expectedSeq)
    problems.push(
      head.seq === expectedSeq
        ? `entry ${head.seq} is missing (removed from the end)`
        : `entries ${expectedSeq}–${head.seq} are missing (removed from the end)`,
    );
  else if (head && head.seq < expectedSeq - 1)
    problems.push(`entry ${head.seq + 1} was added outside the app`);
  else if (head && head.hash !== prevHash)
    problems.push(`entry ${head.seq} is not the entry last written`);
  else if (!head && sorted.length > 0) problems.push('the record of the last entry is missing');
  return problems;
}
