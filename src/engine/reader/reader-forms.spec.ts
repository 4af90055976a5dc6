/** A form's answers made plain before a report is read (reader-forms.ts; review round 70). */
import fc from 'fast-check';
import { answerForms } from './reader-forms';
import { readReport } from './report-reader';

const CTA = { modality: 'cta', region: 'neck-vessels' } as const;
const MRI = { modality: 'mri', region: 'head' } as const;
const DOPPLER = { modality: 'doppler', region: 'neck-vessels' } as const;
type Study = typeof CTA | typeof MRI | typeof DOPPLER;
const affirmed = (text: string, study: Study) =>
  readReport(text, study)
    .filter((m) => m.status === 'affirmed')
    .map((m) => m.finding);

describe('answerForms', () => {
  it('keeps every offset: each rewrite is as long as what it replaces', () => {
    for (const text of [
      'Dissection: [ ] yes [x] no\nOcclusion: ☐ Yes  ☒ No',
      'VA dissection ... N\nRight VA: ✓ visualised  ✗ occlusion\nLeft VA: [ ]',
      'ACUTE STROKE MRI PROTOCOL\nQ1 Acute lesion on DWI?  NO',
    ])
      expect(answerForms(text).length).toBe(text.length);
  });
  it('is done in one call: answering its own answer changes nothing, offsets kept', () => {
    // One rewrite can leave a mark another answers (" yes no✗✓ present" took two passes).
    const piece = fc.constantFrom(
      ' ',
      '\n',
      '[ ]',
      '[x]',
      '☐',
      '☒',
      '✓',
      '✗',
      '( )',
      '(•)',
      '...',
      '?',
      ':',
      'yes',
      'no',
      'Y',
      'N',
      'present',
      'absent',
      'occlusion',
      'Dissection',
      'FORM',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        const once = answerForms(text);
        return once.length === text.length && answerForms(once) === once;
      }),
      { numRuns: 3000 },
    );
    expect(answerForms(' yes no✗✓ present')).toBe(answerForms(answerForms(' yes no✗✓ present')));
  });
  it('leaves a text without form marks as it is', () => {
    const text = 'Dissection of the left V3 segment. Plaque in the form of a nodule.';
    expect(answerForms(text)).toBe(text);
  });
});

describe("a form's answers (round 70)", () => {
  for (const [text, study] of [
    ['Dissection: [ ] yes [x] no\nOcclusion: [ ] yes [x] no\nStenosis >50%: [ ] yes [x] no', CTA],
    ['Dissection: ☐ Yes  ☒ No\nOcclusion: ☐ Yes  ☒ No\nPlaque: ☐ Yes  ☒ No', CTA],
    ['VA dissection ... N\nVA occlusion ... N\nBasilar thrombus ... N', CTA],
    ['Right VA: ✓ visualised  ✓ antegrade  ✗ stenosis  ✗ occlusion', DOPPLER],
    ['ACUTE STROKE MRI PROTOCOL\nDWI restriction: N\nConclusion: no acute infarct.', MRI],
    ['MRI - STROKE REGISTRY FORM\nQ1 Acute ischaemic lesion on DWI?  NO', MRI],
    ['Dissection\n  Right VA: [ ]\n  Left VA: [ ]', CTA],
  ] as const)
    it(`reads nothing in ${JSON.stringify(text)}`, () => expect(affirmed(text, study)).toEqual([]));

  for (const [text, study, finding] of [
    ['Dissection: [x] yes [ ] no - left V3, intimal flap', CTA, 'vertebral-artery-dissection'],
    ['Dissection: ☒ Yes  ☐ No\nComment: right V2 dissection.', CTA, 'vertebral-artery-dissection'],
    ['VA dissection ... Y (right V2)\nVA occlusion ... N', CTA, 'vertebral-artery-dissection'],
    ['MRI - STROKE REGISTRY FORM\nQ1 Acute ischaemic lesion on DWI?  YES', MRI, 'stroke'],
    [
      'Instability at C4-C5? No flow signal in the left vertebral artery.',
      DOPPLER,
      'vertebral-artery-narrowing',
    ],
    [
      'Plaque in the form of a calcified nodule at the left VA origin.',
      DOPPLER,
      'vertebral-artery-atherosclerosis',
    ],
  ] as const)
    it(`reads ${finding} in ${JSON.stringify(text)}`, () =>
      expect(affirmed(text, study)).toContain(finding));

  it('shows a reading in the words as given', () => {
    const text = 'Dissection: [x] yes [ ] no';
    const m = readReport(text, CTA)[0]!;
    expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
