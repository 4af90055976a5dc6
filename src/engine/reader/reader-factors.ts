/**
 * What every match of a term contains, read from its regex source: a set of words, one of
 * which is in any text the term matches ("arthr" or "spondyl"). The term scan's prefilter
 * (reader-prefilter.ts) scans only the terms whose words are in the text.
 *
 * Sound by construction: anything the parser does not know (classes of many characters,
 * escapes such as \s or \w, letters whose case folds oddly, back references) is read as "any
 * text", which only weakens what is required. What a positive lookahead or lookbehind
 * requires counts (it is in the text, if not in the match); a negative one requires nothing.
 * An entry with nothing required of two characters or more is scanned always. Plain TypeScript, no Angular.
 */

/** Exact strings a part matches (null: too many or unknown) and what every match contains. */
interface Info {
  exact: readonly string[] | null;
  /**
   * A repeat ("c+", "s{1,2}"): each match starts with one of these and ends with one of them,
   * so the text before it joins its first and the text after it its last ("oc+lus": "oc",
   * "clus").
   */
  ends?: readonly string[] | null;
  /** Every match contains one of these (null: nothing known). Never holds "". */
  req: readonly string[] | null;
}

const MAX_SET = 64;
const MAX_LEN = 40;
/** A single character filters nothing: an entry must require words of two or more. */
export const MIN_FACTOR = 2;

const ANY: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [''], req: null };

/** A character as a lower-cased literal, or null when /i could match it to another one. */
function literal(ch: string): string | null {
  const code = ch.charCodeAt(0);
  if (code < 128) return ch.toLowerCase();
  // Non-ASCII: only punctuation and symbols without case (a dash, an arrow, "≥", "°").
  const symbol =
    (code >= 0xa0 && code <= 0xbf && code !== 0xb5) || (code >= 0x2000 && code <= 0x2bff);
  return symbol && ch.toLowerCase() === ch && ch.toUpperCase() === ch ? ch : null;
}

const charInfo = (ch: string | null): Info => {
  if (ch === null) return ANY;
  return { exact: [ch], req: [ch] };
};

