/**
 * Facts: one three-valued state per finding id (FS-1), combining the clinician's entries,
 * clinician decisions on imaging (confirmed present / confirmed absent / rejected), report
 * text, the referral's reason and the session log. Present wins (FS-3). Text only warns (FS-7): a machine reading
 * makes a finding present or unknown, never absent. A negative provocation test counts as
 * not done (FS-4). Each present finding keeps the onsets of its readings (brief §8).
 */
import {
  ASSESSMENT_IDS,
  BENIGN_DIZZINESS_IDS,
  FINDING_IDS,
  findingLabel,
  type FindingId,
} from './finding-ids';
import type { CaseFile, Conflict } from './model';
import type { Mention } from './reader/report-reader';
import { imagingEvidence, PROVOCATION_TEST, readCached, studyRead } from './facts-imaging';
export { PROVOCATION_TEST, REPORT_ONSET_DAYS } from './facts-imaging';
import { notesEvidence, referralEvidence } from './facts-referral';
import { entryOf, impliedFindings, medicationEvidence, withoutFutureOnset } from './facts-derived';
import { analyseSessions, type SessionAnalysis, type SessionReading } from './sessions';

export type FactState = 'present' | 'absent' | 'unknown';

export interface Fact {
  state: FactState;
  /** Onset of a present finding: the most recent of its readings; undefined = unknown. */
  onset?: string;
  /** A report called it possible / suspected: it can never count as absent. */
  uncertain: boolean;
  /** Where the state came from: "entry", "imaging[1] (doppler, 2026-11-02) report". */
  sources: string[];
  /** Onsets of its dated present readings (a clinician's onset dates the undated ones). */
  dates?: string[];
  /** Some present reading has no date (and no clinician onset dates it). */
  undated?: boolean;
  /** Present only by machine-read text (no entry, confirmation or session says so): still unanswered for holds. */
  byText?: boolean;
}

/** A reading in imaging that raises urgency by itself (brief §9 "Acute imaging"). */
export interface AcuteImaging {
  study: number;
  date?: string;
  what: 'acute-stroke' | 'occlusion' | 'dissection';
}

export interface Facts {
  get(id: FindingId): Fact;
  state(id: FindingId): FactState;
  readonly conflicts: Conflict[];
  /** Report mentions per imaging study, in the order of `imaging`. */
  readonly mentions: Mention[][];
  /**
   * Per imaging study: false when its report was not machine-read, or when the study gives
   * nothing (no report text, no confirmed findings, no confirmed absent ones) (FS-8).
   */
  readonly machineRead: boolean[];
  readonly acuteImaging: AcuteImaging[];
  /** What the referral's reason was read to say (each counted present, FS-7). */
  readonly referral: readonly FindingId[];
  readonly sessions: SessionAnalysis;
  /**
   * What assess last derived from these facts (its memo, kept on the facts rather than in a
   * WeakMap that every new case would grow); opaque here.
   */
  derived: unknown;
}

const NOTHING: readonly FindingId[] = Object.freeze([]);
const UNKNOWN: Fact = Object.freeze({ state: 'unknown', uncertain: false, sources: [] }) as Fact;
const ENTRY: readonly string[] = Object.freeze(['entry']);
/** Shared facts of plain true / false entries: no allocation per finding on the hot path. */
const PRESENT: Fact = Object.freeze({
  state: 'present',
  uncertain: false,
  sources: ENTRY as string[],
  undated: true,
}) as Fact;
const ABSENT: Fact = Object.freeze({
  state: 'absent',
  uncertain: false,
  sources: ENTRY as string[],
}) as Fact;

/** Every reading of one finding beyond a plain entry. */
interface Evidence {
  present: { source: string; onset?: string; text?: boolean }[];
  absent: string[];
  uncertain: string[];
}

const NO_EVIDENCE: Evidence = Object.freeze({
  present: Object.freeze([]) as unknown as Evidence['present'],
  absent: Object.freeze([]) as unknown as string[],
  uncertain: Object.freeze([]) as unknown as string[],
});

export class Collector {
  readonly byId = new Map<FindingId, Evidence>();
  ev(id: FindingId): Evidence {
    let e = this.byId.get(id);
    if (!e) this.byId.set(id, (e = { present: [], absent: [], uncertain: [] }));
    return e;
  }
}

