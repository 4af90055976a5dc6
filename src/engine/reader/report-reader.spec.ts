import { readReport, summariseMentions } from './report-reader';
import { REPORT_CORPUS } from './report-corpus';

const SYMBOL = { affirmed: '+', negated: '-', uncertain: '?' } as const;

describe('report reader', () => {
  it('has a corpus of at least 60 sentences', () => {
    expect(REPORT_CORPUS.length).toBeGreaterThanOrEqual(60);
  });

  for (const entry of REPORT_CORPUS) {
    it(`reads "${entry.text}"`, () => {
      const summary = summariseMentions(readReport(entry.text, entry));
      const got: Record<string, string> = {};
      for (const [id, status] of summary) got[id] = SYMBOL[status];
      expect(got).toEqual(entry.expect);
    });
  }

  it('gives the span of each finding in the text', () => {
    const text = 'Signs of osteochondrosis C4-C6. Possible uncovertebral arthrosis C5-C6.';
    const mentions = readReport(text, { modality: 'xray', region: 'cervical-spine' });
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'osteochondrosis',
      'uncovertebral arthrosis',
    ]);
    expect(mentions[1]!.trigger).toBe('Possible');
  });

  it('reads nothing from an empty report', () => {
    expect(readReport('', { modality: 'xray', region: 'cervical-spine' })).toEqual([]);
  });
});
