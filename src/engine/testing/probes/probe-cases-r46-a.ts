/**
 * Reviewer probes, round 46: c39a4ab's reader and medication mends attacked, misses first.
 * reader-elsewhere.ts `elsewhere` (an acute age answered "none", then another place: a denial or
 * an old word anywhere in the place's clause, said of something else, "causing no mass effect",
 * "which does not enhance", "and nothing in the vermis", "on a background of atrophy", "around
 * the surgical cavity"; the place before the lesion, "close to the left trigone there is a small
 * focus"; no lesion word, "(PCA distribution)", "are involved"; old and well words after the
 * lesion, "with normal diffusion", "unchanged since 2019", "which is old"), reader-older.ts
 * PAST_AFTER (a new part of an old infarct "on the prior", "in March 2024", "on the previous MR",
 * "on the prior DWI" read as of a past study or not; "at the external capsule on this MRI", "at
 * the old rim on today's scan", "on the 2026-11-15 MRI" (this study's own date), "on the last
 * sequence of this MRI" read as of a past study), reader-headings.ts bullets (another study named
 * in the clause of this one's yes, "absent on the prior CTA", "as on the outside CTA", "at the
 * previous stent site", "in the earlier arterial phase"; "segment", "patent" and "well opacified"
 * beside an uncertain side; another segment denied in brackets, "(V4 - excluded)"); medication
 * names in a denied list ("Not on warfarin, heparin or apixaban", "not an anticoagulant like
 * warfarin, apixaban, or dabigatran", "Not taking any anticoagulant (e.g. warfarin)"), "until
 * 2024", and "but" or ":" parting an entry ("Not on warfarin but on apixaban", "No change:
 * apixaban") (anticoagulant-names.ts). Round 17's clean, fully answered patient
 * (probe-r17-lib.ts, assessed on 2026-11-20) with one report or one medication added, as in
 * rounds 42 to 45 (the round's harness used PROBE_BASE: the same verdicts). The FHIR probes of
 * the round are fhir/fhir-r46.spec.ts. Test data only, all synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { ago, CLEAN, EMERGENCY, study, vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A round 46 reader probe: the report added to the clean patient's imaging. */
