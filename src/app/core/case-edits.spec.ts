import { baseCase } from '../../engine/testing/fixtures';
import {
  answerOf,
  confirmAbsent,
  confirmFinding,
  decisionOf,
  onsetOf,
  rejectFinding,
  setAll,
  setAnswer,
  setOnset,
  setPatient,
  undoDecision,
} from './case-edits';

describe('case edits', () => {
  it('sets yes / no / not asked; not asked removes the key (unknown)', () => {
    let c = setAnswer(baseCase(), 'stroke', true);
    expect(answerOf(c, 'stroke')).toBeTrue();
    c = setAnswer(c, 'stroke', null);
    expect('stroke' in c.findings).toBeFalse();
    expect(answerOf(c, 'stroke')).toBeNull();
  });

  it('keeps the onset when the answer changes and drops it when cleared', () => {
    let c = setOnset(setAnswer(baseCase(), 'diplopia', true), 'diplopia', '2026-11-10');
    expect(c.findings['diplopia']).toEqual({ present: true, onset: '2026-11-10' });
    c = setAnswer(c, 'diplopia', false);
    expect(onsetOf(c, 'diplopia')).toBe('2026-11-10');
    c = setOnset(setAnswer(c, 'diplopia', true), 'diplopia', '');
    expect(c.findings['diplopia']).toBeTrue();
  });

  it('"none of these" answers a whole group no', () => {
    const c = setAll({ ...baseCase(), findings: {} }, ['nausea', 'vomiting'], false);
    expect(c.findings).toEqual({ nausea: false, vomiting: false });
  });

  it('never changes its input', () => {
    const c = baseCase();
    const before = JSON.stringify(c);
    setAnswer(c, 'headache', true);
    confirmFinding(c, 0, 'cervical-osteochondrosis');
    expect(JSON.stringify(c)).toBe(before);
  });

  it('confirm and reject are exclusive', () => {
    let c = confirmFinding(baseCase(), 0, 'uncovertebral-arthrosis');
    expect(c.imaging![0]!.findings).toEqual(['uncovertebral-arthrosis']);
    c = rejectFinding(c, 0, 'uncovertebral-arthrosis');
    expect(c.imaging![0]!.findings).toEqual([]);
    expect(c.imaging![0]!.rejectedFindings).toEqual(['uncovertebral-arthrosis']);
  });

  it('"Confirm absent" is one action: absent, and no longer rejected or present', () => {
    let c = rejectFinding(baseCase(), 0, 'uncovertebral-arthrosis');
    c = confirmAbsent(c, 0, 'uncovertebral-arthrosis');
    const s = c.imaging![0]!;
    expect(s.absentFindings).toEqual(['uncovertebral-arthrosis']);
    expect(s.rejectedFindings).toEqual([]);
    expect(s.findings ?? []).not.toContain('uncovertebral-arthrosis');
    expect(decisionOf(s, 'uncovertebral-arthrosis')).toBe('absent');
  });

  it('confirming present takes back an absent confirmation (never both)', () => {
    let c = confirmAbsent(baseCase(), 0, 'uncovertebral-arthrosis');
    c = confirmFinding(c, 0, 'uncovertebral-arthrosis');
    expect(c.imaging![0]!.absentFindings).toEqual([]);
    expect(decisionOf(c.imaging![0]!, 'uncovertebral-arthrosis')).toBe('present');
  });

  it('undo removes the decision from every list and leaves other findings alone', () => {
    let c = confirmAbsent(baseCase(), 0, 'uncovertebral-arthrosis');
    c = confirmFinding(c, 0, 'cervical-osteochondrosis');
    c = undoDecision(c, 0, 'uncovertebral-arthrosis');
    const s = c.imaging![0]!;
    expect(decisionOf(s, 'uncovertebral-arthrosis')).toBeNull();
    expect(s.absentFindings).toEqual([]);
    expect(s.findings).toEqual(['cervical-osteochondrosis']);
  });

  it('a decision on a study that does not exist changes nothing', () => {
    const c = baseCase();
    expect(confirmAbsent(c, 9, 'stroke')).toBe(c);
  });

  it('edits the date of birth and sex; an empty value removes the key', () => {
    let c = setPatient({ ...baseCase(), patient: { name: 'A' } }, { birthDate: '1970-01-02' });
    c = setPatient(c, { sex: 'female' });
    expect(c.patient).toEqual({ name: 'A', birthDate: '1970-01-02', sex: 'female' });
    c = setPatient(c, { birthDate: '' });
    expect(c.patient).toEqual({ name: 'A', sex: 'female' });
  });
});
