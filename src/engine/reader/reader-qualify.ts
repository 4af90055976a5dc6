/**
 * How one term is qualified in its report (report-reader.ts reads the terms): negated,
 * uncertain or affirmed by the triggers that reach it, someone else's, a request, and the
 * layouts that undo a negation (a line of values, a bracketed state, "the known X"). Plain
 * TypeScript, no Angular.
 */
import type { MentionStatus } from './report-reader';
import { answeredAfter, positiveValueAfter, requestAnswered, scopeBroken } from './reader-scope';
import { headingReply, negatedBullet, takenBack, unticked } from './reader-headings';
import { doubtedAfter, quoteRole } from './reader-retractions';
export { ageLabelled } from './reader-headings';
export { olderAfter } from './reader-older';
import {
  firstFrom,
  WINDOW_WORDS,
  wordsBetween,
  type Reading,
  type Term,
  type Trigger,
} from './reader-text';

/** More characters than six words could take: a trigger that far away is out of reach. */
const WINDOW_CHARS = (WINDOW_WORDS + 1) * 60;

/**
 * Words that make a later item of a family-history list the patient's own ("Family history
 * of stroke and acute infarct in the left cerebellum"): a side, a place, acuity.
 */
const PATIENTS_OWN =
  /\b(?:left|right|bilateral|acute|subacute|recent|new|fresh|patient|cerebell\w*|pons|pontine|medulla|occipital|v[1-4]|c[1-7])\b/i;

/** The list item holding `term` (to the next comma or the clause end) is said of the patient. */
function patientsOwn(r: Reading, from: number, term: Term): boolean {
  let end = r.clauseEnd[term.clause]!;
  const comma = r.text.indexOf(',', term.end);
  if (comma !== -1 && comma < end) end = comma;
  const next = r.termWithin(term.end, end);
  return PATIENTS_OWN.test(r.text.slice(from, next ? next.start : end));
}

/**
 * Before a term: a change of it, or it said to be known ("progression of the", "the known",
 * "the previously described"): a negation after it denies the change or its visibility now,
 * not the finding (not after "no / any": "no known dissection").
 */
const SAID_TO_EXIST =
  /(?:\b(?:worsening|progression|deterioration|enlargement|extension|propagation|growth|recanali[sz]ation|regression|resolution|improvement|healing|normali[sz]ation|reopening|change|expansion) (?:of|in) (?:the )?|(?<!\b(?:no|not|any|without)\s+)\b(?:known|previously (?:described|diagnosed|reported|seen|noted|detected|known)|pre-?existing|residual) )(?:[\w-]+ ){0,3}$/i;
/** A state alone in brackets after negated words ("no flow (occluded)"). */
const BRACKETED_STATE =
  /^(?:occluded|occlusion|thrombosed|obliterated|dissected|dissection|no (?:blood )?flow|no (?:flow )?signal|absent flow|not visuali[sz]ed)$/i;
/**
 * A value of "yes" right after a term: "dissection yes", "Dissection - +" (not "present":
 * "No dissection present" is a negation).
 */
const YES_AFTER =
  /^\s*(?:[:=\u2013\u2014-]\s*)?(?:yes|\+)(?=\s*(?:[.,;)|\n]|$)|\s*\((?![^)]*\b(?:excluded|no|not|negative|ruled out|resolved|healed)\b))/i;

/**
 * A bare "no" answering the term, ending its part ("Dissection no.", not "no longer seen");
 * with a colon ("ACUTE INFARCT: None. Acute: …") the heading rules decide.
 */
const NO_AFTER =
  /^[ \t]+(?:no|none|nil)(?:[ \t]+(?:seen|identified|detected))?(?=[ \t]*(?:[.,;|\n]|$|\/(?![ \t]*(?:yes|y|present|partial|complete|possible|probable|unclear|uncertain|left|right|r|l|bilateral|unilateral|single|multiple|definite|suspected|indeterminate|equivocal)\b|\+)))/i;

/**
 * After a turn ("but", "whereas"), the finding placed in a vertebral segment or on a side
 * and nothing more said of it: "dissection: flap not seen on the right but present in left
 * V3", "absent on the right whereas left V3 positive", "No dissection on the right but
 * present on the left". Not "…but the left is seen to be patent", "…but present in the
 * left ICA", "…but left V3 - positive flow" (round 60's attacks).
 */