const isNegative = (v: unknown): boolean =>
  v === false ||
  (typeof v === 'object' && v !== null && (v as { present?: unknown }).present === false);

/** The readings a session log gives, built once per log. */
const sessionReadings = (a: SessionAnalysis): SessionReading[] =>
  (a.readings ??= a.events.map((e) => ({
    finding: e.finding,
    source: `sessions[${e.at.original}] (${e.at.session.date})`,
    onset: e.at.session.date,
  })));

/**
 * Ids a session may not answer: a documented assessment is entered by the clinician (§9), and
 * a benign cause of dizziness is a diagnosis, not a symptom that appeared (either would lift a
 * hold). Logged in `newSymptoms` they still count for the course, not as findings.
 */
const NOT_BY_SESSION: ReadonlySet<FindingId> = new Set([
  ...ASSESSMENT_IDS,
  ...BENIGN_DIZZINESS_IDS,
]);

function sessionEvidence(a: SessionAnalysis, col: Collector): void {
  for (const r of sessionReadings(a))
    if (!NOT_BY_SESSION.has(r.finding)) col.ev(r.finding).present.push(r);
}

/** Merge an entry with the other readings of one finding (FS-3, FS-7, brief §8). */
function merge(id: FindingId, raw: unknown, e: Evidence, conflicts: Conflict[]): Fact {
  const entry = entryOf(raw);
  const absent = entry.state === 'absent' ? ['entry', ...e.absent] : e.absent;
  if (entry.state === 'present' || e.present.length > 0) {
    const sources = entry.state === 'present' ? ['entry'] : [];
    const dates: string[] = [];
    let undated = entry.state === 'present' && !entry.onset;
    if (entry.onset && entry.state === 'present') dates.push(entry.onset);
    for (const p of e.present) {
      sources.push(p.source);
      if (p.onset) dates.push(p.onset);
      else if (entry.onset) dates.push(entry.onset);
      else undated = true;
    }
    const fact: Fact = { state: 'present', uncertain: false, sources, dates, undated };
    if (!undated && dates.length > 0) fact.onset = dates.reduce((x, y) => (y > x ? y : x));
    // (Present by text alone for an entry left unanswered: still unanswered for the holds, FS-7.)
    if (entry.state === 'unknown' && e.present.every((p) => p.text === true)) fact.byText = true;
    if (absent.length > 0) {
      conflicts.push({
        finding: id,
        rule: 'FS-3',
        source: 'FS',
        text: `${findingLabel(id)}: present per ${sources.join(', ')} but absent per ${absent.join(', ')}; counted as present.`,
      });
    }
    return fact;
  }
  if (e.uncertain.length > 0) {
    if (absent.length > 0) {
      conflicts.push({
        finding: id,
        rule: 'FS-3',
        source: 'FS',
        text: `${findingLabel(id)}: uncertain per ${e.uncertain.join(', ')} but absent per ${absent.join(', ')}; counted as unknown until a clinician decides.`,
      });
    }
    return { state: 'unknown', uncertain: true, sources: e.uncertain };
  }
  if (absent.length > 0) return { state: 'absent', uncertain: false, sources: absent };
  return entry.onset
    ? { state: 'unknown', uncertain: false, sources: [], onset: entry.onset }
    : UNKNOWN;
}

/** Each finding id's place in the fact table. */
const INDEX: ReadonlyMap<string, number> = new Map(FINDING_IDS.map((id, i) => [id, i]));

/** One fact per finding id, in a fixed-size array (no map grown per case). */
class FactTable {
  private readonly facts: (Fact | undefined)[] = new Array<Fact | undefined>(
    FINDING_IDS.length,
  ).fill(undefined);
  get(id: string): Fact | undefined {
    const i = INDEX.get(id);
    return i === undefined ? undefined : this.facts[i];
  }
  set(i: number, fact: Fact | undefined): void {
    this.facts[i] = fact;
  }
  at(i: number): Fact | undefined {
    return this.facts[i];
  }
}

