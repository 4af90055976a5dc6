/**
 * Hard line wraps in dictated reports: whether a line break joins one phrase across two lines
 * ("No evidence of\ndissection", "No hyperacute\ninfarct") or starts a new one ("No
 * haemorrhage\nacute infarct"). Used by reader-text.ts `wrappedStart` / `wrappedEnd`. Plain
 * TypeScript.
 */
import { firstFrom, type Reading, type Trigger } from './reader-text';

/** A line left open at its end by a word that needs what follows ("no evidence of", "without"). */
const FUNCTION_END =
  /(?:\b(?:of|for|the|a|an|in|to|with|without|no|nil|not|nor|or|and|any|evidence|signs?|is|are|was|were|suggest|suggesting|indicate|represent|including)|,)$/i;
/**
 * A line ending in a list's next item begun (", intracranial", "or significant") or in what a
 * negation would suggest ("to suggest acute").
 */
const LIST_TAIL = /(?:,|\b(?:or|and|nor|suggest\w*|indicat\w*))\s+(?:[\w-]+\s+)?[\w-]+$/i;
/** A line ending in a word that may qualify a finding on the next ("vertebral artery\ndissection"). */
const MODIFIER_END =
  /\b(?:definite|significant|obvious|further|artery|arteries|vertebral|va|vas|carotid|basilar|intracranial|cerebellar|acute|subacute|focal|intimal|uncovertebral|cervical|spinal|cord|flow-limiting|limiting|ha?emodynamically|large|vessel|small|new|old|prior|previous|residual|measurable|appreciable|ligamentous|major|marked|mild|moderate|severe|high-grade|bony|osseous|traumatic|recent|discrete|abnormal|excessive|pathological|increased|decreased|reduced|limb|arm|leg|hand|facial|visual|double|slurred|speech|vascular|arterial|intraluminal|circulation|territorial|posterior|anterior|cerebral|ha?emorrhagic|isch(?:a)?emic|embolic|lacunar)$/i;
/** Words that qualify a finding not yet named, after a negation ("No hyperacute\ninfarct"). */
const QUALIFIER =
  /^(?:hyper-?acute|acute|subacute|chronic|cortical|subcortical|cerebellar|brainstem|brain|stem|thalamic|pontine|medullary|watershed|territorial|lacunar|embolic|high|grade|high-grade|critical|severe|significant|displaced|unstable|restricted|vertebral|body|cervical|spine|spinal|left|right|lt|rt|bilateral|or|and|nor|definite|focal|new|recent|intracranial|extracranial|flow-limiting|pica|aica|territory|occipital|parietal|frontal|temporal|type|i|ii|iii|left-sided|right-sided|v[0-4]|segment|proximal|distal|ostial|ct|mr|mri|cta|mra|radiological|radiographic|imaging)$/i;

/**
 * Whether the line break after clause k wraps one phrase onto the next line: a list going
 * on ("no stenosis\nor dissection"), else not when the line ends in a finding ("No haemorrhage\nacute infarct", "No significant stenosis\nleft
 * VA dissection": a new line, a new finding), nor after a label ("compared to:\n") or a
 * full stop, nor before a side or another phrase's first word unless the line is left open
 * ("No evidence of\nleft VA dissection"). In a report in capitals only an open line goes on
 * ("NO EVIDENCE OF\nDISSECTION").
 */
