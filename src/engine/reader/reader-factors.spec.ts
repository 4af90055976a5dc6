/** What every match of a term must contain, read from its regex source (the term prefilter's words). */
import { requiredFactors } from './reader-factors';

/** Each text the source matches somewhere holds one of its required words (lower case). */
function expectSound(source: string, texts: readonly string[]): void {
  const factors = requiredFactors(source);
  expect(factors).withContext(source).not.toBeNull();
  const re = new RegExp(source, 'i');
  for (const text of texts) {
    expect(re.test(text)).withContext(`${source} should match ${text}`).toBeTrue();
    expect(factors!.some((f) => text.toLowerCase().includes(f)))
      .withContext(`${text}: ${factors!.join(' | ')}`)
      .toBeTrue();
  }
}

describe('required words of a term (reader-factors)', () => {
  it('reads literals, small classes and alternatives, in lower case', () => {
    expect(requiredFactors('Stenos[ie]s')).toEqual(['stenosis', 'stenoses']);
    expect([...requiredFactors('(?:dissection|flap)')!].sort()).toEqual(['dissection', 'flap']);
    expectSound('(?:neo|osteo)?arthros[ie]s', ['arthrosis', 'neoarthroses', 'OSTEOARTHROSIS']);
  });

  it('splits words at white space and at anything of many characters', () => {
    expectSound('vertebral\\s+artery', ['vertebral artery', 'vertebral\n\nartery']);
    expectSound('\\d+\\s*mm\\s+stenosis', ['3 mm stenosis', '12mm   stenosis']);
    expectSound('[a-z]+itis', ['discitis', 'spondylodiscitis']);
    expectSound('occ?lu\\w+', ['occlusion', 'oclusion', 'occluded']);
  });

  it('joins a repeated part to what is before and after it ("oc+lus+ion")', () => {
    expectSound('oc+lus+ion', ['oclusion', 'occlusion', 'occcllussion'.replace('ll', 'l')]);
    expect(requiredFactors('oc+lus+ion')!.every((f) => f.length >= 2)).toBeTrue();
  });

  it('counts what a positive lookahead or lookbehind requires, not a negative one', () => {
    // The side word is matched; "stenosis" is only looked back at, but it is in the text.
    expect(requiredFactors('(?:left|right)(?<=stenosis\\s.{0,20})')).toEqual(['stenosis']);
    expect(requiredFactors('(?<!no\\s)flow(?!\\s+reversal)')).toEqual(['flow']);
    expectSound('(?:left|right)(?<=stenosis\\s.{0,20})', [
      'stenosis of the left',
      'Stenosis RIGHT',
    ]);
  });

  it('requires nothing of an optional part, a single character or an unknown letter case', () => {
    expect(requiredFactors('(?:stenosis)?')).toBeNull();
    expect(requiredFactors('a.b')).toBeNull();
    expect(requiredFactors('x\\s+y')).toBeNull();
    expect(requiredFactors('(?:fx|)')).toBeNull();
    // "µ" folds to a Greek capital under /i: not compared; "m" alone requires nothing.
    expect(requiredFactors('\u00b5m')).toBeNull();
    // A dash without letter case is compared as it is.
    expect(requiredFactors('c5\u2013c6')).toEqual(['c5\u2013c6']);
  });

  it('reads nothing from escapes and groups it does not parse (the term is then scanned in every text)', () => {
    // Each of these matches a text without the words a literal reading would require.
    expect(requiredFactors('x\\cJabc')).toBeNull(); // "x\nabc"
    expect(requiredFactors('(?<a>ab)\\k<a>cdef')).toBeNull(); // "ababcdef"
    expect(requiredFactors('(a)\\12stroke')).toBeNull(); // "a\nstroke" (octal)
    expect(requiredFactors('x\\1230')).toBeNull();
    expect(requiredFactors('\\012stroke')).toBeNull(); // "\nstroke"
    expect(requiredFactors('(?-i:Stroke)')).toBeNull(); // a modifier group (newer syntax)
    expect(requiredFactors('(?:stroke')).toBeNull(); // unclosed
    // A named group is read as a group.
    expectSound('(?<side>left|right)\\s+stenosis', ['left stenosis', 'RIGHT  stenosis']);
  });

  it('is sound on alternatives of different shapes', () => {
    expectSound('(?:no\\s+flow|absent\\s+flow\\s+signal|flow:\\s*0)', [
      'no flow',
      'Absent flow signal',
      'flow: 0',
    ]);
    expectSound('(?:[lr]va|v[1-4])(?:\\s+segment)?\\s+occluded', [
      'LVA occluded',
      'v4 segment occluded',
    ]);
  });
});
