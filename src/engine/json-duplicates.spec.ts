import { duplicateKey, duplicateKeyOf } from './json-duplicates';

describe('duplicateKey: a key given twice in one object', () => {
  it('finds a duplicate finding and names its path', () => {
    const text = '{"id":"a","findings":{"headache":true,"dizziness":null,"headache":false}}';
    expect(duplicateKey(text)).toBe('findings.headache');
  });

  it('names array elements as validation does', () => {
    const text = JSON.stringify({ sessions: [{ painAfter: 1 }, { painAfter: 2 }] }).replace(
      '{"painAfter":2}',
      '{"painAfter":2,"painAfter":3}',
    );
    expect(duplicateKey(text)).toBe('sessions[1].painAfter');
    expect(duplicateKey('[{"id":"a"},{"id":"b","id":"c"}]')).toBe('[1].id');
  });

  it('finds duplicates at the root and under escapes', () => {
    expect(duplicateKey('{"id":"a","format":"x","id":"b"}')).toBe('id');
    expect(duplicateKey('{"findings":{"he\\u0061dache":true,"headache":false}}')).toBe(
      'findings.headache',
    );
  });

  it('keeps equal keys of different objects, and keys inside string values, apart', () => {
    const c = {
      id: 'x',
      findings: { headache: true },
      imaging: [{ report: '"headache": "findings": {"id": 1, "id": 2} \\" ,' }],
      sessions: [
        { date: '2026-01-01', painAfter: 1 },
        { date: '2026-01-02', painAfter: 2 },
      ],
      headache: 'not a finding here',
    };
    expect(duplicateKey(JSON.stringify(c))).toBeNull();
    expect(duplicateKey(JSON.stringify(c, null, 2))).toBeNull();
  });

  it('empty containers and scalars', () => {
    expect(duplicateKey('{}')).toBeNull();
    expect(duplicateKey('[]')).toBeNull();
    expect(duplicateKey('"x"')).toBeNull();
    expect(duplicateKey('{"a":{},"b":[],"c":{"a":1}}')).toBeNull();
  });
});

describe('duplicateKeyOf: the quick count first', () => {
  const check = (text: string) => duplicateKeyOf(text, JSON.parse(text));

  it('agrees with duplicateKey, colons inside strings included', () => {
    for (const text of [
      '{"a":1,"b":{"c":"x: y","d":[{"e":1},{"e":2}]}}',
      '{"a":"::","a":2}',
      '[{"t":"10:30"},{"t":"11:00","t":"12:00"}]',
      '{"r":"quote \\" and colon :","s":{"k":1,"k":1}}',
    ])
      expect(check(text)).toBe(duplicateKey(text));
    expect(check('{"a":"::","a":2}')).toBe('a');
    expect(check('{"r":"quote \\" and colon :","s":{"k":1,"k":1}}')).toBe('s.k');
  });
});

describe('duplicateKeyOf on hostile nesting', () => {
  it('walks 10,000 levels without overflowing the stack', () => {
    const deep = `{"a":${'{"d":'.repeat(10_000)}"x"${'}'.repeat(10_000)}}`;
    expect(duplicateKeyOf(deep, JSON.parse(deep))).toBeNull();
    const twice = `{"a":${'[{"d":'.repeat(5_000)}1,"d":2${'}]'.repeat(5_000)}}`;
    expect(duplicateKeyOf(twice, JSON.parse(twice))).toMatch(/^a\[0\]\.d.*\.d$/);
  });
});
