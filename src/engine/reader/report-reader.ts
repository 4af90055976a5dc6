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
import { answerForms } from './reader-forms';
import { readTableBlocks } from './reader-tables';
import {
  firstFrom,
  isVesselStudy,
  overlaps,
  Reading,
  type Span,
  type Trigger,
} from './reader-text';
import { acute, readingFor, resolvedSince } from './reader-context';
import {
  ageLabelled,
  LONGEST_TRIGGER,
  notStrokeDiffusion,
  olderAfter,
  qualify,
} from './reader-qualify';
import { correctSpelling, normaliseSpace, type Correction } from './reader-spelling';

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
  /** Said as an older one after a "no" ("Old: left PICA territory"): raises no acute urgency. */
  older?: boolean;
}

export interface StudyContext {
  modality: ImagingModality;
  region: ImagingRegion;
}

export function readReport(
  text: string,
  study?: StudyContext,
  lexicon: Lexicon = LEXICON_EN,
): Mention[] {
  if (text === '') return [];
  // A form's answers made plain, offsets unchanged; what is read is then shown as given.
  const answered = answerForms(text);
  if (answered === text) return readPlain(text, study, lexicon);
  return readPlain(answered, study, lexicon).map((m) => ({
    ...m,
    text: text.slice(m.start, m.end),
  }));
}

function readPlain(text: string, study: StudyContext | undefined, lexicon: Lexicon): Mention[] {
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
  return withTables(mentions, text, src, spaced?.fixes ?? [], study);
}

/**
 * Rows of tables read whole (reader-tables.ts): a VA finding in a vessel study or in a row
 * that names the vertebral artery, a spine finding as it stands. A table's header words
 * ("Stenosis (NASCET)", "Plaque") are column names: not read as findings.
 */
function withTables(
  mentions: Mention[],
  text: string,
  src: string,
  fixes: readonly Correction[],
  study: StudyContext | undefined,
): Mention[] {
  // Read in the text with its white space normalised, placed in the text as given; tables
  // with tabs or aligned spaces between cells in the text as given (normalising makes them
  // single spaces).
  const blocks = readTableBlocks(src);
  const rows = blocks.rows.map((t) => ({
    ...t,
    start: mapPosition(fixes, t.start, 'start'),
    end: mapPosition(fixes, t.end, 'end'),
  }));
  const headerCells = blocks.headers.flatMap((h) =>
    h.cells.map((c) => ({
      text: c.text,
      start: mapPosition(fixes, c.start, 'start'),
      end: mapPosition(fixes, c.end, 'end'),
    })),
  );
  // (Normalising also joins "Label:\n| a | b |" into one line: the table as given is read too.)
  if (text !== src) {
    const asGiven = readTableBlocks(text);
    for (const t of asGiven.rows) if (!rows.some((u) => u.start === t.start)) rows.push(t);
    for (const h of asGiven.headers) headerCells.push(...h.cells);
  }
  // What a comparison table's earlier column says is of a past study: not read as today's.
  const prior = [
    ...blocks.prior.map((c) => ({
      start: mapPosition(fixes, c.start, 'start'),
      end: mapPosition(fixes, c.end, 'end'),
    })),
    ...(text !== src ? readTableBlocks(text).prior : []),
  ];
  const kept = mentions.filter(
    (m) =>
      !headerCells.some((c) => namesColumn(c, m)) &&
      !prior.some((c) => m.start >= c.start && m.end <= c.end),
  );
  if (rows.length === 0) return kept;
  const vesselStudy = isVesselStudy(study);
  for (const t of rows) {
    const { start, end } = t;
    const vessel = t.finding.startsWith('vertebral-artery');
    if (vessel && !vesselStudy && !/\b(?:va|vertebral)\b/i.test(text.slice(start, end))) continue;
    kept.push({
      finding: t.finding,
      status: 'affirmed',
      start,
      end,
      text: text.slice(start, end),
      ...(t.occlusion ? { occlusion: true } : {}),
      ...(t.acute ? { acute: true } : {}),
    });
  }
  return kept;
}

