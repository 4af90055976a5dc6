import type { Table } from 'dexie';
import { todayIso } from '../../engine/dates';
import { ENGINE_BUILD } from '../../engine/engine-build';
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

/** One more committed write: call inside the write's transaction. */
export async function bumpGeneration(meta: Table<MetaRow, string>): Promise<number> {
  const next = (await generationOf(meta)) + 1;
  await meta.put({ key: GENERATION_KEY, value: next });
  return next;
}

/** The header says the snapshot is of this generation, day and engine, and this many rows. */
export function headerMatches(
  header: unknown,
  generation: number,
  count: number,
  stamp: SnapshotStamp,
): header is SnapshotHeader {
  const h = header as Partial<SnapshotHeader> | undefined;
  return (
    !!h &&
    h.generation === generation &&
    h.count === count &&
    h.date === stamp.date &&
    h.build === stamp.build
  );
}
