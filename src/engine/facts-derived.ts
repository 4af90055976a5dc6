/**
 * Facts derived beyond the plain entries and readings: an entry's state and onset, a
 * current anticoagulant in the medication list, findings that are others by definition, and an
 * onset after the assessment date (read as unknown). Used by facts.ts.
 */
import { daysBetween } from './dates';
import { findingLabel, type FindingId } from './finding-ids';
import type { CaseFile, Conflict, FindingValue } from './model';
import { isAnticoagulant } from './rules/anticoagulant-names';
import type { Collector, FactState } from './facts';

export function entryOf(value: unknown): { state: FactState; onset?: string } {
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

/** An infection of this many days or fewer counts as current (an implied infection). */
export const CURRENT_INFECTION_DAYS = 365;

/** An anticoagulant stopped this many days before the assessment still counts (its effect). */
export const ANTICOAGULANT_AFTER_END_DAYS = 7;

/**
 * A current anticoagulant in the medication list (no end, or ended within the last week):
 * `anticoagulants` present, dated by its start (FS-3: an entry saying "no" is a conflict).
 */
export function medicationEvidence(c: CaseFile, col: Collector): void {
  (c.medications ?? []).forEach((m, i) => {
    if (typeof m?.name !== 'string' || !isAnticoagulant(m.name)) return;
    const since = m.end === undefined ? null : daysBetween(m.end, c.assessedOn);
    if (since !== null && since > ANTICOAGULANT_AFTER_END_DAYS) return;
    const source = `medications[${i}] (${m.name})`;
    col.ev('anticoagulants').present.push(m.start ? { source, onset: m.start } : { source });
  });
}

/**
 * Findings that are another by definition: spondylodiscitis and meningitis are infections (ART:
 * no massage with an infectious disease; a meningitis only while it may be current, its onset
 * unknown or within a year: one in childhood is no infection now, where a spondylodiscitis said present
 * may smoulder for months); recent neck trauma is a neck injury (ART: no
 * massage of an injured neck), dated by the trauma (undated: today, the most severe reading;
 * an older injury entered does not date it). Present or uncertain, the first makes the second
 * so too; an entry saying "no" to the second is then a conflict (FS-3).
 */
const IMPLIES: readonly (readonly [FindingId, FindingId, string, number | null])[] = [
  ['spondylodiscitis', 'infection', 'spondylodiscitis (an infection)', null],
  ['meningitis', 'infection', 'meningitis (an infection)', CURRENT_INFECTION_DAYS],
  ['recent-neck-trauma', 'neck-injury', 'recent neck trauma (a neck injury)', null],
];

export function impliedFindings(
  findings: CaseFile['findings'],
  col: Collector,
  on: string | undefined,
): void {
  for (const [from, to, source, within] of IMPLIES) {
    const read = col.byId.get(from);
    const entry = entryOf((findings ?? {})[from]);
    const entered = entry.state === 'present';
    if (!entered && !read) continue;
    const onsets = [
      ...(entered ? [entry.onset] : []),
      ...(read?.present ?? []).map((p) => p.onset),
    ];
    if (onsets.length > 0) {
      // The most recent reading decides (an undated one is the most recent).
      const undated = onsets.some((o) => o === undefined);
      const latest = undated ? undefined : onsets.reduce((a, b) => (a! > b! ? a : b));
      const days = within !== null && latest && on ? daysBetween(latest, on) : null;
      if (days !== null && days > within!) continue;
      // A neck injury by its trauma's day; an infection undated (the most severe reading).
      const onset = to === 'neck-injury' ? (latest ?? on) : undefined;
      col.ev(to).present.push(onset ? { source, onset } : { source });
    } else if ((read?.uncertain.length ?? 0) > 0) col.ev(to).uncertain.push(source);
  }
}

/**
 * An onset after the assessment date cannot be right: it counts as unknown (the most severe
 * reading, brief §8), and the entry is listed as inconsistent (FS-6).
 */
export function withoutFutureOnset(
  id: FindingId,
  raw: unknown,
  on: string,
  conflicts: Conflict[],
): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const onset = (raw as { onset?: unknown }).onset;
  if (typeof onset !== 'string' || !on || onset <= on) return raw;
  conflicts.push({
    finding: id,
    rule: 'FS-6',
    source: 'FS',
    text: `${findingLabel(id)}: onset ${onset} is after the assessment date ${on}; read as unknown onset.`,
  });
  return { ...(raw as Record<string, unknown>), onset: undefined };
}
