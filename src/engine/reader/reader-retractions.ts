/**
 * What a report takes back after saying it: a doubt said of a negated finding later in its
 * sentence ("not typical for dissection, but it cannot be excluded"), and a correction that
 * quotes the new wording ('Addendum: for "no dissection" read "dissection of the left V3"').
 * Used by reader-qualify.ts. Plain TypeScript, no Angular.
 */
import type { Reading, Term } from './reader-text';

/**
 * "Not typical for dissection, but it cannot be excluded": a doubt said of the same finding
 * after its denial takes the negation back (uncertain; an uncertain finding is never
 * excluded). Only of "it / this / the diagnosis" or nothing named: another finding named
 * there has its own doubt; "it cannot be excluded that the headache is vestibular" is of
 * something else.
 */
const ADVERB =
  '(?:completely|entirely|fully|definitely|definitively|reliably|confidently|totally|safely)';
/** "it cannot be excluded", "cannot be fully ruled out", "it is impossible to exclude", "we cannot exclude it". */
const DOUBT =
  '(?:(?:it|this|that|the diagnosis|its presence|which|an? (?:subtle|small|tiny|short) one)\\s+)?(?:(?:still|yet)\\s+)?' +
  `(?:(?:cannot|can\\s?not|could\\s?not|can't|couldn't|is\\s+not|was\\s+not|may\\s+not)\\s+(?:yet\\s+)?(?:be\\s+)?(?:(?:${ADVERB}|100\\s?%)\\s+)?(?:excluded|ruled\\s+out)` +
  `|not\\s+(?:(?:${ADVERB}|100\\s?%)\\s+)?(?:excluded|ruled\\s+out)` +
  `|(?:(?:it\\s+)?is\\s+)?(?:impossible|not\\s+possible)\\s+to\\s+(?:${ADVERB}\\s+)?(?:exclude|rule\\s+out)(?:\\s+it)?(?:\\s+${ADVERB})?` +
  `|(?:(?:i|we)\\s+)?(?:cannot|can\\s?not|could\\s?not|can't|couldn't|(?:am|are|was|were|is)?\\s*unable\\s+to)\\s+(?:${ADVERB}\\s+)?(?:exclude|rule\\s+out)(?:\\s+it)?(?=\\s*(?:[.,;)\\n]|$)|\\s+(?:on|in|at|with|given|due|because|completely|entirely|fully|though|however|yet|either)\\b))` +
  '\\b(?!\\s+(?:that|whether|if|before|until|as)\\b)';
const CONJUNCTION = '(?:but|however|although|though|yet|nevertheless|still)';
/**
 * Later in the term's sentence (over an abbreviation's full stop: "(incl. V3)"), after a
 * conjunction or right after a semicolon ("No dissection; cannot be excluded though").
 */
const DOUBTED_AFTER = new RegExp(
  `^(?:[^.;\\n]|(?<=\\b(?:incl|approx|vs|e\\.g|i\\.e))\\.){0,160}?(?:\\b(${CONJUNCTION}\\b,?\\s+${DOUBT})|;\\s*((?:${CONJUNCTION}\\b,?\\s+)?${DOUBT}))`,
  'i',
);
/**
 * A next sentence that is the doubt alone: "No dissection. However, it cannot be excluded.",
 * "Cannot be completely excluded.", "It cannot be excluded, however."
 */
const DOUBT_ALONE = new RegExp(
  `^\\s*((?:${CONJUNCTION}\\s*,?\\s+)?${DOUBT}(?:\\s+${ADVERB})?)(?:\\s*,?\\s*(?:however|though|either))?(?:\\s+(?:on this (?:study|examination|scan)))?\\s*[.!]?\\s*$`,
  'i',
);

/** How far after a term a doubt is looked for (the longest doubt and its lead fit). */
const REACH_AFTER = 400;

