/**
 * Reviewer probes, round 8 (part e): whole case files h16b-n05 of the round's harness
 * (a_hidden.py, a_normal.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, normal, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_E: readonly Probe[] = [
  // h16b
  r8(
    'r8 a_hidden.py',
    'h16b',
    'h16 without "?VA dissection": double vision and unsteady gait after chiropractic manipulation only in the clinical information',
    '§4 red flags; FS-3; FS-7 (scope: see judgement)',
    wholeCase('h16b', findings(), [
      normal('XR_UK', 90),
      img(
        'cta',
        'neck-vessels',
        4,
        `CT ANGIOGRAM NECK
Clinical information: 4 days of double vision and unsteady gait after chiropractic neck manipulation last week.
Technique: Arterial-phase CTA, arch to vertex.
Findings:
Both vertebral arteries are patent and of normal calibre. No intimal flap or intramural haematoma. Carotids normal.
Impression:
No CT angiographic evidence of vertebral or carotid artery dissection.`,
      ),
    ]),
    { manip: 'contraindicated', ex: 'contraindicated', urg: 'emergency' },
  ),
  // n01
  r8(
    'r8 a_normal.py',
    'n01',
    'UK X-ray + UK duplex, no sessions',
    'all clear',
    wholeCase('n01', findings(), [normal('XR_UK', 40), normal('DUP_UK', 30)]),
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
  // n01a
  r8(
    'r8 a_normal.py',
    'n01a',
    'n01 with the peg-view line "the lateral masses of C1 align with C2"',
    'all clear (anatomy, not a tumour)',
    wholeCase('n01a', findings(), [normal('XR_UK_LM', 40), normal('DUP_UK', 30)]),
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
  // n01b
  r8(
    'r8 a_normal.py',
    'n01b',
    'one-line peg-view X-ray: The C1 lateral masses are symmetrical about the dens.',
    'all clear (anatomy)',
    wholeCase('n01b', findings(), [
      img(
        'xray',
        'cervical-spine',
        40,
        `XR C-SPINE PEG VIEW
Findings: The C1 lateral masses are symmetrical about the dens. No fracture.
Impression: Normal.`,
      ),
      normal('DUP_UK', 30),
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
  // n01c
  r8(
    'r8 a_normal.py',
    'n01c',
    'one-line peg-view X-ray: The lateral masses of C1 and C2 are aligned.',
    'all clear (anatomy)',
    wholeCase('n01c', findings(), [
      img(
        'xray',
        'cervical-spine',
        40,
        `XR C-SPINE PEG VIEW
Findings: The lateral masses of C1 and C2 are aligned. No fracture.
Impression: Normal.`,
      ),
      normal('DUP_UK', 30),
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
  // n01d
  r8(
    'r8 a_normal.py',
    'n01d',
    'one-line peg-view X-ray: Normal relationship of the lateral mass of C1 to C2.',
    'all clear (anatomy)',
    wholeCase('n01d', findings(), [
      img(
        'xray',
        'cervical-spine',
        40,
        `XR C-SPINE PEG VIEW
Findings: Normal relationship of the lateral mass of C1 to C2. No fracture.
Impression: Normal.`,
      ),
      normal('DUP_UK', 30),
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
  // n01e
  r8(
    'r8 a_normal.py',
    'n01e',
    'one-line peg-view X-ray: Lateral masses: normal.',
    'all clear (anatomy)',
    wholeCase('n01e', findings(), [
      img(
        'xray',
        'cervical-spine',
        40,
        `XR C-SPINE PEG VIEW
Findings: Lateral masses: normal. No fracture.
Impression: Normal.`,
      ),
      normal('DUP_UK', 30),
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
  // n02
  r8(
    'r8 a_normal.py',
    'n02',
    'US MRI + UK duplex, collar-zone course of 5 falling sessions',
    'all clear',
    wholeCase(
      'n02',
      findings(),
      [normal('MRI_US', 60), normal('DUP_UK', 45)],
      [
        sess(16, 'collar-zone-massage', { painBefore: 7, painAfter: 6 }),
        sess(13, 'collar-zone-massage', { painBefore: 6, painAfter: 5 }),
        sess(10, 'collar-zone-massage'),
        sess(7, 'collar-zone-massage', { painBefore: 4, painAfter: 3 }),
        sess(4, 'collar-zone-massage', { painBefore: 4, painAfter: 3 }),
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
  // n03
  r8(
    'r8 a_normal.py',
    'n03',
    'Russian MSCT + duplex, back-massage course 1 of 10 and course 2 started',
    'all clear',
    wholeCase(
      'n03',
      findings(),
      [normal('MSCT_RU', 120), normal('DUP_RU', 110)],
      [
        sess(80, 'back-massage', { painBefore: 7, painAfter: 6 }),
        sess(77, 'back-massage', { painBefore: 6, painAfter: 5 }),
        sess(74, 'back-massage'),
        sess(71, 'back-massage', { painBefore: 4, painAfter: 3 }),
        sess(68, 'back-massage', { painBefore: 4, painAfter: 3 }),
        sess(65, 'back-massage', { painBefore: 3, painAfter: 2 }),
        sess(62, 'back-massage', { painBefore: 3, painAfter: 2 }),
        sess(59, 'back-massage', { painBefore: 2, painAfter: 1 }),
        sess(56, 'back-massage', { painBefore: 2, painAfter: 1 }),
        sess(53, 'back-massage', { painBefore: 2, painAfter: 1 }),
        sess(12, 'back-massage', { course: 2, painBefore: 7, painAfter: 6 }),
        sess(8, 'back-massage', { course: 2, painBefore: 6, painAfter: 5 }),
        sess(4, 'back-massage', { course: 2 }),
      ],
      [],
      { age: 47 },
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
  // n04
  r8(
    'r8 a_normal.py',
    'n04',
    'Russian X-ray + duplex + US head MRI; paracetamol 3 days',
    'all clear',
    wholeCase(
      'n04',
      findings(),
      [normal('XR_RU', 90), normal('DUP_RU', 80), normal('MRI_HEAD_US', 70)],
      [
        sess(20, 'therapeutic-exercise', { painBefore: 7, painAfter: 6 }),
        sess(17, 'therapeutic-exercise', { painBefore: 6, painAfter: 5 }),
        sess(14, 'therapeutic-exercise'),
        sess(11, 'therapeutic-exercise', { painBefore: 4, painAfter: 3 }),
        sess(8, 'therapeutic-exercise', { painBefore: 4, painAfter: 3 }),
        sess(5, 'therapeutic-exercise', { painBefore: 3, painAfter: 2 }),
      ],
      [{ name: 'Paracetamol 500 mg', form: 'tablet', start: d(18), end: d(16) }],
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
  // n05
  r8(
    'r8 a_normal.py',
    'n05',
    'UK MRA + X-ray, 4 manipulation sessions without symptoms',
    'all clear',
    wholeCase(
      'n05',
      findings(),
      [normal('XR_UK', 50), normal('MRA_UK', 45)],
      [
        sess(20, 'cervical-manipulation', { painBefore: 7, painAfter: 6 }),
        sess(15, 'cervical-manipulation', { painBefore: 6, painAfter: 5 }),
        sess(10, 'cervical-manipulation'),
        sess(5, 'cervical-manipulation', { painBefore: 4, painAfter: 3 }),
      ],
      [],
      { age: 38, sex: 'male' },
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
];
