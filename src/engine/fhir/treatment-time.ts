/**
 * Whether words that name a neck manipulation or massage tell of one of the last 4 weeks
 * (§9: `recent-cervical-manipulation`, `recent-neck-massage`): not when every sentence naming
 * it only plans it ("now wants manipulation again", "awaiting chiropractic adjustment") or
 * places it before then ("manipulation 2015", "chiro adjustments 2015-2016", "2 years ago",
 * "Previous neck manipulation"); a time of the last days or weeks keeps it ("2 wks ago",
 * "on Saturday"). Plain TypeScript, no Angular.
 */
import { daysBetween } from '../dates';
import type { FindingId } from '../finding-ids';

export const TREATMENTS = ['recent-cervical-manipulation', 'recent-neck-massage'] as const;
/**
 * The stems of the treatments' words, one list used by every pattern below (each pattern had
 * its own copy, a little different): the acts of a manipulation ("manipulated", "adjustment",
 * "cracked", "HVLA", "thrust"), its practitioner ("chiro": a time beside a chiropractor may be
 * of a call or a question, not of a treatment), a massage.
 */
const ACT_STEM = 'manip|adj|crack|hvla|thrust';
const MANIP_STEM = `chiro|${ACT_STEM}`;
const MASSAGE_STEM = 'massag';
const STEM = `${MANIP_STEM}|${MASSAGE_STEM}`;
const WORDS: Readonly<Record<(typeof TREATMENTS)[number], RegExp>> = {
  'recent-cervical-manipulation': /\b(?:manip\w*|adj(?:ust\w*)?|crack\w*|chiro\w*|hvla|thrust)\b/i,
  'recent-neck-massage': /\bmassag\w*/i,
};
/** The last 4 weeks (§9). */
const RECENT_DAYS = 28;
/** A time that places an event before the last 4 weeks. */
const PAST_TIME =
  /\b(?:years? ago|last year|(?:[2-9]|1[0-2])\/12\s*ago|(?:[5-9]|\d\d)\/52\s*ago|(?:[2-9]|\d\d|two|three|four|five|six|several|many)\s+(?:months|years)\s+ago|(?:[5-9]|\d\d|five|six|seven|eight)\s+(?:weeks|wks)\s+ago|as a (?:teenager|child))\b/i;
/** The treatment said to be past ("Previous neck manipulation", "h/o chiropractic care"). */
const PAST_LEAD = new RegExp(
  String.raw`\b(?:previous(?:ly)?|history of|h\/o|hx of|in the past)\s+(?:[\w-]+\s+){0,2}?(?:${STEM})`,
  'i',
);
/** The treatment only wanted or planned ("now wants manipulation again", "booked for massage"). */
const PLANNED = new RegExp(
  String.raw`\b(?:whether|discussed|(?:for|gave|given) advice|advice only|to book|will (?:have|need|get|undergo|start)|wants?|wanting|wishes|requests?|requesting|requested|planned|planning|plan|considering|consider|before|prior to|pre|suitab\w*|clearance|cleared|fit|safe|awaiting|booked|scheduled|due (?:for|on)|referred for|(?:suitable|here|asks?|asking) for|next|would like|wishes to have|hoping for|recommended|recommend|prescribed|keen (?:on|for)|(?:anxious|worried|nervous|scared|afraid|fearful) (?:about|of)|fear of|due to (?:have|start|begin|see|attend)|going to (?:have|see)|to (?:have|start) (?:her|his|a|the)?\s*(?:first )?)(?::|\s)\s*(?:(?:a |the )?course of\s+)?(?:[\w-]+\s+){0,3}?(?:${STEM}|click)|\b(?:${STEM})\w*\s+(?:(?!(?:and|then|but)\s(?!(?:the\s+)?(?:neck|back|shoulders?|head|face)\b))(?!(?:with|ago|yesterday|today|last|on|since|so|despite|mri|ct|cta|scan|imaging|referral|review|appointment|admission|x-?ray|bloods)\b)[\w-]+\s+){0,6}?(?:booked|planned|scheduled|arranged|pending|requested|discussed|offered|recommended|suggested|considered)\b|\b(?:cancell?ed|called off|did not (?:go|attend)|didn't (?:go|attend))\b|^\s*(?:for|requests?|requesting)\s+(?:[\w-]+\s+){0,4}?(?:${STEM})|\brisks?\b[^.;]{0,80}\b(?:${STEM})|\b(?:please )?arrange (?!for\b)(?:a |an |the )?(?:course of )?(?:[\w-]+\s+){0,2}?(?:${STEM})|\b(?:${STEM})\w*[^.;,()]{0,40}\b(?:prescribed|recommended)\b(?!\s+by\b)|\b(?:${STEM})\w*[^.;]{0,40}\bplease\b(?!\s+(?:see|review|assess|advise|examine|call|ring|contact|urgently|could|would|can|will|kindly|arrange (?:a |an )?(?:review|scan|mri|ct|cta|appointment)))`,
  'i',
);
/**
 * The treatment itself not given ("… by chiropractor declined by patient", "refused neck
 * manipulation"), in its own clause (not "…, thrombolysis contraindicated"), unless a time of
 * the last days says it was ("yesterday, declined a second session").
 */
