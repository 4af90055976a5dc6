/**
 * What a referral's free-text reason and a finding's `note` say (brief FS-1, FS-7, §8): the
 * findings the EHR-text
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
import { namesEarlierYear } from './fhir/letter-words';
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
  const found = new Set<FindingId>(findingsOfText({ text: reason }, on));
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
  for (const id of read) col.ev(id).present.push({ source, text: true });
  return read;
}

/** The words of the pain a note qualifies, and what its qualifiers can make of it (§9). */
const PAIN_WORDS: Readonly<Record<string, string>> = {
  headache: 'headache',
  'occipital-headache': 'headache',
  'neck-pain': 'neck pain',
};
const QUALIFIED: ReadonlySet<FindingId> = new Set([
  'sudden-severe-headache',
  'new-unusual-headache',
]);
/** A note saying its own finding is over ("resolved", "no longer"): its own id is not read. */
const OVER =
  /\b(?:resolved|settled|gone|no longer|subsided|cleared|recovered|stopped|previously|in the past|years ago|as a (?:child|teenager))\b/i;
/** …or places it in an earlier year ("once in 2019"), unless it says it goes on ("since"). */
function over(note: string, on: string): boolean {
  if (/\b(?:since|still|ongoing|now|yesterday|today|this (?:week|morning))\b/i.test(note))
    return false;
  return OVER.test(note) || namesEarlierYear(note, on);
}

/** The latest year before the day of assessment's year that the words name, if any. */
function latestYear(words: string, on: string): number | undefined {
  const now = Number(on.slice(0, 4));
  let latest: number | undefined;
  for (const m of words.matchAll(/(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])/g)) {
    const y = Number(m[0]);
    if (y < now && (latest === undefined || y > latest)) latest = y;
  }
  return latest;
}

/**
 * Adds what the notes on the intake's findings say ("dizziness": { "note": "started 2 days
 * after the chiropractor cracked her neck" }): read as a referral's reason is, present with
 * onset unknown (the entry's own onset dates a reading of its own finding, §8). A note on an
 * entry answered "no" that says its finding is over does not bring it back.
 */
export function notesEvidence(c: CaseFile, col: Collector): void {
  const findings = c.findings;
  if (typeof findings !== 'object' || findings === null) return;
  for (const key in findings) {
    if (!Object.prototype.hasOwnProperty.call(findings, key)) continue;
    const v = findings[key] as { present?: unknown; note?: unknown } | null | undefined;
    if (typeof v !== 'object' || v === null || typeof v.note !== 'string') continue;
    const read = [...referralReadings(v.note, c.assessedOn)];
    // A note on a headache or neck pain that says how it came or how it is ("sudden, worst
    // ever", "new, unlike anything before"): read with the pain it is a note on.
    const pain = v.present === false ? undefined : PAIN_WORDS[key];
    if (pain)
      for (const id of findingsOfText({ text: `${pain} ${v.note}` }, c.assessedOn))
        if (QUALIFIED.has(id)) read.push(id);
    for (const id of read) {
      if (id === key && v.present === false && over(v.note, c.assessedOn)) {
        // A dissection counts at any time in the history (§5): one the note says is over
        // ("CTA 2024: right VA dissection, healed") is still one, dated by the last day of the
        // latest year it names (the most recent it can be), else of unknown onset.
        if (id !== 'vertebral-artery-dissection') continue;
        const year = latestYear(v.note, c.assessedOn);
        col.ev(id).present.push({
          source: `findings.${key} note`,
          ...(year ? { onset: `${year}-12-31` } : {}),
        });
        continue;
      }
      col.ev(id).present.push({ source: `findings.${key} note` });
    }
  }
}
