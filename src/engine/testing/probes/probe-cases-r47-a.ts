/**
 * Reviewer probes, round 47 (/tmp/probe47/REPORT.md): round 46's mends (b80a924, 77328af)
 * attacked, misses first. reader-elsewhere.ts `elsewhere` (an acute age answered "none", then
 * another place's focus with a with-phrase or a neighbour said of something else, "with the vermis
 * spared", "with brainstem intact", "an old right lacune with gliosis", "beside a ventricle that
 * is normal", "and the vermis is spared"; a territory denied after it, "not involved", "likewise
 * unaffected", "also unaffected", "free of restriction"), reader-older.ts PAST_AFTER (a new part
 * of an old infarct "on DWI", "on FLAIR and DWI", "on the last images", "not present on the
 * prior.", "at the old infarct margin on DWI" read as of a past study or not; "the 2024
 * presentation MRI", "the previous current-protocol MRI", "the external CT" read as this study or
 * not), reader-headings.ts bullets ("segment(s) demonstrated", "patent", and a suspicion on an
 * outside study inside a negated list's dissection bullet) and anticoagulant-names.ts ("until
 * March 2027", a planned end; "switched to", "and apixaban started", "unless stopped"; a denied
 * drug, then a bare taken one after "-", ".", ";" or ":"; "was on ... until last month").
 * Round 17's clean, fully answered patient (probe-r17-lib.ts, assessed on 2026-11-20) with one
 * report or one medication added, as in rounds 42 to 46 (the round's harness used PROBE_BASE:
 * the same verdicts). Expectations are the round's lower bounds for misses and upper bounds for
 * false alarms. The FHIR probes of the round are fhir/fhir-r47.spec.ts. Test data only, all
 * synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { ago, CLEAN, EMERGENCY, study, vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A round 47 reader probe: the report added to the clean patient's imaging. */
