import type { Table } from 'dexie';
import { todayIso } from '../../engine/dates';
import { ENGINE_BUILD } from '../../engine/engine-build';
import type { StoredPatient } from './patient-repository';
import type { WorklistRow } from './worklist-row';

/**
 * The worklist snapshot (issue 15): the rows of the last full read of the embedded store,
 * saved so the next start paints the worklist from one record instead of reading and
 * triaging every patient first (10,000 records take 200-400 ms to read).
 *
 * It is used only when exact: the store counts its committed writes (a generation, bumped
 * in the same transaction as every write to the patients), and the snapshot is used only at
 * the generation it was taken at, on the day it was taken (ages and triage are as of a
 * day), by the same engine build (`ENGINE_BUILD`, a hash of the engine's source), with as
 * many patients as the store holds. Anything else: the full read, as before. The rows are
 * sealed like every record when encryption is on; the header (numbers, a date) is not.
 */
export interface SnapshotStamp {
  /** The day the rows are as of (todayIso). */
  date: string;
  /** The engine build that computed them. */
  build: string;
}

/** Rows as of today, by this engine build. */
export function snapshotStamp(): SnapshotStamp {
  return { date: todayIso(), build: ENGINE_BUILD };
}

export interface SnapshotHeader extends SnapshotStamp {
  generation: number;
  count: number;
}

export interface WorklistSnapshot {
  rows: WorklistRow[];
  generation: number;
}

/**
 * A snapshot as read: its rows at the generation it was saved at, and, when the store has
 * moved on since, the patients written since (as stored now) and the ids no longer stored.
 */
export interface SnapshotRead extends WorklistSnapshot {
  /** The store's generation now (the rows are of `generation`). */
  current: number;
  /** The store's patient count now. */
  count: number;
  written: StoredPatient[];
  gone: string[];
}

/** A meta row (key, value). */
export type MetaRow = { key: string; value: unknown };

export const GENERATION_KEY = 'patients-generation';
export const SNAPSHOT_HEADER_KEY = 'worklist-snapshot';
export const SNAPSHOT_ROW_KEY = 'rows';

/**
 * The rows are stored as one JSON text: IndexedDB hands a string back as it is, where 10,000
 * row objects are rebuilt one by one (several times slower to read).
 */
export interface SnapshotRow {
  key: string;
  json?: string;
}

export function snapshotRow(rows: readonly WorklistRow[]): SnapshotRow {
  return { key: SNAPSHOT_ROW_KEY, json: JSON.stringify(rows) };
}

/** The rows, or null when the stored value is not a snapshot of rows. */
export function rowsOfSnapshot(row: SnapshotRow | undefined): WorklistRow[] | null {
  if (typeof row?.json !== 'string') return null;
  const rows: unknown = JSON.parse(row.json);
  return Array.isArray(rows) ? (rows as WorklistRow[]) : null;
}

/** The store's generation (0 before the first counted write). */
export async function generationOf(meta: Table<MetaRow, string>): Promise<number> {
  const v = (await meta.get(GENERATION_KEY))?.value;
  return typeof v === 'number' ? v : 0;
}

/** Which patients one generation wrote (null: possibly all of them, e.g. a reset). */
export interface ChangeRow {
  generation: number;
  ids: string[] | null;
}

/**
 * One more committed write, with the ids it wrote: call inside the write's transaction.
 * The log lets a snapshot of an earlier generation be brought up to date by reading only
 * the patients written since (pruned when a snapshot is saved).
 */
export async function bumpGeneration(
  meta: Table<MetaRow, string>,
  changes: Table<ChangeRow, number>,
  ids: readonly string[] | null,
): Promise<number> {
  const next = (await generationOf(meta)) + 1;
  await meta.put({ key: GENERATION_KEY, value: next });
  await changes.put({ generation: next, ids: ids === null ? null : [...ids] });
  return next;
}

/** Above this many patients written since the snapshot, the full read is as quick. */
export const MAX_PATCHED = 1000;

/**
 * The ids written after generation `from` up to `to`; null when the log cannot say (an
 * entry is missing, a write of possibly everything, or too many to be worth it).
 */
export async function writtenSince(
  changes: Table<ChangeRow, number>,
  from: number,
  to: number,
): Promise<Set<string> | null> {
  const rows = await changes.where('generation').between(from, to, false, true).toArray();
  if (rows.length !== to - from) return null;
  const ids = new Set<string>();
  for (const r of rows) {
    if (!Array.isArray(r.ids)) return null;
    for (const id of r.ids) ids.add(id);
    if (ids.size > MAX_PATCHED) return null;
  }
  return ids;
}

/** The header is of this day and engine build (its generation may be older). */
export function headerUsable(header: unknown, stamp: SnapshotStamp): header is SnapshotHeader {
  const h = header as Partial<SnapshotHeader> | undefined;
  return (
    !!h &&
    typeof h.generation === 'number' &&
    typeof h.count === 'number' &&
    h.date === stamp.date &&
    h.build === stamp.build
  );
}

/**
 * The snapshot's rows brought up to a later generation: rows of the patients written since
 * replaced (or added), rows of the ones gone dropped; null when the result does not hold as
 * many rows as the store holds patients (then the full read decides).
 */
export function patchedRows(
  rows: readonly WorklistRow[],
  written: readonly WorklistRow[],
  gone: readonly string[],
  count: number,
): WorklistRow[] | null {
  const replaced = new Map(written.map((r) => [r.id, r]));
  const dropped = new Set(gone);
  const out: WorklistRow[] = [];
  for (const r of rows) {
    if (dropped.has(r.id)) continue;
    const next = replaced.get(r.id);
    out.push(next ?? r);
    replaced.delete(r.id);
  }
  out.push(...replaced.values());
  return out.length === count ? out : null;
}

/** The header says the snapshot is of this generation, day and engine, and this many rows. */
export function headerMatches(
  header: unknown,
  generation: number,
  count: number,
  stamp: SnapshotStamp,
): header is SnapshotHeader {
  return headerUsable(header, stamp) && header.generation === generation && header.count === count;
}
