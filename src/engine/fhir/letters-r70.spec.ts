/**
 * Review round 70's letters and practitioners' notes (the texts themselves are kept as data
 * in testing/attacks/round70.json): a letter citing imaging reads the VA finding the report
 * reader reads in the cited sentence (named by its segment, absent flow worded with "no" /
 * "non"); a whole sentence that denies a list denies every item; practitioners' wordings of a
 * neck treatment; advice, questions and other regions are none. Also the reader's "unlikely".
 */
import { readReport } from '../reader/report-reader';
import { findingsOfText } from './finding-text';

const ON = '2026-11-20';
const read = (text: string) => findingsOfText({ text }, ON);
const VESSEL = ['vertebral-artery-dissection', 'vertebral-artery-narrowing'];

describe('a letter citing imaging (round 70)', () => {
  for (const [text, want] of [
    [
      'The repeat CTA today shows progression of the right V3 dissection.',
      'vertebral-artery-dissection',
    ],
    [
      "The outside MRA was reported as 'dissecting aneurysm of the right V4 segment, 6 mm'.",
      'vertebral-artery-dissection',
    ],
    [
      'Previous imaging: the MRA in 2023 showed a healed left V3 dissection.',
      'vertebral-artery-dissection',
    ],
    [
      "Duplex reported as: 'Left vertebral artery: no flow detected in V1-V2; right VA dominant.'",
      'vertebral-artery-narrowing',
    ],
    [
      "CTA reported as: 'Right VA - non-opacified from C6 to the skull base; left VA patent.'",
      'vertebral-artery-narrowing',
    ],
    ['Duplex showed no flow in the left VA.', 'vertebral-artery-narrowing'],
    ['CTA: non-opacification of the left vertebral artery.', 'vertebral-artery-narrowing'],
  ] as const)
    it(`reads ${want} in "${text}"`, () => expect(read(text)).toContain(want));

  for (const text of [
    "The report reads: 'No evidence of vertebral artery stenosis, occlusion or dissection.'",
    'CTA: no stenosis, occlusion or dissection of the vertebral arteries.',
    'MRA normal - no dissection, stenosis or occlusion of the vertebral arteries.',
    'The CTA was reviewed: the apparent narrowing of the left V4 was felt to be a hypoplastic segment ending in PICA, not a stenosis or dissection.',
    'Worried the CTA might show a VA dissection.',
    'CTA to exclude left V3 dissection.',
    'ECG: ST elevation V1-V3; CT showed aortic dissection.',
    'VA dissection unlikely given normal CTA last week.',
  ])
    it(`reads no VA finding in "${text}"`, () =>
      expect(read(text).filter((f) => VESSEL.includes(f))).toEqual([]));
});

describe("a practitioner's neck treatment (round 70)", () => {
  const treated = (text: string) =>
    read(text).filter((f) => f === 'recent-cervical-manipulation' || f === 'recent-neck-massage');
  for (const text of [
    "HPC: 28M barber shop 'neck crack' with his haircut on Saturday.",
    "She told me that her osteopath had 'clicked' her neck 10 days ago.",
    "She regularly 'cracks' her own neck, most recently this morning.",
    'P: Activator to C2 and C5, manual adjustment T3-T5, soft tissue upper traps.',
    'Diversified adjustment C1 left on 17/11/2026.',
    'He uses a percussion massage gun on the back of his neck every evening.',
    'Service: Hot stone massage 75 min - back, neck and scalp. Date: 15/11/2026.',
    "History of neck manipulation by an osteopath on 13/11/2026 for 'a stiff neck'.",
  ])
    it(`reads a recent neck treatment in "${text}"`, () => expect(treated(text).length).toBe(1));

  for (const text of [
    'I have asked that she avoids any manipulation of the neck.',
    'I have advised him to avoid neck manipulation until his dizziness has been assessed.',
    'I have deliberately avoided manipulation of the cervical spine.',
    'He is asking whether neck massage is safe.',
    'Osteopath: HVLA to L5/S1.',
    'Thoracic: HVLA T5.',
    'She had a lumbar manipulation by a chiropractor on Monday.',
    'Client booked a neck and shoulder massage but on arrival reported new dizziness.',
    "Patient requested 'a neck crack like my friend had' - explained that manipulation is not indicated.",
    'Neck crack sounds when turning.',
  ])
    it(`reads no recent neck treatment in "${text}"`, () => expect(treated(text)).toEqual([]));
});

describe('"unlikely" doubts a finding (round 70)', () => {
  const CTA = { modality: 'cta', region: 'neck-vessels' } as const;
  for (const text of [
    'Dissection is unlikely.',
    'Left VA dissection unlikely.',
    'Unlikely to represent dissection.',
    'Dissection of the left VA is considered unlikely.',
  ])
    it(`reads "${text}" as uncertain`, () =>
      expect(readReport(text, CTA).map((m) => m.status)).toEqual(['uncertain']));
  it('a dissection said, and an occlusion said unlikely', () =>
    expect(
      readReport('Dissection of the left VA; occlusion is unlikely.', CTA).map((m) => m.status),
    ).toEqual(['affirmed', 'uncertain']));
});

