/**
 * Reviewer probes, round 51 (/tmp/probe51/head.md: 117 realistic vignettes against 0b41ef5),
 * first part: treatment courses (CB1-CB20, CB22, CC1-CC11; CB21 was dropped by the round, its
 * expectation ambiguous): every flag of sections 6, 8 and 9 the round probed (a new or rising
 * rating, newSymptoms, pain over 48 h, redness over 24 h, swelling, movement, painkillers that do
 * not help or taken over 4 days, pain not falling or rising, more than 4 courses, the
 * per-modality hold and its lifting by a later course, a duplicate session, sessions out of
 * order, no course number, the exact 48 h / 24 h / 4-day boundaries). The whole case files
 * (WC, WD) are probe-cases-r51-b.ts, the clear patients (NC1-NC10) and the control Z2
 * probe-cases-r51-c.ts; the round's FHIR probes (FA, FB, NC11, Z1) fhir/fhir-r51-ehr*.spec.ts.
 * As in the round's harness, every probe is PROBE_BASE (every intake finding but the associated
 * signs answered "no", a clean X-ray, assessed on 2026-11-20) with the sessions, answers,
 * studies and medications written. Expectations are the round's: lower bounds for misses, upper
 * bounds for false alarms; its bounds on the course status (none < expected < concerning <
 * stop) and the VAS level (low < indeterminate < moderate < high < confirmed) are kept as the
 * sets of statuses and levels within them (probe-r51-lib.ts, the round's helpers). All pass on
 * main. Test data only, all synthetic.
 */
import type { Medication, TreatmentSession } from '../../model';
import type { CaseDelta, Probe } from './probe-model';
import { EMER, probe, s, showS, type Bounds, type Kind } from './probe-r51-lib';

const FAMILY = {
  miss: 'r51 M a treatment course whose sessions call for a stop, a concerning course or a referral (s6, s8, s9; miss if not met)',
  'false-alarm':
    'r51 A an ordinary treatment course, or one at the exact boundaries of s6 (false alarm if raised)',
} as const;
const probes: Probe[] = [];
/** The answers or medications a course vignette adds. */
interface More {
  findings?: CaseDelta['findings'];
  medications?: Medication[];
}
/** Sessions as written on PROBE_BASE, with the answers or medications the vignette adds. */
function WS(
  id: string,
  kind: Kind,
  ss: TreatmentSession[],
  b: Bounds,
  rule: string,
  more: More = {},
): void {
  const input =
    'sessions: ' +
    showS(ss) +
    (more.findings ? ` | intake ${JSON.stringify(more.findings)}` : '') +
    (more.medications ? ` | medications ${JSON.stringify(more.medications)}` : '');
  const delta: CaseDelta = { sessions: ss, findings: more.findings ?? {}, ...more };
  probes.push(probe(FAMILY[kind], id, input, delta, b, rule));
}
const miss = (id: string, ss: TreatmentSession[], b: Bounds, rule: string, more?: More): void =>
  WS(id, 'miss', ss, b, rule, more);
const alarm = (id: string, ss: TreatmentSession[], b: Bounds, rule: string, more?: More): void =>
  WS(id, 'false-alarm', ss, b, rule, more);
/** A stop in the latest course of one modality holds it (COURSE-STOP-HOLD, s5). */
const HOLD = (k: 'manip' | 'czm' | 'bm' | 'ex'): Bounds => ({ [k]: 'not-cleared', course: 'stop' });
const EXPECTED: Bounds = { max: { course: 'expected' } };
const CONCERNING: Bounds = { course: 'concerning' };
const STOP_EMER: Bounds = { ...EMER, course: 'stop' };
const med = (name: string, start: string, end?: string): Medication => ({
  name,
  form: 'tablet',
  start,
  ...(end ? { end } : {}),
});

