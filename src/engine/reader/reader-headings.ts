/**
 * Headings, lists and checklists that answer a finding in a dictated report: a heading
 * answered "no" on its next line or after its colon ("DISSECTION\nNot seen."), or left
 * unassessed ("Not assessed"); an unticked box; a bullet under a negating line ("Excluded:\n-
 * dissection"); a "no" taken back by a side or an age answered after it ("Left V3: yes",
 * "Subacute: left PICA territory"). Used by reader-qualify.ts. Plain TypeScript.
 */
import { elsewhere } from './reader-elsewhere';
import type { Reading, Term } from './reader-text';

/**
 * A complete "no" under or after a heading: "Not seen.", "None in either vertebral artery.",
 * "No evidence.", "None identified on either side.", "Absent." (not "Not displaced", "No
 * change", "Not excluded", nor a "no" with a side or an exception: "None in either VA except
 * the left").
 */
const NO_ANSWER = new RegExp(
  '^[ \\t]*(?:(?:none|nil|no|not)(?:[ \\t]+(?:definite[ \\t]+|convincing[ \\t]+)?' +
    '(?:evidence|seen|identified|detected|demonstrated|present|evident|visuali[sz]ed|significant))?' +
    '(?:[ \\t]+(?:on|in|of)[ \\t]+(?:either|both|any)[ \\t]+(?:side|level|segment|vessel|va|' +
    'vertebral[ \\t]+arter(?:y|ies)|hemisphere|study)s?(?:[ \\t]+(?:or|and)[ \\t]+(?:the[ \\t]+)?(?:carotids?|icas?|basilar|other[ \\t]+vessels?))?|[ \\t]+bilaterally|[ \\t]+at[ \\t]+any[ \\t]+level|' +
    '[ \\t]+on[ \\t]+(?:this|the[ \\t]+current)[ \\t]+(?:study|examination|exam|scan))?' +
    '|absent|negative|normal)[ \\t]*\\.?[ \\t]*$',
  'i',
);
/**
 * Words that make a "no" naming the heading's finding less than a denial of it: another one
 * ("No other infarct", "No infarct elsewhere"), a side or a place ("No dissection on the
 * right"), an exception, a change.
 */
const PARTIAL =
  /[;%\d]|\b(?:but|however|except|other|others|further|additional|more|new|second|remaining|else|elsewhere|apart|aside|save|change|interval|left|right|lt|rt|on the|in the|at the|anterior|posterior)\b/i;
/** "No acute or chronic infarct": a "no" that names the heading's own finding, and nothing less. */
const namesItsOwn = (answer: string, word: string): boolean =>
  /^[ \t]*no\b/i.test(answer) &&
  answer.toLowerCase().includes(
    word
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .slice(0, 5),
  ) &&
  !PARTIAL.test(answer);

/**
 * The answer (at `from` in the text) denies the heading's finding completely: its first
 * sentence does, and nothing follows it but another finding's heading ("DISSECTION: None.
 * OCCLUSION: None."); "No dissection on the right. Present on the left.", "None. Subacute:
 * left PICA territory." and "Nil. Left V3: yes." say more; so does "No other infarct" (PARTIAL).
 */
function denies(r: Reading, from: number, answer: string, word: string): boolean {
  const stop = answer.indexOf('.');
  const first = stop === -1 ? answer : answer.slice(0, stop + 1);
  if (!NO_ANSWER.test(first) && !namesItsOwn(first, word)) return false;
  if (stop === -1) return true;
  const more = answer.slice(stop + 1);
  if (/^\s*$/.test(more)) return true;
  // "None. Mass: none. Subacute: left PICA territory.": an age or a side later takes it back.
  if (LABELLED.test(more)) return false;
  const label = /^(\s*)([a-z][\w /&-]{0,30}):/i.exec(more);
  if (!label) return false;
  const at = from + stop + 1 + label[1]!.length;
  return r.termWithin(at, at + label[2]!.length) !== undefined;
}
/**
 * "Not assessed", "Non-diagnostic (motion)": a whole answer that says nothing of the finding (not
 * "Not excluded", nor "Not assessed on the right. Left V3: yes.").
 */
const NOT_ASSESSED =
  /^[ \t]*(?:(?:not|cannot be|could not be|un)[ -]?(?:assessed|evaluated|assessable|evaluable)|non-?diagnostic)\b/i;