/** The treatment itself not given: its own words refused, declined, not indicated. */
const notGiven = (T: string): RegExp =>
  new RegExp(
    String.raw`\b(?:${T})\w*(?:(?!\b(?:and|then|but|followed|so|now|after|although|though|while|whereas|with|despite|having|retrospect|hindsight)\b(?!\s+(?:the\s+)?(?:neck|back|shoulders?|head|face)\b))(?!(?<!\b(?:without|prior|pending|before|after)\s+(?:[\w-]+\s+){0,2})\b(?:thrombolysis|cta|ct|mri|imaging|surgery|anticoagulation|x-?ray|scan|referral)\b)[^,.;]){0,50}?\b(?<!\b(?:further|follow-?up|next|second|another|more|repeat)\s+(?:\w+\s+)?)(?:declined|refused|contraindicated|deferred|postponed|withheld|advised against|inappropriate|unsuitable|not (?:performed|done|given|carried out|indicated|appropriate|suitable))\b(?!\s+(?:with|in)\s+(?:hindsight|retrospect))(?!\s+(?:a\s+|the\s+|any\s+)?(?:further|follow-?up|next|second|another|more|repeat|admission|ct|mri|imaging|analgesia|thrombolysis|paracetamol|aspirin|tpa|surgery|collar|treatment|sessions?)\b)|\b(?:${T})\w*[^.;]{0,40}?,\s*(?:which|but)\s+(?:she|he|they|the patient|patient)\s+(?:declined|refused)\b|\b(?:declined|refused|deferred|postponed|withheld|advised against|avoid(?:s|ed|ing)?)\s+(?:[\w-]+\s+|self-){0,4}?(?:${T})`,
    'i',
  );
const NOT_GIVEN_OF: Readonly<Record<(typeof TREATMENTS)[number], RegExp>> = {
  'recent-cervical-manipulation': notGiven(MANIP_STEM),
  'recent-neck-massage': notGiven(MASSAGE_STEM),
};
/**
 * The treatment itself called off, as the subject of its cancellation with nothing but its
 * own words between ("Neck manipulation 2 days ago was cancelled", "Neck massage on 18/11 did
 * not go ahead"; not "…, physio appointment called off", "… was not cancelled").
 */
