/**
 * The text side of one report reading: clauses and sentences, term and trigger spans, the
 * lazily computed context tests (vertebral artery, other vessels, brain, cervical spine).
 * The context rules that decide which finding a term is are in reader-context.ts. Plain
 * TypeScript.
 */
import type { CompiledLexicon, Kind } from './reader-compile';
import type { StudyContext } from './report-reader';
import { lineWrapAfter } from './reader-wraps';

export const WINDOW_WORDS = 6;
export const VA = 0;
export const OTHER_VESSEL = 1;
export const BRAIN = 2;
export const CERVICAL = 3;
const VESSEL_MODALITIES: ReadonlySet<string> = new Set(['doppler', 'cta', 'mra']);

/** A study of the neck vessels, or by a vessel modality (Doppler, CTA, MRA). */
export function isVesselStudy(study: StudyContext | undefined): boolean {
  return (
    study !== undefined &&
    (study.region === 'neck-vessels' || VESSEL_MODALITIES.has(study.modality))
  );
}

export interface Span {
  start: number;
  end: number;
}
export interface Trigger extends Span {
  kind: Kind;
}
export interface Term extends Span {
  entry: number;
  clause: number;
}

/** Index of the first span starting at or after `at` (spans sorted by start). */
export function firstFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Positions {
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
    const all = this.all;
    for (let i = firstFrom(all, start); i < all.length; i++) {
      const m = all[i]!;
      if (m.start >= end) return false;
      if (m.end <= end) return true;
    }
    return false;
  }
  /** The matches starting within [start, end), in order. */
  *from(start: number, end: number): Generator<Span> {
    const all = this.all;
    for (let i = firstFrom(all, start); i < all.length && all[i]!.start < end; i++) yield all[i]!;
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

export function matches(re: RegExp, text: string): Span[] {
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

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Words in [start, end); "C5-C6" and "and/or" count as one. */
export function wordsBetween(
  text: string,
  start: number,
  end: number,
  /** Stop counting past this many (the caller only asks whether there are more). */
  most = Infinity,
): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const w: boolean = isWordChar(c) || (inWord && (c === 45 || c === 47));
    if (w && !inWord && ++n > most) return n;
    inWord = w;
  }
  return n;
}

/** One reading of a report: its text, clauses, terms and lazily computed context tests. */
/** A heading line of flow values per side ("Flow", "Blood flow:", "PSV (cm/s)"). */
const FLOW_HEAD =
  /^\s*(?:(?:(?:left\s+|right\s+)?(?:vertebral\s+arter(?:y|ies)|va|vas)|doppler|colou?r|spectral)\s*[-\u2013\u2014]?\s*)?(?:(?:blood|antegrade)\s+)?(?:flow|psv|vps|vmax|peak systolic velocity|flow velocity)?(?:\s+(?:velocity|signals?|direction|pattern|in\s+v[1-4]))?(?:\s*[([][^)\]\n]{0,20}[)\]])?(?:,\s*(?:cm|m)\/s)?\s*$/i;

/** A clause ending in a velocity and its norm ("PSV 22 cm/s (N 40-60)"). */
const VELOCITY_END = /\d\s?(?:cm|m)\/s(?:ec)?\.?(?:\s?[([]n[^)\]]{0,15}[)\]])?\s*$/i;
/** The next clause only judges it ("reduced.", "below the norm"). */
const JUDGED_ALONE =
  /^\s*(?:(?:markedly|mildly|moderately|significantly|slightly|severely)\s+)?(?:reduced|decreased|diminished|lowered|low|below (?:the )?norm(?:al)?)\s*(?:[.;,]|$)/i;

export class Reading {
  readonly clauseStart: number[] = [];
  readonly clauseEnd: number[] = [];
  readonly clauseSentence: number[] = [];
  readonly sentenceStart: number[] = [];
  readonly sentenceEnd: number[] = [];
  readonly terms: Term[] = [];
  triggers: Trigger[] = [];
  private known = 0;
  private value = 0;
  private readonly positions: (Positions | undefined)[] = [];

  constructor(
    readonly lex: CompiledLexicon,
    readonly text: string,
    readonly study: StudyContext | undefined,
  ) {
    this.splitClauses();
  }

