/**
 * Misspellings of long words: within one edit (a letter added, dropped or changed, or two
 * neighbours swapped: "arthorsis") of a lexicon word of at least 8 letters. Two words within one edit of each other share their first four or their
 * last four letters (the edit lies in one half), so the index keys words by both; a text
 * word is looked up with two numeric keys and checked letter by letter: no allocation per
 * word, and only words of 8 letters or more are ever looked at.
 */

export const MIN_SPELLING_LENGTH = 8;

export interface SpellingIndex {
  byPrefix: Map<number, string[]>;
  bySuffix: Map<number, string[]>;
  /**
   * Shorter words, only ever joined across a hyphen at a line end or a soft hyphen
   * ("in-\ninfarct"), never corrected: one edit from a short word is too often another word.
   */
  short: Set<string>;
}

export interface Correction {
  /** The misspelt word in the original text. */
  start: number;
  end: number;
  /** The corrected word in the corrected text. */
  fixedStart: number;
  fixedEnd: number;
  word: string;
}

const lower = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);
/** An ASCII letter: a misspelt word is a run of 8 or more of them (a neighbour of another
 * script is checked in code). */
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function key4(s: string, at: number): number {
  let k = 0;
  for (let i = at; i < at + 4; i++) k = k * 32 + (lower(s.charCodeAt(i)) - 96);
  return k;
}

export function buildSpellingIndex(words: readonly string[]): SpellingIndex {
  const index: SpellingIndex = { byPrefix: new Map(), bySuffix: new Map(), short: new Set() };
  const add = (map: Map<number, string[]>, k: number, w: string): void => {
    const list = map.get(k);
    if (list) list.push(w);
    else map.set(k, [w]);
  };
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (!/^[a-z]+$/.test(w)) continue;
    if (w.length < MIN_SPELLING_LENGTH) {
      index.short.add(w);
      continue;
    }
    add(index.byPrefix, key4(w, 0), w);
    add(index.bySuffix, key4(w, w.length - 4), w);
  }
  return index;
}

/**
 * Edit distance of text[start, end) and w, capped: 0, 1 or 2 (meaning "more than 1"). Two
 * neighbouring letters swapped count as one edit (Damerau).
 */
export function distanceAtMostOne(text: string, start: number, end: number, w: string): number {
  const n = end - start;
  const m = w.length;
  if (n - m > 1 || m - n > 1) return 2;
  let i = 0;
  while (i < n && i < m && lower(text.charCodeAt(start + i)) === w.charCodeAt(i)) i++;
  if (i === n && i === m) return 0;
  let j = 0;
  while (
    j < n - i &&
    j < m - i &&
    lower(text.charCodeAt(end - 1 - j)) === w.charCodeAt(m - 1 - j)
  ) {
    j++;
  }
  if (n - i - j <= 1 && m - i - j <= 1) return 1;
  const swapped =
    n === m &&
    n - i - j === 2 &&
    lower(text.charCodeAt(start + i)) === w.charCodeAt(i + 1) &&
    lower(text.charCodeAt(start + i + 1)) === w.charCodeAt(i);
  return swapped ? 1 : 2;
}

function lookup(index: SpellingIndex, text: string, start: number, end: number): string | null {
  let best: string | null = null;
  for (const list of [
    index.byPrefix.get(key4(text, start)),
    index.bySuffix.get(key4(text, end - 4)),
  ]) {
    if (!list) continue;
    for (const w of list) {
      const d = distanceAtMostOne(text, start, end, w);
      if (d === 0) return null;
      if (d === 1) best ??= w;
    }
  }
  return best;
}

/** Length of a break inside a word at `p`: a soft hyphen, or a hyphen ending a line. */
function wordBreak(text: string, p: number): number {
  if (text.charCodeAt(p) === 0xad) return 1;
  if (text[p] !== '-') return 0;
  let q = p + 1;
  while (text[q] === ' ' || text[q] === '\t') q++;
  if (text[q] === '\r') q++;
  if (text[q] !== '\n') return 0;
  q++;
  while (text[q] === ' ' || text[q] === '\t') q++;
  return q - p;
}

