/**
 * Reviewer probes, round 38: 55ef1f9's reader fixes (round 36's mends) attacked in dictated
 * layouts, misses first. reader-headings.ts `olderAfter` (OLDER_LABELLED, OLDER_PLACE,
 * PROCEDURE, NEW_PART), `cutAtHeading`, LABELLED (NOT_A_YES, identified / detected, a comma
 * prefix, acute ages answered excluded / ruled out / 0), SAID_KNOWN, NOT_ASSESSED,
 * BULLET_SAYS_MORE;
 * reader-tables.ts `peakIndex` and `isRest`; the narrowing term's grading and "vertebral
 * arteries" alternatives (NOT_A_SHARE). Round 17's clean, fully answered patient
 * (probe-r17-lib.ts, assessed on 2026-11-20) with one report added. Test data only, all
 * synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { CLEAN, CLEAN_MANIP_CAUTION, EMERGENCY, HOLD_ALL, study, vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A report of dictated lines, joined by LF. */
const L = (...lines: string[]): string => lines.join('\n');

/** A round 38 reader probe: the report added to the clean patient's imaging. */
function r38(
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
    round: 38,
    family,
    name: `${id}: ${m}/${r} ${d} d ago: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r38-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
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
/** A teleradiology report typed in capitals throughout. */
const CAPS = (...body: string[]): string =>
  L(
    'CT ANGIOGRAM NECK',
    'CLINICAL: NECK PAIN, VERTIGO.',
    'FINDINGS:',
    ...body,
    'IMPRESSION: AS ABOVE.',
    'REPORTED BY DR P. OKAFOR',
  );
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
/** An MRI report typed in capitals throughout. */
const MCAPS = (...body: string[]): string =>
  L(
    'MRI BRAIN WITHOUT CONTRAST',
    'CLINICAL: VERTIGO.',
    'FINDINGS:',
    ...body,
    'IMPRESSION: AS ABOVE.',
    'REPORTED BY DR P. OKAFOR',
  );
const DUP = (...body: string[]): string =>
  L(
    'CAROTID AND VERTEBRAL ARTERY DOPPLER',
    'Indication: Dizziness on neck rotation.',
    ...body,
    SIG,
  );

const R_DIS =
  '§4 / §9 acute imaging: a report <= 14 days old reading a VA dissection or occlusion / absent flow -> emergency, all four contraindicated (§5)';
const R_STROKE =
  '§9 acute imaging: a report <= 14 days old reading an acute / subacute posterior-circulation infarct -> emergency, all four contraindicated';
const R_INF =
  '§5 / §8: an infarct read from a report (onset unknown, or acute in a report <= 180 days old) -> manipulation and collar-zone massage contraindicated';
const R_STEN = '§5: vertebral-artery narrowing -> manipulation at least caution (precaution)';
const R_HIST =
  '§5: vertebral-artery dissection at any time in the history -> manipulation and collar-zone massage contraindicated';
const R_UNC =
  '§5 / §8: a dissection said possible or not excluded -> every modality not cleared until it is settled';
const R_OLD =
  '§5 / §8: an older infarct read from a report (onset unknown) -> manipulation and collar-zone massage contraindicated, but no emergency (§4 / §9 need an acute one)';
const R_A =
  'no finding: a normal report -> every modality clear, urgency none (FS-7 text only warns)';

const MANIP_CAUTION: Expectation = { manip: 'caution' };
/** Dissection at any time: manipulation and collar-zone massage contraindicated (§5). */
const HIST_CI: Expectation = { manip: 'contraindicated', czm: 'contraindicated' };
/** Contraindicated, but no emergency: a chronic / old infarct. */
const STROKE_NOT_EMERG: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  atMost: { urg: 'urgent' },
};

const M_P =
  'r38 M an older one after a "no" dropped by PROCEDURE words anywhere on the rest of its line (olderAfter, miss)';
const M_L = 'r38 M an older infarct whose words are not in OLDER_PLACE (olderAfter, miss)';
const M_C =
  'r38 M a take-back cut at a capitals "WORD:" line or a bare label line (cutAtHeading, miss / control)';
const M_Y =
  'r38 M a side or age answered yes but refused by NOT_A_YES or the excluded / ruled out / 0 answers (LABELLED, miss / control)';
const M_U = 'r38 M an uncertain answer read as not assessed (NOT_ASSESSED, miss / control)';
const M_B =
  'r38 M a bullet that places the finding without a yes-word (BULLET_SAYS_MORE, miss / control)';
const M_T = 'r38 M tables: peakIndex and isRest (miss / control)';
const M_N = 'r38 M "Left VA: 80%" refused as a share or a dominance (NOT_A_SHARE, miss / control)';
const M_K =
  'r38 M a heading of a finding said to exist, in words SAID_KNOWN lacks (miss / control)';
const M_H = 'r38 M a placed heading denied by its own qualified "no" (namesItsOwn, miss)';
const A_O =
  "r38 A NEW_PART / OLDER_PLACE words anywhere on the older label's line (olderAfter, false alarm / control)";
const A_C = "r38 A a take-back by another finding's label not cut (cutAtHeading, false alarm)";
const A_Y =
  'r38 A a side or age answered by the new yes-words or a comma prefix (LABELLED, false alarm / control)';
const A_U =
  'r38 A "Not assessed" refused by a side word of something else (NOT_ASSESSED, false alarm / control)';
const A_K =
  'r38 A a plain heading with a SAID_KNOWN word (prior, follow-up, interval; false alarm)';
const A_B =
  'r38 A a negated bullet kept by a side and an uncertainty word of something else (BULLET_SAYS_MORE, false alarm / control)';
const A_T =
  'r38 A tables: a column whose first figure is not the peak (peakIndex, false alarm / control)';
const A_N =
  'r38 A a share or dominance read as a stenosis under a grading word (lexicon, false alarm / control)';

export const ROUND_38: readonly Probe[] = [
  r38(
    M_P,
    R_HIST,
    'OP1',
    '"DISSECTION: None. Previous: left V3 (2020), treated with a stent." (a stent of the dissected segment)',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION: None. Previous: left V3 (2020), treated with a stent.'),
    HIST_CI,
  ),
  r38(
    M_P,
    R_HIST,
    'OP2',
    '"DISSECTION: None. Prior: left V3 (2021). Carotid bifurcations: mild calcified plaque." (the next sentence names the carotid)',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION: None. Prior: left V3 (2021). Carotid bifurcations: mild calcified plaque.'),
    HIST_CI,
  ),
  r38(
    M_P,
    R_INF,
    'OP3',
    '"ACUTE INFARCT: None. Old: left PICA territory. ICA and basilar flow voids preserved." (the next sentence names the ICA)',
    ['mri', 'head', 5],
    MRH('ACUTE INFARCT: None. Old: left PICA territory. ICA and basilar flow voids preserved.'),
    STROKE_NOT_EMERG,
  ),
  r38(
    M_P,
    R_INF,
    'OP4',
    '"No acute infarct. Old: left cerebellar hemisphere, after suboccipital craniectomy." ("craniectomy" on the line)',
    ['mri', 'head', 5],
    MRH('No acute infarct. Old: left cerebellar hemisphere, after suboccipital craniectomy.'),
    STROKE_NOT_EMERG,
  ),
  r38(
    M_P,
    R_HIST,
    'OP5',
    '"DISSECTION: None. Healed: left V1, at the subclavian origin (2018)." ("subclavian" names where it starts)',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION: None. Healed: left V1, at the subclavian origin (2018).'),
    HIST_CI,
  ),
  r38(
    M_L,
    R_INF,
    'OL1',
    '"ACUTE INFARCT: None. Old: left PICA."',
    ['mri', 'head', 5],
    MRH('ACUTE INFARCT: None. Old: left PICA.'),
    STROKE_NOT_EMERG,
  ),
  r38(
    M_L,
    R_INF,
    'OL2',
    '"ACUTE INFARCT: None. Old: right frontal cortical."',
    ['mri', 'head', 5],
    MRH('ACUTE INFARCT: None. Old: right frontal cortical.'),
    STROKE_NOT_EMERG,
  ),
  r38(
    M_L,
    R_INF,
    'OL3',
    '"ACUTE INFARCT: None. Chronic: left vermian and right brainstem."',
    ['mri', 'head', 5],
    MRH('ACUTE INFARCT: None. Chronic: left vermian and right brainstem.'),
    STROKE_NOT_EMERG,
  ),
  r38(
    M_L,
    R_INF,
    'OL4',
    '"No acute infarct. Remote: left basal ganglia and internal capsule."',
    ['mri', 'head', 5],
    MRH('No acute infarct. Remote: left basal ganglia and internal capsule.'),
    STROKE_NOT_EMERG,
  ),
  r38(
    M_C,
    R_INF,
    'OC1',
    '"ACUTE INFARCT: NONE.⏎OLD: LEFT PICA TERRITORY." (capitals)',
    ['mri', 'head', 5],
    MCAPS('ACUTE INFARCT: NONE.', 'OLD: LEFT PICA TERRITORY.'),
    STROKE_NOT_EMERG,
  ),
  r38(
    M_C,
    R_STROKE,
    'OC2',
    '"ACUTE INFARCT: NONE.⏎SUBACUTE: RIGHT CEREBELLAR HEMISPHERE." (capitals)',
    ['mri', 'head', 2],
    MCAPS('ACUTE INFARCT: NONE.', 'SUBACUTE: RIGHT CEREBELLAR HEMISPHERE.'),
    EMERGENCY,
  ),
  r38(
    M_C,
    R_STROKE,
    'OC3',
    '"ACUTE INFARCT: NONE.⏎NEW: LEFT PICA TERRITORY, RESTRICTED DIFFUSION." (capitals)',
    ['mri', 'head', 2],
    MCAPS('ACUTE INFARCT: NONE.', 'NEW: LEFT PICA TERRITORY, RESTRICTED DIFFUSION.'),
    EMERGENCY,
  ),
  r38(
    M_C,
    R_HIST,
    'OC4',
    '"DISSECTION: NO.⏎PRIOR: LEFT V3 (2019)." (capitals)',
    ['cta', 'neck-vessels', 3],
    CAPS('DISSECTION: NO.', 'PRIOR: LEFT V3 (2019).'),
    HIST_CI,
  ),
  r38(
    M_C,
    R_STROKE,
    'OC5',
    '"ACUTE INFARCT: None.⏎Subacute:⏎right cerebellar hemisphere." (a bare label line, its answer below)',
    ['mri', 'head', 2],
    MRH('ACUTE INFARCT: None.', 'Subacute:', 'right cerebellar hemisphere.'),
    EMERGENCY,
  ),
  r38(
    M_C,
    R_STROKE,
    'OCC1',
    '"ACUTE INFARCT: None.⏎Subacute: right cerebellar hemisphere." (control: mixed case)',
    ['mri', 'head', 2],
    MRH('ACUTE INFARCT: None.', 'Subacute: right cerebellar hemisphere.'),
    EMERGENCY,
  ),
  r38(
    M_Y,
    R_DIS,
    'Y1',
    '"DISSECTION: Right VA: no. Left V3: yes, normal calibre distal to it." ("yes, normal" after the side)',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION: Right VA: no. Left V3: yes, normal calibre distal to it.'),
    EMERGENCY,
  ),
  r38(
    M_Y,
    R_DIS,
    'Y2',
    '"DISSECTION: No.⏎Left V3: positive, normal calibre above C1."',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION: No.', 'Left V3: positive, normal calibre above C1.'),
    EMERGENCY,
  ),
  r38(
    M_Y,
    R_STROKE,
    'Y3',
    '"ACUTE INFARCT: None. Acute ischaemia: ruled out on the right; present in the left PICA territory." ("ruled out" of one side only)',
    ['mri', 'head', 2],
    MRH(
      'ACUTE INFARCT: None. Acute ischaemia: ruled out on the right; present in the left PICA territory.',
    ),
    EMERGENCY,
  ),
  r38(
    M_Y,
    R_STROKE,
    'Y4',
    '"ACUTE INFARCT: None.⏎New lesions: 0 on FLAIR; 1 on DWI, left PICA territory." ("0" of one sequence only)',
    ['mri', 'head', 2],
    MRH('ACUTE INFARCT: None.', 'New lesions: 0 on FLAIR; 1 on DWI, left PICA territory.'),
    EMERGENCY,
  ),
  r38(
    M_Y,
    R_STROKE,
    'Y5',
    '"ACUTE INFARCT: None. Acute: excluded supratentorially; left cerebellar hemisphere, small focus." ("excluded" of one place only)',
    ['mri', 'head', 2],
    MRH(
      'ACUTE INFARCT: None. Acute: excluded supratentorially; left cerebellar hemisphere, small focus.',
    ),
    EMERGENCY,
  ),
  r38(
    M_Y,
    R_DIS,
    'YC1',
    '"DISSECTION: Right VA: no. Left V3: yes." (control)',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION: Right VA: no. Left V3: yes.'),
    EMERGENCY,
  ),
  r38(
    M_U,
    R_UNC,
    'U1',
    '"DISSECTION⏎Not fully assessed due to motion; cannot be excluded."',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION', 'Not fully assessed due to motion; cannot be excluded.'),
    HOLD_ALL,
  ),
  r38(
    M_U,
    R_UNC,
    'U2',
    '"DISSECTION⏎Non-diagnostic due to dental streak artefact; possible."',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION', 'Non-diagnostic due to dental streak artefact; possible.'),
    HOLD_ALL,
  ),
  r38(
    M_U,
    R_UNC,
    'U3',
    '"DISSECTION: NOT ASSESSABLE WITH CERTAINTY; SUSPICIOUS."',
    ['cta', 'neck-vessels', 3],
    CAPS('DISSECTION: NOT ASSESSABLE WITH CERTAINTY; SUSPICIOUS.'),
    HOLD_ALL,
  ),
  r38(
    M_U,
    R_UNC,
    'UC1',
    '"DISSECTION⏎Not assessed on the right. Left V3: suspected." (control)',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION', 'Not assessed on the right. Left V3: suspected.'),
    HOLD_ALL,
  ),
  r38(
    M_B,
    R_DIS,
    'B1',
    '"Excluded:⏎- haemorrhage⏎- dissection, except the left V3 (see impression)"',
    ['cta', 'neck-vessels', 3],
    CTA('Excluded:', '- haemorrhage', '- dissection, except the left V3 (see impression)'),
    EMERGENCY,
  ),
  r38(
    M_B,
    R_DIS,
    'B2',
    '"No evidence of:⏎- dissection other than at the left V3"',
    ['cta', 'neck-vessels', 3],
    CTA('No evidence of:', '- dissection other than at the left V3'),
    EMERGENCY,
  ),
  r38(
    M_B,
    R_DIS,
    'B3',
    '"Negative for:⏎- occlusion, but the left V4 is not opacified" (occlusion in words)',
    ['cta', 'neck-vessels', 3],
    CTA('Negative for:', '- occlusion, but the left V4 is not opacified'),
    EMERGENCY,
  ),
  r38(
    M_B,
    R_DIS,
    'B4',
    '"No evidence of:⏎- dissection on the right; left V3 intimal flap"',
    ['cta', 'neck-vessels', 3],
    CTA('No evidence of:', '- dissection on the right; left V3 intimal flap'),
    EMERGENCY,
  ),
  r38(
    M_B,
    R_DIS,
    'B5',
    '"Excluded:⏎- dissection: right no; left V3 demonstrated" ("demonstrated")',
    ['cta', 'neck-vessels', 3],
    CTA('Excluded:', '- dissection: right no; left V3 demonstrated'),
    EMERGENCY,
  ),
  r38(
    M_B,
    R_DIS,
    'BC1',
    '"Excluded:⏎- dissection, except the left V3 where a flap is present" (control)',
    ['cta', 'neck-vessels', 3],
    CTA('Excluded:', '- dissection, except the left V3 where a flap is present'),
    EMERGENCY,
  ),
  r38(
    M_T,
    R_STEN,
    'T1',
    '"| Position | Right VA (EDV/PSV, cm/s) | Left VA (EDV/PSV, cm/s) |⏎| Neutral | 14/46 | 15/48 |⏎| Rotation left | 13/44 | 9/20 |" (measures in brackets are dropped: EDV read as the peak)',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Position | Right VA (EDV/PSV, cm/s) | Left VA (EDV/PSV, cm/s) |',
      '| Neutral | 14/46 | 15/48 |',
      '| Rotation left | 13/44 | 9/20 |',
    ),
    MANIP_CAUTION,
  ),
  r38(
    M_T,
    R_STEN,
    'T2',
    '"| Position | Right VA Vmean/Vmax (cm/s) | Left VA Vmean/Vmax (cm/s) |⏎| Neutral | 30/46 | 31/48 |⏎| Rotation left | 29/44 | 18/22 |" ("Vmean" is no measure word)',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Position | Right VA Vmean/Vmax (cm/s) | Left VA Vmean/Vmax (cm/s) |',
      '| Neutral | 30/46 | 31/48 |',
      '| Rotation left | 29/44 | 18/22 |',
    ),
    MANIP_CAUTION,
  ),
  r38(
    M_T,
    R_STEN,
    'T3',
    '"| Position | Right VA PSV (cm/s) | Left VA PSV (cm/s) |⏎| Pre-rotation | 46 | 48 |⏎| Rotation left | 44 | 10 |" ("Pre-rotation" rest row)',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Position | Right VA PSV (cm/s) | Left VA PSV (cm/s) |',
      '| Pre-rotation | 46 | 48 |',
      '| Rotation left | 44 | 10 |',
    ),
    MANIP_CAUTION,
  ),
  r38(
    M_T,
    R_STEN,
    'T4',
    '"| Position | Right VA PSV (cm/s) | Left VA PSV (cm/s) |⏎| At rest | 46 | 48 |⏎| Rotation left | 44 | 10 |" ("At rest" row)',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Position | Right VA PSV (cm/s) | Left VA PSV (cm/s) |',
      '| At rest | 46 | 48 |',
      '| Rotation left | 44 | 10 |',
    ),
    MANIP_CAUTION,
  ),
  r38(
    M_T,
    R_STEN,
    'TC1',
    '"| Position | Right VA EDV/PSV (cm/s) | Left VA EDV/PSV (cm/s) |⏎| Neutral | 14/46 | 15/48 |⏎| Rotation left | 13/44 | 9/20 |" (control)',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Position | Right VA EDV/PSV (cm/s) | Left VA EDV/PSV (cm/s) |',
      '| Neutral | 14/46 | 15/48 |',
      '| Rotation left | 13/44 | 9/20 |',
    ),
    MANIP_CAUTION,
  ),
  r38(
    M_N,
    R_STEN,
    'N1',
    '"Grading (NASCET, flow-limiting): Left VA origin 80%." ("flow-limiting" in the grading label)',
    ['cta', 'neck-vessels', 20],
    CTA('Grading (NASCET, flow-limiting): Left VA origin 80%.'),
    MANIP_CAUTION,
  ),
  r38(
    M_N,
    R_STEN,
    'N2',
    '"Flow: antegrade bilaterally, grading: left VA origin 75%." ("Flow:" earlier, comma not full stop)',
    ['doppler', 'neck-vessels', 3],
    DUP('Flow: antegrade bilaterally, grading: left VA origin 75%.'),
    MANIP_CAUTION,
  ),
  r38(
    M_N,
    R_STEN,
    'N3',
    '"VERTEBRAL ARTERIES: Left dominant. Left VA: 80% at the origin."',
    ['cta', 'neck-vessels', 20],
    CTA('VERTEBRAL ARTERIES: Left dominant. Left VA: 80% at the origin.'),
    MANIP_CAUTION,
  ),
  r38(
    M_N,
    R_STEN,
    'N4',
    '"Vertebral dominance: left; NASCET left VA origin 80%."',
    ['cta', 'neck-vessels', 20],
    CTA('Vertebral dominance: left; NASCET left VA origin 80%.'),
    MANIP_CAUTION,
  ),
  r38(
    M_N,
    R_STEN,
    'N5',
    '"Grading (NASCET): Left VA: 80%, reduced basilar inflow."',
    ['cta', 'neck-vessels', 20],
    CTA('Grading (NASCET): Left VA: 80%, reduced basilar inflow.'),
    MANIP_CAUTION,
  ),
  r38(
    M_N,
    R_STEN,
    'N6',
    '"VERTEBRAL ARTERIES: Left VA: 80%, right VA: 0%; left dominant."',
    ['cta', 'neck-vessels', 20],
    CTA('VERTEBRAL ARTERIES: Left VA: 80%, right VA: 0%; left dominant.'),
    MANIP_CAUTION,
  ),
  r38(
    M_N,
    R_STEN,
    'NC1',
    '"NASCET: Left VA: 80% (dominant vessel)." (control, r36 P2)',
    ['cta', 'neck-vessels', 20],
    CTA('NASCET: Left VA: 80% (dominant vessel).'),
    MANIP_CAUTION,
  ),
  r38(
    M_K,
    R_DIS,
    'K1',
    '"EXPANSION OF LEFT V3 DISSECTION: NONE."',
    ['cta', 'neck-vessels', 3],
    CAPS('EXPANSION OF LEFT V3 DISSECTION: NONE.'),
    EMERGENCY,
  ),
  r38(
    M_K,
    R_HIST,
    'K2',
    '"RESIDUAL LEFT V3 DISSECTION: NONE."',
    ['cta', 'neck-vessels', 3],
    CAPS('RESIDUAL LEFT V3 DISSECTION: NONE.'),
    HIST_CI,
  ),
  r38(
    M_K,
    R_HIST,
    'K3',
    '"PREEXISTING LEFT V3 DISSECTION: NOT SEEN."',
    ['cta', 'neck-vessels', 3],
    CAPS('PREEXISTING LEFT V3 DISSECTION: NOT SEEN.'),
    HIST_CI,
  ),
  r38(
    M_K,
    R_HIST,
    'KC1',
    '"KNOWN LEFT V3 DISSECTION: NONE." (control)',
    ['cta', 'neck-vessels', 3],
    CAPS('KNOWN LEFT V3 DISSECTION: NONE.'),
    HIST_CI,
  ),
  r38(
    M_H,
    R_DIS,
    'H1',
    '"LEFT V3 DISSECTION⏎No dissection flap.⏎Intramural haematoma: left V3, crescentic."',
    ['cta', 'neck-vessels', 3],
    CTA('LEFT V3 DISSECTION', 'No dissection flap.', 'Intramural haematoma: left V3, crescentic.'),
    EMERGENCY,
  ),
  r38(
    A_O,
    R_OLD,
    'AO1',
    '"ACUTE INFARCT: None. Old: left PICA territory, no new lesion since 2023." ("no new lesion" after the old one)',
    ['mri', 'head', 5],
    MRH('ACUTE INFARCT: None. Old: left PICA territory, no new lesion since 2023.'),
    STROKE_NOT_EMERG,
  ),
  r38(
    A_O,
    R_OLD,
    'AO2',
    '"No acute infarct. Chronic: left cerebellar gliosis; no restricted diffusion."',
    ['mri', 'head', 5],
    MRH('No acute infarct. Chronic: left cerebellar gliosis; no restricted diffusion.'),
    STROKE_NOT_EMERG,
  ),
  r38(
    A_O,
    R_OLD,
    'AO3',
    '"ACUTE INFARCT: None. Old: right occipital (not acute on DWI)."',
    ['mri', 'head', 5],
    MRH('ACUTE INFARCT: None. Old: right occipital (not acute on DWI).'),
    STROKE_NOT_EMERG,
  ),
  r38(
    A_O,
    R_OLD,
    'AO4',
    '"ACUTE INFARCT: None. Established: left PICA territory. No acute haemorrhage."',
    ['mri', 'head', 5],
    MRH('ACUTE INFARCT: None. Established: left PICA territory. No acute haemorrhage.'),
    STROKE_NOT_EMERG,
  ),
  r38(
    A_O,
    R_A,
    'AO5',
    '"No acute infarct. Prior: MRI 05/2022, no infarct then either." ("no infarct" names the place)',
    ['mri', 'head', 3],
    MRH('No acute infarct. Prior: MRI 05/2022, no infarct then either.'),
    CLEAN,
  ),
  r38(
    A_O,
    R_A,
    'AO6',
    '"No acute infarct. Chronic: mild periventricular white matter change, no established infarct."',
    ['mri', 'head', 3],
    MRH(
      'No acute infarct. Chronic: mild periventricular white matter change, no established infarct.',
    ),
    CLEAN,
  ),
  r38(
    A_O,
    R_A,
    'AO7',
    '"No dissection. Prior: CTA 2019, normal vertebral arteries." (a prior normal study)',
    ['cta', 'neck-vessels', 3],
    CTA('No dissection. Prior: CTA 2019, normal vertebral arteries.'),
    CLEAN,
  ),
  r38(
    A_O,
    R_OLD,
    'AOC1',
    '"ACUTE INFARCT: None. Old: left PICA territory." (control)',
    ['mri', 'head', 5],
    MRH('ACUTE INFARCT: None. Old: left PICA territory.'),
    STROKE_NOT_EMERG,
  ),
  r38(
    A_C,
    R_STEN,
    'AC1',
    '"DISSECTION: None. Stenosis: left VA: yes, mild (<50%) at the origin." (another finding\'s label on the same line)',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION: None. Stenosis: left VA: yes, mild (<50%) at the origin.'),
    CLEAN_MANIP_CAUTION,
  ),
  r38(
    A_C,
    R_A,
    'AC2',
    '"ACUTE INFARCT: None.⏎Paranasal sinuses. Left: positive for an air-fluid level."',
    ['mri', 'head', 3],
    MRH('ACUTE INFARCT: None.', 'Paranasal sinuses. Left: positive for an air-fluid level.'),
    CLEAN,
  ),
  r38(
    A_Y,
    R_A,
    'AY1',
    '"DISSECTION: No. Left VA: identified throughout its course, normal calibre." ("identified throughout")',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION: No. Left VA: identified throughout its course, normal calibre.'),
    CLEAN,
  ),
  r38(
    A_Y,
    R_A,
    'AY2',
    '"OCCLUSION: None. Right VA: normal, identified V1 to V3. Left VA: normal, identified V1 to V3." ("normal, identified V1 to V3")',
    ['doppler', 'neck-vessels', 3],
    DUP(
      'OCCLUSION: None. Right VA: normal, identified V1 to V3. Left VA: normal, identified V1 to V3.',
    ),
    CLEAN,
  ),
  r38(
    A_Y,
    R_A,
    'AY3',
    '"DISSECTION: No. Right VA: V3 loop, present (normal variant)." (a comma prefix, then "present (normal variant)")',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION: No. Right VA: V3 loop, present (normal variant).'),
    CLEAN,
  ),
  r38(
    A_Y,
    R_A,
    'AY4',
    '"DISSECTION: None. Left VA: small, present to the basilar (hypoplastic)."',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION: None. Left VA: small, present to the basilar (hypoplastic).'),
    CLEAN,
  ),
  r38(
    A_Y,
    R_A,
    'AY5',
    '"ACUTE INFARCT: None.⏎New lesions: zero." ("zero")',
    ['mri', 'head', 3],
    MRH('ACUTE INFARCT: None.', 'New lesions: zero.'),
    CLEAN,
  ),
  r38(
    A_Y,
    R_A,
    'AY6',
    '"ACUTE INFARCT: None. Acute ischaemia: ruled-out on DWI." ("ruled-out")',
    ['mri', 'head', 3],
    MRH('ACUTE INFARCT: None. Acute ischaemia: ruled-out on DWI.'),
    CLEAN,
  ),
  r38(
    A_Y,
    R_A,
    'AYC1',
    '"ACUTE INFARCT: None.⏎New lesions: 0." (control)',
    ['mri', 'head', 3],
    MRH('ACUTE INFARCT: None.', 'New lesions: 0.'),
    CLEAN,
  ),
  r38(
    A_U,
    R_A,
    'AU1',
    '"DISSECTION⏎Not assessed; both vertebral arteries seen only on the non-contrast series."',
    ['cta', 'neck-vessels', 3],
    CTA(
      'DISSECTION',
      'Not assessed; both vertebral arteries seen only on the non-contrast series.',
    ),
    CLEAN,
  ),
  r38(
    A_U,
    R_A,
    'AU2',
    '"ACUTE INFARCT⏎Not assessed: DWI not acquired (claustrophobia, patient left early)." ("left" of the patient)',
    ['mri', 'head', 3],
    MRH('ACUTE INFARCT', 'Not assessed: DWI not acquired (claustrophobia, patient left early).'),
    CLEAN,
  ),
  r38(
    A_U,
    R_A,
    'AU3',
    '"DISSECTION⏎Cannot be assessed; contrast bolus mistimed (right antecubital injection)." ("right" of the injection)',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION', 'Cannot be assessed; contrast bolus mistimed (right antecubital injection).'),
    CLEAN,
  ),
  r38(
    A_U,
    R_A,
    'AUC1',
    '"DISSECTION⏎Not assessed: non-contrast study." (control)',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION', 'Not assessed: non-contrast study.'),
    CLEAN,
  ),
  r38(
    A_K,
    R_A,
    'AK1',
    '"ACUTE INFARCT (COMPARED WITH PRIOR)⏎None."',
    ['mri', 'head', 3],
    MRH('ACUTE INFARCT (COMPARED WITH PRIOR)', 'None.'),
    CLEAN,
  ),
  r38(
    A_K,
    R_A,
    'AK2',
    '"DISSECTION (FOLLOW-UP STUDY):⏎None."',
    ['cta', 'neck-vessels', 3],
    CTA('DISSECTION (FOLLOW-UP STUDY):', 'None.'),
    CLEAN,
  ),
  r38(
    A_K,
    R_A,
    'AK3',
    '"FINDINGS SINCE PRIOR - ACUTE INFARCT: NONE."',
    ['mri', 'head', 3],
    MCAPS('FINDINGS SINCE PRIOR - ACUTE INFARCT: NONE.'),
    CLEAN,
  ),
  r38(
    A_K,
    R_A,
    'AK4',
    '"NEW OR INTERVAL DISSECTION: NONE."',
    ['cta', 'neck-vessels', 3],
    CAPS('NEW OR INTERVAL DISSECTION: NONE.'),
    CLEAN,
  ),
  r38(
    A_B,
    R_A,
    'AB1',
    '"Excluded:⏎- occlusion (left VA: flow present)"',
    ['cta', 'neck-vessels', 3],
    CTA('Excluded:', '- occlusion (left VA: flow present)'),
    CLEAN,
  ),
  r38(
    A_B,
    R_A,
    'AB2',
    '"No evidence of:⏎- dissection (left VA, possible hypoplasia)"',
    ['cta', 'neck-vessels', 3],
    CTA('No evidence of:', '- dissection (left VA, possible hypoplasia)'),
    CLEAN,
  ),
  r38(
    A_B,
    R_A,
    'AB3',
    '"No evidence of:⏎- dissection; left V2 loop, probable normal variant"',
    ['cta', 'neck-vessels', 3],
    CTA('No evidence of:', '- dissection; left V2 loop, probable normal variant'),
    CLEAN,
  ),
  r38(
    A_B,
    R_A,
    'ABC1',
    '"Excluded:⏎- haemorrhage⏎- dissection" (control)',
    ['cta', 'neck-vessels', 3],
    CTA('Excluded:', '- haemorrhage', '- dissection'),
    CLEAN,
  ),
  r38(
    A_T,
    R_A,
    'AT1',
    '"| Position | Right VA Vmin/Vmax (cm/s) | Left VA Vmin/Vmax (cm/s) |⏎| Neutral | 14/46 | 15/48 |⏎| Rotation left | 13/44 | 6/40 |" ("Vmin/Vmax": the first figure is not the peak)',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Position | Right VA Vmin/Vmax (cm/s) | Left VA Vmin/Vmax (cm/s) |',
      '| Neutral | 14/46 | 15/48 |',
      '| Rotation left | 13/44 | 6/40 |',
    ),
    CLEAN,
  ),
  r38(
    A_T,
    R_A,
    'AT2',
    '"| Position | Right VA ED/PS velocity (cm/s) | Left VA ED/PS velocity (cm/s) |⏎| Neutral | 14/46 | 15/48 |⏎| Rotation left | 13/44 | 6/40 |" ("ED/PS velocity")',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Position | Right VA ED/PS velocity (cm/s) | Left VA ED/PS velocity (cm/s) |',
      '| Neutral | 14/46 | 15/48 |',
      '| Rotation left | 13/44 | 6/40 |',
    ),
    CLEAN,
  ),
  r38(
    A_T,
    R_A,
    'ATC1',
    '"| Position | Right VA PSV/EDV (cm/s) | Left VA PSV/EDV (cm/s) |⏎| Neutral | 46/14 | 48/15 |⏎| Rotation left | 44/13 | 40/6 |" (control)',
    ['doppler', 'neck-vessels', 3],
    DUP(
      '| Position | Right VA PSV/EDV (cm/s) | Left VA PSV/EDV (cm/s) |',
      '| Neutral | 46/14 | 48/15 |',
      '| Rotation left | 44/13 | 40/6 |',
    ),
    CLEAN,
  ),
  r38(
    A_N,
    R_A,
    'AN1',
    '"No stenosis by NASCET criteria. Left VA 65% (dominant), right VA 35% of the vertebrobasilar supply." (a dominance note under a grading word)',
    ['cta', 'neck-vessels', 3],
    CTA(
      'No stenosis by NASCET criteria. Left VA 65% (dominant), right VA 35% of the vertebrobasilar supply.',
    ),
    CLEAN,
  ),
  r38(
    A_N,
    R_A,
    'AN2',
    '"Grading (NASCET): no stenosis. Codominant, left VA 55%, right VA 45%."',
    ['cta', 'neck-vessels', 3],
    CTA('Grading (NASCET): no stenosis. Codominant, left VA 55%, right VA 45%.'),
    CLEAN,
  ),
  r38(
    A_N,
    R_A,
    'ANC1',
    '"VERTEBRAL ARTERIES⏎Left VA: 65%, right VA: 35% (left dominant)." (control, r36 ANC1)',
    ['cta', 'neck-vessels', 3],
    CTA('VERTEBRAL ARTERIES', 'Left VA: 65%, right VA: 35% (left dominant).'),
    CLEAN,
  ),
];
