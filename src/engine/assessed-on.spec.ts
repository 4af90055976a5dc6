/** FS-8: a date that validation filled in is warned by the engine itself, whoever calls it. */
import { assess } from './assess';
import { baseCase } from './testing/fixtures';
import { validateCase } from './validate';

describe('assessment date filled in by validation', () => {
  const validated = (withDate: boolean) => {
    const { assessedOn, ...rest } = baseCase();
    const v = validateCase(JSON.parse(JSON.stringify(withDate ? { ...rest, assessedOn } : rest)));
    if (!v.ok) throw new Error('the base case is valid');
    return v.value;
  };

  it('warns without the caller passing the option', () => {
    expect(assess(validated(false)).warnings.map((w) => w.code)).toEqual(['assessed-on-missing']);
  });

  it('an explicit option wins; a dated file has no warning', () => {
    expect(assess(validated(false), { assessedOnMissing: false }).warnings).toEqual([]);
    expect(assess(validated(true)).warnings).toEqual([]);
  });
});