/**
 * Whether a trigger overlaps the span (triggers in text order, none longer than
 * LONGEST_TRIGGER: found by binary search, so a long report costs no more per term).
 */
function overlapsTrigger(triggers: readonly Trigger[], span: Span): boolean {
  for (let k = firstFrom(triggers, span.start - LONGEST_TRIGGER); k < triggers.length; k++) {
    const t = triggers[k]!;
    if (t.start >= span.end) return false;
    if (overlaps(t, span)) return true;
  }
  return false;
}

/** A mention that is a header cell's own name ("Stenosis" of "Stenosis (NASCET)", "% stenosis"). */
function namesColumn(c: { text: string; start: number; end: number }, m: Mention): boolean {
  if (m.start < c.start || m.end > c.end) return false;
  // Inside a stenosis or plaque column's name ("Stenosis grade", "% stenosis (NASCET)").
  if (/^(?:vertebral-artery-narrowing|vertebral-artery-atherosclerosis)$/.test(m.finding))
    return true;
  const bare = (t: string) =>
    t
      .replace(/\([^)]*\)|%/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  return bare(c.text) === bare(m.text);
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
  const scan = scanTerms(lex, src);
  let dropped = false;
  for (let n = scan.next(); !n.done; n = scan.next(dropped)) {
    const { start, end, entry } = n.value;
    dropped = true;
    while (ci < r.clauseEnd.length && r.clauseEnd[ci]! <= start) ci++;
    if (ci >= r.clauseEnd.length) break;
    if (start < r.clauseStart[ci]!) continue;
    if (end > r.clauseEnd[ci]!) {
      // A term wrapped over a line break or a dash between spaces is one term.
      let k = ci;
      while (end > r.clauseEnd[k]! && r.softBreakAfter(k)) k++;
      if (end > r.clauseEnd[k]!) continue;
    }
    dropped = false;
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
    if (!entry.absorbsTriggers && overlapsTrigger(triggers, term)) continue;
    const reading = readingFor(r, term, entry);
    if (!reading) continue;
    if (reading.finding === 'stroke' && notStrokeDiffusion(r, term)) continue;
    const q = qualify(r, term);
    if (q.otherPerson || q.unassessed) continue;
    // "ACUTE INFARCT: None. Old: left PICA territory.": an older one said after the "no" is
    // there (not acute; acute when its words give it a new part: "extension ... is new").
    const older = q.status === 'negated' ? olderAfter(r, term, reading.finding) : null;
    if (older) {
      const m: Mention = {
        finding: reading.finding,
        status: 'affirmed',
        start: term.start,
        end: term.end,
        text: src.slice(term.start, term.end),
        trigger: older === 'new' ? 'a new part said after' : 'an older one said after',
      };
      if (older === 'older') m.older = true;
      else if (lex.dated.has(reading.finding)) m.acute = true;
      mentions.push(m);
      continue;
    }
    // (Not one said since to have resolved or aged: "… in the left pons has resolved".)
    const dated =
      lex.dated.has(reading.finding) &&
      (entry.acute === true || acute(r, i) || ageLabelled(r, term)) &&
      !resolvedSince(r, i);
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
  const start = mapPosition(fixes, m.start, 'start');
  const end = mapPosition(fixes, m.end, 'end');
  return { ...m, start, end, text: original.slice(start, end) };
}

/**
 * A place in the fixed text as a place in the text as given (fixes sorted, found by binary
 * search: a report with thousands of fixes costs no more per mention). A start inside a fix
 * maps to the fix's start, an end inside it to its end ("isn't" read as "is not").
 */
function mapPosition(fixes: readonly Correction[], p: number, side: 'start' | 'end'): number {
  let lo = 0;
  let hi = fixes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fixes[mid]!.fixedEnd <= p) lo = mid + 1;
    else hi = mid;
  }
  // fixes[lo - 1] ends at or before p; fixes[lo] (if any) ends after it.
  const f = fixes[lo];
  if (f && p > f.fixedStart) return side === 'start' ? f.start : f.end;
  const before = fixes[lo - 1];
  return before ? p + (before.end - before.fixedEnd) : p;
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
