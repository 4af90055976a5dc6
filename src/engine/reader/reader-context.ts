/**
 * Which finding a term is where it stands (the context rules: a vessel term of the vertebral
 * artery, a spine term of the neck, a brain term of the head) and whether a dated term is said
 * to be acute. Split from reader-text.ts. Plain TypeScript.
 */
import type { TermContext, TermReading } from './lexicon-en';
import {
  BRAIN,
  CERVICAL,
  isVesselStudy,
  OTHER_VESSEL,
  Reading,
  VA,
  type Term,
} from './reader-text';

export function contextHolds(r: Reading, context: TermContext, term: Term): boolean {
  if (context === 'any') return true;
  if (context === 'vessel') return vesselHolds(r, term);
  const s = r.clauseSentence[term.clause]!;
  const region = r.study?.region;
  if (context === 'spine') {
    const inRegion = region === undefined || region === 'cervical-spine';
    if (inRegion && !r.names(s, BRAIN)) return true;
    return r.names(s, CERVICAL);
  }
  if (r.names(s, BRAIN)) return true;
  // A sentence wrapped after a comma goes on with the line before it ("…in the left lateral
  // medulla,\nconsistent with infarct.").
  const before = afterCommaWrap(r, s);
  if (before !== null && r.names(before, BRAIN)) return true;
  return region === 'head' && !r.names(s, CERVICAL);
}

/** What only goes on to say what the line before described ("consistent with infarct"). */
const WRAPPED_TAIL =
  /^\s*(?:(?:most\s+)?(?:consistent|compatible|in keeping|suggestive|suspicious|likely|probably|representing|typical|characteristic|concerning)\b)/i;

/**
 * The sentence before `s` when it ended in a comma at a line break and `s` only goes on to
 * say what it was, else null (not "Brainstem unremarkable,\nhistory of myocardial infarction").
 */
function afterCommaWrap(r: Reading, s: number): number | null {
  if (s === 0) return null;
  const start = r.sentenceStart[s]!;
  if (!WRAPPED_TAIL.test(r.text.slice(start, start + 40))) return null;
  let e = r.sentenceEnd[s - 1]!;
  if (r.text[e] !== '\n') return null;
  while (e > 0 && /\s/.test(r.text[e - 1]!)) e--;
  return r.text[e - 1] === ',' ? s - 1 : null;
}

export function readingFor(
  r: Reading,
  term: Term,
  entry: TermReading & { otherwise?: readonly TermReading[] },
): TermReading | undefined {
  if (contextHolds(r, entry.context, term)) return entry;
  return entry.otherwise?.find((o) => contextHolds(r, o.context, term));
}

/**
 * A phrase after "and" that only places the term at the VA ("the left VA", "at the left VA
 * origin", "in the origin of the left VA", "proximal left VA at V2"), nothing of its own
 * ("a markedly dominant left VA", "antegrade flow in both VAs", "the left VA origin spared").
 */
const VA_PLACE_ONLY =
  /^\s*(?:also\s+)?(?:(?:at|in|of|within|involving)\s+)?(?:the\s+)?(?:(?:origin|orifice|ostium|mouth|v[0-4](?:\s+segment)?)\s+of\s+(?:the\s+)?)?(?:(?:proximal|distal|mid|intracranial|extracranial)\s+)?(?:(?:left|right|lt|rt|l|r|both|bilateral|right\s+and\s+left|left\s+and\s+right)\.?\s+)?(?:vas?|vertebral(?:\s+arter(?:y|ies))?|[lr]va|v[0-4](?:\s+segment)?)(?:\s+(?:origins?|orifices?|ostia|ostium|mouths?|v[0-4](?:\s+segment)?|\(v[0-4](?:\s*[-\u2013/,]\s*v[0-4])*\)))?(?:\s+(?:at|in|from)\s+(?:the\s+|its\s+)?(?:level\s+of\s+)?(?:origin(?:\s+to\s+c[1-7])?|ostium|v[1-4](?:\s+(?:segment|level))?|c[1-7](?:\s*[-\u2013]\s*c?[1-7])?(?:\s+level)?))?(?:\s+(?:that|which)\s+(?:is|are)\s+(?:(?:hypo|hyper|iso|an)?echo\w*|calcified|soft|irregular|ulcerated))?(?:\s+(?:too|as well|also))?\s*$/i;

