/**
 * Reviewer probes, round 41: c598474's reader and medication mends attacked, misses first.
 * reader-headings.ts `olderAfter` (PROCEDURE words anywhere in an older label's words, a prior
 * study or a device, OLDER_PLACE for white-matter change), NEW_PART said in a later sentence,
 * LABELLED "Acute: none on the right" taken back by the other side, BULLET_SAYS_MORE under a
 * negated list, e27b97c's headingReply; medication names with "not an anticoagulant" in their
 * words (isAnticoagulant). Round 17's clean, fully answered patient (probe-r17-lib.ts, assessed
 * on 2026-11-20) with one report or one medication added (the round's harness used PROBE_BASE:
 * the same verdicts). The FHIR probes of the round are fhir/fhir-r41.spec.ts. Test data only,
 * all synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { ago, CLEAN, EMERGENCY, study, vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A round 41 reader probe: the report added to the clean patient's imaging. */
function r41(
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
    round: 41,
    family,
    name: `${id}: ${m}/${r} ${d} d ago: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r41-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
    expect,
  };
}

/** A round 41 medication probe: one tablet, started 60 days ago, on the clean patient. */
function r41m(family: string, rule: string, id: string, name: string, expect: Expectation): Probe {
  return {
    round: 41,
    family,
    name: `${id}: medication ${JSON.stringify(name)}`,
    rule,
    delta: {
      whole: vignette(`r41-${id}`, { m: [{ name, form: 'tablet', start: ago(60) }] }),
    },
    expect,
  };
}

/** A report of dictated lines, joined by LF. */
const L = (...lines: string[]): string => lines.join('\n');
const MRH = (...body: string[]): string =>
  L(
    'MRI BRAIN WITHOUT CONTRAST',
    'Clinical: vertigo.',
    'Findings:',
    ...body,
    'Impression: as above.',
  );
const CTA = (...body: string[]): string =>
  L(
    'CT ANGIOGRAPHY NECK',
    'History: neck pain, dizziness.',
    'Findings:',
    ...body,
    'Impression: as above.',
  );

const MRI: Where = ['mri', 'head', 5];
const CTAN: Where = ['cta', 'neck-vessels', 3];

const R_STROKE =
  '§9 acute imaging: a report <= 14 days old reading an acute / new posterior-circulation infarct -> emergency, all four contraindicated';
const R_DIS =
  '§4 / §9 acute imaging: a report <= 14 days old reading a VA dissection -> emergency, all four contraindicated (§5)';
const R_HIST =
  '§5: vertebral-artery dissection at any time in the history -> manipulation and collar-zone massage contraindicated';
const R_UNC =
  '§5 / §8, FS-1 / FS-7: a dissection or infarct said possible or not excluded is unknown -> manipulation and collar-zone massage at least not cleared';
const R_OLD =
  '§5 / §8: an older infarct read from a report (onset unknown, treated as recent) -> manipulation and collar-zone massage contraindicated, but no emergency (§4 / §9 need an acute one)';
const R_A =
  'no finding: a normal report (white-matter change is no infarct) -> every modality clear, urgency none';
const R_AC = '§5: an anticoagulant taken (precaution) -> manipulation at least caution';
const R_AC_A = 'no finding: an antiplatelet is no anticoagulant -> every modality clear';

/** Dissection at any time: manipulation and collar-zone massage contraindicated (§5). */
const HIST_CI: Expectation = { manip: 'contraindicated', czm: 'contraindicated' };
/** Contraindicated, but no emergency: an old infarct. */
const STROKE_NOT_EMERG: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  atMost: { urg: 'urgent' },
};
/** Uncertain: manipulation and collar-zone massage held at least. */
const UNSETTLED: Expectation = { manip: 'not-cleared', czm: 'not-cleared' };
const MANIP_CAUTION: Expectation = { manip: 'caution' };

const M_A =
  'r41 M an older infarct or dissection dropped by small-vessel words anywhere, a prior study or a device in its words (olderAfter PROCEDURE, miss / control)';
const A_A =
  'r41 A white-matter change read as an old infarct (OLDER_PLACE, PROCEDURE; false alarm / control)';
const M_B = 'r41 M a new part of an old infarct said in a later sentence or line (NEW_PART, miss)';
const A_B =
  'r41 A a later sentence that denies or compares read as a new part (NEW_PART, false alarm)';
const M_C =
  'r41 M "Acute: none on the right" taken back by the other side in a clause of its own (LABELLED, miss / control)';
const A_D =
  'r41 A a negated bullet kept by words that deny something more (BULLET_SAYS_MORE, false alarm)';
const M_D = 'r41 M a negated bullet that names a probable side or a flap (BULLET_SAYS_MORE, miss)';
const M_E = 'r41 M a heading answered not assessed, then a finding (headingReply, miss)';
const M_I =
  'r41 M "not an anticoagulant" in a medication\'s words (isAnticoagulant, miss / control)';
const Z = 'r41 Z the clean patient, nothing added (control)';

export const ROUND_41: readonly Probe[] = [
  r41(
    M_A,
    R_OLD,
    'A1',
    '"ACUTE INFARCT: None. Chronic: left PICA territory, with background small vessel disease."',
    MRI,
    MRH('ACUTE INFARCT: None. Chronic: left PICA territory, with background small vessel disease.'),
    STROKE_NOT_EMERG,
  ),
  r41(
    M_A,
    R_OLD,
    'A2',
    '"No acute infarct. Old: right cerebellar hemisphere; small vessel ischaemic change elsewhere."',
    MRI,
    MRH(
      'No acute infarct. Old: right cerebellar hemisphere; small vessel ischaemic change elsewhere.',
    ),
    STROKE_NOT_EMERG,
  ),
  r41(
    M_A,
    R_OLD,
    'A5',
    '"ACUTE INFARCT: None. Old: left cerebellar hemisphere, territorial rather than small vessel in pattern."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left cerebellar hemisphere, territorial rather than small vessel in pattern.',
    ),
    STROKE_NOT_EMERG,
  ),
  r41(
    M_A,
    R_OLD,
    'A6',
    '"ACUTE INFARCT: None. Prior: MRI 2023 showed left PICA territory, unchanged." (a prior study opens the words)',
    MRI,
    MRH('ACUTE INFARCT: None. Prior: MRI 2023 showed left PICA territory, unchanged.'),
    STROKE_NOT_EMERG,
  ),
  r41(
    M_A,
    R_OLD,
    'A7',
    '"ACUTE INFARCT: None. Old: right cerebellar hemisphere near the shunt tract." (a device word)',
    MRI,
    MRH('ACUTE INFARCT: None. Old: right cerebellar hemisphere near the shunt tract.'),
    STROKE_NOT_EMERG,
  ),
  r41(
    M_A,
    R_HIST,
    'A8',
    '"DISSECTION: None. Prior: CTA 2020, left V3, since healed."',
    CTAN,
    CTA('DISSECTION: None. Prior: CTA 2020, left V3, since healed.'),
    HIST_CI,
  ),
  r41(
    M_A,
    R_HIST,
    'A9',
    '"DISSECTION: None. Previous: left V3 stent graft (2021), patent." (a stent graft tells of its lesion)',
    CTAN,
    CTA('DISSECTION: None. Previous: left V3 stent graft (2021), patent.'),
    HIST_CI,
  ),
  r41(
    M_A,
    R_OLD,
    'A10',
    '"ACUTE INFARCT: None. Established: left PICA territory. Mild small vessel change." (control)',
    MRI,
    MRH('ACUTE INFARCT: None. Established: left PICA territory. Mild small vessel change.'),
    STROKE_NOT_EMERG,
  ),
  r41(
    A_A,
    R_A,
    'A11',
    '"No acute infarct. Chronic: mild small vessel change in the periventricular white matter." (control)',
    MRI,
    MRH('No acute infarct. Chronic: mild small vessel change in the periventricular white matter.'),
    CLEAN,
  ),
  r41(
    A_A,
    R_A,
    'A12',
    '"No acute infarct. Chronic: deep white matter changes in both frontal lobes."',
    MRI,
    MRH('No acute infarct. Chronic: deep white matter changes in both frontal lobes.'),
    CLEAN,
  ),
  r41(
    A_A,
    R_A,
    'A13',
    '"No acute infarct. Chronic: scattered white matter hyperintensities in the frontal and parietal lobes."',
    MRI,
    MRH(
      'No acute infarct. Chronic: scattered white matter hyperintensities in the frontal and parietal lobes.',
    ),
    CLEAN,
  ),
  r41(
    M_B,
    R_STROKE,
    'B1',
    '"ACUTE INFARCT: None. Old: left PICA territory (approx. 2 cm). Its medial part is new."',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory (approx. 2 cm). Its medial part is new.'),
    EMERGENCY,
  ),
  r41(
    M_B,
    R_STROKE,
    'B2',
    '"ACUTE INFARCT: None. Old: left PICA territory. Unchanged in size. There is a new component along its superior margin." (two sentences on)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Unchanged in size. There is a new component along its superior margin.',
    ),
    EMERGENCY,
  ),
  r41(
    M_B,
    R_STROKE,
    'B3',
    '"ACUTE INFARCT: None. Old: left PICA territory⏎Its inferior extension into the vermis is new." (the next line)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory',
      'Its inferior extension into the vermis is new.',
    ),
    EMERGENCY,
  ),
  r41(
    M_B,
    R_STROKE,
    'B4',
    '"ACUTE INFARCT: None. Old: left PICA territory. Interval extension into the vermis since the prior study."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Interval extension into the vermis since the prior study.',
    ),
    EMERGENCY,
  ),
  r41(
    M_B,
    R_STROKE,
    'B5',
    '"ACUTE INFARCT: None. Old: left PICA territory. The adjacent vermian component demonstrates diffusion restriction."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. The adjacent vermian component demonstrates diffusion restriction.',
    ),
    EMERGENCY,
  ),
  r41(
    A_B,
    R_OLD,
    'B6',
    '"ACUTE INFARCT: None. Old: left PICA territory. No haemorrhage or new infarct."',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. No haemorrhage or new infarct.'),
    STROKE_NOT_EMERG,
  ),
  r41(
    A_B,
    R_OLD,
    'B7',
    '"ACUTE INFARCT: None. Old: right cerebellar hemisphere. Compared with the recent MRI of 2026-10-01, unchanged."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: right cerebellar hemisphere. Compared with the recent MRI of 2026-10-01, unchanged.',
    ),
    STROKE_NOT_EMERG,
  ),
  r41(
    A_B,
    R_OLD,
    'B8',
    '"ACUTE INFARCT: None. Old: left PICA territory. Nothing new since 2024."',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. Nothing new since 2024.'),
    STROKE_NOT_EMERG,
  ),
  r41(
    A_B,
    R_OLD,
    'B10',
    '"ACUTE INFARCT: None. Old: left PICA territory. Restricted diffusion is not seen."',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. Restricted diffusion is not seen.'),
    STROKE_NOT_EMERG,
  ),
  r41(
    A_B,
    R_OLD,
    'B11',
    '"ACUTE INFARCT: None. Old: left PICA territory. No restricted diffusion to suggest acute extension."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. No restricted diffusion to suggest acute extension.',
    ),
    STROKE_NOT_EMERG,
  ),
  r41(
    M_C,
    R_STROKE,
    'C1',
    '"ACUTE INFARCT: None. Acute: none on the right, but left PICA territory."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right, but left PICA territory.'),
    EMERGENCY,
  ),
  r41(
    M_C,
    R_STROKE,
    'C2',
    '"CEREBELLAR INFARCT: None. Subacute: none in the right hemisphere; small left vermian focus."',
    MRI,
    MRH(
      'CEREBELLAR INFARCT: None. Subacute: none in the right hemisphere; small left vermian focus.',
    ),
    EMERGENCY,
  ),
  r41(
    M_C,
    R_STROKE,
    'C3',
    '"ACUTE INFARCT: None. Acute: none on the right — small focus on the left (PICA)."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right — small focus on the left (PICA).'),
    EMERGENCY,
  ),
  r41(
    M_C,
    R_STROKE,
    'C4',
    '"ACUTE INFARCT: None. Acute: none on the right; left PICA territory." (control)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left PICA territory.'),
    EMERGENCY,
  ),
  r41(
    M_C,
    R_A,
    'C6',
    '"CEREBELLAR INFARCT: None. Subacute: none in the left or right hemisphere." (control: both sides denied)',
    MRI,
    MRH('CEREBELLAR INFARCT: None. Subacute: none in the left or right hemisphere.'),
    CLEAN,
  ),
  r41(
    M_C,
    R_STROKE,
    'C7',
    '"INFARCT⏎None on the right.⏎Acute: none on the right, left cerebellar hemisphere."',
    MRI,
    MRH('INFARCT', 'None on the right.', 'Acute: none on the right, left cerebellar hemisphere.'),
    EMERGENCY,
  ),
  r41(
    A_D,
    R_A,
    'D1',
    '"No evidence of:⏎- dissection (no intimal flap or intramural haematoma seen)⏎- occlusion"',
    CTAN,
    CTA(
      'No evidence of:',
      '- dissection (no intimal flap or intramural haematoma seen)',
      '- occlusion',
    ),
    CLEAN,
  ),
  r41(
    A_D,
    R_A,
    'D2',
    '"Negative for the following:⏎- dissection: intramural haematoma not seen⏎- aneurysm"',
    CTAN,
    CTA('Negative for the following:', '- dissection: intramural haematoma not seen', '- aneurysm'),
    CLEAN,
  ),
  r41(
    A_D,
    R_A,
    'D3',
    '"No evidence of:⏎- dissection; double lumen not demonstrated⏎- occlusion"',
    CTAN,
    CTA('No evidence of:', '- dissection; double lumen not demonstrated', '- occlusion'),
    CLEAN,
  ),
  r41(
    M_D,
    R_UNC,
    'D4',
    '"No evidence of:⏎- aneurysm⏎- dissection (left V3 not entirely excluded)"',
    CTAN,
    CTA('No evidence of:', '- aneurysm', '- dissection (left V3 not entirely excluded)'),
    UNSETTLED,
  ),
  r41(
    M_D,
    R_UNC,
    'D5',
    '"No evidence of:⏎- occlusion⏎- dissection: probable on the left (V3)"',
    CTAN,
    CTA('No evidence of:', '- occlusion', '- dissection: probable on the left (V3)'),
    UNSETTLED,
  ),
  r41(
    M_D,
    R_DIS,
    'D6',
    '"The following are not seen:⏎- aneurysm⏎- dissection: left V3 short-segment intimal flap"',
    CTAN,
    CTA(
      'The following are not seen:',
      '- aneurysm',
      '- dissection: left V3 short-segment intimal flap',
    ),
    EMERGENCY,
  ),
  r41(
    M_D,
    R_DIS,
    'D8',
    '"No evidence of:⏎- occlusion⏎- dissection, apart from a flap in the distal left vertebral artery"',
    CTAN,
    CTA(
      'No evidence of:',
      '- occlusion',
      '- dissection, apart from a flap in the distal left vertebral artery',
    ),
    EMERGENCY,
  ),
  r41(
    M_E,
    R_DIS,
    'E1',
    '"DISSECTION⏎Not assessed on the right (artefact). Left V3: yes."',
    CTAN,
    CTA('DISSECTION', 'Not assessed on the right (artefact). Left V3: yes.'),
    EMERGENCY,
  ),
  r41(
    M_E,
    R_UNC,
    'E3',
    '"DISSECTION: Not assessed - non-contrast. Possible left V3 flap."',
    CTAN,
    CTA('DISSECTION: Not assessed - non-contrast. Possible left V3 flap.'),
    UNSETTLED,
  ),
  r41(
    M_E,
    R_UNC,
    'E4',
    '"ACUTE INFARCT⏎Non-diagnostic DWI (motion); cannot exclude small left PICA territory infarct."',
    MRI,
    MRH(
      'ACUTE INFARCT',
      'Non-diagnostic DWI (motion); cannot exclude small left PICA territory infarct.',
    ),
    UNSETTLED,
  ),
  r41m(
    M_I,
    R_AC,
    'I1',
    'Enoxaparin 40 mg SC daily - prophylactic, not anticoagulant dose',
    MANIP_CAUTION,
  ),
  r41m(
    M_I,
    R_AC,
    'I2',
    'Apixaban 5 mg BID (DOAC; not anticoagulant clinic managed)',
    MANIP_CAUTION,
  ),
  r41m(
    M_I,
    R_AC,
    'I3',
    'Rivaroxaban 20 mg - note: not an anticoagulant-naive patient',
    MANIP_CAUTION,
  ),
  r41m(M_I, R_AC_A, 'I4', 'Aspirin 75 mg (antiplatelet, not an anticoagulant)', CLEAN),
  {
    round: 41,
    family: Z,
    name: 'Z2: the clean patient, nothing added',
    rule: 'no finding -> every modality clear, urgency none',
    delta: { whole: vignette('r41-Z2', {}) },
    expect: CLEAN,
  },
];