const CANCELLED_AFTER = String.raw`(?:\s+(?!(?:and|but|so|hence|then|while|not|never)\b)[\w'/]+){0,6}?\s+(?:(?:was|were|is|has been|had been|got)\s+)?(?:cancell?ed|called off)|(?:\s+(?!(?:and|but|so|hence|then|while)\b)[\w'/]+){0,6}?\s+(?:did not|didn't|never) (?:go ahead|take place|happen)`;
const CANCELLED: Readonly<Record<(typeof TREATMENTS)[number], RegExp>> = {
  'recent-cervical-manipulation': new RegExp(
    String.raw`\b(?:${ACT_STEM})\w*${CANCELLED_AFTER}\b`,
    'i',
  ),
  'recent-neck-massage': new RegExp(String.raw`\b(?:${MASSAGE_STEM})\w*${CANCELLED_AFTER}\b`, 'i'),
};
/** Words that tell the treatment was given ("Attended chiropractor for manipulation; afterwards dizzy"). */
const GIVEN = new RegExp(
  String.raw`\b(?:after|following|since|due to(?! (?:have|start|begin|see|attend))|caused by|post|had(?! (?:planned|booked|arranged))|has had|attended|underwent|received)\s+(?:[\w-]+\s+){0,3}?(?:${STEM})|\b(?:${STEM})\w*[^.;]{0,40}\b(?<!\bnot )(?:afterwards|since then|ever since|performed|done|carried out|given)\b|\b(?:went|had it|went ahead|carried on) (?:anyway|regardless|nonetheless|nevertheless)\b|\b(?:anyway|regardless)\b(?=[^.;]{0,20}$)|\b(?:after|since|following)\s+(?:yesterday's|last\s+\w+'s)\s+(?:[\w-]+\s+)?(?:session|treatment|appointment)|\b(?:which|that)\s+(?:she|he|they|the patient)\s+(?:accepted|had|received|underwent|agreed to)\b(?![^.;]*\b(?:refused|declined|cancell?ed|called off|did not|didn't|booked|postponed|scheduled|planned)\b)|\b(?:the\s+)?(?:chiropractor|osteopath|therapist|physio)\s+(?:manipulated|adjusted|massaged|cracked)\b`,
  'i',
);
/** Words of a new event: a time of the last days or weeks. */
const NEW_TIME =
  /\b(?:today|tonight|yesterday|this (?:week|morning|afternoon|evening)|last (?:week|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?<!\bnext )(?:on|at the) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|days? ago|(?:[1-4]|a|one|two|three|four)\s+(?:wks?|weeks?)\s+ago|\d\/7(?: ago)?|[1-4]\/52 ago|since (?:yesterday|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend))\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_DATE =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/gi;
/** A day written as numbers with its year ("20/12/2025"). */
const NUMERIC_DATE = new RegExp(
  String.raw`(?<!\b(?:dated|letter|written|received|reviewed|review|seen|typed|dictated|clinic|appointment|visit|gp)\b(?:(?!${STEM})[^\d.;]){0,20})(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])`,
  'g',
);
const ANY_NUMERIC_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g;
const YEAR =
  /(?<![\d/.-])(?:(early|mid|late)[- ])?((?:19|20)\d\d)(?:\s*(?:[-\u2013]|to|until|till)\s*(?:((?:19|20)\d\d)|(present|date|now|current|ongoing)))?(?!\d|[/.-]\d)/gi;
const PART_END: Readonly<Record<string, string>> = { early: '04-30', mid: '08-31', late: '12-31' };

