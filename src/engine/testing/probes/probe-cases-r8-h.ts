/**
 * Reviewer probes, round 8 (part h): whole case files m09-b07 of the round's harness
 * (a_normal.py, b_logic.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, normal, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_H: readonly Probe[] = [
  // m09
  r8(
    'r8 a_normal.py',
    'm09',
    'new-unusual-headache unknown, no neck treatment on record',
    'FS-2 / §5 table',
    wholeCase('m09', findings({ 'new-unusual-headache': null }), [
      normal('XR_UK', 40),
      normal('DUP_UK', 35),
    ]),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'none',
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'none',
      },
      noConflicts: true,
    },
  ),
  // m10
  r8(
    'r8 a_normal.py',
    'm10',
    'no cervical-spine X-ray/MRI/MSCT on file (only a duplex)',
    'FS-2 / §5 table',
    wholeCase('m10', findings(), [normal('DUP_UK', 35)]),
    {
      manip: 'not-cleared',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      atMost: { manip: 'not-cleared', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      rules: { manip: ['MANIP-NO-CERVICAL-IMAGING'] },
      noConflicts: true,
    },
  ),
  // m11
  r8(
    'r8 a_normal.py',
    'm11',
    'infection unknown (manipulation lists it only as a precaution)',
    'FS-2 / §5 table',
    wholeCase('m11', findings({ infection: null }), [normal('XR_UK', 40), normal('DUP_UK', 35)]),
    {
      manip: 'clear',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'none',
      atMost: { manip: 'clear', czm: 'not-cleared', bm: 'not-cleared', ex: 'clear', urg: 'none' },
      noConflicts: true,
    },
  ),
  // n20
  r8(
    'r8 a_normal.py',
    'n20',
    'US head MRI: "No acute infarct. No intracranial hemorrhage or hemorrhagic transformation."',
    'all clear',
    wholeCase('n20', findings(), [
      normal('XR_UK', 40),
      img(
        'mri',
        'head',
        30,
        `MRI BRAIN WITHOUT CONTRAST
INDICATION: Baseline before manual therapy.
FINDINGS: No acute infarct. No intracranial hemorrhage or hemorrhagic transformation. Normal ventricles. Normal posterior fossa.
IMPRESSION: Normal MRI of the brain.`,
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
  // b01
  r8(
    'r8 b_logic.py',
    'b01',
    'diplopia onset exactly 14 days ago',
    '§4 onset in the last 14 days -> emergency',
    wholeCase(
      'b01',
      findings({
        diplopia: { present: true, onset: d(14) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
      course: ['none'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
  ),
  // b02
  r8(
    'r8 b_logic.py',
    'b02',
    'diplopia onset 15 days ago, no neck event',
    '§4 long-standing -> urgent',
    wholeCase(
      'b02',
      findings({
        diplopia: { present: true, onset: d(15) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'urgent',
      course: ['none'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'urgent',
      },
    },
  ),
  // b03
  r8(
    'r8 b_logic.py',
    'b03',
    'diplopia onset on the assessment date',
    '§4 emergency',
    wholeCase(
      'b03',
      findings({
        diplopia: { present: true, onset: d(0) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
      course: ['none'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
  ),
  // b04
  r8(
    'r8 b_logic.py',
    'b04',
    'diplopia onset 15 days ago + recent-neck-massage (undated)',
    '§9 red flag together with recent-neck-massage -> emergency',
    wholeCase(
      'b04',
      findings({
        diplopia: { present: true, onset: d(15) },
        'recent-neck-massage': true,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
      course: ['none'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
  ),
  // b05
  r8(
    'r8 b_logic.py',
    'b05',
    'diplopia present, onset not recorded',
    '§5 red-flag list: onset unknown -> emergency',
    wholeCase(
      'b05',
      findings({ diplopia: true, sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
      course: ['none'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
  ),
  // b06
  r8(
    'r8 b_logic.py',
    'b06',
    'diplopia onset 15 days ago, logged manipulation 20 days ago, recent-cervical-manipulation no',
    '§9 logged sessions do not join the red-flag rule -> urgent',
    wholeCase(
      'b06',
      findings({
        diplopia: { present: true, onset: d(15) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(20, 'cervical-manipulation')],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'urgent',
      course: ['expected'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'urgent',
      },
    },
  ),
  // b07
  r8(
    'r8 b_logic.py',
    'b07',
    'ataxia onset 30 days ago + recent-cervical-manipulation (undated)',
    '§5 red flag with recent manipulation -> emergency',
    wholeCase(
      'b07',
      findings({
        ataxia: { present: true, onset: d(30) },
        'recent-cervical-manipulation': true,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
      course: ['none'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
  ),
];