/** The letters of a word going on past soft hyphens or line-end hyphens, and its end. */
function brokenWord(text: string, i: number, p: number): { word: string; end: number } | null {
  let word: string | null = null;
  for (let gap = wordBreak(text, p); gap > 0; gap = wordBreak(text, p)) {
    const from = p + gap;
    const c = text.charCodeAt(from);
    if (!(c >= 97 && c <= 122)) break; // a lower-case letter goes on with the word
    word ??= text.slice(i, p);
    p = from;
    while (p < text.length && isAsciiLetter(text.charCodeAt(p))) p++;
    word += text.slice(from, p);
  }
  return word !== null ? { word, end: p } : null;
}

/** A lexicon word equal to `word`, else (8 letters or more) one within one edit of it. */
function exactOrNear(index: SpellingIndex, word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < MIN_SPELLING_LENGTH) return index.short.has(lower) ? lower : null;
  for (const list of [
    index.byPrefix.get(key4(lower, 0)),
    index.bySuffix.get(key4(lower, lower.length - 4)),
  ])
    if (list?.includes(lower)) return lower;
  return lookup(index, word, 0, word.length);
}

/**
 * The correction in the case of the word it replaces: "OSTEOCHONDROSSIS" → upper case,
 * "Osteochondrossis" → a capital first letter (it may open a sentence after a "?").
 */
function inCaseOf(text: string, start: number, end: number, word: string): string {
  const upper = (c: number): boolean => c >= 65 && c <= 90;
  if (!upper(text.charCodeAt(start))) return word;
  if (end - start > 1 && upper(text.charCodeAt(start + 1))) return word.toUpperCase();
  return word[0]!.toUpperCase() + word.slice(1);
}

/** The text with misspelt long words corrected, or null when there is nothing to correct. */
export function correctSpelling(
  index: SpellingIndex,
  text: string,
  read: readonly { start: number; end: number }[] = [],
): { text: string; fixes: Correction[] } | null {
  let fixes: Correction[] | null = null;
  let k = 0;
  // Runs of 8 or more ASCII letters, found by one pass over the characters (what the regex
  // /[a-z]{8,}/gi finds, without trying each place inside a shorter word again).
  const n = text.length;
  for (let p = 0; p < n; ) {
    if (!isAsciiLetter(text.charCodeAt(p))) {
      p++;
      continue;
    }
    const i = p;
    while (p < n && isAsciiLetter(text.charCodeAt(p))) p++;
    // A word broken by a soft hyphen or a hyphen at a line end ("Uncover-\ntebral"), going
    // on in lower case: joined, when the whole is a lexicon word (or one edit from one).
    const joined = brokenWord(text, i, p);
    if (joined) {
      while (k < read.length && read[k]!.end <= i) k++;
      if (!(k < read.length && read[k]!.start <= i)) {
        const w = exactOrNear(index, joined.word);
        if (w) {
          (fixes ??= []).push({ start: i, end: joined.end, fixedStart: 0, fixedEnd: 0, word: w });
          p = joined.end;
          continue;
        }
      }
    }
    const j = p;
    if (j - i < MIN_SPELLING_LENGTH) continue;
    if (
      (i > 0 && text.charCodeAt(i - 1) >= 128) ||
      (j < text.length && text.charCodeAt(j) >= 128)
    ) {
      continue;
    }
    while (k < read.length && read[k]!.end <= i) k++;
    if (k < read.length && read[k]!.start <= i) continue; // inside a term already read
    const w = lookup(index, text, i, j);
    if (w) (fixes ??= []).push({ start: i, end: j, fixedStart: 0, fixedEnd: 0, word: w });
  }
  if (!fixes) return null;
  let out = '';
  let from = 0;
  for (const f of fixes) {
    out += text.slice(from, f.start);
    f.fixedStart = out.length;
    out += inCaseOf(text, f.start, f.end, f.word);
    f.fixedEnd = out.length;
    from = f.end;
  }
  out += text.slice(from);
  return { text: out, fixes };
}

/** White space other than one plain space (tabs, no-break and other Unicode spaces, CR), or a line break after a colon. */
const ODD_SPACE = /[\t\r\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}|:[ \t]*\n| \n| $/;
const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 13 ||
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;
/** A label whose line break is kept: a request or a history, which reads only its own line. */
const LABEL_KEEPS_LINE =
  /\b(?:indications?|clinical (?:question|indication|information|query|details|history)s?|reason for\b.*|requests?|referral|referred|history|hx|anamnesis|questions?|query|family\b.*)\s*$/i;
