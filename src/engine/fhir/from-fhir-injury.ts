/**
 * A new injury or an old one in an EHR's words (a visit's reason, a problem's name): said new or
 * dated to the last weeks, a mechanism of injury ("fell", "MVA"), denied, or placed in an
 * earlier year or in the history. Used by from-fhir.ts and from-fhir-findings.ts. Plain
 * TypeScript.
 */
import { daysBetween } from '../dates';
import { DENIALS, namesNeck } from './from-fhir-words';

/** A four-digit year standing alone (not part of a date like 2026-11-23 or 23/11/2026). */
export const YEAR = /(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-]|-\d)/g;
/** Days within which a year's end is not an earlier injury's ("30 Dec 2026" on 3 January). */
const YEAR_END_DAYS = 28;

const INJURY = /\b(?:re-?)?(?:sprain|strain|injur\w*|whiplash|trauma\w*|contusion)/i;
const INJURY_ALL = new RegExp(INJURY.source, 'gi');
/** Said new, or a day of the last weeks ("re-injured", "3 days ago", "last Tuesday", "PTA"). */
const NEW_TIME =
  /\b(?:acute|new|re-?injur\w*|today|tonight|yesterday|this (?:morning|afternoon|evening)|last (?:night|week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:week|month)|earlier (?:today|this (?:week|month))|prior to (?:arrival|admission|presentation)|pta|present(?:s|ed|ing)? (?:after|with|following)|(?:\d{1,2}|an?|one|two|three|four|five|six|seven|several|few) (?:hours?|days?|weeks?) ago|\d{1,2}\/(?:7|52) ago|recent(?:ly)? (?:injur\w*|trauma\w*|falls?|accident|collision|whiplash|sprain|strain))\b/gi;
/** How an injury happens ("fell", "MVA", "rear-end shunt"; not "at risk of falls"). */
const MECHANISM =
  /\b(?:fell(?!\s+(?:asleep|ill|pregnant|silent|quiet))|fallen(?!\s+asleep)|(?:(?<!\b(?:risk|history|fear|prevention|screening|hx|h\/o) of\s+(?:[\w-]+\s+){0,3})falls|(?<!\b(?:risk|fear|prevention) of\s(?:an?\s+)?)fall)(?!\s+(?:risk|prevention|assessment|clinic|history|team|service|screen\w*))|slipped|tripped|collision|collid\w*|crash\w*|accident|mvc|mva|rtc|rta|rear-?end(?:ed)?|hit|struck|assault\w*|punched|kicked|tackled|thrown|ejected|knocked (?:down|over|out)|run over|landed on|div(?:ing|ed)|dove|pedestrian|(?:vs\.?|versus)\s+(?:car|vehicle|bus|truck|lorry|van|cyclist|bike|bicycle|motorbike|motorcycle)|(?:playing|during) (?:rugby|football|soccer|hockey|sports?))\b/gi;
