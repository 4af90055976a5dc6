/**
 * The report reader's scope rules (NegEx-style): where a negation, a doubt or a request ends,
 * what makes a comma piece a list item or a new phrase, when a request is answered, and when
 * a templated line of values affirms its label. Used by report-reader.ts.
 */
import { acuteListItem, newlyAcute } from './reader-acute-lists';
import { firstFrom, isWordChar, Reading, wordsBetween, type Span, type Term } from './reader-text';

function firstWord(text: string, start: number, end: number): Span | undefined {
  let i = start;
  while (i < end && !isWordChar(text.charCodeAt(i))) i++;
  if (i >= end) return undefined;
  let j = i;
  while (j < end && (isWordChar(text.charCodeAt(j)) || text[j] === '-' || text[j] === '/')) j++;
  return { start: i, end: j };
}

/**
 * Whether [start, end) (a comma-delimited piece) is an item of a list that a negation
 * before or after it covers: it starts with "or" / "and", or holds a list word, or is
 * nothing but one term, or is one or two words that are no term. A piece opening with a
 * side, location or modifier word, or a term with words of its own, is a new phrase.
 */
function isListItem(r: Reading, start: number, end: number): boolean {
  const { text, lex } = r;
  const w = firstWord(text, start, end);
  if (!w) return true;
  const first = text.slice(w.start, w.end).toLowerCase();
  if (lex.listWordSet.has(first)) {
    const second = firstWord(text, w.end, end);
    return !second || !lex.phraseStarts.has(text.slice(second.start, second.end).toLowerCase());
  }
  const t0 = r.termWithin(start, end);
  // "No infarct, focal haemorrhage or mass": a placing word before a term opens no phrase.
  const placed =
    t0 !== undefined && t0.start > w.start && PLACING.test(text.slice(w.start, t0.start));
  if (
    !placed &&
    !acuteListItem(r, t0, w.start, end) &&
    (lex.phraseStarts.has(first) || lex.levelWord.test(first))
  )
    return false;
  // A list word joining terms ("occlusion or stenosis"), not levels ("C5-C6 and C6-C7").
  for (const lw of r.listWords.from(start, end)) {
    if (r.termEndingAt(lw.start) || r.termStartingAt(lw.end)) return true;
  }
  let last = end;
  while (last > w.start && !isWordChar(text.charCodeAt(last - 1))) last--;
  const t = r.termWithin(start, end);
  // A term alone, or after a word that only places it ("intracranial haemorrhage" in "No
  // infarct, intracranial haemorrhage, mass or hydrocephalus").
  if (t)
    return t.end >= last && (t.start === w.start || PLACING.test(text.slice(w.start, t.start)));
  return wordsBetween(text, start, end) <= 2;
}

/** Words that place a finding in a template's negated list without opening a phrase. */
const PLACING =
  /^(?:(?:intracranial|extracranial|extra-?axial|intra-?axial|parenchymal|territorial|focal|significant|definite|obvious|midline|vertebral|arter(?:y|ies)|va)\s+){1,3}$/i;

