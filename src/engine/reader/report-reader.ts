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
import { compileLexicon, scanTerms, type CompiledLexicon, type Kind } from './reader-compile';
import { readTables } from './reader-tables';
import { correctSpelling, normaliseSpace, type Correction } from './reader-spelling';
import { answeredAfter, positiveValueAfter, requestAnswered, scopeBroken } from './reader-scope';

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
  firstFrom,
  wordsBetween,
  type Span,
  type Term,
  type Trigger,
} from './reader-text';

/** More characters than six words could take: a trigger that far away is out of reach. */
const WINDOW_CHARS = (WINDOW_WORDS + 1) * 60;

export function readReport(
  text: string,
  study?: StudyContext,
  lexicon: Lexicon = LEXICON_EN,
): Mention[] {
  if (text === '') return [];
  const lex = compileLexicon(lexicon);
  // Runs of white space read as one space; offsets map back to the text as given.
  const spaced = normaliseSpace(text);
  const src = spaced ? spaced.text : text;
  const first = read(lex, src, study);
  // Misspelt long words, outside what was read: read again with them corrected (rare).
  const corrections = correctSpelling(lex.spelling, src, first.terms);
  let mentions = corrections
    ? read(lex, corrections.text, study).mentions.map((m) => mapBack(m, src, corrections.fixes))
    : first.mentions;
  if (spaced) mentions = mentions.map((m) => mapBack(m, text, spaced.fixes));
  return withTables(mentions, text, study);
}

/**
 * Rows of a duplex table that show a side of no flow, read whole (reader-tables.ts): in a
 * vessel study, or in a row that names the vertebral artery.
 */
function withTables(mentions: Mention[], text: string, study: StudyContext | undefined): Mention[] {
  const rows = readTables(text);
  if (rows.length === 0) return mentions;
  const vesselStudy =
    study !== undefined &&
    (study.region === 'neck-vessels' || ['doppler', 'cta', 'mra'].includes(study.modality));
  for (const t of rows) {
    const row = text.slice(t.start, t.end);
    if (!vesselStudy && !/\b(?:va|vertebral)\b/i.test(row)) continue;
    mentions.push({
      finding: t.finding,
      status: 'affirmed',
      start: t.start,
      end: t.end,
      text: row,
      occlusion: true,
    });
  }
  return mentions;
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
  for (const { start, end, entry } of scanTerms(lex, src)) {
    while (ci < r.clauseEnd.length && r.clauseEnd[ci]! <= start) ci++;
    if (ci >= r.clauseEnd.length) break;
    if (start < r.clauseStart[ci]!) continue;
    if (end > r.clauseEnd[ci]!) {
      // A term wrapped over a line break or a dash between spaces is one term.
      let k = ci;
      while (end > r.clauseEnd[k]! && r.softBreakAfter(k)) k++;
      if (end > r.clauseEnd[k]!) continue;
    }
    r.terms.push({ start, end, entry, clause: ci });
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
    if (reading.finding === 'stroke' && notStrokeDiffusion(r, term)) continue;
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
  /(?:\b(?:worsening|progression|deterioration|enlargement|extension|propagation|growth|recanali[sz]ation|regression|resolution|improvement|healing|normali[sz]ation|reopening) (?:of|in) (?:the )?|(?<!\b(?:no|not|any|without)\s+)\b(?:known|previously (?:described|diagnosed|reported|seen|noted|detected|known)|pre-?existing) )(?:[\w-]+ ){0,3}$/i;
/** A state alone in brackets after negated words ("no flow (occluded)"). */
const BRACKETED_STATE =
  /^(?:occluded|occlusion|thrombosed|obliterated|dissected|dissection|no (?:blood )?flow|no (?:flow )?signal|absent flow|not visuali[sz]ed)$/i;
/**
 * A value of "yes" right after a term: "dissection yes", "Dissection - +" (not "present":
 * "No dissection present" is a negation).
 */
const YES_AFTER = /^\s*(?:[:=\u2013\u2014-]\s*)?(?:yes|\+)(?=\s*(?:[.,;)|\n]|$))/i;

/** Diffusion words ("DWI", "ADC", "diffusion"): a sign, not a name, of an acute infarct. */
const DIFFUSION = /\b(?:dwi|adc|diffusion)/i;
/** Lesions that restrict diffusion and are no infarct (sinus content, cysts, abscesses). */
const NOT_STROKE_LESION =
  /\b(?:sinus\w*|secretions?|abscess\w*|cysts?|cystic|tumou?r\w*|lymphoma|cholesteatoma|epidermoid|mastoid\w*|empyema|otitis|retention|pus|purulent|t2 shine-?through|shine-?through)\b/i;

/** A diffusion sign said of a named lesion that is no infarct ("DWI: hyperintense, retention cyst"). */
function notStrokeDiffusion(r: Reading, term: Term): boolean {
  if (!DIFFUSION.test(r.text.slice(term.start, term.end))) return false;
  const s = r.clauseSentence[term.clause]!;
  return NOT_STROKE_LESION.test(r.text.slice(r.sentenceStart[s], r.sentenceEnd[s]));
}

/** Whether clause k ends at a dash between spaces (" - ") with a clause after it. */
function dashAfter(r: Reading, k: number): boolean {
  const next = r.clauseStart[k + 1];
  if (next === undefined) return false;
  return /^\s*[-\u2013\u2014]\s*$/.test(r.text.slice(r.clauseEnd[k]!, next));
}

/** Longer than any trigger: a trigger ending within reach starts after this much before. */
const LONGEST_TRIGGER = 200;

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

function qualify(
  r: Reading,
  term: Term,
): { status: MentionStatus; trigger?: string; request?: boolean; otherPerson?: boolean } {
  const cs = r.clauseStart[term.clause]!;
  const ce = r.clauseEnd[term.clause]!;
  // "Dissection - not detected": a negation or doubt after a dash between spaces still says
  // what the term's own line is (the dash ends the clause for what comes before the term).
  const after = dashAfter(r, term.clause) ? r.clauseEnd[term.clause + 1]! : ce;
  let negation: Trigger | undefined;
  let uncertainty: Trigger | undefined;
  for (const t of reachable(r, term, cs, after)) {
    if (t.start >= ce && t.kind !== 'post-neg' && t.kind !== 'post-unc') continue;
    const before = t.end <= term.start;
    // "Family history of stroke", "mother had a stroke": not the patient's, within the
    // phrase a negation before it would reach.
    if (t.kind === 'other-person') {
      // The first term after it, and later items of its list unless said of the patient
      // ("Family history of stroke and acute infarct in the left cerebellum" reads the infarct).
      if (
        before &&
        term.start - t.end <= WINDOW_CHARS &&
        wordsBetween(r.text, t.end, term.start) <= WINDOW_WORDS &&
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
    if (to - from > WINDOW_CHARS || wordsBetween(r.text, from, to) > WINDOW_WORDS) continue;
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
  if (negation && negation.start >= term.end && positiveValueAfter(r, term)) negation = undefined;
  // "Worsening of the known dissection is not revealed", "The known dissection is not seen":
  // the negation after says the change is absent; the finding before it is there.
  if (negation && negation.start >= term.end && SAID_TO_EXIST.test(r.text.slice(cs, term.start)))
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
  // "Stenosis no / occlusion no / dissection yes": a value right after the term affirms it.
  if (negation && YES_AFTER.test(r.text.slice(term.end, term.end + 24))) negation = undefined;
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
