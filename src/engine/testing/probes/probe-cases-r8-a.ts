/**
 * Reviewer probes, round 8 (part a): whole case files h01-h11 of the round's harness
 * (a_hidden.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, normal, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_A: readonly Probe[] = [
  // h01
  r8(
    'r8 a_hidden.py',
    'h01',
    'left VA dissection named only in the Impression of a UK CTA (10 days old)',
    '§9 acute imaging; §4; §5 dissection item',
    wholeCase('h01', findings(), [
      normal('XR_UK', 60),
      img(
        'cta',
        'neck-vessels',
        10,
        `CT ANGIOGRAM NECK (ARCH TO VERTEX)
Clinical details: Neck pain. Pre-treatment vascular screen requested by physiotherapist.
Technique: Arterial-phase contrast-enhanced acquisition with MPR and MIP reconstructions.
Findings:
Normal three-vessel aortic arch. Common and internal carotid arteries are of normal calibre without stenosis.
The right vertebral artery is dominant and of normal calibre throughout its course.
The left vertebral artery shows a smooth, tapering, long-segment luminal irregularity from C4 to C2 within the
foramen transversarium, with a thin eccentric crescent of mural soft tissue.
The basilar artery and circle of Willis are normal. No aneurysm.
Lung apices clear.
Impression:
Appearances are in keeping with a left vertebral artery dissection (V2 segment).
Findings discussed with the referring team by telephone.`,
      ),
    ]),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  ),
  // h02
  r8(
    'r8 a_hidden.py',
    'h02',
    'acute infarct described only by DWI/ADC wording (no "infarct"), US MRI 5 days old',
    '§9 acute imaging; §5 stroke <=180 d',
    wholeCase('h02', findings(), [
      normal('MRI_US', 50),
      img(
        'mri',
        'head',
        5,
        `MRI BRAIN WITH AND WITHOUT CONTRAST
INDICATION: Neck pain, rule out posterior circulation pathology.
TECHNIQUE: Multiplanar multisequence MRI including DWI/ADC, FLAIR, SWI and post-contrast T1.
COMPARISON: None.
FINDINGS:
There is a 9 mm focus of diffusion restriction in the left inferior cerebellar hemisphere with corresponding
low ADC values and subtle FLAIR hyperintensity, in the distribution of the left PICA.
No hemorrhage on SWI. No abnormal enhancement.
Ventricles and sulci are normal for age. No mass effect.
The vertebral artery flow voids are present bilaterally.
IMPRESSION:
1. Small focus of restricted diffusion in the left PICA territory.
2. Otherwise unremarkable MRI of the brain.`,
      ),
    ]),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  ),
  // h03
  r8(
    'r8 a_hidden.py',
    'h03',
    'uncovertebral arthrosis described as osteophytes of the uncinate processes (UK X-ray), word not used',
    '§5 manipulation: uncovertebral-arthrosis',
    wholeCase('h03', findings({ 'uncovertebral-arthrosis': null }), [
      img(
        'xray',
        'cervical-spine',
        30,
        `XR CERVICAL SPINE AP/LATERAL/OBLIQUES
Clinical details: Neck pain with intermittent right arm paraesthesia.
Findings:
Straightening of the cervical lordosis. Disc space narrowing at C5/6 and C6/7.
Osteophytes arise from the uncinate processes at C5/6 bilaterally and encroach on the exit foramina on the oblique views.
Facet joints are unremarkable. Odontoid peg intact.
Impression:
Degenerative change C5/6 and C6/7 as described.`,
      ),
      normal('DUP_UK', 20),
    ]),
    { manip: 'contraindicated', rules: { manip: ['MANIP-UNCOVERTEBRAL'] } },
  ),
  // h04
  r8(
    'r8 a_hidden.py',
    'h04',
    'uncovertebral arthrosis as "deforming arthrosis of the joints of Luschka" (Russian-trained X-ray)',
    '§5 manipulation',
    wholeCase('h04', findings({ 'uncovertebral-arthrosis': null }), [
      img(
        'xray',
        'cervical-spine',
        25,
        `X-ray of the cervical spine in 2 projections
Physiological lordosis is straightened. Heights of the C4-C5, C5-C6 discs are reduced.
Subchondral sclerosis of the endplates, marginal bone growths along the anterior contours of the C4-C6 bodies.
Deforming arthrosis of the joints of Luschka at the C4-C6 level with narrowing of the joint spaces.
Pathological mobility in functional tests is not revealed.
Conclusion: Osteochondrosis of the cervical spine C4-C6, spondylosis.`,
      ),
      normal('DUP_RU', 20),
    ]),
    { manip: 'contraindicated', rules: { manip: ['MANIP-UNCOVERTEBRAL'] } },
  ),
  // h05
  r8(
    'r8 a_hidden.py',
    'h05',
    'uncovertebral arthrosis as "uncinate hypertrophy" (US MRI), the clinician left it unknown',
    '§5 manipulation',
    wholeCase('h05', findings({ 'uncovertebral-arthrosis': null }), [
      img(
        'mri',
        'cervical-spine',
        21,
        `MRI CERVICAL SPINE WITHOUT CONTRAST
HISTORY: Neck pain, left arm tingling intermittently.
TECHNIQUE: Sagittal T1/T2/STIR, axial T2 and GRE.
FINDINGS:
Alignment is normal. Marrow signal is normal. The cord is normal in caliber and signal.
C4-5: Mild disc bulge. No stenosis.
C5-6: Disc osteophyte complex with bilateral uncinate hypertrophy causing moderate left and mild right foraminal narrowing.
Spinal canal patent.
C6-7: Mild disc bulge. No stenosis.
IMPRESSION:
C5-6 spondylosis with uncinate hypertrophy and moderate left foraminal narrowing.`,
      ),
      normal('DUP_UK', 20),
    ]),
    { manip: 'contraindicated', rules: { manip: ['MANIP-UNCOVERTEBRAL'] } },
  ),
  // h06
  r8(
    'r8 a_hidden.py',
    'h06',
    'chronic lacunar infarct on a head MRI: stroke with onset unknown (treated as recent)',
    '§5 stroke from imaging; §8',
    wholeCase(
      'h06',
      findings(),
      [
        normal('XR_UK', 40),
        normal('DUP_UK', 35),
        img(
          'mri',
          'head',
          45,
          `MRI HEAD
Clinical details: Tinnitus. Baseline.
Technique: Axial T2, FLAIR, DWI, SWI; sagittal T1.
Findings:
No restricted diffusion. A 6 mm chronic lacunar infarct is present in the right lentiform nucleus.
Scattered punctate white matter T2 hyperintensities. No haemorrhage. Normal posterior fossa.
Conclusion:
Old right lentiform lacunar infarct. No acute intracranial abnormality.`,
        ),
      ],
      [],
      [],
      { age: 54 },
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      rules: { manip: ['MANIP-STROKE'], czm: ['CZM-STROKE'] },
    },
  ),
  // h07
  r8(
    'r8 a_hidden.py',
    'h07',
    'acute cerebellar infarct in a head MRI dated 100 days ago: urgent and stroke onset = report date',
    '§9 acute imaging (15-180 d); §5 stroke; §8',
    wholeCase('h07', findings(), [
      normal('XR_UK', 40),
      normal('DUP_UK', 35),
      img(
        'mri',
        'head',
        100,
        `MRI BRAIN
FINDINGS: Acute infarct in the left cerebellar hemisphere (PICA territory) with restricted diffusion.
No haemorrhagic transformation. Vertebral artery flow voids present.
IMPRESSION: Acute left PICA territory infarct.`,
      ),
    ]),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'not-cleared',
      urg: 'urgent',
      rules: { urg: ['URG-ACUTE-IMAGING-RECENT'] },
    },
  ),
  // h08
  r8(
    'r8 a_hidden.py',
    'h08',
    'extravasal compression of the right VA on rotation (Russian duplex), two triad features entered: level high',
    '§3 high (2 triad + imaging compression); §5',
    wholeCase(
      'h08',
      findings({
        headache: { present: true, onset: d(200) },
        'occipital-headache': { present: true, onset: d(200) },
        dizziness: { present: true, onset: d(200) },
        'vertebral-artery-narrowing': null,
      }),
      [
        normal('MSCT_RU', 60),
        img(
          'doppler',
          'neck-vessels',
          15,
          `Duplex scanning of the brachiocephalic arteries with functional tests
CCA, ICA on both sides are passable, IMT 0.8 mm, no plaques.
Vertebral arteries: diameter right 3.4 mm, left 3.9 mm. Course in V1 is straight; entry into the canal at C6 on both sides.
LBFV at rest: right 38 cm/s, left 44 cm/s.
On rotation of the head to the left a decrease of LBFV in the right VA to 12 cm/s (by 68%) is registered,
with restoration in the neutral position.
Conclusion: signs of extravasal compression of the right VA at the V2-V3 level during functional tests.`,
        ),
      ],
    ),
    { manip: 'contraindicated', czm: 'not-cleared', vas: ['high', 'confirmed'] },
  ),
  // h09
  r8(
    'r8 a_hidden.py',
    'h09',
    'calcified plaque at the left VA origin (US duplex): vertebral-artery atherosclerosis',
    '§5 manipulation: atherosclerosis',
    wholeCase(
      'h09',
      findings({ 'vertebral-artery-atherosclerosis': null }),
      [
        normal('MRI_US', 70),
        img(
          'doppler',
          'neck-vessels',
          20,
          `CAROTID AND VERTEBRAL DUPLEX ULTRASOUND
INDICATION: Neck pain, pre-treatment screening.
FINDINGS:
Right ICA: mild smooth plaque, PSV 85 cm/s, <50% stenosis. Left ICA: no plaque, PSV 70 cm/s.
Right vertebral artery: antegrade flow, normal waveform.
Left vertebral artery: heterogeneous, partly calcified plaque at the origin, PSV 110 cm/s; antegrade flow distally.
IMPRESSION:
1. Right ICA <50% stenosis.
2. Left vertebral artery origin plaque without high-grade stenosis.`,
        ),
      ],
      [],
      [],
      { age: 53 },
    ),
    { manip: 'contraindicated', rules: { manip: ['MANIP-ATHEROSCLEROSIS'] } },
  ),
  // h10
  r8(
    'r8 a_hidden.py',
    'h10',
    'nerve root compression in a US MRI (foraminal extrusion compressing C7 root); radiculopathy answered no',
    '§5 manipulation: radiculopathy; FS-3',
    wholeCase('h10', findings(), [
      img(
        'mri',
        'cervical-spine',
        14,
        `MRI CERVICAL SPINE
HISTORY: Neck pain.
FINDINGS:
Alignment normal. Marrow signal normal. Cord normal.
C5-6: Mild disc bulge, no stenosis.
C6-7: Left foraminal disc extrusion compresses the exiting left C7 nerve root. Central canal patent.
IMPRESSION: Left C6-7 foraminal disc extrusion with compression of the exiting left C7 nerve root.`,
      ),
      normal('DUP_UK', 20),
    ]),
    { manip: 'contraindicated', rules: { manip: ['MANIP-RADICULOPATHY'] } },
  ),
  // h11
  r8(
    'r8 a_hidden.py',
    'h11',
    'compressive myelopathy (cord T2 signal) in a UK MRI',
    '§5 manipulation: myelopathy',
    wholeCase(
      'h11',
      findings(),
      [
        img(
          'mri',
          'cervical-spine',
          18,
          `MRI CERVICAL SPINE
Clinical details: Neck pain and clumsy hands.
Technique: Sagittal T1/T2/STIR, axial T2.
Findings:
Multilevel spondylosis. At C5/6 a broad disc-osteophyte complex effaces the CSF anterior and posterior to the cord,
with focal intramedullary T2 hyperintensity at this level. Canal AP diameter 7 mm.
Other levels: mild disc bulges.
Conclusion:
C5/6 canal stenosis with cord compression and signal change in keeping with compressive myelopathy.`,
        ),
        normal('DUP_UK', 25),
      ],
      [],
      [],
      { age: 52 },
    ),
    { manip: 'contraindicated', rules: { manip: ['MANIP-MYELOPATHY'] } },
  ),
];