export function lineWrapAfter(r: Reading, k: number): boolean {
  const end = r.clauseEnd[k]!;
  const next = r.clauseStart[k + 1]!;
  if (!/^\n[ \t]*$/.test(r.text.slice(end, next))) return false;
  let e = end;
  while (e > 0 && /\s/.test(r.text[e - 1]!)) e--;
  const before = r.text.slice(Math.max(0, e - 40), e);
  if (!/[a-z0-9,)]$/i.test(before)) return false;
  const word = /^[ \t]*([a-z][\w-]*)/i.exec(r.text.slice(next, next + 80))?.[1];
  if (!word) return false;
  // A list going on ("no stenosis\nor dissection"), even after a finding; a negation's
  // evidence going on ("No radiographic\nevidence of instability").
  if (/^(?:or|nor|and)$/i.test(word)) return true;
  if (/^(?:evidence|signs?)$/i.test(word) && /\b(?:no|without)\b[^.;]*$/i.test(before)) return true;
  if (r.termEndingAt(e)) return false;
  const fn = FUNCTION_END.test(before);
  // A modifier in a list going on ("infarct, intracranial\nhaemorrhage", "or significant\n
  // stenosis") or in a phrase without its finding yet ("vertebral artery\ndissection").
  const modifier = MODIFIER_END.test(before);
  // A negation followed only by qualifiers of a finding still to come ("No hyperacute\n
  // infarct", "No evidence of left\nvertebral artery dissection"); not "No hydrocephalus".
  const qualified = negationOpen(r, e);
  const open = fn || qualified || (modifier && (LIST_TAIL.test(before) || !headedLine(r, e)));
  // A finding opening the next line after a closed one is a new finding ("No trauma\n
  // hemianopia", "No stenosis of the right VA\nocclusion of the left VA").
  let at = next;
  while (at < r.text.length && /[ \t]/.test(r.text[at]!)) at++;
  if (!open && r.termStartingAt(at)) return false;
  // A closed line ("No aneurysm", "No hydrocephalus") ends its phrase: the next line is
  // a phrase of its own ("tapered occlusion of the left VA", "patchy restricted diffusion").
  if (!open) return false;
  if (!/^[a-z]/.test(word) && !r.inCapitals()) return false;
  // A side or a new phrase's first word goes on only after a function word ("No evidence
  // of\nleft VA dissection"; not "Nil acute\nleft VA occlusion"), or after a side that waits
  // for its vessel ("No evidence of left\nvertebral artery dissection").
  return (
    fn ||
    (qualified && /\b(?:left|right|lt|rt|bilateral)$/i.test(before)) ||
    !r.lex.phraseStarts.has(word.toLowerCase())
  );
}

/**
 * Whether the line ending at `e` ends in a negation still waiting for its finding: its last
 * trigger a negation before the term, and after it only up to four qualifiers of a finding
 * ("No cerebellar or brainstem", "No evidence of right or left", "No high grade").
 */
function negationOpen(r: Reading, e: number): boolean {
  const { last, across } = triggersBefore(r, e);
  // A negation running over the break is one phrase ("No restricted\ndiffusion to suggest").
  if (across) return true;
  if (!last || last.kind !== 'pre-neg') return false;
  const words = r.text.slice(last.end, e).match(/[^\s,/]+/g) ?? [];
  return words.length > 0 && words.length <= 4 && words.every((w) => QUALIFIER.test(w));
}

/**
 * Whether the line ending at `e` already holds a finding after its last trigger (or, with
 * none, at all): its phrase has its head ("No stenosis of the right vertebral artery").
 * (A trigger begun on the line before, "No\nrestricted diffusion to suggest", counts.)
 */
function headedLine(r: Reading, e: number): boolean {
  const { last } = triggersBefore(r, e);
  return r.termWithin(last ? last.end : r.lineStartOf(e), e) !== undefined;
}

/**
 * The trigger ending last on the line up to `e` (one begun on the line before counts), and
 * whether a negation begun on the line runs over `e`.
 */
function triggersBefore(r: Reading, e: number): { last: Trigger | undefined; across: boolean } {
  const lineStart = r.lineStartOf(e);
  let last: Trigger | undefined;
  let across = false;
  for (let k = firstFrom(r.triggers, Math.max(0, lineStart - 200)); k < r.triggers.length; k++) {
    const t = r.triggers[k]!;
    if (t.start >= e) break;
    if (t.start >= lineStart && t.end > e && t.kind === 'pre-neg') across = true;
    if (t.end > lineStart && t.end <= e && (!last || t.end > last.end)) last = t;
  }
  return { last, across };
}
