/**
 * Reviewer probes, round 8 (part k): whole case files b44-b60 of the round's harness
 * (b_logic.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_K: readonly Probe[] = [
  // b44
  r8(
    'r8 b_logic.py',
    'b44',
    'confirmed-vas',
    '§3 confirmed; §5 M/CZM contraindicated; BM, EX not listed',
    wholeCase(
      'b44',
      findings({ 'confirmed-vas': true, sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      vas: ['confirmed'],
      course: ['none'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'clear',
        ex: 'clear',
        urg: 'none',
      },
    },
  ),
  // b45
  r8(
    'r8 b_logic.py',
    'b45',
    'headache false but occipital-headache true',
    'FS-6: headache counts present, inconsistency listed',
    wholeCase(
      'b45',
      findings({
        'occipital-headache': { present: true, onset: d(300) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      vas: ['low'],
      course: ['none'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
      conflictText: /headache/i,
    },
  ),
  // b46
  r8(
    'r8 b_logic.py',
    'b46',
    'vertebral-artery-narrowing alone',
    '§5 manipulation precaution',
    wholeCase(
      'b46',
      findings({
        'vertebral-artery-narrowing': true,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'caution',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'caution', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b50
  r8(
    'r8 b_logic.py',
    'b50',
    'rotation test positive + dynamic vascular assessment normal',
    '§9 M contraindicated; CZM lifted',
    wholeCase(
      'b50',
      findings({
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
        'dizziness-on-head-rotation': true,
        'dynamic-vascular-assessment-normal': true,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'contraindicated', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b51
  r8(
    'r8 b_logic.py',
    'b51',
    'rotation test positive, dynamic assessment absent',
    '§9 M contraindicated, CZM not-cleared',
    wholeCase(
      'b51',
      findings({
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
        'dizziness-on-head-rotation': true,
        'dynamic-vascular-assessment-normal': false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'not-cleared',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: {
        manip: 'contraindicated',
        czm: 'not-cleared',
        bm: 'clear',
        ex: 'clear',
        urg: 'none',
      },
    },
  ),
  // b52
  r8(
    'r8 b_logic.py',
    'b52',
    'rotation test unknown',
    'FS-4/§8 never holds',
    wholeCase('b52', findings({ sweating: false, tachycardia: false, arrhythmia: false }), [
      img('xray', 'cervical-spine', 30, `Normal.`),
    ]),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b55
  r8(
    'r8 b_logic.py',
    'b55',
    'multiple sclerosis present',
    '§5 CZM caution + FS-6 conflict in conflicts (§8)',
    wholeCase(
      'b55',
      findings({
        'multiple-sclerosis': true,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'clear',
      czm: 'caution',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'clear', czm: 'caution', bm: 'clear', ex: 'clear', urg: 'none' },
      conflictText: /sclerosis/i,
    },
  ),
  // b56
  r8(
    'r8 b_logic.py',
    'b56',
    'malignancy-history present, malignancy no',
    '§5 caution M/CZM + conflict',
    wholeCase(
      'b56',
      findings({
        'malignancy-history': true,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'caution',
      czm: 'caution',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'caution', czm: 'caution', bm: 'clear', ex: 'clear', urg: 'none' },
      conflictText: /cancer|malignan/i,
    },
  ),
  // b57
  r8(
    'r8 b_logic.py',
    'b57',
    'malignancy and malignancy-history both present',
    '§5 contraindicated + conflict',
    wholeCase(
      'b57',
      findings({
        malignancy: true,
        'malignancy-history': true,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'clear',
        ex: 'clear',
        urg: 'none',
      },
      conflictText: /cancer|malignan/i,
    },
  ),
  // b58
  r8(
    'r8 b_logic.py',
    'b58',
    'malignancy unknown, history present',
    'FS-2 not-cleared',
    wholeCase(
      'b58',
      findings({
        malignancy: null,
        'malignancy-history': true,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'not-cleared', czm: 'not-cleared', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b60
  r8(
    'r8 b_logic.py',
    'b60',
    'triad-progressive unknown, no triad feature',
    '§5: holds only while a triad feature is present',
    wholeCase(
      'b60',
      findings({
        'triad-progressive': null,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
];
