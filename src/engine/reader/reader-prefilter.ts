/**
 * The term scan's prefilter. Each term entry requires one of a few words in any text it
 * matches (reader-factors.ts); one pass of an Aho-Corasick automaton over the lower-cased
 * text finds the words there, and only entries whose words are found (and the few that
 * require nothing known) are scanned, each by its own regex. An entry left out cannot match
 * anywhere in the text, so the terms found are the same as one alternation of all terms
 * would give (reader-compile.spec.ts checks it). Plain TypeScript, no Angular.
 */
import { requiredFactors } from './reader-factors';

export interface Prefilter {
  /** Entries that require nothing known: scanned in every text. */
  readonly always: readonly number[];
  /** Entries that could match in `text`, ascending (a new array each call). */
  candidates(text: string): number[];
}

/**
 * @param sources each entry's regex source (its patterns as one alternation).
 */
export function buildPrefilter(sources: readonly string[]): Prefilter {
  const always: number[] = [];
  // The automaton: a trie of every required word, then failure links, then a full table.
  const alphabet = new Map<number, number>();
  const ascii = new Int32Array(128);
  const words: { word: string; entry: number }[] = [];
  sources.forEach((source, entry) => {
    const factors = requiredFactors(source);
    if (!factors) always.push(entry);
    else for (const word of factors) words.push({ word, entry });
  });
  for (const { word } of words)
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      if (!alphabet.has(c)) alphabet.set(c, alphabet.size + 1);
    }
  for (const [c, col] of alphabet) if (c < 128) ascii[c] = col;
  const width = alphabet.size + 1;
  const next: number[][] = [[]];
  const out: Set<number>[] = [new Set()];
  for (const { word, entry } of words) {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const col = alphabet.get(word.charCodeAt(k))!;
      let to = next[node]![col];
      if (to === undefined) {
        to = next.length;
        next.push([]);
        out.push(new Set());
        next[node]![col] = to;
      }
      node = to;
    }
    out[node]!.add(entry);
  }
  const table = new Int32Array(next.length * width);
  const fail = new Int32Array(next.length);
  const order: number[] = [];
  for (let col = 1; col < width; col++) {
    const to = next[0]![col];
    if (to !== undefined) {
      table[col] = to;
      order.push(to);
    }
  }
  for (let q = 0; q < order.length; q++) {
    const node = order[q]!;
    for (const e of out[fail[node]!]!) out[node]!.add(e);
    for (let col = 1; col < width; col++) {
      const to = next[node]![col];
      if (to !== undefined) {
        fail[to] = table[fail[node]! * width + col]!;
        table[node * width + col] = to;
        order.push(to);
      } else table[node * width + col] = table[fail[node]! * width + col]!;
    }
  }
  const outputs = out.map((s) => Int32Array.from([...s].sort((a, b) => a - b)));
  const seen = new Int32Array(sources.length);
  let stamp = 0;

  return {
    always,
    candidates(text: string): number[] {
      if (++stamp > 0x7fffffff) {
        seen.fill(0);
        stamp = 1;
      }
      const found: number[] = [];
      for (const e of always) {
        seen[e] = stamp;
        found.push(e);
      }
      const lower = text.toLowerCase();
      let node = 0;
      for (let k = 0; k < lower.length; k++) {
        const c = lower.charCodeAt(k);
        const col = c < 128 ? ascii[c]! : (alphabet.get(c) ?? 0);
        node = table[node * width + col]!;
        if (node === 0) continue;
        const o = outputs[node]!;
        for (let j = 0; j < o.length; j++) {
          const e = o[j]!;
          if (seen[e] !== stamp) {
            seen[e] = stamp;
            found.push(e);
          }
        }
      }
      return found.sort((a, b) => a - b);
    },
  };
}
