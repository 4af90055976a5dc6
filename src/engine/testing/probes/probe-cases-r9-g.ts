/**
 * Reviewer probes, round 9 (part g): whole realistic case files g01-g15, written as a clinician
 * would, mixing the round's families (built with round 8's helpers; assessed on 2026-11-20).
 */
import type { CaseFile, FindingValue } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { d, findings, img, normal, sess, wholeCase } from './probe-r8-lib';

const E: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'contraindicated',
  ex: 'contraindicated',
  urg: 'emergency',
};
const on = (present: boolean, daysAgo: number, note?: string): FindingValue => ({
  present,
  onset: d(daysAgo),
  ...(note ? { note } : {}),
});
const g = (
  id: string,
  hidden: string,
  rule: string,
  whole: CaseFile,
  expect: Expectation,
  kind?: 'clear',
): Probe => ({
  round: 9,
  family: 'r9 G whole cases',
  name: `${id}: ${hidden}`,
  rule,
  ...(kind ? { kind } : {}),
  delta: { whole },
  expect,
});

export const ROUND_9_G: readonly Probe[] = [
  g(
    'g01',
    'prodrome after a chiropractic manipulation + Russian-English duplex with a hedged dissection',
    '§9 prodrome (new-unusual-headache within 14 d after manipulation) -> emergency',
    wholeCase(
      'g01',
      findings({
        headache: on(true, 16, 'occipital, unlike before'),
        'occipital-headache': on(true, 16),
        dizziness: on(true, 10),
        'new-unusual-headache': on(true, 16),
        'recent-cervical-manipulation': on(true, 18, 'chiropractor, rotation thrust'),
      }),
      [
        normal('XR_RU', 40),
        img(
          'doppler',
          'neck-vessels',
          8,
          `Duplex scanning of the extracranial brachiocephalic arteries
Right VA: diameter 3.6 mm, course straight, PSV 48 cm/s.
Left VA: diameter 3.4 mm, blood flow velocity markedly reduced to 15 cm/s, spectrum of the dampened type.
Conclusion: Echo-signs of haemodynamically significant disturbance of blood flow along the left VA; dissection cannot be excluded. CTA is recommended.`,
        ),
      ],
      [],
      [],
      { age: 44 },
    ),
    E,
  ),
  g(
    'g02',
    'Russian-English MRI: PICA-basin ischaemic stroke, "acute period", DWI restriction',
    '§9 acute imaging (report 6 d) -> emergency; §5 stroke',
    wholeCase(
      'g02',
      findings({ 'dizziness-on-head-rotation': true }),
      [
        normal('MSCT_RU', 50),
        img(
          'mri',
          'head',
          6,
          `MRI of the brain
In the left hemisphere of the cerebellum a focus of 8x6 mm is determined, hyperintense on T2 and FLAIR, with restriction of diffusion on DWI.
Ventricles are not dilated. Midline structures are not displaced.
Conclusion: MR picture of an ischemic stroke in the basin of the left PICA, acute period.`,
        ),
      ],
      [],
      [],
      { age: 52, sex: 'male' },
    ),
    E,
  ),
  g(
    'g03',
    'duplex as a table: left VA PSV 0, flow "not registered"',
    '§9 acute imaging (absent flow in a report <= 14 d) -> emergency',
    wholeCase('g03', findings(), [
      normal('XR_UK', 60),
      img(
        'doppler',
        'neck-vessels',
        4,
        `Duplex scanning of the BCA.
| Vessel | Right | Left |
| VA diameter, mm | 3.5 | 3.3 |
| VA PSV, cm/s | 52 | 0 |
| VA flow | antegrade | not registered |
Conclusion: see table.`,
      ),
    ]),
    E,
  ),
  g(
    'g04',
    'UK C-spine MRI: "PMH: VAD 2023 (on aspirin)" while the clinician answered dissection no',
    '§5 dissection at any time (FS-3 present wins)',
    wholeCase('g04', findings(), [
      img(
        'mri',
        'cervical-spine',
        12,
        `MRI CERVICAL SPINE
Clinical details: 38F, neck pain, physiotherapy referral. PMH: VAD 2023 (on aspirin).
Findings: Small C5/6 central disc protrusion without cord contact. Cord normal. Exit foramina patent.
Impression: Mild C5/6 degenerative change.`,
      ),
    ]),
    { manip: 'contraindicated', czm: 'contraindicated' },
  ),
  g(
    'g05',
    'known healing dissection re-imaged 10 days ago; onset entered 107 days ago',
    '§9 acute imaging (dissection read in a report <= 14 d) -> emergency; §5 dissection',
    wholeCase('g05', findings({ 'vertebral-artery-dissection': on(true, 107) }), [
      normal('XR_UK', 100),
      img('cta', 'neck-vessels', 102, 'Left V3 segment dissection with a 4 mm pseudoaneurysm.'),
      img(
        'cta',
        'neck-vessels',
        10,
        'Interval healing of the left V3 dissection; small residual pseudoaneurysm. No new findings.',
      ),
    ]),
    E,
  ),
  g(
    'g06',
    'normal patient, realistic normal studies, family history of stroke, improving massage course',
    'false alarm check: nothing may be raised',
    wholeCase(
      'g06',
      findings({ 'dizziness-on-head-rotation': false, 'malignancy-history': false }),
      [
        normal('XR_UK', 30),
        img(
          'doppler',
          'neck-vessels',
          20,
          `CAROTID AND VERTEBRAL DUPLEX
Clinical details: neck pain; family history of stroke (mother).
Both vertebral arteries demonstrate antegrade flow with normal waveforms. Right VA PSV 46 cm/s, left VA PSV 41 cm/s.
No evidence of dissection or occlusion. Carotids: no plaque, no stenosis.
Impression: Normal study.`,
        ),
      ],
      [
        sess(18, 'back-massage', { painBefore: 6, painAfter: 5 }),
        sess(15, 'back-massage', { painBefore: 5, painAfter: 4 }),
        sess(12, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ],
    ),
    { atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' } },
    'clear',
  ),
  g(
    'g07',
    'collar-zone massage course, dizziness 0,0,0,1,1,3 (listed newest first), Ketorol 6 days',
    '§6/§8 rising rating -> concerning + progressive triad (urgent); painkillers > 4 days',
    wholeCase(
      'g07',
      findings({ dizziness: on(true, 30) }),
      [normal('XR_UK', 60)],
      [
        sess(2, 'collar-zone-massage', { dizziness: 3 }),
        sess(4, 'collar-zone-massage', { dizziness: 1 }),
        sess(6, 'collar-zone-massage', { dizziness: 1 }),
        sess(8, 'collar-zone-massage', { dizziness: 0 }),
        sess(10, 'collar-zone-massage', { dizziness: 0 }),
        sess(12, 'collar-zone-massage', { dizziness: 0 }),
      ],
      [{ name: 'Ketorol', form: 'tablets', start: d(8), end: d(3) }],
    ),
    { urg: 'urgent', course: ['concerning', 'stop'], czm: 'not-cleared', manip: 'not-cleared' },
  ),
  g(
    'g08',
    'old PICA infarct in an MRI 400 days old + CT yesterday "old left cerebellar infarct"; clinician entered stroke no',
    '§5 stroke (text: onset unknown -> recent); FS-3',
    wholeCase('g08', findings(), [
      normal('XR_UK', 60),
      img('mri', 'head', 400, 'Chronic left PICA infarct.'),
      img('msct', 'head', 1, 'No acute intracranial abnormality. Old left cerebellar infarct.'),
    ]),
    { manip: 'contraindicated', czm: 'contraindicated' },
  ),
  g(
    'g09',
    'left VA not located in V1-V2, collateral flow in V3: occlusion vs hypoplasia',
    'FS-7 uncertain occlusion -> urgency field unknown -> all four not-cleared',
    wholeCase('g09', findings(), [
      normal('XR_UK', 60),
      img(
        'doppler',
        'neck-vessels',
        5,
        `Left VA: in V1-V2 is not located; in V3 low-velocity collateral flow.
Conclusion: occlusion of the left VA cannot be excluded (hypoplasia?).`,
      ),
    ]),
    { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
  ),
  g(
    'g10',
    'list layout, "DWI+/ADC- lesion" and "acute/subacute" in the impression',
    '§9 acute imaging -> emergency',
    wholeCase('g10', findings(), [
      normal('XR_UK', 60),
      img(
        'mri',
        'head',
        4,
        `Brain MRI:
- Posterior fossa: a 12 mm DWI+/ADC- lesion, left cerebellar hemisphere (PICA).
- Supratentorial: unremarkable.
Impression: findings in keeping with a small acute/subacute left PICA infarct.`,
      ),
    ]),
    E,
  ),
  g(
    'g11',
    'right lateral medullary infarction with absent right V4 flow void',
    '§9 acute imaging (restricted diffusion; VA flow absent) -> emergency',
    wholeCase('g11', findings(), [
      normal('XR_UK', 60),
      img(
        'mri',
        'head',
        3,
        `MRI BRAIN
T2/FLAIR hyperintensity in the right dorsolateral medulla with restricted diffusion - right lateral medullary infarction.
Right VA: absent flow void in V4.`,
      ),
    ]),
    E,
  ),
  g(
    'g12',
    'C-spine and T-spine MRI, incidental left VA not visualised (occlusion vs hypoplasia)',
    'FS-7 uncertain occlusion -> all four not-cleared',
    wholeCase('g12', findings(), [
      img(
        'mri',
        'cervical-spine',
        7,
        `MRI of the cervical and thoracic spine.
Osteochondrosis C5-C6, C6-C7. Disc protrusion C5-C6 2 mm.
Incidentally: the left vertebral artery is not visualised - occlusion vs hypoplasia; duplex recommended.`,
      ),
    ]),
    { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
  ),
  g(
    'g13',
    'X-ray clinical details: "6 weeks after right cerebellar stroke"; clinician entered stroke no',
    '§5 stroke (onset unknown from text -> recent); FS-3',
    wholeCase('g13', findings(), [
      img(
        'xray',
        'cervical-spine',
        9,
        `X-ray of the cervical spine in 2 projections.
Indication: neck pain, 6 weeks after right cerebellar stroke.
Lordosis straightened. Osteochondrosis C5-C6. No uncovertebral arthrosis.`,
      ),
    ]),
    { manip: 'contraindicated', czm: 'contraindicated' },
  ),
  g(
    'g14',
    'duplex: thyroid "nodes in both lobes" incidental',
    '§5 collar-zone massage item thyroid-disease',
    wholeCase('g14', findings(), [
      normal('XR_UK', 60),
      img(
        'doppler',
        'neck-vessels',
        9,
        `Duplex of the BCA: vertebral arteries of normal diameter, flow antegrade and symmetric.
Incidentally: thyroid gland with nodes in both lobes up to 11 mm (TI-RADS 3).`,
      ),
    ]),
    { czm: 'contraindicated' },
  ),
  g(
    'g15',
    'Russian-English CTA conclusion: "stratification of the wall of the left VA (dissection?)" then "no data for occlusion"',
    'FS-7 uncertain dissection at least -> all four not-cleared',
    wholeCase('g15', findings(), [
      normal('XR_UK', 60),
      img(
        'cta',
        'neck-vessels',
        6,
        `CT angiography of the BCA.
In the V2 segment of the left VA there is stratification of the wall with a narrowing of the lumen to 1.5 mm over 18 mm.
No data for occlusion.
Conclusion: CT picture of stratification of the wall of the left VA (dissection?).`,
      ),
    ]),
    { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
  ),
];
