/**
 * The report reader's lexicon, compiled once per language: one regex for all terms, one per
 * trigger kind, the context tests and the spelling index. Plain TypeScript, no Angular.
 */
import type { FindingId } from '../finding-ids';
import type { Lexicon, TermEntry } from './lexicon-en';
import { buildPrefilter, type Prefilter } from './reader-prefilter';
import { buildSpellingIndex, type SpellingIndex } from './reader-spelling';

export type Kind =
  | 'pre-neg'
  | 'post-neg'
  | 'pre-unc'
  | 'post-unc'
  | 'either-unc'
  | 'request'
  | 'other-person'
  | 'pseudo';

export interface CompiledLexicon {
  terms: readonly TermEntry[];
  /**
   * Each term entry's own regex (its patterns as one alternation between word boundaries),
   * compiled on first use; `prefilter` says which entries could match a text at all. Scanned
   * together by `scanTerms`, as one alternation of all terms would scan.
   */
  termRes: (RegExp | undefined)[];
  termSources: readonly string[];
  prefilter: Prefilter;
  /**
   * All triggers in one regex, longer patterns first so that at one place the longest
   * trigger wins ("not excluded" over "not", "no evidence of" over "no").
   */
  triggerRe: RegExp;
  /** Whole-match tests of each kind, to tell the kinds of a matched trigger. */
  triggerKinds: { kind: Kind; re: RegExp }[];
  /** Memo of the kinds of a matched trigger text (see triggerKindsOf in the reader). */
  kindsByText: Map<string, readonly Kind[]>;
  /** Sentence ends (group 1) and clause ends (";", terminators). */
  breaks: RegExp;
  vertebral: RegExp;
  otherVessel: RegExp;
  brain: RegExp;
  cervical: RegExp;
  /** Where a vessel phrase ends inside a sentence: ",", ";", "and", "with", "whereas", "while". */
  vesselSeparator: RegExp;
  listWords: RegExp;
  listWordSet: ReadonlySet<string>;
  sidePhrase: RegExp;
  phraseStarts: ReadonlySet<string>;
  levelWord: RegExp;
  dated: ReadonlySet<FindingId>;
  acuteBefore: RegExp;
  acuteAfter: RegExp;
  /** The same, at the very start of the text (the age opening a clause after a semicolon). */
  acuteAfterStart: RegExp;
  spelling: SpellingIndex;
  normal: RegExp;
  letterRanges: readonly (readonly [number, number])[];
  letter: RegExp;
}

const compiled = new Map<Lexicon, CompiledLexicon>();

const word = (source: string): string => `(?<![a-z0-9])(?:${source})(?![a-z0-9])`;

/** Any white space between the words of a term: a line break, a tab, two spaces. */
const TERM_GAP = '\\s+';
/**
 * Any white space between the words of a trigger, a wrapped line's break too ("There is no\n
 * evidence of"): a negation reaches over a wrap (reader-text.ts `wrappedStart`).
 */
const TRIGGER_GAP = '\\s+';

/**
 * A pattern source with each literal space (outside character classes) read as `gap`:
 * reports wrap lines and double their spaces ("Uncovertebral\narthrosis", "cord  compression").
 */
export function spaced(source: string, gap: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    if (ch === ' ' && !inClass) {
      // "can ?not": an optional space stays optional.
      if (source[i + 1] === '?') {
        out += `(?:${gap})?`;
        i++;
      } else out += gap;
      continue;
    }
    out += ch;
  }
  return out;
}

/**
 * One word-boundary check around the whole alternation (3-4× faster than one each). The
 * leading lookbehind also lets the engine drop mid-word places at once: without it the
 * term and trigger scans were 2-3× slower.
 */