const LINE_AFTER_COLON = /[^\S\n]*\n[^\S\n]*(?=[^\s])/y;
/** A label line that negates: its next line is read on its own ("No stenosis of the following:"). */
const NEGATING_LABEL = /\b(?:no|not|without|negatives?|free of|none|excluded|ruled out)\b/i;
const CONTRACTIONS =
  /\b(is|are|was|were|has|have|had|does|do|did|could|would|should|must|need|wo|ca)n['\u2019`]t\b/gi;
const CONTRACTION = /n['\u2019`]t\b/i;
/** Typographic apostrophes (right and left single quotes, the modifier letter). */
const CURLY = /[\u2018\u2019\u02bc]/;
const CURLY_ALL = /[\u2018\u2019\u02bc]/g;

/**
 * Where a line break after "Label:" ends when the value goes on the next line ("Left VA:\nnot
 * located"), or -1: not after a request or history label, nor a long line.
 */
function valueOnNextLine(text: string, i: number): number {
  LINE_AFTER_COLON.lastIndex = i;
  if (!LINE_AFTER_COLON.test(text)) return -1;
  const label = text.slice(text.lastIndexOf('\n', i - 1) + 1, i - 1);
  if (label.length > 60 || LABEL_KEEPS_LINE.test(label) || NEGATING_LABEL.test(label)) return -1;
  // (Not a table's row: "Comparison:\n| Sequence | 03/2026 | 20/11/2026 |" keeps its header.)
  if (text[LINE_AFTER_COLON.lastIndex] === '|') return -1;
  return LINE_AFTER_COLON.lastIndex;
}

/**
 * The text with each run of white space within a line as one plain space (pasted PDF or Word
 * text carries double, no-break and tab spaces; a lone CR is a line break) and a label's value
 * on the next line joined to it ("Left VA:\nnot located"), or null when there is none of
 * these: the reader's phrases then need only one kind of space.
 */
export function normaliseSpace(text: string): { text: string; fixes: Correction[] } | null {
  const contracted = CONTRACTION.test(text);
  const curly = CURLY.test(text);
  if (!contracted && !curly && !ODD_SPACE.test(text)) return null;
  const edits: { start: number; end: number; word: string }[] = [];
  for (let i = 0; i < text.length; ) {
    // After "Label:" (any white space then the line break: "Left VA:\u00a0\n").
    const joined = text.charCodeAt(i - 1) === 58 ? valueOnNextLine(text, i) : -1;
    if (joined === -1 && !isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = joined;
    let word = ' ';
    if (j === -1) {
      j = i;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      // "\r\n": the CR goes with the line break; a lone CR is one; white space before a line
      // break or the end goes (a clause of white space alone would cut a line of values).
      if (text[j] !== '\n' && text.slice(i, j).includes('\r')) word = '\n';
      else if (j >= text.length || text[j] === '\n') word = '';
    }
    if (text.slice(i, j) !== word) edits.push({ start: i, end: j, word });
    i = j;
  }
  // "isn't", "wasn't", "can't": the negation spelt out, as the reader's phrases have it.
  if (contracted) {
    for (const m of text.matchAll(CONTRACTIONS)) {
      const base = m[1]!.toLowerCase();
      const full = base === 'wo' ? 'will' : base === 'ca' ? 'can' : m[1]!;
      edits.push({ start: m.index, end: m.index + m[0].length, word: `${full} not` });
    }
  }
  // "Horner’s syndrome", "hangman’s": a typographic apostrophe (Word, PDF) read as "'".
  if (curly) {
    const taken = edits.filter((e) => e.word.endsWith(' not'));
    for (const m of text.matchAll(CURLY_ALL))
      if (!taken.some((e) => m.index >= e.start && m.index < e.end))
        edits.push({ start: m.index, end: m.index + 1, word: "'" });
  }
  if (contracted || curly) edits.sort((a, b) => a.start - b.start);
  if (edits.length === 0) return null;
  const fixes: Correction[] = [];
  let out = '';
  let from = 0;
  for (const e of edits) {
    out += text.slice(from, e.start);
    fixes.push({ ...e, fixedStart: out.length, fixedEnd: out.length + e.word.length });
    out += e.word;
    from = e.end;
  }
  out += text.slice(from);
  return { text: out, fixes };
}