/**
 * What may follow the VA's place and still say nothing of its own: a stenosis denied or its
 * grade, a segment or level, the origin, a manipulation before it ("… and at the left VA
 * origin without stenosis", "… (<50%)", "… in V3 without occlusion", "… at C1-C2 after
 * manipulation", "… distal to the origin").
 */
const VA_QUALIFIER =
  /(?:\s+(?:without|not causing|causing no)\s+(?:(?:significant|ha?emodynamically significant|flow-limiting|relevant)\s+)?(?:stenosis|narrowing|occlusion)|\s+(?:causing|producing)\s+(?:an?\s+)?\d+\s*%\s*(?:stenosis|narrowing)|\s*\((?:[<>\u2264\u2265]\s*)?\d+\s*%\)|\s+(?:which|that)\s+is\s+narrowed\s+by\s+\d+\s*%|\s+(?:in|at)\s+(?:the\s+)?v[0-4](?:\s*[-\u2013]\s*v?[0-4])?(?:\s+segments?)?|\s+(?:at|between)\s+(?:the\s+level\s+of\s+)?c[1-7](?:\s*[-\u2013]\s*c?[1-7])?|\s+distal\s+to\s+(?:the|its)\s+origin|\s+(?:after|following)\s+(?:(?:chiropractic|osteopathic|neck|cervical)\s+)?manipulation|\s+extending\s+into\s+the\s+basilar(?:\s+artery)?|\s*\(v[0-4](?:\s*[-\u2013/,]\s*v[0-4])*\))/gi;
/** Qualifiers only, to the phrase's end. */
const VA_QUALIFIERS_ONLY = new RegExp(`^(?:${VA_QUALIFIER.source})+\\s*$`, 'i');
/** Where the qualifiers that end `tail` start, or -1. */
function qualifiersFrom(tail: string): number {
  for (const m of tail.matchAll(VA_QUALIFIER))
    if (VA_QUALIFIERS_ONLY.test(tail.slice(m.index))) return m.index;
  return -1;
}

/**
 * Whether a vessel term is about the vertebral artery: a VA sentence, or a vessel study
 * whose sentence names no other vessel. A sentence naming both decides by the term's own
 * phrase, then by the nearest vessel named before it; when it cannot tell, it is the VA.
 */
function vesselHolds(r: Reading, term: Term): boolean {
  const s = r.clauseSentence[term.clause]!;
  const va = r.names(s, VA);
  const other = r.names(s, OTHER_VESSEL);
  if (!va && !other) {
    return isVesselStudy(r.study);
  }
  if (!other) return true;
  if (!va) return false;
  const sStart = r.sentenceStart[s]!;
  const sEnd = r.sentenceEnd[s]!;
  let ps = sStart;
  let pe = sEnd;
  for (const sep of r.separators.all) {
    if (sep.end <= term.start && sep.end > ps && sep.start >= sStart) ps = sep.end;
    if (sep.start >= term.end && sep.start < pe) {
      pe = sep.start;
      break;
    }
  }
  if (r.vertebral.within(ps, pe)) return true;
  if (r.otherVessel.within(ps, pe)) {
    // "Stenosis of the right ICA and the left VA": a short phrase after "and" naming the VA
    // with no finding of its own shares the term.
    const sep = r.separators.all.find((x) => x.start >= pe);
    if (!sep || sep.start >= sEnd || r.text.slice(sep.start, sep.end).toLowerCase() !== 'and') {
      return false;
    }
    const after = r.separators.all.find((x) => x.start >= sep.end);
    const ne = after && after.start < sEnd ? after.start : sEnd;
    // ("… and at the left VA origin"; not "… and the left VA is normal".) A place's own
    // qualifiers end it ("… at the left VA origin without stenosis", "… of the left VA in V3").
    const tail = r.text.slice(sep.end, ne);
    const q = qualifiersFrom(tail);
    const end = q === -1 ? ne : sep.end + q;
    return (
      r.vertebral.within(sep.end, end) &&
      !r.termWithin(sep.end, end) &&
      VA_PLACE_ONLY.test(r.text.slice(sep.end, end))
    );
  }
  const lastVa = r.vertebral.lastWithin(sStart, ps);
  const lastOther = r.otherVessel.lastWithin(sStart, ps);
  return lastVa >= lastOther;
}

