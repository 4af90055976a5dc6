import fc from 'fast-check';
import { firstDifference, must, sameData } from './prop-check';

describe('property checks (testing/prop-check)', () => {
  it('sameData compares by value, ignoring key order, strict on missing keys', () => {
    expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBeTrue();
    expect(sameData({ a: 1 }, { a: 2 })).toBeFalse();
    expect(sameData({ a: undefined }, {})).toBeFalse();
    expect(sameData([1, 2], [2, 1])).toBeFalse();
    expect(sameData([1], { 0: 1 })).toBeFalse();
    expect(sameData(null, {})).toBeFalse();
    expect(firstDifference({ a: { b: [1, 2] } }, { a: { b: [1, 3] } })).toBe('.a.b.1: 2 vs 3');
    expect(firstDifference({ a: 1 }, { a: 1 })).toBe('');
  });

  it('a failing must() makes fast-check report the case it shrank to', () => {
    let message = '';
    let cause = '';
    try {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1000 }), (n) => must(n < 10, () => `n=${n}`)),
        { seed: 1 },
      );
    } catch (e) {
      message = String(e);
      cause = String((e as Error).cause);
    }
    expect(message).toContain('Counterexample: [10]');
    expect(cause).toContain('n=10');
  });
});
