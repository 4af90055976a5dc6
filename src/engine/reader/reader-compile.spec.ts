/** The term scan (prefiltered, one regex per entry) finds exactly what one alternation of all terms would. */
import { LEXICON_EN } from './lexicon-en';
import { compileLexicon, scanTerms, spaced } from './reader-compile';
import { REPORT_CORPUS } from './report-corpus';

describe('term scan', () => {
  const lex = compileLexicon(LEXICON_EN);
  // One alternation of every term (slow in V8 past 20 kB, but exact): the reference.
  const whole = new RegExp(
    `(?<![a-z0-9])(?:${LEXICON_EN.terms
      .map((t) => `(${t.patterns.map((p) => spaced(p, '\\s+')).join('|')})`)
      .join('|')})(?![a-z0-9])`,
    'gi',
  );
  const reference = (text: string) => {
    const out: { start: number; end: number; entry: number }[] = [];
    whole.lastIndex = 0;
    for (let m = whole.exec(text); m !== null; m = whole.exec(text)) {
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      out.push({ start: m.index, end: m.index + m[0].length, entry: g - 1 });
      if (m[0] === '') whole.lastIndex++;
    }
    return out;
  };

  const corpus = REPORT_CORPUS.map((e) => e.text);

  it('gives the same terms as one alternation, on every corpus sentence and all of them joined', () => {
    for (const text of [...corpus, corpus.join(' ')])
      expect([...scanTerms(lex, text)])
        .withContext(text)
        .toEqual(reference(text));
  });

  it('gives the same terms in capitals and with lines wrapped (the prefilter reads lower case, words split at white space)', () => {
    for (const text of corpus) {
      const upper = text.toUpperCase();
      expect([...scanTerms(lex, upper)])
        .withContext(upper)
        .toEqual(reference(upper));
      const wrapped = text.replace(/ /g, (_, i: number) => (i % 3 === 0 ? '\n' : '  '));
      expect([...scanTerms(lex, wrapped)])
        .withContext(wrapped)
        .toEqual(reference(wrapped));
    }
  });

  it('scans only the entries whose required words are in the text', () => {
    const entry = (finding: string): number =>
      LEXICON_EN.terms.findIndex((t) => t.finding === finding);
    const found = lex.prefilter.candidates('Mild UNCOVERTEBRAL arthrosis at C5-6.');
    expect(found).toContain(entry('uncovertebral-arthrosis'));
    expect(found).not.toContain(entry('vertebral-artery-dissection'));
    expect(found).not.toContain(entry('stroke'));
    expect(lex.prefilter.candidates('')).toEqual([...lex.prefilter.always]);
    expect(found).toEqual([...found].sort((a, b) => a - b));
  });

  it('leaves few entries unfiltered (each of them is scanned in every text)', () => {
    expect(lex.prefilter.always.length).toBeLessThanOrEqual(4);
  });

  it('goes on from the next character after a match the caller drops, not from its end', () => {
    const text = 'acute infarct in the left cerebellum';
    const scan = scanTerms(lex, text);
    const first = scan.next();
    expect(first.done).toBeFalse();
    const kept = [...scanTerms(lex, text)].filter((t) => t.start > first.value!.start);
    // Dropping the first match lets the scan find what starts inside it.
    const after: { start: number }[] = [];
    for (let n = scan.next(true); !n.done; n = scan.next(true)) after.push(n.value);
    expect(after.length).toBeGreaterThan(kept.length);
    expect(after.every((t) => t.start > first.value!.start)).toBeTrue();
  });
});
