/**
 * The findings a Bundle answers, collected entry by entry for `bundleToCase`: two entries that
 * disagree keep the finding present (fail-safe) and say so; two that agree keep the most
 * recent onset; an unanswered entry never hides an answer; a code broader or narrower than
 * its finding, or words, never make it absent. Plain TypeScript.
 */
import type { CodeableConcept } from 'fhir/r4';
import type { FindingId } from '../finding-ids';
import { addDays, daysBetween } from '../dates';
import type { FindingValue } from '../model';
import { SYS } from './codes';
import { mergeSame } from './from-fhir-values';
import { findingsOfText } from './finding-text';
import { codeIn, codesOf, conceptOf, conceptWords, presentOf, unanswered } from './read-helpers';
import { namesNeck } from './from-fhir-words';
import { onlyOlderInjuries, saysNewInjury } from './from-fhir-injury';

/** A finding named by a concept; `exact` false: read as present only. */
export interface Concept {
  finding: FindingId;
  exact: boolean;
}

/** A neck injury, as a visit's reason implies one. */
export const NECK_INJURY: Concept = { finding: 'neck-injury', exact: false };

export class Findings {
  readonly findings: Record<string, FindingValue> = {};
  private readonly from = new Map<string, string>();

  /** `latest`: the day of assessment, which dates a treatment the words tell (§9). */
  constructor(
    private readonly warnings: string[],
    private readonly latest?: string,
  ) {}

  /** Two entries disagree on one finding: it stays present (fail-safe) and the conflict is listed. */
  readonly set = (f: FindingId, v: FindingValue, where: string): void => {
    const prev = this.findings[f];
    const was = presentOf(prev);
    const now = presentOf(v);
    if (prev !== undefined && was !== null && now !== null && was !== now) {
      this.warnings.push(
        `findings.${f}: ${this.from.get(f)} says ${String(was)}, ${where} says ${String(now)}; kept as present (fail-safe)`,
      );
      this.findings[f] = was ? prev : v;
      if (!was) this.from.set(f, where);
      return;
    }
    if (prev !== undefined && now === null) return; // an unanswered entry never hides an answer
    if (prev !== undefined && was !== null && was === now) {
      this.findings[f] = mergeSame(prev, v);
      return;
    }
    this.findings[f] = v;
    this.from.set(f, where);
  };

  /** An answer through a code broader or narrower than the finding: a "no" stays unknown. */
  readonly answer = (c: Concept, value: FindingValue, where: string): void => {
    if (!c.exact && presentOf(value) === false) {
      this.warnings.push(
        `${where}: "no" to a code not exactly ${c.finding}; the finding stays unknown`,
      );
      const { onset, note } = typeof value === 'object' && value ? value : {};
      value = unanswered(onset, note);
    }
    this.set(c.finding, value, where);
  };

  /**
   * The findings a concept names: its code (the app's own code alone), and for other
   * systems' concepts also the findings its words name, read as present only (a "thunderclap
   * headache" coded R51.9 is more than a headache). None: named in a warning.
   */
  readonly conceptsOf = (cc: CodeableConcept | undefined, where: string): Concept[] => {
    const coded = conceptOf(cc);
    if (coded && codeIn(cc, SYS.finding)) return [coded];
    const words = findingsOfText(cc, this.latest)
      .filter((f) => f !== coded?.finding)
      .map((f) => ({ finding: f, exact: false }));
    if (!coded)
      this.warnings.push(
        words.length
          ? `${where}.code: ${codesOf(cc)} read by its words as ${words.map((w) => w.finding).join(', ')}`
          : `${where}.code: ${codesOf(cc)} not read (no finding id for it)`,
      );
    return coded ? [coded, ...words] : words;
  };
}

/**
 * How long a neck injury from another system counts as recent neck trauma: four weeks, as
 * "recent" manipulation and massage (section 9). The rules give no window for trauma; an EHR
 * records whiplash as a Condition, never as the app's `recent-neck-trauma`.
 */
export const RECENT_TRAUMA_DAYS = 28;