/**
 * What a heading's answer says of its finding, read once: 'denied' by a complete "no" (see
 * denies) with no side answered yes after it; 'unassessed' ("DISSECTION\nNot assessed
 * (non-contrast study)."); else null.
 */
export function headingReply(r: Reading, term: Term): 'denied' | 'unassessed' | null {
  if (sidesDeny(r, term)) return 'denied';
  const h = headingAnswer(r, term);
  if (h === null) return null;
  const after = h.from + h.answer.length;
  if (
    denies(r, h.from, h.answer, h.word) &&
    !LABELLED.test(cutAtHeading(r.text.slice(after, after + TAKE_BACK_CHARS)))
  )
    return 'denied';
  return NOT_ASSESSED.test(h.answer) &&
    !LABELLED.test(h.answer) &&
    !/\b(?:yes|present|positive|identified|suspected|suspicious|possible|probable|likely|confirmed|(?:left|right|lt|rt)\s+(?:va|v[0-4]|vertebral|cerebell\w*|pica|side)|v[0-4])\b/i.test(
      h.answer,
    )
    ? 'unassessed'
    : null;
}

/** A line that starts with a side ("Right: no", "- left VA - none", "Lt.: yes", "Left (V4): yes"). */
const SIDE_START =
  /^[ \t]*(?:[-*\u2022][ \t]*)?(?:on the )?(?:right|left|rt|lt|r|l|d|s|rva|lva|bilateral(?:ly)?|both(?: sides)?)\b\.?([^:\n\u2013\u2014-]{0,30})[ \t]*[:\u2013\u2014-][ \t]*([^\n]*?)[ \t.]*$/i;
/** The same side alone, nothing more said of where ("Right", "left VA", "L."). */
const SIDE_ONLY = /^[ \t]*(?:va|vertebral(?: artery)?|side)?[ \t]*$/i;
const SIDE_NO =
  /^(?:no|none|nil|absent|negative|none (?:seen|detected)|not (?:seen|detected|present|identified|found|registered|revealed))$/i;
/** A line that answers yes somewhere ("Pons: yes (paramedian)", "Intracranial (V4): left - yes"). */
const SAYS_YES =
  /^[ \t]*(?:[-*\u2022][ \t]*)?(?:(?:intracranial|extracranial|distal|proximal|midline|addendum)\b|(?:vermis|pons|pontine|brain ?stem|medulla|midbrain|cerebell\w*|thalam\w*|v[1-4])\b)[^:=\n]{0,30}[:=\u2013\u2014-]\s*(?:(?:left|right)(?:\s+v[1-4])?\s*[:=\u2013\u2014-]\s*)?(?:yes|y|present|positive|\+)(?![a-z])/i;
/** A line that starts with a side or a segment, answered or not. */
const SIDE_LINE_START =
  /^[ \t]*(?:[-*\u2022][ \t]*)?(?:on the )?(?:right|left|rt|lt|r|l|bilateral|both|v[1-4])\b/i;

/** What may follow the term on its line: "of the VA", "(yes/no)", "/ stenosis". */
const HEADING_REST =
  /^(?:[ \t]*(?:of (?:the )?(?:vas?|vertebral arter(?:y|ies))|\((?:yes|y)[ \t]*\/[ \t]*(?:no|n)\)|[/,&][ \t]*(?:stenosis|occlusion|dissection|narrowing)))*[ \t:]*$/i;

/**
 * A term alone on its line, every side on the lines under it answered no ("Occlusion\nRight:
 * no\nLeft: no"): denied. A side or segment answered otherwise or named more exactly ("Left
 * V4: yes", "Lt.: yes"), even after a blank line, leaves the term as it reads.
 */
