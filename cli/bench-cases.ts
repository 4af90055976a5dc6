/**
 * The bench's synthetic cases (deterministic): mixed richness, imaging text from the reader
 * corpus made case-specific, up to 40 sessions. Shared by `npm run bench`, `npm run
 * bench:cli` and the old-versus-new differential check (`npm run engine:diff`).
 */
import {
  addDays,
  allAnsweredNo,
  FINDING_IDS,
  type CaseFile,
  type TreatmentSession,
} from '../src/engine';
import { REPORT_CORPUS } from '../src/engine/reader/report-corpus';

export const BENCH_TODAY = '2026-11-20';
const TODAY = BENCH_TODAY;

/** Deterministic pseudo-random numbers (mulberry32) so runs compare. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Richness {
  /** Sessions: a fixed count, or up to 40 at random. */
  sessions?: number;
  /** Imaging reports: a fixed count, or up to 3 at random. */
  reports?: number;
}

export function generateCase(i: number, r: () => number, rich: Richness = {}): CaseFile {
  const findings: CaseFile['findings'] = r() < 0.5 ? allAnsweredNo() : {};
  const changes = Math.floor(r() * 10);
  for (let k = 0; k < changes; k++) {
    const id = FINDING_IDS[Math.floor(r() * FINDING_IDS.length)]!;
    findings[id] =
      r() < 0.6
        ? true
        : r() < 0.5
          ? { present: true, onset: addDays(TODAY, -Math.floor(r() * 400)) }
          : null;
  }
  const imaging = Array.from({ length: rich.reports ?? Math.floor(r() * 4) }, (_, k) => {
    const e = REPORT_CORPUS[Math.floor(r() * REPORT_CORPUS.length)]!;
    const e2 = REPORT_CORPUS[Math.floor(r() * REPORT_CORPUS.length)]!;
    // Case-specific text so the reader's memo does not hide its cost.
    return {
      modality: e.modality,
      region: e.region,
      date: addDays(TODAY, -k * 7),
      report: `${e.text} ${e2.text} Case ${i}.`,
    };
  });
  const count = rich.sessions ?? Math.floor(r() * 41);
  const sessions: TreatmentSession[] = Array.from({ length: count }, (_, k) => ({
    date: addDays(TODAY, -90 + k),
    modality: 'collar-zone-massage',
    painBefore: Math.floor(r() * 11),
    painAfter: Math.floor(r() * 11),
    dizziness: Math.floor(r() * 4),
    headache: Math.floor(r() * 6),
    painHours: Math.floor(r() * 60),
    rednessHours: Math.floor(r() * 30),
    swelling: r() < 0.05,
    painWorseWithMovement: r() < 0.05,
    analgesicsIneffective: r() < 0.05,
    newSymptoms: [],
  }));
  return {
    format: 'vas-case/1',
    id: `bench-${i}`,
    assessedOn: TODAY,
    patient: { birthDate: `${1940 + Math.floor(r() * 70)}-03-15` },
    findings,
    imaging,
    sessions,
    medications:
      r() < 0.3 ? [{ name: 'ibuprofen', form: 'tablet', start: addDays(TODAY, -10) }] : [],
  };
}

/** N bench cases from one seed: the same content on every call (new objects each time). */
export function benchCases(n: number, seed = 42, rich: Richness = {}): CaseFile[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => generateCase(i, r, rich));
}
