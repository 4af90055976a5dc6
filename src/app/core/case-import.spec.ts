import { baseCase } from '../../engine/testing/fixtures';
import { parseCaseFiles } from './case-import';

describe('parseCaseFiles', () => {
  it('takes valid files and refuses invalid ones whole, naming the field', () => {
    const good = JSON.stringify({ ...baseCase(), id: 'a' });
    const bad = JSON.stringify([
      { ...baseCase(), id: 'b' },
      { ...baseCase(), id: 'c', assessedOn: '2026-02-31' },
    ]);
    const out = parseCaseFiles([
      { name: 'good.json', text: good },
      { name: 'bad.json', text: bad },
      { name: 'broken.json', text: '{' },
    ]);
    expect(out.accepted.map((a) => a.file)).toEqual(['good.json']);
    expect(out.refused.map((r) => r.file)).toEqual(['bad.json', 'broken.json']);
    expect(out.refused[0]!.message).toContain('[1].assessedOn');
    expect(out.refused[1]!.message).toContain('not valid JSON');
  });

  it('refuses a second case with the same id in one import', () => {
    const one = JSON.stringify({ ...baseCase(), id: 'x' });
    const out = parseCaseFiles([
      { name: '1.json', text: one },
      { name: '2.json', text: one },
    ]);
    expect(out.accepted.length).toBe(1);
    expect(out.refused[0]!.message).toBe('id: "x" is already imported from 1.json');
  });

  it('refuses a file that gives a key twice in one object, naming the field (nothing read)', () => {
    const one = JSON.stringify({ ...baseCase(), id: 'd' }).replace(
      '"findings":{',
      '"findings":{"headache":true,"headache":false,',
    );
    const several = `[${JSON.stringify({ ...baseCase(), id: 'e' })},${JSON.stringify({
      ...baseCase(),
      id: 'f',
    }).replace('"id":"f"', '"id":"f","id":"g"')}]`;
    const out = parseCaseFiles([
      { name: 'one.json', text: one },
      { name: 'several.json', text: several },
    ]);
    expect(out.accepted).toEqual([]);
    expect(out.refused[0]!.message).toContain('findings.headache: given twice in one object');
    expect(out.refused[0]!.problems).toEqual([
      jasmine.objectContaining({ path: 'findings.headache' }),
    ]);
    expect(out.refused[1]!.message).toContain('[1].id: given twice');
    expect(out.refused[1]!.problems).toEqual([jasmine.objectContaining({ path: 'id', entry: 1 })]);
  });
});
