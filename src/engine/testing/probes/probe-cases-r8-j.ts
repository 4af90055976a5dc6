/**
 * Reviewer probes, round 8 (part j): whole case files b27-b43 of the round's harness
 * (b_logic.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_J: readonly Probe[] = [
  // b27
  r8(
    'r8 b_logic.py',
    'b27',
    'dissection onset 15 days ago',
    '§4 urgent; M/CZM contraindicated (any time)',
    wholeCase(
      'b27',
      findings({
        'vertebral-artery-dissection': { present: true, onset: d(15) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'urgent',
      course: ['none'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'urgent',
      },
    },
  ),
  // b28
  r8(
    'r8 b_logic.py',
    'b28',
    'dissection onset 3 years ago',
    '§4 urgent when older; §5 any time',
    wholeCase(
      'b28',
      findings({
        'vertebral-artery-dissection': { present: true, onset: d(1100) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'urgent',
      course: ['none'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'urgent',
      },
    },
  ),
  // b29
  r8(
    'r8 b_logic.py',
    'b29',
    'neck-injury onset exactly 180 days ago',
    '§9 old injuries: >180 -> caution, so 180 -> contraindicated',
    wholeCase(
      'b29',
      findings({
        'neck-injury': { present: true, onset: d(180) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'clear',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: {
        manip: 'clear',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'clear',
        urg: 'none',
      },
    },
  ),
  // b30
  r8(
    'r8 b_logic.py',
    'b30',
    'neck-injury onset 181 days ago',
    '§9 caution',
    wholeCase(
      'b30',
      findings({
        'neck-injury': { present: true, onset: d(181) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'clear',
      czm: 'caution',
      bm: 'caution',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'clear', czm: 'caution', bm: 'caution', ex: 'clear', urg: 'none' },
    },
  ),
  // b31
  r8(
    'r8 b_logic.py',
    'b31',
    'back-injury present, onset unknown',
    '§9 unknown stays contraindicated',
    wholeCase(
      'b31',
      findings({ 'back-injury': true, sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'contraindicated',
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'contraindicated', ex: 'clear', urg: 'none' },
    },
  ),
  // b32
  r8(
    'r8 b_logic.py',
    'b32',
    'recent-neck-trauma present (no symptoms)',
    '§5 manipulation contraindicated',
    wholeCase(
      'b32',
      findings({
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
      ex: 'clear',
      urg: 'none',
      course: ['none'],
      atMost: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'clear',
        urg: 'none',
      },
    },
    // Round 30 (N02): a recent neck trauma is a neck injury (ART: no massage of an injured
    // neck), as a spondylodiscitis is an infection; round 8's harness recorded massage clear.
  ),
  // b33
  r8(
    'r8 b_logic.py',
    'b33',
    'recent-cervical-manipulation present (no symptoms)',
    '§5 manipulation caution',
    wholeCase(
      'b33',
      findings({
        'recent-cervical-manipulation': true,
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
  // b40
  r8(
    'r8 b_logic.py',
    'b40',
    'headache + dizziness + visual disturbance',
    '§3 high; §5 M contraindicated, CZM not-cleared',
    wholeCase(
      'b40',
      findings({
        headache: { present: true, onset: d(300) },
        dizziness: { present: true, onset: d(300) },
        'visual-disturbance': { present: true, onset: d(300) },
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'contraindicated',
      czm: 'not-cleared',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      vas: ['high'],
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
  // b41
  r8(
    'r8 b_logic.py',
    'b41',
    'headache + dizziness, narrowing unknown',
    '§3 moderate; CZM held while narrowing could make it high; M not-cleared',
    wholeCase(
      'b41',
      findings({
        headache: { present: true, onset: d(300) },
        dizziness: { present: true, onset: d(300) },
        'vertebral-artery-narrowing': null,
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
      vas: ['moderate'],
      course: ['none'],
      atMost: { manip: 'not-cleared', czm: 'not-cleared', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b42
  r8(
    'r8 b_logic.py',
    'b42',
    'dizziness + narrowing present (others absent)',
    '§3 moderate; M not-cleared; CZM cannot reach high -> clear',
    wholeCase(
      'b42',
      findings({
        dizziness: { present: true, onset: d(300) },
        'vertebral-artery-narrowing': true,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'not-cleared',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      vas: ['moderate'],
      course: ['none'],
      atMost: { manip: 'not-cleared', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  // b43
  r8(
    'r8 b_logic.py',
    'b43',
    'dizziness + nausea + vomiting',
    '§3 moderate (1 triad + 2 associated)',
    wholeCase(
      'b43',
      findings({
        dizziness: { present: true, onset: d(300) },
        nausea: true,
        vomiting: true,
        sweating: false,
        tachycardia: false,
        arrhythmia: false,
      }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
    ),
    {
      manip: 'not-cleared',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      vas: ['moderate'],
      course: ['none'],
      atMost: { manip: 'not-cleared', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
];
