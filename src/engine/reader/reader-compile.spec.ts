/** The term regex in chunks scans exactly as one alternation of all terms would. */
import { LEXICON_EN } from './lexicon-en';
import { compileLexicon, scanTerms, spaced } from './reader-compile';
import { REPORT_CORPUS } from './report-corpus';

describe('term scan in chunks', () => {
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
    }
    return out;
  };

  it('is split (the lexicon is over the size V8 optimises) and each chunk under 16,000 characters', () => {
    expect(lex.termRes.length).toBeGreaterThan(1);
    for (const c of lex.termRes) expect(c.re.source.length).toBeLessThan(16_100);
  });

  it('gives the same terms as one alternation, on every corpus sentence and all of them joined', () => {
    const texts = [...REPORT_CORPUS.map((e) => e.text), REPORT_CORPUS.map((e) => e.text).join(' ')];
    for (const text of texts)
      expect([...scanTerms(lex, text)])
        .withContext(text)
        .toEqual(reference(text));
  });
});
