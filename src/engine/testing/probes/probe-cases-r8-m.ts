/**
 * Reviewer probes, round 8 (part m): whole case files b77-b86 of the round's harness
 * (b_logic.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_M: readonly Probe[] = [
  // b77
  r8(
    'r8 b_logic.py',
    'b77',
    'NUH onset on the day of a logged collar-zone massage (3 d ago)',
    '§9 emergency',
    wholeCase(
      'b77',
      findings({
        'new-unusual-headache': { present: true, onset: d(3) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(3, 'collar-zone-massage')],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
      course: ['expected'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
  ),
  // b78
  r8(
    'r8 b_logic.py',
    'b78',
    'NUH onset 30 d ago, logged manipulation 35 d ago',
    '§9 emergency (treatment in the 14 d before onset; no recency of onset required)',
    wholeCase(
      'b78',
      findings({
        'new-unusual-headache': { present: true, onset: d(30) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(35, 'cervical-manipulation')],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
      course: ['expected'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
  ),
  // b79
  r8(
    'r8 b_logic.py',
    'b79',
    'NUH onset 5 d ago, logged back massage 8 d ago (not a neck treatment)',
    '§9 urgent only',
    wholeCase(
      'b79',
      findings({
        'new-unusual-headache': { present: true, onset: d(5) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(8, 'back-massage')],
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
  // b80
  r8(
    'r8 b_logic.py',
    'b80',
    'dizziness onset 5 d ago, logged manipulation 19 d ago (14 d before)',
    '§9 emergency',
    wholeCase(
      'b80',
      findings({
        dizziness: { present: true, onset: d(5) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(19, 'cervical-manipulation')],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
      course: ['expected'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
  ),
  // b81
  r8(
    'r8 b_logic.py',
    'b81',
    'dizziness onset 5 d ago, logged manipulation 20 d ago (15 d before)',
    '§9 rule not met',
    wholeCase(
      'b81',
      findings({
        dizziness: { present: true, onset: d(5) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(20, 'cervical-manipulation')],
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
  // b82
  r8(
    'r8 b_logic.py',
    'b82',
    'dizziness onset 20 d ago, logged manipulation 25 d ago',
    '§9 urgent (older onset)',
    wholeCase(
      'b82',
      findings({
        dizziness: { present: true, onset: d(20) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(25, 'cervical-manipulation')],
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
  // b83
  r8(
    'r8 b_logic.py',
    'b83',
    'dizziness onset unknown + recent-cervical-manipulation',
    '§9 urgent, onset missing, exercise not held',
    wholeCase(
      'b83',
      findings({
        dizziness: true,
        'recent-cervical-manipulation': true,
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
      missing: { urg: ['dizziness.onset'] },
    },
  ),
  // b84
  r8(
    'r8 b_logic.py',
    'b84',
    'dizziness onset 60 d ago + recent-neck-massage undated',
    '§9 undated massage counts as within -> urgent',
    wholeCase(
      'b84',
      findings({
        dizziness: { present: true, onset: d(60) },
        'recent-neck-massage': true,
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
  // b85
  r8(
    'r8 b_logic.py',
    'b85',
    'visual-disturbance onset 4 d ago + recent-neck-trauma undated',
    '§9 emergency',
    wholeCase(
      'b85',
      findings({
        'visual-disturbance': { present: true, onset: d(4) },
        'recent-neck-trauma': true,
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
  // b86
  r8(
    'r8 b_logic.py',
    'b86',
    'dizziness onset 5 d ago, logged collar-zone massage 8 d ago',
    '§9 triad after massage -> urgent',
    wholeCase(
      'b86',
      findings({
        dizziness: { present: true, onset: d(5) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(8, 'collar-zone-massage')],
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
];
