/**
 * Reviewer probes, round 8 (part g): whole case files n15-m08 of the round's harness
 * (a_normal.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, normal, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_G: readonly Probe[] = [
  // n15
  r8(
    'r8 a_normal.py',
    'n15',
    'omeprazole marked non-analgesic for 60 days, paracetamol exactly 4 days',
    '§6: 4 days is not more than 4',
    wholeCase(
      'n15',
      findings(),
      [normal('MRI_US', 40), normal('DUP_UK', 35)],
      [
        sess(12, 'back-massage', { painBefore: 7, painAfter: 6 }),
        sess(8, 'back-massage', { painBefore: 6, painAfter: 5 }),
        sess(4, 'back-massage'),
      ],
      [
        { name: 'Omeprazole 20 mg', form: 'capsule', start: d(60), analgesic: false },
        { name: 'Paracetamol 1 g', form: 'tablet', start: d(10), end: d(7) },
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
  // n16
  r8(
    'r8 a_normal.py',
    'n16',
    'Russian MSCT + UK MRA, exercise course 8 sessions with falling pain',
    'all clear',
    wholeCase(
      'n16',
      findings(),
      [normal('MSCT_RU', 80), normal('MRA_UK', 70)],
      [
        sess(30, 'therapeutic-exercise', { painBefore: 7, painAfter: 6 }),
        sess(27, 'therapeutic-exercise', { painBefore: 6, painAfter: 5 }),
        sess(24, 'therapeutic-exercise'),
        sess(21, 'therapeutic-exercise', { painBefore: 4, painAfter: 3 }),
        sess(18, 'therapeutic-exercise', { painBefore: 4, painAfter: 3 }),
        sess(15, 'therapeutic-exercise', { painBefore: 3, painAfter: 2 }),
        sess(12, 'therapeutic-exercise', { painBefore: 3, painAfter: 2 }),
        sess(9, 'therapeutic-exercise', { painBefore: 2, painAfter: 1 }),
      ],
      [],
      { age: 29 },
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
  // n17
  r8(
    'r8 a_normal.py',
    'n17',
    'patient exactly 55 on the assessment date',
    '§5: > 55 is the precaution',
    wholeCase('n17', findings(), [normal('XR_UK', 40), normal('DUP_UK', 35)], [], [], { age: 55 }),
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
  // n18
  r8(
    'r8 a_normal.py',
    'n18',
    'patient exactly 18',
    '§5: < 18 is the precaution',
    wholeCase('n18', findings(), [normal('XR_UK', 40), normal('DUP_UK', 35)], [], [], { age: 18 }),
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
  // n19
  r8(
    'r8 a_normal.py',
    'n19',
    'US MRI with muscle spasm / straightening and a Schmorl node',
    'all clear',
    wholeCase(
      'n19',
      findings(),
      [
        img(
          'mri',
          'cervical-spine',
          30,
          `MRI CERVICAL SPINE
HISTORY: Neck pain after prolonged computer work.
FINDINGS: Straightening of the cervical lordosis, which may reflect muscle spasm. Small Schmorl node at the C6 superior endplate.
Discs are well hydrated. No disc herniation. Cord and nerve roots are normal. Vertebral artery flow voids are normal.
IMPRESSION: Straightening of the cervical lordosis. Otherwise normal.`,
        ),
        normal('DUP_UK', 30),
      ],
      [],
      [],
      { age: 31 },
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
  // m01
  r8(
    'r8 a_normal.py',
    'm01',
    'thyroid-disease unknown',
    'FS-2 / §5 table',
    wholeCase('m01', findings({ 'thyroid-disease': null }), [
      normal('XR_UK', 40),
      normal('DUP_UK', 35),
    ]),
    {
      manip: 'clear',
      czm: 'not-cleared',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      atMost: { manip: 'clear', czm: 'not-cleared', bm: 'clear', ex: 'clear', urg: 'none' },
      missing: { czm: ['thyroid-disease'] },
      noConflicts: true,
    },
  ),
  // m02
  r8(
    'r8 a_normal.py',
    'm02',
    'back-injury unknown',
    'FS-2 / §5 table',
    wholeCase('m02', findings({ 'back-injury': null }), [
      normal('XR_UK', 40),
      normal('DUP_UK', 35),
    ]),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'none',
      atMost: { manip: 'clear', czm: 'clear', bm: 'not-cleared', ex: 'clear', urg: 'none' },
      missing: { bm: ['back-injury'] },
      noConflicts: true,
    },
  ),
  // m03
  r8(
    'r8 a_normal.py',
    'm03',
    'uncovertebral-arthrosis unknown, only a negated reading in the X-ray (FS-7)',
    'FS-2 / §5 table',
    wholeCase('m03', findings({ 'uncovertebral-arthrosis': null }), [
      img(
        'xray',
        'cervical-spine',
        40,
        `Lordosis preserved. No fracture. No uncovertebral arthrosis.`,
      ),
      normal('DUP_UK', 35),
    ]),
    {
      manip: 'not-cleared',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      atMost: { manip: 'not-cleared', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      missing: { manip: ['uncovertebral-arthrosis'] },
      noConflicts: true,
    },
  ),
  // m04
  r8(
    'r8 a_normal.py',
    'm04',
    'dizziness unknown (triad field): indeterminate; manipulation held; collar-zone not (cannot reach high)',
    'FS-2 / §5 table',
    wholeCase('m04', findings({ dizziness: null }), [normal('XR_UK', 40), normal('DUP_UK', 35)]),
    {
      manip: 'not-cleared',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      vas: ['indeterminate'],
      atMost: { manip: 'not-cleared', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noConflicts: true,
    },
  ),
  // m05
  r8(
    'r8 a_normal.py',
    'm05',
    'diplopia unknown (emergency red flag)',
    'FS-2 / §5 table',
    wholeCase('m05', findings({ diplopia: null }), [normal('XR_UK', 40), normal('DUP_UK', 35)]),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'not-cleared',
      urg: 'none',
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'not-cleared',
        urg: 'none',
      },
      noConflicts: true,
    },
  ),
  // m06
  r8(
    'r8 a_normal.py',
    'm06',
    'chronic-disease-exacerbation unknown',
    'FS-2 / §5 table',
    wholeCase('m06', findings({ 'chronic-disease-exacerbation': null }), [
      normal('XR_UK', 40),
      normal('DUP_UK', 35),
    ]),
    {
      manip: 'clear',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'not-cleared',
      urg: 'none',
      atMost: {
        manip: 'clear',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'not-cleared',
        urg: 'none',
      },
      noConflicts: true,
    },
  ),
  // m07
  r8(
    'r8 a_normal.py',
    'm07',
    'rotation test negative (FS-4: counts as not done, never holds)',
    'FS-2 / §5 table',
    wholeCase('m07', findings({ 'dizziness-on-head-rotation': false }), [
      normal('XR_UK', 40),
      normal('DUP_UK', 35),
    ]),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noConflicts: true,
    },
  ),
  // m08
  r8(
    'r8 a_normal.py',
    'm08',
    'hypertension, smoking, migraine unknown (precautions do not block)',
    'FS-2 / §5 table',
    wholeCase('m08', findings({ hypertension: null }), [normal('XR_UK', 40), normal('DUP_UK', 35)]),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      noConflicts: true,
    },
  ),
];
