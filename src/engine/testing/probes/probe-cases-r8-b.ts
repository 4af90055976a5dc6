/**
 * Reviewer probes, round 8 (part b): whole case files h12-h30 of the round's harness
 * (a_hidden.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, normal, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_B: readonly Probe[] = [
  // h12
  r8(
    'r8 a_hidden.py',
    'h12',
    'vertebral metastases in a cervical MRI (malignancy answered no)',
    '§5 malignancy, spinal tumour; FS-3',
    wholeCase(
      'h12',
      findings(),
      [
        img(
          'mri',
          'cervical-spine',
          12,
          `MRI CERVICAL AND UPPER THORACIC SPINE
Clinical details: Worsening neck pain, night pain.
Findings:
Multiple T1 hypointense, STIR hyperintense marrow lesions in the C3, C5 and T1 vertebral bodies with enhancement.
No pathological fracture. No epidural extension. Cord normal.
Conclusion:
Multiple vertebral lesions in keeping with metastatic disease. Primary not known: recommend CT chest/abdomen/pelvis.`,
        ),
        normal('DUP_UK', 20),
      ],
      [],
      [],
      { age: 50 },
    ),
    { manip: 'contraindicated', czm: 'contraindicated', bm: 'contraindicated' },
  ),
  // h13
  r8(
    'r8 a_hidden.py',
    'h13',
    'discitis-osteomyelitis with prevertebral collection (UK MRI)',
    '§5 spondylodiscitis, infection',
    wholeCase('h13', findings(), [
      img(
        'mri',
        'cervical-spine',
        7,
        `MRI CERVICAL SPINE WITH CONTRAST
Clinical details: Neck pain, raised CRP.
Findings:
Loss of C5/6 disc height with endplate erosions, marrow oedema of the adjacent C5 and C6 bodies,
T2 hyperintense disc signal and a small rim-enhancing prevertebral collection.
Cord normal.
Conclusion:
Appearances are consistent with C5/6 discitis-osteomyelitis with a small prevertebral collection.`,
      ),
      normal('DUP_UK', 20),
    ]),
    { manip: 'contraindicated', czm: 'contraindicated', bm: 'contraindicated' },
  ),
  // h14
  r8(
    'r8 a_hidden.py',
    'h14',
    'meningioma on a head MRI (brain tumour)',
    '§5 collar-zone: brain-tumour',
    wholeCase(
      'h14',
      findings(),
      [
        normal('XR_UK', 40),
        normal('DUP_UK', 35),
        img(
          'mri',
          'head',
          30,
          `MRI BRAIN WITH CONTRAST
FINDINGS: A 2.1 cm extra-axial dural-based homogeneously enhancing mass at the left cerebellopontine angle with a dural tail.
No oedema. No hydrocephalus. No restricted diffusion.
IMPRESSION: Left CPA mass, most consistent with meningioma. Neurosurgical opinion suggested.`,
        ),
      ],
      [],
      [],
      { age: 51 },
    ),
    { czm: 'contraindicated', rules: { czm: ['CZM-BRAIN-TUMOUR'] } },
  ),
  // h15
  r8(
    'r8 a_hidden.py',
    'h15',
    'VA occlusion (no flow registered) in a Russian-trained duplex 3 days old',
    '§9 acute imaging: occlusion / absent flow <=14 d',
    wholeCase('h15', findings(), [
      normal('XR_RU', 60),
      img(
        'doppler',
        'neck-vessels',
        3,
        `Duplex scanning of the brachiocephalic arteries
CCA, ICA, ECA on both sides are passable, IMT 0.8 mm.
Right VA: diameter 3.7 mm, course straight, LBFV 46 cm/s, flow antegrade.
Left VA: diameter 3.2 mm; in the V1-V2 segments blood flow is not registered in colour and spectral Doppler modes.
Conclusion: ultrasound signs of occlusion of the left vertebral artery.`,
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
  // h16
  r8(
    'r8 a_hidden.py',
    'h16',
    "diplopia and unsteadiness after a chiropractic neck adjustment in a report's clinical details (entry said no)",
    '§4 red flags; FS-3; FS-7',
    wholeCase('h16', findings(), [
      normal('XR_UK', 90),
      img(
        'cta',
        'neck-vessels',
        4,
        `CT ANGIOGRAM NECK
Clinical information: 4 days of double vision and unsteady gait after chiropractic neck manipulation last week. ?VA dissection.
Technique: Arterial-phase CTA, arch to vertex.
Findings:
Both vertebral arteries are patent and of normal calibre. No intimal flap or intramural haematoma. Carotids normal.
Impression:
No CT angiographic evidence of vertebral or carotid artery dissection.`,
      ),
    ]),
    { manip: 'contraindicated', ex: 'contraindicated', urg: 'emergency' },
  ),
  // h17
  r8(
    'r8 a_hidden.py',
    'h17',
    'undisplaced C6 lamina fracture on a post-fall CT (neck injury/fracture answered no)',
    '§5 fracture; neck injury; FS-3',
    wholeCase('h17', findings(), [
      img(
        'msct',
        'cervical-spine',
        9,
        `CT CERVICAL SPINE
Clinical details: Fall from ladder 10 days ago, persisting neck pain.
Findings:
Undisplaced fracture through the right lamina of C6 extending to the inferior facet. Alignment maintained.
No prevertebral soft-tissue swelling. Other levels intact.
Conclusion:
Undisplaced right C6 laminar fracture.`,
      ),
      normal('DUP_UK', 8),
    ]),
    { manip: 'contraindicated', czm: 'contraindicated', bm: 'contraindicated' },
  ),
  // h18
  r8(
    'r8 a_hidden.py',
    'h18',
    'atlantoaxial instability (ADI 6 mm in flexion) in rheumatoid arthritis, X-ray',
    '§5 fracture or ligament instability / laxity',
    wholeCase(
      'h18',
      findings(),
      [
        img(
          'xray',
          'cervical-spine',
          20,
          `XR CERVICAL SPINE WITH FLEXION/EXTENSION VIEWS
Clinical details: Rheumatoid arthritis, neck pain.
Findings:
The atlanto-dental interval measures 6 mm in flexion and 2 mm in extension. Mild erosion of the dens.
Subaxial alignment maintained. Disc space narrowing C5/6.
Conclusion:
Atlantoaxial instability.`,
        ),
        normal('DUP_UK', 20),
      ],
      [],
      [],
      { age: 49 },
    ),
    { manip: 'contraindicated' },
  ),
  // h19
  r8(
    'r8 a_hidden.py',
    'h19',
    'osteoporotic wedge fracture with diffuse osteopenia (MSCT)',
    '§5 major osteopenia / osteoporosis',
    wholeCase(
      'h19',
      findings(),
      [
        img(
          'msct',
          'cervical-spine',
          30,
          `MSCT of the cervical and upper thoracic spine
Diffuse osteopenia; the cortical layer is thinned. Wedge-shaped deformity of the T1 body with 30% loss of anterior height,
without retropulsion. Disc heights moderately reduced at C5-C6.
Conclusion: Osteoporotic compression fracture of T1. Osteochondrosis C5-C6.`,
        ),
        normal('DUP_RU', 30),
      ],
      [],
      [],
      { age: 54 },
    ),
    { manip: 'contraindicated' },
  ),
  // h20
  r8(
    'r8 a_hidden.py',
    'h20',
    'incidental thyroid nodule on a neck duplex (thyroid-disease answered no)',
    '§5 collar-zone: thyroid pathology; FS-3',
    wholeCase('h20', findings(), [
      normal('XR_UK', 50),
      img(
        'doppler',
        'neck-vessels',
        14,
        `CAROTID AND VERTEBRAL DUPLEX
Findings:
Carotid arteries: no plaque, normal velocities. Vertebral arteries: antegrade flow, normal waveforms bilaterally.
Incidental note: a 21 mm heterogeneous solid nodule in the right lobe of the thyroid gland with microcalcification.
Conclusion:
Normal carotid and vertebral duplex. Incidental right thyroid nodule, U4: recommend dedicated thyroid ultrasound and FNA.`,
      ),
    ]),
    { czm: 'not-cleared' },
  ),
  // h21
  r8(
    'r8 a_hidden.py',
    'h21',
    'perineural (Tarlov) cyst at C7-T1 on MRI (spinal cyst)',
    '§5 spinal tumour or cyst',
    wholeCase('h21', findings(), [
      img(
        'mri',
        'cervical-spine',
        25,
        `MRI CERVICAL SPINE
FINDINGS: Normal alignment. Small disc bulges C4-5, C5-6. A 9 mm perineural (Tarlov) cyst in the right C7-T1 neural foramen.
Cord normal.
IMPRESSION: Mild spondylosis. Incidental right C7-T1 perineural cyst.`,
      ),
      normal('DUP_UK', 20),
    ]),
    { czm: 'contraindicated', bm: 'contraindicated' },
  ),
  // h22
  r8(
    'r8 a_hidden.py',
    'h22',
    'left VA hypoplasia with reduced flow (Russian duplex), two triad features entered: level high',
    '§3 high (2 triad + reduced flow)',
    wholeCase(
      'h22',
      findings({
        dizziness: { present: true, onset: d(300) },
        'visual-disturbance': { present: true, onset: d(300) },
        'vertebral-artery-narrowing': null,
      }),
      [
        normal('XR_RU', 60),
        img(
          'doppler',
          'neck-vessels',
          30,
          `Duplex scanning of the brachiocephalic arteries
CCA, ICA, ECA are passable. Right VA: diameter 3.9 mm, LBFV 52 cm/s.
Left VA: diameter 2.1 mm (hypoplasia), LBFV decreased to 17 cm/s, increased peripheral resistance (RI 0.82).
Conclusion: hypoplasia of the left VA with a decrease of blood flow.`,
        ),
      ],
    ),
    { manip: 'contraindicated', czm: 'not-cleared', vas: ['high', 'confirmed'] },
  ),
  // h23
  r8(
    'r8 a_hidden.py',
    'h23',
    'subacute infarct on a head MRI dated 200 days ago: no urgency, stroke onset unknown (treated as recent)',
    '§8 text dates; §5',
    wholeCase('h23', findings(), [
      normal('XR_UK', 40),
      normal('DUP_UK', 35),
      img(
        'mri',
        'head',
        200,
        `MRI BRAIN
FINDINGS: Subacute infarct in the right cerebellar hemisphere. No haemorrhage.
IMPRESSION: Subacute right cerebellar infarct.`,
      ),
    ]),
    { manip: 'contraindicated', czm: 'contraindicated', urg: 'none', atMost: { urg: 'none' } },
  ),
  // h30
  r8(
    'r8 a_hidden.py',
    'h30',
    'new dizziness after the latest cervical-manipulation session (6 days ago)',
    '§8 newSymptoms; §9 triad after manipulation; §6 stop',
    wholeCase(
      'h30',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(18, 'cervical-manipulation', { painBefore: 6, painAfter: 5 }),
        sess(14, 'cervical-manipulation'),
        sess(10, 'cervical-manipulation', { painBefore: 4, painAfter: 3 }),
        sess(6, 'cervical-manipulation', {
          painBefore: 3,
          painAfter: 2,
          newSymptoms: ['dizziness'],
        }),
      ],
    ),
    { manip: 'contraindicated', ex: 'contraindicated', urg: 'emergency', course: ['stop'] },
  ),
];