const DWI_AFTER =
  /^[;.\n]\s*(?:in the (?:hyper|sub)?acute (?:stage|phase|period)|(?:stage|age|phase|acuity|timing)\s*(?::|[-\u2013\u2014])\s*(?:approx\w*\.?|about|~)?\s*(?:[1-9]|1[0-4])\s*(?:days?|d|hours?|h)\b|new (?:versus|vs\.?|compared (?:to|with)|relative to|since) (?:the )?(?:prior|previous)|dwi(?:\+|[- ]?(?:positive|bright|hyperintens\w*)|: ?(?:\+|positive|bright|hyperintens\w*|restricted|restriction))|adc:? ?(?:low|reduced|hypointense|dark)|low adc|restricted diffusion|diffusion restriction|restricts diffusion|(?:(?:it|this|the (?:infarct|lesion|stroke|dissection)) (?:is|was|appears|seems|looks) |(?:stage|age|phase|acuity|timing)\s*(?::|[-\u2013\u2014])\s*|(?:most |very )?(?:likely|probably|possibly|presumably) )?(?:(?:hyper|sub|\(sub\)|\(hyper\))?acute|recent|fresh)(?:\s*(?:[-\u2013]|to)\s*(?:sub|hyper)?acute)?(?:\s+(?:stage|phase))?\s*(?:[.;)]|$))/i;

/** Old, chronic, remote said of the term in its phrase ("Old lacunar infarct", "infarct (chronic)"). */
const CHRONIC_BEFORE =
  /(?<![-\w])(?<!\b(?:days?|hours?|weeks?)[- ])(?:old|older|(?<!\bacute[- ]on[- ])chronic|remote|healed|long-?standing)\b(?:[^a-z.;,]+[a-z][a-z-]*){0,4}[^a-z.;,]*$/i;
