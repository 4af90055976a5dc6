/**
 * Safety rounds 75 and 77, review round 76: facts told only in a referral's words or a finding's
 * note that the letter reader did not know (each cleared a patient the rules hold), and the
 * benign words, denials, safety-netting and requests its new words must not read.
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
    // Review round 74: a sentence wrapped onto the next line.
    ['Had neck\nmanipulation 2 days ago.', 'recent-cervical-manipulation'],
    ['Woke with double\nvision this morning.', 'diplopia'],
    ['Sudden onset of the worst\nheadache of her life yesterday.', 'sudden-severe-headache'],
    ['Difficulty\nswallowing since yesterday.', 'dysphagia'],
    ['no headache\ndizziness since Monday', 'dizziness'],
    ['Diplopia since Monday\nDysarthria\nnil', 'diplopia'],
    // Safety round 77.
    ['Saw double for an hour yesterday.', 'diplopia'],
    ['c/o dizz + diplop x2/7, ?VBI', 'diplopia'],
    ['Dysartria since yesterday.', 'dysarthria'],
    ['Speech became indistinct since morning.', 'dysarthria'],
    ['diff. swallowing and hoarseness x3d', 'dysphagia'],
    ['Falls without LOC x2 this week.', 'drop-attacks'],
    ['collapsed on looking up but remained conscious', 'drop-attacks'],
    ['Decreased sensation L face since Sunday.', 'numbness'],
    ['Homonymous hemianopsia R.', 'visual-field-loss'],
    ['Walks like she is drunk since yesterday.', 'ataxia'],
    ['cannot walk heel-to-toe, falls to the R', 'ataxia'],
    ['Incoordination of the L hand for 3 days', 'ataxia'],
    ['giddy and vision greys out when looking over R shoulder', 'dizziness-on-head-rotation'],
    ['Wallenberg syndrome.', 'stroke'],
    ['2/52 post-partum.', 'post-partum'],
    ['17F, hEDS, subluxes shoulders', 'connective-tissue-laxity'],
    ['Manual therapy of the neck 5 days ago.', 'recent-cervical-manipulation'],
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
    // Review round 74: a checklist denied by a line of its own below it.
    'Symptoms enquired about:\nDiplopia\nDysarthria\nDysphagia\nAll denied.',
    'Diplopia.\nDysarthria.\nNumbness.\nNone of the above.',
    'Neuro ROS:\n- double vision\n- slurred speech\n- swallowing difficulty\nnegative for all.',
    // Review round 76 and safety round 77: benign words, denials, safety-netting, requests.
    'PMH: hay fever, mild eczema.',
    'Pneumonia in 2015, made a full recovery.',
    'Had her influenza vaccine at the surgery last week.',
    'Works from home since covid, long hours at the laptop.',
    'MRI C-spine: mild superior endplate depression at C6, no retropulsion.',
    'Exacerbation of her usual headaches over the last week with stress at work.',
    'Acute on chronic low back pain, no leg symptoms.',
    'Regular steroid inhaler (Clenil) for asthma.',
    'Former 20 pack-year smoker, quit in 2009.',
    'Gestational diabetes in 2015, resolved after delivery.',
    'Mum diabetic, dad had a heart attack at 60.',
    'White coat hypertension, home readings all normal.',
    'Uses a heat pad on her neck at night which helps.',
    'Neurogenic claudication from lumbar canal stenosis.',
    'Pre-syncopal episodes on standing quickly, never lost consciousness.',
    'Unable to tandem walk because of her knee replacement, otherwise neuro normal.',
    'Headache getting worse towards the end of the working day, better at weekends.',
    'Diplopia   Y [ ]  N [x]\nDysarthria Y [ ]  N [x]',
    'Red flag screen\nDiplopia [ ]\nDysarthria [ ]',
    'Neck manipulation in the last 4 weeks? [ ] Yes [x] No',
    'Diabetes: Type 1 [ ] Type 2 [ ] None [x]',
    'Denies: thunderclap HA, diplopia, dysarthria, dysphagia, drop attacks, nystagmus, numbness',
    'None of: diplopia, dysarthria.',
    'Advised to return if double vision develops.',
    'Informed of red flags to report: double vision, slurred speech, numbness.',
    'Warned about stroke symptoms (FAST).',
    'Consent discussed incl. rare risk of vertebral artery dissection and stroke.',
    'Requesting a course of cervical manipulation.',
    'Advised to avoid self-manipulation of the neck.',
    'Instability: no (flexion-extension views stable).',
    'Tripped over the dog and fell without losing consciousness; bruised hip.',
    'Dizzy when turning over in bed (BPPV, Epley done).',
  ])
    it(`reads no finding of the patient's in ${JSON.stringify(text)}`, () =>
      expect(
        read(text).filter(
          (id) => !['neck-pain', 'neck-injury', 'headache', 'dizziness', 'bppv'].includes(id),
        ),
      ).toEqual([]));
});