function sidesDeny(r: Reading, term: Term): boolean {
  const start = r.lineStartOf(term.start);
  const end = r.lineEndOf(term.end);
  // (Short lines only: a long line costs no more per term.)
  if (end === -1 || term.start - start > 8 || end - term.end > 60) return false;
  if (!/^[ \t]*(?:[-*\u2022][ \t]*)?$/.test(r.text.slice(start, term.start))) return false;
  if (!HEADING_REST.test(r.text.slice(term.end, end))) return false;
  let sides = 0;
  for (let at = end + 1; ; ) {
    const next = r.lineEndOf(at);
    const line = r.text.slice(at, next === -1 ? r.text.length : next);
    const m = SIDE_START.exec(line);
    if (!m) {
      // The layout ends; a side line after a blank line still belongs to it, and a line
      // answering yes after it takes the "no" back ("Vermis: yes", "Addendum: left - yes").
      if (SIDE_LINE_START.test(line) || SAYS_YES.test(line)) return false;
      if (/^[ \t]*$/.test(line) && next !== -1) {
        const after = r.lineEndOf(next + 1);
        if (SIDE_LINE_START.test(r.text.slice(next + 1, after === -1 ? r.text.length : after)))
          return false;
      }
      break;
    }
    if (!SIDE_ONLY.test(m[1]!) || !SIDE_NO.test(m[2]!)) return false;
    sides++;
    if (next === -1) break;
    at = next + 1;
  }
  return sides > 0;
}

/**
 * A heading (in capitals, or closed by a colon) that is the finding's name, with its place
 * or not ("ACUTE CEREBELLAR INFARCT"), and its answer: after its colon, or on the next line
 * ("DISSECTION\nNot seen.", "INFARCTION: No acute or chronic infarct.").
 */
function headingAnswer(
  r: Reading,
  term: Term,
): { answer: string; from: number; word: string } | null {
  const { text } = r;
  const lineStart = r.lineStartOf(term.start);
  const word = text.slice(term.start, term.end);
  const capitals = /[A-Z]/.test(word) && word === word.toUpperCase();
  // The whole rest of the line after the colon: a second sentence may take the denial back.
  const colon = /^([ \t]*:)([^\n]*)/.exec(text.slice(term.end, term.end + 160));
  if (
    capitals &&
    colon &&
    !SAID_KNOWN.test(text.slice(lineStart, term.start)) &&
    /\S/.test(colon[2]!) &&
    /^[\s\w:-]{0,40}$/.test(text.slice(lineStart, term.start))
  )
    return { answer: colon[2]!, from: term.end + colon[1]!.length, word };
  const lineEnd = r.lineEndOf(term.end);
  if (lineEnd === -1) return null;
  // (A section label joined to it, "Findings: ACUTE INFARCT", is no part of the heading.)
  const label = /^[^:\n]{0,30}:[ \t]*/.exec(text.slice(lineStart, term.start))?.[0].length ?? 0;
  const line = text.slice(lineStart + label, lineEnd);
  const rest = text.slice(lineStart + label, term.start) + text.slice(term.end, lineEnd);
  const heading = (/[A-Z]/.test(line) && line === line.toUpperCase()) || /:\s*$/.test(line);
  if (!heading || !/^[\s:/&,()a-z0-9-]{0,40}$/i.test(rest) || SAID_KNOWN.test(rest)) return null;
  return { answer: nextLine(r, term.end), from: lineEnd + 1, word };
}

/** A heading of a finding said to exist ("KNOWN LEFT V3 DISSECTION:", "INTERVAL CHANGE IN"). */
const SAID_KNOWN =
  /\b(?:known|previously|pre-?existing|residual|interval|expansion of|change in|change of)\b/i;

/** The line after the one holding `at` ('' on the last line). */
export function nextLine(r: Reading, at: number): string {
  const end = r.lineEndOf(at);
  if (end === -1) return '';
  const nextEnd = r.lineEndOf(end + 1);
  return r.text.slice(end + 1, nextEnd === -1 ? r.text.length : nextEnd);
}

/**
 * A side or segment answered yes ("Left V3: yes", "On the left - present"), or an acute age
 * answered with a place ("Subacute: left PICA territory"), at the start of a sentence or line:
 * not "Right: V2 segment, IMT 0.9 mm", "Left VA: seen to the skull base", "Chronic: small left
 * cerebellar infarct" (an old finding is no acute one).
 */
/** A finding said present after a denial's own words ("none present", "2 on the left"). */
const SAID_PRESENT = '(?![^.\\n]{0,40}\\b(?:present|\\d+ on)\\b)';
const NOT_A_YES =
  '(?![,\\s(]+(?:antegrade|retrograde|patent|normal|unremarkable|to the|throughout|along|v[0-4] to))';