const CHRONIC_AFTER = /^[^.;]{0,40}?(?:,|\(|\s[-\u2013\u2014])\s*(?:old|chronic|remote|healed)\b/i;

/**
 * Infarcts of several ages, one of them labelled acute right after the term, in two shapes
 * only (a label anywhere later in the sentence is too often another finding's, round 59):
 * "Multiple infarcts of different ages, some acute", "…, the left thalamic one acute";
 * "Infarcts: right cerebellum - old; left cerebellum - acute" (places and ages only); and
 * "infarct {acute}". "none acute", "not one acute", "sinusitis, the left one acute" are not.
 */
const SIDE = '(?:(?:left|right|lt|rt|both|bilateral)\\s+)';
const PLACE =
  '(?:cerebell\\w*|thalam\\w*|pons|pontine|medull\\w*|brain\\s?stem|vermis|midbrain|insula|basal\\s+ganglia|internal\\s+capsule|corona\\s+radiata|(?:occipital|parietal|frontal|temporal)(?:\\s+lobes?)?|(?:cerebellar\\s+|cerebral\\s+)?hemispheres?|(?:pica|aica|sca|pca|mca|aca)(?:\\s+territory)?)';
const OLD = '(?:old|chronic|remote|healed)';
const NEW = '(?:(?:hyper|sub)?acute)';
/** The label ends its part; a comma goes on only to another part, not to "now chronic". */
const END =
  '\\s*(?=[.;)\\n]|$|,(?!\\s*(?:now|previously|prior|previous|on|in|at|excluded|ruled|not|resolved|healed|chronic|old)\\b))';
const AGED_PARTS = new RegExp(
  [
    // "of different ages, some acute", "of various ages, the left thalamic one acute"
    `^\\s*of\\s+(?:different|various|varying|mixed|differing)\\s+ages?\\s*[,;:]\\s*(?:(?:some|one|two|three|several|a\\s+few)(?:\\s+of\\s+(?:them|these))?|the\\s+${SIDE}?(?!(?:no|not|none|non|unlikely|previous|prior|former|earlier|old|older)\\b)[a-z]+\\s+one)\\s+(?:(?:is|are)\\s+)?${NEW}${END}`,
    // ": right cerebellum - old; left cerebellum - acute"
    `^\\s*:\\s*(?:${SIDE}?${PLACE}\\s*[-\u2013\u2014:]\\s*${OLD}\\s*[;,]\\s*)*${SIDE}?${PLACE}\\s*[-\u2013\u2014:]\\s*${NEW}${END}`,
    // "{acute}", "[subacute]" right after the term
    `^\\s*[[{]\\s*${NEW}\\s*[\\]}]`,
  ].join('|'),
  'i',
);

function acuteByAgedParts(r: Reading, term: Term, next: Term | undefined): boolean {
  const sEnd = r.sentenceEnd[r.clauseSentence[term.clause]!]!;
  const to = Math.min(sEnd, term.end + 200);
  const m = to > term.end ? AGED_PARTS.exec(r.text.slice(term.end, to)) : null;
  // The label is the term's own, before any other term of the sentence.
  return m !== null && (!next || next.start < term.end || term.end + m[0].length <= next.start);
}

/**
 * A heading in capitals answered under it or after its colon with an acute place at the start
 * of a sentence: "INFARCTION\nNo infarction in the anterior circulation. Acute in the left PICA
 * territory."
 */
const ACUTE_PLACE = new RegExp(
  `(?:^|[.;\\n])\\s*(?:there (?:is|are) )?(?:(?:an?|one|two|several|multiple) )?(?:${NEW}|new|fresh|recent)(?: ones?| lesions?| foci| focus| areas?)?(?:\\s*[,\u2013\u2014-]\\s*|\\s+(?:in|at|within|involving)\\s+)(?:the\\s+)?(?:${SIDE}|[lr]\\.?\\s+)?${PLACE}`,
  'i',
);
function acuteUnderHeading(r: Reading, term: Term): boolean {
  const start = r.lineStartOf(term.start);
  // (A heading is short: a long line costs no more per term.)
  if (term.start - start > 40) return false;
  const lineEnd = r.lineEndOf(term.end);
  const word = r.text.slice(term.start, term.end);
  // A heading: in capitals after a short label, or the term alone on its line.
  const alone =
    lineEnd !== -1 &&
    lineEnd - term.end < 40 &&
    /^\s*$/.test(r.text.slice(start, term.start) + r.text.slice(term.end, lineEnd));
  if (!alone && (!/[A-Z]/.test(word) || word !== word.toUpperCase())) return false;
  const label = r.text.slice(start, term.start);
  if (!/^[\s\w:-]{0,40}$/.test(label)) return false;
  // (Not a request's heading: "CLINICAL DETAILS: STROKE\nAcute - R cerebellar signs".)
  if (
    /\b(?:clinical|indication|history|request|reason|question|details|referral|(?<!result of )query)\b/i.test(
      label,
    )
  )
    return false;
  // Its answer: after its colon or on the next lines (a blank line between), up to 3 lines.
  let end = lineEnd === -1 ? r.text.length : lineEnd;
  for (let k = 0; k < 3 && end < r.text.length; k++) {
    const e = r.lineEndOf(end + 1);
    end = e === -1 ? r.text.length : e;
  }
  end = Math.min(end, term.end + 400);
  const answer = /^[ \t]*(?::|\n)/.exec(r.text.slice(term.end, end));
  if (answer === null) return false;
  const said = r.text.slice(term.end + answer[0].length, end);
  const m = ACUTE_PLACE.exec(said);
  // The rest of its sentence says no more ("… - not seen", "…? No.", "… at that time").
  if (m === null) return false;
  // (To its first comma: "…, no haemorrhagic transformation" says no more of it; "…, none"
  // takes it back.)
  const [first, next] = said
    .slice(m.index + m[0].length)
    .split(/[.\n]/)[0]!
    .split(/[,;]/);
  // What another finding joined to it says is its own ("… with no mass effect", "… and old in
  // the right occipital lobe", "… (no haemorrhage)"); a size, a comparison's date and "as
  // clinically suspected" say nothing of its age.
  const own = first!
    .replace(SAYS_NOTHING_OF_AGE, ' ')
    .split(/\s+(?:with|and|whereas|while)\s+|\(/)[0]!;
  const bracket = /\(([^)]*)\)?/.exec(first!)?.[1];
  return (
    !NOT_SAID_ACUTE.test(own) &&
    !WHOLE_PART_DOUBT.test(first!) &&
    !(bracket !== undefined && BRACKET_DOUBT.test(bracket)) &&
    !(next !== undefined && TAKEN_BACK.test(next))
  );
}
const SAYS_NOTHING_OF_AGE =
  /\b(?:compared (?:with|to)|since|versus|vs\.?)\b[^,;()]*|\bas (?:clinically |was )?(?:suspected|expected|queried)\b|(?:[:\u2013\u2014-]\s*)?(?:approx(?:imately|\.)?\s+|about\s+|measuring\s+|up to\s+)?\d+(?:[.,]\d+)?\s*(?:mm|cm)\b/gi;
/**
 * Said in the place's own part, up to a comma or a semicolon: its signal is no infarct's ("…
 * with T2 shine-through only"; not "…, not artefact", "…; artefact in the right").
 */
const WHOLE_PART_DOUBT =
  /(?<!\b(?:no|not|without)\s+(?:[\w-]+\s+)?)\b(?:shine-?through|t2 effect|artefact\w*|artifact\w*)\b(?!\s+(?:(?:was|is|has been)\s+)?(?:ruled out|excluded))|\bno (?:true )?restriction\b|\bnot restricted\b/i;
/** A bracket after an acute place that doubts or dates it ("(?)", "(old)", "(not confirmed)"). */
const BRACKET_DOUBT =
  /\?|\b(?:old|chronic|previous|prior|resolved|query|possible|probable|unlikely|doubtful|artefact|artifact|not (?:confirmed|certain|definite|seen on (?:dwi|adc|this|today))|(?:19|20)\d\d)\b/i;
const TAKEN_BACK =
  /^\s*(?:(?:negative|none(?:\s+seen)?|nil|absent|excluded|ruled out|not (?:seen|confirmed|present|demonstrated|found|identified|supported|shown))\b(?!\s+on\s+(?:the\s+)?(?:ct|mri|prior|previous|earlier|admission))|adc (?:normal|unremarkable|increased|high)|(?:t2 )?shine-?through|no(?:\s+evidence)?\s*$)/i;
const NOT_SAID_ACUTE =
  /\?|:(?!\s*\d)(?!\s*(?:see|as)\b)|\b(?:no|not|none|nil|negative|excluded|ruled out|absent|cannot|can't|would|could|should|expected|suspected|queried|query|possible|probable|doubtful|unlikely|previous(?:ly)?|prior|at that time|then|now (?!extend\w*|involv\w*|spread\w*)|chronic|old|resolved|evolved|(?<!\bwith (?:a )?)normal|unremarkable|shine-?through|b\s?1000 only|referral|question|last (?:year|month|week)|(?:[2-9]|\d\d|two|several) (?:weeks|months|years) ago|(?:a|one) (?:month|year) ago|(?:19|20)\d\d)\b/i;

/**
 * Said since to have resolved or aged, in its own phrase ("Previously reported restricted
 * diffusion in the left pons has resolved", "The acute infarcts … described on 04/2026 are now
 * chronic", "… has evolved into a small area of gliosis"); not over a turn to another finding
 * ("…, but the old one has resolved"), nor over another lesion's own "which" ("… beside an old
 * haematoma which has resolved"; a "which" after a place or the term is the term's own).
 */
const RESOLVED_AFTER =
  /^(?:(?!\b(?:and|but|while|whereas|although|with|whose|where|who|(?:that|which)\s+(?:the|a|an|his|her|its|their)|(?<=\b(?:ha?ematomas?|contusions?|lesions?|foci|focus|areas?|changes|hyperintensit(?:y|ies)|holes?|sites?|tracts?|craniotom\w*|craniectom\w*|effusions?|fluid(?:\s+level)?|levels?|sinus(?:es)?|subdurals?|extradurals?|shunts?|catheters?|clips?|coils?|stents?|surgery|operation|procedures?|fractures?|bones?|skull|mastoid\w*|cells|membranes?|sinusitis|mucosa\w*|abscess(?:es)?|o?edema|lacunes?|ha?emorrhages?|bleeds?|tumou?rs?|mass(?:es)?|metastas[ie]s|cysts?|aneurysms?|cavity|cavities|collections?|(?:old|previous|prior|chronic|established|remote)\s+(?:[\w-]+\s+)?infarcts?)\s)(?:that|which)|in an? (?:patient|man|woman|lady|gentleman|child))\b)[^.;,]){0,120}?\b(?:(?:has|have)\s+(?:now\s+|since\s+|completely\s+|largely\s+|partly\s+)?(?:resolved|evolved|healed|normali[sz]ed|disappeared|regressed|matured)|(?:is|are)\s+now\s+(?:chronic|old|gliotic|resolved)|(?:is|are|was|were)\s+no\s+longer\s+(?:seen|visible|present|evident|demonstrated|identified)|evolved\s+into)\b/i;

/** Whether the term's own phrase says it has resolved or aged since (RESOLVED_AFTER). */
export function resolvedSince(r: Reading, i: number): boolean {
  const term = r.terms[i]!;
  const next = r.terms[i + 1];
  const ce = r.clauseEnd[term.clause]!;
  const to = next && next.start >= term.end && next.start < ce ? next.start : ce;
  return RESOLVED_AFTER.test(r.text.slice(term.end, to));
}

/** Acute / subacute / fresh / recent / new said of a dated term (stroke, dissection). */
export function acute(r: Reading, i: number): boolean {
  const term = r.terms[i]!;
  const prev = r.terms[i - 1];
  const next = r.terms[i + 1];
  // Several of different ages, one said acute: the most severe reading (§8).
  if (acuteByAgedParts(r, term, next)) return true;
  if (acuteUnderHeading(r, term)) return true;
  // The phrase runs over soft breaks ("Acute\ninfarct", "Infarct ... - acute").
  let first = term.clause;
  // Over line breaks and dashes, not over a semicolon that goes on with another side.
  const soft = (k: number): boolean => r.text[r.clauseEnd[k]!] !== ';' && r.softBreakAfter(k);
  // Only as far as the phrase can reach: 60 characters or the previous term back, the next
  // term or 300 characters on (a long list of short lines costs no more per term).
  const back = Math.max(term.start - 60, prev && prev.end <= term.start ? prev.end : 0);
  while (first > 0 && r.clauseStart[first]! > back && soft(first - 1)) first--;
  let last = term.clause;
  const on = next && next.start >= term.end ? next.start : term.end + 300;
  while (r.clauseEnd[last]! < on && soft(last)) last++;
  const cs = r.clauseStart[first]!;
  const ce = r.clauseEnd[last]!;
  const from = Math.max(cs, term.start - 60, prev && prev.end <= term.start ? prev.end : 0);
  const to = Math.min(ce, next && next.start >= term.end ? next.start : ce);
  // Said old or chronic in its own phrase: another finding's acuity nearby does not date it.
  if (
    CHRONIC_BEFORE.test(r.text.slice(from, term.start)) ||
    CHRONIC_AFTER.test(r.text.slice(term.end, to))
  )
    return false;
  return (
    r.lex.acuteBefore.test(r.text.slice(from, term.start)) ||
    r.lex.acuteAfter.test(r.text.slice(term.end, to)) ||
    // "Left cerebellar infarct; DWI positive.": the diffusion finding after a semicolon.
    (to === ce && DWI_AFTER.test(r.text.slice(ce, ce + 40))) ||
    (to === ce && acuteAfterSemicolon(r, last, next))
  );
}

/**
 * "Infarct in the left cerebellum; 2-3 days old", "; not old": the clause after a semicolon
 * holds only the term's age (no term of its own), read as if after a comma.
 */
function acuteAfterSemicolon(r: Reading, last: number, next: Term | undefined): boolean {
  const ce = r.clauseEnd[last]!;
  const from = r.clauseStart[last + 1];
  const to = r.clauseEnd[last + 1];
  if (r.text[ce] !== ';' || from === undefined || to === undefined) return false;
  if (next && next.start < to) return false;
  // Only the age at the start of that clause ("; 2-3 days old", not "; scalp haematoma, 2 days old").
  return r.lex.acuteAfterStart.test(`, ${r.text.slice(from, to).trim()}`);
}
