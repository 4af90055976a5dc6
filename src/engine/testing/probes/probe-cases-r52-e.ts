/**
 * Reviewer probes, round 52 (/tmp/probe52/head.md: report-text vignettes and bad input against
 * 633b411), fifth part: session logs with missing, null or inconsistent ratings (S1-S12), a
 * study with no text (E1, E2), and the controls: Z1, the screened FHIR patient
 * (testing/fhir-ehr-fixtures.ts) as the case it reads to, and Z2, PROBE_BASE itself.
 * The round's 74 vignettes: probe-cases-r52-a.ts (L, D), -b.ts (K, C), -c.ts (U, T1-T8, M1-M5,
 * R), -d.ts (N1-N16), -e.ts (S, E, Z1, Z2); its bad-input files are validate-r52.spec.ts.
 * PROBE_BASE (every intake finding answered "no", a clean cervical X-ray of 2026-10-01, assessed
 * 2026-11-20) with the studies, sessions and referral written, as in the round's harness
 * (helpers in probe-r52-lib.ts). Expectations are the round's: lower bounds for misses, upper
 * bounds for false alarms (the course and VAS bounds as the sets within them, as in
 * probe-r51-lib.ts). All pass on main; test data only, all synthetic.
 */
import { caseOf } from '../fhir-ehr-fixtures';
import type { Probe } from './probe-model';
import { CLEAR, EMER, s, vignette, type Bounds } from './probe-r52-lib';

const FAMILY = 'r52 A session logs, a study without text, the controls (s5, s6, s8, s9, FS-2)';
const probes: Probe[] = [];
const A = (
  id: string,
  kind: 'miss' | 'false-alarm' | 'control',
  d: Parameters<typeof vignette>[4],
  b: Bounds,
  rule: string,
): void => vignette(probes, FAMILY, id, kind, d, b, rule);

// ---- S: session logs with missing or inconsistent ratings
A(
  'S1',
  'miss',
  {
    sessions: [
      s('manip', '2026-11-10', { painAfter: 5 }),
      s('manip', '2026-11-13', { painAfter: 4 }),
      s('manip', '2026-11-17', { painAfter: 4, dizziness: 3 }),
    ] as never,
  },
  { ...EMER, course: 'stop' },
  'dizziness never rated in sessions 1-2 (missing counts as 0, s8), rated 3 after the 3rd manipulation 3 d ago: new -> stop, dizziness present (s8); a triad feature within 14 d after a logged manipulation, onset <=14 d (s9) -> emergency',
);
A(
  'S2',
  'miss',
  {
    sessions: [
      s('czm', '2026-11-03', { painAfter: 5, headache: 2 }),
      s('czm', '2026-11-06', { painAfter: 4, headache: 2 }),
      s('czm', '2026-11-10', { painAfter: 4 }),
      s('czm', '2026-11-13', { painAfter: 3, headache: 4 }),
    ] as never,
  },
  { urg: 'urgent', course: 'concerning' },
  'headache 2, 2, missing (0), 4: 2 above the highest earlier rating 2 (s6/s8 rising -> concerning, progressive triad -> urgent)',
);
A(
  'S3',
  'miss',
  {
    sessions: [
      s('czm', '2026-11-10', { painAfter: 5, headache: 0 }),
      s('czm', '2026-11-13', { painAfter: 4, headache: 0, newSymptoms: ['headache'] }),
    ] as never,
  },
  { urg: 'urgent', course: 'stop', czm: 'not-cleared' },
  'newSymptoms logs headache but the rating says 0 (inconsistent; FS-3/FS-6 present wins): s8 stop; a triad feature newly after a neck massage (s9) -> urgent; COURSE-STOP-HOLD',
);
A(
  'S4',
  'miss',
  { sessions: [s('bm', '2026-11-10', {}), s('bm', '2026-11-13', { painHours: 60 })] as never },
  { bm: 'not-cleared', course: 'stop' },
  'no pain ratings at all, pain lasting 60 h after session 2 (s6 stop: > 48 h): bm held',
);
A(
  'S5',
  'miss',
  {
    sessions: [
      s('manip', '2026-09-10', { painAfter: 5, dizziness: 0 }),
      s('manip', '2026-09-13', { painAfter: 4, dizziness: 0 }),
      s('manip', '2026-11-16', { painAfter: 4, dizziness: 3 }),
    ] as never,
  },
  { ...EMER, course: 'stop' },
  'same course number after a 2-month gap; dizziness 3 after the manipulation 4 d ago when earlier 0 (s8 new -> stop, present; s9 triad feature after a logged manipulation, onset <=14 d -> emergency)',
);
A(
  'S6',
  'false-alarm',
  {
    sessions: [
      s('czm', '2026-11-03', { painAfter: 5, headache: 5 }),
      s('czm', '2026-11-06', { painAfter: 4 }),
      s('czm', '2026-11-10', { painAfter: 3, headache: 2 }),
    ] as never,
  },
  {
    max: {
      urg: 'none',
      course: 'expected',
      manip: 'clear',
      czm: 'clear',
      bm: 'clear',
      ex: 'clear',
    },
  },
  'headache 5 at the first session (changes nothing, s8), then missing, then 2: not new (earlier 5), not rising: course expected, all clear',
);
A(
  'S7',
  'false-alarm',
  {
    sessions: [
      s('bm', '2026-11-10', { painAfter: 4 }),
      s('bm', '2026-11-13', { painAfter: 3, newSymptoms: ['neck-pain'] }),
    ] as never,
  },
  { course: 'concerning', max: { course: 'concerning', urg: 'none', ex: 'clear' } },
  'newSymptoms neck-pain only (s8: concerning, not stop): course concerning; no urgency',
);
A(
  'S8',
  'miss',
  {
    sessions: [
      s('manip', '2026-11-12', { painAfter: 5, dizziness: 0 }),
      s('manip', '2026-11-15', { painAfter: 4, dizziness: 0, newSymptoms: ['diplopia'] }),
      s('manip', '2026-11-15', { painAfter: 4, dizziness: 0, newSymptoms: ['diplopia'] }),
    ] as never,
  },
  { ...EMER, course: 'stop' },
  'an exact duplicate session carrying diplopia (s6: counts once, with a warning; s4/s8 red flag 5 d ago -> emergency, stop)',
);