const LABELLED = new RegExp(
  '(?:^|[.;\\n])[ \\t]*(?:(?:on the )?(?:left|right|lt|rt|bilateral|v[0-4]|c[1-7])\\b[^:\\n.]{0,40}?' +
    '(?::|[ \\t][\\u2013\\u2014-])[ \\t]*(?:(?!normal)[^.\\n,]{0,20},[ \\t]*)?(?:(?:yes|positive(?!\\s+for)|\\+|probable|equivocal|' +
    'suspected|indeterminate|cannot be excluded|not excluded)\\b' +
    `|(?:present|identified|detected|demonstrated)\\b${NOT_A_YES}` +
    '|confirmed(?![,\\s]+(?:patent|normal)))' +
    '|yes,? (?:on|in) the (?:left|right)\\b|\\bpresent (?:in|on|at) the (?:left|right)\\b' +
    '|(?:hyperacute|acute|subacute|early subacute|recent|new)\\b[^:\\n.]{0,20}:[ \\t]*' +
    `(?!(?:no|none|nil|not|negative|absent|nothing|normal|unremarkable|n\\/a|excluded|ruled[ -]out|0|zero)\\b${SAID_PRESENT}|-)[a-z0-9])`,
  'i',
);
/** How far after a "no" its answer may be taken back (the next few sentences). */
export const TAKE_BACK_CHARS = 160;
/** An age labelled after a heading's answer ("Subacute: left cerebellar hemisphere"). */
const AGE_LABELLED = new RegExp(
  '(?:^|[.;\\n]\\s*)(?:hyperacute|acute|subacute|recent|new)\\s*:[ \\t]*' +
    `(?!(?:no|none|nil|not|negative|absent|nothing|normal|unremarkable|n\\/a)\\b${SAID_PRESENT}|-)[a-z0-9]`,
  'i',
);

/** A sentence after the term's (within TAKE_BACK_CHARS) labels a side, segment or age (see LABELLED). */
export function takenBack(r: Reading, term: Term): boolean {
  const end = r.sentenceEnd[r.clauseSentence[term.clause]!]!;
  const after = cutAtHeading(r.text.slice(end, end + TAKE_BACK_CHARS));
  return LABELLED.test(after) || elsewhere(after);
}

/** Text up to the next heading line ("STENOSIS:", "MASTOIDS"): another finding's answers. */
export function cutAtHeading(t: string): string {
  const m =
    /\n[ \t]*(?:(?:[A-Z][A-Z /&()-]{2,40}|[A-Za-z][\w /&()-]{0,40}:)[ \t]*(?:\n|$)|(?!(?:LEFT|RIGHT|LT|RT|BILATERAL|V[0-4]|C[1-7]|ON THE|HYPERACUTE|ACUTE|SUBACUTE|EARLY SUBACUTE|RECENT|NEW|OLD|CHRONIC|PRIOR|PREVIOUS|REMOTE|HEALED|ESTABLISHED)\b)[A-Z][A-Z /&()-]{2,40}:)/.exec(
      t,
    );
  return m ? t.slice(0, m.index) : t;
}

/**
 * The term's answer names an age: its next sentence, or the line after its heading line
 * ("INFARCT\nNo acute infarct. Subacute: left cerebellar hemisphere.").
 */
export function ageLabelled(r: Reading, term: Term): boolean {
  const end = r.sentenceEnd[r.clauseSentence[term.clause]!]!;
  const after = r.text.slice(end, end + 80).replace(/^[\s.;]*/, '');
  if (AGE_LABELLED.test(after) || elsewhere(after)) return true;
  const line = nextLine(r, term.end);
  return line !== '' && (AGE_LABELLED.test(line) || elsewhere(line));
}

/** "[ ] Dissection": a checklist item left unticked. */
export const unticked = (r: Reading, term: Term): boolean =>
  /\[\s*\]\s*$/.test(r.text.slice(Math.max(0, term.start - 8), term.start));

/**
 * A line opening a negated list: "No evidence of:", "No radiological evidence of:", "There is no
 * MR evidence of:", "Negative for any of the following:".
 */
const LIST_NEGATED =
  /(?:\b(?:no|without|negative for|absence of|none of)(?:\s+(?:definite|convincing|radiological|radiographic|imaging|ct|mri?|mra|cta|sonographic|doppler|significant|acute|any))*(?:\s+(?:evidence|signs?)\s+(?:of|for))?(?:\s+(?:any\s+of\s+)?the\s+following)?|^\s*(?:[a-z ]{0,30}:\s*)?(?:pertinent\s+negatives?|negative\s+findings|excluded|ruled\s+out)|\bthe\s+following\s+(?:are|were)\s+(?:not\s+(?:seen|identified|present|demonstrated)|absent|excluded))\s*:\s*$/i;

