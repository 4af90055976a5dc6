/**
 * Reviewer probes, round 8 (part q): whole case files b145-b154 of the round's harness
 * (b_logic.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_Q: readonly Probe[] = [
  // b145
  r8(
    'r8 b_logic.py',
    'b145',
    'Analgin, form "dragee", 6 days',
    '§6 analgesic tablets > 4 days -> concerning',
    wholeCase(
      'b145',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(10, 'back-massage'), sess(6, 'back-massage')],
      [{ name: 'Analgin', form: 'dragee', start: d(12), end: d(7) }],
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
  // b146
  r8(
    'r8 b_logic.py',
    'b146',
    'diclofenac 50 mg, form "p.o.", 6 days',
    '§6 analgesic tablets > 4 days -> concerning',
    wholeCase(
      'b146',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(10, 'back-massage'), sess(6, 'back-massage')],
      [{ name: 'diclofenac 50 mg', form: 'p.o.', start: d(12), end: d(7) }],
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
  // b147
  r8(
    'r8 b_logic.py',
    'b147',
    'ketorolac, form "TABLET", 6 days',
    '§6 analgesic tablets > 4 days -> concerning',
    wholeCase(
      'b147',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(10, 'back-massage'), sess(6, 'back-massage')],
      [{ name: 'ketorolac', form: 'TABLET', start: d(12), end: d(7) }],
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
  // b148
  r8(
    'r8 b_logic.py',
    'b148',
    'Nimesil, form "sachet", 6 days (judgement: oral granules, not a tablet)',
    '§6 analgesic tablets > 4 days -> concerning',
    wholeCase(
      'b148',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(10, 'back-massage'), sess(6, 'back-massage')],
      [{ name: 'Nimesil', form: 'sachet', start: d(12), end: d(7) }],
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
  // b149
  r8(
    'r8 b_logic.py',
    'b149',
    'Solpadeine, form "effervescent tablets", 6 days',
    '§6 analgesic tablets > 4 days -> concerning',
    wholeCase(
      'b149',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(10, 'back-massage'), sess(6, 'back-massage')],
      [{ name: 'Solpadeine', form: 'effervescent tablets', start: d(12), end: d(7) }],
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
  // b150
  r8(
    'r8 b_logic.py',
    'b150',
    'newSymptoms dizziness after a back massage 5 d ago',
    '§8 stop; back massage is not a neck treatment: no urgency',
    wholeCase(
      'b150',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [sess(9, 'back-massage'), sess(5, 'back-massage', { newSymptoms: ['dizziness'] })],
    ),
    {
      manip: 'clear',
      czm: 'clear',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'none',
      course: ['stop'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'not-cleared', ex: 'clear', urg: 'none' },
    },
  ),
  // b151
  r8(
    'r8 b_logic.py',
    'b151',
    'newSymptoms dizziness after a collar-zone massage 5 d ago',
    '§9 urgent + stop',
    wholeCase(
      'b151',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(9, 'collar-zone-massage'),
        sess(5, 'collar-zone-massage', { newSymptoms: ['dizziness'] }),
      ],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'urgent',
      course: ['stop'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'urgent',
      },
    },
  ),
  // b152
  r8(
    'r8 b_logic.py',
    'b152',
    'newSymptoms dizziness after a manipulation 20 d ago',
    '§9 urgent (onset older than 14 d) + stop',
    wholeCase(
      'b152',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(24, 'cervical-manipulation'),
        sess(20, 'cervical-manipulation', { newSymptoms: ['dizziness'] }),
      ],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      ex: 'clear',
      urg: 'urgent',
      course: ['stop'],
      atMost: {
        manip: 'not-cleared',
        czm: 'not-cleared',
        bm: 'not-cleared',
        ex: 'clear',
        urg: 'urgent',
      },
    },
  ),
  // b153
  r8(
    'r8 b_logic.py',
    'b153',
    'exact duplicate of a session that logged nausea',
    '§6 counted once; still a stop; warning',
    wholeCase(
      'b153',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(9, 'therapeutic-exercise'),
        sess(5, 'therapeutic-exercise', { newSymptoms: ['nausea'] }),
        sess(5, 'therapeutic-exercise', { newSymptoms: ['nausea'] }),
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
      warning: 'duplicate-session',
    },
  ),
  // b154
  r8(
    'r8 b_logic.py',
    'b154',
    'dizziness rating 3 in course 1, then course 2 ratings 0, 2',
    '§8 ratings judged within a course: new -> stop',
    wholeCase(
      'b154',
      findings({ sweating: false, tachycardia: false, arrhythmia: false }),
      [img('xray', 'cervical-spine', 30, `Normal.`)],
      [
        sess(60, 'therapeutic-exercise', { dizziness: 3 }),
        sess(56, 'therapeutic-exercise', { dizziness: 3 }),
        sess(9, 'therapeutic-exercise', { course: 2 }),
        sess(5, 'therapeutic-exercise', { course: 2, dizziness: 2 }),
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
];