/** Whether something between a trigger and a term ends the trigger's scope. */
export function scopeBroken(
  r: Reading,
  from: number,
  to: number,
  clause: number,
  forward: boolean,
  /** The term read (a negation's scope; none for a request's). */
  term?: Term,
): boolean {
  const { text } = r;
  if (r.sidePhrase.within(from, to)) return true;
  const cs = r.clauseStart[clause]!;
  // Over wrapped lines: a list may close on the next line ("stenosis, dissection\nor occlusion").
  const ce = r.wrappedEnd(clause);
  if (forward && andOpensPhrase(r, from, to)) return true;
  // "No stenosis (dissection of the left V3 segment)": a bracket right after a term, holding
  // a term of another finding, opens a phrase ("No dissection (intimal flap or double
  // lumen)" explains the same finding; "No stenosis (<50 %) or dissection" closes it).
  if (forward && term && bracketOpensPhrase(r, from, to, term)) return true;
  // "Uncovertebral arthrosis C5/6 Fracture is not seen": a negation after a term belongs to
  // the nearest term before it, unless a list ("X and Y are not seen", "X, Y: none") joins them.
  if (!forward) {
    const between = r.termWithin(from, to);
    if (between && !LIST_JOIN.test(text.slice(from, between.start))) return true;
  } else if (term && unjoinedTerms(r, from, to, term)) return true;
  // "No listhesis and uncovertebral arthrosis at C5-C6 is seen": a singular verb after the
  // second of two terms (of different findings) joined by "and" makes it a phrase of its own.
  if (forward && term && /\band\b/i.test(text.slice(from, to))) {
    const first = r.termWithin(from, to);
    if (
      first &&
      r.lex.terms[first.entry]!.finding !== r.lex.terms[term.entry]!.finding &&
      SEEN_AFTER.test(text.slice(term.end, r.clauseEnd[clause]!))
    )
      return true;
  }
  for (let c = text.indexOf(',', from); c !== -1 && c < to; c = text.indexOf(',', c + 1)) {
    if (forward) {
      const next = text.indexOf(',', c + 1);
      const end = next === -1 || next > ce ? ce : next;
      if (!isListItem(r, c + 1, end)) return true;
      // "Absent lordosis, uncovertebral arthrosis": a bare term after a comma is a list
      // item only in a list closed by "or" / "and" ("no stenosis, occlusion or dissection").
      if (!listClosedAfter(r, c + 1, ce)) return true;
    } else {
      const prev = text.lastIndexOf(',', c - 1);
      if (!isListItem(r, prev < cs ? cs : prev + 1, c)) return true;
    }
  }
  return false;
}

/**
 * "No stenosis in V1 and occlusion in V2", "without fracture and with arthrosis": an "and"
 * after words of the negated phrase's own (not right after a term), or followed by "with",
 * opens a new phrase; "no stenosis and occlusion" stays one list.
 */
function andOpensPhrase(r: Reading, from: number, to: number): boolean {
  const { text } = r;
  for (const lw of r.listWords.from(from, to)) {
    const word = text.slice(lw.start, lw.end).toLowerCase();
    if (word !== 'and') continue;
    // "No stenosis and there is an intimal flap", "No stenosis and a dissection flap is seen",
    // "without fracture and with arthrosis": a phrase of its own, not one more negated item.
    if (AND_OPENS.test(text.slice(lw.end, lw.end + 24))) return true;
    if (!r.termEndingAt(lw.start)) return true;
  }
  return false;
}

const LIST_JOIN = /,|^\s*\/\s*$|\b(?:and|or|nor|and\/or)\b/i;
/**
 * Nothing between two terms but white space or "with": "no stenosis dissection" (a slash
 * joins a list: "No dissection / occlusion of the vertebral arteries").
 */
const UNJOINED = /^(?:\s*|\s+with\s+)$/i;

/** A bracket opened right after a term of another finding, still open at `term`. */
function bracketOpensPhrase(r: Reading, from: number, to: number, term: Term): boolean {
  // "No stenosis: dissection of the left VA at V3": a colon right after a term, likewise.
  // (Searched back to `from` only: a long report costs no more per term.)
  let colon = -1;
  let open = -1;
  for (let i = to - 1; i >= from && (colon < 0 || open < 0); i--) {
    const c = r.text.charCodeAt(i);
    if (c === 58 && colon < 0) colon = i;
    else if ((c === 40 || c === 91) && open < 0) open = i;
  }
  if (colon >= 0 && followsTermOfOther(r, colon, term)) return true;
  if (open < 0) return false;
  const inside = r.text.slice(open + 1, to);
  // Closed before the term, or going on with the list ("No stenosis (or dissection)").
  if (/[)\]]/.test(inside) || /^\s*(?:or|nor|and|,)/i.test(inside)) return false;
  return followsTermOfOther(r, open, term);
}

