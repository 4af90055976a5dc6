/**
 * Old misses of review rounds 64-68 mended in session 16, each with texts that must stay as
 * they were: a neck treatment named in a list of body parts, in quotes, after a dash, or with
 * its own time in the past beside something planned; an acute place under a heading with
 * another finding, a size or a comparison after it; a DWI row with its place in another row,
 * the column's header or the table's ADC row; a VA named after another artery with its own
 * qualifiers ("… and at the left VA origin without stenosis").
 */
import { findingsOfText } from '../fhir/finding-text';
import { readReport, type Mention } from './report-reader';

const DOPPLER = { modality: 'doppler', region: 'neck-vessels' } as const;
const CTA = { modality: 'cta', region: 'neck-vessels' } as const;
const MRI = { modality: 'mri', region: 'head' } as const;
const ON = '2026-11-20';

const show = (ms: readonly Mention[]) =>
  JSON.stringify(ms.map((m) => [m.finding, m.status, m.text, m.trigger ?? '']));
const treatments = (text: string) =>
  findingsOfText({ text }, ON).filter(
    (f) => f === 'recent-cervical-manipulation' || f === 'recent-neck-massage',
  );

describe('a neck treatment in a list of body parts, quoted or timed (rounds 64-68)', () => {
  for (const [text, want] of [
    [
      'Manipulation of thoracic and cervical spines by chiropractor 2 days ago.',
      'recent-cervical-manipulation',
    ],
    [
      'Manipulation of the thoracic and the cervical spine by a chiropractor last week.',
      'recent-cervical-manipulation',
    ],
    [
      'Manipulation of the low back and the neck by the chiropractor 1/52 ago.',
      'recent-cervical-manipulation',
    ],
    [
      'Chiropractor adjusted his back, shoulders and neck two days ago.',
      'recent-cervical-manipulation',
    ],
    [
      'Adjustments to the mid back and neck by chiropractor last week.',
      'recent-cervical-manipulation',
    ],
    ['Massage of her shoulders, upper back and neck at a spa on Sunday.', 'recent-neck-massage'],
    ['Thai massage including the back and neck 4 days ago.', 'recent-neck-massage'],
    ['Massage therapist worked on her shoulders and neck on Saturday.', 'recent-neck-massage'],
    ['Neck and back massage yesterday.', 'recent-neck-massage'],
    ['Swedish massage - back, shoulders and neck; deep work on left SCM.', 'recent-neck-massage'],
    ["Neck 'cracked' by a friend, MRI deferred by GP.", 'recent-cervical-manipulation'],
    [
      'Went to a chiropractor 2 days ago. Neck "cracked" with rotation.',
      'recent-cervical-manipulation',
    ],
    [
      'Osteopath manipulated his cervical spine on 17/11 with an MRI arranged by his GP.',
      'recent-cervical-manipulation',
    ],
    [
      'Neck adjustment last Tuesday - X-ray requested by chiropractor.',
      'recent-cervical-manipulation',
    ],
    [
      'Plan CTA given neck manipulation by chiropractor 2 days ago.',
      'recent-cervical-manipulation',
    ],
    [
      'Requests letter for chiropractor who did a neck manipulation 3 days ago.',
      'recent-cervical-manipulation',
    ],
    [
      'We are considering whether the chiropractic neck manipulation on Monday is causal.',
      'recent-cervical-manipulation',
    ],
    [
      'Dizzy and vomiting before the neck massage had even finished on Saturday.',
      'recent-neck-massage',
    ],
    [
      'Denies any injury to the back and neck manipulation by chiropractor yesterday.',
      'recent-cervical-manipulation',
    ],
  ] as const)
    it(`reads ${want} in "${text}"`, () => expect(treatments(text)).toEqual([want]));

  for (const text of [
    'Found on the floor; ambulance crew adjusted his head and neck for airway management.',
    'Manipulation of the head and neck during Dix-Hallpike reproduced the vertigo.',
    'Massage of the back and neck was declined.',
    'Wants neck manipulation on Friday.',
    'Neck manipulation booked for next Monday.',
    'Neck and back pain; massage of the lumbar spine yesterday.',
    'Manipulation of the lumbar spine and neck exercises advised.',
    'Massage to the neck is planned.',
  ])
    it(`reads no recent neck treatment in "${text}"`, () => expect(treatments(text)).toEqual([]));
});

describe('an acute place under a heading, with more said after it (rounds 65-66)', () => {
  const acute = (text: string) =>
    readReport(text, MRI).some((m) => m.finding === 'stroke' && m.status === 'affirmed' && m.acute);
  for (const line of [
    'Acute in the left cerebellum with no mass effect.',
    'Acute in the left cerebellum (no haemorrhage).',
    'Acute, left cerebellum - embolic pattern.',
    'Acute in the left cerebellum: approximately 2 cm.',
    'Acute in the left PICA territory - 25 mm.',
    'Acute in the right cerebellar hemisphere as clinically suspected.',
    'New in the left cerebellar hemisphere compared with the MRI of 2024.',
    'Acute in the left thalamus now extending into the midbrain.',
    'Acute in the left cerebellum and old in the right occipital lobe.',
    'Acute in the left cerebellum with a previous right MCA infarct.',
  ])
    it(`reads an acute infarct under the heading: "${line}"`, () =>
      expect(acute(`INFARCTION\n${line}`))
        .withContext(show(readReport(`INFARCTION\n${line}`, MRI)))
        .toBeTrue());
  for (const line of [
    'Acute in the left cerebellum (?).',
    'Acute in the left cerebellum - not confirmed on ADC.',
    'Acute in the left cerebellum - query artefact.',
    'Acute in the left cerebellum in 2019.',
    'Acute in the left cerebellum - none.',
  ])
    it(`reads no acute infarct under the heading: "${line}"`, () =>
      expect(acute(`INFARCTION\n${line}`))
        .withContext(show(readReport(`INFARCTION\n${line}`, MRI)))
        .toBeFalse());
});

