/**
 * Facts: one three-valued state per finding id (FS-1), combining the clinician's entries,
 * clinician-confirmed imaging findings and findings read from report text. Present wins
 * (FS-3); uncertain report findings stay unknown; disagreements are kept as conflicts.
 */
import { FINDING_IDS, findingLabel, isFindingId, type FindingId } from './finding-ids';
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
const CACHE_LIMIT = 2000;
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

export function buildFacts(c: CaseFile): Facts {
  const table = new Map<FindingId, Fact>();
  const conflicts: Conflict[] = [];
  const findings = c.findings ?? {};
  const imaging = c.imaging ?? [];
  const mentions = imaging.map(readCached);

  // Evidence per finding: who says present, absent, uncertain.
  interface Evidence {
    present: string[];
    absent: string[];
    uncertain: string[];
    onset?: string;
    entry: FactState;
  }
  const evidence = new Map<FindingId, Evidence>();
  const ev = (id: FindingId): Evidence => {
    let e = evidence.get(id);
    if (!e) {
      e = { present: [], absent: [], uncertain: [], entry: 'unknown' };
      evidence.set(id, e);
    }
    return e;
  };

  for (const key of Object.keys(findings)) {
    if (!isFindingId(key)) continue;
    const entry = entryOf(findings[key]);
    const e = ev(key);
    e.entry = entry.state;
    if (entry.onset) e.onset = entry.onset;
    if (entry.state === 'present') e.present.push('entry');
    if (entry.state === 'absent') e.absent.push('entry');
  }
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

  for (const [id, e] of evidence) {
    const label = findingLabel(id);
    let fact: Fact;
    if (e.present.length > 0) {
      fact = {
        state: 'present',
        uncertain: false,
        sources: e.present,
        ...(e.onset ? { onset: e.onset } : {}),
      };
      if (e.absent.length > 0) {
        conflicts.push({
          finding: id,
          rule: 'FS-3',
          source: 'FS',
          text: `${label}: present per ${e.present.join(', ')} but absent per ${e.absent.join(', ')}; counted as present.`,
        });
      }
    } else if (e.uncertain.length > 0) {
      fact = { state: 'unknown', uncertain: true, sources: e.uncertain };
      if (e.absent.length > 0) {
        conflicts.push({
          finding: id,
          rule: 'FS-3',
          source: 'FS',
          text: `${label}: uncertain per ${e.uncertain.join(', ')} but absent per ${e.absent.join(', ')}; counted as unknown until confirmed.`,
        });
      }
    } else if (e.absent.length > 0) {
      fact = { state: 'absent', uncertain: false, sources: e.absent };
    } else {
      fact = {
        state: 'unknown',
        uncertain: false,
        sources: [],
        ...(e.onset ? { onset: e.onset } : {}),
      };
    }
    table.set(id, fact);
  }

  return {
    get: (id) => table.get(id) ?? UNKNOWN,
    state: (id) => (table.get(id) ?? UNKNOWN).state,
    conflicts,
    mentions,
  };
}

export { FINDING_IDS };
