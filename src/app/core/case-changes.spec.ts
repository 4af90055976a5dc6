import { baseCase } from '../../engine/testing/fixtures';
import { applyChanges, diffCase } from './case-changes';

describe('case changes', () => {
  const base = baseCase({ findings: { nausea: false, vomiting: false } });

  it('names each finding, patient and referral key touched, and other keys whole', () => {
    const after = {
      ...base,
      findings: { nausea: true, vomiting: false, diplopia: true },
      patient: { ...base.patient, name: 'A' },
      sessions: [{ date: '2026-11-01', modality: 'back-massage' as const }],
    };
    expect(diffCase(base, after).map((c) => c.path.join('.'))).toEqual([
      'patient.name',
      'findings.nausea',
      'findings.diplopia',
      'sessions',
    ]);
  });

  it('two tabs editing different fields both keep their answers', () => {
    const tab1 = diffCase(base, { ...base, findings: { ...base.findings, nausea: true } });
    const tab2 = diffCase(base, { ...base, findings: { ...base.findings, vomiting: true } });
    const afterTab2 = applyChanges(base, tab2).caseFile;
    const { caseFile, conflicts } = applyChanges(afterTab2, tab1);
    expect(caseFile.findings).toEqual({ nausea: true, vomiting: true });
    expect(conflicts).toEqual([]);
  });

  it('the same field edited in both tabs is a conflict naming both values', () => {
    const tab1 = diffCase(base, { ...base, findings: { ...base.findings, nausea: true } });
    const other = { ...base, findings: { ...base.findings, nausea: null } };
    const { caseFile, conflicts } = applyChanges(other, tab1);
    expect(caseFile.findings['nausea']).toBeTrue();
    expect(conflicts).toEqual([
      'findings.nausea: another tab saved null, this tab saved true (kept)',
    ]);
  });

  it('"not asked" removes the key', () => {
    const { nausea: _n, ...rest } = base.findings;
    const ch = diffCase(base, { ...base, findings: rest });
    expect(ch).toEqual([{ path: ['findings', 'nausea'], before: false, after: undefined }]);
    expect('nausea' in applyChanges(base, ch).caseFile.findings).toBeFalse();
  });

  it('a key named __proto__ is stored as a plain field, never as the prototype', () => {
    const before = JSON.parse('{"format":"vas-case/1","id":"x","findings":{}}');
    const after = JSON.parse(
      '{"format":"vas-case/1","id":"x","findings":{},"__proto__":{"polluted":1}}',
    );
    const { caseFile } = applyChanges(before, diffCase(before, after));
    expect(Object.getPrototypeOf(caseFile)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(caseFile, '__proto__')).toBeTrue();
    expect((caseFile as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
