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

const TREATMENTS = ['recent-cervical-manipulation', 'recent-neck-massage'] as const;
const TREATMENT_WORDS: Readonly<Record<(typeof TREATMENTS)[number], RegExp>> = {
  'recent-cervical-manipulation': /\b(?:manipulat\w*|adjust\w*|crack\w*|chiro\w*)/i,
  'recent-neck-massage': /\bmassag\w*/i,
};
/** A time that places an event before the last 4 weeks. */
const PAST_TIME =
  /\b(?:years? ago|last year|(?:[2-9]|\d\d|two|three|four|five|six|several|many)\s+(?:months|years)\s+ago|(?:[5-9]|\d\d|five|six|seven|eight)\s+weeks\s+ago|as a (?:teenager|child))\b/i;
/** The treatment said to be past ("Previous neck manipulation", "h/o chiropractic care"). */
const PAST_LEAD =
  /\b(?:previous(?:ly)?|prior|history of|h\/o|hx of|in the past)\s+(?:[\w-]+\s+){0,2}?(?:manipulat|adjust|massag|chiro|crack)/i;
/** The treatment only wanted or planned ("now wants manipulation again", "for massage"). */
const PLANNED =
  /\b(?:wants?|wanting|wishes|requests?|requesting|requested|planned|planning|plan|considering|consider|for|before|prior to|pre|suitab\w*|clearance|cleared|fit|safe)\s+(?:[\w-]+\s+){0,3}?(?:manipulat|adjust|massag|chiro)/i;
/** Words of a new event: a time of the last days or weeks. */
const NEW_TIME =
  /\b(?:today|yesterday|this (?:week|morning)|last (?:week|night)|days? ago|\d\/7|[1-4]\/52|since)\b/i;
/**
 * Every sentence naming the treatment only plans it or places it before the last 4 weeks: an
 * earlier year ("manipulation 2015"), a past time, "previous"; none says it new ("3 days ago").
 */
function notRecent(reason: string, words: RegExp, on: string): boolean {
  const year = Number(on.slice(0, 4));
  const sentences = reason.split(/(?<=[.!?;])\s+/).filter((x) => words.test(x));
  return (
    sentences.length > 0 &&
    sentences.every((x) => {
      if (NEW_TIME.test(x)) return false;
      if (PLANNED.test(x) && !/\b(?:after|following|since)\b/i.test(x)) return true;
      const years = [...x.matchAll(/(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])/g)].map((m) =>
        Number(m[1]),
      );
      return (
        (years.length > 0 && years.every((y) => y < year)) || PAST_TIME.test(x) || PAST_LEAD.test(x)
      );
    })
  );
}

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
  // A manipulation or massage told as past ("manipulation 2015", "years ago", "previous") or
  // only planned ("now wants manipulation again") is not one of the last 4 weeks (§9).
  for (const id of TREATMENTS)
    if (found.has(id) && notRecent(reason, TREATMENT_WORDS[id], on)) found.delete(id);
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
