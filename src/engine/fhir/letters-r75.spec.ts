/**
 * Safety round 75: facts told only in a referral's words or a finding's note that the letter
 * reader did not know (each cleared a patient the rules hold), and their denials.
 */
import { findingsOfText } from './finding-text';

const read = (text: string): string[] => findingsOfText({ text }, '2026-11-20');

describe('letters (safety round 75): what a referral or a note says', () => {
  for (const [text, id] of [
    ['Left-sided weakness since this morning.', 'limb-weakness'],
    ['Syncopal episode last week, neck pain since.', 'syncope'],
    ['Neck pain, choking on fluids and hoarse for a few days.', 'dysphagia'],
    ['Since yesterday her words come out muddled and she mixes up words.', 'speech-disturbance'],
    [
      'Falls suddenly to the ground without losing consciousness when she looks up.',
      'drop-attacks',
    ],
    ['Lost the left half of her vision for an hour on Tuesday.', 'visual-field-loss'],
    ['Pins and needles L side of face since Friday.', 'numbness'],
    ['Screening: [ ] diplopia  [x] numbness  [ ] dysphagia  [ ] drop attacks', 'numbness'],
    ['[x] numbness', 'numbness'],
    [
      'Sudden tearing pain in the back of the neck on Saturday, worst pain ever.',
      'sudden-severe-headache',
    ],
    ['Doubling in eyes at looking aside, shakiness at walking.', 'diplopia'],
    ['Doubling in eyes at looking aside, shakiness at walking.', 'ataxia'],
    ['Unsteady on her feet, veers to the right, cannot tandem walk.', 'ataxia'],
    ['began 2 days after cx manip (6/7 ago)', 'recent-cervical-manipulation'],
    ["Dizzy and nauseous after today's adjustment", 'recent-cervical-manipulation'],
    [
      '2 weeks ago session of manual therapy (chiropractor), after that state worsened',
      'recent-cervical-manipulation',
    ],
    [
      'vertigo and visual greying whenever he turns his head to the right',
      'dizziness-on-head-rotation',
    ],
    ['dizziness at turns of head', 'dizziness-on-head-rotation'],
    ['different from her usual migraines, started a week ago', 'new-unusual-headache'],
    ['Headaches and dizziness getting steadily worse over the last 3 weeks.', 'triad-progressive'],
    ['Type II odontoid fracture 5 weeks ago, still in a hard collar.', 'neck-injury'],
    ['Exacerbation of chronic pancreatitis last week', 'chronic-disease-exacerbation'],
    ['RA flare this week, wrists and neck hot and swollen.', 'chronic-disease-exacerbation'],
    ['Febrile 38.4 C, sore throat since Tuesday.', 'infection'],
    ['Generalised anxiety disorder and depression, on sertraline.', 'mental-disorder'],
    ['On prednisolone 10 mg daily for 2 years (PMR).', 'long-term-steroids'],
    ['Smoker 20/day, T2DM on metformin.', 'smoking'],
    ['Smoker 20/day, T2DM on metformin.', 'diabetes'],
    ["Raynaud's disease, varicose veins.", 'circulatory-disorder'],
    ['Dx: G45.0, M54.2', 'confirmed-vas'],
  ] as const)
    it(`reads ${id} in ${JSON.stringify(text)}`, () => expect(read(text)).toContain(id));

  for (const text of [
    'No left-sided weakness.',
    'No syncopal episodes.',
    'No doubling in eyes.',
    'Denies fever or sore throat.',
    'Afebrile, no infection',
    'No history of depression or anxiety disorder.',
    'ST depression on ECG',
    'Depression of the skull',
    'No flare of RA.',
    'Whiplash 2016; recent flare of neck pain',
    'Exacerbation of neck pain',
    'Former heavy smoker, quit 2015',
    'Ex-smoker',
    'Smoker: no',
    'Family history of diabetes',
    'Mother has depression',
    'Diplopia: neg. Dysarthria: -. Numbness: nil. Dysphagia: NAD. Drop attacks: none.',
    '[ ] diplopia',
    'For collar-zone massage.',
    'Neck massage course please.',
    'Have you ever had your neck adjusted? No.',
  ])
    it(`reads no finding of the patient's in ${JSON.stringify(text)}`, () =>
      expect(
        read(text).filter((id) => !['neck-pain', 'neck-injury', 'headache'].includes(id)),
      ).toEqual([]));
});
