/**
 * FS-7: text only adds caution. A finding present only by a report's or a referral's words,
 * its entry left unanswered, still holds every modality as an unknown one does (three
 * counterexamples of the property "no modality is cleared by a negated reading alone", found
 * at about 1 in 230,000 generated cases): an old dissection or red flag read from text raised
 * urgency to "urgent" and dropped the hold, so therapeutic exercise cleared.
 */
import { assess } from './assess';
import { allAnsweredNo } from './demo-cases';
import { MODALITIES, type CaseFile } from './model';

const ON = '2026-11-20';
function withText(
  findings: CaseFile['findings'],
  imaging: NonNullable<CaseFile['imaging']>,
): CaseFile {
  return {
    format: 'vas-case/1',
    id: 'fs7',
    assessedOn: ON,
    patient: {},
    findings: { ...allAnsweredNo(), ...findings },
    imaging,
    sessions: [],
    medications: [],
  };
}
const blanked = (c: CaseFile): CaseFile => ({
  ...c,
  imaging: (c.imaging ?? []).map((s) => ({ ...s, report: '' })),
});

describe('a finding present by text alone holds as an unknown one (FS-7)', () => {
  const cases: [string, CaseFile][] = [
    [
      'an acute dissection in a CTA of 80 days ago, the entry unanswered',
      withText({ 'vertebral-artery-dissection': null }, [
        {
          modality: 'cta',
          region: 'neck-vessels',
          date: '2026-09-01',
          report: 'Acute dissection of the left vertebral artery at V3.',
        },
      ]),
    ],
    [
      'a dissection dated by an unanswered entry’s onset',
      withText({ 'vertebral-artery-dissection': { present: null, onset: '2026-01-09' } }, [
        {
          modality: 'cta',
          region: 'neck-vessels',
          date: '2026-01-09',
          report: 'Dissection of the left vertebral artery at V3.',
        },
      ]),
    ],
    [
      'diplopia named in an MRI request, its entry unanswered with an onset',
      withText({ diplopia: { present: null, onset: '2026-06-01' } }, [
        {
          modality: 'mri',
          region: 'head',
          date: '2026-06-01',
          report: 'Clinical details: diplopia.',
        },
      ]),
    ],
  ];
  for (const [name, c] of cases)
    it(`no modality is clearer with the text than without it: ${name}`, () => {
      const a = assess(c);
      const b = assess(blanked(c));
      for (const m of MODALITIES)
        if (a.modalities[m].verdict === 'clear')
          expect(b.modalities[m].verdict).withContext(m).toBe('clear');
      expect(a.modalities['therapeutic-exercise'].verdict).not.toBe('clear');
    });
});
