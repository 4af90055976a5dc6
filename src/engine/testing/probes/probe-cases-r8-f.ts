/**
 * Reviewer probes, round 8 (part f): whole case files n06-n14 of the round's harness
 * (a_normal.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { findings, img, normal, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_F: readonly Probe[] = [
  // n06
  r8(
    'r8 a_normal.py',
    'n06',
    'US CTA listing negatives (no dissection, occlusion or stenosis) + US MRI',
    'all clear',
    wholeCase('n06', findings(), [
      normal('MRI_US', 40),
      img(
        'cta',
        'neck-vessels',
        30,
        `CTA NECK
INDICATION: Neck pain prior to chiropractic care.
TECHNIQUE: Helical CT angiography from the aortic arch through the circle of Willis after IV contrast.
FINDINGS:
Aortic arch: Normal three-vessel branching.
Carotids: No stenosis, occlusion or dissection. No plaque.
Vertebrals: Codominant. No stenosis, occlusion, dissection or aneurysm. Normal opacification through V4.
Basilar artery: Patent and normal in caliber.
Soft tissues: Unremarkable. Thyroid gland unremarkable.
IMPRESSION:
Normal CTA of the neck.`,
      ),
    ]),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noWarnings: true,
      noConflicts: true,
    },
  ),
  // n07
  r8(
    'r8 a_normal.py',
    'n07',
    'Russian duplex with C-shaped tortuosity of the VA in V1 "without haemodynamic significance"',
    'all clear (tortuosity is not narrowing)',
    wholeCase(
      'n07',
      findings(),
      [
        normal('XR_RU', 60),
        img(
          'doppler',
          'neck-vessels',
          50,
          `Duplex scanning of the brachiocephalic arteries
CCA, ICA, ECA on both sides are passable, IMT 0.6 mm, the intima-media complex is differentiated.
Vertebral arteries: diameter right 3.5 mm, left 3.7 mm. Non-straight course of the right VA in the V1 segment
(C-shaped tortuosity) without local haemodynamic disturbances. Entry into the canal at the C6 level on both sides.
LBFV right 40 cm/s, left 43 cm/s, flow antegrade, spectrum of normal shape.
Conclusion: non-straight course of the right VA in V1 without haemodynamic significance.`,
        ),
      ],
      [
        sess(15, 'collar-zone-massage', { painBefore: 7, painAfter: 6 }),
        sess(12, 'collar-zone-massage', { painBefore: 6, painAfter: 5 }),
        sess(9, 'collar-zone-massage'),
        sess(6, 'collar-zone-massage', { painBefore: 4, painAfter: 3 }),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['expected'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noWarnings: true,
      noConflicts: true,
    },
  ),
  // n08
  r8(
    'r8 a_normal.py',
    'n08',
    'UK X-ray mentioning an old healed clavicle fracture',
    'all clear (another bone)',
    wholeCase(
      'n08',
      findings(),
      [
        img(
          'xray',
          'cervical-spine',
          40,
          `XR CERVICAL SPINE
Clinical details: Neck stiffness. No recent trauma.
Findings:
Normal alignment and vertebral body heights. Mild C6/7 disc space narrowing.
Incidental old healed fracture of the right clavicle with mild deformity.
Impression:
Mild C6/7 degenerative change only.`,
        ),
        normal('DUP_UK', 30),
      ],
      [],
      [],
      { age: 44, sex: 'male' },
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noWarnings: true,
      noConflicts: true,
    },
  ),
  // n09
  r8(
    'r8 a_normal.py',
    'n09',
    'US head MRI + MRA listing negatives (no acute infarct, no dissection)',
    'all clear',
    wholeCase('n09', findings(), [
      normal('XR_UK', 70),
      img(
        'mri',
        'head',
        20,
        `MRI/MRA BRAIN AND NECK
INDICATION: Pre-treatment baseline.
FINDINGS:
Brain: No acute infarct. No hemorrhage. No mass. Normal ventricles. Normal posterior fossa.
MRA: Normal intracranial and cervical vasculature. No evidence of vertebral artery dissection or stenosis.
The vertebrobasilar system is patent.
IMPRESSION: No acute intracranial abnormality. Normal MRA.`,
      ),
    ]),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noWarnings: true,
      noConflicts: true,
    },
  ),
  // n10
  r8(
    'r8 a_normal.py',
    'n10',
    'Russian duplex with normal rotation tests',
    'all clear',
    wholeCase(
      'n10',
      findings(),
      [
        normal('MSCT_RU', 60),
        img(
          'doppler',
          'neck-vessels',
          40,
          `Duplex scanning of the vertebral arteries with functional tests
Right VA: diameter 3.6 mm, LBFV 44 cm/s. Left VA: diameter 3.5 mm, LBFV 41 cm/s. Flow antegrade, symmetric.
Functional tests with rotation of the head to the right and to the left: changes of LBFV within normal limits.
Conclusion: no data for extravasal compression of the vertebral arteries.`,
        ),
      ],
      [
        sess(20, 'back-massage', { painBefore: 7, painAfter: 6 }),
        sess(17, 'back-massage', { painBefore: 6, painAfter: 5 }),
        sess(14, 'back-massage'),
        sess(11, 'back-massage', { painBefore: 4, painAfter: 3 }),
        sess(8, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['expected'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noWarnings: true,
      noConflicts: true,
    },
  ),
  // n11
  r8(
    'r8 a_normal.py',
    'n11',
    'two sessions on the same day (collar-zone massage + exercise), all normal',
    'all clear',
    wholeCase(
      'n11',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(10, 'collar-zone-massage'),
        sess(10, 'therapeutic-exercise', { painBefore: 4, painAfter: 3 }),
        sess(6, 'collar-zone-massage', { painBefore: 4, painAfter: 3 }),
        sess(6, 'therapeutic-exercise', { painBefore: 3, painAfter: 3 }),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['expected'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noWarnings: true,
      noConflicts: true,
    },
  ),
  // n12
  r8(
    'r8 a_normal.py',
    'n12',
    'head MRI with family history of stroke in the clinical details',
    "all clear (someone else's stroke)",
    wholeCase('n12', findings(), [
      normal('XR_UK', 40),
      img(
        'mri',
        'head',
        30,
        `MRI HEAD
Clinical details: Occasional tinnitus. Father had a stroke aged 70.
Technique: Axial T2, FLAIR, DWI, SWI.
Findings:
Normal appearances of the brain. No infarct, haemorrhage or mass. Normal posterior fossa.
Conclusion:
Normal MRI head.`,
      ),
    ]),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noWarnings: true,
      noConflicts: true,
    },
  ),
  // n13
  r8(
    'r8 a_normal.py',
    'n13',
    'headache rated 3 at the first session of a course only, then 2, 1 (clinician: headache no)',
    '§8: first-session ratings change no finding',
    wholeCase(
      'n13',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(12, 'back-massage', { headache: 3 }),
        sess(9, 'back-massage', { painBefore: 4, painAfter: 3, headache: 2 }),
        sess(6, 'back-massage', { painBefore: 3, painAfter: 2, headache: 1 }),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['expected'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noWarnings: true,
      noConflicts: true,
    },
  ),
  // n14
  r8(
    'r8 a_normal.py',
    'n14',
    'US X-ray with facet arthropathy and "no uncovertebral joint hypertrophy"',
    'all clear (entry says no)',
    wholeCase('n14', findings(), [
      img(
        'xray',
        'cervical-spine',
        40,
        `XR CERVICAL SPINE 3 VIEWS
HISTORY: Neck pain.
FINDINGS: Normal alignment. Vertebral body heights maintained. Mild facet arthropathy at C3-4 and C4-5.
No uncovertebral joint hypertrophy. Prevertebral soft tissues normal. No fracture.
IMPRESSION: Mild facet arthropathy. No acute abnormality.`,
      ),
      normal('DUP_UK', 35),
    ]),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noWarnings: true,
      noConflicts: true,
    },
  ),
];