/** A mechanism of one event (not plural "falls"). */
const ONE_EVENT = new RegExp(MECHANISM.source.replace(/\(\?:\(\?<!.*?\)falls\|/, '(?:'), 'gi');
/** A mechanism not named as history ("Hx of fall", "Previous MVA", "prior RTC"). */
const RECENT_HOW = new RegExp(
  `(?<!\\b(?:hx|history|previous|prior|past|h\\/o|pmh)\\s+(?:of\\s+)?(?:an?\\s+)?)${MECHANISM.source}`,
  'gi',
);
/** Words a denial may stand before its object with ("No history of any recent fall"). */
const QUALIFIERS =
  '(?:(?:recent|new|further|significant|any|other|obvious|acute|preceding|prior|previous|history of|hx of|h\\/o)\\s+)*';
/** A list a denial reaches over ("Denies any fall or MVC", "denies trauma, fall or MVC"). */
const LIST = '(?:[\\w-]+(?:\\s*,\\s*|\\s+(?:or|nor)\\s+))*';
/**
 * A denial right before a word, or before a list or qualifiers leading to it ("denies recent
 * trauma", "nothing new", "no fall"; not "Pt with no PMH fell", "No seatbelt MVC today").
 */
const DENIED_BEFORE = new RegExp(
  `\\b(?:no|not|nothing|none|denies|denied|without|negative(?:\\s+for)?)\\s+${QUALIFIERS}${LIST}${QUALIFIERS}$`,
  'i',
);
/** A past-tense mechanism is denied only by a "not" right before it ("was not assaulted", "never fell or was struck"). */
const PAST_VERB = /(?:ed|fell|hit|struck|thrown|run over)$/i;
const VERB_LIST = '(?:[\\w-]+\\s+(?:or|nor)\\s+)*';
const DENIED_VERB = new RegExp(
  `(?:\\b(?:not|never|denies|denied)|n['\\u2019]t)\\s+${VERB_LIST}(?:(?:being|been|having|having been|get|got|was|were|be)\\s+)?$`,
  'i',
);
/** What ends a denial's reach ("No trauma except MVC yesterday"). */
const EXCEPT = /\b(?:except|other than|apart from|but|however|although)\b/i;
/** A denial just after it ("fall ruled out", "fall or injury denied"; not "MVA fracture excluded"). */
const DENIED_AFTER =
  /^\s*(?:(?:,|or|nor)\s*[\w-]+\s*)*(?:(?:was|is|were|has been)\s+)?(?:ruled out|excluded|denied|negative|unlikely)\b/i;
/** The history named ("Old whiplash", "hx", "previous"; not "84-year-old", "prior to arrival"). */
const HISTORY =
  /(?<!\byears?[- ])\bold\b|\b(?:previous(?:ly(?!\s+(?:well|independent|fit|healthy|active|mobile|normal|asymptomatic|ambulant)))?|prior(?!\s+to\s+(?:arrival|admission|presentation|attendance))|remote|history|hx|h\/o)\b(?!\s+of\s+(?!(?:(?!with|who|and|presenting|now)[\w-]+\s+){0,2}(?:injur|trauma|whiplash|sprain|strain|fall|mv[ac])))/i;

/** Clauses of a reason or a problem's words ("Follow-up of whiplash from 2025 - no new injury"). */
const clausesOf = (words: string): string[] =>
  words
    .replace(DENIED_LIST, (list) => list.replace(/\s*,\s*/g, ' or '))
    .split(/[,;.\n]|\s[-\u2013\u2014]\s/);
/** A denied list, kept in one clause ("denies trauma, fall or MVC"). */
const NOUN = '(?![\\w-]*ed\\b|(?:fell|struck|was|were|thrown)\\b)[\\w-]+';
const DENIED_LIST = new RegExp(
  `\\b(?:no|denies|denied|without|negative for)\\s+${NOUN}(?:\\s*,\\s*${NOUN})+\\s*,?\\s+(?:or|nor)\\s+${NOUN}`,
  'gi',
);

/**
 * A year naming a thing, not a time: after "his", "a", "the" … and before a word that is no
 * event ("in his 2015 Honda", "a 2019 model"; not "the 2019 accident", "since the 2019 MVA").
 */
const THINGS_YEAR_BEFORE = /\b(?:his|her|their|my|our|a|an|the)\s+$/i;
const EVENT_AFTER =
  /^\s*(?:accident|collision|crash|incident|injur|whiplash|sprain|strain|trauma|fall|mv[ac]|rt[ac]|assault)/i;

/** An earlier year than the last weeks' in the clause ("MVA 2019"; not "30 Dec 2026" on 3 Jan 2027). */
function earlierYear(clause: string, latest: string): boolean {
  for (const m of clause.matchAll(YEAR)) {
    const end = m.index + m[0].length;
    if (THINGS_YEAR_BEFORE.test(clause.slice(0, m.index)) && !EVENT_AFTER.test(clause.slice(end)))
      continue;
    const days = daysBetween(`${m[1]}-12-31`, latest);
    if (days !== null && days > YEAR_END_DAYS) return true;
  }
  return false;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A date written in full ("2026-11-18", "30 Dec 2026"). */
const FULL_DATE =
  /\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b/gi;

/** A date of the last weeks written in full in the clause ("recurrent since fall on 2026-11-18"). */
function recentDateIn(clause: string, latest: string): boolean {
  for (const m of clause.matchAll(FULL_DATE)) {
    const month = m[2] ?? String(MONTHS.indexOf(m[5]!.toLowerCase()) + 1).padStart(2, '0');
    const date = m[1] ? `${m[1]}-${month}-${m[3]}` : `${m[6]}-${month}-${m[4]!.padStart(2, '0')}`;
    const days = daysBetween(date, latest);
    if (days !== null && days >= 0 && days <= YEAR_END_DAYS) return true;
  }
  return false;
}

/** A clause placing its injury in an earlier year or in the history ("MVA 2019", "old"). */
function olderClause(clause: string, latest: string): boolean {
  return earlierYear(clause, latest) || /\byears? ago\b/i.test(clause) || HISTORY.test(clause);
}

/** Some match of `re` in the clause not denied before it or just after it. */
function undenied(clause: string, re: RegExp): boolean {
  for (const m of clause.matchAll(re)) {
    const before = clause.slice(0, m.index).split(EXCEPT).pop()!;
    const verb = PAST_VERB.test(m[0]);
    if (verb ? DENIED_VERB.test(before) : DENIED_BEFORE.test(before)) continue;
    if (DENIED_AFTER.test(clause.slice(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}

/**
 * Whether the words tell of a new event: said new or dated to the last weeks, in a clause
 * naming an injury or a mechanism (or only a mechanism: `mechanism`); or a mechanism in a
 * clause not placed older, unless another clause names an injury dated only by a year, whose
 * cause it is ("Whiplash (2012), rear-ended at traffic lights", "Cervical strain 2019 - MVC";
 * not "84-year-old female fell at home, neck pain; hx whiplash 2018").
 */
function newEvent(words: string, latest: string, mechanism: boolean): boolean {
  return words.split(/[.\n]/).some((sentence) => {
    const clauses = clausesOf(sentence);
    const causeOfOld = clauses.some(
      (c) => INJURY.test(c) && earlierYear(c, latest) && !HISTORY.test(c),
    );
    // A mechanism and a time word of the last weeks in one sentence ("Recurrent falls, last one
    // today onto the back of the neck", "2 falls this week").
    // (Not a mechanism named as history: "Hx of fall", "Previous MVA"; a bare "Hx:" label is
    // no history: "Hx: slipped on ice".)
    const anyHow = clauses.some(
      (c) => undenied(c, RECENT_HOW) && !earlierYear(c, latest) && !/\byears? ago\b/i.test(c),
    );
    return clauses.some((c) => {
      const how = undenied(c, MECHANISM);
      const dated = undenied(c, NEW_TIME) || recentDateIn(c, latest);
      if ((how || (!mechanism && undenied(c, INJURY_ALL))) && dated) return true;
      if (anyHow && dated && !olderClause(c, latest)) return true;
      // A bare mechanism: one event, not a history of falls ("Recurrent falls").
      return undenied(c, ONE_EVENT) && !causeOfOld && !olderClause(c, latest);
    });
  });
}

/**
 * Words that tell of a new injury ("re-injured in fall 3 days ago", "Acute whiplash", "Old
 * whiplash 2016; fell off bike today without helmet"); not one denied ("Patient denies recent
 * trauma", "no new injury", "fall ruled out"), a symptom's date ("Neck pain worse since last
 * week"), nor an old injury's cause ("whiplash (MVA) 2019").
 */
export function saysNewInjury(words: string, latest: string): boolean {
  return newEvent(words, latest, false);
}

/**
 * A mechanism of injury said new, with the neck, in a visit's reason ("Rear-end collision
 * last week, now neck pain", "Neck pain after MVA 2 days ago"): recent neck trauma by the
 * visit's day, though no injury is named.
 */
export function mechanismToNeck(words: string, latest: string): boolean {
  return namesNeck(words.replace(DENIALS, ' ')) && newEvent(words, latest, true);
}

/**
 * A visit's reason names an older injury only: every injury it names, undenied, in a year
 * before this one ("neck sprain from 2019") or in the history ("history of whiplash",
 * "Previous neck sprain"), and nothing new said ("Old whiplash. Fell off bike today",
 * "Whiplash 2015; MVA 3 days ago").
 */
export function olderInjury(words: string, latest: string): boolean {
  return !saysNewInjury(words, latest) && onlyOlderInjuries(words, latest);
}

/**
 * Every injury the words name, undenied, is in a year before this one or in the history
 * ("History of whiplash 2015"; not "Neck sprain playing rugby; previous whiplash 2013").
 */
export function onlyOlderInjuries(words: string, latest: string): boolean {
  const clauses = clausesOf(words).filter((c) => undenied(c, INJURY_ALL));
  if (clauses.length === 0) return false;
  return clauses.every(
    (clause) =>
      olderClause(clause, latest) &&
      (earlierYear(clause, latest) ||
        /\byears? ago\b/i.test(clause) ||
        /\b(?:history of|h\/o|hx of|hx|old|previous|prior|remote|pmh:?)\s+(?:[\w-]+\s+){0,2}?(?:neck|cervical|sprain|strain|injur\w*|whiplash|trauma)/i.test(
          clause,
        )),
  );
}
