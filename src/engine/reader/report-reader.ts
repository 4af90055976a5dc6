/**
 * Imaging-report reader: free text → finding ids, NegEx-style. Each mention is affirmed,
 * negated or uncertain, with the span it was read from. A trigger's scope ends at the
 * sentence end (".", "!", a new line, a closing "?"), ";", the lexicon's terminators
 * ("but", "however"...) and a comma that opens a new finding phrase; triggers reach six
 * words. Request lines ("rule out", "indication:") make a term uncertain, never negated.
 */
import type { FindingId } from '../finding-ids';
import type { ImagingModality, ImagingRegion } from '../model';
import { LEXICON_EN, type Lexicon, type TermContext, type TermReading } from './lexicon-en';
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
}

export interface StudyContext {
  modality: ImagingModality;
  region: ImagingRegion;
}

const WINDOW_WORDS = 6;
const VESSEL_MODALITIES: ReadonlySet<string> = new Set(['doppler', 'cta', 'mra']);

interface Span {
  start: number;
  end: number;
}
interface Trigger extends Span {
  kind: Kind;
}
interface Term extends Span {
  entry: number;
  clause: number;
}

/** Match positions of one regex over the text, computed when first asked for. */
class Positions {
  private list: Span[] | undefined;
  constructor(
    private readonly re: RegExp,
    private readonly text: string,
  ) {}
  get all(): Span[] {
    if (!this.list) this.list = matches(this.re, this.text);
    return this.list;
  }
  /** Whether a match lies within [start, end). */
  within(start: number, end: number): boolean {
    for (const m of this.all) {
      if (m.start >= end) return false;
      if (m.start >= start && m.end <= end) return true;
    }
    return false;
  }
  /** End of the last match within [start, end), or -1. */
  lastWithin(start: number, end: number): number {
    let last = -1;
    for (const m of this.all) {
      if (m.start >= end) break;
      if (m.start >= start && m.end <= end) last = m.start;
    }
    return last;
  }
}

