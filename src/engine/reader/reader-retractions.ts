/**
 * What a report takes back after saying it: a doubt said of a negated finding later in its
 * sentence ("not typical for dissection, but it cannot be excluded"), and a correction that
 * quotes the new wording ('Addendum: for "no dissection" read "dissection of the left V3"').
 * Used by reader-qualify.ts. Plain TypeScript, no Angular.
 */
import type { Reading, Term } from './reader-text';

/**
 * "Not typical for dissection, but it cannot be excluded": a doubt said of the same finding
 * later in its sentence takes the negation back (uncertain; an uncertain finding is never
 * excluded). Only of "it / this / the diagnosis": another finding named there has its own.
 */
const DOUBTED_AFTER =
  /^[^.;\n]{0,80}?(?:;\s*)?\b((?:but|however|although|though|yet)\b,?\s+(?:it|this|that|the diagnosis)\s+(?:cannot|can\s?not|could\s?not|can't|couldn't|is\s+not|was\s+not|may\s+not)\s+(?:yet\s+)?(?:be\s+)?(?:(?:completely|entirely|fully|definitely|definitively|reliably|confidently|totally|safely)\s+)?(?:excluded|ruled\s+out)\b)/i;

/** The doubt said after a negated term in its sentence, or null. */
export function doubtedAfter(r: Reading, term: Term): string | null {
  const end = r.sentenceEnd[r.clauseSentence[term.clause]!]!;
  const doubt = DOUBTED_AFTER.exec(r.text.slice(term.end, end));
  return doubt ? doubt[1]! : null;
}

/** Words that introduce a report's corrected wording in quotes: 'should read "…"'. */
const CORRECTING =
  /\b(?:(?:should|to|now|will|shall) read|reads? as|read|replaced? (?:with|by)|amended to|corrected to|changed to)\s*:?\s*$/i;
const QUOTES = '"\u201c\u201d\u00ab\u00bb';
const REACH = 80;

/** Words after a quote that withdraw it: '"no dissection" should read …'. */
const WITHDRAWN_AFTER =
  /^\s*(?:(?:should|to|now|shall|will) read|(?:is|was|has been) (?:replaced|amended|corrected|changed)|,?\s*read)\b/i;
/** Before a withdrawn quote: 'for "…" read "…"'. */
const FOR_BEFORE = /\b(?:for|instead of|in place of)\s*$/i;

/** The span of the quote holding the term, on its line and within reach; or null. */
function quoteAround(r: Reading, term: Term): { open: number; close: number } | null {
  const { text } = r;
  let open = -1;
  for (let i = term.start - 1; i >= 0 && i >= term.start - REACH; i--) {
    const c = text[i]!;
    if (c === '\n') return null;
    if (QUOTES.includes(c)) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  for (let i = term.end; i < text.length && i < term.end + REACH; i++) {
    const c = text[i]!;
    if (c === '\n') return null;
    if (QUOTES.includes(c)) return { open, close: i };
  }
  return null;
}

/**
 * The corrected wording a term stands in ('… should read "dissection of the left V3"'): the
 * quote's span, so no trigger outside it reaches the term; or null.
 */
export function correctingQuote(r: Reading, term: Term): { open: number; close: number } | null {
  const q = quoteAround(r, term);
  return q && CORRECTING.test(r.text.slice(Math.max(0, q.open - 40), q.open)) ? q : null;
}

/**
 * The wording a correction withdraws ('"dissection" should read "no dissection"', 'for
 * "dissection" read "…"'): not what the report says.
 */
export function withdrawnQuote(r: Reading, term: Term): boolean {
  const q = quoteAround(r, term);
  if (!q) return false;
  const after = r.text.slice(q.close + 1, q.close + 40);
  if (!WITHDRAWN_AFTER.test(after)) return false;
  // 'for "…" read' or '"…" should read': a bare ', read' only after "for".
  return (
    !/^\s*,?\s*read\b/i.test(after) ||
    FOR_BEFORE.test(r.text.slice(Math.max(0, q.open - 20), q.open))
  );
}
