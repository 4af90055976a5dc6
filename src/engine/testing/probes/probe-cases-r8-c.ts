/**
 * Reviewer probes, round 8 (part c): whole case files h31-h54 of the round's harness
 * (a_hidden.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, normal, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_C: readonly Probe[] = [
  // h31
  r8(
    'r8 a_hidden.py',
    'h31',
    'dizziness rating 0,0,0,3 in a manipulation course (last session 6 days ago)',
    '§8 ratings new; §9 triad after manipulation',
    wholeCase(
      'h31',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(18, 'cervical-manipulation', { painBefore: 6, painAfter: 5 }),
        sess(14, 'cervical-manipulation'),
        sess(10, 'cervical-manipulation', { painBefore: 4, painAfter: 3 }),
        sess(6, 'cervical-manipulation', { painBefore: 3, painAfter: 2, dizziness: 3 }),
      ],
    ),
    { manip: 'contraindicated', urg: 'emergency', course: ['stop'] },
  ),
  // h32
  r8(
    'r8 a_hidden.py',
    'h32',
    'new headache logged after a collar-zone-massage session 20 days ago',
    '§9 triad after neck massage -> urgent; §6 stop; COURSE-STOP-HOLD',
    wholeCase(
      'h32',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(30, 'collar-zone-massage', { painBefore: 6, painAfter: 5 }),
        sess(26, 'collar-zone-massage'),
        sess(20, 'collar-zone-massage', { painBefore: 4, painAfter: 3, newSymptoms: ['headache'] }),
      ],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      urg: 'urgent',
      course: ['stop'],
    },
  ),
  // h33
  r8(
    'r8 a_hidden.py',
    'h33',
    'pain after a back-massage session lasted 72 h',
    '§6 stop (>48 h); COURSE-STOP-HOLD',
    wholeCase(
      'h33',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(12, 'back-massage', { painBefore: 6, painAfter: 5 }),
        sess(9, 'back-massage', { painAfter: 5, painHours: 72 }),
      ],
    ),
    { bm: 'not-cleared', course: ['stop'], rules: { bm: ['COURSE-STOP-HOLD'] } },
  ),
  // h34
  r8(
    'r8 a_hidden.py',
    'h34',
    'redness 30 h after a collar-zone massage',
    '§6 stop (redness > 24 h)',
    wholeCase(
      'h34',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(10, 'collar-zone-massage'),
        sess(7, 'collar-zone-massage', { painBefore: 4, painAfter: 3, rednessHours: 30 }),
      ],
    ),
    { czm: 'not-cleared', course: ['stop'] },
  ),
  // h35
  r8(
    'r8 a_hidden.py',
    'h35',
    'swelling after the 3rd back-massage session',
    '§6 stop (swelling)',
    wholeCase(
      'h35',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(12, 'back-massage', { painBefore: 7, painAfter: 6 }),
        sess(9, 'back-massage', { painBefore: 6, painAfter: 5 }),
        sess(6, 'back-massage', { painBefore: 4, painAfter: 3, swelling: true }),
      ],
    ),
    { bm: 'not-cleared', course: ['stop'] },
  ),
  // h36
  r8(
    'r8 a_hidden.py',
    'h36',
    'headache rating 1,1,3 during exercise course (rising by 2 above a high of 1)',
    '§6 concerning; §4 progressive triad -> urgent',
    wholeCase(
      'h36',
      findings({
        headache: { present: true, onset: d(90) },
        'occipital-headache': { present: true, onset: d(90) },
      }),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(14, 'therapeutic-exercise', { painBefore: 4, painAfter: 3, headache: 1 }),
        sess(10, 'therapeutic-exercise', { painBefore: 3, painAfter: 3, headache: 1 }),
        sess(6, 'therapeutic-exercise', { painBefore: 3, painAfter: 2, headache: 3 }),
      ],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      urg: 'urgent',
      course: ['concerning', 'stop'],
    },
  ),
  // h37
  r8(
    'r8 a_hidden.py',
    'h37',
    'fifth course of collar-zone massage',
    '§6 concerning (more than 4 courses)',
    wholeCase(
      'h37',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(300, 'collar-zone-massage', { course: 4, painBefore: 4, painAfter: 3 }),
        sess(20, 'collar-zone-massage', { course: 5, painBefore: 7, painAfter: 6 }),
        sess(18, 'collar-zone-massage', { course: 5, painBefore: 6, painAfter: 5 }),
        sess(16, 'collar-zone-massage', { course: 5 }),
        sess(14, 'collar-zone-massage', { course: 5, painBefore: 4, painAfter: 3 }),
      ],
    ),
    { course: ['concerning', 'stop'], rules: { course: ['COURSE-MORE-THAN-4'] } },
  ),
  // h38
  r8(
    'r8 a_hidden.py',
    'h38',
    'numbness logged after a manipulation session 30 days ago (older than 14 days)',
    '§8: red flag with onset session date (>14 d) -> urgent; stop',
    wholeCase(
      'h38',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(38, 'cervical-manipulation', { painBefore: 6, painAfter: 5 }),
        sess(34, 'cervical-manipulation'),
        sess(30, 'cervical-manipulation', {
          painBefore: 4,
          painAfter: 3,
          newSymptoms: ['numbness'],
        }),
      ],
    ),
    {
      manip: 'not-cleared',
      czm: 'not-cleared',
      bm: 'not-cleared',
      urg: 'urgent',
      course: ['stop'],
    },
  ),
  // h39
  r8(
    'r8 a_hidden.py',
    'h39',
    'diplopia logged after an exercise session 3 days ago',
    '§8 red flag onset <=14 d -> emergency',
    wholeCase(
      'h39',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(15, 'therapeutic-exercise', { painBefore: 7, painAfter: 6 }),
        sess(11, 'therapeutic-exercise', { painBefore: 6, painAfter: 5 }),
        sess(3, 'therapeutic-exercise', { painBefore: 3, painAfter: 2, newSymptoms: ['diplopia'] }),
      ],
    ),
    { ex: 'contraindicated', urg: 'emergency', course: ['stop'] },
  ),
  // h40
  r8(
    'r8 a_hidden.py',
    'h40',
    'pain not falling: 5th back-massage session pain equal to the lower of sessions 1-2',
    '§6 concerning (not falling)',
    wholeCase(
      'h40',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(20, 'back-massage', { painAfter: 5 }),
        sess(17, 'back-massage'),
        sess(14, 'back-massage', { painAfter: 3 }),
        sess(11, 'back-massage'),
        sess(8, 'back-massage'),
      ],
    ),
    { course: ['concerning', 'stop'], rules: { course: ['COURSE-PAIN-NOT-FALLING'] } },
  ),
  // h41
  r8(
    'r8 a_hidden.py',
    'h41',
    'nausea (not neck pain) logged after a back massage',
    '§8: any newSymptoms id other than neck-pain is a stop flag',
    wholeCase(
      'h41',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(10, 'back-massage'),
        sess(7, 'back-massage', { painBefore: 4, painAfter: 3, newSymptoms: ['nausea'] }),
      ],
    ),
    { bm: 'not-cleared', course: ['stop'] },
  ),
  // h50
  r8(
    'r8 a_hidden.py',
    'h50',
    'ibuprofen tablets taken 6 days',
    '§6 concerning (analgesics > 4 days)',
    wholeCase(
      'h50',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(14, 'back-massage', { painBefore: 7, painAfter: 6 }),
        sess(11, 'back-massage', { painBefore: 6, painAfter: 5 }),
        sess(8, 'back-massage'),
      ],
      [{ name: 'Ibuprofen 400 mg', form: 'tablet', start: d(12), end: d(7) }],
    ),
    { course: ['concerning', 'stop'], rules: { course: ['COURSE-ANALGESICS-4-DAYS'] } },
  ),
  // h51
  r8(
    'r8 a_hidden.py',
    'h51',
    'co-codamol 30/500 (UK codeine combination) 7 days',
    '§6 concerning',
    wholeCase(
      'h51',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(14, 'back-massage', { painBefore: 7, painAfter: 6 }),
        sess(11, 'back-massage', { painBefore: 6, painAfter: 5 }),
        sess(8, 'back-massage'),
      ],
      [{ name: 'Co-codamol 30/500', form: 'tablets', start: d(14), end: d(8) }],
    ),
    { course: ['concerning', 'stop'] },
  ),
  // h52
  r8(
    'r8 a_hidden.py',
    'h52',
    "Ketorol (ART's own example) 5 days",
    '§6 concerning',
    wholeCase(
      'h52',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(14, 'collar-zone-massage', { painBefore: 7, painAfter: 6 }),
        sess(11, 'collar-zone-massage', { painBefore: 6, painAfter: 5 }),
        sess(8, 'collar-zone-massage'),
      ],
      [{ name: 'Ketorol 10 mg', form: 'tablet', start: d(10), end: d(6) }],
    ),
    { course: ['concerning', 'stop'] },
  ),
  // h53
  r8(
    'r8 a_hidden.py',
    'h53',
    'Movalis (meloxicam) ongoing for 9 days, no end date',
    '§6 concerning',
    wholeCase(
      'h53',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(14, 'back-massage', { painBefore: 7, painAfter: 6 }),
        sess(11, 'back-massage', { painBefore: 6, painAfter: 5 }),
        sess(8, 'back-massage'),
      ],
      [{ name: 'Movalis 7.5 mg', form: 'tablet', start: d(8) }],
    ),
    { course: ['concerning', 'stop'] },
  ),
  // h54
  r8(
    'r8 a_hidden.py',
    'h54',
    'Tylenol Extra Strength (US brand) 5 days, form "caplet"',
    '§6 concerning',
    wholeCase(
      'h54',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(14, 'back-massage', { painBefore: 7, painAfter: 6 }),
        sess(11, 'back-massage', { painBefore: 6, painAfter: 5 }),
        sess(8, 'back-massage'),
      ],
      [{ name: 'Tylenol Extra Strength', form: 'caplet', start: d(10), end: d(6) }],
    ),
    { course: ['concerning', 'stop'] },
  ),
];