function r47(
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
    round: 47,
    family,
    name: `${id}: ${m}/${r} ${d} d ago: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r47-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
    expect,
  };
}

/** A round 47 medication probe: one tablet, started 60 days ago, on the clean patient. */
function r47m(family: string, rule: string, id: string, name: string, expect: Expectation): Probe {
  return {
    round: 47,
    family,
    name: `${id}: medication ${JSON.stringify(name)}`,
    rule,
    delta: {
      whole: vignette(`r47-${id}`, { m: [{ name, form: 'tablet', start: ago(60) }] }),
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
const R_OLD_ONLY =
  '§5 / §8: a chronic infarct read, its part new only on a past study -> manipulation and collar-zone massage contraindicated, no emergency, back massage and exercise clear';
const R_NO_ACUTE =
  '§9: no acute infarct said (a territory denied after "none") -> no emergency, back massage and exercise clear';
const R_DIS_OUT =
  "§4 / §9, FS-1 / FS-7: a negated list's dissection bullet whose segments are shown normal, or whose suspicion is on an outside study, not confirmed or excluded on this one -> no emergency; at most unknown (manipulation and collar-zone massage not cleared), back massage and exercise clear";
const R_AC = '§5: an anticoagulant taken (precaution) -> manipulation at least caution';
const R_AC_NONE =
  'no finding: the only anticoagulant named was taken until last month ("was on") -> manipulation clear';

/** A chronic infarct and nothing acute: contraindicated, no emergency, the rest clear. */
const OLD_NOT_ACUTE: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  atMost: { urg: 'urgent', bm: 'clear', ex: 'clear' },
};
/** No acute infarct said: no emergency, back massage and exercise clear. */
const NO_ACUTE: Expectation = { atMost: { urg: 'none', bm: 'clear', ex: 'clear' } };
/** No dissection on this study: no emergency, at most held as unknown. */
const OUTSIDE_ONLY: Expectation = {
  atMost: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared', bm: 'clear', ex: 'clear' },
};
const MANIP_CAUTION: Expectation = { manip: 'caution' };
const MANIP_CLEAR: Expectation = { atMost: { manip: 'clear' } };

const M_E =
  'r47 M "Acute: none" then another place\'s focus with a with-phrase, a neighbour or an "and ... is" said of something else ("with the vermis spared", "an old right lacune with gliosis", "beside a ventricle that is normal") read as no acute focus (reader-elsewhere.ts SAID_AFTER, TURN; miss / control)';
const A_E =
  'r47 A "Acute: none" then a territory denied after it ("not involved", "likewise unaffected", "also unaffected", "free of restriction") read as an acute focus (reader-elsewhere.ts LESION; false alarm)';
const M_P =
  'r47 M a new part of an old infarct on this study ("on DWI", "on FLAIR and DWI", "on the last images", "not present on the prior.", its own date) read as of a past study (reader-older.ts PAST_AFTER STUDY, PAST_STUDY; miss / control)';
const A_P =
  'r47 A a part new on a past study ("the 2024 presentation MRI", "the previous current-protocol MRI", "the external CT", "at this hospital") read as acute (reader-older.ts PAST_AFTER NOT_THIS, PAST_STUDY; false alarm)';
const A_B =
  'r47 A a negated list\'s dissection bullet with "segment(s) demonstrated", "patent", or a suspicion on an outside study not confirmed or excluded on this one, read as an affirmed or uncertain dissection (reader-headings.ts bullets, OTHER_STUDY; false alarm)';
const M_U =
  'r47 M an anticoagulant taken "until" a planned end ("until March 2027", "until 2027", "until 2026-12-20") read as stopped (anticoagulant-names.ts; miss)';
const M_I =
  'r47 M an anticoagulant taken after another one stopped or denied ("switched to", "and apixaban started", "unless stopped", "Not on warfarin - apixaban", "No warfarin. Apixaban BD") (anticoagulant-names.ts segments; miss / control)';
const A_I =
  'r47 A an anticoagulant taken "until last month" ("was on") read as taken (anticoagulant-names.ts; false alarm)';
const Z = 'r47 Z the clean patient, nothing added (control)';

export const ROUND_47: readonly Probe[] = [
  r47(
    M_E,
    R_STROKE,
    'EA1',
    '"ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus with the vermis spared." ("with the vermis spared": a with-phrase of another structure)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus with the vermis spared.',
    ),
    EMERGENCY,
  ),
  r47(
    M_E,
    R_STROKE,
    'EA2',
    '"ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus with brainstem intact." ("with brainstem intact")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus with brainstem intact.',
    ),
    EMERGENCY,
  ),
  r47(
    M_E,
    R_STROKE,
    'EA3',
    '"ACUTE INFARCT: None. Acute: none on the right; new left thalamic focus and an old right lacune with gliosis." ("with gliosis" of another, old lesion named after the new one)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; new left thalamic focus and an old right lacune with gliosis.',
    ),
    EMERGENCY,
  ),
  r47(
    M_E,
    R_STROKE,
    'EA4',
    '"ACUTE INFARCT: None. Acute: none on the right; left PICA territory focus separate from the old right cerebellar infarct with encephalomalacia." ("with encephalomalacia" of the old infarct the new focus is separate from)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left PICA territory focus separate from the old right cerebellar infarct with encephalomalacia.',
    ),
    EMERGENCY,
  ),
  r47(
    M_E,
    R_STROKE,
    'EA5',
    '"ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus beside a ventricle that is normal." ("beside a ventricle that is normal": well said of a neighbour)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus beside a ventricle that is normal.',
    ),
    EMERGENCY,
  ),
  r47(
    M_E,
    R_STROKE,
    'EA6',
    '"ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus and the vermis is spared." ("and the vermis is spared" after "and")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus and the vermis is spared.',
    ),
    EMERGENCY,
  ),
  r47(
    M_E,
    R_STROKE,
    'EA7',
    '"ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus, not in the right hemisphere which shows volume loss." ("which shows volume loss" of the other hemisphere)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus, not in the right hemisphere which shows volume loss.',
    ),
    EMERGENCY,
  ),
  r47(
    M_E,
    R_STROKE,
    'EA8',
    '"ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus, vermis spared." (control: "vermis spared" after a comma)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left cerebellar focus, vermis spared.'),
    EMERGENCY,
  ),
  r47(
    A_E,
    R_NO_ACUTE,
    'EF1',
    '"ACUTE INFARCT: None. Acute: none on the right; left PCA distribution not involved." ("not involved": a territory denied)',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left PCA distribution not involved.'),
    NO_ACUTE,
  ),
  r47(
    A_E,
    R_NO_ACUTE,
    'EF2',
    '"ACUTE INFARCT: None. Acute: none on the right; left PCA and SCA territories likewise unaffected." ("likewise unaffected" four words after the territory)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left PCA and SCA territories likewise unaffected.',
    ),
    NO_ACUTE,
  ),
  r47(
    A_E,
    R_NO_ACUTE,
    'EF3',
    '"ACUTE INFARCT: None. Acute: none on the right; left MCA distribution also unaffected." ("also unaffected")',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left MCA distribution also unaffected.'),
    NO_ACUTE,
  ),
  r47(
    A_E,
    R_NO_ACUTE,
    'EF4',
    '"ACUTE INFARCT: None. Acute: none on the right; left MCA distribution free of restriction." ("free of restriction")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left MCA distribution free of restriction.',
    ),
    NO_ACUTE,
  ),
  r47(
    M_P,
    R_STROKE,
    'PA1',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction at the old rim on DWI." ("at the old rim on DWI": a sequence, not a past study)',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. New restriction at the old rim on DWI.'),
    EMERGENCY,
  ),
  r47(
    M_P,
    R_STROKE,
    'PA2',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction at the old rim on FLAIR and DWI." ("on FLAIR and DWI")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction at the old rim on FLAIR and DWI.',
    ),
    EMERGENCY,
  ),
  r47(
    M_P,
    R_STROKE,
    'PA3',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction at its margin on the last images." ("on the last images")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction at its margin on the last images.',
    ),
    EMERGENCY,
  ),
  r47(
    M_P,
    R_STROKE,
    'PA4',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its rim shows restriction not present on the prior." ("not present on the prior.": new since the prior)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its rim shows restriction not present on the prior.',
    ),
    EMERGENCY,
  ),
  r47(
    M_P,
    R_STROKE,
    'PA5',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its rim shows restriction not seen on the previous." ("not seen on the previous.": new since the previous)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its rim shows restriction not seen on the previous.',
    ),
    EMERGENCY,
  ),
  r47(
    M_P,
    R_STROKE,
    'PA6',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction at the old infarct margin on DWI." ("at the old infarct margin on DWI")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction at the old infarct margin on DWI.',
    ),
    EMERGENCY,
  ),
  r47(
    M_P,
    R_STROKE,
    'PA7',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction along its margin in the 2026-11-15 MRI." ("in the 2026-11-15 MRI": this study, by its date)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction along its margin in the 2026-11-15 MRI.',
    ),
    EMERGENCY,
  ),
  r47(
    A_P,
    R_OLD_ONLY,
    'PF1',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the 2024 presentation MRI." ("the 2024 presentation MRI": a past study, "present" inside a word)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the 2024 presentation MRI.',
    ),
    OLD_NOT_ACUTE,
  ),
  r47(
    A_P,
    R_OLD_ONLY,
    'PF2',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the previous current-protocol MRI." ("the previous current-protocol MRI": a past study, "current" inside a word)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the previous current-protocol MRI.',
    ),
    OLD_NOT_ACUTE,
  ),
  r47(
    A_P,
    R_OLD_ONLY,
    'PF3',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the external CT." ("the external CT": a past study)',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the external CT.'),
    OLD_NOT_ACUTE,
  ),
  r47(
    A_P,
    R_OLD_ONLY,
    'PF4',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the 2024 study at this hospital." ("the 2024 study at this hospital": a past study, "this" of the hospital)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its rim was new on the 2024 study at this hospital.',
    ),
    OLD_NOT_ACUTE,
  ),
  r47(
    A_B,
    R_DIS_OUT,
    'BF1',
    '"No evidence of:⏎- aneurysm⏎- dissection: right V4 segment clearly demonstrated, no flap" ("segment clearly demonstrated, no flap")',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: right V4 segment clearly demonstrated, no flap',
    ),
    OUTSIDE_ONLY,
  ),
  r47(
    A_B,
    R_DIS_OUT,
    'BF2',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V3 and V4 segments demonstrated and normal" ("segments demonstrated and normal")',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: left V3 and V4 segments demonstrated and normal',
    ),
    OUTSIDE_ONLY,
  ),
  r47(
    A_B,
    R_DIS_OUT,
    'BF3',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V2 patent, possible flap on the outside CTA not confirmed" ("patent", a suspicion on the outside CTA not confirmed)',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: left V2 patent, possible flap on the outside CTA not confirmed',
    ),
    OUTSIDE_ONLY,
  ),
  r47(
    A_B,
    R_DIS_OUT,
    'BF4',
    '"No evidence of:⏎- aneurysm⏎- dissection: suspected left V3 flap at the outside hospital, excluded on this study" (a suspicion at the outside hospital, excluded on this study)',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: suspected left V3 flap at the outside hospital, excluded on this study',
    ),
    OUTSIDE_ONLY,
  ),
  r47(
    A_B,
    R_DIS_OUT,
    'BF5',
    '"No evidence of:⏎- aneurysm⏎- dissection: right V1-V4 segments demonstrated, smooth calibre" ("segments demonstrated, smooth calibre")',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: right V1-V4 segments demonstrated, smooth calibre',
    ),
    OUTSIDE_ONLY,
  ),
  r47m(M_U, R_AC, 'MA1', 'Apixaban 5 mg BD until March 2027 (6 months post PE)', MANIP_CAUTION),
  r47m(M_U, R_AC, 'MA2', 'Rivaroxaban 20 mg OD until 2027', MANIP_CAUTION),
  r47m(M_U, R_AC, 'MA3', 'Enoxaparin 40 mg SC daily until 2026-12-20', MANIP_CAUTION),
  r47m(M_I, R_AC, 'MA4', 'Warfarin stopped 2024 and switched to apixaban 5 mg BD', MANIP_CAUTION),
  r47m(M_I, R_AC, 'MA5', 'Warfarin discontinued and apixaban started', MANIP_CAUTION),
  r47m(M_I, R_AC, 'MA6', 'Apixaban 5 mg BD unless stopped by haematology', MANIP_CAUTION),
  r47m(M_I, R_AC, 'MA7', 'Not on warfarin - apixaban twice daily', MANIP_CAUTION),
  r47m(M_I, R_AC, 'MA8', 'Off warfarin. Apixaban as per haematology', MANIP_CAUTION),
  r47m(M_I, R_AC, 'MA9', 'Not on heparin; warfarin per INR clinic', MANIP_CAUTION),
  r47m(M_I, R_AC, 'MA10', 'No warfarin. Apixaban BD', MANIP_CAUTION),
  r47m(M_I, R_AC, 'MA11', 'Not on warfarin (switched: apixaban)', MANIP_CAUTION),
  r47m(M_I, R_AC, 'MA12', 'No aspirin; apixaban twice daily', MANIP_CAUTION),
  r47m(A_I, R_AC_NONE, 'MF1', 'Was on apixaban until last month', MANIP_CLEAR),
  {
    round: 47,
    family: Z,
    name: 'Z2: the clean patient, nothing added',
    rule: 'no finding -> every modality clear, urgency none',
    delta: { whole: vignette('r47-Z2', {}) },
    expect: CLEAN,
  },
];