/** The concept is of the neck: an ICD-10 neck injury (S10-S19), or its words name the neck. */
export function namesTheNeck(cc: CodeableConcept | undefined): boolean {
  const codings = cc?.coding ?? [];
  if (
    codings.some(
      (c) =>
        /icd-10|2\.16\.840\.1\.113883\.6\.(?:3|90)$/.test(c.system ?? '') &&
        /^S1/i.test(c.code ?? ''),
    )
  )
    return true;
  return namesNeck([cc?.text, ...codings.map((c) => c.display)].join(' '));
}

/**
 * A neck injury, or a fracture or dislocation of the neck, of the last four weeks read as recent
 * neck trauma too, present with its onset; one of unknown onset leaves recent trauma unknown
 * (to ask, never absent); an older one, nothing. Read as present only (`exact` false).
 */
export function recentTrauma(
  c: Concept,
  cc: CodeableConcept | undefined,
  onset: string | undefined,
  latest: string,
  what: string = c.finding,
): FindingValue | null {
  const neck =
    c.finding === 'neck-injury' ||
    (c.finding === 'fracture-or-ligament-instability' && namesTheNeck(cc));
  if (!neck) return null;
  const note = `recent neck trauma: ${what} within ${RECENT_TRAUMA_DAYS} days`;
  if (!onset) return unanswered(undefined, `${note}? (no onset recorded)`);
  const days = daysBetween(onset, latest);
  if (days === null || days > RECENT_TRAUMA_DAYS) return null;
  return { present: true, onset, note };
}

/** Days of a unit, the shorter reading ("6 months ago" is at most 168 days: the more recent). */

const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 28, year: 360 };

/**
 * An onset written in words relative to the day it was recorded ("2 weeks ago", "3 days
 * ago", "yesterday"): the day it names, or undefined.
 */
export function relativeOnset(words: string | undefined, from: string): string | undefined {
  if (!words) return undefined;
  if (/^\s*(?:yesterday)\s*$/i.test(words)) return addDays(from, -1);
  if (/^\s*(?:today|this morning)\s*$/i.test(words)) return from;
  const m =
    /^\s*(?:about |approx\.? |~)?(\d{1,3}|a|an|one|two|three|four|five|six)\s+(day|week|month|year)s?\s+ago\s*$/i.exec(
      words,
    );
  if (!m) return undefined;
  const n = /^\d/.test(m[1]!)
    ? Number(m[1])
    : { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 }[m[1]!.toLowerCase()]!;
  return addDays(from, -n * UNIT_DAYS[m[2]!.toLowerCase()]!);
}

/**
 * The end of the latest year before this one a concept's words give as a date ("History of
 * whiplash 2015", "in 2019", "(2018)"; not "2015 Honda Civic").
 */
export function yearEndIn(cc: CodeableConcept | undefined, latest: string): string | undefined {
  const words = conceptWords(cc);
  const now = Number(latest.slice(0, 4));
  let year = 0;
  const dated =
    /(?:\b(?:in|from|since|of|back in|history of[^,;.]{0,30}?|h\/o[^,;.]{0,30}?)\s+|\()((?:19|20)\d\d)(?![\d/.-])|\b(?:whiplash|sprain|strain|injury|trauma)\b[^,;.\d]{0,20}?\s((?:19|20)\d\d)\s*(?:$|[,;.)]|\s[-\u2013\u2014]\s)/gi;
  for (const m of words.matchAll(dated)) {
    const y = Number(m[1] ?? m[2]);
    if (y < now && y > year) year = y;
  }
  return year ? `${year}-12-31` : undefined;
}

/** Words that tell of something new or recent beside an old year ("Stroke 2019, again last week"). */
const RECENT_WORDS =
  /\b(?:new|recent(?:ly)?|acute|again|recurr\w*|re-?current|yesterday|today|tonight|this\s+(?:week|month|morning)|last\s+(?:night|week|month)|\d+\s*(?:days?|weeks?|hours?)\s+ago)\b/i;

/**
 * An inactive, resolved or remitted problem with no date of its own, whose words name an earlier
 * year ("History of stroke in 2010, no residual deficit", recorded at this year's reconciliation):
 * that year's last day, not the day it was recorded (round 51's FB9). Not when the words also
 * tell of something new or recent, nor for an active problem: then the recorded day stands.
 */