/** A bullet's rest that makes an exception of a side ("except the left V3", "but left: flap"). */
const BULLET_EXCEPTS =
  /\b(?:except|apart from|aside from|other than)\b[^.\n]{0,30}\b(?:left|right|lt|rt|v[0-4]|c[1-7])\b|\b(?:but|however)\b[^.\n]{0,40}\b(?:left|right|lt|rt|v[0-4]|c[1-7])\b[^.\n]{0,30}\b(?:present|seen|yes|positive|flap|dissect\w*|occlu\w*|equivocal|indeterminate|probable|suspected)\b/i;
/**
 * A clause of a bullet's rest that affirms or places the finding ("left present", "left V3
 * probable", "probable on the left", "flap present"; not another finding's "left V1 origin
 * plaque present"), read only in a clause that denies
 * nothing ("(no intimal flap or intramural haematoma seen)", "intramural haematoma not seen").
 */
const BULLET_AFFIRMS =
  /\b(?:left|right|lt|rt|v[0-4])\b(?![^.\n]{0,20}\b(?:flow|normal variant|hypoplas\w*))[^.\n]{0,20}?\b(?:equivocal|indeterminate|possible|probable|suspected)\b|\b(?:left|right|lt|rt|v[0-4])\b(?![^.\n]{0,20}\b(?:flow|normal variant|hypoplas\w*|plaque|atherom\w*|calcif\w*))[^.\n]{0,20}?\b(?:present|yes|positive)\b|\b(?:left|right|lt|rt|v[0-4])\b(?![^.\n]{0,20}\b(?:flow|normal variant|hypoplas\w*|segments?|well|patent|normal(?:ly)?|opacif\w*))[^.\n]{0,20}?\bdemonstrated\b|\bdemonstrated,?\s+with\s+(?:an?\s+)?(?:intimal\s+)?flap\b|^\s*(?:and\s+)?with\s+(?:an?\s+)?(?:(?:intimal|visible|short|small)\s+)?(?:flap|intramural ha?ematoma|mural ha?ematoma|double lumen)\s*$|\b(?:present|positive|demonstrated|equivocal|indeterminate|possible|probable|suspected)\b[^.\n]{0,20}?\b(?:left|right|lt|rt|v[0-4])\b|\b(?:flap|intramural|ha?ematoma|double lumen|intimal)\w*\b[^.\n]{0,20}?\b(?:present|seen|yes|positive|demonstrated)\b|\b(?:equivocal|possible|probable|suspected|questionable|small|short)\s+(?:intimal\s+)?flap\b/i;
const BULLET_AFFIRMS_ALL = new RegExp(BULLET_AFFIRMS.source, 'gi');

const SIDE_WORD = /\b(?:left|right|lt|rt|v[0-4])\b/i;
/** A side and a segment alone ("left V3"), then said demonstrated ("well demonstrated on source images"). */
const SIDE_ALONE = /^[\s:]*(?:the\s+)?(?:left|right|lt|rt)\s+v[0-4](?:\s+segment)?\s*$/i;
/** A side or segment alone before an answer ("left V3 segment - present", "left VA - present"). */
const SIDE_BEFORE_ANSWER =
  /^[\s:]*(?:(?:in|on)\s+)?(?:the\s+)?(?:left|right|lt|rt)(?:\s+(?:va|vertebral(?:\s+artery)?|v[0-4]))?(?:\s+segment)?\s*$/i;
/** An answer alone ("- dissection: left V3 segment - present", "- dissection: yes, left V3"). */
const PRESENT_ALONE = /^[\s:]*(?:present|positive|yes)[\s.]*$/i;
/** Said after such an answer, it takes it back ("present, now healed", "yes, left V3 normal"). */
const ANSWER_TAKEN_BACK =
  /\b(?:normal|healed|resolved|artefact|artifact|excluded|ruled out|not confirmed|hypoplas\w*|previously|prior|(?:19|20)\d\d)\b/i;
const DEMONSTRATED_ALONE =
  /^\s*(?:(?:well|clearly|also)\s+)?(?:demonstrated|shown|identified)\b(?![^.\n]{0,40}\b(?:patent|normal\w*|opacif\w*|no|not|without)\b)/i;