const VERTEBRAL_PLACE =
  '(?:(?:distal|proximal|mid)\\s+)?(?:(?:left|right|lt|rt)\\s*)?(?:v[0-4](?:\\s+segment)?|va|vertebral(?:\\s+artery)?)\\b';
const CLAUSE_END = '\\s*(?=[.;,)\\n]|$)';
const TURN_AFFIRMS = new RegExp(
  `\\b(?:but|whereas|however|although|yet)\\b,?\\s*(?:(?:it\\s+is|is|was)\\s+)?(?:(?:present|positive|seen|demonstrated|evident|noted|visible|detected)\\s+(?:(?:in|at|on|within)\\s+(?:the\\s+)?${VERTEBRAL_PLACE}|on\\s+the\\s+(?:left|right))|(?:(?:on|in|at)\\s+)?(?:the\\s+)?(?:left|right|lt|rt)(?:\\s+(?:va|vertebral(?:\\s+artery)?|v[0-4]|segment|side))*\\s*(?:[-:\\u2013\\u2014]\\s*|(?:is|was)\\s+)?(?:present|positive|demonstrated|evident|yes))${CLAUSE_END}`,
  'i',
);
/** An earlier study or a healed state after the answer: not today's finding. */
const TURN_EARLIER = /\b(?:previously|prior|previous|earlier|resolved|healed|(?:19|20)\d\d)\b/i;

/** A side named before the turn ("on the right", "right-sided"): the denial was of one side. */
const SIDE_BEFORE_TURN = /\b(?:left|right|lt|rt)\b[^]*\b(?:but|whereas|however|although|yet)\b/i;

function turnAffirms(r: Reading, term: Term, negation: Trigger): boolean {
  const from = Math.max(negation.end, term.end);
  // (Within 400 characters: a long list costs no more per term.)
  const sEnd = Math.min(r.sentenceEnd[r.clauseSentence[term.clause]!]!, from + 400);
  const rest = r.text.slice(from, sEnd);
  const m = TURN_AFFIRMS.exec(rest);
  if (!m || TURN_EARLIER.test(rest.slice(m.index + m[0].length))) return false;
  // A denial before the term counts only when it was of one side.
  if (negation.end <= term.start)
    return SIDE_BEFORE_TURN.test(r.text.slice(negation.start, from + m.index + m[0].length));
  return true;
}

/**
 * A findings section's bare "no" at its line's end ("Findings: No", "IMPRESSION: NO"), not
 * another label's value ("Prior imaging: none", "Allergies: nil").
 */
const LABEL_NO =
  /^[ \t]*(?:findings?|impressions?|conclusions?|results?|opinion|summary|comments?|report)[ \t]*[:\u2013\u2014-][ \t]*(?:no|none|nil)[ \t]*$/i;

/**
 * An exception that places the negated finding: "other than at", "except in", "apart from the
 * left V3 segment", "with the exception of the left VA" (over a line wrap too).
 */
const EXCEPT_AT =
  /^[^.;]{0,40}?\b(?:other\s+than|except(?:\s+for)?|apart\s+from|aside\s+from|save\s+for|with\s+the\s+exception\s+of)\s+((?:at|in|within|involving|along|on|the|of|(?:left|right|lt|rt|l|r)\b)[^.;,()]{0,60})/i;
/** An exception that names no place of this finding: another artery, a normal or old thing. */
const EXCEPT_NOT =
  /\b(?:carotid|ica|eca|cca|subclavian|bulb|choroid|pineal|scalp|subgaleal|skin|physiological|normal|variant|artefact|artifact|old|healed|chronic|calcified|previous|prior)\b/i;

