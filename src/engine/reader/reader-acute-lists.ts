/**
 * Where a term said acute in its own words stands in a negated list (reader-scope.ts): one
 * more bare item of a normal sentence ("No haemorrhage, acute infarct or mass"), or a phrase
 * of its own after a denied term ("No haemorrhage acute infarct in the left cerebellum").
 * Plain TypeScript, no Angular.
 */
import type { Reading, Term } from './reader-text';

/**
 * "No haemorrhage, acute infarct or mass", "No haemorrhage, acute infarct, or mass effect",
 * "No haemorrhage, recent infarct, mass or hydrocephalus": a stroke term said acute in its own
 * words, bare, with a list of bare items going on after it, is one more item. "No
 * haemorrhage, acute infarct in the left cerebellum" and "…, acute infarct and oedema in the
 * left cerebellum with effacement of the fourth ventricle" are phrases of their own.
 */
export function acuteListItem(r: Reading, t: Term | undefined, at: number, end: number): boolean {
  if (!t || t.start < at) return false;
  const entry = r.lex.terms[t.entry]!;
  const before = r.text.slice(at, t.start);
  if (
    t.start === at ? entry.acute !== true : entry.finding !== 'stroke' || !ACUITY_FIRST.test(before)
  )
    return false;
  // The rest of the sentence after the term: bare items joined by commas, "or", "and".
  const ahead = r.text.slice(t.end, t.end + 300);
  const stop = ahead.search(/[.;\n]/);
  const rest = stop === -1 ? ahead : ahead.slice(0, stop);
  if (
    !/^\s*(?:,|\bor\b|\bnor\b|\band\b)/i.test(rest) ||
    (rest.trim() === '' && r.text[end] !== ',')
  )
    return false;
  // "…, acute infarct or mass effect is seen": alternatives after "or" are one negated list.
  if (/^\s*,?\s*(?:or|nor)\b/i.test(rest)) return true;
  // "…, acute infarct, extra-axial collection, or effacement of the basal cisterns": a
  // comma list closed by "or" is one negated list, however long its last item.
  const or = rest.search(/,?\s+(?:or|nor)\s/i);
  if (/^\s*,/.test(rest) && or > 0 && !PLACE_WORD.test(rest.slice(0, or))) return true;
  return rest
    .split(/,|\bor\b|\bnor\b|\band\/or\b|\band\b/i)
    .every((item) => item.trim().split(/\s+/).length <= 3 && !PLACE_WORD.test(item));
}
/** An acuity word, and a word that only places the infarct, before a stroke term. */
const ACUITY_FIRST =
  /^(?:(?:hyper|sub)?acute\s+or\s+)?(?:(?:hyper|sub)?acute|recent|new|fresh)\s+(?:(?:[\w-]*territor\w*|focal|small|large|isch(?:a?e|a)mic|cortical|lacunar)\s+)?$/i;
/** A side or a brain place: an item that says where is a finding, not a list's bare item. */
const PLACE_WORD =
  /\b(?:left|right|bilateral|cerebell\w*|pons|pontine|medull\w*|brain ?stem|thalam\w*|hemispher\w*|ventricle|vermis|lobe|territory|effacement|with|posterior|anterior|circulation|pica|aica|sca|pca|mca|aca|occipital|parietal|frontal|temporal|basal ganglia|capsule)\b/i;

/**
 * "No haemorrhage acute infarct in the left cerebellum": a term said acute in its own words and
 * placed, right after a term of the same finding that is not, starts a phrase of its own.
 */
export function newlyAcute(r: Reading, prev: Term, t: Term): boolean {
  return (
    r.lex.terms[t.entry]!.acute === true &&
    r.lex.terms[prev.entry]!.acute !== true &&
    /^(?:(?:small|evolving|large|early)\s+)?(?:(?:hyper|sub)?acute|ac\.|early isch)/i.test(
      r.text.slice(t.start, t.end),
    ) &&
    // Placed, and no list going on ("No haemorrhage acute infarct or mass" is one list).
    PLACED_ALONE.test(r.text.slice(t.end, r.clauseEnd[t.clause]!))
  );
}
const PLACED_ALONE =
  /^\.?\s+(?:(?:in|of|within|involving)\s+|(?:left|right|lt|rt|l|r)\s+(?=\w))(?:(?!\b(?:or|nor|no)\b)[^,])*$/i;