/** A bullet's clause that is only a denial ("now excluded", "which is now excluded", "not confirmed"). */
const BULLET_ALL_DENIED =
  /^\s*(?:now\s+|but\s+|since\s+|and\s+|is\s+|was\s+)*(?:excluded|not confirmed|ruled out|resolved|negative|not (?:seen|present) (?:now|today|on this study))\s*$/i;
/** A denial in a clause before, or inside, what affirms the bullet. */
const BULLET_DENIED_BEFORE =
  /\b(?:no|not|without|nor|neither|absent|negative for|none)\b|n['\u2019]t\b/i;
/** A denial just after it ("intramural haematoma not seen", "double lumen not demonstrated"). */
const BULLET_DENIED_AFTER =
  /^\s*(?:(?:is|are|was|were)\s+)?(?:not\s+(?:seen|present|demonstrated|identified|confirmed|visuali[sz]ed)|absent|excluded|ruled out)\b/i;

/** What ends a denial's reach inside a bullet ("no haematoma but flap present in left V3"). */
const BULLET_TURN = /\b(?:but|with|although|though|whereas|however|while|yet)\b/i;
/** A clause of a bullet's rest that affirms it, undenied before or just after (see BULLET_AFFIRMS). */
function affirms(clause: string): boolean {
  for (const m of clause.matchAll(BULLET_AFFIRMS_ALL)) {
    const through = clause
      .slice(0, m.index + m[0].length)
      .split(BULLET_TURN)
      .pop()!;
    const after = clause.slice(m.index + m[0].length);
    if (!BULLET_DENIED_BEFORE.test(through) && !BULLET_DENIED_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * A bullet's rest that affirms or places the finding (see BULLET_EXCEPTS, BULLET_AFFIRMS);
 * not when a bare denial comes after the last clause that affirms ("(possible on the right on
 * the outside CTA, now excluded)"; but "(previous right V2, resolved; new flap present in left
 * V3)" affirms, and so does "left V3 flap present; right V2 - negative", a side's own answer).
 */
function bulletSaysMore(rest: string): boolean {
  if (BULLET_EXCEPTS.test(rest)) return true;
  const clauses = rest.split(/[,;()\u2013\u2014]|\s-\s|\bwhich\b/i);
  let affirmed = false;
  let prev = '';
  for (const c of clauses) {
    if (affirms(c) || (SIDE_ALONE.test(prev) && DEMONSTRATED_ALONE.test(c))) affirmed = true;
    else if (
      (SIDE_BEFORE_ANSWER.test(prev) || prev === '') &&
      PRESENT_ALONE.test(c) &&
      !ANSWER_TAKEN_BACK.test(rest)
    )
      affirmed = true;
    else if (BULLET_ALL_DENIED.test(c) && !(SIDE_WORD.test(prev) && !affirms(prev)))
      affirmed = false;
    if (c.trim()) prev = c;
  }
  return affirmed;
}

/** A bullet line ("- dissection") under a line ending in a negation and a colon. */
export function negatedBullet(r: Reading, term: Term): boolean {
  const { text } = r;
  const lineStart = r.lineStartOf(term.start);
  if (!/^[ \t]*(?:[-*\u2022\u00b7]|\d+[.)])[ \t]*$/.test(text.slice(lineStart, term.start)))
    return false;
  // A bullet that says where it is after all ("- dissection, except the left V3 where a flap
  // is seen", "- right excluded, left present") is not denied by the list.
  // (Its line, and a continuation line indented under it: "  (left V3: flap present)".)
  const lineEnd = r.lineEndOf(term.end);
  const own = text.slice(term.end, lineEnd === -1 ? text.length : lineEnd);
  const next = lineEnd === -1 ? '' : nextLine(r, term.end);
  const cont = /^[ \t]+(?![-*\u2022\u00b7]|\d+[.)])/.test(next) ? next : '';
  if (bulletSaysMore(own) || bulletSaysMore(cont)) return false;
  // Up over the bullets before it, to the line that opens the list.
  let at = lineStart - 1;
  for (let n = 0; n < 12 && at > 0; n++) {
    const from = r.lineStartOf(at);
    const line = text.slice(from, at);
    if (!/^[ \t]*(?:[-*\u2022\u00b7]|\d+[.)])/.test(line)) return LIST_NEGATED.test(line);
    at = from - 1;
  }
  return false;
}
