/**
 * Safety round 69's false alarms (whole case files; every finding answered no, the free text
 * only denying): "Nil X", a denial list with a history's name in it ("No stroke, diplopia or
 * dysarthria", "No hx of stroke, TIA or dissection"), and a heading that excludes a list
 * ("Excluded: VBI, dissection, myelopathy"). The text names nothing of the patient (FS-7).
 */
import { findingsOfText } from './finding-text';

const ON = '2026-11-20';
const read = (text: string) => findingsOfText({ text }, ON);
/** What only the neck pain of a benign referral may give. */
const BENIGN = new Set(['neck-pain', 'headache']);

describe('denials that name nothing of the patient (round 69)', () => {
  for (const text of [
    'Nil drop attacks.',
    'Nil diplopia.',
    'Denies diplopia, dysarthria, dysphagia. Nil drop attacks.',
    'Gradual onset, not worst-ever, no trauma. Denies diplopia, dysarthria, dysphagia. Nil drop attacks.',
    'Nil numbness or weakness.',
    'nil dizziness, nil diplopia',
    'Neck pain 3/12. Nil drop attacks, nil diplopia. For massage.',
    'Neck pain. Nil numbness.',
    'Neck pain. No stroke, diplopia or dysarthria.',
    'Neck pain; previous chiro 2019 without complications. No hx of stroke, TIA or dissection. Fit for massage?',
    'No hx of stroke, TIA or dissection.',
    'No history of stroke, TIA or dissection.',
    'No stroke, TIA or dissection.',
    'Neck pain. No PMH of stroke, TIA, VAD.',
    'No smoking, diplopia or dysarthria.',
    'No diplopia, stroke or dysarthria.',
    'Denies stroke, diplopia, dysarthria.',
    'Negative for stroke, TIA, dissection.',
    'No h/o CVA, diplopia.',
    'Cervicalgia (M54.2). Excluded: VBI, dissection, myelopathy. For manual therapy.',
    'Excluded: VBI, dissection, myelopathy.',
    'Cervicalgia. Excluded: radiculopathy, myelopathy.',
    'Cervicalgia. Ruled out: myelopathy, radiculopathy.',
    'Ruled out: myelopathy, radiculopathy (neuro exam normal).',
    'Neck pain. Excluded: fracture, instability.',
  ])
    it(`reads nothing of the patient in "${text}"`, () =>
      expect(read(text).filter((f) => !BENIGN.has(f))).toEqual([]));

  for (const [text, want] of [
    ['Excluded: fracture. Diplopia since Monday.', 'diplopia'],
    ['Excluded: fracture, but diplopia since Monday.', 'diplopia'],
    ['Nil by mouth, diplopia since Monday.', 'diplopia'],
    ['No diplopia, stroke in 2019.', 'stroke'],
    ['No trauma, dizziness since Monday.', 'dizziness'],
    ['Nil trauma. Drop attacks twice this week.', 'drop-attacks'],
  ] as const)
    it(`still reads ${want} in "${text}"`, () => expect(read(text)).toContain(want));
});
