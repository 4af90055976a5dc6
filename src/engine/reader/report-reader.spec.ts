import { distanceAtMostOne } from './reader-spelling';
import { REPORT_CORPUS } from './report-corpus';
import { isMachineRead, readReport, summariseMentions, type StudyContext } from './report-reader';

const SYMBOL = { affirmed: '+', negated: '-', uncertain: '?' } as const;
const XR: StudyContext = { modality: 'xray', region: 'cervical-spine' };
const DOP: StudyContext = { modality: 'doppler', region: 'neck-vessels' };

function summary(text: string, study: StudyContext): Record<string, string> {
  const got: Record<string, string> = {};
  for (const [id, status] of summariseMentions(readReport(text, study))) got[id] = SYMBOL[status];
  return got;
}

describe('report reader', () => {
  it('has a corpus of at least 250 sentences', () => {
    expect(REPORT_CORPUS.length).toBeGreaterThanOrEqual(250);
  });

  for (const entry of REPORT_CORPUS) {
    it(`reads "${entry.text}" (${entry.modality}, ${entry.region})`, () => {
      const mentions = readReport(entry.text, entry);
      expect(summary(entry.text, entry)).toEqual(entry.expect);
      const acute = [...new Set(mentions.filter((m) => m.acute).map((m) => m.finding))].sort();
      expect(acute).toEqual([...(entry.acute ?? [])].sort());
      expect(mentions.some((m) => m.occlusion)).toBe(entry.occlusion ?? false);
    });
  }

  it('gives the span of each finding in the text', () => {
    const text = 'Signs of osteochondrosis C4-C6. Possible uncovertebral arthrosis C5-C6.';
    const mentions = readReport(text, XR);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'osteochondrosis',
      'uncovertebral arthrosis',
    ]);
    expect(mentions[1]!.trigger).toBe('Possible');
  });

  it('reads nothing from an empty report', () => {
    expect(readReport('', XR)).toEqual([]);
  });

  it('never changes earlier readings when text is appended on a new line', () => {
    const first = 'Left VA: flow velocity reduced. No fracture';
    const before = readReport(first, DOP);
    const after = readReport(`${first}\nRight ICA stenosis 50 %, carotid plaque`, DOP);
    expect(after.slice(0, before.length)).toEqual(before);
  });

  it('keeps negated occlusion and acute flags off', () => {
    const [m] = readReport('No occlusion of the left VA.', DOP);
    expect(m!.status).toBe('negated');
    expect(m!.occlusion).toBeUndefined();
  });

  describe('misspellings', () => {
    it('reads a long word within one edit of a lexicon word', () => {
      expect(summary('Osteochondrossis C5-C6.', XR)).toEqual({ 'cervical-osteochondrosis': '+' });
      expect(summary('Uncovertebal arthrosis C5-C6.', XR)).toEqual({
        'uncovertebral-arthrosis': '+',
      });
      expect(summary('Stenossis of the left VA.', DOP)).toEqual({
        'vertebral-artery-narrowing': '+',
      });
      expect(summary('Dissecton of the left VA.', DOP)).toEqual({
        'vertebral-artery-dissection': '+',
      });
      expect(summary('Ostechondrosis C5-C6.', XR)).toEqual({ 'cervical-osteochondrosis': '+' });
    });

    it('gives the span of the misspelt word in the original text', () => {
      const text = 'Signs of osteochondrossis C5-C6, uncovertebal arthrosis C6-C7.';
      const mentions = readReport(text, XR);
      expect(mentions.map((m) => m.text)).toEqual(['osteochondrossis', 'uncovertebal arthrosis']);
      expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual([
        'osteochondrossis',
        'uncovertebal arthrosis',
      ]);
    });

    it('does not read two edits, nor short words', () => {
      expect(summary('Osteochnodorsis C5-C6.', XR)).toEqual({});
      expect(summary('Osteochondrosisss C5-C6.', XR)).toEqual({});
      expect(summary('Stenossiss of the left VA.', DOP)).toEqual({});
      expect(summary('Stenoss of the left VA.', DOP)).toEqual({});
      expect(summary('Fractur of C2.', XR)).toEqual({});
      expect(summary('Infakt in the pons.', { modality: 'mri', region: 'head' })).toEqual({});
    });

    it('leaves look-alike words as they are', () => {
      expect(summary('No fracture of the vertebrae.', DOP)).toEqual({});
      expect(summary('Vertebra C5 intact, stenosis of the spinal canal.', XR)).toEqual({});
    });

    it('measures edit distance up to one', () => {
      const d = (a: string, b: string): number => distanceAtMostOne(a, 0, a.length, b);
      expect(d('stenosis', 'stenosis')).toBe(0);
      expect(d('Stenosis', 'stenosis')).toBe(0);
      expect(d('stenossis', 'stenosis')).toBe(1);
      expect(d('stenoxis', 'stenosis')).toBe(1);
      expect(d('stenosi', 'stenosis')).toBe(1);
      expect(d('stneosis', 'stenosis')).toBe(1);
      expect(d('arthorsis', 'arthrosis')).toBe(1);
      expect(d('stenoiss', 'stenosis')).toBe(1);
      expect(d('snetosis', 'stenosis')).toBe(2);
      expect(d('stenosis', 'stenosiss')).toBe(1);
      expect(d('stenosisxx', 'stenosis')).toBe(2);
    });

    it('corrects long words only; joins shorter ones across a line-end hyphen', () => {
      const MRI = { modality: 'mri', region: 'head' } as const;
      expect(summary('Uncovertebral arthorsis C5-C6.', XR)['uncovertebral-arthrosis']).toBe('+');
      expect(summary('Acute in-\nfarct in the right cerebellum.', MRI)['stroke']).toBe('+');
      expect(summary('Ac-\nute in-\nfarct in the pons.', MRI)['stroke']).toBe('+');
      // A short word one edit away is not corrected, joined or not.
      expect(summary('Acute infrat in the pons.', MRI)).toEqual({});
    });
  });

  describe('white space', () => {
    it('reads runs of spaces, tabs and no-break spaces as one space', () => {
      const CTA: StudyContext = { modality: 'cta', region: 'neck-vessels' };
      for (const text of [
        'Worsening  of  the  known  dissection  is  not  revealed.',
        'Worsening\u00a0of\u00a0the\u00a0known\u00a0dissection\u00a0is\u00a0not\u00a0revealed.',
        'Double \t lumen sign in the left VA.',
      ])
        expect(summary(text, CTA)['vertebral-artery-dissection']).withContext(text).toBe('+');
    });

    it('gives spans in the text as given', () => {
      const text = 'No  fracture.\r\nUncovertebral   arthrosis  C5-C6.';
      const spans = readReport(text, XR).map((m) => text.slice(m.start, m.end));
      expect(spans).toEqual(['fracture', 'Uncovertebral   arthrosis']);
      expect(readReport(text, XR).map((m) => m.text)).toEqual(spans);
    });

    it('joins a label to its value on the next line, not a request to its question', () => {
      expect(summary('Left VA:\nnot located.', DOP)['vertebral-artery-narrowing']).toBe('+');
      const mentions = readReport('Left VA:\nnot located.', DOP);
      expect(mentions[0]!.text).toBe('VA:\nnot located');
      // A request or history heading keeps its line: the next line is read on its own.
      expect(summary('Indication:\nLeft VA occlusion.', DOP)['vertebral-artery-narrowing']).toBe(
        '+',
      );
    });

    it('maps a reading inside a spelt-out contraction to the whole word', () => {
      const text = "Left VA: isn't normal in calibre.";
      expect(readReport(text, DOP).map((m) => m.text)).toEqual(["isn't normal"]);
    });

    it('keeps a line of values over CRLF and a space before the line end', () => {
      for (const text of [
        'Blood flow: right - registered;\r\nleft - not registered.',
        'Blood flow: right - registered; \nleft - not registered.',
      ])
        expect(summary(text, DOP)['vertebral-artery-narrowing']).withContext(text).toBe('+');
    });

    it('joins a label after a no-break space, not a label line that negates', () => {
      expect(summary('Left VA:\u00a0\nnot located', DOP)['vertebral-artery-narrowing']).toBe('+');
      const CTA: StudyContext = { modality: 'cta', region: 'neck-vessels' };
      expect(summary('No new findings compared to:\nleft VA dissection.', CTA)).toEqual({
        'vertebral-artery-dissection': '+',
      });
      expect(
        summary('No stenosis of the following:\nLeft VA occluded.', DOP)[
          'vertebral-artery-narrowing'
        ],
      ).toBe('+');
    });

    it('reads a lone carriage return as a line break', () => {
      expect(summary('Dissection: none\rOcclusion of the left VA', DOP)).toEqual({
        'vertebral-artery-dissection': '-',
        'vertebral-artery-narrowing': '+',
      });
    });
  });

  describe('isMachineRead', () => {
    const read = (text: string, study: StudyContext = XR): boolean =>
      isMachineRead(text, readReport(text, study));

    it('is true for empty text (nothing to read)', () => {
      expect(read('')).toBeTrue();
      expect(read('   \n')).toBeTrue();
    });

    it('is true with a recognised finding term', () => {
      expect(read('Osteochondrosis C5-C6.')).toBeTrue();
      expect(read('No fracture.')).toBeTrue();
      expect(read('Rule out VA stenosis.', DOP)).toBeTrue();
    });

    it('is true with a normal-study phrase', () => {
      for (const text of [
        'Normal.',
        'Unremarkable study.',
        'No pathological changes.',
        'Within normal limits.',
        'Alignment preserved.',
        'Lordosis is preserved.',
        'No abnormality detected.',
        'No significant findings.',
        'Age-appropriate findings.',
        'Vertebral arteries patent with symmetric flow.',
      ]) {
        expect(read(text)).withContext(text).toBeTrue();
      }
    });

    it('is false with neither a finding nor a normal phrase', () => {
      expect(read('Patient moved, images degraded.')).toBeFalse();
      expect(read('See previous report.')).toBeFalse();
      expect(read('Keine Stenose der A. vertebralis.', DOP)).toBeFalse();
    });

    it('is false for text mostly in a script the lexicon does not cover', () => {
      expect(read('Признаки остеохондроза C5-C6.')).toBeFalse();
      expect(
        read('Признаки остеохондроза шейного отдела позвоночника, osteochondrosis.'),
      ).toBeFalse();
      expect(read('颈椎退行性变，C5-C6椎间盘突出。')).toBeFalse();
    });
  });
});