/** The doubt said after a negated term, in its sentence or as the next one; or null. */
export function doubtedAfter(r: Reading, term: Term): string | null {
  const s = r.clauseSentence[term.clause]!;
  // (Within reach only: a long list costs no more per term.)
  const end = Math.min(r.sentenceEnd[s]!, term.end + REACH_AFTER);
  const doubt = DOUBTED_AFTER.exec(r.text.slice(term.end, end));
  if (doubt) return (doubt[1] ?? doubt[2])!;
  // The next sentence with words (past an empty one between a full stop and a line break).
  let k = s + 1;
  while (
    k < r.sentenceEnd.length - 1 &&
    /^\s*$/.test(r.text.slice(r.sentenceStart[k]!, r.sentenceEnd[k]!))
  )
    k++;
  const next = r.sentenceStart[k];
  const nextEnd = r.sentenceEnd[k];
  if (next === undefined || nextEnd === undefined || nextEnd - next > REACH_AFTER) return null;
  if (next - term.end > REACH_AFTER || r.termWithin(term.end, nextEnd)) return null;
  return DOUBT_ALONE.exec(r.text.slice(next, nextEnd))?.[1] ?? null;
}

/** Words that introduce a report's corrected wording in quotes: 'should read "…"'. */
const CORRECTING =
  /(?:\b(?:(?:should|to|now|will|shall) (?:read|be)|reads? as|read|replaced? (?:with|by)|amended to|corrected to|changed to)|\u2192|->)\s*:?\s*$/i;
const QUOTES = '"\u201c\u201d\u00ab\u00bb';
/** Single quotes: a quote only at a word's edge ('no dissection'), not an apostrophe. */
const SINGLE = "'\u2018\u2019";
const REACH = 80;

/** Words after a quote that withdraw it for a new quoted wording: '"no dissection" should read "…"'. */
const WITHDRAWN_AFTER =
  /^\s*(?:(?:(?:should|to|now|shall|will) (?:read|be)|(?:is|was|has been) (?:replaced|amended|corrected|changed) (?:to|with|by)|,?\s*read)\s*:?|\u2192|->)\s*["\u201c\u00ab]/i;
/** Before a withdrawn quote: 'for "…" read "…"'. */
const FOR_BEFORE = /\b(?:for|instead of|in place of)\s*$/i;

/** Whether the text holds a quote mark at all (asked for every term: the last text's answer kept). */
let lastText = '';
let lastHasQuotes = false;
function hasQuotes(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasQuotes = QUOTE_MARK.test(text);
  }
  return lastHasQuotes;
}
const QUOTE_MARK = /["\u201c\u201d\u00ab\u00bb'\u2018\u2019]/;

/** The span of the quote holding the term, on its line and within reach; or null. */
function quoteAround(r: Reading, term: Term): { open: number; close: number } | null {
  const { text } = r;
  if (!hasQuotes(text)) return null;
  let open = -1;
  for (let i = term.start - 1; i >= 0 && i >= term.start - REACH; i--) {
    const c = text[i]!;
    if (c === '\n') return null;
    if (QUOTES.includes(c) || (SINGLE.includes(c) && /^[\s(]?$/.test(text[i - 1] ?? ''))) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  const single = SINGLE.includes(text[open]!);
  for (let i = term.end; i < text.length && i < term.end + REACH; i++) {
    const c = text[i]!;
    if (c === '\n') return null;
    // (A single quote closes only before a space or a stop: not the apostrophe of "patient's".)
    if (single ? SINGLE.includes(c) && /^[\s.,;:)]?$/.test(text[i + 1] ?? '') : QUOTES.includes(c))
      return { open, close: i };
  }
  return null;
}

/**
 * The quote a term stands in and its role, found once: the corrected wording ('… should read
 * "dissection of the left V3"': `correcting`, the quote's span, so no trigger outside it
 * reaches the term) or the wording a correction withdraws ('"dissection" should read "no
 * dissection"', 'for "dissection" read "…"': `withdrawn`, not what the report says); or null.
 */
export function quoteRole(
  r: Reading,
  term: Term,
): { correcting: { open: number; close: number } } | { withdrawn: true } | null {
  const q = quoteAround(r, term);
  if (!q) return null;
  if (CORRECTING.test(r.text.slice(Math.max(0, q.open - 40), q.open))) return { correcting: q };
  const after = r.text.slice(q.close + 1, q.close + 40);
  if (!WITHDRAWN_AFTER.test(after)) return null;
  // 'for "…" read' or '"…" should read': a bare ', read' only after "for".
  return !/^\s*,?\s*read\b/i.test(after) ||
    FOR_BEFORE.test(r.text.slice(Math.max(0, q.open - 20), q.open))
    ? { withdrawn: true }
    : null;
}
