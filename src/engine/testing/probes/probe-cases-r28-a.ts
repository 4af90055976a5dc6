/**
 * Reviewer probes, round 28: a stability sweep of the report reader as it stands after rounds
 * 21, 23 and 25 (commits 609c140, 2298f7d, eb8be88, 4525e0b): line breaks after a finding or a
 * modifier (reader-text.ts `lineWrapAfter`, FUNCTION_END, MODIFIER_END, LIST_TAIL, `headedLine`),
 * findings after "No X" lines, lists across lines, headings in capitals, a label's "No"
 * (reader-qualify.ts LABEL_NO), exceptions (`exceptionPlaces`), placing words (reader-scope.ts
 * PLACING) and tables with pipes, tabs or aligned spaces (reader-tables.ts). Round 17's clean,
 * fully answered patient with one whole report added, assessed on 2026-11-20. Part M: a real
 * finding (misses; the least cautious output the rules accept). Part A: normal reports in the
 * same layouts (false alarms). Test data only, all synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { CLEAN, EMERGENCY, study, vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A report of dictated lines, joined by LF. */
const L = (...lines: string[]): string => lines.join('\n');
/** A report of dictated lines, joined by CR LF. */
const CR = (...lines: string[]): string => lines.join('\r\n');
/** A table with pipes: one line per row. */
const PIPE = (...rows: string[][]): string[] => rows.map((r) => `| ${r.join(' | ')} |`);
/** A table with tabs between its cells. */
const TAB = (...rows: string[][]): string[] => rows.map((r) => r.join('\t'));
/** A table aligned with spaces: every column padded to its widest cell and two spaces. */
function SPACE(...rows: string[][]): string[] {
  const width: number[] = [];
  for (const r of rows) r.forEach((c, i) => (width[i] = Math.max(width[i] ?? 0, c.length)));
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(width[i]! + 2)))
      .join('')
      .trimEnd(),
  );
}