function exceptionPlaces(r: Reading, term: Term): boolean {
  const m = EXCEPT_AT.exec(r.text.slice(term.end, term.end + 140));
  if (!m) return false;
  const place = m[1]!;
  // A vertebral-artery finding is placed only in the vertebral artery.
  const vessel = r.lex.terms[term.entry]!.finding.startsWith('vertebral-artery');
  if (vessel && !/\b(?:va|vas|vertebral|v[0-4])\b/i.test(place)) return false;
  // "…, which is old and healed": what is excepted is said to be old, in the same sentence.
  const rest = r.text.slice(
    term.end + m.index + m[0].length,
    term.end + m.index + m[0].length + 80,
  );
  if (/^[^.;]*\b(?:old|healed|chronic|physiological|artefact|artifact)\b/i.test(rest)) return false;
  return !EXCEPT_NOT.test(place);
}

/** Diffusion words ("DWI", "ADC", "diffusion"): a sign, not a name, of an acute infarct. */
const DIFFUSION = /\b(?:dwi|adc|diffusion)/i;
/** Lesions that restrict diffusion and are no infarct (sinus content, cysts, abscesses). */
const NOT_STROKE_LESION =
  /\b(?:sinus\w*|secretions?|abscess\w*|cysts?|cystic|tumou?r\w*|lymphoma|cholesteatoma|epidermoid|mastoid\w*|empyema|otitis|retention|pus|purulent|t2 shine-?through|shine-?through)\b/i;

/** A diffusion sign said of a named lesion that is no infarct ("DWI: hyperintense, retention cyst"). */
export function notStrokeDiffusion(r: Reading, term: Term): boolean {
  if (!DIFFUSION.test(r.text.slice(term.start, term.end))) return false;
  const s = r.clauseSentence[term.clause]!;
  return NOT_STROKE_LESION.test(r.text.slice(r.sentenceStart[s], r.sentenceEnd[s]));
}

const INSENSITIVE = /sensitive/i;
/**
 * A denied sign that would suggest the finding ("no restricted diffusion to suggest …"): only
 * "to suggest", not "consistent with", which describes what is there ("no mass effect from
 * the restricted diffusion consistent with acute infarction").
 */
const SUGGEST_BRIDGE = /\bto (?:suggest|indicate|imply)\b/i;
/** What may stand between "insensitive to" and its finding: "early", "posterior fossa". */
const JUST_BEFORE =
  /^\s*(?:(?:the|an?|early|acute|hyperacute|small|subtle|posterior|fossa|brainstem|cerebellar)\s+)*$/i;
const POST: ReadonlySet<string> = new Set(['post-neg', 'post-unc']);
const SIDE_WORD = /\b(?:left|right|lt|rt|l|r|d|s|lva|rva|bilateral|both)\b/i;

/**
 * "Dissection of the left VA - right: no": the clause after the dash gives another side's
 * value when it names a side and the term's own clause names one too.
 */
function otherSide(r: Reading, k: number): boolean {
  const after = r.text.slice(r.clauseStart[k + 1]!, r.clauseEnd[k + 1]!);
  return SIDE_WORD.test(after) && SIDE_WORD.test(r.text.slice(r.clauseStart[k]!, r.clauseEnd[k]!));
}

/**
 * Whether clause k holds nothing but negations or doubts like t (a list of side values, "R.
 * none, L. none"; a form's "Yes / No: No") and punctuation.
 */
function aloneInClause(r: Reading, t: Trigger, k: number): boolean {
  const cs = r.clauseStart[k]!;
  const ce = r.clauseEnd[k]!;
  let rest = '';
  let at = cs;
  // From the dash: "- not detected" is one trigger, opening at the dash itself.
  for (let i = firstFrom(r.triggers, r.clauseEnd[k - 1]!); i < r.triggers.length; i++) {
    const u = r.triggers[i]!;
    if (u.start >= ce) break;
    if (!POST.has(u.kind) || u.end <= at) continue;
    if (u.start > at) rest += r.text.slice(at, u.start);
    at = u.end;
  }
  rest += r.text.slice(at, ce);
  return at > t.start && ALONE_REST.test(rest);
}

/** Besides negations in a clause after a dash: punctuation, a form's "yes / no", where. */
const ALONE_REST =
  /^[\s.,;:)(/]*(?:yes\s*\/\s*no|y\s*\/\s*n|\((?:r|l|right|left|both|bilateral)(?:\s*\/\s*(?:r|l|right|left))?\)|bilaterally|on (?:either|both) sides?|in (?:either|both|the) (?:vas?|vertebral arter(?:y|ies)|sides?)|at any level|anywhere|throughout|in v[1-4](?:\s*[-\u2013]\s*v[1-4])?|on dwi|in the posterior fossa|[\s.,;:)(/])*$/i;

