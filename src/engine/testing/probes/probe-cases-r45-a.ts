/**
 * Reviewer probes, round 45: 9c98539's reader and medication mends attacked, misses first.
 * reader-elsewhere.ts `elsewhere` (an acute age answered "none", then another place: OLD and
 * WELL words anywhere in the place's clause, said of a neighbour, "remote from", "with the
 * vermis and brainstem spared"; PLACE words that are normal anatomy, "dentate nuclei",
 * "hippocampal", "corpus callosum"; a "no" after the place, DENIED_AFTER; reader-headings.ts
 * ageLabelled dating a chronic infarct by it), reader-older.ts PAST_AFTER (a new part beside "in
 * comparison to", "on comparison with the prior MRI", "in the last 72 hours", "in the region of
 * 8 mm", "the old lesion's" read as of a past study), reader-headings.ts `affirms` /
 * BULLET_TURN and bulletSaysMore (a negated list's bullet with a segment "well demonstrated"
 * after with/although, a side before an outside study's "now excluded"); medication names with
 * another anticoagulant denied or stopped in the same entry ("Off warfarin, started apixaban",
 * "Never took warfarin - Xarelto"), after a list "like warfarin, and apixaban", or with a
 * label's "none" / "nil" (anticoagulant-names.ts DENIED_OBJECT, saidNone, NOT_THE_WORD,
 * LABEL_NONE). Round 17's clean, fully answered patient (probe-r17-lib.ts, assessed on
 * 2026-11-20) with one report or one medication added, as in rounds 42 to 44 (the round's
 * harness used PROBE_BASE: the same verdicts; its reports avoid the lexicon's own finding
 * phrases in the words under test, "ACUTE INFARCT: None." the only lexicon term of the RE, RF
 * and RP probes). The FHIR probes of the round are fhir/fhir-r45.spec.ts. Test data only, all
 * synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { ago, CLEAN, EMERGENCY, study, vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A round 45 reader probe: the report added to the clean patient's imaging. */