/** A round 28 probe: the report added to the clean patient's imaging. */
function r28(
  family: string,
  rule: string,
  id: string,
  essence: string,
  where: Where,
  report: string,
  expect: Expectation,
): Probe {
  const [m, r, d] = where;
  const lines = report.split('\n').length;
  return {
    round: 28,
    family,
    name: `${id}: ${m}/${r} ${d} d ago, ${lines} lines: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r28-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
    expect,
  };
}

const J = 'judgement: ';

const SIG_US = L('Electronically signed: K. Alvarez, MD', 'Signed 11/16/2026 09:41 CST');
const SIG_UK = 'Reported by: Dr F. Nwosu, Consultant Neuroradiologist  Verified 16/11/2026';
const SIG_AU = 'Dr M. Tran FRANZCR  Reported 16/11/2026  Thank you for referring this patient.';
const SIG_IN = L('Kindly correlate clinically.', 'Dr R. Iyer, MD (Radiodiagnosis)');
const SIG_ZA = 'Dr P. van der Merwe, Radiologist (MBChB, FCRad(D)SA)';

/** A CTA neck report (US layout). */
const CTA = (body: string[], impression: string[]): string =>
  L(
    'EXAMINATION: CT ANGIOGRAPHY OF THE NECK',
    'HISTORY: Neck pain and dizziness. Assess vertebral arteries.',
    'TECHNIQUE: Helical CT from aortic arch to circle of Willis after 75 mL Omnipaque 350.',
    'COMPARISON: None.',
    'FINDINGS:',
    ...body,
    'IMPRESSION:',
    ...impression,
    SIG_US,
  );
/** An MRI brain report (UK layout). */
const MRH = (body: string[], conclusion: string[]): string =>
  L(
    'MRI HEAD',
    'Clinical details: Vertigo, neck pain. ?Posterior circulation event.',
    'Sequences: Axial DWI/ADC, T2, FLAIR, SWI; sagittal T1.',
    'Findings:',
    ...body,
    'Conclusion:',
    ...conclusion,
    SIG_UK,
  );
/** An MRI cervical spine report (Australian layout). */
const MRC = (body: string[], comment: string[]): string =>
  L(
    'MRI CERVICAL SPINE',
    'Clinical notes: Neck pain radiating to the left arm.',
    'Technique: Sagittal T1, T2, STIR. Axial T2 and GRE C2 to T1.',
    'Report:',
    ...body,
    'Comment:',
    ...comment,
    SIG_AU,
  );
/** A cervical spine X-ray report (Indian layout). */
const XR = (body: string[], impression: string[]): string =>
  L(
    'X-RAY CERVICAL SPINE AP / LATERAL / FLEXION / EXTENSION VIEWS',
    'Observations:',
    ...body,
    'Impression:',
    ...impression,
    SIG_IN,
  );
/** A vertebral duplex report (South African layout). */
const DUP = (body: string[], conclusion: string[]): string =>
  L(
    'CAROTID AND VERTEBRAL ARTERY DOPPLER',
    'Indication: Dizziness on neck rotation.',
    ...body,
    'Conclusion:',
    ...conclusion,
    SIG_ZA,
  );

const R_DIS =
  '§4 / §9 acute imaging: a report <= 14 days old reading a VA dissection or occlusion -> emergency, all four contraindicated (§5)';
const R_STROKE =
  '§9 acute imaging: a report <= 14 days old reading an acute / subacute posterior-circulation infarct -> emergency, all four contraindicated';
const R_INF =
  '§5 / §8: an infarct read from a report (onset unknown) -> manipulation and collar-zone massage contraindicated';
const R_UNCO = '§5 ART (strict): uncovertebral arthrosis -> manipulation contraindicated';
const R_FR = '§5 FR: fracture or ligament tear with instability -> manipulation contraindicated';
const R_INST =
  '§5: vertebral instability (listhesis / subluxation) -> manipulation at least caution';
const R_STEN = '§5: vertebral-artery narrowing -> manipulation at least caution (precaution)';
const R_ATH = '§5 ART: vertebral-artery atherosclerosis -> manipulation contraindicated';
const R_TUM = '§5: a spinal tumour or metastasis -> manipulation contraindicated';
const R_A =
  'no finding: a normal report in a stressed layout (wrap, capitals, heading, table, exception) -> every modality clear, urgency none';

const MANIP_CI: Expectation = { manip: 'contraindicated' };
const STROKE_CI: Expectation = { manip: 'contraindicated', czm: 'contraindicated' };
const MANIP_CAUTION: Expectation = { manip: 'caution' };

const F_W = 'r28 M line break after a finding or modifier, "No X" lines, lists (miss)';
const F_H = 'r28 M headings in capitals and labels (miss)';
const F_E = 'r28 M exceptions (miss)';
const F_T = 'r28 M tables: pipes, tabs, spaces (miss)';
const F_S = 'r28 M spine: fracture, instability, uncovertebral, malignancy (miss)';
const A_W = 'r28 A normal report: wraps, lists, "No X" lines (false alarm)';
const A_H = 'r28 A normal report: headings naming findings (false alarm)';
const A_E = 'r28 A normal report: exceptions placing nothing dangerous (false alarm)';
const A_T = 'r28 A normal report: tables of normal values (false alarm)';
const A_C = 'r28 A normal templates of several countries (false alarm)';

// ---------------------------------------------------------------------------------------------
// M. A real finding in a stressed layout: it must be read.
const M: Probe[] = [
  r28(
    F_W,
    R_DIS,
    'M1',
    '"No aneurysm⏎tapered occlusion of the left VA at V4." (a word that is no phrase start opens the line)',
    ['cta', 'neck-vessels', 3],
    CTA(
      [
        'Aortic arch and carotid arteries are normal.',
        'Intracranial vessels: No aneurysm',
        'tapered occlusion of the left VA at V4.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_DIS,
    'M2',
    '"No carotid stenosis⏎abrupt cut-off of the left vertebral artery at C2."',
    ['cta', 'neck-vessels', 4],
    CTA(
      [
        'Common and internal carotid arteries: No carotid stenosis',
        'abrupt cut-off of the left vertebral artery at C2.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_DIS,
    'M3',
    '"No haemodynamically significant stenosis⏎irregular narrowing with an intimal flap in the right V3 segment."',
    ['cta', 'neck-vessels', 5],
    CTA(
      [
        'Carotids: No haemodynamically significant stenosis',
        'irregular narrowing with an intimal flap in the right V3 segment.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_DIS,
    'M4',
    'modifier at the line end: "The left vertebral artery shows an acute⏎dissection at V2."',
    ['mra', 'neck-vessels', 6],
    L(
      'MRA NECK (TOF AND CONTRAST-ENHANCED)',
      'History: sudden neck pain after a chiropractic session.',
      'Findings: Carotid arteries unremarkable.',
      'The left vertebral artery shows an acute',
      'dissection at V2 with crescentic mural haematoma.',
      'Impression: as above.',
      SIG_US,
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_DIS,
    'M5',
    '"No flow-limiting stenosis of the carotids; the left vertebral⏎artery is occluded from its origin."',
    ['cta', 'neck-vessels', 2],
    CTA(
      [
        'No flow-limiting stenosis of the carotids; the left vertebral',
        'artery is occluded from its origin.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_DIS,
    'M6',
    'duplex "No plaque in the carotids⏎damped then absent flow in the left VA"',
    ['doppler', 'neck-vessels', 3],
    DUP(
      [
        'Right ICA and CCA: No plaque in the carotids',
        'damped then absent flow in the left VA on colour and spectral Doppler.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_STROKE,
    'M7',
    '"No haemorrhage or mass. There is acute⏎infarction of the left cerebellar hemisphere."',
    ['mri', 'head', 2],
    MRH(
      ['No haemorrhage or mass. There is acute', 'infarction of the left cerebellar hemisphere.'],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_STROKE,
    'M8',
    '"No hydrocephalus⏎patchy restricted diffusion in the right thalamus and occipital lobe."',
    ['mri', 'head', 1],
    MRH(
      [
        'Ventricles normal in size. No hydrocephalus',
        'patchy restricted diffusion in the right thalamus and occipital lobe.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_STROKE,
    'M9',
    'list over lines then a new finding: "No haemorrhage, mass or hydrocephalus,⏎but an acute infarct in the right cerebellum."',
    ['msct', 'head', 1],
    L(
      'CT HEAD NON-CONTRAST',
      'Findings:',
      'No haemorrhage, mass or hydrocephalus,',
      'but an acute infarct in the right cerebellum is suspected on loss of grey-white differentiation.',
      'Impression: as above.',
      SIG_US,
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_STROKE,
    'M10',
    'bullets with the dashes lost: "no midline shift⏎vermian infarct, acute"',
    ['msct', 'head', 2],
    L(
      'CT BRAIN',
      'Findings',
      'no midline shift',
      'vermian infarct, acute, with early swelling',
      'no hydrocephalus',
      'Impression: as above.',
      SIG_UK,
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_DIS,
    'M11',
    'a significant modifier at the line end: "Right VA normal. Left VA: significant⏎dissection-related narrowing with flap at V3."',
    ['cta', 'neck-vessels', 4],
    CTA(
      ['Right VA normal. Left VA: significant', 'dissection-related narrowing with a flap at V3.'],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_STEN,
    'M12',
    '"Left VA shows haemodynamically significant⏎stenosis at the origin (about 70%)."',
    ['cta', 'neck-vessels', 30],
    CTA(
      [
        'The right vertebral artery is normal.',
        'Left VA shows haemodynamically significant',
        'stenosis at the origin (about 70%).',
      ],
      ['As above.'],
    ),
    MANIP_CAUTION,
  ),
  r28(
    F_W,
    R_DIS,
    'M13',
    'two items on one dictated list: "- no ICA stenosis⏎- left vertebral artery⏎  dissection at C1-C2"',
    ['cta', 'neck-vessels', 5],
    CTA(
      [
        '- no ICA stenosis',
        '- left vertebral artery',
        '  dissection at C1-C2',
        '- normal circle of Willis',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_STROKE,
    'M14',
    'a "No evidence of:" list then a finding: "No evidence of:⏎- haemorrhage⏎- mass⏎Acute infarct in the left PICA territory."',
    ['mri', 'head', 3],
    MRH(
      ['No evidence of:', '- haemorrhage', '- mass', 'Acute infarct in the left PICA territory.'],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_DIS,
    'M15',
    '"No dissection, occlusion or aneurysm of the right VA;⏎left VA occluded at V4." plus "No aneurysm⏎occluded left V4"',
    ['cta', 'neck-vessels', 6],
    CTA(
      [
        'No dissection or aneurysm of the right VA.',
        'Circle of Willis: No aneurysm',
        'occluded left V4 segment with no distal filling.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_DIS,
    'M16',
    'CR LF: "No stenosis⏎string sign of the left VA from V2 to V3"',
    ['cta', 'neck-vessels', 5],
    CR(
      'CTA NECK',
      'Findings:',
      'Right VA: No stenosis',
      'string sign of the left VA from V2 to V3, with an intimal flap.',
      'Impression: as above.',
      SIG_UK,
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_STROKE,
    'M17',
    '"No intracranial haemorrhage⏎cytotoxic oedema in the left cerebellar hemisphere"',
    ['msct', 'head', 1],
    L(
      'CT HEAD',
      'Findings: No intracranial haemorrhage',
      'cytotoxic oedema in the left cerebellar hemisphere in keeping with acute infarction.',
      'Impression: as above.',
      SIG_US,
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_DIS,
    'M18',
    'capitals: "NO CAROTID STENOSIS⏎LEFT VA DISSECTION AT V3"',
    ['cta', 'neck-vessels', 3],
    L(
      'CT ANGIOGRAM NECK',
      'FINDINGS',
      'NO CAROTID STENOSIS',
      'LEFT VA DISSECTION AT V3 WITH INTIMAL FLAP',
      'IMPRESSION',
      'AS ABOVE',
      'DICTATED BY DR J OKONKWO',
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_STROKE,
    'M19',
    'capitals, modifier at line end: "NO HAEMORRHAGE. ACUTE⏎INFARCT RIGHT CEREBELLUM"',
    ['msct', 'head', 2],
    L(
      'CT HEAD',
      'FINDINGS',
      'NO HAEMORRHAGE. ACUTE',
      'INFARCT RIGHT CEREBELLUM WITH MASS EFFECT ON THE FOURTH VENTRICLE',
      'IMPRESSION',
      'AS ABOVE',
      'DR A SHAH',
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_DIS,
    'M20',
    '"The right vertebral artery is patent. No⏎flow is seen in the left vertebral artery." (a "No" that is the finding)',
    ['cta', 'neck-vessels', 4],
    CTA(
      [
        'The right vertebral artery is patent. No',
        'flow is seen in the left vertebral artery from origin to V4.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_DIS,
    'M21',
    '"No significant stenosis at the origins; the left vertebral artery⏎has a dissection flap at V2."',
    ['cta', 'neck-vessels', 7],
    CTA(
      [
        'No significant stenosis at the origins; the left vertebral artery',
        'has a dissection flap at V2.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_STROKE,
    'M22',
    '"No acute haemorrhage⏎multifocal infarcts in both cerebellar hemispheres and the pons, DWI positive"',
    ['mri', 'head', 4],
    MRH(
      [
        'No acute haemorrhage',
        'multifocal infarcts in both cerebellar hemispheres and the pons, DWI positive.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_W,
    R_INF,
    'M23',
    '40 d: "No mass lesion⏎established infarct in the left PICA territory"',
    ['mri', 'head', 40],
    MRH(
      ['No mass lesion', 'established infarct in the left PICA territory with gliosis.'],
      ['As above.'],
    ),
    STROKE_CI,
  ),
  // headings and labels
  r28(
    F_H,
    R_STEN,
    'M24',
    'heading "STENOSIS:" then "Right VA: none. Left VA: 80% at origin."',
    ['cta', 'neck-vessels', 20],
    CTA(
      ['DISSECTION: none.', 'STENOSIS:', 'Right VA: none. Left VA: 80% at origin.'],
      ['As above.'],
    ),
    MANIP_CAUTION,
  ),
  r28(
    F_H,
    R_DIS,
    'M25',
    'heading "OCCLUSION" then "Right: none⏎Left: V4 segment"',
    ['cta', 'neck-vessels', 3],
    CTA(
      [
        'STENOSIS',
        'Right: none',
        'Left: none',
        'OCCLUSION',
        'Right: none',
        'Left: V4 segment, no distal flow',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_H,
    R_DIS,
    'M26',
    '"Dissection: right no; left yes (V3)" in a line of labels',
    ['mra', 'neck-vessels', 5],
    L(
      'MRA NECK',
      'Findings:',
      'Stenosis: none.',
      'Dissection: right VA - not seen; left VA - present at V3.',
      'Occlusion: none.',
      'Impression: as above.',
      SIG_UK,
    ),
    EMERGENCY,
  ),
  r28(
    F_H,
    R_STROKE,
    'M27',
    '"Impression: No⏎change in ventricular size; acute left cerebellar infarct." (a label\'s No then a new finding after ;)',
    ['msct', 'head', 2],
    L(
      'CT HEAD',
      'Findings: see below.',
      'Impression: No',
      'change in ventricular size; acute left cerebellar infarct.',
      SIG_US,
    ),
    EMERGENCY,
  ),
  r28(
    F_H,
    R_DIS,
    'M28',
    'a label\'s No: "Conclusion: No⏎stenosis of the carotids. Left VA occluded."',
    ['cta', 'neck-vessels', 4],
    L(
      'CTA NECK',
      'Findings: see below.',
      'Conclusion: No',
      'stenosis of the carotids. Left VA occluded.',
      SIG_UK,
    ),
    EMERGENCY,
  ),
  r28(
    F_H,
    R_STROKE,
    'M29',
    'heading in capitals with the finding on its own line: "INFARCTS⏎Acute: right cerebellar hemisphere."',
    ['mri', 'head', 3],
    MRH(
      ['HAEMORRHAGE: none.', 'INFARCTS', 'Acute: right cerebellar hemisphere, 2 cm.', 'Old: none.'],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  // exceptions
  r28(
    F_E,
    R_DIS,
    'M30',
    '"No occlusion other than in the left vertebral artery, carotid arteries being normal."',
    ['cta', 'neck-vessels', 3],
    CTA(
      ['No occlusion other than in the left vertebral artery, carotid arteries being normal.'],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_E,
    R_DIS,
    'M31',
    '"No dissection apart from the left V3 segment (not seen on the prior CT)."',
    ['cta', 'neck-vessels', 4],
    CTA(
      ['No dissection apart from the left V3 segment (not seen on the prior CT).'],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_E,
    R_STEN,
    'M32',
    '"No stenosis except at the calcified left VA origin, narrowed by 70%."',
    ['cta', 'neck-vessels', 30],
    CTA(['No stenosis except at the calcified left VA origin, narrowed by 70%.'], ['As above.']),
    MANIP_CI,
  ),
  r28(
    F_E,
    R_STEN,
    'M33',
    '"The vertebral arteries are normal, with the exception of the left V1 segment where there is a 60% stenosis."',
    ['mra', 'neck-vessels', 30],
    L(
      'MRA NECK',
      'Findings: The vertebral arteries are normal, with the exception of the left V1',
      'segment where there is a 60% stenosis.',
      'Impression: as above.',
      SIG_UK,
    ),
    MANIP_CAUTION,
  ),
  r28(
    F_E,
    R_UNCO,
    'M34',
    '"Uncovertebral joints are normal except at C5-6 where there is hypertrophy."',
    ['mri', 'cervical-spine', 30],
    MRC(
      [
        'Alignment normal. Cord normal.',
        'Uncovertebral joints are normal except at C5-6 where there is hypertrophy.',
      ],
      ['As above.'],
    ),
    MANIP_CI,
  ),
  r28(
    F_E,
    R_DIS,
    'M35',
    '"No dissection other than at the previously stented left V1 segment, where a new flap is seen."',
    ['cta', 'neck-vessels', 3],
    CTA(
      [
        'No dissection other than at the previously stented left V1 segment, where a new flap is seen.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_E,
    R_DIS,
    'M36',
    '"No stenosis or occlusion apart from:⏎- left vertebral artery occluded at V4"',
    ['cta', 'neck-vessels', 4],
    CTA(
      ['No stenosis or occlusion apart from:', '- left vertebral artery occluded at V4'],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_E,
    R_STROKE,
    'M37',
    '"No infarct apart from an acute left PICA territory infarct." ',
    ['mri', 'head', 2],
    MRH(
      [
        'No supratentorial infarct apart from the cerebellum: an acute left PICA territory infarct.',
      ],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_E,
    R_DIS,
    'M38',
    '"No abnormality except in the left vertebral artery, which is occluded (calcified origin)."',
    ['cta', 'neck-vessels', 5],
    CTA(
      ['No abnormality except in the left vertebral artery, which is occluded (calcified origin).'],
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_E,
    R_FR,
    'M39',
    '"No fractures except of the C2 dens (type II)" in an X-ray',
    ['xray', 'cervical-spine', 5],
    XR(
      ['Alignment is maintained.', 'No fractures except of the C2 dens (type II).'],
      ['As above.'],
    ),
    MANIP_CI,
  ),
  r28(
    F_E,
    R_INST,
    'M40',
    '"Normal alignment other than 4 mm anterolisthesis of C4 on C5 on flexion."',
    ['xray', 'cervical-spine', 20],
    XR(['Normal alignment other than 4 mm anterolisthesis of C4 on C5 on flexion.'], ['As above.']),
    MANIP_CAUTION,
  ),
  // tables
  r28(
    F_T,
    R_DIS,
    'M41',
    'a space table with an empty cell: "Left VA  52  soft  occluded" under "Plaque  Stenosis"',
    ['doppler', 'neck-vessels', 3],
    DUP(
      SPACE(
        ['Vessel', 'PSV (cm/s)', 'Plaque', 'Stenosis'],
        ['Right VA', '48', '', 'none'],
        ['Left VA', '0', 'soft', 'occluded'],
      ),
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_T,
    R_STEN,
    'M42',
    'transposed pipe table: "| Stenosis | none | 70% |" under "| | Right VA | Left VA |"',
    ['doppler', 'neck-vessels', 30],
    DUP(
      PIPE(
        ['', 'Right VA', 'Left VA'],
        ['---', '---', '---'],
        ['PSV cm/s', '45', '210'],
        ['Stenosis', '0%', '70%'],
        ['Plaque', 'none', 'none'],
      ),
      ['As above.'],
    ),
    MANIP_CAUTION,
  ),
  r28(
    F_T,
    R_STEN,
    'M43',
    'merged header rows: "Right VA | Left VA" over "PSV | Stenosis", rows labelled by segment ("Origin")',
    ['doppler', 'neck-vessels', 30],
    DUP(
      PIPE(
        ['', 'Right VA', '', 'Left VA', ''],
        ['Segment', 'PSV', 'Stenosis', 'PSV', 'Stenosis'],
        ['Origin', '45', 'none', '230', '70-99%'],
        ['V2', '42', 'none', '60', 'none'],
      ),
      ['As above.'],
    ),
    MANIP_CAUTION,
  ),
  r28(
    F_T,
    R_STEN,
    'M44',
    'tab table, abbreviated row label "Lt vert": "Lt vert\t260 cm/s\t>70 %"',
    ['doppler', 'neck-vessels', 30],
    DUP(
      TAB(
        ['Vessel', 'PSV', 'Stenosis'],
        ['Rt vert', '48 cm/s', '0 %'],
        ['Lt vert', '260 cm/s', '>70 %'],
      ),
      ['As above.'],
    ),
    MANIP_CAUTION,
  ),
  r28(
    F_T,
    R_DIS,
    'M45',
    'rotation row: "| Rotation left | 46 | 0 (flow ceased) |" under VA PSV columns',
    ['doppler', 'neck-vessels', 10],
    DUP(
      PIPE(
        ['Position', 'Right VA PSV', 'Left VA PSV'],
        ['Neutral', '48', '50'],
        ['Rotation left', '46', '0 (flow ceased)'],
      ),
      ['As above.'],
    ),
    MANIP_CI,
  ),
  r28(
    F_T,
    R_UNCO,
    'M46',
    'level table: "C5-6 | bulge | moderate" under "Uncovertebral"',
    ['mri', 'cervical-spine', 30],
    MRC(
      PIPE(
        ['Level', 'Disc', 'Uncovertebral', 'Foramina'],
        ['C4-5', 'normal', 'normal', 'patent'],
        ['C5-6', 'bulge', 'moderate', 'mild left narrowing'],
        ['C6-7', 'normal', 'severe', 'moderate right narrowing'],
      ),
      ['As above.'],
    ),
    MANIP_CI,
  ),
  r28(
    F_T,
    R_UNCO,
    'M47',
    'level table aligned with spaces, header "UV joints": "C5-C6  spurring bilat"',
    ['xray', 'cervical-spine', 30],
    XR(
      SPACE(
        ['Level', 'Disc height', 'UV joints', 'Facets'],
        ['C4-C5', 'preserved', 'normal', 'normal'],
        ['C5-C6', 'reduced', 'spurring bilat', 'normal'],
      ),
      ['As above.'],
    ),
    MANIP_CI,
  ),
  r28(
    F_T,
    R_STEN,
    'M48',
    'header "Grade" for stenosis: "| L VA | severe |"',
    ['cta', 'neck-vessels', 30],
    CTA(PIPE(['Vessel', 'Grade', 'Length'], ['R VA', 'none', '-'], ['L VA', 'severe', '8 mm']), [
      'As above.',
    ]),
    MANIP_CAUTION,
  ),
  r28(
    F_T,
    R_DIS,
    'M49',
    'tab table, flow column, "Left VA\\t-\\tno signal"',
    ['doppler', 'neck-vessels', 4],
    DUP(
      TAB(
        ['Artery', 'PSV (cm/s)', 'Flow'],
        ['Right VA', '52', 'antegrade'],
        ['Left VA', '-', 'no signal'],
      ),
      ['As above.'],
    ),
    EMERGENCY,
  ),
  r28(
    F_T,
    R_ATH,
    'M50',
    'space table "Plaque" column with a unit cell: "Left VA  2.1 mm calcified"',
    ['cta', 'neck-vessels', 30],
    CTA(
      SPACE(
        ['Vessel', 'Plaque', 'Stenosis'],
        ['Right VA', 'none', 'none'],
        ['Left VA', '2.1 mm calcified', '30 %'],
      ),
      ['As above.'],
    ),
    MANIP_CI,
  ),
  r28(
    F_T,
    R_STEN,
    'M51',
    'CR LF pipe table: "| Left VA (V1) | 220 | 65 % |" under "% stenosis"',
    ['doppler', 'neck-vessels', 30],
    CR(
      'VERTEBRAL DUPLEX',
      ...PIPE(
        ['Vessel', 'PSV cm/s', '% stenosis'],
        ['Right VA (V1)', '45', '0'],
        ['Left VA (V1)', '220', '65 %'],
      ),
      'Conclusion: as above.',
      SIG_ZA,
    ),
    MANIP_CAUTION,
  ),
  // spine
  r28(
    F_S,
    R_TUM,
    'M52',
    '"No disc herniation⏎expansile lesion of the C5 body with epidural extension, suspicious for metastasis"',
    ['mri', 'cervical-spine', 10],
    MRC(
      [
        'No disc herniation',
        'expansile lesion of the C5 vertebral body with epidural extension, in keeping with metastasis.',
      ],
      ['As above.'],
    ),
    MANIP_CI,
  ),
  r28(
    F_S,
    R_FR,
    'M53',
    '"No cord compression⏎pathological fracture of C6 with marrow replacement"',
    ['mri', 'cervical-spine', 10],
    MRC(
      ['No cord compression', 'pathological fracture of C6 with marrow replacement.'],
      ['As above.'],
    ),
    MANIP_CI,
  ),
  r28(
    F_S,
    R_FR,
    'M54',
    '"No prevertebral swelling⏎widened atlanto-dens interval (5 mm) in flexion"',
    ['xray', 'cervical-spine', 10],
    XR(
      ['No prevertebral swelling', 'widened atlanto-dens interval (5 mm) in flexion.'],
      ['As above.'],
    ),
    MANIP_CI,
  ),
  r28(
    F_S,
    R_UNCO,
    'M55',
    '"No significant⏎canal stenosis. Left C5-6 uncovertebral⏎osteophytes narrow the foramen."',
    ['mri', 'cervical-spine', 30],
    MRC(
      [
        'No significant',
        'canal stenosis. Left C5-6 uncovertebral',
        'osteophytes narrow the foramen.',
      ],
      ['As above.'],
    ),
    MANIP_CI,
  ),
  r28(
    F_S,
    R_UNCO,
    'M56',
    '"No fracture⏎bilateral uncinate process hypertrophy at C6-7"',
    ['xray', 'cervical-spine', 30],
    XR(['No fracture', 'bilateral uncinate process hypertrophy at C6-7.'], ['As above.']),
    MANIP_CI,
  ),
  r28(
    F_S,
    R_FR,
    'M57',
    'capitals: "NO LISTHESIS⏎FRACTURE OF THE C7 SPINOUS PROCESS"',
    ['xray', 'cervical-spine', 5],
    L(
      'XR CERVICAL SPINE',
      'FINDINGS',
      'NO LISTHESIS',
      'FRACTURE OF THE C7 SPINOUS PROCESS',
      'IMPRESSION',
      'AS ABOVE',
      'DR B MOYO',
    ),
    MANIP_CI,
  ),
  r28(
    F_S,
    R_TUM,
    'M58',
    'label heading "MARROW:" on its own line then "Diffuse infiltration, myeloma."',
    ['mri', 'cervical-spine', 10],
    MRC(
      [
        'ALIGNMENT: normal.',
        'MARROW:',
        'Diffuse infiltration of C3 to C7 in keeping with known myeloma.',
      ],
      ['As above.'],
    ),
    MANIP_CI,
  ),
  r28(
    F_S,
    R_INST,
    'M59',
    '"No fracture. Alignment: normal in neutral,⏎anterolisthesis of C4 on C5 (3 mm) in flexion."',
    ['xray', 'cervical-spine', 30],
    XR(
      [
        'No fracture. Alignment: normal in neutral,',
        'anterolisthesis of C4 on C5 (3 mm) in flexion.',
      ],
      ['As above.'],
    ),
    MANIP_CAUTION,
  ),
  r28(
    F_S,
    R_UNCO,
    'M60',
    'exception in capitals: "UNCOVERTEBRAL JOINTS NORMAL APART FROM C5-6: HYPERTROPHY BILATERALLY"',
    ['xray', 'cervical-spine', 30],
    L(
      'XR CERVICAL SPINE',
      'FINDINGS',
      'ALIGNMENT NORMAL',
      'UNCOVERTEBRAL JOINTS NORMAL APART FROM C5-6: HYPERTROPHY BILATERALLY',
      'IMPRESSION',
      'AS ABOVE',
      'DR B MOYO',
    ),
    MANIP_CI,
  ),
];

// ---------------------------------------------------------------------------------------------
// A. Normal reports in the same layouts: they must stay clean.
const a = (fam: string, id: string, essence: string, where: Where, report: string): Probe =>
  r28(fam, R_A, id, essence, where, report, CLEAN);
const aj = (
  fam: string,
  why: string,
  id: string,
  essence: string,
  where: Where,
  report: string,
): Probe => r28(fam, J + why, id, essence, where, report, CLEAN);

const A: Probe[] = [
  // wraps and lists
  a(
    A_W,
    'A1',
    '"No evidence of dissection, stenosis⏎or occlusion of either vertebral artery."',
    ['cta', 'neck-vessels', 5],
    CTA(
      ['No evidence of dissection, stenosis', 'or occlusion of either vertebral artery.'],
      ['Normal CTA neck.'],
    ),
  ),
  a(
    A_W,
    'A2',
    '"There is no significant⏎stenosis of the vertebral arteries."',
    ['cta', 'neck-vessels', 5],
    CTA(['There is no significant', 'stenosis of the vertebral arteries.'], ['No stenosis.']),
  ),
  a(
    A_W,
    'A3',
    '"No intimal flap, mural haematoma, vertebral⏎artery occlusion or pseudoaneurysm."',
    ['cta', 'neck-vessels', 4],
    CTA(
      ['No intimal flap, mural haematoma, vertebral', 'artery occlusion or pseudoaneurysm.'],
      ['No dissection.'],
    ),
  ),
  a(
    A_W,
    'A4',
    '"No restricted diffusion to suggest acute⏎infarction in the posterior fossa."',
    ['mri', 'head', 3],
    MRH(
      ['No restricted diffusion to suggest acute', 'infarction in the posterior fossa.'],
      ['Normal MRI head.'],
    ),
  ),
  a(
    A_W,
    'A5',
    'bullets with dashes: "- No acute infarct⏎- No haemorrhage⏎- No vertebral artery⏎  flow void abnormality"',
    ['mri', 'head', 3],
    MRH(
      [
        '- No acute infarct',
        '- No haemorrhage',
        '- No vertebral artery',
        '  flow void abnormality',
      ],
      ['Normal study.'],
    ),
  ),
  a(
    A_W,
    'A6',
    '"Without⏎evidence of dissection or occlusion."',
    ['mra', 'neck-vessels', 5],
    L(
      'MRA NECK',
      'Findings: Both vertebral arteries are patent and of normal calibre, without',
      'evidence of dissection or occlusion.',
      'Impression: normal.',
      SIG_UK,
    ),
  ),
  a(
    A_W,
    'A7',
    '"No acute intracranial⏎haemorrhage or infarct."',
    ['msct', 'head', 2],
    L(
      'CT HEAD',
      'Findings: No acute intracranial',
      'haemorrhage or infarct. Ventricles normal.',
      'Impression: normal CT head.',
      SIG_US,
    ),
  ),
  a(
    A_W,
    'A8',
    'capitals wrap: "NO EVIDENCE OF VERTEBRAL⏎ARTERY DISSECTION OR STENOSIS"',
    ['cta', 'neck-vessels', 4],
    L(
      'CT ANGIOGRAM NECK',
      'FINDINGS',
      'NO EVIDENCE OF VERTEBRAL',
      'ARTERY DISSECTION OR STENOSIS',
      'IMPRESSION',
      'NORMAL STUDY',
      'DR K PATEL',
    ),
  ),
  a(
    A_W,
    'A9',
    'capitals: "NO ACUTE⏎INFARCT OR HAEMORRHAGE"',
    ['msct', 'head', 2],
    L(
      'CT HEAD',
      'FINDINGS',
      'NO ACUTE',
      'INFARCT OR HAEMORRHAGE',
      'NORMAL VENTRICLES',
      'IMPRESSION',
      'NORMAL',
      'DR K PATEL',
    ),
  ),
  a(
    A_W,
    'A10',
    '"No cervical spine fracture,⏎subluxation or prevertebral swelling."',
    ['xray', 'cervical-spine', 10],
    XR(['No cervical spine fracture,', 'subluxation or prevertebral swelling.'], ['Normal study.']),
  ),
  a(
    A_W,
    'A11',
    '"There is no uncovertebral⏎hypertrophy or foraminal narrowing."',
    ['mri', 'cervical-spine', 30],
    MRC(
      ['There is no uncovertebral', 'hypertrophy or foraminal narrowing.'],
      ['Normal cervical spine.'],
    ),
  ),
  a(
    A_W,
    'A12',
    '"Flow in both vertebral arteries is antegrade; no⏎stenosis, dissection or occlusion."',
    ['doppler', 'neck-vessels', 5],
    DUP(
      ['Flow in both vertebral arteries is antegrade; no', 'stenosis, dissection or occlusion.'],
      ['Normal study.'],
    ),
  ),
  a(
    A_W,
    'A13',
    '"Vertebral arteries: patent, normal calibre,⏎no dissection."',
    ['cta', 'neck-vessels', 5],
    CTA(['Vertebral arteries: patent, normal calibre,', 'no dissection.'], ['Normal.']),
  ),
  a(
    A_W,
    'A14',
    '"No signs of⏎vertebral artery dissection or stenosis" CR LF',
    ['cta', 'neck-vessels', 5],
    CR(
      'CTA NECK',
      'Findings: No signs of',
      'vertebral artery dissection or stenosis.',
      'Conclusion: normal study.',
      SIG_UK,
    ),
  ),
  a(
    A_W,
    'A15',
    '"No fracture, listhesis⏎or bone destruction. No malignancy."',
    ['xray', 'cervical-spine', 10],
    XR(['No fracture, listhesis', 'or bone destruction. No malignancy.'], ['Normal.']),
  ),
  a(
    A_W,
    'A16',
    '"Nil⏎acute intracranial pathology."',
    ['msct', 'head', 2],
    L(
      'CT BRAIN',
      'Findings: Nil',
      'acute intracranial pathology. No posterior fossa infarct.',
      'Impression: normal.',
      SIG_AU,
    ),
  ),
  a(
    A_W,
    'A17',
    '"No evidence of:⏎- dissection⏎- stenosis⏎- occlusion"',
    ['cta', 'neck-vessels', 5],
    CTA(['No evidence of:', '- dissection', '- stenosis', '- occlusion'], ['Normal.']),
  ),
  a(
    A_W,
    'A18',
    '"Negative for⏎vertebral artery dissection, with no⏎flow-limiting stenosis."',
    ['cta', 'neck-vessels', 5],
    CTA(
      ['Negative for', 'vertebral artery dissection, with no', 'flow-limiting stenosis.'],
      ['Negative.'],
    ),
  ),
  a(
    A_W,
    'A19',
    '"No DWI abnormality to indicate⏎acute ischaemia in the cerebellum or brainstem."',
    ['mri', 'head', 3],
    MRH(
      ['No DWI abnormality to indicate', 'acute ischaemia in the cerebellum or brainstem.'],
      ['No acute ischaemia.'],
    ),
  ),
  a(
    A_W,
    'A20',
    '"Alignment normal, no⏎instability on flexion or extension."',
    ['xray', 'cervical-spine', 10],
    XR(['Alignment normal, no', 'instability on flexion or extension.'], ['Normal dynamic views.']),
  ),
  // headings naming findings
  a(
    A_H,
    'A21',
    '"DISSECTION: none⏎STENOSIS: none⏎OCCLUSION: none"',
    ['cta', 'neck-vessels', 5],
    CTA(['DISSECTION: none', 'STENOSIS: none', 'OCCLUSION: none', 'ANEURYSM: none'], ['Normal.']),
  ),
  a(
    A_H,
    'A22',
    'heading "DISSECTION" on its own line, then "Not seen."',
    ['cta', 'neck-vessels', 5],
    CTA(['DISSECTION', 'Not seen.', 'STENOSIS', 'None in either vertebral artery.'], ['Normal.']),
  ),
  a(
    A_H,
    'A23',
    'heading "INFARCTION:" then "No acute or chronic infarct."',
    ['mri', 'head', 3],
    MRH(['INFARCTION:', 'No acute or chronic infarct.', 'HAEMORRHAGE:', 'None.'], ['Normal.']),
  ),
  a(
    A_H,
    'A24',
    'headings "Vertebral artery stenosis: -⏎Dissection: -" (dashes)',
    ['doppler', 'neck-vessels', 5],
    DUP(['Vertebral artery stenosis: -', 'Dissection: -', 'Occlusion: -'], ['Normal.']),
  ),
  a(
    A_H,
    'A25',
    'heading "FRACTURE / DISLOCATION" then "None."',
    ['xray', 'cervical-spine', 10],
    XR(['FRACTURE / DISLOCATION', 'None.', 'UNCOVERTEBRAL JOINTS', 'Normal.'], ['Normal.']),
  ),
  a(
    A_H,
    'A26',
    'label "Dissection: no (both VAs)"',
    ['mra', 'neck-vessels', 5],
    L(
      'MRA NECK',
      'Findings:',
      'Dissection: no (both VAs).',
      'Stenosis: no.',
      'Occlusion: no.',
      'Impression: normal.',
      SIG_UK,
    ),
  ),
  a(
    A_H,
    'A27',
    'heading in capitals "ACUTE INFARCT" then "Absent."',
    ['mri', 'head', 3],
    MRH(['ACUTE INFARCT', 'Absent.', 'HAEMORRHAGE', 'Absent.'], ['Normal.']),
  ),
  a(
    A_H,
    'A28',
    'checklist "[ ] Dissection [ ] Stenosis [x] Normal"',
    ['cta', 'neck-vessels', 5],
    CTA(['Vertebral arteries: [ ] Dissection  [ ] Stenosis  [x] Normal'], ['Normal.']),
  ),
  a(
    A_H,
    'A29',
    '"Malignancy: none identified." and "Metastases: nil"',
    ['mri', 'cervical-spine', 30],
    MRC(
      ['Marrow signal: normal.', 'Malignancy: none identified.', 'Metastases: nil.'],
      ['Normal.'],
    ),
  ),
  a(
    A_H,
    'A30',
    '"Findings: No⏎acute abnormality. Vertebral arteries normal."',
    ['cta', 'neck-vessels', 5],
    L(
      'CTA NECK',
      'Findings: No',
      'acute abnormality. Vertebral arteries normal.',
      'Impression: normal.',
      SIG_US,
    ),
  ),
  // exceptions
  a(
    A_E,
    'A31',
    '"No stenosis other than minimal plaque in the right carotid bulb."',
    ['cta', 'neck-vessels', 30],
    CTA(['No stenosis other than minimal plaque in the right carotid bulb.'], ['No VA disease.']),
  ),
  a(
    A_E,
    'A32',
    '"No abnormality apart from a hypoplastic right vertebral artery (normal variant)."',
    ['cta', 'neck-vessels', 30],
    CTA(
      ['No abnormality apart from a hypoplastic right vertebral artery (normal variant).'],
      ['Normal.'],
    ),
  ),
  a(
    A_E,
    'A33',
    '"No infarct except an old lacune in the right lentiform nucleus (unchanged)."',
    ['mri', 'head', 30],
    MRH(
      ['No infarct except an old lacune in the right lentiform nucleus, unchanged since 2019.'],
      ['No acute infarct.'],
    ),
  ),
  aj(
    A_E,
    'an old lacune outside the posterior circulation, unchanged for years: stroke history is asked in the intake (answered no); reading it as an infarct of unknown onset is at most a judgement',
    'A34',
    '"Normal except for an old healed C6 spinous process fracture."',
    ['xray', 'cervical-spine', 30],
    XR(
      ['Normal alignment. Normal except for an old healed C6 spinous process fracture.'],
      ['No acute abnormality.'],
    ),
  ),
  a(
    A_E,
    'A35',
    '"No restricted diffusion apart from physiological signal in the choroid plexus."',
    ['mri', 'head', 3],
    MRH(
      ['No restricted diffusion apart from physiological signal in the choroid plexus.'],
      ['Normal.'],
    ),
  ),
  a(
    A_E,
    'A36',
    '"No fracture with the exception of a bone island in C4."',
    ['msct', 'cervical-spine', 10],
    L(
      'CT CERVICAL SPINE',
      'Findings: No fracture with the exception of a bone island in C4, which is benign.',
      'Impression: no fracture.',
      SIG_US,
    ),
  ),
  a(
    A_E,
    'A37',
    '"Both vertebral arteries normal except for a tortuous right V1 segment."',
    ['cta', 'neck-vessels', 30],
    CTA(['Both vertebral arteries normal except for a tortuous right V1 segment.'], ['Normal.']),
  ),
  a(
    A_E,
    'A38',
    '"No flow abnormality aside from retrograde flow in the right ECA branches (normal)."',
    ['doppler', 'neck-vessels', 30],
    DUP(
      [
        'No flow abnormality in the vertebral arteries aside from a low-resistance waveform, which is normal.',
      ],
      ['Normal.'],
    ),
  ),
  a(
    A_E,
    'A39',
    '"Cervical spine normal apart from straightening of the lordosis."',
    ['xray', 'cervical-spine', 30],
    XR(
      ['Cervical spine normal apart from straightening of the lordosis.'],
      ['Muscle spasm likely.'],
    ),
  ),
  a(
    A_E,
    'A40',
    '"No aneurysm other than a 2 mm infundibulum at the right PCOM origin."',
    ['cta', 'neck-vessels', 30],
    CTA(
      [
        'No aneurysm other than a 2 mm infundibulum at the right PCOM origin.',
        'Vertebral arteries normal.',
      ],
      ['No aneurysm.'],
    ),
  ),
  // tables
  a(
    A_T,
    'A41',
    'pipe table of normal PSVs with "none" stenosis and "-" plaque',
    ['doppler', 'neck-vessels', 5],
    DUP(
      PIPE(
        ['Vessel', 'PSV (cm/s)', 'Plaque', 'Stenosis'],
        ['---', '---', '---', '---'],
        ['Right VA', '48', '-', 'none'],
        ['Left VA', '52', '-', 'none'],
      ),
      ['Normal.'],
    ),
  ),
  a(
    A_T,
    'A42',
    'plaque column "not seen" / "no plaque"',
    ['doppler', 'neck-vessels', 5],
    DUP(
      PIPE(
        ['Vessel', 'Plaque', 'Stenosis'],
        ['Right VA', 'no plaque', '0%'],
        ['Left VA', 'not seen', '0%'],
      ),
      ['Normal.'],
    ),
  ),
  aj(
    A_T,
    'NASCET "<50%" is the band that includes no stenosis: it names no narrowing',
    'A43',
    'stenosis column "<50%" in normal VA rows',
    ['doppler', 'neck-vessels', 5],
    DUP(
      PIPE(
        ['Vessel', 'PSV (cm/s)', 'Stenosis'],
        ['Right VA', '44', '<50%'],
        ['Left VA', '47', '<50%'],
      ),
      ['No haemodynamically significant stenosis.'],
    ),
  ),
  a(
    A_T,
    'A44',
    'rotation rows "46 (no reduction)"',
    ['doppler', 'neck-vessels', 5],
    DUP(
      PIPE(
        ['Position', 'Right VA PSV', 'Left VA PSV'],
        ['Neutral', '48', '50'],
        ['Rotation left', '46', '49 (no reduction)'],
        ['Rotation right', '47', '48 (no significant drop)'],
      ),
      ['No positional change.'],
    ),
  ),
  a(
    A_T,
    'A45',
    'level table: uncovertebral column "no spurring"',
    ['xray', 'cervical-spine', 30],
    XR(
      SPACE(
        ['Level', 'Disc', 'Uncovertebral joints', 'Foramina'],
        ['C4-5', 'normal', 'no spurring', 'patent'],
        ['C5-6', 'normal', 'no hypertrophy', 'patent'],
      ),
      ['Normal.'],
    ),
  ),
  a(
    A_T,
    'A46',
    'space table with an empty cell: header "Plaque  Stenosis"',
    ['doppler', 'neck-vessels', 5],
    DUP(
      SPACE(
        ['Vessel', 'PSV (cm/s)', 'Plaque', 'Stenosis'],
        ['Right VA', '48', '', 'none'],
        ['Left VA', '52', '', 'none'],
      ),
      ['Normal.'],
    ),
  ),
  a(
    A_T,
    'A47',
    'transposed pipe table, rows "Stenosis | none | none", "Dissection | no | no"',
    ['cta', 'neck-vessels', 5],
    CTA(
      PIPE(
        ['', 'Right VA', 'Left VA'],
        ['Stenosis', 'none', 'none'],
        ['Dissection', 'no', 'no'],
        ['Occlusion', 'no', 'no'],
      ),
      ['Normal.'],
    ),
  ),
  a(
    A_T,
    'A48',
    'tab table of normal values with units "45 cm/s\\t0 %"',
    ['doppler', 'neck-vessels', 5],
    DUP(
      TAB(
        ['Vessel', 'PSV', 'EDV', 'Stenosis'],
        ['Right VA', '45 cm/s', '12 cm/s', '0 %'],
        ['Left VA', '51 cm/s', '14 cm/s', '0 %'],
      ),
      ['Normal.'],
    ),
  ),
  a(
    A_T,
    'A49',
    'merged header rows with normal values',
    ['doppler', 'neck-vessels', 5],
    DUP(
      PIPE(
        ['', 'Right VA', '', 'Left VA', ''],
        ['Segment', 'PSV', 'Stenosis', 'PSV', 'Stenosis'],
        ['Origin', '45', 'none', '48', 'none'],
        ['V2', '42', 'none', '44', 'none'],
      ),
      ['Normal.'],
    ),
  ),
  a(
    A_T,
    'A50',
    'space table "Plaque: N/A, Stenosis: nil" with units header',
    ['cta', 'neck-vessels', 5],
    CTA(
      SPACE(
        ['Vessel', 'Diameter (mm)', 'Plaque', 'Stenosis (%)'],
        ['Right VA', '3.4', 'nil', '0'],
        ['Left VA', '3.8', 'nil', '0'],
      ),
      ['Normal.'],
    ),
  ),
  a(
    A_T,
    'A51',
    'level table with "Uncovertebral" column of "normal" and a "Canal stenosis" column "none"',
    ['mri', 'cervical-spine', 30],
    MRC(
      PIPE(
        ['Level', 'Disc', 'Uncovertebral', 'Canal stenosis', 'Foraminal stenosis'],
        ['C4-5', 'normal', 'normal', 'none', 'none'],
        ['C5-6', 'small bulge', 'normal', 'none', 'none'],
      ),
      ['No significant degenerative change.'],
    ),
  ),
  a(
    A_T,
    'A52',
    'duplex pipe table with a "Flow" column "antegrade" and "RI" column',
    ['doppler', 'neck-vessels', 5],
    DUP(
      PIPE(
        ['Vessel', 'Flow', 'PSV cm/s', 'RI'],
        ['R VA', 'antegrade', '46', '0.62'],
        ['L VA', 'antegrade', '53', '0.65'],
      ),
      ['Normal.'],
    ),
  ),
  a(
    A_T,
    'A53',
    'plaque column "smooth walls"',
    ['doppler', 'neck-vessels', 5],
    DUP(
      PIPE(
        ['Vessel', 'Wall', 'Plaque', 'Stenosis'],
        ['Right VA', 'smooth', 'absent', 'none'],
        ['Left VA', 'smooth', 'absent', 'none'],
      ),
      ['Normal.'],
    ),
  ),
  aj(
    A_T,
    'a dash cell as "nothing", an em dash the same',
    'A54',
    'plaque column with em dashes "—"',
    ['cta', 'neck-vessels', 5],
    CTA(
      PIPE(
        ['Vessel', 'Plaque', 'Stenosis'],
        ['Right VA', '\u2014', '\u2014'],
        ['Left VA', '\u2014', '\u2014'],
      ),
      ['Normal.'],
    ),
  ),
  a(
    A_T,
    'A55',
    'rotation rows in a tab table "Rotation R\\t44\\tunchanged"',
    ['doppler', 'neck-vessels', 5],
    DUP(
      TAB(
        ['Position', 'R VA PSV', 'L VA PSV'],
        ['Neutral', '46', '48'],
        ['Rotation R', '44', 'unchanged'],
        ['Rotation L', 'unchanged', '47'],
      ),
      ['No positional compromise.'],
    ),
  ),
  a(
    A_T,
    'A56',
    'level table of X-ray "uncovertebral" column "no degeneration"',
    ['xray', 'cervical-spine', 30],
    XR(
      PIPE(
        ['Level', 'Disc height', 'Uncovertebral'],
        ['C5-6', 'normal', 'no degeneration'],
        ['C6-7', 'normal', 'no sclerosis'],
      ),
      ['Normal.'],
    ),
  ),
  a(
    A_T,
    'A57',
    'stenosis column "not assessable" header word "Stenosis grade"',
    ['doppler', 'neck-vessels', 5],
    DUP(
      PIPE(['Vessel', 'PSV', 'Stenosis grade'], ['Right VA', '45', '0'], ['Left VA', '47', '0']),
      ['Normal.'],
    ),
  ),
  // normal templates of several countries
  a(
    A_C,
    'A58',
    'US ACR-style CTA: "No hemodynamically significant stenosis by NASCET criteria. No dissection."',
    ['cta', 'neck-vessels', 10],
    CTA(
      [
        'Aortic arch: Normal three-vessel branching.',
        'Right carotid system: No hemodynamically significant stenosis by NASCET criteria.',
        'Left carotid system: Same.',
        'Vertebral system: Codominant. Normal course and caliber without stenosis or dissection.',
      ],
      [
        '1. No hemodynamically significant stenosis by NASCET criteria.',
        '2. No dissection or occlusion.',
      ],
    ),
  ),
  a(
    A_C,
    'A59',
    'UK MRI head: "No acute infarct. No haemorrhage. Normal flow voids."',
    ['mri', 'head', 5],
    MRH(
      [
        'No acute infarct on DWI. No haemorrhage on SWI.',
        'Normal flow voids in the vertebral and basilar arteries.',
        'Posterior fossa: normal.',
      ],
      ['Normal MRI head. No cause for the vertigo identified.'],
    ),
  ),
  a(
    A_C,
    'A60',
    'Australian MRI C-spine: "No uncovertebral or facet arthropathy of note."',
    ['mri', 'cervical-spine', 30],
    MRC(
      [
        'Normal alignment. Normal marrow signal.',
        'No disc protrusion. No uncovertebral or facet arthropathy of note.',
        'Cord: normal calibre and signal.',
      ],
      ['Normal study.'],
    ),
  ),
  a(
    A_C,
    'A61',
    'Indian X-ray: "No evidence of fracture / listhesis / osteophytes. Soft tissues: NAD."',
    ['xray', 'cervical-spine', 30],
    XR(
      [
        'Cervical lordosis maintained.',
        'No evidence of fracture / listhesis / osteophytes.',
        'Intervertebral disc spaces: normal.',
        'Prevertebral soft tissues: NAD.',
      ],
      ['No significant abnormality detected.'],
    ),
  ),
  a(
    A_C,
    'A62',
    'South African duplex: "Both vertebral arteries antegrade. No haemodynamically significant stenosis."',
    ['doppler', 'neck-vessels', 5],
    DUP(
      [
        'Right VA: antegrade, PSV 46 cm/s.',
        'Left VA: antegrade, PSV 51 cm/s.',
        'No haemodynamically significant stenosis.',
      ],
      ['Normal vertebral duplex.'],
    ),
  ),
  a(
    A_C,
    'A63',
    'Canadian CT C-spine (CR LF): "No acute fracture or malalignment."',
    ['msct', 'cervical-spine', 10],
    CR(
      'CT CERVICAL SPINE WITHOUT CONTRAST',
      'Clinical: MVC, neck pain. Canadian C-spine rule positive.',
      'Findings:',
      'No acute fracture or malalignment.',
      'Prevertebral soft tissues within normal limits.',
      'Impression:',
      'No acute osseous injury of the cervical spine.',
      'Dr L. Tremblay, FRCPC',
    ),
  ),
  a(
    A_C,
    'A64',
    'New Zealand MRA: "Patent vertebrobasilar system. No dissection, stenosis or aneurysm."',
    ['mra', 'neck-vessels', 5],
    L(
      'MR ANGIOGRAPHY NECK AND INTRACRANIAL',
      'Clinical: ?VA dissection after neck manipulation.',
      'Findings: Patent vertebrobasilar system.',
      'No dissection, stenosis or aneurysm.',
      'Comment: Normal MRA.',
      'Dr H. Ngata, Radiologist, Auckland',
    ),
  ),
  a(
    A_C,
    'A65',
    'Irish CT head capitals: "NO ACUTE INTRACRANIAL ABNORMALITY. NO POSTERIOR FOSSA INFARCT."',
    ['msct', 'head', 2],
    L(
      'CT BRAIN',
      'CLINICAL DETAILS: DIZZY. ?CVA',
      'REPORT:',
      'NO ACUTE INTRACRANIAL ABNORMALITY.',
      'NO POSTERIOR FOSSA INFARCT.',
      'NO HAEMORRHAGE.',
      "DR C. O'BRIEN",
    ),
  ),
  a(
    A_C,
    'A66',
    'Singapore X-ray flexion-extension: "No abnormal movement. No instability."',
    ['xray', 'cervical-spine', 30],
    L(
      'CERVICAL SPINE FLEXION/EXTENSION',
      'Findings:',
      'Alignment preserved in neutral, flexion and extension.',
      'No abnormal movement. No instability.',
      'Uncovertebral joints: unremarkable.',
      'Conclusion: No instability.',
      'Dr W. Tan',
    ),
  ),
  a(
    A_C,
    'A67',
    'German-English duplex template: "Vertebral arteries: orthograde flow bilaterally, no stenosis signals."',
    ['doppler', 'neck-vessels', 5],
    L(
      'EXTRACRANIAL DUPLEX SONOGRAPHY',
      'Findings:',
      'ACC, ACI, ACE: no plaques, no stenosis.',
      'Vertebral arteries: orthograde flow bilaterally, no stenosis signals.',
      'Assessment: Unremarkable extracranial duplex.',
      'Dr med. S. Krüger',
    ),
  ),
  a(
    A_C,
    'A68',
    'Dutch-English MRI head: "No signs of recent ischaemia. No flow abnormality."',
    ['mri', 'head', 5],
    L(
      'MRI CEREBRUM',
      'Question: vertigo, ?posterior circulation',
      'Report: No signs of recent ischaemia.',
      'No flow abnormality of the vertebrobasilar arteries.',
      'Conclusion: no abnormalities.',
      'Dr J. de Vries',
    ),
  ),
];

export const ROUND_28: readonly Probe[] = [...M, ...A];