/** Whether a term of another finding than `term` ends right before `at` (spaces between). */
function followsTermOfOther(r: Reading, at: number, term: Term): boolean {
  let i = at;
  while (i > 0 && r.text.charCodeAt(i - 1) === 32) i--;
  // "No stenosis seen: dissection …": a verb of seeing after the term, likewise.
  const seen = /\b(?:seen|noted|present|identified|detected|found|demonstrated)$/i.exec(
    r.text.slice(Math.max(0, i - 14), i),
  );
  if (seen) {
    i -= seen[0].length;
    while (i > 0 && r.text.charCodeAt(i - 1) === 32) i--;
  }
  const before = r.terms.find((t) => t.end === i);
  return before !== undefined && phraseKey(r, before) !== phraseKey(r, term);
}

/** What a term reads, for telling phrases apart: its finding, an occlusion apart. */
function phraseKey(r: Reading, t: Term): string {
  const entry = r.lex.terms[t.entry]!;
  return entry.occlusion ? `${entry.finding}+occlusion` : entry.finding;
}

/**
 * "no stenosis dissection of the left va at v3" (no punctuation): a term right after
 * another of a different finding (nothing but white space, or "with", between them) starts
 * a phrase of its own, so a negation before the first does not reach past it ("No
 * osteophytes at the uncovertebral joints" stays one phrase).
 */
function unjoinedTerms(r: Reading, from: number, to: number, term: Term): boolean {
  let prev: Term | undefined;
  const within: Term[] = [];
  for (let k = firstFrom(r.terms, from); k < r.terms.length && r.terms[k]!.start < to; k++)
    within.push(r.terms[k]!);
  for (const t of [...within, term]) {
    // Two words for one finding ("fracture dislocation") are one phrase.
    if (
      prev &&
      (phraseKey(r, prev) !== phraseKey(r, t) || newlyAcute(r, prev, t)) &&
      UNJOINED.test(r.text.slice(prev.end, t.start))
    )
      return true;
    if (!prev || t.end > prev.end) prev = t;
  }
  return false;
}

const SEEN_AFTER =
  /^[^,;]*?\b(?:is|was)\s+(?:clearly\s+)?(?:seen|noted|present|identified|demonstrated|evident|visuali[sz]ed|observed|detected|visible|found|revealed|shown)\b|\b(?:has|have)\s+been\s+(?:found|seen|identified|detected|shown)\b/i;

