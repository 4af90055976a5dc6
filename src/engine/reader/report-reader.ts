/**
 * Imaging-report reader: free text → finding ids, NegEx-style. Each mention is affirmed,
 * negated or uncertain, with the span it was read from. A trigger's scope ends at the
 * sentence end (".", "!", a new line, a closing "?"), ";", the lexicon's terminators
 * ("but", "however"...) and a comma that opens a new finding phrase; triggers reach six
 * words. Request lines ("rule out", "indication:") make a term uncertain, never negated.
 */
import type { FindingId } from '../finding-ids';
import type { ImagingModality, ImagingRegion } from '../model';
import { LEXICON_EN, type Lexicon } from './lexicon-en';
import { compileLexicon, type CompiledLexicon, type Kind } from './reader-compile';
import { correctSpelling, type Correction } from './reader-spelling';

export type MentionStatus = 'affirmed' | 'negated' | 'uncertain';

export interface Mention {
  finding: FindingId;
  status: MentionStatus;
  /** Offsets in the report text: text.slice(start, end) is the matched term. */
  start: number;
  end: number;
  text: string;
  /** The trigger that negated or qualified it, if any. */
  trigger?: string;
  /**
   * For stroke / TIA / dissection (and haemorrhage, read as stroke): the phrase calls it
   * acute, subacute, fresh or recent (brief §5, §9 "acute imaging").
   */
  acute?: boolean;
  /** For vertebral-artery narrowing: read as an occlusion or absent flow (brief §9). */
  occlusion?: boolean;
  /** Uncertain because it is asked ("rule out…", "indication: ?…"), not read in the images. */
  request?: boolean;
}

export interface StudyContext {
  modality: ImagingModality;
  region: ImagingRegion;
}

import {
  acute,
  overlaps,
  Reading,
  readingFor,
  WINDOW_WORDS,
  isWordChar,
  wordsBetween,
  type Span,
  type Term,
  type Trigger,
} from './reader-text';

export function readReport(
  text: string,
  study?: StudyContext,
  lexicon: Lexicon = LEXICON_EN,
): Mention[] {
  if (text === '') return [];
  const lex = compileLexicon(lexicon);
  const first = read(lex, text, study);
  // Misspelt long words, outside what was read: read again with them corrected (rare).
  const corrections = correctSpelling(lex.spelling, text, first.terms);
  if (!corrections) return first.mentions;
  return read(lex, corrections.text, study).mentions.map((m) =>
    mapBack(m, text, corrections.fixes),
  );
}

function read(
  lex: CompiledLexicon,
  src: string,
  study: StudyContext | undefined,
): { terms: readonly Span[]; mentions: Mention[] } {
  const r = new Reading(lex, src, study);
  const mentions: Mention[] = [];

  // Terms, each inside one clause.
  let ci = 0;
  const re = lex.termRe;
  re.lastIndex = 0;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    const start = m.index;
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const end = start + m[0].length;
    while (ci < r.clauseEnd.length && r.clauseEnd[ci]! <= start) ci++;
    if (ci >= r.clauseEnd.length) break;
    if (start < r.clauseStart[ci]!) continue;
    if (end > r.clauseEnd[ci]!) {
      // A term wrapped over a line break or a dash between spaces is one term.
      let k = ci;
      while (end > r.clauseEnd[k]! && r.softBreakAfter(k)) k++;
      if (end > r.clauseEnd[k]!) continue;
    }
    r.terms.push({ start, end, entry: g - 1, clause: ci });
  }
  if (r.terms.length === 0) return { terms: r.terms, mentions };

  // Triggers: one scan, the longest at a place first; the same words may be a trigger of
  // two kinds ("absent" before or after). A term that holds its own negation ("no flow")
  // swallows the triggers inside it; other terms inside a trigger are not read.
  const triggers: Trigger[] = [];
  let absorbing = false;
  for (const t of r.terms) if (lex.terms[t.entry]!.absorbsTriggers) absorbing = true;
  const tr = lex.triggerRe;
  tr.lastIndex = 0;
  for (let m = tr.exec(src); m !== null; m = tr.exec(src)) {
    const start = m.index;
    const end = start + m[0].length;
    if (
      absorbing &&
      r.terms.some((t) => lex.terms[t.entry]!.absorbsTriggers && t.start < end && start < t.end)
    ) {
      continue;
    }
    for (const kind of triggerKindsOf(lex, m[0])) triggers.push({ start, end, kind });
  }
  r.triggers = triggers;

  for (let i = 0; i < r.terms.length; i++) {
    const term = r.terms[i]!;
    const entry = lex.terms[term.entry]!;
    if (!entry.absorbsTriggers && triggers.some((t) => overlaps(t, term))) continue;
    const reading = readingFor(r, term, entry);
    if (!reading) continue;
    const q = qualify(r, term);
    if (q.otherPerson) continue;
    const dated = lex.dated.has(reading.finding) && (entry.acute === true || acute(r, i));
    // A negated narrower term ("no bone metastases") or a negated acute one ("no acute
    // infarct") says nothing of the finding itself: no reading.
    if (q.status === 'negated' && (entry.negatable === false || dated)) continue;
    const mention: Mention = {
      finding: reading.finding,
      status: q.status,
      start: term.start,
      end: term.end,
      text: src.slice(term.start, term.end),
    };
    if (q.trigger) mention.trigger = q.trigger;
    if (q.request) mention.request = true;
    if (dated) mention.acute = true;
    if (entry.occlusion && q.status !== 'negated') mention.occlusion = true;
    mentions.push(mention);
  }
  return { terms: r.terms, mentions };
}