function r46(
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
    round: 46,
    family,
    name: `${id}: ${m}/${r} ${d} d ago: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r46-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
    expect,
  };
}

/** A round 46 medication probe: one tablet, started 60 days ago, on the clean patient. */
function r46m(family: string, rule: string, id: string, name: string, expect: Expectation): Probe {
  return {
    round: 46,
    family,
    name: `${id}: medication ${JSON.stringify(name)}`,
    rule,
    delta: {
      whole: vignette(`r46-${id}`, { m: [{ name, form: 'tablet', start: ago(60) }] }),
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
const R_DIS_ANY =
  '§5: a VA dissection at any time (seen on this study, unchanged from a prior one) -> manipulation and collar-zone massage contraindicated';
const R_DIS_UNC =
  '§5, FS-1 / FS-7: a dissection read as possible, probable or equivocal is unknown -> manipulation and collar-zone massage at least not cleared';
const R_OLD_ONLY =
  '§5 / §8: a chronic infarct read, its part new only on a past study -> manipulation and collar-zone massage contraindicated, no emergency, back massage and exercise clear';
const R_NO_ACUTE =
  '§9: no acute infarct said (only old or well change after "none") -> no emergency, back massage and exercise clear';
const R_AC = '§5: an anticoagulant taken (precaution) -> manipulation at least caution';
const R_AC_NONE =
  'no finding: every anticoagulant named denied, stopped or named only as unlike the one taken -> manipulation clear';

/** A chronic infarct and nothing acute: contraindicated, no emergency, the rest clear. */
const OLD_NOT_ACUTE: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  atMost: { urg: 'urgent', bm: 'clear', ex: 'clear' },
};
/** No acute infarct said: no emergency, back massage and exercise clear. */
const NO_ACUTE: Expectation = { atMost: { urg: 'none', bm: 'clear', ex: 'clear' } };
/** A dissection at any time: manipulation and collar-zone massage contraindicated. */
const DISSECTION: Expectation = { manip: 'contraindicated', czm: 'contraindicated' };
/** A dissection uncertain, so unknown: manipulation and collar-zone massage not cleared. */
const UNSETTLED: Expectation = { manip: 'not-cleared', czm: 'not-cleared' };
const MANIP_CAUTION: Expectation = { manip: 'caution' };
const MANIP_CLEAR: Expectation = { atMost: { manip: 'clear' } };

const M_E =
  'r46 M "Acute: none" then another place\'s focus with a denial or an old word said of something else in its clause, the place before the lesion, or no lesion word (reader-elsewhere.ts elsewhere: WELL / OLD_FINDING over the clause, TURN, LESION; miss / control)';
const A_F =
  'r46 A "Acute: none" then another place\'s focus with old or well words after it ("with normal diffusion", "with surrounding gliosis", "unchanged since 2019", "which is old") read as an acute focus (reader-elsewhere.ts TURN, OLD_BEFORE; false alarm)';
const A_P =
  'r46 A a part new on a prior study ("on the prior", "in March 2024", "previous MR", "prior DWI") read as acute (reader-older.ts PAST_AFTER; false alarm)';
const M_P =
  'r46 M a new part of an old infarct on this study ("at the external capsule", "at the old rim", its own date, "the last sequence of this MRI") read as of a past study (reader-older.ts PAST_AFTER; miss / control)';
const M_B =
  'r46 M a negated list\'s dissection bullet with another study named in its clause, "segment" / "patent" / "well opacified" beside an uncertain side, or another segment denied in brackets (reader-headings.ts OTHER_STUDY, side exclusions; miss / control)';
const A_I =
  'r46 A an anticoagulant in a denied list ("Not on warfarin, heparin or apixaban", "like warfarin, apixaban, or dabigatran", "e.g. warfarin") or taken "until 2024" (anticoagulant-names.ts; false alarm)';
const M_I =
  'r46 M an anticoagulant after another one denied and "but", or after a label\'s ":" ("No change: apixaban") (anticoagulant-names.ts; miss / control)';
const Z = 'r46 Z the clean patient, nothing added (control)';

export const ROUND_46: readonly Probe[] = [
  r46(
    M_E,
    R_STROKE,
    'EA1',
    '"ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus causing no mass effect." (a denial of another thing: "causing no mass effect")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus causing no mass effect.',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA2',
    '"ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus which does not enhance." ("not" of another property)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus which does not enhance.',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA3',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus showing no enhancement." ("no" of another property)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left thalamic focus showing no enhancement.',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA4',
    '"ACUTE INFARCT: None. Acute: none on the right; left PICA territory lesion and no haemorrhagic transformation." ("no" of another thing)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left PICA territory lesion and no haemorrhagic transformation.',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA5',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus and no other abnormality." ("no" of another thing)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left thalamic focus and no other abnormality.',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA6',
    '"ACUTE INFARCT: None. Acute: none on the left; right cerebellar focus and nothing in the vermis." ("nothing" of another place)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the left; right cerebellar focus and nothing in the vermis.',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA7',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus which was not there before." ("not" = new)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left thalamic focus which was not there before.',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA8',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus not yet cavitated." ("not yet cavitated" = early)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left thalamic focus not yet cavitated.'),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA10',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus on a background of atrophy." (old change beside it)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left thalamic focus on a background of atrophy.',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA12',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus around the surgical cavity." ("cavity" of another structure)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left thalamic focus around the surgical cavity.',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA13',
    '"ACUTE INFARCT: None. Acute: none on the right; left PICA territory perfusion defect." ("defect" of perfusion)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left PICA territory perfusion defect.'),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA14',
    '"ACUTE INFARCT: None. Acute: none on the right; close to the left trigone there is a small focus." (the place before the lesion)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; close to the left trigone there is a small focus.',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA16',
    '"ACUTE INFARCT: None. Acute: none on the right; left occipital and medial temporal cortex (PCA distribution)." (no lesion word, a territory)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left occipital and medial temporal cortex (PCA distribution).',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA17',
    '"ACUTE INFARCT: None. Acute: none on the right; the left cerebellar hemisphere and inferior vermis are involved." (no lesion word, "are involved")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; the left cerebellar hemisphere and inferior vermis are involved.',
    ),
    EMERGENCY,
  ),
  r46(
    M_E,
    R_STROKE,
    'EA18',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus with mass effect." (control)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left thalamic focus with mass effect.'),
    EMERGENCY,
  ),
  r46(
    A_F,
    R_NO_ACUTE,
    'EF1',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus with normal diffusion." ("with normal diffusion": well)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left thalamic focus with normal diffusion.',
    ),
    NO_ACUTE,
  ),
  r46(
    A_F,
    R_NO_ACUTE,
    'EF2',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus with chronic appearances." ("with chronic appearances": old)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left thalamic focus with chronic appearances.',
    ),
    NO_ACUTE,
  ),
  r46(
    A_F,
    R_NO_ACUTE,
    'EF3',
    '"ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus with surrounding gliosis." ("with surrounding gliosis": old)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus with surrounding gliosis.',
    ),
    NO_ACUTE,
  ),
  r46(
    A_F,
    R_NO_ACUTE,
    'EF4',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus unchanged since 2019." (old after the lesion)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left thalamic focus unchanged since 2019.'),
    NO_ACUTE,
  ),
  r46(
    A_F,
    R_NO_ACUTE,
    'EF5',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus which is old." (old after the lesion)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left thalamic focus which is old.'),
    NO_ACUTE,
  ),
  r46(
    A_P,
    R_OLD_ONLY,
    'PO1',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its rim showed restriction on the prior." ("on the prior", no study word)',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. Its rim showed restriction on the prior.'),
    OLD_NOT_ACUTE,
  ),
  r46(
    A_P,
    R_OLD_ONLY,
    'PO2',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its rim was new in March 2024, now gliosis." ("in March 2024")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its rim was new in March 2024, now gliosis.',
    ),
    OLD_NOT_ACUTE,
  ),
  r46(
    A_P,
    R_OLD_ONLY,
    'PO3',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its medial part was new on the previous MR." ("previous MR")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its medial part was new on the previous MR.',
    ),
    OLD_NOT_ACUTE,
  ),
  r46(
    A_P,
    R_OLD_ONLY,
    'PO4',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the prior DWI." ("prior DWI")',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the prior DWI.'),
    OLD_NOT_ACUTE,
  ),
  r46(
    M_P,
    R_STROKE,
    'PO6',
    '"ACUTE INFARCT: None. Old: left MCA territory. New restriction at the external capsule on this MRI." ("external" = the external capsule)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left MCA territory. New restriction at the external capsule on this MRI.',
    ),
    EMERGENCY,
  ),
  r46(
    M_P,
    R_STROKE,
    'PO7',
    '"ACUTE INFARCT: None. Old: left MCA territory. Interval extension at the external capsule on today\'s scan." ("external" = the external capsule, today\'s scan)',
    MRI,
    MRH(
      "ACUTE INFARCT: None. Old: left MCA territory. Interval extension at the external capsule on today's scan.",
    ),
    EMERGENCY,
  ),
  r46(
    M_P,
    R_STROKE,
    'PO8',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction at the old rim on today\'s scan." ("old" = the old lesion, the study this one)',
    MRI,
    MRH(
      "ACUTE INFARCT: None. Old: left PICA territory. New restriction at the old rim on today's scan.",
    ),
    EMERGENCY,
  ),
  r46(
    M_P,
    R_STROKE,
    'PO9',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction along its margin on the 2026-11-15 MRI." (this study\'s own date)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction along its margin on the 2026-11-15 MRI.',
    ),
    EMERGENCY,
  ),
  r46(
    M_P,
    R_STROKE,
    'PO10',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction at its margin on the last sequence of this MRI." ("last" = a sequence of this study)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction at its margin on the last sequence of this MRI.',
    ),
    EMERGENCY,
  ),
  r46(
    M_P,
    R_STROKE,
    'PO11',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction along its margin on this examination." (control)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction along its margin on this examination.',
    ),
    EMERGENCY,
  ),
  r46(
    M_B,
    R_DIS,
    'BO1',
    '"No evidence of:⏎- aneurysm⏎- dissection: flap present in left V3 and absent on the prior CTA" (another study in the same clause)',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: flap present in left V3 and absent on the prior CTA',
    ),
    EMERGENCY,
  ),
  r46(
    M_B,
    R_DIS,
    'BO2',
    '"No evidence of:⏎- aneurysm⏎- dissection: present in left V3 as on the outside CTA" (confirmed now)',
    CTAN,
    CTA('No evidence of:', '- aneurysm', '- dissection: present in left V3 as on the outside CTA'),
    EMERGENCY,
  ),
  r46(
    M_B,
    R_DIS_ANY,
    'BO3',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V3 flap demonstrated unchanged from the prior CTA" (seen now, unchanged)',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: left V3 flap demonstrated unchanged from the prior CTA',
    ),
    DISSECTION,
  ),
  r46(
    M_B,
    R_DIS,
    'BO4',
    '"No evidence of:⏎- aneurysm⏎- dissection: flap present in left V3 at the previous stent site" ("at the previous" = a place)',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: flap present in left V3 at the previous stent site',
    ),
    EMERGENCY,
  ),
  r46(
    M_B,
    R_DIS,
    'BO5',
    '"No evidence of:⏎- aneurysm⏎- dissection: flap seen in left V3 in the earlier arterial phase" ("in the earlier" = this study\'s phase)',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: flap seen in left V3 in the earlier arterial phase',
    ),
    EMERGENCY,
  ),
  r46(
    M_B,
    R_DIS,
    'BO6',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V3 flap present and progressed from the prior CTA" (progressed)',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: left V3 flap present and progressed from the prior CTA',
    ),
    EMERGENCY,
  ),
  r46(
    M_B,
    R_DIS_UNC,
    'BO7',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V3 segment equivocal" ("segment")',
    CTAN,
    CTA('No evidence of:', '- aneurysm', '- dissection: left V3 segment equivocal'),
    UNSETTLED,
  ),
  r46(
    M_B,
    R_DIS_UNC,
    'BO8',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V3 patent but suspected" ("patent")',
    CTAN,
    CTA('No evidence of:', '- aneurysm', '- dissection: left V3 patent but suspected'),
    UNSETTLED,
  ),
  r46(
    M_B,
    R_DIS_UNC,
    'BO12',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V4 segment probable" ("segment")',
    CTAN,
    CTA('No evidence of:', '- aneurysm', '- dissection: left V4 segment probable'),
    UNSETTLED,
  ),
  r46(
    M_B,
    R_DIS_UNC,
    'BO9',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V4 well opacified with equivocal flap" ("well opacified")',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: left V4 well opacified with equivocal flap',
    ),
    UNSETTLED,
  ),
  r46(
    M_B,
    R_DIS,
    'BO10',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V3 flap present (V4 - excluded)" (another segment denied in brackets)',
    CTAN,
    CTA('No evidence of:', '- aneurysm', '- dissection: left V3 flap present (V4 - excluded)'),
    EMERGENCY,
  ),
  r46(
    M_B,
    R_DIS,
    'BO11',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V3 flap present, right V2 - negative" (control)',
    CTAN,
    CTA('No evidence of:', '- aneurysm', '- dissection: left V3 flap present, right V2 - negative'),
    EMERGENCY,
  ),
  r46m(
    A_I,
    R_AC_NONE,
    'MP1',
    'Aspirin 75 mg (antiplatelet, not an anticoagulant like warfarin, apixaban, or dabigatran)',
    MANIP_CLEAR,
  ),
  r46m(A_I, R_AC_NONE, 'MP2', 'Not on warfarin, heparin or apixaban', MANIP_CLEAR),
  r46m(A_I, R_AC_NONE, 'MP3', 'No warfarin, apixaban or rivaroxaban', MANIP_CLEAR),
  r46m(A_I, R_AC_NONE, 'MP4', 'Not taking any anticoagulant (e.g. warfarin)', MANIP_CLEAR),
  r46m(A_I, R_AC_NONE, 'MP5', 'Not on warfarin. Was on apixaban until 2024.', MANIP_CLEAR),
  r46m(M_I, R_AC, 'MP6', 'Not on warfarin but on apixaban 5 mg BD', MANIP_CAUTION),
  r46m(M_I, R_AC, 'MP7', 'No warfarin but apixaban 5 mg BD', MANIP_CAUTION),
  r46m(M_I, R_AC, 'MP8', 'No change: apixaban 5 mg BD', MANIP_CAUTION),
  r46m(M_I, R_AC, 'MP9', 'Apixaban 2.5 mg b.i.d.', MANIP_CAUTION),
  r46m(M_I, R_AC, 'MP10', 'Warfarin (dose per INR, approx. 3 mg) - none missed', MANIP_CAUTION),
  r46m(M_I, R_AC, 'MP11', 'Xarelto (no missed doses)', MANIP_CAUTION),
  {
    round: 46,
    family: Z,
    name: 'Z2: the clean patient, nothing added',
    rule: 'no finding -> every modality clear, urgency none',
    delta: { whole: vignette('r46-Z2', {}) },
    expect: CLEAN,
  },
];