/** FS-6: notes on conflicts between sources and inconsistent entries. */
function notes(table: FactTable, conflicts: Conflict[]): void {
  const state = (id: FindingId): FactState => (table.get(id) ?? UNKNOWN).state;
  if (state('headache') === 'absent' && state('occipital-headache') === 'present') {
    conflicts.push({
      finding: 'headache',
      rule: 'FS-6',
      source: 'FS',
      text: 'Headache: recorded as no, but occipital headache as yes; inconsistent entries — the headache counts as present.',
    });
  }
  if (state('multiple-sclerosis') === 'present') {
    conflicts.push({
      finding: 'multiple-sclerosis',
      rule: 'FS-6',
      source: 'ART',
      text: 'Multiple sclerosis: ART says its dizziness does not block massage; some lists call MS a contraindication. Sources disagree: treated as a caution.',
    });
  }
  if (state('malignancy-history') === 'present') {
    conflicts.push({
      finding: 'malignancy-history',
      rule: 'FS-6',
      source: 'IF',
      text: 'History of cancer: IF lists it as a precaution, ART treats malignancy as a contraindication. Sources disagree: caution; confirm the cancer is not active.',
    });
  }
}

/**
 * Memo on the session log's analysis (one per log, itself memoised per sessions array): the
 * app re-assesses a case whose findings, imaging, referral reason and date did not change (a
 * note, the referral's priority, a re-render); edits make new objects, never change one in place.
 */
export function buildFacts(c: CaseFile, sessions?: SessionAnalysis): Facts {
  const analysis = sessions ?? analyseSessions(c.sessions ?? []);
  const findings = c.findings;
  if (typeof findings !== 'object' || findings === null) return computeFacts(c, analysis);
  const hit = analysis.facts;
  if (
    hit &&
    hit.findings === findings &&
    hit.imaging === c.imaging &&
    hit.medications === c.medications &&
    hit.reason === c.referral?.reason &&
    hit.referredOn === c.referral?.date &&
    hit.on === c.assessedOn
  )
    return hit.facts;
  const facts = computeFacts(c, analysis);
  analysis.facts = {
    findings,
    imaging: c.imaging,
    medications: c.medications,
    reason: c.referral?.reason,
    referredOn: c.referral?.date,
    on: c.assessedOn,
    facts,
  };
  return facts;
}

function computeFacts(c: CaseFile, analysis: SessionAnalysis): Facts {
  const table = new FactTable();
  const conflicts: Conflict[] = [];
  const findings = c.findings ?? {};
  const imaging = c.imaging ?? [];
  const read = imaging.map(readCached);
  const acute: AcuteImaging[] = [];
  const col = new Collector();
  if (imaging.length > 0) imagingEvidence(c, read, col, conflicts, acute);
  if (analysis.events.length > 0) sessionEvidence(analysis, col);
  if (c.medications?.length) medicationEvidence(c, col);
  const referral = c.referral ? referralEvidence(c, col) : NOTHING;
  notesEvidence(c, col);
  impliedFindings(findings, col, c.assessedOn);

  // The clinician's entries first: the common case, with nothing else to merge.
  for (const key in findings) {
    if (!Object.prototype.hasOwnProperty.call(findings, key)) continue;
    const i = INDEX.get(key);
    if (i === undefined) continue;
    const id = key as FindingId;
    // FS-4: a negative provocation test counts exactly as a test not done.
    const entered = id === PROVOCATION_TEST && isNegative(findings[id]) ? undefined : findings[id];
    const raw = withoutFutureOnset(id, entered, c.assessedOn, conflicts);
    const e = col.byId.get(id);
    if (e === undefined && (raw === true || raw === false)) {
      table.set(i, raw ? PRESENT : ABSENT);
      continue;
    }
    table.set(i, merge(id, raw, e ?? NO_EVIDENCE, conflicts));
  }
  for (const [id, e] of col.byId) {
    const i = INDEX.get(id);
    if (i !== undefined && table.at(i) === undefined)
      table.set(i, merge(id, undefined, e, conflicts));
  }

  const rotation = INDEX.get(PROVOCATION_TEST)!;
  const r = table.at(rotation);
  if (r && r.state !== 'present') table.set(rotation, undefined);
  notes(table, conflicts);
  return {
    get: (id) => table.get(id) ?? UNKNOWN,
    state: (id) => (table.get(id) ?? UNKNOWN).state,
    conflicts,
    mentions: read.map((r) => r.mentions),
    machineRead: read.map((r, i) => studyRead(imaging[i]!, r)),
    acuteImaging: acute,
    referral,
    sessions: analysis,
    derived: undefined,
  };
}