const AND_OPENS =
  /^\s+(?:with|there\s+(?:is|are|was|were)|there['\u2019]s|also|this\s+time|moreover|in\s+addition|additionally|we\s+(?:can\s+)?see|signs?\s+of|evidence\s+of|an?|the|[vc][1-7])\b/i;

/** A list word ("or", "and", "nor") between `from` and the clause end. */
function listClosedAfter(r: Reading, from: number, ce: number): boolean {
  for (const lw of r.listWords.from(from, ce)) return lw.start >= from;
  return false;
}

/**
 * A request's question answered in the same clause: "Evaluation of the posterior
 * circulation demonstrates occlusion", "Clinical history: known left VA dissection" (a fact
 * on record, not a question), "To exclude dissection, CTA was performed:
 * dissection of the left VA", "Evaluation for dissection: intramural haematoma". A
 * finding verb or a colon between the request and the term, or a new phrase after a comma,
 * ends the request; the term is then read on its own.
 */
const ANSWERED =
  /\b(?:demonstrat(?:es|ed|ing)|show(?:s|ed|n|ing)?|reveal(?:s|ed|ing)|found|detected|identified|confirm(?:s|ed|ing)|disclos(?:es|ed)|visuali[sz](?:es|ed)|seen|performed|done|known|previous(?:ly)?|prior|history of|h\/o|s\/p|status post|follow-?up of|f\/u of|f\/u|follow[- ]up of|control after|(?<!-)old|established|diagnosed|recent(?:ly)?)\b|:| [-\u2013\u2014] /gi;
/** "post-" right before the term ("post-dissection"). */
const POST_BEFORE = /\bpost-\s*$/i;
/**
 * Where the first answering word after a request (at `from`) is, memoised per reading: every
 * term of a long request's list asks from the same place, and a slice to each term would cost
 * the whole list each time.
 */
const firstAnswers = new WeakMap<Reading, Map<number, number>>();
function firstAnswerAfter(r: Reading, from: number): number {
  let byFrom = firstAnswers.get(r);
  if (!byFrom) firstAnswers.set(r, (byFrom = new Map()));
  let at = byFrom.get(from);
  if (at === undefined) {
    ANSWERED.lastIndex = from;
    const m = ANSWERED.exec(r.text);
    at = m ? m.index + m[0].length : Infinity;
    byFrom.set(from, at);
  }
  return at;
}

export function requestAnswered(r: Reading, from: number, to: number, clause: number): boolean {
  return (
    firstAnswerAfter(r, from) <= to ||
    POST_BEFORE.test(r.text.slice(Math.max(from, to - 12), to)) ||
    scopeBroken(r, from, to, clause, true)
  );
}

/** "… dissection of the left V3 segment confirmed", "… was found": said after the term. */
const ANSWERED_AFTER =
  /^[^.;:]*?\b(?:confirmed|found|detected|demonstrated|identified|visuali[sz]ed|seen|diagnosed|(?:in |since )?(?:19|20)\d\d|(?:\d+|one|two|three|four|five|six|a few|several) (?:days?|weeks?|months?|years?) ago|\d+\/12 ago|last (?:week|month|year)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|on (?:anticoagulation|warfarin|apixaban|rivaroxaban|heparin)|treated (?:with|by)|follow[- ]?up|f\/u)\b/i;
const NEGATED_AFTER = /\b(?:not|no|nor|without)\b/i;

export function answeredAfter(r: Reading, from: number, to: number): boolean {
  const m = ANSWERED_AFTER.exec(r.text.slice(from, to));
  return m !== null && !NEGATED_AFTER.test(m[0]);
}

/**
 * A positive value in a line of values: "yes", "present", "+", a grade, a percentage above 0
 * ("80 %", "80 per cent", "70/0 %").
 */
const POSITIVE_VALUE =
  /(?<![a-z])(?<!\/\s?)(?:yes(?!\s?\/)|y(?!\s?\/)|present|is present|there is|confirmed|total|complete|full|from v[1-4]|at (?:the )?level of c[1-7]|is(?=\s*(?:[.,;)|]|$))|v[1-4](?:\s?[-\u2013]\s?v[1-4])?(?:\s+segments?)?|positive|detected|seen|found|revealed|(?:demonstrated|identified|evident)(?=\s*(?:[.;),(|\n]|$|(?:in|at|from|extending)\b))(?![^;\n]{0,30}\b(?:normal|patent|unremarkable)\b)|suspected|probable|likely|mild|moderate|severe|significant|haemodynamically significant|hemodynamically significant|critical|subtotal|grade (?:i{1,3}|iv|[1-4]))(?![a-z])|(?<![\w+])\+(?![\w+])|(?:(?<=\b(?:left|right|lt|rt|l|r)\.?\s?[:\u2013\u2014-]\s?)[1-9]\d{0,2}|(?<=\b(?:left|right|lt|rt|l|r)\.?\s?)[1-9])(?![\d.,]|\s*(?:mm|cm|m\/s|%|per))|(?<![\d.,])(?:[1-9]\d*|0[.,]\d*[1-9])(?:[.,]\d+)?\s?(?:%|per ?cent)|(?<![\d.,])[1-9]\d*\s*\/\s*0\s*%/gi;
const NEGATED_VALUE = /\b(?:not|no)\s+$/i;
/** Words a value may stand beside in its piece of the line: a side, the artery, a segment. */
const VALUE_PLACE =
  /^[\s\-\u2013\u2014:()[\]|,/.]*(?:(?:left|right|l|r|lt|rt|d|s|lva|rva|dex|sin|dextra|sinistra|dexter|sinister|contralateral|ipsilateral|distal|proximal|also|but|however|whereas|while|bilateral|both|va|vas|vertebral|arter(?:y|ies)|side|sides|on|the|at|in|and|up|to|about|approximately|mild|moderate|severe|v[1-4]|segments?|c[1-7]|see|images?|series|(?:intimal\s+)?flap|\d+(?:[.,]\d+)?\s?(?:%|mm|cm)|\d+\s?[-\u2013]|[<>~\u2264\u2265])(?![a-z])[\s\-\u2013\u2014:()[\]|,/.]*)*$/i;

/** A new label in a line: ", PSV (cm/s):", "; Flow:" (not a side: ", left:"). */
const OTHER_LABEL =
  /[,;]\s*(?![^:]{0,30}\b(?:left|right|lt|rt|l|r|both|bilateral|lva|rva|v[1-4]|sinistra|sinister|dextra|dexter|contralateral|ipsilateral)\b)[a-z][a-z0-9 ()/,-]{0,30}?:/i;

/** Where the last piece before `at` starts: after a , ; | line break or full stop. */
function lastSeparator(line: string, at: number): number {
  const from = Math.max(0, at - PIECE);
  for (let i = at - 1; i >= from; i--) {
    const c = line[i];
    if (c === ',' || c === ';' || c === '|' || c === '\n') return i;
    if (c === '.' && !/\d/.test(line[i + 1] ?? '')) return i;
  }
  return from - 1;
}

/**
 * After a post-negation of `term`: a positive value in its line of values (its sentence, or
 * a next one going on with a side; a ";" only when a side follows; not past another term),
 * standing alone in its piece ("left - severe", not "flow present on both sides").
 */
export function positiveValueAfter(r: Reading, term: Term): boolean {
  const { text } = r;
  const s = r.clauseSentence[term.clause]!;
  let end = r.sentenceEnd[s]!;
  const goesOn =
    /^[.;\n]\s*(?:[-\u2013\u2014*\u2022]\s*|\d{1,2}[.)]\s*)?(?:on the\s+)?(?:left|right|lt|rt|l|r|d|s)\b/i.exec(
      text.slice(end),
    );
  // Only a line of values that named a side goes on into the next sentence with the other.
  if (goesOn && /\b(?:left|right|lt|rt|l|r|d|s)\b/i.test(text.slice(term.end, end))) {
    // The sentence holding the side (past an empty one: ".\nOn the left").
    let k = s + 1;
    while (k < r.sentenceEnd.length - 1 && r.sentenceEnd[k]! < end + goesOn[0].length) k++;
    end = r.sentenceEnd[k] ?? end;
  }
  for (let i = text.indexOf(';', term.end); i !== -1 && i < end; i = text.indexOf(';', i + 1))
    if (
      !/^;\s*(?:(?:on the\s+)?(?:left|right|lt|rt|l|r|d|s)\b|(?:yes|no|\+|-)\s*\((?:left|right|l|r)\))/i.test(
        text.slice(i),
      )
    )
      end = i;
  for (const t of r.terms) if (t.start > term.start && t.start < end) end = t.start;
  // Nor past another label ("VA occlusion: none, PSV (cm/s): right 44, left 47").
  const label = OTHER_LABEL.exec(text.slice(term.end, end));
  if (label) end = term.end + label.index;
  const line = text.slice(term.end, end);
  POSITIVE_VALUE.lastIndex = 0;
  for (let m = POSITIVE_VALUE.exec(line); m !== null; m = POSITIVE_VALUE.exec(line)) {
    if (NEGATED_VALUE.test(line.slice(Math.max(0, m.index - 12), m.index))) continue;
    // Pieces of the line: between commas, semicolons, a table's pipes or full stops (at most
    // PIECE characters: a longer one is no place of a value, and a long line costs no more).
    const piece = line.slice(lastSeparator(line, m.index) + 1, m.index);
    const after = line.slice(m.index + m[0].length, m.index + m[0].length + PIECE);
    // (A bracket naming another place after the value says more of it: "present (V4 -
    // excluded)"; not "yes (excluded)", which takes the value back.)
    const stop = after.search(/[,;.|\n]|\((?=\s*(?:left|right|lt|rt|v[1-4]|c[1-7])\b)/i);
    if (VALUE_PLACE.test(piece) && VALUE_PLACE.test(stop === -1 ? after : after.slice(0, stop)))
      return true;
  }
  return false;
}

const PIECE = 200;