/**
 * The kinds of one matched trigger text, in lexicon order, up to a pseudo-trigger (which
 * stops them): a function of the matched text alone, memoised per text (bounded).
 */
function triggerKindsOf(lex: CompiledLexicon, matched: string): readonly Kind[] {
  let kinds = lex.kindsByText.get(matched);
  if (kinds === undefined) {
    const found: Kind[] = [];
    for (const k of lex.triggerKinds) {
      if (!k.re.test(matched)) continue;
      if (k.kind === 'pseudo') break;
      found.push(k.kind);
    }
    if (lex.kindsByText.size >= 4096) lex.kindsByText.clear();
    lex.kindsByText.set(matched, (kinds = found));
  }
  return kinds;
}

function mapBack(m: Mention, original: string, fixes: readonly Correction[]): Mention {
  const pos = (p: number): number => {
    let shift = 0;
    for (const f of fixes) {
      if (p >= f.fixedEnd) shift = f.end - f.fixedEnd;
      else if (p > f.fixedStart) return Math.min(f.start + (p - f.fixedStart), f.end);
      else break;
    }
    return p + shift;
  };
  const start = pos(m.start);
  const end = pos(m.end);
  return { ...m, start, end, text: original.slice(start, end) };
}

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
  if (lex.phraseStarts.has(first) || lex.levelWord.test(first)) return false;
  // A list word joining terms ("occlusion or stenosis"), not levels ("C5-C6 and C6-C7").
  for (const lw of r.listWords.all) {
    if (lw.start >= end) break;
    if (lw.start < start) continue;
    if (r.termEndingAt(lw.start) || r.termStartingAt(lw.end)) return true;
  }
  let last = end;
  while (last > w.start && !isWordChar(text.charCodeAt(last - 1))) last--;
  const t = r.termWithin(start, end);
  if (t) return t.start === w.start && t.end >= last;
  return wordsBetween(text, start, end) <= 2;
}