function score(set: readonly string[] | null): number {
  if (!set || set.length === 0) return -1;
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

function better(
  a: readonly string[] | null,
  b: readonly string[] | null,
): readonly string[] | null {
  const sa = score(a);
  const sb = score(b);
  if (sa !== sb) return sa > sb ? a : b;
  if (sa < 0) return null;
  return a!.length <= b!.length ? a : b;
}

const noEmpty = (set: readonly string[] | null): readonly string[] | null =>
  set && set.length > 0 && !set.includes('') ? set : null;

/** Characters read as themselves (ASCII, no special meaning outside a class). */
const RUN = /[^\\()[\]{}|.^$*+?\x80-\uffff]+/y;
const PLAIN = /[^\\()[\]{}|.^$*+?]/;
const QUANTIFIER = /[*+?{]/;

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  if (b.length === 1) {
    const y = b[0]!;
    const out: string[] = [];
    for (const x of a) {
      if (x.length + y.length > MAX_LEN) return null;
      out.push(x + y);
    }
    return out;
  }
  const out = new Set<string>();
  for (const x of a)
    for (const y of b) {
      if (x.length + y.length > MAX_LEN) return null;
      out.add(x + y);
    }
  return [...out];
}

function concat(parts: readonly Info[]): Info {
  let best: readonly string[] | null = null;
  let run: readonly string[] = [''];
  let allExact = true;
  for (const p of parts) {
    best = better(best, p.req);
    if (p.ends) {
      const joined = cross(run, p.ends);
      best = better(best, noEmpty(joined ?? run));
      allExact = false;
      run = p.ends;
    } else if (p.exact) {
      const joined = cross(run, p.exact);
      if (joined) run = joined;
      else {
        best = better(best, noEmpty(run));
        allExact = false;
        run = p.exact;
      }
    } else {
      best = better(best, noEmpty(run));
      allExact = false;
      run = [''];
    }
  }
  best = better(best, noEmpty(run));
  return { exact: allExact ? run : null, req: best };
}

function alternate(alts: readonly Info[]): Info {
  const exact = new Set<string>();
  let exactOk = true;
  const req = new Set<string>();
  let reqOk = true;
  for (const a of alts) {
    if (a.exact && exactOk) for (const s of a.exact) exact.add(s);
    else exactOk = false;
    const r = better(a.req, noEmpty(a.exact));
    if (r && reqOk) for (const s of r) req.add(s);
    else reqOk = false;
  }
  return {
    exact: exactOk && exact.size <= MAX_SET ? [...exact] : null,
    req: reqOk && req.size <= MAX_SET * 4 ? [...req] : null,
  };
}

/** Parses a regex source (JavaScript, no `u` flag) into what its matches must contain. */
class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.disjunction();
    if (this.i < this.src.length) return ANY;
    return info;
  }

  private disjunction(): Info {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : alternate(alts);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      parts.push(this.quantified(this.atom()));
    }
    return parts.length === 0 ? EMPTY : concat(parts);
  }

  private quantified(atom: Info): Info {
    const s = this.src;
    let min = 1;
    let max = 1;
    const ch = s[this.i];
    if (ch === '*' || ch === '+' || ch === '?') {
      this.i++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    if (s[this.i] === '?') this.i++;
    if (min === 0) {
      return max === 1 && atom.exact
        ? { exact: [...new Set(['', ...atom.exact])], req: null }
        : { exact: max === 0 ? [''] : null, req: null };
    }
    if (min === 1 && max === 1) return atom;
    return { exact: null, req: atom.req, ends: atom.exact };
  }

  private atom(): Info {
    const s = this.src;
    // A run of plain ASCII characters read at once (its last one left to a quantifier after it).
    RUN.lastIndex = this.i;
    const run = RUN.exec(s);
    if (run) {
      let text = run[0];
      if (text.length > 1 && QUANTIFIER.test(s[this.i + text.length] ?? ''))
        text = text.slice(0, -1);
      this.i += text.length;
      const lower = text.toLowerCase();
      return { exact: [lower], req: [lower] };
    }
    const ch = s[this.i++]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape(false);
    if (ch === '.') return ANY;
    if (ch === '^' || ch === '$') return EMPTY;
    let lit = literal(ch);
    if (lit === null) return ANY;
    // A run of plain letters read at once (the last one may carry a quantifier: left to it).
    while (this.i + 1 < s.length && PLAIN.test(s[this.i]!) && !QUANTIFIER.test(s[this.i + 1]!)) {
      const next = literal(s[this.i]!);
      if (next === null) break;
      lit += next;
      this.i++;
    }
    return { exact: [lit], req: [lit] };
  }

  private group(): Info {
    const s = this.src;
    let look: 'none' | 'positive' | 'negative' = 'none';
    if (s[this.i] === '?') {
      const head = s.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) this.i += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        look = head[1] === '=' ? 'positive' : 'negative';
        this.i += 2;
      } else if (head === '?<=' || head === '?<!') {
        look = head[2] === '=' ? 'positive' : 'negative';
        this.i += 3;
      } else {
        // A named group; any other form (modifiers "(?i:", what a newer syntax adds) is
        // not read.
        const name = /^\?<[A-Za-z_$][\w$]*>/.exec(s.slice(this.i, this.i + 64));
        if (!name) throw new Error(`prefilter: group (${head}… not read`);
        this.i += name[0].length;
      }
    }
    const inner = this.disjunction();
    if (s[this.i] !== ')') throw new Error(`prefilter: unclosed group in ${s}`);
    this.i++;
    if (look === 'negative') return EMPTY;
    // What a lookahead or lookbehind requires is in the text too, though not in the match.
    if (look === 'positive') return { exact: [''], req: better(inner.req, noEmpty(inner.exact)) };
    return inner;
  }

  /** One escape; in a class, `\b` is a backspace. Null exact for anything of many characters. */
  private escapeChar(inClass: boolean): string | null | 'assert' {
    const s = this.src;
    const ch = s[this.i++]!;
    if ('dDwWsS'.includes(ch)) return null;
    if (ch === 'b') return inClass ? '\b' : 'assert';
    if (ch === 'B') return inClass ? null : 'assert';
    // Back references, control letters and octal escapes are not worth reading: the whole
    // source then requires nothing (requiredFactors), which can only scan more.
    if (/[1-9kc]/.test(ch) || (ch === '0' && /[0-9]/.test(s[this.i] ?? ''))) {
      throw new Error(`prefilter: escape \\${ch} not read`);
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', 0: '\0' };
    if (ch in simple) return simple[ch]!;
    if (ch === 'u' || ch === 'x') {
      const len = ch === 'u' ? 4 : 2;
      const hex = s.slice(this.i, this.i + len);
      if (!/^[0-9a-f]+$/i.test(hex) || hex.length !== len) return literal(ch);
      this.i += len;
      return literal(String.fromCharCode(parseInt(hex, 16)));
    }
    return literal(ch);
  }

  private escape(inClass: boolean): Info {
    const e = this.escapeChar(inClass);
    if (e === 'assert') return EMPTY;
    return charInfo(e);
  }

  private charClass(): Info {
    const s = this.src;
    let negated = false;
    if (s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const chars = new Set<string>();
    let known = true;
    while (this.i < s.length && s[this.i] !== ']') {
      const from = this.classChar();
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        const to = this.classChar();
        if (from === null || to === null) known = false;
        else {
          const a = from.charCodeAt(0);
          const b = to.charCodeAt(0);
          if (b - a > 8) known = false;
          else for (let c = a; c <= b; c++) addChar(String.fromCharCode(c));
        }
      } else if (from === null) known = false;
      else addChar(from);
    }
    this.i++;
    function addChar(c: string): void {
      const lit = literal(c);
      if (lit === null) known = false;
      else chars.add(lit);
    }
    if (negated || !known || chars.size === 0 || chars.size > 8) return ANY;
    const set = [...chars];
    return { exact: set, req: set };
  }

  private classChar(): string | null {
    const s = this.src;
    const ch = s[this.i++]!;
    if (ch !== '\\') return ch;
    const e = this.escapeChar(true);
    return e === 'assert' ? null : e;
  }
}

/** What every match of `source` contains (lower case), or null when nothing useful is known. */
export function requiredFactors(source: string): readonly string[] | null {
  let info: Info;
  try {
    info = new Parser(source).parse();
  } catch {
    return null;
  }
  const req = better(info.req, noEmpty(info.exact));
  return score(req) >= MIN_FACTOR ? req : null;
}