/** Whether clause k ends at a dash between spaces (" - ") with a clause after it. */
function dashAfter(r: Reading, k: number): boolean {
  const next = r.clauseStart[k + 1];
  if (next === undefined) return false;
  return /^\s*[-\u2013\u2014]\s*$/.test(r.text.slice(r.clauseEnd[k]!, next));
}

/** Longer than any trigger: a trigger ending within reach starts after this much before. */
export const LONGEST_TRIGGER = 200;

/**
 * The triggers of the term's clause that can reach it, in text order: requests anywhere
 * before it (a request's scope is its clause), others within WINDOW_CHARS of it (found by
 * binary search: a long report costs no more per term).
 */
function* reachable(r: Reading, term: Term, cs: number, ce: number): Generator<Trigger> {
  const { triggers } = r;
  const lo = Math.max(cs, term.start - WINDOW_CHARS - LONGEST_TRIGGER);
  for (let k = firstFrom(triggers, cs); k < triggers.length; k++) {
    const t = triggers[k]!;
    if (t.start >= lo || t.end > ce) break;
    if (t.kind === 'request') yield t;
  }
  for (let k = firstFrom(triggers, lo); k < triggers.length; k++) {
    const t = triggers[k]!;
    if (t.end > ce || t.start > term.end + WINDOW_CHARS) break;
    yield t;
  }
}