/** Whether something between a trigger and a term ends the trigger's scope. */
function scopeBroken(
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
  const ce = r.clauseEnd[clause]!;
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
      findingOf(r, first) !== findingOf(r, term) &&
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
  for (const lw of r.listWords.all) {
    if (lw.start >= to) break;
    if (lw.start < from) continue;
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

/**
 * "no stenosis dissection of the left va at v3" (no punctuation): a term right after
 * another of a different finding (nothing but white space, or "with", between them) starts
 * a phrase of its own, so a negation before the first does not reach past it ("No
 * osteophytes at the uncovertebral joints" stays one phrase).
 */
const findingOf = (r: Reading, t: Term): string => r.lex.terms[t.entry]!.finding;

/** A bracket opened right after a term of another finding, still open at `term`. */
function bracketOpensPhrase(r: Reading, from: number, to: number, term: Term): boolean {
  const open = r.text.lastIndexOf('(', to);
  if (open < from || r.text.indexOf(')', open) < to) return false;
  let i = open;
  while (i > 0 && r.text.charCodeAt(i - 1) === 32) i--;
  const before = r.terms.find((t) => t.end === i);
  return before !== undefined && findingOf(r, before) !== findingOf(r, term);
}

function unjoinedTerms(r: Reading, from: number, to: number, term: Term): boolean {
  let prev: Term | undefined;
  for (const t of [...r.terms.filter((x) => x.start >= from && x.start < to), term]) {
    // Two words for one finding ("fracture dislocation") are one phrase.
    if (
      prev &&
      findingOf(r, prev) !== findingOf(r, t) &&
      UNJOINED.test(r.text.slice(prev.end, t.start))
    )
      return true;
    if (!prev || t.end > prev.end) prev = t;
  }
  return false;
}

const SEEN_AFTER =
  /^[^,;]*?\b(?:is|was)\s+(?:seen|noted|present|identified|demonstrated|evident|visuali[sz]ed|observed|detected)\b/i;

const AND_OPENS = /^\s+(?:with|there\s+(?:is|are|was|were)|an?|the)\b/i;

/** A list word ("or", "and", "nor") between `from` and the clause end. */
function listClosedAfter(r: Reading, from: number, ce: number): boolean {
  for (const lw of r.listWords.all) {
    if (lw.start >= ce) return false;
    if (lw.start >= from) return true;
  }
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
  /\b(?:demonstrat(?:es|ed|ing)|show(?:s|ed|n|ing)?|reveal(?:s|ed|ing)|found|detected|identified|confirm(?:s|ed|ing)|disclos(?:es|ed)|visuali[sz](?:es|ed)|seen|performed|done|known|previous(?:ly)?|prior|history of|(?<!-)old|established|diagnosed|recent(?:ly)?)\b|:/i;

function requestAnswered(r: Reading, from: number, to: number, clause: number): boolean {
  return (
    ANSWERED.test(r.text.slice(from, to)) ||
    / [-–—] /.test(r.text.slice(from, to)) ||
    scopeBroken(r, from, to, clause, true)
  );
}

/** "… dissection of the left V3 segment confirmed", "… was found": said after the term. */
const ANSWERED_AFTER =
  /^[^.;:]*?\b(?:confirmed|found|detected|demonstrated|identified|visuali[sz]ed|seen)\b/i;
const NEGATED_AFTER = /\b(?:not|no|nor|without)\b/i;

function answeredAfter(r: Reading, from: number, to: number): boolean {
  const m = ANSWERED_AFTER.exec(r.text.slice(from, to));
  return m !== null && !NEGATED_AFTER.test(m[0]);
}

/** A positive value ("yes", "present", "positive", a percentage above 0) in the sentence. */
const POSITIVE_VALUE =
  /(?<![a-z])(?:yes|present|positive)(?![a-z])|(?<![\d.,])(?:[1-9]\d*|0[.,]\d*[1-9])(?:[.,]\d+)?\s?%/i;
const NEGATED_VALUE = /\b(?:not|no)\s+$/i;

/**
 * After a post-negation of `term`: a positive value later in its sentence (before a ";" or
 * another term), so the label's line holds both ("right - no, left - yes").
 */
function positiveValueAfter(r: Reading, from: number, term: Term): boolean {
  const sEnd = r.sentenceEnd[r.clauseSentence[term.clause]!]!;
  let end = r.text.indexOf(';', from);
  if (end === -1 || end > sEnd) end = sEnd;
  for (const t of r.terms) if (t.start >= from && t.start < end) end = t.start;
  const slice = r.text.slice(from, end);
  const m = POSITIVE_VALUE.exec(slice);
  return m !== null && !NEGATED_VALUE.test(slice.slice(0, m.index));
}

function qualify(
  r: Reading,
  term: Term,
): { status: MentionStatus; trigger?: string; request?: boolean; otherPerson?: boolean } {
  const cs = r.clauseStart[term.clause]!;
  const ce = r.clauseEnd[term.clause]!;
  let negation: Trigger | undefined;
  let uncertainty: Trigger | undefined;
  for (const t of r.triggers) {
    if (t.start < cs) continue;
    if (t.end > ce) break;
    const before = t.end <= term.start;
    // "Family history of stroke", "mother had a stroke": not the patient's, within the
    // phrase a negation before it would reach.
    if (t.kind === 'other-person') {
      // Only the first term after it: "Family history of stroke and acute infarct in the
      // left cerebellum" reads the infarct.
      if (
        before &&
        wordsBetween(r.text, t.end, term.start) <= WINDOW_WORDS &&
        !r.termWithin(t.end, term.start) &&
        !scopeBroken(r, t.end, term.start, term.clause, true, term)
      )
        return { status: 'negated', otherPerson: true };
      continue;
    }
    if (t.kind === 'request') {
      if (
        before &&
        !requestAnswered(r, t.end, term.start, term.clause) &&
        // "Query dissection – confirmed on the right": said after, past a dash.
        !answeredAfter(r, term.end, r.sentenceEnd[r.clauseSentence[term.clause]!]!)
      )
        uncertainty ??= t;
      continue;
    }
    const from = before ? t.end : term.end;
    const to = before ? term.start : t.start;
    if (wordsBetween(r.text, from, to) > WINDOW_WORDS) continue;
    const neg = (t.kind === 'pre-neg' && before) || (t.kind === 'post-neg' && !before);
    const unc =
      (t.kind === 'pre-unc' && before) ||
      (t.kind === 'post-unc' && !before) ||
      t.kind === 'either-unc';
    if (!neg && !unc) continue;
    if ((neg ? negation : uncertainty) !== undefined) continue;
    if (scopeBroken(r, from, to, term.clause, before, term)) continue;
    if (neg) negation = t;
    else uncertainty = t;
  }
  // "Dissection: right - no, left - yes", "Stenosis: left VA 0 %, right VA 80 %": a line of
  // values that also holds a positive one affirms its label.
  if (negation && negation.start >= term.end && positiveValueAfter(r, negation.end, term))
    negation = undefined;
  // Uncertainty wins over negation: an uncertain finding must never read as excluded.
  const text = (t: Trigger): string => r.text.slice(t.start, t.end);
  if (uncertainty)
    return uncertainty.kind === 'request'
      ? { status: 'uncertain', trigger: text(uncertainty), request: true }
      : { status: 'uncertain', trigger: text(uncertainty) };
  if (negation) return { status: 'negated', trigger: text(negation) };
  return { status: 'affirmed' };
}

/** One status per finding for a report: affirmed anywhere > uncertain > negated. */
export function summariseMentions(mentions: readonly Mention[]): Map<FindingId, MentionStatus> {
  const rank: Record<MentionStatus, number> = { affirmed: 3, uncertain: 2, negated: 1 };
  const out = new Map<FindingId, MentionStatus>();
  for (const m of mentions) {
    const prev = out.get(m.finding);
    if (!prev || rank[m.status] > rank[prev]) out.set(m.finding, m.status);
  }
  return out;
}

/**
 * FS-8: false when the reader cannot vouch for having read the report — the text is mostly
 * in a script the lexicon does not cover, or it holds neither a recognised finding term nor
 * a recognised normal-study phrase ("Normal.", "unremarkable", "no pathological changes").
 * Empty text: nothing to read, true.
 */
/** Something other than white space (what trim() removes), found without a trimmed copy. */
const NON_BLANK = /\S/;

export function isMachineRead(
  text: string,
  mentions: readonly Mention[],
  lexicon: Lexicon = LEXICON_EN,
): boolean {
  if (!NON_BLANK.test(text)) return true;
  const lex = compileLexicon(lexicon);
  let covered = 0;
  let foreign = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) covered++;
    } else if (lex.letterRanges.some(([a, b]) => c >= a && c <= b)) covered++;
    else if (lex.letter.test(text[i]!)) foreign++;
  }
  if (foreign > covered) return false;
  if (mentions.length > 0) return true;
  lex.normal.lastIndex = 0;
  return lex.normal.test(text);
}