function matches(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function wordsBetween(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const w = isWordChar(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** One reading of a report: its text, clauses, terms and lazily computed context tests. */
class Reading {
  readonly clauseStart: number[] = [];
  readonly clauseEnd: number[] = [];
  readonly clauseSentence: number[] = [];
  readonly sentenceStart: number[] = [];
  readonly sentenceEnd: number[] = [];
  readonly terms: Term[] = [];
  triggers: Trigger[] = [];
  private readonly flags = new Map<number, number>();
  readonly vertebral: Positions;
  readonly otherVessel: Positions;
  readonly brain: Positions;
  readonly cervical: Positions;
  readonly separators: Positions;
  readonly listWords: Positions;
  readonly sidePhrase: Positions;

  constructor(
    readonly lex: CompiledLexicon,
    readonly text: string,
    readonly study: StudyContext | undefined,
  ) {
    this.vertebral = new Positions(lex.vertebral, text);
    this.otherVessel = new Positions(lex.otherVessel, text);
    this.brain = new Positions(lex.brain, text);
    this.cervical = new Positions(lex.cervical, text);
    this.separators = new Positions(lex.vesselSeparator, text);
    this.listWords = new Positions(lex.listWords, text);
    this.sidePhrase = new Positions(lex.sidePhrase, text);
    this.splitClauses();
  }

  private splitClauses(): void {
    const { text, lex } = this;
    const breaks: (Span & { sentence: boolean })[] = [];
    lex.breaks.lastIndex = 0;
    for (let m = lex.breaks.exec(text); m !== null; m = lex.breaks.exec(text)) {
      breaks.push({ start: m.index, end: m.index + m[0].length, sentence: m[1] !== undefined });
    }
    // A "?" that closes a sentence (end of line or a capital after it) ends it after itself.
    for (let q = text.indexOf('?'); q !== -1; q = text.indexOf('?', q + 1)) {
      let i = q + 1;
      while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
      const c = text.charCodeAt(i);
      if (i >= text.length || c === 10 || (i > q + 1 && c >= 65 && c <= 90)) {
        breaks.push({ start: q + 1, end: q + 1, sentence: true });
      }
    }
    breaks.sort((a, b) => a.start - b.start);
    let start = 0;
    let sentence = 0;
    this.sentenceStart.push(0);
    for (const b of breaks) {
      if (b.start < start) continue;
      if (b.start > start) {
        this.clauseStart.push(start);
        this.clauseEnd.push(b.start);
        this.clauseSentence.push(sentence);
      }
      if (b.sentence) {
        this.sentenceEnd.push(b.start);
        this.sentenceStart.push(b.end);
        sentence++;
      }
      start = b.end;
    }
    if (start < text.length) {
      this.clauseStart.push(start);
      this.clauseEnd.push(text.length);
      this.clauseSentence.push(sentence);
    }
    this.sentenceEnd.push(text.length);
  }

  /** Bit flags of a sentence: 1 names the VA, 2 another vessel, 4 the brain, 8 the neck spine. */
  sentenceFlags(s: number): number {
    let f = this.flags.get(s);
    if (f === undefined) {
      const a = this.sentenceStart[s]!;
      const b = this.sentenceEnd[s]!;
      f =
        (this.vertebral.within(a, b) ? 1 : 0) |
        (this.otherVessel.within(a, b) ? 2 : 0) |
        (this.brain.within(a, b) ? 4 : 0) |
        (this.cervical.within(a, b) ? 8 : 0);
      this.flags.set(s, f);
    }
    return f;
  }

  termWithin(start: number, end: number): Term | undefined {
    for (const t of this.terms) {
      if (t.start >= end) return undefined;
      if (t.start >= start && t.end <= end) return t;
    }
    return undefined;
  }
}

export function readReport(
  text: string,
  study?: StudyContext,
  lexicon: Lexicon = LEXICON_EN,
): Mention[] {
  if (text === '') return [];
  const lex = compileLexicon(lexicon);
  const corrections = correctSpelling(lex.spelling, text);
  const src = corrections ? corrections.text : text;
  const r = new Reading(lex, src, study);

  // Terms, each inside one clause.
  let ci = 0;
  lex.termRe.lastIndex = 0;
  for (let m = lex.termRe.exec(src); m !== null; m = lex.termRe.exec(src)) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const start = m.index;
    const end = start + m[0].length;
    while (ci < r.clauseEnd.length && r.clauseEnd[ci]! <= start) ci++;
    if (ci >= r.clauseEnd.length) break;
    if (start < r.clauseStart[ci]! || end > r.clauseEnd[ci]!) continue;
    r.terms.push({ start, end, entry: g - 1, clause: ci });
  }
  if (r.terms.length === 0) return [];

  // Triggers: the longest wins where they overlap; a term that holds its own negation
  // ("no flow") swallows the triggers inside it; other terms inside a trigger are not read.
  const found: Trigger[] = [];
  for (const t of lex.triggers) {
    for (const m of matches(t.re, src)) found.push({ ...m, kind: t.kind });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Trigger[] = [];
  const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;
  // The same words may be a trigger of two kinds ("absent" before or after): keep both.
  for (const t of found) if (!kept.some((k) => overlaps(k, t) && !same(k, t))) kept.push(t);
  const absorbing = r.terms.filter((t) => lex.terms[t.entry]!.absorbsTriggers);
  r.triggers = kept
    .filter((t) => t.kind !== 'pseudo' && !absorbing.some((a) => overlaps(a, t)))
    .sort((a, b) => a.start - b.start);

  const mentions: Mention[] = [];
  for (let i = 0; i < r.terms.length; i++) {
    const term = r.terms[i]!;
    const entry = lex.terms[term.entry]!;
    if (!entry.absorbsTriggers && r.triggers.some((t) => overlaps(t, term))) continue;
    const reading = readingFor(r, term, entry);
    if (!reading) continue;
    const q = qualify(r, term);
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
    if (dated) mention.acute = true;
    if (entry.occlusion && q.status !== 'negated') mention.occlusion = true;
    mentions.push(mention);
  }
  return corrections ? mentions.map((m) => mapBack(m, text, corrections.fixes)) : mentions;
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

function contextHolds(r: Reading, context: TermContext, term: Term): boolean {
  if (context === 'any') return true;
  if (context === 'vessel') return vesselHolds(r, term);
  const f = r.sentenceFlags(r.clauseSentence[term.clause]!);
  const brain = (f & 4) !== 0;
  const cervical = (f & 8) !== 0;
  const region = r.study?.region;
  if (context === 'spine') {
    return (
      (region === undefined || region === 'cervical-spine' || cervical) && (!brain || cervical)
    );
  }
  return (region === 'head' && !cervical) || brain;
}

function readingFor(
  r: Reading,
  term: Term,
  entry: TermReading & { otherwise?: readonly TermReading[] },
): TermReading | undefined {
  if (contextHolds(r, entry.context, term)) return entry;
  return entry.otherwise?.find((o) => contextHolds(r, o.context, term));
}

/**
 * Whether a vessel term is about the vertebral artery: a VA sentence, or a vessel study
 * whose sentence names no other vessel. A sentence naming both decides by the term's own
 * phrase, then by the nearest vessel named before it; when it cannot tell, it is the VA.
 */
function vesselHolds(r: Reading, term: Term): boolean {
  const s = r.clauseSentence[term.clause]!;
  const f = r.sentenceFlags(s);
  const va = (f & 1) !== 0;
  const other = (f & 2) !== 0;
  if (!va && !other) {
    const st = r.study;
    return st !== undefined && (st.region === 'neck-vessels' || VESSEL_MODALITIES.has(st.modality));
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
    return (
      wordsBetween(r.text, sep.end, ne) <= 4 &&
      r.vertebral.within(sep.end, ne) &&
      !r.termWithin(sep.end, ne)
    );
  }
  const lastVa = r.vertebral.lastWithin(sStart, ps);
  const lastOther = r.otherVessel.lastWithin(sStart, ps);
  return lastVa >= lastOther;
}

/** Acute / subacute / fresh / recent / new said of a dated term (stroke, dissection). */
function acute(r: Reading, i: number): boolean {
  const term = r.terms[i]!;
  const prev = r.terms[i - 1];
  const next = r.terms[i + 1];
  const cs = r.clauseStart[term.clause]!;
  const ce = r.clauseEnd[term.clause]!;
  const from = Math.max(cs, term.start - 60, prev && prev.clause === term.clause ? prev.end : 0);
  const to = Math.min(ce, next && next.clause === term.clause ? next.start : ce);
  return (
    r.lex.acuteBefore.test(r.text.slice(from, term.start)) ||
    r.lex.acuteAfter.test(r.text.slice(term.end, to))
  );
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
  if (r.listWords.within(start, end)) return true;
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
): boolean {
  const { text } = r;
  if (r.sidePhrase.within(from, to)) return true;
  const cs = r.clauseStart[clause]!;
  const ce = r.clauseEnd[clause]!;
  for (let c = text.indexOf(',', from); c !== -1 && c < to; c = text.indexOf(',', c + 1)) {
    if (forward) {
      const next = text.indexOf(',', c + 1);
      if (!isListItem(r, c + 1, next === -1 || next > ce ? ce : next)) return true;
    } else {
      const prev = text.lastIndexOf(',', c - 1);
      if (!isListItem(r, prev < cs ? cs : prev + 1, c)) return true;
    }
  }
  return false;
}

function qualify(r: Reading, term: Term): { status: MentionStatus; trigger?: string } {
  const cs = r.clauseStart[term.clause]!;
  const ce = r.clauseEnd[term.clause]!;
  let negation: Trigger | undefined;
  let uncertainty: Trigger | undefined;
  for (const t of r.triggers) {
    if (t.start < cs) continue;
    if (t.end > ce) break;
    const before = t.end <= term.start;
    if (t.kind === 'request') {
      if (before) uncertainty ??= t;
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
    if (scopeBroken(r, from, to, term.clause, before)) continue;
    if (neg) negation = t;
    else uncertainty = t;
  }
  // Uncertainty wins over negation: an uncertain finding must never read as excluded.
  const text = (t: Trigger): string => r.text.slice(t.start, t.end);
  if (uncertainty) return { status: 'uncertain', trigger: text(uncertainty) };
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
export function isMachineRead(
  text: string,
  mentions: readonly Mention[],
  lexicon: Lexicon = LEXICON_EN,
): boolean {
  if (text.trim() === '') return true;
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