export function qualify(
  r: Reading,
  term: Term,
): {
  status: MentionStatus;
  trigger?: string;
  request?: boolean;
  otherPerson?: boolean;
  unassessed?: boolean;
} {
  // A line wrapped after the trigger ("No evidence of\ndissection") is one clause with it.
  const cs = r.wrappedStart(term.clause);
  const ce = r.clauseEnd[term.clause]!;
  // "Dissection - not detected": a negation or doubt after a dash between spaces still says
  // what the term's own line is (the dash ends the clause for what comes before the term).
  const after = dashAfter(r, term.clause) ? r.clauseEnd[term.clause + 1]! : ce;
  let negation: Trigger | undefined;
  let uncertainty: Trigger | undefined;
  // 'Addendum: for "no dissection" read "dissection of the left V3"': the quoted new wording
  // is read on its own.
  const role = quoteRole(r, term);
  if (role && 'withdrawn' in role) return { status: 'negated', trigger: 'wording withdrawn' };
  const quote = role?.correcting ?? null;
  for (const t of reachable(r, term, cs, after)) {
    if (quote && (t.start < quote.open || t.end > quote.close)) continue;
    // After the dash only a clause that is the negation or doubt alone ("- not detected"),
    // not "- right not detected", "- was not detected on CT yesterday".
    if (
      t.start >= ce &&
      !(POST.has(t.kind) && aloneInClause(r, t, term.clause + 1) && !otherSide(r, term.clause))
    )
      continue;
    const before = t.end <= term.start;
    // "Family history of stroke", "mother had a stroke": not the patient's, within the
    // phrase a negation before it would reach.
    if (t.kind === 'other-person') {
      // The first term after it, and later items of its list unless said of the patient
      // ("Family history of stroke and acute infarct in the left cerebellum" reads the infarct).
      if (
        before &&
        term.start - t.end <= WINDOW_CHARS &&
        wordsBetween(r.text, t.end, term.start, WINDOW_WORDS) <= WINDOW_WORDS &&
        !patientsOwn(r, t.end, term)
      )
        return { status: 'negated', otherPerson: true };
      continue;
    }
    if (t.kind === 'request') {
      if (uncertainty || r.lex.terms[term.entry]!.notAsked) continue;
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
    // Far apart in characters: far apart in words too (checked first: a long list is cheap).
    if (to - from > WINDOW_CHARS) continue;
    // "There is no restricted diffusion to suggest acute or subacute infarction": a denial's
    // "to suggest" carries it to the finding it would suggest, a few words further.
    const most =
      before && t.kind === 'pre-neg' && SUGGEST_BRIDGE.test(r.text.slice(from, to))
        ? 12
        : WINDOW_WORDS;
    if (wordsBetween(r.text, from, to, most) > most) continue;
    // "Findings: No\nrestricted diffusion": a label's "no" at the end of a wrapped line
    // negates what the wrap carries on.
    const wrappedNo =
      t.kind === 'post-neg' &&
      before &&
      t.end <= r.clauseStart[term.clause]! &&
      LABEL_NO.test(r.text.slice(r.lineStartOf(t.start), t.end));
    const neg = (t.kind === 'pre-neg' && before) || (t.kind === 'post-neg' && !before) || wrappedNo;
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
  if (negation && negation.start >= term.end && positiveValueAfter(r, term)) negation = undefined;
  // "CT is insensitive to early ischaemia": only of what comes right after it.
  if (negation && INSENSITIVE.test(r.text.slice(negation.start, negation.end)))
    if (term.start < negation.end || !JUST_BEFORE.test(r.text.slice(negation.end, term.start)))
      negation = undefined;
  // "Worsening of the known dissection is not revealed", "The known dissection is not seen":
  // the negation after says the change is absent; the finding before it is there.
  if (
    negation &&
    negation.start >= term.end &&
    // (Its words end at the term: the last 160 characters hold them.)
    SAID_TO_EXIST.test(r.text.slice(Math.max(cs, term.start - 160), term.start))
  )
    negation = undefined;
  // "Left VA: no contrast (occluded)": a state in brackets says what the negated words mean.
  if (
    negation &&
    negation.end <= term.start &&
    r.text[term.start - 1] === '(' &&
    r.text[term.end] === ')' &&
    BRACKETED_STATE.test(r.text.slice(term.start, term.end))
  )
    negation = undefined;
  // "No significant stenosis other than at the origin of the left VA (70%)": the exception
  // says where the finding is.
  if (negation && negation.end <= term.start && exceptionPlaces(r, term)) negation = undefined;
  // "Stenosis no / occlusion no / dissection yes": a value right after the term affirms it.
  if (negation && YES_AFTER.test(r.text.slice(term.end, term.end + 24))) negation = undefined;
  if (negation && turnAffirms(r, term, negation)) negation = undefined;
  // "DISSECTION: No. Left VA: Yes.", "ACUTE INFARCT: NONE. SUBACUTE: LEFT PICA TERRITORY.": a
  // side, segment or age answered in the next sentence takes the "no" after the term back.
  if (negation && negation.start >= term.end && takenBack(r, term)) negation = undefined;
  // A term alone on a heading line, answered on the next ("DISSECTION\nNot seen.", "ACUTE
  // INFARCT\nAbsent.", "FRACTURE / DISLOCATION\nNone."); an unticked box ("[ ] Dissection");
  // a bullet under a negating line ("No evidence of:\n- dissection").
  // "DISSECTION\nNot assessed": the report says nothing of it (no reading at all).
  const reply = !negation && !uncertainty ? headingReply(r, term) : null;
  if (
    reply === 'denied' ||
    (!negation && !uncertainty && (unticked(r, term) || negatedBullet(r, term)))
  )
    return { status: 'negated', trigger: 'heading answered no' };
  if (reply === 'unassessed')
    return { status: 'uncertain', trigger: 'heading not assessed', unassessed: true };
  // Uncertainty wins over negation: an uncertain finding must never read as excluded.
  const text = (t: Trigger): string => r.text.slice(t.start, t.end);
  const doubt = negation && !uncertainty ? doubtedAfter(r, term) : null;
  if (doubt) return { status: 'uncertain', trigger: doubt };
  if (uncertainty)
    return uncertainty.kind === 'request'
      ? { status: 'uncertain', trigger: text(uncertainty), request: true }
      : { status: 'uncertain', trigger: text(uncertainty) };
  if (negation) return { status: 'negated', trigger: text(negation) };
  // A checklist's bare answer right after the term ("Dissection no.", "Occlusion no,
  // dissection no", "Stenosis none"): the term's own "no" (round 60 false alarms).
  if (NO_AFTER.test(r.text.slice(term.end, term.end + 16)))
    return { status: 'negated', trigger: 'answered no' };
  return { status: 'affirmed' };
}