describe('a follow-up report: what has healed or resolved since (round 70)', () => {
  const CTA = { modality: 'cta', region: 'neck-vessels' } as const;
  const MRI = { modality: 'mri', region: 'head' } as const;
  const occluded = (text: string) =>
    readReport(text, CTA).some((m) => m.occlusion && m.status === 'affirmed');
  const acute = (text: string) =>
    readReport(text, MRI).some((m) => m.finding === 'stroke' && m.acute && m.status === 'affirmed');
  for (const text of [
    'The previously described dissection of the left V3 is no longer seen.',
    'The flap is no longer seen.',
    'The left VA pseudoaneurysm at C1 has thrombosed and is no longer opacified.',
  ])
    it(`reads no occlusion in "${text}"`, () => expect(occluded(text)).toBeFalse());
  for (const text of ['The left VA is no longer seen.', 'The left VA has thrombosed.'])
    it(`reads an occlusion in "${text}"`, () => expect(occluded(text)).toBeTrue());
  for (const text of [
    'Previously reported restricted diffusion in the left pons has resolved.',
    'The previously described acute infarct in the left PICA territory has evolved into gliosis.',
    'The small acute infarcts in the left cerebellum described on 04/2026 are now chronic.',
    'The restricted diffusion in the left pons seen on 22/10/2026 has resolved.',
    'Comparison table:\n| Sequence | 03/2026 | 20/11/2026 |\n|---|---|---|\n| DWI | restricted, right PICA territory | no restriction |',
  ])
    it(`reads no acute infarct in ${JSON.stringify(text)}`, () => expect(acute(text)).toBeFalse());
  for (const text of [
    'Acute infarct in the left pons, and the previous haemorrhage has resolved.',
    'Acute infarct in the left cerebellum. The old right infarct has evolved into gliosis.',
    'Acute infarct in the left cerebellum which has not resolved.',
    'Findings:\n| Sequence | Prior | Today |\n|---|---|---|\n| DWI | no restriction | restricted, right PICA territory |',
    '| DWI | restriction in the left cerebellar hemisphere |\n| ADC | reduced |\n\nPrevious MRI 2023:\n| ADC | normal |',
  ])
    it(`reads an acute infarct in ${JSON.stringify(text)}`, () => expect(acute(text)).toBeTrue());
});

describe("a stroke service's name and a comparison table's earlier column (round 70)", () => {
  for (const text of [
    'DISCHARGE LETTER - Stroke Unit',
    'For outpatient TIA clinic review.',
    'Please see urgently in the TIA/stroke clinic.',
    'Stroke clinic letter. TIA excluded.',
  ])
    it(`reads no stroke or TIA in "${text}"`, () =>
      expect(read(text).filter((f) => f === 'stroke' || f === 'tia')).toEqual([]));
  for (const [text, want] of [
    ['Admitted to the stroke unit with a left PICA stroke.', 'stroke'],
    ['TIA last week, seen in TIA clinic.', 'tia'],
  ] as const)
    it(`still reads ${want} in "${text}"`, () => expect(read(text)).toContain(want));

  const MRI = { modality: 'mri', region: 'head' } as const;
  const acute = (text: string) =>
    readReport(text, MRI).some((m) => m.finding === 'stroke' && m.acute && m.status === 'affirmed');
  it("reads no acute infarct in a prior column's words", () =>
    expect(
      acute(
        '| Sequence | Prior | Current |\n|---|---|---|\n| DWI | restricted diffusion, left pons | no restriction |',
      ),
    ).toBeFalse());
  it("reads an acute infarct in the current column's words", () =>
    expect(
      acute(
        '| Sequence | Prior | Current |\n|---|---|---|\n| DWI | no restriction | restricted diffusion, left pons |',
      ),
    ).toBeTrue());
});

describe('a neck treatment refused, discussed or booked, whatever its time (round 71)', () => {
  const treated = (text: string) =>
    read(text).filter((f) => f === 'recent-cervical-manipulation' || f === 'recent-neck-massage');
  for (const text of [
    'Neck manipulation was refused 3 days ago.',
    'Avoided neck massage yesterday.',
    'Patient attended clinic today but declined cervical manipulation.',
    'Neck manipulation by a chiropractor 2 days ago was cancelled because of her headache.',
    'The chiropractor rang 2 days ago to book a neck manipulation.',
    'She asked her chiropractor yesterday whether a neck manipulation would be safe.',
    'Neck manipulation discussed last Tuesday; not started.',
    'He will have neck manipulation on Monday if the X-ray is normal.',
    'Neck manipulation on 20/12/2025.',
  ])
    it(`reads no recent neck treatment in "${text}"`, () => expect(treated(text)).toEqual([]));
  for (const text of [
    'Cervical manipulation by a chiropractor 3 days ago - treatment was deferred by her rheumatologist last year but she went anyway.',
    'Neck manipulation yesterday, declined a second session.',
    'Neck manipulation on 12/11/2026.',
  ])
    it(`reads a recent neck treatment in "${text}"`, () => expect(treated(text).length).toBe(1));
});

describe('a surgical neck dissection is no VA dissection (found by the FS-7 helper)', () => {
  const CTA = { modality: 'cta', region: 'neck-vessels' } as const;
  const dissection = (text: string) =>
    readReport(text, CTA).some(
      (m) => m.finding === 'vertebral-artery-dissection' && m.status === 'affirmed',
    );
  for (const text of ['Status post left neck dissection.', 'Right radical neck dissection 2019.'])
    it(`reads no dissection in "${text}"`, () => expect(dissection(text)).toBeFalse());
  for (const text of ['Left VA dissection.', 'Neck CTA: dissection of the left VA.'])
    it(`reads a dissection in "${text}"`, () => expect(dissection(text)).toBeTrue());
});
