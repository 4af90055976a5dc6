/**
 * Reviewer probes, round 8 (part n): whole case files b90-b100 of the round's harness
 * (b_logic.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { findings, img, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_N: readonly Probe[] = [
  // b90
  r8(
    'r8 b_logic.py',
    'b90',
    'newSymptoms neck-pain after exercise',
    '§8 concerning, no hold',
    wholeCase(
      'b90',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(10, 'therapeutic-exercise'),
        sess(6, 'therapeutic-exercise', { newSymptoms: ['neck-pain'] }),
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
  // b91
  r8(
    'r8 b_logic.py',
    'b91',
    'newSymptoms neck-pain + nausea after exercise',
    '§8 stop; hold exercise',
    wholeCase(
      'b91',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(10, 'therapeutic-exercise'),
        sess(6, 'therapeutic-exercise', { newSymptoms: ['neck-pain', 'nausea'] }),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'not-cleared',
      urg: 'none',
      course: ['stop'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'not-cleared', urg: 'none' },
    },
  ),
  // b92
  r8(
    'r8 b_logic.py',
    'b92',
    'dizziness ratings 1,1,3 (exercise)',
    '§8 rising by exactly 2 above a high of 1 -> concerning + urgent',
    wholeCase(
      'b92',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(14, 'therapeutic-exercise', { dizziness: 1 }),
        sess(10, 'therapeutic-exercise', { dizziness: 1 }),
        sess(6, 'therapeutic-exercise', { dizziness: 3 }),
      ],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'urgent',
      course: ['concerning'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'urgent',
      },
    },
  ),
  // b93
  r8(
    'r8 b_logic.py',
    'b93',
    'dizziness ratings 2,2,4 (exercise)',
    '§8 rising 2 -> concerning + urgent',
    wholeCase(
      'b93',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(14, 'therapeutic-exercise', { dizziness: 2 }),
        sess(10, 'therapeutic-exercise', { dizziness: 2 }),
        sess(6, 'therapeutic-exercise', { dizziness: 4 }),
      ],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'urgent',
      course: ['concerning'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'urgent',
      },
    },
  ),
  // b94
  r8(
    'r8 b_logic.py',
    'b94',
    'dizziness ratings 1,1,2 (exercise)',
    '§8 rise of 1: nothing',
    wholeCase(
      'b94',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(14, 'therapeutic-exercise', { dizziness: 1 }),
        sess(10, 'therapeutic-exercise', { dizziness: 1 }),
        sess(6, 'therapeutic-exercise', { dizziness: 2 }),
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
  // b95
  r8(
    'r8 b_logic.py',
    'b95',
    'headache ratings 0,0,2 (exercise)',
    '§8 new -> stop; headache present; exercise held',
    wholeCase(
      'b95',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(14, 'therapeutic-exercise'),
        sess(10, 'therapeutic-exercise'),
        sess(6, 'therapeutic-exercise', { headache: 2 }),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'not-cleared',
      urg: 'none',
      course: ['stop'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'not-cleared', urg: 'none' },
    },
  ),
  // b96
  r8(
    'r8 b_logic.py',
    'b96',
    'headache ratings 0,0,1 (exercise)',
    '§8 below 2: nothing',
    wholeCase(
      'b96',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(14, 'therapeutic-exercise'),
        sess(10, 'therapeutic-exercise'),
        sess(6, 'therapeutic-exercise', { headache: 1 }),
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
  // b97
  r8(
    'r8 b_logic.py',
    'b97',
    'headache rating 4 at the first session, then 0, 0',
    '§8 first-session ratings change nothing',
    wholeCase(
      'b97',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(14, 'therapeutic-exercise', { headache: 4 }),
        sess(10, 'therapeutic-exercise'),
        sess(6, 'therapeutic-exercise'),
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
  // b98
  r8(
    'r8 b_logic.py',
    'b98',
    'dizziness ratings missing, missing, 2',
    '§8 missing = 0 -> new -> stop',
    wholeCase(
      'b98',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(14, 'therapeutic-exercise', { dizziness: null }),
        sess(10, 'therapeutic-exercise', { dizziness: null }),
        sess(6, 'therapeutic-exercise', { dizziness: 2 }),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'not-cleared',
      urg: 'none',
      course: ['stop'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'not-cleared', urg: 'none' },
    },
  ),
  // b99
  r8(
    'r8 b_logic.py',
    'b99',
    'two exercise sessions on the same day, the second with dizziness 2',
    '§8 new at position 2 -> stop',
    wholeCase(
      'b99',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(6, 'therapeutic-exercise'),
        sess(6, 'therapeutic-exercise', { painAfter: 3, dizziness: 2 }),
      ],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'not-cleared',
      urg: 'none',
      course: ['stop'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'not-cleared', urg: 'none' },
    },
  ),
  // b100
  r8(
    'r8 b_logic.py',
    'b100',
    'triad-progressive entered false, headache 1,1,3',
    '§8 rating beats an entered false -> urgent',
    wholeCase(
      'b100',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(14, 'therapeutic-exercise', { headache: 1 }),
        sess(10, 'therapeutic-exercise', { headache: 1 }),
        sess(6, 'therapeutic-exercise', { headache: 3 }),
      ],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'urgent',
      course: ['concerning'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'urgent',
      },
    },
  ),
];