function r45(
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
    round: 45,
    family,
    name: `${id}: ${m}/${r} ${d} d ago: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r45-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
    expect,
  };
}

/** A round 45 medication probe: one tablet, started 60 days ago, on the clean patient. */
function r45m(family: string, rule: string, id: string, name: string, expect: Expectation): Probe {
  return {
    round: 45,
    family,
    name: `${id}: medication ${JSON.stringify(name)}`,
    rule,
    delta: {
      whole: vignette(`r45-${id}`, { m: [{ name, form: 'tablet', start: ago(60) }] }),
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
const R_OLD =
  '§5 / §8: an older infarct read from a report (onset unknown, treated as recent) -> manipulation and collar-zone massage contraindicated, but no emergency (§4 / §9 need an acute one)';
const R_OLD_ONLY =
  '§5 / §8: a chronic infarct read, nothing acute said (only old change after "none") -> manipulation and collar-zone massage contraindicated, no emergency, back massage and exercise clear';
const R_NO_ACUTE =
  '§9: no acute infarct said (only old change or normal anatomy after "none") -> no emergency, back massage and exercise clear';
const R_EXCLUDED =
  '§4 / §9, FS-1 / FS-7: a dissection suspected on an outside study and excluded on this one -> no emergency; at most held as unknown (manipulation and collar-zone massage not cleared), back massage and exercise clear';
const R_BULLET_CLEAR =
  'no finding: a negated list\'s dissection bullet denying the flap, a segment "well demonstrated" -> every modality clear, urgency none';
const R_AC = '§5: an anticoagulant taken (precaution) -> manipulation at least caution';
const R_AC_NONE =
  'no finding: an anticoagulant said never taken, stopped or named only as unlike the one taken -> manipulation clear';

/** Contraindicated, but no emergency: an old infarct. */
const STROKE_NOT_EMERG: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  atMost: { urg: 'urgent' },
};
/** A chronic infarct and nothing acute: contraindicated, no emergency, the rest clear. */
const OLD_NOT_ACUTE: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  atMost: { urg: 'urgent', bm: 'clear', ex: 'clear' },
};
/** Excluded on this study: no emergency, at most held as unknown. */
const AT_MOST_UNSETTLED: Expectation = {
  atMost: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared', bm: 'clear', ex: 'clear' },
};
/** No acute infarct said: no emergency, back massage and exercise clear. */
const NO_ACUTE: Expectation = { atMost: { urg: 'none', bm: 'clear', ex: 'clear' } };
const MANIP_CAUTION: Expectation = { manip: 'caution' };
const MANIP_CLEAR: Expectation = { atMost: { manip: 'clear' } };

const M_E =
  'r45 M "Acute: none" then another place\'s focus with an old or well word said of a neighbour or at the clause\'s end, "previously not identified", a separator far after the denial or a place not listed (reader-elsewhere.ts elsewhere: OLD / WELL over the clause, DENIED_AFTER, PLACE; miss / control)';
const A_F =
  'r45 A normal anatomy or old change at a place after "Acute: none" ("calcification of the dentate nuclei", "hippocampal volume loss", "shows no abnormal signal") read as an acute focus (reader-elsewhere.ts PLACE, DENIED_AFTER; reader-headings.ts ageLabelled; false alarm)';
const M_P =
  'r45 M a new part of an old infarct beside "comparison", "in the last N hours / days", "in the region of N mm" or "the old lesion\'s" read as of a past study (reader-older.ts PAST_AFTER; miss / control)';
const A_P =
  'r45 A a part new on a prior study, now gliosis, read as acute (reader-older.ts PAST_AFTER; false-alarm control)';
const A_B =
  'r45 A a negated list\'s bullet with a segment "well demonstrated" after with / although, or a side before an outside study\'s "now excluded", read as a dissection (reader-headings.ts affirms / BULLET_TURN, bulletSaysMore; false alarm)';
const M_B =
  'r45 M a negated list\'s bullet "intimal flap noted in left V3" after "but" (reader-headings.ts affirms; miss)';
const M_I =
  'r45 M an anticoagulant beside another one denied or stopped in the same entry, after a list "like warfarin, and", or with a label\'s "none" / "nil" (anticoagulant-names.ts DENIED_OBJECT, saidNone, NOT_THE_WORD, LABEL_NONE; miss / control)';
const A_I =
  'r45 A an anticoagulant said never taken, stopped or named only as unlike the one taken (false alarm)';
const Z = 'r45 Z the clean patient, nothing added (control)';

export const ROUND_45: readonly Probe[] = [
  r45(
    M_E,
    R_STROKE,
    'RE1',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus posterior to a stable cavernoma." ("stable" said of a neighbour)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left thalamic focus posterior to a stable cavernoma.',
    ),
    EMERGENCY,
  ),
  r45(
    M_E,
    R_STROKE,
    'RE2',
    '"ACUTE INFARCT: None. Acute: none in the left hemisphere; right frontal cortical focus remote from the operative site." ("remote from": distant)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none in the left hemisphere; right frontal cortical focus remote from the operative site.',
    ),
    EMERGENCY,
  ),
  r45(
    M_E,
    R_STROKE,
    'RE3',
    '"ACUTE INFARCT: None. Acute: none supratentorially; small right pontine focus and unchanged ventricular size." ("unchanged" said of another structure)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none supratentorially; small right pontine focus and unchanged ventricular size.',
    ),
    EMERGENCY,
  ),
  r45(
    M_E,
    R_STROKE,
    'RE4',
    '"ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus inferior to the craniotomy defect." ("defect" of another structure)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus inferior to the craniotomy defect.',
    ),
    EMERGENCY,
  ),
  r45(
    M_E,
    R_STROKE,
    'RE5',
    '"ACUTE INFARCT: None. Acute: none on the right; left occipital focus lateral to the surgical scar." ("scar" of another structure)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left occipital focus lateral to the surgical scar.',
    ),
    EMERGENCY,
  ),
  r45(
    M_E,
    R_STROKE,
    'RE6',
    '"ACUTE INFARCT: None. Acute: none on the right; small left cerebellar hemispheric focus at the level of the middle peduncle with the vermis and brainstem spared." (a well word at the clause\'s end)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; small left cerebellar hemispheric focus at the level of the middle peduncle with the vermis and brainstem spared.',
    ),
    EMERGENCY,
  ),
  r45(
    M_E,
    R_STROKE,
    'RE7',
    '"ACUTE INFARCT: None. Acute: none on the left; new right thalamic focus extending into the posterior limb of the internal capsule with normal appearances elsewhere." (a well word at the clause\'s end)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the left; new right thalamic focus extending into the posterior limb of the internal capsule with normal appearances elsewhere.',
    ),
    EMERGENCY,
  ),
  r45(
    M_E,
    R_STROKE,
    'RE8',
    '"ACUTE INFARCT: None. Acute: none on the right; left pontine focus previously not identified." ("previously not identified": new)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left pontine focus previously not identified.',
    ),
    EMERGENCY,
  ),
  r45(
    M_E,
    R_STROKE,
    'RE9',
    '"ACUTE INFARCT: None. Acute: none in the right cerebellar hemisphere or right side of the pons; left medullary focus." (a separator more than 40 characters after the denial)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none in the right cerebellar hemisphere or right side of the pons; left medullary focus.',
    ),
    EMERGENCY,
  ),
  r45(
    M_E,
    R_STROKE,
    'RE10',
    '"ACUTE INFARCT: None. Acute: none on the right; left corona radiata and centrum semiovale." (places not listed)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left corona radiata and centrum semiovale.',
    ),
    EMERGENCY,
  ),
  r45(
    M_E,
    R_STROKE,
    'RE11',
    '"ACUTE INFARCT: None. Acute: none on the right; left caudate focus along the established shunt tract." ("established" of another structure)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left caudate focus along the established shunt tract.',
    ),
    EMERGENCY,
  ),
  r45(
    M_E,
    R_STROKE,
    'RE12',
    '"ACUTE INFARCT: None. Acute: none on the right; left thalamic focus." (control)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left thalamic focus.'),
    EMERGENCY,
  ),
  r45(
    A_F,
    R_NO_ACUTE,
    'RF1',
    '"ACUTE INFARCT: None. Acute: none; symmetrical calcification of the dentate nuclei."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none; symmetrical calcification of the dentate nuclei.'),
    NO_ACUTE,
  ),
  r45(
    A_F,
    R_NO_ACUTE,
    'RF2',
    '"ACUTE INFARCT: None. Acute: none; mild bilateral hippocampal volume loss."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none; mild bilateral hippocampal volume loss.'),
    NO_ACUTE,
  ),
  r45(
    A_F,
    R_NO_ACUTE,
    'RF3',
    '"ACUTE INFARCT: None. Acute: none in the right hemisphere; the left hemisphere shows no abnormal signal." (a "no" after the place)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none in the right hemisphere; the left hemisphere shows no abnormal signal.',
    ),
    NO_ACUTE,
  ),
  r45(
    A_F,
    R_NO_ACUTE,
    'RF4',
    '"ACUTE INFARCT: None. Acute: none; prominent perivascular spaces in the basal ganglia."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none; prominent perivascular spaces in the basal ganglia.'),
    NO_ACUTE,
  ),
  r45(
    A_F,
    R_OLD_ONLY,
    'RF5',
    '"Chronic left cerebellar infarct. Acute: none; calcified dentate nuclei." (a chronic infarct, then old change)',
    MRI,
    MRH('Chronic left cerebellar infarct. Acute: none; calcified dentate nuclei.'),
    OLD_NOT_ACUTE,
  ),
  r45(
    A_F,
    R_NO_ACUTE,
    'RF6',
    '"ACUTE INFARCT: None. Acute: none; thinning of the corpus callosum."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none; thinning of the corpus callosum.'),
    NO_ACUTE,
  ),
  r45(
    A_F,
    R_NO_ACUTE,
    'RF7',
    '"ACUTE INFARCT: None. Acute: none on the right; the left cerebellum shows no abnormality." (a "no" after the place)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; the left cerebellum shows no abnormality.'),
    NO_ACUTE,
  ),
  r45(
    M_P,
    R_STROKE,
    'RP1',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction along its margin in comparison to the 2024 study."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction along its margin in comparison to the 2024 study.',
    ),
    EMERGENCY,
  ),
  r45(
    M_P,
    R_STROKE,
    'RP2',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction at its rim on comparison with the prior MRI."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction at its rim on comparison with the prior MRI.',
    ),
    EMERGENCY,
  ),
  r45(
    M_P,
    R_STROKE,
    'RP3',
    '"ACUTE INFARCT: None. Old: left PICA territory. Interval extension into the vermis in the last 72 hours."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Interval extension into the vermis in the last 72 hours.',
    ),
    EMERGENCY,
  ),
  r45(
    M_P,
    R_STROKE,
    'RP4',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction measuring in the region of 8 mm along its medial margin." ("in the region of": about)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction measuring in the region of 8 mm along its medial margin.',
    ),
    EMERGENCY,
  ),
  r45(
    M_P,
    R_STROKE,
    'RP5',
    '"ACUTE INFARCT: None. Old: left PICA territory. There is new restriction at the old lesion\'s posterior margin."',
    MRI,
    MRH(
      "ACUTE INFARCT: None. Old: left PICA territory. There is new restriction at the old lesion's posterior margin.",
    ),
    EMERGENCY,
  ),
  r45(
    M_P,
    R_STROKE,
    'RP6',
    '"ACUTE INFARCT: None. Old: left PICA territory. Fresh restriction at its rim in the last 2 days."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Fresh restriction at its rim in the last 2 days.',
    ),
    EMERGENCY,
  ),
  r45(
    M_P,
    R_STROKE,
    'RP7',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction along its margin on this examination." (control)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction along its margin on this examination.',
    ),
    EMERGENCY,
  ),
  r45(
    A_P,
    R_OLD,
    'RP8',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the prior MRI, now gliosis." (control: a prior study)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the prior MRI, now gliosis.',
    ),
    STROKE_NOT_EMERG,
  ),
  r45(
    A_B,
    R_BULLET_CLEAR,
    'BF1',
    '"No evidence of:⏎- aneurysm⏎- dissection: no intimal flap with V3 segments well demonstrated bilaterally"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: no intimal flap with V3 segments well demonstrated bilaterally',
    ),
    CLEAN,
  ),
  r45(
    A_B,
    R_EXCLUDED,
    'BF2',
    '"No evidence of:⏎- aneurysm⏎- dissection: suspected in left V3 at the outside hospital, now excluded"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: suspected in left V3 at the outside hospital, now excluded',
    ),
    AT_MOST_UNSETTLED,
  ),
  r45(
    A_B,
    R_EXCLUDED,
    'BF3',
    '"No evidence of:⏎- aneurysm⏎- dissection (possible on the right on the outside CTA, now excluded)" (bulletSaysMore\'s own example)',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection (possible on the right on the outside CTA, now excluded)',
    ),
    AT_MOST_UNSETTLED,
  ),
  r45(
    A_B,
    R_BULLET_CLEAR,
    'BF4',
    '"No evidence of:⏎- aneurysm⏎- dissection: no flap although right V2 is well demonstrated"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: no flap although right V2 is well demonstrated',
    ),
    CLEAN,
  ),
  r45(
    A_B,
    R_EXCLUDED,
    'BF5',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V3 flap seen on the outside CTA, now excluded"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: left V3 flap seen on the outside CTA, now excluded',
    ),
    AT_MOST_UNSETTLED,
  ),
  r45(
    M_B,
    R_DIS,
    'BM1',
    '"No evidence of:⏎- aneurysm⏎- dissection: no stenosis but intimal flap noted in left V3"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: no stenosis but intimal flap noted in left V3',
    ),
    EMERGENCY,
  ),
  r45m(M_I, R_AC, 'MB1', 'Off warfarin, started apixaban 5 mg BD', MANIP_CAUTION),
  r45m(M_I, R_AC, 'MB2', 'Never on warfarin, Eliquis 5 mg BD for AF', MANIP_CAUTION),
  r45m(
    M_I,
    R_AC,
    'MB3',
    'Clopidogrel 75 mg, not an anticoagulant like warfarin, and apixaban 5 mg BD',
    MANIP_CAUTION,
  ),
  r45m(M_I, R_AC, 'MB4', 'Not currently on heparin, rivaroxaban 20 mg OD', MANIP_CAUTION),
  r45m(M_I, R_AC, 'MB5', 'Eliquis twice daily. Bleeding: nil', MANIP_CAUTION),
  r45m(M_I, R_AC, 'MB6', 'Off dabigatran (switched to apixaban 5 mg BD)', MANIP_CAUTION),
  r45m(M_I, R_AC, 'MB7', 'Never took warfarin - Xarelto 20 mg OD since DVT', MANIP_CAUTION),
  r45m(M_I, R_AC, 'MB8', 'No apixaban doses missed, takes apixaban 5 mg BD', MANIP_CAUTION),
  r45m(M_I, R_AC, 'MB9', 'Off heparin infusion, Xarelto 15 mg BD started', MANIP_CAUTION),
  r45m(M_I, R_AC, 'MB10', 'Rivaroxaban 20 mg. Side effects - none', MANIP_CAUTION),
  r45m(M_I, R_AC, 'MB11', 'Xarelto once daily, missed doses: none', MANIP_CAUTION),
  r45m(A_I, R_AC_NONE, 'MB12', 'Never on warfarin', MANIP_CLEAR),
  r45m(A_I, R_AC_NONE, 'MB13', 'Off warfarin since 2024', MANIP_CLEAR),
  r45m(
    A_I,
    R_AC_NONE,
    'MB14',
    'Aspirin 75 mg (not an anticoagulant, unlike warfarin and apixaban)',
    MANIP_CLEAR,
  ),
  {
    round: 45,
    family: Z,
    name: 'Z2: the clean patient, nothing added',
    rule: 'no finding -> every modality clear, urgency none',
    delta: { whole: vignette('r45-Z2', {}) },
    expect: CLEAN,
  },
];
