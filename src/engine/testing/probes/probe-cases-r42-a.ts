/**
 * Reviewer probes, round 42: a929802's reader and medication mends attacked, misses first.
 * reader-headings.ts `olderAfter` (PROCEDURE: an older label's words opening with white-matter /
 * small-vessel words, or a prior study with a "no" near it), NEW_PART / DENIES over every later
 * clause that refers back (a denial of something else in the clause, "extends", "was acute on
 * the MRI of 2024", a mimic), BUT_A_SIDE ("Acute: none on the right" taken back by the other
 * side, or by words that deny it too), BULLET_SAYS_MORE per clause under a negated list (a
 * denial of something else in the affirming clause, an outside study's suspicion); medication
 * names with "not an anticoagulant like warfarin" or "No change -" in their words
 * (isAnticoagulant). Round 17's clean, fully answered patient (probe-r17-lib.ts, assessed on
 * 2026-11-20) with one report or one medication added (the round's harness used PROBE_BASE:
 * the same verdicts). The FHIR probes of the round are fhir/fhir-r42.spec.ts. Test data only,
 * all synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { ago, CLEAN, EMERGENCY, study, vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A round 42 reader probe: the report added to the clean patient's imaging. */
function r42(
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
    round: 42,
    family,
    name: `${id}: ${m}/${r} ${d} d ago: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r42-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
    expect,
  };
}

/** A round 42 medication probe: one tablet, started 60 days ago, on the clean patient. */
function r42m(family: string, rule: string, id: string, name: string, expect: Expectation): Probe {
  return {
    round: 42,
    family,
    name: `${id}: medication ${JSON.stringify(name)}`,
    rule,
    delta: {
      whole: vignette(`r42-${id}`, { m: [{ name, form: 'tablet', start: ago(60) }] }),
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
const R_OLD =
  '§5 / §8: an older infarct read from a report (onset unknown, treated as recent) -> manipulation and collar-zone massage contraindicated, but no emergency (§4 / §9 need an acute one)';
const R_EXCLUDED =
  '§4 / §9, FS-1 / FS-7: a dissection suspected on an outside study and excluded / not confirmed on this one -> no emergency; at most held as unknown (manipulation and collar-zone massage not cleared), back massage and exercise clear';
const R_A =
  'no finding: a normal report (white-matter change is no infarct) -> every modality clear, urgency none';
const R_NO_ACUTE =
  '§9: no acute infarct on either side (the other side only chronic change) -> no emergency, back massage and exercise clear';
const R_AC = '§5: an anticoagulant taken (precaution) -> manipulation at least caution';
const R_AC_A =
  'no finding: an antiplatelet is no anticoagulant (warfarin named as what it is not) -> manipulation clear';

/** Dissection at any time: manipulation and collar-zone massage contraindicated (§5). */
const HIST_CI: Expectation = { manip: 'contraindicated', czm: 'contraindicated' };
/** Contraindicated, but no emergency: an old infarct. */
const STROKE_NOT_EMERG: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  atMost: { urg: 'urgent' },
};
/** No acute infarct on either side: no emergency, back massage and exercise clear. */
const NO_ACUTE: Expectation = { atMost: { urg: 'none', bm: 'clear', ex: 'clear' } };
/** Excluded on this study: no emergency, at most held as unknown. */
const AT_MOST_UNSETTLED: Expectation = {
  atMost: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared', bm: 'clear', ex: 'clear' },
};
const MANIP_CAUTION: Expectation = { manip: 'caution' };
const MANIP_CLEAR: Expectation = { atMost: { manip: 'clear' } };

const M_P =
  'r42 M an older infarct or dissection whose words open with white-matter / small-vessel words or a prior study with a "no" near it (olderAfter PROCEDURE, miss)';
const A_P =
  'r42 A white-matter change read as an old infarct (olderAfter PROCEDURE; false alarm / control)';
const M_N =
  'r42 M a new part of an old infarct in a clause that denies something else, or far after it (NEW_PART / DENIES, miss / control)';
const A_N =
  'r42 A the extent or history of an old infarct read as a new part (NEW_PART: extends, was acute on a prior study, a mimic; false alarm)';
const A_C =
  'r42 A "Acute: none on the right" taken back by words that deny the other side too (BUT_A_SIDE, false alarm)';
const M_C =
  'r42 M "Acute: none" followed by a finding of its own elsewhere (BUT_A_SIDE, miss / control)';
const M_D =
  'r42 M a negated bullet whose affirming clause denies something else (BULLET_SAYS_MORE, miss / control)';
const A_D =
  "r42 A an outside study's suspicion in a negated bullet, excluded on this one (BULLET_SAYS_MORE, false alarm)";
const M_I =
  'r42 M "not anticoagulant dose" / "No change -" in an anticoagulant\'s words (isAnticoagulant, miss / control)';
const A_I =
  'r42 A "not an anticoagulant like warfarin" in an antiplatelet\'s words (isAnticoagulant, false alarm)';
const Z = 'r42 Z the clean patient, nothing added (control)';

export const ROUND_42: readonly Probe[] = [
  r42(
    M_P,
    R_OLD,
    'P1',
    '"ACUTE INFARCT: None. Chronic: white matter infarct in the left corona radiata."',
    MRI,
    MRH('ACUTE INFARCT: None. Chronic: white matter infarct in the left corona radiata.'),
    STROKE_NOT_EMERG,
  ),
  r42(
    M_P,
    R_OLD,
    'P2',
    '"ACUTE INFARCT: None. Old: small vessel infarcts in the pons and left thalamus." (a lacunar / small-vessel infarct is an infarct)',
    MRI,
    MRH('ACUTE INFARCT: None. Old: small vessel infarcts in the pons and left thalamus.'),
    STROKE_NOT_EMERG,
  ),
  r42(
    M_P,
    R_OLD,
    'P4',
    '"ACUTE INFARCT: None. Chronic: deep white matter lacunar infarct, left corona radiata."',
    MRI,
    MRH('ACUTE INFARCT: None. Chronic: deep white matter lacunar infarct, left corona radiata.'),
    STROKE_NOT_EMERG,
  ),
  r42(
    M_P,
    R_OLD,
    'P5',
    '"ACUTE INFARCT: None. Prior: MRI 2022: left PICA infarct, no change." (a study and a "no")',
    MRI,
    MRH('ACUTE INFARCT: None. Prior: MRI 2022: left PICA infarct, no change.'),
    STROKE_NOT_EMERG,
  ),
  r42(
    M_P,
    R_HIST,
    'P6',
    '"DISSECTION: None. Prior: CTA 2021: left V3 dissection, no residual flap." (a study and a "no")',
    CTAN,
    CTA('DISSECTION: None. Prior: CTA 2021: left V3 dissection, no residual flap.'),
    HIST_CI,
  ),
  r42(
    M_P,
    R_OLD,
    'P11',
    '"ACUTE INFARCT: None. Prior: MRI 2022: left PICA territory, no change." (no finding word of its own)',
    MRI,
    MRH('ACUTE INFARCT: None. Prior: MRI 2022: left PICA territory, no change.'),
    STROKE_NOT_EMERG,
  ),
  r42(
    M_P,
    R_HIST,
    'P12',
    '"DISSECTION: None. Prior: CTA 2021: left V3, no progression." (no finding word of its own)',
    CTAN,
    CTA('DISSECTION: None. Prior: CTA 2021: left V3, no progression.'),
    HIST_CI,
  ),
  r42(
    A_P,
    R_A,
    'P7',
    '"No acute infarct. Chronic: small vessel ischaemic change in the periventricular white matter." (control)',
    MRI,
    MRH(
      'No acute infarct. Chronic: small vessel ischaemic change in the periventricular white matter.',
    ),
    CLEAN,
  ),
  r42(
    A_P,
    R_A,
    'P8',
    '"No acute infarct. Chronic: frontal and parietal white matter hyperintensities."',
    MRI,
    MRH('No acute infarct. Chronic: frontal and parietal white matter hyperintensities.'),
    CLEAN,
  ),
  r42(
    M_N,
    R_STROKE,
    'N1',
    '"ACUTE INFARCT: None. Old: left PICA territory. New small focus at its medial margin, not present in 2024."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New small focus at its medial margin, not present in 2024.',
    ),
    EMERGENCY,
  ),
  r42(
    M_N,
    R_STROKE,
    'N2',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its medial part is new, without haemorrhagic transformation."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its medial part is new, without haemorrhagic transformation.',
    ),
    EMERGENCY,
  ),
  r42(
    M_N,
    R_STROKE,
    'N7',
    '"ACUTE INFARCT: None. Old: left PICA territory. Interval extension into the vermis, which shows no enhancement."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Interval extension into the vermis, which shows no enhancement.',
    ),
    EMERGENCY,
  ),
  r42(
    M_N,
    R_STROKE,
    'N8',
    '"ACUTE INFARCT: None. Old: left PICA territory. Unchanged. Volume loss. New focus of restricted diffusion at its margin." (control: several clauses)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Unchanged. Volume loss. New focus of restricted diffusion at its margin.',
    ),
    EMERGENCY,
  ),
  r42(
    M_N,
    R_STROKE,
    'N9',
    '"ACUTE INFARCT: None. Old: left PICA territory infarct with encephalomalacia, gliosis and ex vacuo dilatation of the fourth ventricle. Its medial margin shows new restricted diffusion." (beyond 160 characters)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory infarct with encephalomalacia, gliosis and ex vacuo dilatation of the fourth ventricle. Its medial margin shows new restricted diffusion.',
    ),
    EMERGENCY,
  ),
  r42(
    M_N,
    R_STROKE,
    'N4b',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its medial part is recent."',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. Its medial part is recent.'),
    EMERGENCY,
  ),
  r42(
    M_N,
    R_STROKE,
    'N5b',
    '"ACUTE INFARCT: None. Old: left PICA territory. Hyperacute component along its superior margin."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Hyperacute component along its superior margin.',
    ),
    EMERGENCY,
  ),
  r42(
    M_N,
    R_STROKE,
    'N6b',
    '"ACUTE INFARCT: None. Old: left PICA territory. Fresh component in the adjacent vermis, not seen on the prior."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Fresh component in the adjacent vermis, not seen on the prior.',
    ),
    EMERGENCY,
  ),
  r42(
    M_N,
    R_STROKE,
    'N10',
    '"ACUTE INFARCT: None. Old: right cerebellar hemisphere. New component at its lateral margin with no mass effect."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: right cerebellar hemisphere. New component at its lateral margin with no mass effect.',
    ),
    EMERGENCY,
  ),
  r42(
    A_N,
    R_OLD,
    'NF1',
    '"ACUTE INFARCT: None. Old: right cerebellar hemisphere. Gliosis; the lesion extends to the vermis, stable since 2023."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: right cerebellar hemisphere. Gliosis; the lesion extends to the vermis, stable since 2023.',
    ),
    STROKE_NOT_EMERG,
  ),
  r42(
    A_N,
    R_OLD,
    'NF2',
    '"ACUTE INFARCT: None. Old: left PICA territory. Volume loss. It was acute on the MRI of March 2024."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Volume loss. It was acute on the MRI of March 2024.',
    ),
    STROKE_NOT_EMERG,
  ),
  r42(
    A_N,
    R_OLD,
    'NF3',
    '"ACUTE INFARCT: None. Old: left PICA territory; its margin shows T2 shine-through mimicking restriction."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory; its margin shows T2 shine-through mimicking restriction.',
    ),
    STROKE_NOT_EMERG,
  ),
  r42(
    A_N,
    R_OLD,
    'NF4',
    '"ACUTE INFARCT: None. Old: left PICA territory. Gliosis. The infarct is unchanged compared with the acute stroke CT of 2024."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Gliosis. The infarct is unchanged compared with the acute stroke CT of 2024.',
    ),
    STROKE_NOT_EMERG,
  ),
  r42(
    A_N,
    R_OLD,
    'NF5',
    '"ACUTE INFARCT: None. Old: left PICA territory, extending to the vermis. Unchanged since 2022."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory, extending to the vermis. Unchanged since 2022.',
    ),
    STROKE_NOT_EMERG,
  ),
  r42(
    A_N,
    R_OLD,
    'NF6',
    '"ACUTE INFARCT: None. Chronic: right cerebellar infarct which extends into the vermis."',
    MRI,
    MRH('ACUTE INFARCT: None. Chronic: right cerebellar infarct which extends into the vermis.'),
    STROKE_NOT_EMERG,
  ),
  r42(
    A_C,
    R_A,
    'C1',
    '"ACUTE INFARCT: None. Acute: none in the right hemisphere, left hemisphere clear."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none in the right hemisphere, left hemisphere clear.'),
    CLEAN,
  ),
  r42(
    A_C,
    R_A,
    'C2',
    '"ACUTE INFARCT: None. Acute: none, left or right."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none, left or right.'),
    CLEAN,
  ),
  r42(
    A_C,
    R_NO_ACUTE,
    'C3',
    '"ACUTE INFARCT: None. Acute: none on the right, while the left shows only chronic change."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right, while the left shows only chronic change.'),
    NO_ACUTE,
  ),
  r42(
    A_C,
    R_A,
    'C4',
    '"ACUTE INFARCT: None. Acute: none on the right — left hemisphere likewise spared."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right \u2014 left hemisphere likewise spared.'),
    CLEAN,
  ),
  r42(
    A_C,
    R_A,
    'C5',
    '"ACUTE INFARCT: None. Acute: none on the right, and the left cerebellar hemisphere is also intact."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right, and the left cerebellar hemisphere is also intact.',
    ),
    CLEAN,
  ),
  r42(
    M_C,
    R_STROKE,
    'C6',
    '"ACUTE INFARCT: None. Acute: none supratentorially; small focus in the cerebellar vermis." (midline)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none supratentorially; small focus in the cerebellar vermis.'),
    EMERGENCY,
  ),
  r42(
    M_C,
    R_STROKE,
    'C7',
    '"ACUTE INFARCT: None. Acute: none on the right, but a small focus of restricted diffusion in the left cerebellar hemisphere." (the side beyond 30 characters)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right, but a small focus of restricted diffusion in the left cerebellar hemisphere.',
    ),
    EMERGENCY,
  ),
  r42(
    M_C,
    R_STROKE,
    'C8',
    '"ACUTE INFARCT: None. Acute: none on the right; left PICA territory not previously seen."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left PICA territory not previously seen.'),
    EMERGENCY,
  ),
  r42(
    M_C,
    R_STROKE,
    'C10',
    '"ACUTE INFARCT: None. Acute: none on the right, but left PICA territory." (control)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right, but left PICA territory.'),
    EMERGENCY,
  ),
  r42(
    M_D,
    R_DIS,
    'D1',
    '"No evidence of:⏎- occlusion⏎- dissection: left V3 intimal flap present without significant stenosis"',
    CTAN,
    CTA(
      'No evidence of:',
      '- occlusion',
      '- dissection: left V3 intimal flap present without significant stenosis',
    ),
    EMERGENCY,
  ),
  r42(
    M_D,
    R_DIS,
    'D2',
    '"No evidence of:⏎- aneurysm⏎- dissection: flap present in left V3 but no haematoma"',
    CTAN,
    CTA('No evidence of:', '- aneurysm', '- dissection: flap present in left V3 but no haematoma'),
    EMERGENCY,
  ),
  r42(
    M_D,
    R_DIS,
    'D4',
    '"No evidence of:⏎- stenosis⏎- dissection: right V2 intimal flap seen that does not limit flow"',
    CTAN,
    CTA(
      'No evidence of:',
      '- stenosis',
      '- dissection: right V2 intimal flap seen that does not limit flow',
    ),
    EMERGENCY,
  ),
  r42(
    M_D,
    R_DIS,
    'D5',
    '"No evidence of:⏎- stenosis⏎- dissection: right V2 intramural haematoma demonstrated, no flap" (control)',
    CTAN,
    CTA(
      'No evidence of:',
      '- stenosis',
      '- dissection: right V2 intramural haematoma demonstrated, no flap',
    ),
    EMERGENCY,
  ),
  r42(
    M_D,
    R_DIS,
    'D8',
    '"No evidence of:⏎- stenosis⏎- dissection: left V3 flap demonstrated with no luminal narrowing"',
    CTAN,
    CTA(
      'No evidence of:',
      '- stenosis',
      '- dissection: left V3 flap demonstrated with no luminal narrowing',
    ),
    EMERGENCY,
  ),
  r42(
    A_D,
    R_EXCLUDED,
    'D6',
    '"No evidence of:⏎- occlusion⏎- dissection (possible on the right on the outside CTA, now excluded)"',
    CTAN,
    CTA(
      'No evidence of:',
      '- occlusion',
      '- dissection (possible on the right on the outside CTA, now excluded)',
    ),
    AT_MOST_UNSETTLED,
  ),
  r42(
    A_D,
    R_EXCLUDED,
    'D7',
    '"No evidence of:⏎- dissection (suspected left V3 on outside CTA; not confirmed)⏎- occlusion"',
    CTAN,
    CTA(
      'No evidence of:',
      '- dissection (suspected left V3 on outside CTA; not confirmed)',
      '- occlusion',
    ),
    AT_MOST_UNSETTLED,
  ),
  r42m(
    A_I,
    R_AC_A,
    'I1',
    'Clopidogrel 75 mg (antiplatelet, not an anticoagulant like warfarin)',
    MANIP_CLEAR,
  ),
  r42m(M_I, R_AC, 'I2', 'Enoxaparin 40 mg SC daily - not anticoagulant dose', MANIP_CAUTION),
  r42m(M_I, R_AC, 'I3', 'No change - apixaban 5 mg BID', MANIP_CAUTION),
  {
    round: 42,
    family: Z,
    name: 'Z2: the clean patient, nothing added',
    rule: 'no finding -> every modality clear, urgency none',
    delta: { whole: vignette('r42-Z2', {}) },
    expect: CLEAN,
  },
];
