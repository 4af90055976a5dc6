import { baseCase } from '../../engine/testing/fixtures';
import {
  answerOf,
  confirmFinding,
  onsetOf,
  rejectFinding,
  setAll,
  setAnswer,
  setOnset,
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
});
