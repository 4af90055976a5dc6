/**
 * Facts: one three-valued state per finding id (FS-1), combining the clinician's entries,
 * clinician-confirmed imaging findings and findings read from report text. Present wins
 * (FS-3); uncertain report findings stay unknown; disagreements are kept as conflicts.
 */
import { findingLabel, isFindingId, type FindingId } from './finding-ids';
import type { CaseFile, Conflict, FindingValue, ImagingStudy } from './model';
import { readReport, summariseMentions, type Mention } from './reader/report-reader';

export type FactState = 'present' | 'absent' | 'unknown';

export interface Fact {
  state: FactState;
  onset?: string;
  /** A report called it possible / suspected: it can never count as absent. */
  uncertain: boolean;
  /** Where the state came from: "entry", "imaging[1] (doppler, 2026-11-02)". */
  sources: string[];
}

export interface Facts {
  get(id: FindingId): Fact;
  state(id: FindingId): FactState;
  readonly conflicts: Conflict[];
  /** Report mentions per imaging study, in the order of `imaging`. */
  readonly mentions: Mention[][];
}

const UNKNOWN: Fact = Object.freeze({ state: 'unknown', uncertain: false, sources: [] }) as Fact;

function entryOf(value: unknown): { state: FactState; onset?: string } {
  if (value === true) return { state: 'present' };
  if (value === false) return { state: 'absent' };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Exclude<FindingValue, boolean | null>;
    const state: FactState =
      v.present === true ? 'present' : v.present === false ? 'absent' : 'unknown';
    return typeof v.onset === 'string' ? { state, onset: v.onset } : { state };
  }
  return { state: 'unknown' };
}

const studyName = (s: ImagingStudy, i: number): string =>
  `imaging[${i}] (${s.modality}${s.date ? `, ${s.date}` : ''})`;

/** Memo of report readings: the UI re-assesses on every keystroke with the same reports. */
const readingCache = new Map<string, Mention[]>();
const CACHE_LIMIT = 20_000;
function readCached(study: ImagingStudy): Mention[] {
  const text = study.report ?? '';
  if (text.trim() === '') return [];
  const key = `${study.modality}|${study.region}|${text}`;
  let hit = readingCache.get(key);
  if (!hit) {
    hit = readReport(text, { modality: study.modality, region: study.region });
    if (readingCache.size >= CACHE_LIMIT) readingCache.clear();
    readingCache.set(key, hit);
  }
  return hit;
}

const ENTRY: readonly string[] = Object.freeze(['entry']);
/** Shared facts of plain true / false entries: no allocation per finding on the hot path. */
const PRESENT: Fact = Object.freeze({
  state: 'present',
  uncertain: false,
  sources: ENTRY as string[],
}) as Fact;
const ABSENT: Fact = Object.freeze({
  state: 'absent',
  uncertain: false,
  sources: ENTRY as string[],
}) as Fact;

interface ImagingEvidence {
  present: string[];
  absent: string[];
  uncertain: string[];
}

/** Evidence from imaging: clinician-confirmed findings and the report text, per finding. */
function imagingEvidence(
  imaging: readonly ImagingStudy[],
  mentions: Mention[][],
): Map<FindingId, ImagingEvidence> {
  const out = new Map<FindingId, ImagingEvidence>();
  const ev = (id: FindingId): ImagingEvidence => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { present: [], absent: [], uncertain: [] }));
    return e;
  };
  imaging.forEach((study, i) => {
    const name = studyName(study, i);
    const rejected = new Set(study.rejectedFindings ?? []);
    for (const id of study.findings ?? []) ev(id).present.push(`${name}, confirmed`);
    for (const [id, status] of summariseMentions(mentions[i] ?? [])) {
      if (rejected.has(id)) continue;
      const e = ev(id);
      if (status === 'affirmed') e.present.push(`${name} report`);
      else if (status === 'negated') e.absent.push(`${name} report`);
      else e.uncertain.push(`${name} report`);
    }
  });
  return out;
}

export function buildFacts(c: CaseFile): Facts {
  const table = new Map<FindingId, Fact>();
  const conflicts: Conflict[] = [];
  const findings = c.findings ?? {};
  const imaging = c.imaging ?? [];
  const mentions = imaging.map(readCached);

  // The clinician's entries first: the common case, with no imaging to merge.
  for (const key in findings) {
    if (!Object.prototype.hasOwnProperty.call(findings, key) || !isFindingId(key)) continue;
    const raw = findings[key];
    if (raw === true || raw === false) {
      table.set(key, raw ? PRESENT : ABSENT);
      continue;
    }
    const entry = entryOf(raw);
    const fact: Fact = {
      state: entry.state,
      uncertain: false,
      sources: entry.state === 'unknown' ? [] : (ENTRY as string[]),
    };
    if (entry.onset) fact.onset = entry.onset;
    table.set(key, fact);
  }
  if (imaging.length === 0) return facts(table, conflicts, mentions);

  // Then imaging: present wins (FS-3), uncertain stays unknown, conflicts are reported.
  for (const [id, img] of imagingEvidence(imaging, mentions)) {
    const entry = table.get(id);
    const present = entry?.state === 'present' ? ['entry', ...img.present] : img.present;
    const absent = entry?.state === 'absent' ? ['entry', ...img.absent] : img.absent;
    const onset = entry?.onset;
    let fact: Fact;
    if (present.length > 0) {
      fact = { state: 'present', uncertain: false, sources: present };
      if (onset) fact.onset = onset;
      if (absent.length > 0) {
        conflicts.push({
          finding: id,
          rule: 'FS-3',
          source: 'FS',
          text: `${findingLabel(id)}: present per ${present.join(', ')} but absent per ${absent.join(', ')}; counted as present.`,
        });
      }
    } else if (img.uncertain.length > 0) {
      fact = { state: 'unknown', uncertain: true, sources: img.uncertain };
      if (absent.length > 0) {
        conflicts.push({
          finding: id,
          rule: 'FS-3',
          source: 'FS',
          text: `${findingLabel(id)}: uncertain per ${img.uncertain.join(', ')} but absent per ${absent.join(', ')}; counted as unknown until confirmed.`,
        });
      }
    } else if (absent.length > 0) {
      fact = { state: 'absent', uncertain: false, sources: absent };
    } else continue;
    table.set(id, fact);
  }
  return facts(table, conflicts, mentions);
}

function facts(table: Map<FindingId, Fact>, conflicts: Conflict[], mentions: Mention[][]): Facts {
  return {
    get: (id) => table.get(id) ?? UNKNOWN,
    state: (id) => (table.get(id) ?? UNKNOWN).state,
    conflicts,
    mentions,
  };
}
