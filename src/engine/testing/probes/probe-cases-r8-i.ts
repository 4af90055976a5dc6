/**
 * Reviewer probes, round 8 (part i): whole case files b08-b26 of the round's harness
 * (b_logic.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_I: readonly Probe[] = [
  // b08
  r8(
    'r8 b_logic.py',
    'b08',
    'horner-signs onset 100 days ago',
    '§4 urgent',
    wholeCase(
      'b08',
      findings({
        'horner-signs': { present: true, onset: d(100) },
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
  // b09
  r8(
    'r8 b_logic.py',
    'b09',
    'syncope unknown (v2 red flag)',
    'FS-2: emergency field unknown holds all four',
    wholeCase(
      'b09',
      findings({ syncope: null, sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'not-cleared',
      urg: 'none',
      course: ['none'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'not-cleared',
        urg: 'none',
      },
    },
  ),
  // b10
  r8(
    'r8 b_logic.py',
    'b10',
    'worsening-neurology present',
    '§4 urgent',
    wholeCase(
      'b10',
      findings({
        'worsening-neurology': true,
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
  // b11
  r8(
    'r8 b_logic.py',
    'b11',
    'limb-weakness onset 20 days ago, recent-neck-trauma unknown',
    '§4 urgent; unknown neck event could make it emergency -> all four held',
    wholeCase(
      'b11',
      findings({
        'limb-weakness': { present: true, onset: d(20) },
        'recent-neck-trauma': null,
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
      ex: 'not-cleared',
      urg: 'urgent',
      course: ['none'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'not-cleared',
        urg: 'urgent',
      },
    },
  ),
  // b20
  r8(
    'r8 b_logic.py',
    'b20',
    'stroke onset exactly 180 days ago',
    '§5 <=180 -> contraindicated',
    wholeCase(
      'b20',
      findings({
        stroke: { present: true, onset: d(180) },
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
    },
  ),
  // b21
  r8(
    'r8 b_logic.py',
    'b21',
    'stroke onset 181 days ago',
    '§5 older -> caution',
    wholeCase(
      'b21',
      findings({
        stroke: { present: true, onset: d(181) },
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
    },
  ),
  // b22
  r8(
    'r8 b_logic.py',
    'b22',
    'stroke onset on the assessment date',
    '§5 contraindicated',
    wholeCase(
      'b22',
      findings({
        stroke: { present: true, onset: d(0) },
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
    },
  ),
  // b23
  r8(
    'r8 b_logic.py',
    'b23',
    'stroke present, onset not recorded',
    '§8 unknown onset = recent',
    wholeCase(
      'b23',
      findings({ stroke: true, sweating: false, tachycardia: false, arrhythmia: false }),
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
    },
  ),
  // b24
  r8(
    'r8 b_logic.py',
    'b24',
    'TIA onset 180 days ago',
    '§5 manipulation contraindicated; collar-zone caution (TIA is a CZM precaution)',
    wholeCase(
      'b24',
      findings({
        tia: { present: true, onset: d(180) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'caution',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'contraindicated', czm: 'caution', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b25
  r8(
    'r8 b_logic.py',
    'b25',
    'TIA onset 181 days ago',
    '§5 caution both',
    wholeCase(
      'b25',
      findings({
        tia: { present: true, onset: d(181) },
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
    },
  ),
  // b26
  r8(
    'r8 b_logic.py',
    'b26',
    'dissection onset exactly 14 days ago',
    '§4 emergency',
    wholeCase(
      'b26',
      findings({
        'vertebral-artery-dissection': { present: true, onset: d(14) },
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