A(
  'S9',
  'miss',
  {
    sessions: [
      s('czm', '2026-11-10', { painAfter: 5, headache: null as never }),
      s('czm', '2026-11-13', { painAfter: 4, headache: 3 }),
    ] as never,
  },
  { urg: 'urgent', course: 'stop', czm: 'not-cleared' },
  'headache rating null at session 1, 3 at session 2 (s8: missing = 0 -> new -> stop, headache present; s9 triad feature after a neck massage -> urgent)',
);
A(
  'S10',
  'miss',
  {
    sessions: [
      s('manip', '2026-11-12', { painAfter: 5 }),
      s('manip', '2026-11-16', { painAfter: 4, newSymptoms: ['occipital-headache'] }),
    ] as never,
  },
  { ...EMER, course: 'stop' },
  'occipital headache logged after a manipulation 4 d ago (s8 present, onset 11-16; s9 triad feature within 14 d after a logged manipulation -> emergency)',
);
A(
  'S11',
  'miss',
  {
    sessions: [
      s('czm', '2026-10-25', { painAfter: 5 }),
      s('czm', '2026-10-30', { painAfter: 4, newSymptoms: ['visual-disturbance'] }),
    ] as never,
  },
  { urg: 'urgent', course: 'stop', czm: 'not-cleared' },
  'visual disturbance logged after a collar-zone massage 21 d ago (s9: triad feature newly after a neck massage -> urgent; s6 stop; hold)',
);
A(
  'S12',
  'miss',
  {
    sessions: [
      s('manip', '2026-10-01', { painAfter: 5, dizziness: 3 }),
      s('manip', '2026-10-04', { painAfter: 4, dizziness: 2 }),
      s('manip', '2026-11-12', { course: 2, painAfter: 4, dizziness: 0 }),
      s('manip', '2026-11-16', { course: 2, painAfter: 4, dizziness: 4 }),
    ] as never,
  },
  { ...EMER, course: 'stop' },
  'course 2: dizziness 0 then 4 after the manipulation 4 d ago (s8 new within the course -> stop, dizziness present; s9 -> emergency)',
);
// ---- E: a study on file with no text
A(
  'E1',
  'miss',
  {
    findings: { 'uncovertebral-arthrosis': undefined },
    imaging: [
      { modality: 'xray', region: 'cervical-spine', date: '2026-10-01', report: '' },
    ] as never,
  },
  { manip: 'not-cleared' },
  'uncovertebral arthrosis unanswered; the only cervical X-ray has an empty report (FS-2: unknown -> not-cleared; s5: it "can only be excluded on imaging", and nothing was read)',
);
A(
  'E2',
  'miss',
  {
    findings: { 'uncovertebral-arthrosis': undefined },
    imaging: [{ modality: 'xray', region: 'cervical-spine', date: '2026-10-01' }] as never,
  },
  { manip: 'not-cleared' },
  'as E1 with no report field at all',
);

A(
  'Z1',
  'control',
  { whole: caseOf([]) },
  CLEAR,
  'the screened FHIR patient, every finding answered "no", nothing added: all clear',
);
A('Z2', 'control', {}, CLEAR, 'PROBE_BASE, nothing added: all clear');

export const ROUND_52_E: readonly Probe[] = probes;
