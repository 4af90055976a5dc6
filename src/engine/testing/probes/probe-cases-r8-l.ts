/**
 * Reviewer probes, round 8 (part l): whole case files b61-b76 of the round's harness
 * (b_logic.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_L: readonly Probe[] = [
  // b61
  r8(
    'r8 b_logic.py',
    'b61',
    'triad-progressive unknown, dizziness present (old)',
    '§5: holds the three manual therapies',
    wholeCase(
      'b61',
      findings({
        dizziness: { present: true, onset: d(400) },
        'triad-progressive': null,
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
      urg: 'none',
      course: ['none'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'none',
      },
    },
  ),
  // b62
  r8(
    'r8 b_logic.py',
    'b62',
    'triad-progressive present',
    '§4 urgent',
    wholeCase(
      'b62',
      findings({
        dizziness: { present: true, onset: d(400) },
        'triad-progressive': true,
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
  // b70
  r8(
    'r8 b_logic.py',
    'b70',
    'NUH onset 5 d ago, logged collar-zone massage 10 d ago',
    '§9 emergency',
    wholeCase(
      'b70',
      findings({
        'new-unusual-headache': { present: true, onset: d(5) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(10, 'collar-zone-massage')],
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
  // b71
  r8(
    'r8 b_logic.py',
    'b71',
    'NUH onset 5 d ago, logged collar-zone massage 25 d ago (20 d before onset)',
    '§9 urgent',
    wholeCase(
      'b71',
      findings({
        'new-unusual-headache': { present: true, onset: d(5) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(25, 'collar-zone-massage')],
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
  // b72
  r8(
    'r8 b_logic.py',
    'b72',
    'NUH onset 5 d ago, no neck treatment',
    '§9 urgent; exercise clear',
    wholeCase(
      'b72',
      findings({
        'new-unusual-headache': { present: true, onset: d(5) },
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
  // b73
  r8(
    'r8 b_logic.py',
    'b73',
    'NUH present, onset unknown, logged collar-zone massage 10 d ago',
    '§9 urgent, onset listed missing, exercise not held',
    wholeCase(
      'b73',
      findings({
        'new-unusual-headache': true,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(10, 'collar-zone-massage')],
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
      missing: { urg: ['new-unusual-headache.onset'] },
    },
  ),
  // b74
  r8(
    'r8 b_logic.py',
    'b74',
    'NUH onset 5 d ago + recent-cervical-manipulation undated',
    '§9 undated treatment counts as within -> emergency',
    wholeCase(
      'b74',
      findings({
        'new-unusual-headache': { present: true, onset: d(5) },
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
  // b75
  r8(
    'r8 b_logic.py',
    'b75',
    'NUH unknown, logged manipulation 10 d ago',
    '§9 holds all four (could be an emergency)',
    wholeCase(
      'b75',
      findings({
        'new-unusual-headache': null,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(10, 'cervical-manipulation')],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'not-cleared',
      urg: 'none',
      course: ['expected'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'not-cleared',
        urg: 'none',
      },
    },
  ),
  // b76
  r8(
    'r8 b_logic.py',
    'b76',
    'NUH unknown, logged manipulation 40 d ago',
    '§9 holds the three manual only',
    wholeCase(
      'b76',
      findings({
        'new-unusual-headache': null,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(40, 'cervical-manipulation')],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'none',
      course: ['expected'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'none',
      },
    },
  ),
];
