/**
 * What a referral's free-text reason says (brief FS-1, FS-7, §8): the findings the EHR-text
 * reader affirms in it ("Sudden worst-ever headache after chiropractic neck manipulation",
 * "dizziness, diplopia and dysarthria since yesterday") count as present with their onset
 * unknown, the most severe reading (§8 "FS-5 and onsets"); an onset the clinician entered
 * dates them. A question, a denial or a relative's history affirms nothing ("?VA dissection",
 * "denies diplopia", "FH stroke"). A neck injury or its mechanism told as new ("neck pain after
 * RTC 3 days ago") is recent neck trauma. Text only adds: nothing read here makes a finding
 * absent, and an intake "no" for a finding the reason names is listed as a conflict (FS-3).
 * Plain TypeScript, no Angular.
 */
import type { Collector } from './facts';
import { findingsOfText } from './fhir/finding-text';
import { mechanismToNeck, olderInjury, saysNewInjury } from './fhir/from-fhir-injury';
import { ASSESSMENT_IDS, BENIGN_DIZZINESS_IDS, type FindingId } from './finding-ids';
import type { CaseFile } from './model';

/**
 * Ids the reason may not answer (as a session may not, facts.ts): a documented normal
 * assessment and a benign cause of dizziness would lift a hold, and text only adds (FS-7).
 */
const NOT_BY_TEXT: ReadonlySet<FindingId> = new Set([...ASSESSMENT_IDS, ...BENIGN_DIZZINESS_IDS]);

/** Readings per reason text and day (the app re-assesses on every keystroke elsewhere). */
const memo = new Map<string, readonly FindingId[]>();
const MEMO_LIMIT = 5_000;
const NON_BLANK = /\S/;

/** Where a referral reading comes from, as a fact's source ("referral (2026-11-01) reason"). */
export const referralSource = (date: string | undefined): string =>
  `referral${date ? ` (${date})` : ''} reason`;

/**
 * The findings a referral's reason affirms, as of `on` (the assessment's day: a year in the
 * words older than its year is not new). Empty for a blank or absent reason.
 */
export function referralReadings(reason: unknown, on: string): readonly FindingId[] {
  if (typeof reason !== 'string' || !NON_BLANK.test(reason)) return [];
  const key = `${on}\u0000${reason}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const found = new Set<FindingId>(findingsOfText({ text: reason }));
  // An injury to the neck told as new, or a mechanism to the neck with a time of the last
  // weeks; not one placed in the history or an earlier year ("whiplash 2015").
  const injured = found.has('neck-injury') && saysNewInjury(reason, on);
  if ((injured || mechanismToNeck(reason, on)) && !olderInjury(reason, on))
    found.add('recent-neck-trauma');
  const out = Object.freeze([...found].filter((id) => !NOT_BY_TEXT.has(id)));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, out);
  return out;
}

/** Adds the referral reason's readings to the evidence (present, onset unknown); returns them. */
export function referralEvidence(c: CaseFile, col: Collector): readonly FindingId[] {
  const referral = c.referral;
  if (typeof referral !== 'object' || referral === null) return [];
  const read = referralReadings(referral.reason, c.assessedOn);
  if (read.length === 0) return read;
  const source = referralSource(typeof referral.date === 'string' ? referral.date : undefined);
  for (const id of read) col.ev(id).present.push({ source });
  return read;
}
