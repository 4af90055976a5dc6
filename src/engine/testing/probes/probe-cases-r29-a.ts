/**
 * Reviewer probes, round 29: e1cda55's reader and course fixes attacked, misses first.
 * reader-qualify.ts `headingAnswered` (a heading "answered" by a line or value starting with
 * no / not / normal that does not deny the finding: "Not excluded", "Not displaced", "No change",
 * "Not acute"), `negatedBullet` (a list opened by a line that only contains a "no"), reader-tables.ts
 * (NOTHING now swallowing any cell starting with normal / no / not; rotation rows refusing any
 * "no" / "not"; a header-less table's first row read as a header and its finding dropped by
 * report-reader.ts `namesColumn`), the 'Left VA: 80%' term (false alarms), reader-text.ts
 * `lineWrapAfter` (open adjectives read as closed lines), course.ts forms. Round 17's clean, fully
 * answered patient (probe-r17-lib.ts, assessed on 2026-11-20) with one report or one medication
 * added. Test data only, all synthetic.
 */
import type { ImagingModality, ImagingRegion, Medication, TreatmentSession } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { CLEAN, EMERGENCY, ago, ses, study, vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A report of dictated lines, joined by LF. */
const L = (...lines: string[]): string => lines.join('\n');

/** A round 29 reader probe: the report added to the clean patient's imaging. */
function r29(
  family: string,
  rule: string,
  id: string,
  essence: string,
  where: Where,
  report: string,
  expect: Expectation,
): Probe {
  const [m, r, d] = where;
  return {
    round: 29,
    family,
    name: `${id}: ${m}/${r} ${d} d ago: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r29-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
    expect,
  };
}

/** A round 29 medication probe: a 3-session manipulation course going well and one medication. */
function r29m(
  family: string,
  rule: string,
  id: string,
  essence: string,
  m: Medication,
  expect: Expectation,
): Probe {
  const s = [6, 4, 2].map((d, i) =>
    ses(d, 'cervical-manipulation', {
      painBefore: 6 - i,
      painAfter: 5 - i,
      dizziness: 0,
      headache: 0,
    }),
  );
  return {
    round: 29,
    family,
    name: `${id}: ${essence}`,
    rule,
    delta: { whole: vignette(`r29-${id}`, { who: 'GP', s, m: [m] }) },
    expect,
  };
}

/** A round 29 session probe: the clean patient with this session log. */
function r29s(
  family: string,
  rule: string,
  id: string,
  essence: string,
  s: TreatmentSession[],
  expect: Expectation,
): Probe {
  return {
    round: 29,
    family,
    name: `${id}: ${essence}`,
    rule,
    delta: { whole: vignette(`r29-${id}`, { who: 'physiotherapy', s }) },
    expect,
  };
}

const SIG = L('Electronically signed: K. Alvarez, MD', 'Signed 11/16/2026 09:41 CST');
const CTA = (...body: string[]): string =>
  L(
    'EXAMINATION: CT ANGIOGRAPHY OF THE NECK',
    'HISTORY: Neck pain and dizziness. Assess vertebral arteries.',
    'FINDINGS:',
    ...body,
    'IMPRESSION:',
    'As above.',
    SIG,
  );
const XR = (...body: string[]): string =>
  L('X-RAY CERVICAL SPINE AP / LATERAL', 'Observations:', ...body, 'Impression:', 'As above.', SIG);
const MRH = (...body: string[]): string =>
  L(
    'MRI HEAD',
    'Clinical details: Vertigo.',
    'Findings:',
    ...body,
    'Conclusion:',
    'As above.',
    SIG,
  );
const DUP = (...body: string[]): string =>
  L(
    'CAROTID AND VERTEBRAL ARTERY DOPPLER',
    'Indication: Dizziness on neck rotation.',
    ...body,
    SIG,
  );

const R_DIS =
  '§4 / §9 acute imaging: a report <= 14 days old reading a VA dissection or occlusion -> emergency, all four contraindicated (§5)';
const R_DIS_U =
  '§4 / §9: a VA dissection not excluded in a report <= 14 days old is at least uncertain: every modality held (not cleared)';
const R_STROKE =
  '§9 acute imaging: a report <= 14 days old reading an acute / subacute posterior-circulation infarct -> emergency, all four contraindicated';
const R_INF =
  '§5 / §8: an infarct read from a report (onset unknown) -> manipulation and collar-zone massage contraindicated';
const R_FR = '§5 FR: fracture or ligament tear with instability -> manipulation contraindicated';
const R_INST =
  '§5: vertebral instability (listhesis / subluxation) -> manipulation at least caution';
const R_STEN = '§5: vertebral-artery narrowing -> manipulation at least caution (precaution)';
const R_A = 'no finding: a normal report -> every modality clear, urgency none';
const R_TAB =
  '§6 concerning: analgesic tablets taken for more than 4 days (here 8 days, ended 2 days ago); §8 the rule belongs to the patient';

const MANIP_CI: Expectation = { manip: 'contraindicated' };
const STROKE_CI: Expectation = { manip: 'contraindicated', czm: 'contraindicated' };
const MANIP_CAUTION: Expectation = { manip: 'caution' };
const HELD: Expectation = {
  manip: 'not-cleared',
  czm: 'not-cleared',
  bm: 'not-cleared',
  ex: 'not-cleared',
};
const PAINKILLER: Expectation = {
  course: ['concerning', 'stop'],
  rules: { course: ['COURSE-ANALGESICS-4-DAYS'] },
};

const F_H =
  'r29 M heading "answered" by a no / not line that does not deny it (headingAnswered, miss)';
const F_C = 'r29 M capitals heading with ": Not …" value (headingAnswered, miss)';
const F_B = 'r29 M bullet under a line that merely contains "no" (negatedBullet, miss)';
const F_T = 'r29 M tables: NOTHING cells, rotation rows, header-less tables (miss)';
const F_M = 'r29 M painkiller by mouth read as not (course.ts, miss)';
const A_L = 'r29 A "Left VA: NN%" that is no stenosis (lexicon, false alarm)';
const F_S =
  'r29 M sessions: COURSE_GAP_DAYS and inferred numbers (control: new dizziness still read)';
const A_H = 'r29 A headingAnswered / unticked / negatedBullet own cases (control)';
const R_RATING =
  '§6 / §8 ratings: a new dizziness during a course stops the course and holds the modality';
const A_W = 'r29 A negation over a line ending in an open adjective (lineWrapAfter, false alarm)';

export const ROUND_29: readonly Probe[] = [
  // ----------------------------------------------------------------- heading answered on the next line
  r29(
    F_H,
    R_DIS_U,
    'H1',
    '"DISSECTION⏎Not excluded on the left at V3; recommend MRI."',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION', 'Not excluded on the left at V3; recommend MRI.'),
    HELD,
  ),
  r29(
    F_H,
    R_DIS,
    'H2',
    '"V3 dissection⏎No change since the prior study." (known dissection persists)',
    ['cta', 'neck-vessels', 3],
    CTA('V3 dissection', 'No change since the prior study.'),
    EMERGENCY,
  ),
  r29(
    F_H,
    R_DIS,
    'H3',
    '"Dissection / occlusion⏎No change; the V3 flap persists."',
    ['cta', 'neck-vessels', 3],
    CTA('Dissection / occlusion', 'No change; the V3 flap persists.'),
    EMERGENCY,
  ),
  r29(
    F_H,
    R_DIS,
    'H4',
    '"VA occlusion⏎Not recanalised since 12/11/2026."',
    ['cta', 'neck-vessels', 3],
    CTA('VA occlusion', 'Not recanalised since 12/11/2026.'),
    EMERGENCY,
  ),
  r29(
    F_H,
    R_STEN,
    'H5',
    '"STENOSIS⏎Not significant on the right. Greater than 70% on the other side at the origin."',
    ['cta', 'neck-vessels', 3],
    CTA(
      'STENOSIS',
      'Not significant on the right. Greater than 70% on the other side at the origin.',
    ),
    MANIP_CAUTION,
  ),
  r29(
    F_H,
    R_FR,
    'H6',
    '"FRACTURE⏎Not displaced; through the base of the dens."',
    ['msct', 'cervical-spine', 3],
    XR('FRACTURE', 'Not displaced; through the base of the dens.'),
    MANIP_CI,
  ),
  r29(
    F_H,
    R_FR,
    'H7',
    '"C2 fracture⏎Not united."',
    ['xray', 'cervical-spine', 20],
    XR('C2 fracture', 'Not united.'),
    MANIP_CI,
  ),
  r29(
    F_H,
    R_FR,
    'H8',
    '"Odontoid fracture⏎No interval healing."',
    ['xray', 'cervical-spine', 20],
    XR('Odontoid fracture', 'No interval healing.'),
    MANIP_CI,
  ),
  r29(
    F_H,
    R_INF,
    'H9',
    '"Cerebellar infarct⏎No change since 20/10/2026."',
    ['mri', 'head', 20],
    MRH('Cerebellar infarct', 'No change since 20/10/2026.'),
    STROKE_CI,
  ),
  r29(
    F_H,
    R_STROKE,
    'H10',
    '"ACUTE INFARCT⏎Not excluded in the left cerebellum." (uncertain acute infarct)',
    ['mri', 'head', 2],
    MRH('ACUTE INFARCT', 'Not excluded in the left cerebellum.'),
    HELD,
  ),
  // ----------------------------------------------------------------- capitals heading, colon value
  r29(
    F_C,
    R_DIS,
    'C1',
    '"DISSECTION: NOT FLOW-LIMITING."',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION: NOT FLOW-LIMITING.'),
    EMERGENCY,
  ),
  r29(
    F_C,
    R_FR,
    'C2',
    '"FRACTURE: Not displaced. Type II odontoid."',
    ['msct', 'cervical-spine', 3],
    XR('FRACTURE: Not displaced. Type II odontoid.'),
    MANIP_CI,
  ),
  r29(
    F_C,
    R_INST,
    'C3',
    '"ANTEROLISTHESIS: Not reducing on extension, 4 mm at C4-5."',
    ['xray', 'cervical-spine', 20],
    XR('ANTEROLISTHESIS: Not reducing on extension, 4 mm at C4-5.'),
    MANIP_CAUTION,
  ),
  r29(
    F_C,
    R_INF,
    'C4',
    '"INFARCT: Not acute. Left PICA territory."',
    ['mri', 'head', 20],
    MRH('INFARCT: Not acute. Left PICA territory.'),
    STROKE_CI,
  ),
  r29(
    F_C,
    R_DIS,
    'C5',
    '"OCCLUSION: NOT RECANALISED."',
    ['cta', 'neck-vessels', 3],
    CTA('LEFT VERTEBRAL ARTERY:', 'OCCLUSION: NOT RECANALISED.'),
    EMERGENCY,
  ),
  // ----------------------------------------------------------------- bullets
  r29(
    F_B,
    R_DIS,
    'B1',
    '"No acute findings, except:⏎- left V3 dissection with intimal flap"',
    ['cta', 'neck-vessels', 3],
    CTA('No acute findings, except:', '- left V3 dissection with intimal flap'),
    EMERGENCY,
  ),
  r29(
    F_B,
    R_DIS,
    'B2',
    '"Without and with contrast:⏎- occlusion of the left V4 segment"',
    ['cta', 'neck-vessels', 3],
    CTA('Without and with contrast:', '- occlusion of the left V4 segment'),
    EMERGENCY,
  ),
  r29(
    F_B,
    R_DIS,
    'B3',
    '"No comparison available; findings:⏎- left vertebral artery dissection"',
    ['cta', 'neck-vessels', 3],
    CTA('No comparison available; findings:', '- left vertebral artery dissection'),
    EMERGENCY,
  ),
  r29(
    F_B,
    R_STROKE,
    'B4',
    '"Negative for haemorrhage; positive for:⏎- acute left PICA infarct"',
    ['mri', 'head', 2],
    MRH('Negative for haemorrhage; positive for:', '- acute left PICA infarct'),
    EMERGENCY,
  ),
  r29(
    F_B,
    R_FR,
    'B5',
    '"No prior imaging (compared with clinical notes):⏎1. C2 odontoid fracture"',
    ['msct', 'cervical-spine', 3],
    XR('No prior imaging (compared with clinical notes):', '1. C2 odontoid fracture'),
    MANIP_CI,
  ),
  // ----------------------------------------------------------------- tables
  r29(
    F_T,
    R_DIS,
    'T1',
    'rotation row "| Rotation 90 deg | 44 cm/s | no flow |" (read before e1cda55)',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Position | Right VA | Left VA |',
      '| Neutral | 45 cm/s | 48 cm/s |',
      '| Rotation 90 deg | 44 cm/s | no flow |',
    ),
    EMERGENCY,
  ),
  r29(
    F_T,
    R_DIS,
    'T2',
    'rotation row "| Rotation 90 deg | 44 cm/s | not detected |"',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Position | Right VA | Left VA |',
      '| Neutral | 45 cm/s | 48 cm/s |',
      '| Rotation 90 deg | 44 cm/s | not detected |',
    ),
    EMERGENCY,
  ),
  r29(
    F_T,
    R_STEN,
    'T3',
    'rotation row "| Rotation 90 deg | 44 cm/s | no detectable flow |"',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Position | Right VA | Left VA |',
      '| Neutral | 45 cm/s | 48 cm/s |',
      '| Rotation 90 deg | 44 cm/s | no detectable flow |',
    ),
    MANIP_CAUTION,
  ),
  r29(
    F_T,
    R_STEN,
    'T4',
    'stenosis cell "Normal origin; 70% at V2"',
    ['doppler', 'neck-vessels', 20],
    DUP(
      '| Vessel | Stenosis | Comment |',
      '| Right VA | none | |',
      '| Left VA | Normal origin; 70% at V2 | |',
    ),
    MANIP_CAUTION,
  ),
  r29(
    F_T,
    R_STEN,
    'T5',
    'header-less table "| Left VA origin | 80% stenosis |⏎| Right VA origin | normal |" (read before e1cda55)',
    ['cta', 'neck-vessels', 20],
    CTA('| Left VA origin | 80% stenosis |', '| Right VA origin | normal |'),
    MANIP_CAUTION,
  ),
  r29(
    F_T,
    R_DIS,
    'T6',
    'flow direction "| Left VA | absent | none |"',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Vessel | Flow direction | Stenosis |',
      '| Right VA | antegrade | none |',
      '| Left VA | absent | none |',
    ),
    EMERGENCY,
  ),
  r29(
    F_T,
    R_STEN,
    'T7',
    'stenosis cell "Not less than 70%"',
    ['doppler', 'neck-vessels', 20],
    DUP(
      '| Vessel | Plaque | Stenosis |',
      '| Right VA | none | none |',
      '| Left VA | none | Not less than 70% |',
    ),
    MANIP_CAUTION,
  ),
  // ----------------------------------------------------------------- medications
  r29m(
    F_M,
    'judgement: in UK records "PR" after tramadol is prolonged release (no tramadol suppository is sold there); ' +
      R_TAB,
    'D1',
    'Tramadol 100 mg, form "PR", 8 days ending 2 days ago',
    { name: 'Tramadol 100 mg', form: 'PR', start: ago(9), end: ago(2) },
    PAINKILLER,
  ),
  r29m(
    F_M,
    R_TAB,
    'D2',
    'Paracetamol 500 mg, form "tablets in compliance device (blister pack)", 8 days',
    {
      name: 'Paracetamol 500 mg',
      form: 'tablets in compliance device (blister pack)',
      start: ago(9),
      end: ago(2),
    },
    PAINKILLER,
  ),
  r29m(
    F_M,
    R_TAB,
    'D3',
    'Ibuprofen 400 mg, form "tablet (dosette device)", 8 days',
    { name: 'Ibuprofen 400 mg', form: 'tablet (dosette device)', start: ago(9), end: ago(2) },
    PAINKILLER,
  ),
  // ----------------------------------------------------------------- false alarms
  r29(
    A_L,
    R_A,
    'A1',
    '"Left VA: 95% patent lumen."',
    ['doppler', 'neck-vessels', 20],
    DUP(
      'Vertebral arteries: Left VA: 95% patent lumen. Right VA: normal.',
      'Conclusion: Normal study.',
    ),
    CLEAN,
  ),
  r29(
    A_L,
    R_A,
    'A2',
    '"Left VA: 45% of total vertebral flow."',
    ['doppler', 'neck-vessels', 20],
    DUP(
      'Flow volume: Left VA: 45% of total vertebral flow. Right VA: 55%.',
      'Conclusion: Normal study.',
    ),
    CLEAN,
  ),
  r29(
    A_L,
    R_A,
    'A3',
    '"Left VA: 60% dominance over the right."',
    ['doppler', 'neck-vessels', 20],
    DUP('Left VA: 60% dominance over the right, a normal variant.', 'Conclusion: Normal study.'),
    CLEAN,
  ),
  r29(
    A_W,
    R_A,
    'A4',
    '"No vascular⏎occlusion or dissection."',
    ['cta', 'neck-vessels', 20],
    CTA('Both vertebral arteries are patent. No vascular', 'occlusion or dissection.'),
    CLEAN,
  ),
  r29(
    A_W,
    R_A,
    'A5',
    '"No arterial⏎dissection or stenosis."',
    ['cta', 'neck-vessels', 20],
    CTA('Normal vertebral arteries. No arterial', 'dissection or stenosis.'),
    CLEAN,
  ),
  r29(
    A_W,
    R_A,
    'A6',
    '"No evidence of intraluminal⏎thrombus or occlusion in either VA."',
    ['cta', 'neck-vessels', 20],
    CTA('No evidence of intraluminal', 'thrombus or occlusion in either VA.'),
    CLEAN,
  ),
  r29(
    A_W,
    R_A,
    'A7',
    '"No posterior circulation⏎infarct."',
    ['mri', 'head', 20],
    MRH('No acute intracranial haemorrhage. No posterior circulation', 'infarct. No mass.'),
    CLEAN,
  ),
  r29(
    A_W,
    R_A,
    'A8',
    '"No restricted diffusion to suggest acute territorial⏎infarction."',
    ['mri', 'head', 20],
    MRH('No restricted diffusion to suggest acute territorial', 'infarction.'),
    CLEAN,
  ),
  // ----------------------------------------------------------------- sessions (controls)
  r29s(
    F_S,
    R_RATING,
    'S1',
    'numbered course 1 (6 sessions, 48-33 days ago, dizziness 0); unnumbered session 2 days ago with dizziness 4',
    [
      ...[48, 45, 42, 39, 36, 33].map((d) => ses(d, 'cervical-manipulation', { dizziness: 0 })),
      ses(2, 'cervical-manipulation', { course: null, dizziness: 4 }),
    ],
    { manip: 'not-cleared', course: ['stop'] },
  ),
  r29s(
    F_S,
    R_RATING,
    'S2',
    'numbered course 2 ended 40 days ago; unnumbered sessions 9, 6 and 3 days ago, dizziness 0, 0, 3',
    [
      ...[49, 46, 43, 40].map((d) => ses(d, 'cervical-manipulation', { course: 2, dizziness: 0 })),
      ...[9, 6, 3].map((d, i) =>
        ses(d, 'cervical-manipulation', { course: null, dizziness: i === 2 ? 3 : 0 }),
      ),
    ],
    { manip: 'not-cleared', course: ['stop'] },
  ),
  r29s(
    F_S,
    R_RATING,
    'S3',
    'unnumbered sessions 2025 (4, dizziness 0), numbered course 1 in 2026 (3 sessions, dizziness 0, 0, 3)',
    [
      ...[400, 397, 394, 391].map((d) =>
        ses(d, 'cervical-manipulation', { course: null, dizziness: 0 }),
      ),
      ...[8, 5, 2].map((d, i) =>
        ses(d, 'cervical-manipulation', { course: 1, dizziness: i === 2 ? 3 : 0 }),
      ),
    ],
    { manip: 'not-cleared', course: ['stop'] },
  ),
  // ----------------------------------------------------------------- aspirin
  r29m(
    F_M,
    R_TAB,
    'D4',
    'Aspirin 100 mg, form "2 tablets four times daily for neck pain", 8 days',
    {
      name: 'Aspirin 100 mg',
      form: '2 tablets four times daily for neck pain',
      start: ago(9),
      end: ago(2),
    },
    PAINKILLER,
  ),
  r29m(
    F_M,
    R_TAB,
    'D5',
    'ASA 81 mg marked analgesic: true, form "tablet", 8 days',
    { name: 'ASA 81 mg', form: 'tablet', start: ago(9), end: ago(2), analgesic: true },
    PAINKILLER,
  ),
  // ----------------------------------------------------------------- controls: the fix's own cases stay negated
  r29(
    A_H,
    R_A,
    'A9',
    '"DISSECTION⏎Not seen." (control)',
    ['cta', 'neck-vessels', 20],
    CTA('DISSECTION', 'Not seen.', 'STENOSIS', 'None in either vertebral artery.'),
    CLEAN,
  ),
  r29(
    A_H,
    R_A,
    'A10',
    '"[ ] Dissection [ ] Occlusion [x] Normal" (control)',
    ['cta', 'neck-vessels', 20],
    CTA('Vertebral arteries: [ ] Dissection [ ] Occlusion [x] Normal'),
    CLEAN,
  ),
  r29(
    A_H,
    R_A,
    'A11',
    '"No evidence of:⏎- dissection⏎- occlusion" (control)',
    ['cta', 'neck-vessels', 20],
    CTA('No evidence of:', '- dissection', '- occlusion', '- stenosis'),
    CLEAN,
  ),
];
