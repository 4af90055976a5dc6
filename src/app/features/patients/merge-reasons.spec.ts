import type { Reason } from '../../../engine';
import { mergeReasons } from './merge-reasons';

const r = (rule: string, text: string, points?: number): Reason => ({
  rule,
  text,
  source: 'FS',
  ...(points ? { points } : {}),
});

describe('mergeReasons', () => {
  it('puts several red flags of one rule on one line, in order', () => {
    const merged = mergeReasons([
      r('URG-A', 'Red flag, onset not recorded. (Diplopia)'),
      r('URG-B', 'Long-standing red flag. (Nystagmus, onset 2026-01-01)'),
      r('URG-A', 'Red flag, onset not recorded. (Dysarthria)'),
    ]);
    expect(merged.map((x) => x.text)).toEqual([
      'Red flag, onset not recorded. (Diplopia; Dysarthria)',
      'Long-standing red flag. (Nystagmus, onset 2026-01-01)',
    ]);
  });

  it('keeps reasons with points or with different texts apart', () => {
    const input = [r('P', 'Headache (triad).', 3), r('P', 'Dizziness (triad).', 3), r('X', 'A.')];
    expect(mergeReasons(input)).toEqual(input);
  });
});