export function pastConditionOnset(
  cc: CodeableConcept | undefined,
  clinical: string | undefined,
  ownDate: boolean,
  latest: string,
): string | undefined {
  if (ownDate || !/^(?:inactive|resolved|remission)$/.test(clinical ?? '')) return undefined;
  const words = conceptWords(cc);
  return RECENT_WORDS.test(words) ? undefined : yearEndIn(cc, latest);
}

/**
 * A neck injury named with an earlier year and no date of its own ("History of whiplash 2015")
 * is of that year; no other finding is dated by a year in its words ("Diplopia (similar
 * episode 2019)").
 */
export function injuryOnset(
  finding: string,
  cc: CodeableConcept | undefined,
  at: string | undefined,
  ownDate: boolean,
  latest: string,
): string | undefined {
  if (finding !== 'neck-injury') return at;
  // Words that also tell of a new injury are not dated by the old one's year ("Whiplash 2015,
  // re-injured in fall 3 days ago"), nor by an onset older than the last four weeks (the
  // first entry's onset, its words since changed): then its date is unknown (asked).
  const words = conceptWords(cc);
  const isNew = saysNewInjury(words, latest);
  if (ownDate) {
    const days = at ? daysBetween(at, latest) : null;
    return isNew && days !== null && days > RECENT_TRAUMA_DAYS ? undefined : at;
  }
  const dated = !isNew && onlyOlderInjuries(words, latest);
  return (dated ? yearEndIn(cc, latest) : undefined) ?? at;
}

/** A time of the last weeks in words ("2 days ago", "3/7 ago", "yesterday"): days back, or null. */
const DAYS_BACK =
  /\b(?:(\d{1,2}|an?|one|two|three|four|five|six|seven)\s+(hour|day|week)s?\s+ago|(\d{1,2})\/(7|52)\s+ago|(yesterday|last night)|(today|tonight|this (?:morning|afternoon|evening)))\b/gi;
const NUMBER: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};

/**
 * The day a problem's words date a new injury to, relative to the day it was recorded
 * ("Whiplash-associated disorder grade II following RTC 2 days ago"; the most recent time they
 * give), or the day it was recorded when they say it new without a time ("Acute whiplash");
 * undefined when they say no new injury ("History of whiplash 2015").
 */
function wordsDate(
  cc: CodeableConcept | undefined,
  recorded: string | undefined,
): string | undefined {
  if (!recorded) return undefined;
  const words = conceptWords(cc);
  if (!saysNewInjury(words, recorded)) return undefined;
  let back: number | null = null;
  for (const m of words.matchAll(DAYS_BACK)) {
    const n = m[1] ? (/^\d/.test(m[1]) ? Number(m[1]) : NUMBER[m[1].toLowerCase()]!) : 0;
    const days = m[2]
      ? { hour: 0, day: n, week: 7 * n }[m[2].toLowerCase()]!
      : m[3]
        ? Number(m[3]) * (m[4] === '52' ? 7 : 1)
        : m[5]
          ? 1
          : 0;
    if (back === null || days < back) back = days;
  }
  return addDays(recorded, -(back ?? 0));
}

/**
 * A trauma's own date: its onset, its words ("2 weeks ago"), the end or the start of its
 * period, or a problem's name that says it new ("Whiplash following RTC 2 days ago": 2 days
 * before it was recorded); one dated only by the day it was recorded is of unknown date (asked).
 */
export function traumaDate(
  r: {
    onsetDateTime?: string;
    onsetString?: string;
    onsetPeriod?: { start?: string; end?: string };
    onsetAge?: unknown;
    recordedDate?: string;
    code?: CodeableConcept;
  },
  onset: string | undefined,
  latest: string,
  day: (v: string | undefined, aheadByZone?: boolean) => string | undefined,
): string | undefined {
  return (
    day(r.onsetDateTime) ??
    relativeOnset(r.onsetString, day(r.recordedDate) ?? latest) ??
    day(r.onsetPeriod?.end ?? r.onsetPeriod?.start, true) ??
    (r.onsetAge ? onset : undefined) ??
    wordsDate(r.code, day(r.recordedDate))
  );
}