  private lazy(i: number, re: RegExp): Positions {
    return (this.positions[i] ??= new Positions(re, this.text));
  }
  get vertebral(): Positions {
    return this.lazy(0, this.lex.vertebral);
  }
  get otherVessel(): Positions {
    return this.lazy(1, this.lex.otherVessel);
  }
  get brain(): Positions {
    return this.lazy(2, this.lex.brain);
  }
  get cervical(): Positions {
    return this.lazy(3, this.lex.cervical);
  }
  get separators(): Positions {
    return this.lazy(4, this.lex.vesselSeparator);
  }
  get listWords(): Positions {
    return this.lazy(5, this.lex.listWords);
  }
  get sidePhrase(): Positions {
    return this.lazy(6, this.lex.sidePhrase);
  }

  private splitClauses(): void {
    const { text, lex } = this;
    const breaks: (Span & { sentence: boolean })[] = [];
    lex.breaks.lastIndex = 0;
    for (let m = lex.breaks.exec(text); m !== null; m = lex.breaks.exec(text)) {
      breaks.push({ start: m.index, end: m.index + m[0].length, sentence: m[1] !== undefined });
    }
    // A "?" that closes a sentence (end of line or a capital after it) ends it after itself.
    const ordered = breaks.length;
    for (let q = text.indexOf('?'); q !== -1; q = text.indexOf('?', q + 1)) {
      let i = q + 1;
      while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
      const c = text.charCodeAt(i);
      if (i >= text.length || c === 10 || (i > q + 1 && c >= 65 && c <= 90)) {
        breaks.push({ start: q + 1, end: q + 1, sentence: true });
      }
    }
    if (breaks.length > ordered) breaks.sort((a, b) => a.start - b.start);
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

  /**
   * Whether the break after clause k only wraps a phrase: a line break inside it ("Left VA
   * is not\nvisualised", "Acute\ninfarct") or a dash between spaces ("Left VA - not
   * visualised"), or a semicolon before a side in a line of values. A term may run over it;
   * "acute" said across it still counts.
   */
  /** The line ending at `end` is a flow heading, or a side's line under one (up to 3 lines). */
  private underFlowHead(end: number): boolean {
    let to = end;
    for (let n = 0; n < 4; n++) {
      const from = this.text.lastIndexOf('\n', to - 1) + 1;
      const line = this.text.slice(from, to);
      // (A heading ending in a colon may have its first value joined to it: "Flow: Right — …".)
      const head = line.split(':')[0]!;
      if (/\S/.test(head) && FLOW_HEAD.test(head)) return true;
      if (!/^\s*(?:left|right|lt|rt)\b/i.test(line) || from === 0) return false;
      to = from - 1;
    }
    return false;
  }

  softBreakAfter(k: number): boolean {
    const end = this.clauseEnd[k];
    const next = this.clauseStart[k + 1];
    if (end === undefined || next === undefined) return false;
    const gap = this.text.slice(end, next);
    // A line of values going on with a side: "Flow: right - present; left - absent".
    if (/^\s*;\s*$/.test(gap) && /^\s*(?:left|right|lt|rt|l|r|d|s)\b/i.test(this.text.slice(next)))
      return /[a-z0-9)]/i.test(this.text[end - 1] ?? '');
    // A velocity judged after a semicolon: "PSV 22 cm/s (N 40-60); reduced".
    if (/^\s*;\s*$/.test(gap) && VELOCITY_END.test(this.text.slice(Math.max(0, end - 40), end)))
      return JUDGED_ALONE.test(this.text.slice(next, next + 40));
    const dash = /^\s*[-\u2013\u2014]\s*$/.test(gap);
    if (!dash && !/^[ \t]*\n[ \t]*$/.test(gap)) return false;
    let i = end - 1;
    while (i >= 0 && /\s/.test(this.text[i]!)) i--;
    if (i < 0 || !/[a-z0-9,):]/i.test(this.text[i]!)) return false;
    if (dash) return true;
    let j = next;
    while (j < this.text.length && /\s/.test(this.text[j]!)) j++;
    // A term over a line break: a lower-case word goes on; in capitals any word does
    // ("ACUTE\nINFARCT"). (Whether a negation reaches over a break is lineWrapAfter's.)
    const c = this.text[j] ?? '';
    // A line of values per side under a flow heading ("Flow\nRight — antegrade\nLeft — absent";
    // not "Reversal of flow\nRight — absent", "Diastolic flow velocity\nRight 12\nLeft 0").
    if (/^(?:left|right|lt|rt)\b/i.test(this.text.slice(j, j + 6)) && this.underFlowHead(end))
      return true;
    return /[a-z]/.test(c) || (/[A-Z]/.test(c) && this.inCapitals());
  }

  /**
   * The start of clause k's line of prose: a clause that opens a line wrapped from the one
   * before ("No evidence of\ndissection", "without\r\nstenosis") starts there, up to two
   * wraps back. A negation or doubt there reaches the term as on one line.
   */
  wrappedStart(k: number): number {
    let j = k;
    while (j > 0 && j > k - 3 && lineWrapAfter(this, j - 1)) j--;
    return this.clauseStart[j]!;
  }

  /** The end of clause k's line of prose: over up to two wraps after it (see wrappedStart). */
  wrappedEnd(k: number): number {
    let j = k;
    while (j < k + 2 && j + 1 < this.clauseEnd.length && lineWrapAfter(this, j)) j++;
    return this.clauseEnd[j]!;
  }

  private newlines: number[] | undefined;
  /**
   * The text's line breaks (built once: a lookup per term stays O(log n)) and how many of them
   * come before `at`.
   */
  private breaksBefore(at: number): { nl: number[]; k: number } {
    if (!this.newlines) {
      this.newlines = [];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
        this.newlines.push(i);
    }
    const nl = this.newlines;
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nl[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return { nl, k: lo };
  }
  /** The start of the line holding offset `at`. */
  lineStartOf(at: number): number {
    const { nl, k } = this.breaksBefore(at);
    return k === 0 ? 0 : nl[k - 1]! + 1;
  }
  /** The end of the line holding offset `at` (its line break), or -1 on the last line. */
  lineEndOf(at: number): number {
    const { nl, k } = this.breaksBefore(at);
    return k < nl.length ? nl[k]! : -1;
  }

  private capitals: boolean | undefined;
  /** Whether the text is written in capitals (fewer than one letter in ten lower case). */
  inCapitals(): boolean {
    if (this.capitals === undefined) {
      const lower = this.text.match(/[a-z]/g)?.length ?? 0;
      const upper = this.text.match(/[A-Z]/g)?.length ?? 0;
      this.capitals = upper > 20 && lower * 10 < upper;
    }
    return this.capitals;
  }

  /** Whether sentence s names the VA (0), another vessel (1), the brain (2), the neck spine (3). */
  names(s: number, what: 0 | 1 | 2 | 3): boolean {
    const bit = 1 << (s * 4 + what);
    const key = s * 4 + what;
    if (key < 30 && (this.known & bit) !== 0) return (this.value & bit) !== 0;
    const test =
      what === VA
        ? this.vertebral
        : what === OTHER_VESSEL
          ? this.otherVessel
          : what === BRAIN
            ? this.brain
            : this.cervical;
    const yes = test.within(this.sentenceStart[s]!, this.sentenceEnd[s]!);
    if (key < 30) {
      this.known |= bit;
      if (yes) this.value |= bit;
    }
    return yes;
  }

  /** Whether a term ends at `at` (spaces between allowed). */
  termEndingAt(at: number): boolean {
    let i = at;
    // (Over any white space: "haemorrhage\nor mass".)
    while (i > 0 && /\s/.test(this.text[i - 1]!)) i--;
    // Terms never overlap (one scan): the one ending at i is the last starting before it.
    const k = firstFrom(this.terms, i);
    return k > 0 && this.terms[k - 1]!.end === i;
  }

  /** Whether a term starts at `at` (spaces between allowed). */
  termStartingAt(at: number): boolean {
    let i = at;
    while (i < this.text.length && this.text.charCodeAt(i) === 32) i++;
    const k = firstFrom(this.terms, i);
    return k < this.terms.length && this.terms[k]!.start === i;
  }

  termWithin(start: number, end: number): Term | undefined {
    for (let k = firstFrom(this.terms, start); k < this.terms.length; k++) {
      const t = this.terms[k]!;
      if (t.start >= end) return undefined;
      if (t.end <= end) return t;
    }
    return undefined;
  }
}