alarm(
  'CB1',
  [
    s('manip', '2026-10-27', { painBefore: 7, painAfter: 6 }),
    s('manip', '2026-10-30', { painAfter: 5 }),
    s('manip', '2026-11-03', { painAfter: 4 }),
    s('manip', '2026-11-06', { painAfter: 3 }),
    s('manip', '2026-11-10', { painAfter: 2 }),
  ],
  {
    max: {
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
      urg: 'none',
      course: 'expected',
    },
  },
  'pain falling session by session, no new symptoms (s6 expected): all clear, course expected',
);
miss(
  'CB2',
  [
    s('manip', '2026-11-10', { painAfter: 6, dizziness: 0 }),
    s('manip', '2026-11-13', { painAfter: 5, dizziness: 0 }),
    s('manip', '2026-11-17', { painAfter: 4, dizziness: 3 }),
  ],
  STOP_EMER,
  'dizziness rated 3 after a manipulation when earlier sessions rated 0 (s8 new: stop, dizziness present onset 11-17); a triad feature within 14 d after a logged manipulation, onset in the last 14 d (s9): emergency; all contraindicated',
);
miss(
  'CB3',
  [
    s('czm', '2026-11-05', { painAfter: 5, headache: 1 }),
    s('czm', '2026-11-07', { painAfter: 4, headache: 1 }),
    s('czm', '2026-11-10', { painAfter: 4, headache: 2 }),
    s('czm', '2026-11-12', { painAfter: 3, headache: 4 }),
  ],
  { urg: 'urgent', course: 'concerning' },
  'headache 4 is 2 above its highest earlier rating 2 (s6 concerning, s8: progressive triad -> urgent, s4)',
);
miss(
  'CB4',
  [
    s('manip', '2026-11-12', { painAfter: 5 }),
    s('manip', '2026-11-18', { painAfter: 4, newSymptoms: ['diplopia'] }),
  ],
  STOP_EMER,
  'diplopia logged after a session 2 days ago (s4/s8: red flag with onset in 14 d -> emergency; s6 stop)',
);
miss(
  'CB5',
  [
    s('czm', '2026-10-14', { painAfter: 5 }),
    s('czm', '2026-10-17', { painAfter: 4 }),
    s('czm', '2026-10-21', { painAfter: 4, newSymptoms: ['numbness'] }),
  ],
  { urg: 'urgent', czm: 'not-cleared', course: 'stop' },
  'numbness logged after a session 30 d ago (s8: red flag older than 14 d -> urgent); stop flag on the latest czm course holds czm (COURSE-STOP-HOLD, s5)',
);
miss(
  'CB6',
  [s('bm', '2026-11-10', { painAfter: 4 }), s('bm', '2026-11-13', { painAfter: 5, painHours: 72 })],
  HOLD('bm'),
  'pain after a session lasting 72 h > 48 h (s6 stop): bm not-cleared (COURSE-STOP-HOLD)',
);
miss(
  'CB7',
  [
    s('czm', '2026-11-10', { painAfter: 4 }),
    s('czm', '2026-11-13', { painAfter: 3, rednessHours: 30 }),
  ],
  HOLD('czm'),
  'skin redness not gone within 24 h (s6 stop): czm not-cleared',
);
miss(
  'CB8',
  ['2026-10-20', '2026-10-23', '2026-10-27', '2026-10-30', '2026-11-03'].map((d, i) =>
    s('bm', d, { painAfter: i === 1 ? 4 : 5 }),
  ),
  CONCERNING,
  'from the 5th session pain (5) no lower than the lower of sessions 1-2 (4) (s6 concerning)',
);
alarm(
  'CB9',
  [
    s('manip', '2026-09-01', { painAfter: 5 }),
    s('manip', '2026-09-04', { painAfter: 4, painHours: 60 }),
    s('manip', '2026-11-10', { course: 2, painAfter: 4 }),
    s('manip', '2026-11-13', { course: 2, painAfter: 3 }),
  ],
  { max: { manip: 'clear', urg: 'none', course: 'expected' } },
  'stop in course 1 (pain 60 h); course 2 fine: the hold lifts and status is the latest course only (s5 COURSE-STOP-HOLD, s8 courses per modality)',
);
miss(
  'CB10',
  [
    s('bm', '2026-11-10', { painAfter: 4 }),
    s('bm', '2026-11-13', { painAfter: 3, swelling: true }),
    s('ex', '2026-11-12', { painAfter: 3 }),
    s('ex', '2026-11-16', { painAfter: 2 }),
  ],
  { bm: 'not-cleared', course: 'stop', max: { ex: 'clear', manip: 'clear', urg: 'none' } },
  'swelling after back massage (s6 stop): bm held; exercise course fine stays clear (s8 courses per modality)',
);
/** Three sessions of one modality, pain 5, 4, 4 (or 3), on 11-09, 11-12, 11-16. */
const three = (m: string, last = 4): TreatmentSession[] => [
  s(m, '2026-11-09', { painAfter: 5 }),
  s(m, '2026-11-12', { painAfter: 4 }),
  s(m, '2026-11-16', { painAfter: last }),
];
miss(
  'CB11',
  three('bm'),
  CONCERNING,
  'Nurofen tablets for 9 days (> 4 days, s6 concerning; brand name recognised)',
  { medications: [med('Nurofen 200mg tablets, 2 tds', '2026-11-09', '2026-11-17')] },
);
alarm(
  'CB12',
  three('bm', 3),
  { max: { course: 'expected', manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear' } },
  'amlodipine / atorvastatin long term are no painkillers (s8 unrecognised tablets: warning, no flag); all clear',
  {
    medications: [
      med('Amlodipine 5mg OD', '2025-01-01'),
      med('Atorvastatin 20mg ON', '2025-01-01'),
    ],
  },
);
miss(
  'CB13',
  ['2025-01-10', '2025-04-10', '2025-08-10', '2026-01-10', '2026-11-10'].map((d, i) =>
    s('bm', d, { course: i + 1, painAfter: 3 }),
  ),
  CONCERNING,
  'fifth course of back massage (> 4 courses, s6 concerning)',
);
alarm(
  'CB14',
  [s('czm', '2026-11-16', { course: 1, painAfter: 4, headache: 3 })],
  { max: { course: 'expected', urg: 'none', czm: 'clear' } },
  'headache 3 at the first session of the course (s8: ratings at a first session change no finding, not judged)',
);
miss(
  'CB15',
  [
    s('czm', '2026-11-10', { painAfter: 5, headache: 0 }),
    s('czm', '2026-11-13', { painAfter: 4, headache: 3 }),
  ],
  { urg: 'urgent', czm: 'not-cleared', course: 'stop' },
  'new headache (3 after 0) after a collar-zone massage: stop (s8) and a triad feature newly appearing after a neck massage -> urgent (s9)',
);
alarm(
  'CB16',
  [
    s('bm', '2026-11-10', { painAfter: 5 }),
    s('bm', '2026-11-13', { painAfter: 4, newSymptoms: ['neck-pain'] }),
  ],
  { course: 'concerning', max: { course: 'concerning', urg: 'none', bm: 'clear' } },
  'neck-pain logged after a session is concerning, not stop (s8)',
);
miss(
  'CB17',
  [
    s('ex', '2026-10-20', { painAfter: 6 }),
    s('ex', '2026-10-23', { painAfter: 5 }),
    s('ex', '2026-10-27', { painAfter: 4 }),
    s('ex', '2026-10-30', { painAfter: 6 }),
  ],
  CONCERNING,
  'pain rising by 2 between consecutive sessions after the 2nd (4 -> 6, s6 concerning)',
);
miss(
  'CB18',
  [
    s('manip', '2026-11-03', { painAfter: 4, dizziness: 1 }),
    s('manip', '2026-11-06', { painAfter: 4, dizziness: 1 }),
    s('manip', '2026-11-10', { painAfter: 3, dizziness: 3 }),
  ],
  { urg: 'urgent', course: 'concerning' },
  'dizziness 3 is 2 above the highest earlier rating 1 (s6 concerning, s8 progressive triad -> urgent); the intake triad-progressive:false is beaten (present wins)',
);
miss(
  'CB19',
  [
    s('manip', '2026-11-10', { painAfter: 5 }),
    s('manip', '2026-11-14', { painAfter: 4, painWorseWithMovement: true }),
  ],
  HOLD('manip'),
  'pain increasing with movement after a session (s6 stop): manip not-cleared (COURSE-STOP-HOLD)',
);
miss(
  'CB20',
  [
    s('manip', '2026-11-10', { painAfter: 5 }),
    s('manip', '2026-11-14', { painAfter: 4, analgesicsIneffective: true }),
  ],
  HOLD('manip'),
  'painkillers do not help (s6 stop): manip not-cleared',
);
const OCC = { present: true, onset: '2026-11-13' };
miss(
  'CB22',
  [s('manip', '2026-11-06', { painAfter: 4 }), s('manip', '2026-11-10', { painAfter: 3 })],
  EMER,
  'occipital headache (not logged by a session) with onset 2026-11-13, 3 days after a logged cervical manipulation, within the last 14 d (s9): emergency',
  { findings: { headache: OCC, 'occipital-headache': OCC } },
);
miss(
  'CC1',
  [
    s('bm', '2026-11-10', { painAfter: 4 }),
    s('bm', '2026-11-13', { painAfter: 3, newSymptoms: ['dizziness'] }),
  ],
  HOLD('bm'),
  'dizziness logged after a back massage (s8: any id but neck-pain is a stop): bm held',
);
miss(
  'CC2',
  [
    s('ex', '2026-11-10', { painAfter: 4, dizziness: 0 }),
    s('ex', '2026-11-13', { painAfter: 3, dizziness: 2 }),
  ],
  HOLD('ex'),
  'dizziness 2 after an exercise session when the first rated 0 (s6/s8 stop): exercise held',
);
alarm(
  'CC3',
  ['2026-10-27', '2026-10-30', '2026-11-03', '2026-11-06', '2026-11-06'].map((d, i) =>
    s('bm', d, { painAfter: i ? 3 : 4 }),
  ),
  { max: { course: 'expected', bm: 'clear' } },
  'session 4 entered twice (exact duplicate counts once, s6): 4 sessions, no 5th-session rule, expected',
);
miss(
  'CC4',
  [
    s('manip', '2026-11-13', { painAfter: 4, dizziness: 3 }),
    s('manip', '2026-11-10', { painAfter: 5, dizziness: 0 }),
  ],
  STOP_EMER,
  'the same as CB2 but listed latest first: dizziness 3 on 11-13 after 0 on 11-10 (s8 new: stop; s9: emergency)',
);
miss(
  'CC5',
  [
    {
      date: '2026-11-10',
      modality: 'cervical-manipulation',
      painAfter: 5,
      headache: 0,
      newSymptoms: [],
    },
    {
      date: '2026-11-14',
      modality: 'cervical-manipulation',
      painAfter: 4,
      headache: 3,
      newSymptoms: [],
    },
  ],
  STOP_EMER,
  'no course number given (one course): headache 3 after 0 after a manipulation (s8 stop; s9 emergency)',
);
miss(
  'CC6',
  [
    s('czm', '2026-09-10', { course: 1, painAfter: 4 }),
    s('czm', '2026-09-14', { course: 1, painAfter: 3 }),
    s('czm', '2026-11-16', { course: 2, painAfter: 4, newSymptoms: ['visual-disturbance'] }),
  ],
  { urg: 'urgent', czm: 'not-cleared', course: 'stop' },
  'visual disturbance logged after the first session of course 2 (s8: newSymptoms count at any session; s9 triad after neck massage -> urgent; stop)',
);
alarm(
  'CC7',
  [
    s('bm', '2026-11-10', { painAfter: 4 }),
    s('bm', '2026-11-13', { painAfter: 3, painHours: 48, rednessHours: 24 }),
  ],
  { max: { course: 'expected', bm: 'clear' } },
  'pain exactly 48 h and redness gone at 24 h (s6: "more than 48 h", "not gone within 24 h"): expected',
);
alarm(
  'CC8',
  [s('bm', '2026-11-10', { painAfter: 4 }), s('bm', '2026-11-13', { painAfter: 3 })],
  EXPECTED,
  'ibuprofen 4 days (11-10..11-13) is not more than 4 days (s6); aspirin 75 mg marked analgesic:false (s8: the flag beats the name)',
  {
    medications: [
      med('Ibuprofen 400mg', '2026-11-10', '2026-11-13'),
      { ...med('Aspirin 75mg OD', '2025-01-01'), analgesic: false },
    ],
  },
);
miss(
  'CC9',
  three('czm'),
  CONCERNING,
  "Ketorol 10 mg tablets 7 days (s6: ART's own brand example; > 4 days)",
  { medications: [med('Ketorol 10 mg', '2026-11-09', '2026-11-15')] },
);
miss('CC10', three('czm'), CONCERNING, 'co-codamol 30/500 for 10 days (codeine combination, s6)', {
  medications: [med('Co-codamol 30/500 two tablets QDS', '2026-11-06', '2026-11-15')],
});
miss(
  'CC11',
  [
    s('manip', '2026-09-01', { course: 1, painAfter: 4, headache: 3 }),
    s('manip', '2026-09-04', { course: 1, painAfter: 3, headache: 3 }),
    s('manip', '2026-11-10', { course: 2, painAfter: 4, headache: 0 }),
    s('manip', '2026-11-14', { course: 2, painAfter: 3, headache: 2 }),
  ],
  STOP_EMER,
  'course 2: headache 2 after 0 at its first session (s8: every earlier session *of the course* rated 0 -> stop; symptom present onset 11-14, 4 d after a logged manipulation -> emergency, s9)',
);

export const ROUND_51_A: readonly Probe[] = probes;