describe('a DWI row whose place is said elsewhere in its table (rounds 64-68)', () => {
  const acute = (text: string) =>
    readReport(text, MRI).some((m) => m.finding === 'stroke' && m.status === 'affirmed' && m.acute);
  const table = (rows: string) => `| Sequence | Finding |\n|---|---|\n${rows}`;
  for (const text of [
    'DWI | restriction, left cerebellum\nADC | low',
    '| DWI | restriction in the left cerebellar hemisphere, no haemorrhage |',
    '| DWI | restriction: posterior fossa, left |',
    '| DWI | multiple foci of restriction in the posterior circulation |',
    '| DWI | positive |\n| ADC | low |\n| Location | left cerebellar hemisphere |',
    table('| DWI | restriction in the left PICA territory; no susceptibility signal |'),
    table(
      '| DWI (b1000) | restriction in the right PICA territory |\n| ADC | increased in old right frontal infarct, reduced in the right cerebellum |',
    ),
    '| Seq | Right cerebellum | Left cerebellum |\n|---|---|---|\n| DWI | normal | restricted |\n| ADC | normal | low |',
    '| Sequence | Today | Prior 03/2025 |\n|---|---|---|\n| DWI | new restriction in the right cerebellar hemisphere | - |',
  ])
    it(`reads an acute infarct in ${JSON.stringify(text)}`, () =>
      expect(acute(text))
        .withContext(show(readReport(text, MRI)))
        .toBeTrue());
  for (const text of [
    '| DWI | restriction, none |',
    '| DWI | restriction in the left cerebellum; abscess |',
    '| DWI | positive |\n| ADC | high |\n| Location | left cerebellar hemisphere |',
    '| DWI | positive |\n| ADC | low |\n| Location | mastoid |',
    '| DWI | no restriction in the left cerebellum |',
    table('| DWI | restriction in the left cerebellum |\n| ADC | increased (T2 shine-through) |'),
  ])
    it(`reads no acute infarct in ${JSON.stringify(text)}`, () =>
      expect(acute(text))
        .withContext(show(readReport(text, MRI)))
        .toBeFalse());
});

describe('a VA named after another artery, with its own qualifiers (rounds 64-66)', () => {
  const read = (
    text: string,
    study: typeof DOPPLER | typeof CTA,
    finding: string,
    occlusion = false,
  ) =>
    readReport(text, study).some(
      (m) => m.finding === finding && m.status === 'affirmed' && (!occlusion || m.occlusion),
    );
  for (const [text, study, finding, occlusion] of [
    [
      'Plaques in both carotid bifurcations and at the left VA origin without stenosis.',
      DOPPLER,
      'vertebral-artery-atherosclerosis',
      false,
    ],
    [
      'Plaques at both carotid bulbs and at the left VA origin (<50%).',
      DOPPLER,
      'vertebral-artery-atherosclerosis',
      false,
    ],
    [
      'Calcified plaque at the right ICA origin and the right VA origin causing 50% stenosis.',
      DOPPLER,
      'vertebral-artery-atherosclerosis',
      false,
    ],
    [
      'Dissection of the right ICA and of the left VA in V3 without occlusion.',
      CTA,
      'vertebral-artery-dissection',
      false,
    ],
    [
      'Dissection of the left ICA and the left VA at C1-C2 after manipulation.',
      CTA,
      'vertebral-artery-dissection',
      false,
    ],
    [
      'Occlusion of the right ICA and the left VA at its origin (V0).',
      CTA,
      'vertebral-artery-narrowing',
      true,
    ],
    [
      'Occlusion of the right ICA and the left VA distal to the origin.',
      CTA,
      'vertebral-artery-narrowing',
      true,
    ],
  ] as const)
    it(`reads ${finding} in "${text}"`, () =>
      expect(read(text, study, finding, occlusion))
        .withContext(show(readReport(text, study)))
        .toBeTrue());
  for (const [text, study, finding] of [
    [
      'Dissection of the left ICA and the left VA at the V2 level is tortuous.',
      CTA,
      'vertebral-artery-dissection',
    ],
    [
      'Occlusion of the right ICA and the left VA in V2 running through the C6 foramen.',
      CTA,
      'vertebral-artery-narrowing',
    ],
    [
      'Occlusion of the right ICA and the left VA in V4 opacified via collaterals.',
      CTA,
      'vertebral-artery-narrowing',
    ],
    ['Stenosis of the right ICA and the left VA is normal.', CTA, 'vertebral-artery-narrowing'],
  ] as const)
    it(`reads no ${finding} in "${text}"`, () =>
      expect(read(text, study, finding))
        .withContext(show(readReport(text, study)))
        .toBeFalse());
});
