/**
 * Reviewer probes, round 51 (/tmp/probe51/head.md), third part: clear patients (NC1-NC10,
 * upper bounds: nothing raised beyond the rules) and the control Z2. A degenerative X-ray, a
 * disc protrusion without neural compromise, antiplatelets, an old whiplash (2015, caution
 * only), vascular risk factors, a tension headache, BPPV dizziness, migraine, a normal CT head
 * and an exercise course. PROBE_BASE (assessed on 2026-11-20) with the answers, studies,
 * sessions and medications written, as in the round's harness. PROBE_BASE leaves the associated
 * signs unanswered; with one triad feature two unknown associated signs could make the level
 * moderate, so NC6, NC8 and NC9 answer them "no" (the round's own correction of its harness).
 * The round's clear FHIR patient NC11 is fhir/fhir-r51-ehr-b.spec.ts. The round's bounds
 * (probe-r51-lib.ts). All pass on main. Test data only, all synthetic.
 */
import type { CaseDelta, Probe } from './probe-model';
import { study } from './probe-r17-lib';
import { probe, s, showS, type Bounds } from './probe-r51-lib';

const FAMILY =
  'r51 A a clear patient: degenerative imaging, antiplatelets, an old injury, risk factors, a benign headache or dizziness, a normal study, an exercise course (s5, s9; false alarm if raised)';
const probes: Probe[] = [];
/** The first line of a report: its title. */
const title = (report: string | undefined): string => (report ?? '').split('\n')[0]!;
/** A clear patient as written: PROBE_BASE with `d`; a false alarm if above `b`. */
function NC(id: string, d: CaseDelta, b: Bounds, rule: string): void {
  const parts: string[] = [];
  if (d.findings) parts.push('intake ' + JSON.stringify(d.findings));
  for (const x of d.add ?? [])
    parts.push(`${x.modality}/${x.region} ${x.date}: ${title(x.report)}`);
  if (d.sessions) parts.push('sessions ' + showS(d.sessions));
  if (d.medications) parts.push('medications ' + JSON.stringify(d.medications));
  probes.push(probe(FAMILY, id, parts.join(' | '), d, b, rule));
}
const rep = (...l: string[]): string => l.join('\n');
const TRI_OLD = { present: true, onset: '2026-03-01' };
/** The associated signs answered "no" (PROBE_BASE leaves them unanswered). */
const ASSOC_NO = Object.fromEntries(
  [
    'gait-instability',
    'nausea',
    'vomiting',
    'sweating',
    'tachycardia',
    'arrhythmia',
    'neck-pain',
    'dizziness-on-head-rotation',
  ].map((k) => [k, false]),
);
const CLEAR4 = { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' } as const;
const CLEAR: Bounds = { max: CLEAR4 };
const MANIP_CAUTION: Bounds = { manip: 'caution', max: { ...CLEAR4, manip: 'caution' } };

NC(
  'NC1',
  {
    findings: {
      'neck-pain': TRI_OLD,
      'cervical-osteochondrosis': true,
      'muscle-hypertonicity': true,
    },
    add: [
      study(
        'xray',
        'cervical-spine',
        12,
        rep(
          'X-RAY CERVICAL SPINE',
          'Clinical: chronic neck pain, desk worker.',
          'Findings: Reduced disc height C5-C6 with small anterior osteophytes (osteochondrosis). Lordosis straightened. Uncovertebral joints preserved. No instability on flexion/extension.',
          'Conclusion: Osteochondrosis C5-C6.',
        ),
      ),
    ],
  },
  { max: { ...CLEAR4, course: 'none' } },
  'ordinary mechanical neck pain, degenerative X-ray (vertebrogenic cause, no contraindication s5): all clear',
);
NC(
  'NC2',
  {
    medications: [
      { name: 'Aspirin 75mg OD', form: 'tablet', start: '2024-01-01' },
      { name: 'Clopidogrel 75mg OD', form: 'tablet', start: '2024-01-01' },
      { name: 'Atorvastatin 40mg', form: 'tablet', start: '2024-01-01' },
    ],
  },
  CLEAR,
  'antiplatelets only (not anticoagulants, s5 IF): all clear',
);
NC(
  'NC3',
  {
    findings: {
      'neck-injury': { present: true, onset: '2015-06-01', note: 'whiplash 2015, recovered' },
    },
  },
  { czm: 'caution', bm: 'caution', max: { ...CLEAR4, czm: 'caution', bm: 'caution' } },
  'old neck injury 2015 (s9: >180 d -> caution); not recent trauma: manip clear',
);
NC(
  'NC4',
  { findings: { hypertension: true, diabetes: true, smoking: true, hyperlipidaemia: true } },
  MANIP_CAUTION,
  'vascular risk factors are IF precautions (s5): manip caution only',
);
NC(
  'NC5',
  {
    findings: { 'disc-protrusion': true, 'neck-pain': TRI_OLD },
    add: [
      study(
        'mri',
        'cervical-spine',
        30,
        rep(
          'MRI CERVICAL SPINE',
          'Clinical: neck pain 4 months, no arm symptoms.',
          'Findings: C5-C6 broad-based disc protrusion 2 mm, indenting the thecal sac without contact with the cord or the exiting roots. Foramina patent. Cord normal. Vertebral artery flow voids normal.',
          'Impression: Small C5-C6 disc protrusion without neural compromise.',
        ),
      ),
    ],
  },
  CLEAR,
  'disc protrusion without root or cord compression (no s5 item): all clear',
);
NC(
  'NC6',
  {
    findings: {
      ...ASSOC_NO,
      headache: {
        present: true,
        onset: '2024-01-01',
        note: 'tension-type, bilateral band-like, years',
      },
    },
  },
  { max: { ...CLEAR4, vas: 'low' } },
  'one triad feature, long-standing, nothing else (s3 low): all clear',
);
NC(
  'NC7',
  {
    sessions: [
      s('ex', '2026-10-27', { painAfter: 4 }),
      s('ex', '2026-10-30', { painAfter: 3 }),
      s('ex', '2026-11-03', { painAfter: 3 }),
      s('ex', '2026-11-06', { painAfter: 2 }),
      s('ex', '2026-11-10', { painAfter: 2 }),
    ],
  },
  { max: { ...CLEAR4, course: 'expected' } },
  'exercise course, pain 4->2 (s6 expected; 5th session 2 is lower than the lower of sessions 1-2, 3)',
);
NC(
  'NC8',
  { findings: { ...ASSOC_NO, dizziness: TRI_OLD, bppv: true } },
  CLEAR,
  'dizziness from BPPV does not block massage (s5); one triad feature = low',
);
NC(
  'NC9',
  {
    findings: { ...ASSOC_NO, migraine: true, headache: { present: true, onset: '2015-01-01' } },
  },
  MANIP_CAUTION,
  'migraine (s5 precaution): manip caution only',
);
NC(
  'NC10',
  {
    add: [
      study(
        'msct',
        'head',
        200,
        rep(
          'CT HEAD',
          'Clinical: minor head bump, no LOC.',
          'Findings: No intracranial haemorrhage. No infarct. No mass. Normal ventricles.',
          'Conclusion: Normal CT head.',
        ),
      ),
    ],
  },
  CLEAR,
  'normal CT head (nothing read): all clear',
);

/** PROBE_BASE, nothing added (control). */
probes.push(
  probe(
    'r51 Z PROBE_BASE, nothing added (control)',
    'Z2',
    'PROBE_BASE, nothing added',
    {},
    CLEAR,
    'nothing read: all four clear, urgency none',
  ),
);

export const ROUND_51_C: readonly Probe[] = probes;