function group(source: readonly string[]): RegExp {
  const list = source.map((p) => spaced(p, TRIGGER_GAP));
  const words = list.filter((p) => /^[a-z(]/i.test(p));
  const marks = list.filter((p) => !/^[a-z(]/i.test(p));
  const parts = [...(words.length ? [word(words.join('|'))] : []), ...marks.map((p) => `(?:${p})`)];
  return new RegExp(parts.join('|'), 'gi');
}

function compileTriggers(kinds: [Kind, readonly string[]][]): {
  triggerRe: RegExp;
  triggerKinds: { kind: Kind; re: RegExp }[];
} {
  const all = [...new Set(kinds.flatMap(([, list]) => list))].sort((a, b) => b.length - a.length);
  return {
    triggerRe: group(all),
    triggerKinds: kinds.map(([kind, list]) => ({
      kind,
      re: new RegExp(`^(?:${list.map((p) => spaced(p, TRIGGER_GAP)).join('|')})$`, 'i'),
    })),
  };
}

const termSource = (t: TermEntry): string =>
  `(?:${t.patterns.map((p) => spaced(p, TERM_GAP)).join('|')})`;

/**
 * Every term match in `text`, as one alternation of all terms would give them: the leftmost
 * match first; at one place the earliest entry; the scan goes on after each match. Only the
 * entries the prefilter lets through are scanned (the others cannot match in `text`), each by
 * its own regex; an entry's match found from an earlier place stays its first from any place
 * up to it. The caller answers each match with `true` when it drops it: the scan then goes on
 * from the match's next character, not its end.
 */
export function* scanTerms(
  lex: CompiledLexicon,
  text: string,
): Generator<{ start: number; end: number; entry: number }, void, boolean | undefined> {
  const entries = lex.prefilter.candidates(text);
  const res = entries.map((e) => (lex.termRes[e] ??= new RegExp(word(lex.termSources[e]!), 'gi')));
  const next: (RegExpExecArray | null | undefined)[] = entries.map(() => undefined);
  let pos = 0;
  for (;;) {
    let best = -1;
    for (let i = 0; i < entries.length; i++) {
      let m = next[i];
      if (m === undefined || (m !== null && m.index < pos)) {
        const re = res[i]!;
        re.lastIndex = pos;
        next[i] = m = re.exec(text);
      }
      if (m && (best === -1 || m.index < next[best]!.index)) best = i;
    }
    if (best === -1) return;
    const m = next[best]!;
    const end = m.index + m[0].length;
    // A match the reader drops (it runs over a clause break) eats no text: the scan goes on
    // from the next character ("PSV 0.5 m/s. Diminished flow …" still reads its second sentence).
    const dropped = yield { start: m.index, end, entry: entries[best]! };
    next[best] = undefined;
    pos = dropped === true ? m.index + 1 : end > m.index ? end : end + 1;
  }
}

/** Family words before a dash that joins a relative to a finding ("mother - stroke"). */
const FAMILY = '(?:mother|father|brother|sister|parents?|grandmother|grandfather|aunt|uncle)';

export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const cached = compiled.get(lex);
  if (cached) return cached;
  const termSources = lex.terms.map(termSource);
  const result: CompiledLexicon = {
    terms: lex.terms,
    termRes: lex.terms.map(() => undefined),
    termSources,
    prefilter: buildPrefilter(termSources),
    ...compileTriggers([
      ['pseudo', lex.pseudo],
      ['request', lex.request],
      ['other-person', lex.otherPerson],
      ['pre-neg', lex.preNegation],
      ['post-neg', lex.postNegation],
      ['pre-unc', lex.preUncertain],
      ['post-unc', lex.postUncertain],
      ['either-unc', lex.eitherUncertain],
    ]),
    kindsByText: new Map(),
    // A dash between spaces ("No fracture - uncovertebral arthrosis") ends a clause too.
    // Every alternative consumes a character before its lookbehinds (or checks the one
    // character before it first): a lookbehind that opens an alternative runs at every place
    // in the text, and the bracket check scanned 60 characters back from each (4x slower).
    breaks: new RegExp(
      [
        // Not the full stop of a side ("L. vertebral artery", "On the L.: yes").
        // Nor of an abbreviation ("approx. 3 days old", "vs. the prior", "acute inf. in the").
        // Nor of a unit alone in brackets before a colon or a side ("PSV (cm/s.): right 45").
        '(\\.(?!\\d)(?!(?<=\\((?:cm|m)\\/s(?:ec)?\\.)\\)\\s*(?::|(?:left|right|lt|rt|l|r)\\b))(?<!(?:^|[\\s(/])[lr]\\.)(?<!\\b(?:approx|appr|ca|vs|cf|e\\.g|i\\.e|incl|resp|fig|dr|sin|dex|vertebral a)\\.)(?!(?<=\\b(?:infr?|isch|ac)\\.) ?(?:(?:in|of|within|involving|left|right|lt|rt|l|r|inf|infr|isch|embolic|lacunar)\\b|[:\u2013\u2014-]))|[!\\n])',
        ';',
        `[-\u2013\u2014](?<=\\s.)(?<!\\b${FAMILY}\\s.)(?=\\s)(?!\\s*(?:none|no|nil|negative|absent)\\b\\s*(?:[.,;)\\n]|$))`,
        '[\u2022\u00b7\u25aa]',
        '(?<=\\s)(?<!\\([^()]{0,60})\\(?(?:\\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\\)(?=\\s)',
        '\\|(?!\\s*(?:none|no|nil|negative|absent|yes|present|positive)\\b)',
        '\\*(?<=\\s.)(?=\\s)|--(?<=\\s..)(?=\\s)|->(?<=\\s..)(?=\\s)|>(?<=\\s.)(?=\\s)',
        '\\{',
        word(lex.terminators.join('|')),
      ].join('|'),
      'gi',
    ),
    vertebral: new RegExp(lex.vertebralMention, 'gi'),
    otherVessel: new RegExp(lex.otherVessel, 'gi'),
    brain: new RegExp(lex.brainMention, 'gi'),
    cervical: new RegExp(lex.cervicalMention, 'gi'),
    vesselSeparator: new RegExp(`[,;]|${word('and|with|whereas|while')}`, 'gi'),
    listWords: new RegExp(lex.listWords, 'gi'),
    listWordSet: new Set(['or', 'and', 'nor', 'and/or']),
    sidePhrase: new RegExp(`${word('and|with|while')}\\s+${lex.sidePhrase}`, 'gi'),
    phraseStarts: new Set(lex.phraseStarts),
    levelWord: /^(?:c[1-7]|v[0-4])/i,
    dated: new Set(lex.datedFindings),
    acuteBefore: new RegExp(lex.acuteBefore, 'i'),
    acuteAfter: new RegExp(lex.acuteAfter, 'i'),
    acuteAfterStart: new RegExp(`^(?:${lex.acuteAfter})`, 'i'),
    spelling: buildSpellingIndex(lex.spellings),
    normal: new RegExp(word(lex.normalPhrases.join('|')), 'i'),
    letterRanges: lex.letterRanges,
    letter: /\p{L}/u,
  };
  compiled.set(lex, result);
  return result;
}
