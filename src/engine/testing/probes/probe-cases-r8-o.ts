/**
 * Reviewer probes, round 8 (part o): whole case files b101-b114 of the round's harness
 * (b_logic.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { findings, img, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_O: readonly Probe[] = [
  // b101
  r8(
    'r8 b_logic.py',
    'b101',
    'exact duplicate of the 4th back-massage session (pains 5,4,4,4 + dup)',
    '§6 counted once (no 5th session) + warning',
    wholeCase(
      'b101',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(20, 'back-massage', { painAfter: 5 }),
        sess(17, 'back-massage'),
        sess(14, 'back-massage'),
        sess(11, 'back-massage'),
        sess(11, 'back-massage'),
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
      warning: 'duplicate-session',
    },
  ),
  // b102
  r8(
    'r8 b_logic.py',
    'b102',
    'five distinct back-massage sessions, pains 5,4,4,4,4',
    '§6 not falling from the 5th',
    wholeCase(
      'b102',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(20, 'back-massage', { painAfter: 5 }),
        sess(17, 'back-massage'),
        sess(14, 'back-massage'),
        sess(11, 'back-massage'),
        sess(8, 'back-massage'),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['concerning'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b103
  r8(
    'r8 b_logic.py',
    'b103',
    'pain 3 -> 5 between the 2nd and 3rd session',
    '§6 rising by 2 after the 2nd',
    wholeCase(
      'b103',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(12, 'back-massage', { painAfter: 5 }),
        sess(9, 'back-massage', { painAfter: 3 }),
        sess(6, 'back-massage', { painAfter: 5 }),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['concerning'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b104
  r8(
    'r8 b_logic.py',
    'b104',
    'pain 5 -> 7 between the 1st and 2nd session only',
    '§6 not judged before the 3rd',
    wholeCase(
      'b104',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(12, 'back-massage', { painAfter: 5 }),
        sess(9, 'back-massage', { painAfter: 7 }),
        sess(6, 'back-massage', { painAfter: 6 }),
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
    },
  ),
  // b105
  r8(
    'r8 b_logic.py',
    'b105',
    'painAfter missing, painBefore 3 -> 5',
    '§6 pain = painAfter else painBefore',
    wholeCase(
      'b105',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(12, 'back-massage', { painBefore: 4, painAfter: null }),
        sess(9, 'back-massage', { painBefore: 3, painAfter: null }),
        sess(6, 'back-massage', { painAfter: null }),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['concerning'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b106
  r8(
    'r8 b_logic.py',
    'b106',
    'painHours exactly 48',
    '§6 more than 48 h: not a stop',
    wholeCase(
      'b106',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(9, 'back-massage'), sess(6, 'back-massage', { painHours: 48 })],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['expected'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b107
  r8(
    'r8 b_logic.py',
    'b107',
    'rednessHours exactly 24',
    '§6 not gone within 24 h: 24 is not a stop',
    wholeCase(
      'b107',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(9, 'back-massage'), sess(6, 'back-massage', { rednessHours: 24 })],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['expected'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b110
  r8(
    'r8 b_logic.py',
    'b110',
    'collar-zone course 4',
    '§6 not more than 4',
    wholeCase(
      'b110',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(10, 'collar-zone-massage', { course: 4 }),
        sess(6, 'collar-zone-massage', { course: 4 }),
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
    },
  ),
  // b111
  r8(
    'r8 b_logic.py',
    'b111',
    'collar-zone course 5',
    '§6 concerning',
    wholeCase(
      'b111',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(10, 'collar-zone-massage', { course: 5 }),
        sess(6, 'collar-zone-massage', { course: 5 }),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['concerning'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b112
  r8(
    'r8 b_logic.py',
    'b112',
    'courses 1-4 of collar-zone and 1-4 of back massage',
    '§8 judged per modality: not concerning',
    wholeCase(
      'b112',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(300, 'collar-zone-massage'),
        sess(280, 'collar-zone-massage', { course: 2 }),
        sess(260, 'collar-zone-massage', { course: 3 }),
        sess(240, 'collar-zone-massage', { course: 4 }),
        sess(290, 'back-massage'),
        sess(270, 'back-massage', { course: 2 }),
        sess(250, 'back-massage', { course: 3 }),
        sess(230, 'back-massage', { course: 4 }),
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
    },
  ),
  // b113
  r8(
    'r8 b_logic.py',
    'b113',
    'stop flag in collar-zone course 1, course 2 started clean',
    '§5 hold lifted; §8 status from the latest course',
    wholeCase(
      'b113',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(60, 'collar-zone-massage'),
        sess(56, 'collar-zone-massage', { painHours: 72 }),
        sess(10, 'collar-zone-massage', { course: 2 }),
        sess(6, 'collar-zone-massage', { course: 2 }),
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
    },
  ),
  // b114
  r8(
    'r8 b_logic.py',
    'b114',
    'stop flag in the latest collar-zone course, back massage fine',
    '§5 hold only the stopped modality',
    wholeCase(
      'b114',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(10, 'collar-zone-massage'),
        sess(6, 'collar-zone-massage', { swelling: true }),
        sess(9, 'back-massage'),
        sess(5, 'back-massage'),
      ],
    ),
    {
      manip: 'clear',
      czm: 'not-cleared',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['stop'],
      atMost: { manip: 'clear', czm: 'not-cleared', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
];