/** Days from the latest date or year the sentence names to `on` (a year: its last day). */
function daysSinceNamed(x: string, on: string | undefined): number | null {
  let latest: string | undefined;
  for (const m of x.matchAll(NUMERIC_DATE)) {
    const d = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    if (!latest || d > latest) latest = d;
  }
  // A date of a visit or a letter is left out (it may be today's), unless it is before the last
  // 4 weeks: then the treatment told beside it is too ("Neck massage at her clinic appointment
  // 12/03/2025 only").
  if (!latest && on)
    for (const m of x.matchAll(ANY_NUMERIC_DATE)) {
      const d = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
      const days = daysBetween(d, on);
      if (days !== null && days > RECENT_DAYS && (!latest || d > latest)) latest = d;
    }
  for (const m of x.matchAll(FULL_DATE)) {
    const d = m[3]
      ? `${m[3]}-${String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
      : `${m[4]}-${m[5]}-${m[6]}`;
    if (!latest || d > latest) latest = d;
  }
  if (!latest)
    for (const m of x.matchAll(YEAR)) {
      // "2020-present", "2023 to date", "since 2022": going on now.
      if (
        m[4] ||
        /\bsince\s*$/i.test(x.slice(0, m.index)) ||
        /^\s*onwards\b/i.test(x.slice(m.index + m[0].length))
      )
        return 0;
      const d = `${m[3] ?? m[2]}-${(m[1] && PART_END[m[1].toLowerCase()]) || '12-31'}`;
      if (!latest || d > latest) latest = d;
    }
  if (!latest) return null;
  // Without a day of assessment, a year or a date said beside a treatment tells of the past.
  if (!on) return Number.POSITIVE_INFINITY;
  return daysBetween(latest, on);
}

/**
 * The treatment's own time, a few words after it, in the past ("manipulation by chiropractor
 * 2 days ago", "neck adjustment last Tuesday", "manipulated his cervical spine on 17/11"):
 * given, whatever else the sentence plans ("… with an MRI arranged by his GP", "Plan CTA
 * given …"). A weekday only with nothing planned or wanted in the sentence ("manipulation
 * on Monday" may be booked).
 */
const TREATED_THEN = String.raw`\b(?:${ACT_STEM}|${MASSAGE_STEM})\w*(?:\s+(?!(?:booked|planned|scheduled|arranged|due|next|for|until|till|will|tomorrow|discussed|offered|recommended|suggested|considered|requested|advised)\b)[\w'/-]+){0,5}?\s+`;
const TIMED_PAST = new RegExp(
  String.raw`${TREATED_THEN}(?:(?:\d+|a|one|two|three|four|five|six|a few|few|several)\s+days?\s+ago|yesterday|last\s+(?:week|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d\/7\s+ago|[1-4]\/52\s+ago|(?:[1-4]|a|one|two|three|four)\s+(?:wks?|weeks?)\s+ago|earlier\s+today|this\s+morning)\b`,
  'i',
);
const TIMED_DAY = new RegExp(
  String.raw`${TREATED_THEN}(?:on|at\s+the)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b`,
  'i',
);
const WANTED =
  /\b(?:booked|planned|plan|scheduled|arranged|due|next|wants?|wanting|would like|awaiting|going to|will|considering(?! whether)|hoping|keen|tomorrow)\b/i;
const TIMED_DATE = new RegExp(
  String.raw`${TREATED_THEN}on\s+(\d{1,2})\/(\d{1,2})(?:\/((?:20)?\d\d))?(?![\d/])`,
  'i',
);

function timedPast(x: string, on: string | undefined): boolean {
  if (TIMED_PAST.test(x) || (TIMED_DAY.test(x) && !WANTED.test(x))) return true;
  const d = TIMED_DATE.exec(x);
  if (!d || !on) return false;
  const year = d[3] ? (d[3].length === 2 ? `20${d[3]}` : d[3]) : on.slice(0, 4);
  const days = daysBetween(`${year}-${d[2]!.padStart(2, '0')}-${d[1]!.padStart(2, '0')}`, on);
  return days !== null && days >= 0 && days <= RECENT_DAYS;
}

function notRecent(
  words: string,
  treatment: RegExp,
  cancelled: RegExp,
  notGivenHere: RegExp,
  on: string | undefined,
): boolean {
  const sentences = words.split(/(?<=[.!?;])\s+|\n/).filter((x) => treatment.test(x));
  return (
    sentences.length > 0 &&
    sentences.every((x) => {
      if (cancelled.test(x) && !GIVEN.test(x)) return true;
      if (timedPast(x, on) && !notGivenHere.test(x)) return false;
      if (PLANNED.test(x) && !GIVEN.test(x)) return true;
      // (Its own refusal, whatever its time: "… was refused 3 days ago"; "yesterday, declined a
      // second session" is no refusal of the one given.)
      if (notGivenHere.test(x) && !GIVEN.test(x)) return true;
      if (NEW_TIME.test(x)) return false;
      const days = daysSinceNamed(x, on);
      return (days !== null && days > RECENT_DAYS) || PAST_TIME.test(x) || PAST_LEAD.test(x);
    })
  );
}

/** Removes a manipulation or massage the words tell as planned or before the last 4 weeks. */
export function withoutPastTreatments(found: Set<FindingId>, words: string, on?: string): void {
  // (Quotes are not words: "requested 'a neck crack'" plans a crack.)
  const plain = words.replace(/["\u2018\u201c\u201d]|(?<!\w)['\u2019]|['\u2019](?!\w)/g, '');
  for (const id of TREATMENTS)
    if (found.has(id) && notRecent(plain, WORDS[id], CANCELLED[id], NOT_GIVEN_OF[id], on))
      found.delete(id);
}
