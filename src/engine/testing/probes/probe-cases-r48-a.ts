/**
 * Reviewer probes, round 48 (/tmp/probe48/REPORT.md): round 47's mends (975ee63) attacked, misses
 * first. reader-elsewhere.ts `elsewhere` (an acute age answered "none", then another place's
 * focus with a neighbour's state after "and", "where" or "although", "and the vermis spared",
 * "where the vermis is unaffected", "and brainstem not involved"; an old lesion with a with-phrase
 * more than two words away, "of chronic appearance with gliosis", "from 2019 with
 * encephalomalacia"), reader-older.ts PAST_AFTER / STUDY (a new part of an old infarct "on the
 * prior films", "on the previous DWI images", "on the outside FLAIR sequence", "on the 2024
 * images" read as new or not; "on MRI today", "on the November 2026 MRI" read as of a past study
 * or not), reader-headings.ts bullets (a side with "clearly present", "segment positive",
 * "segment - present", "segment demonstrated with flap", "yes, left V3 segment", "clearly
 * demonstrated" under a negated list; "possible motion artefact, no flap") and
 * anticoagulant-names.ts ("was on" or "formerly on" said of another drug, a lab value or a
 * continuing drug; "stopped" said of another drug; a class denial, then a bare name after ".",
 * ":" or " - "; "until 2025", a past end). Round 17's clean, fully answered patient
 * (probe-r17-lib.ts, assessed on 2026-11-20) with one report or one medication added, as in rounds
 * 42 to 47 (the round's harness used PROBE_BASE: the same verdicts). Expectations are the round's
 * lower bounds for misses and upper bounds for false alarms. The FHIR probes of the round are
 * fhir/fhir-r48.spec.ts. Test data only, all synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { ago, CLEAN, EMERGENCY, study, vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A round 48 reader probe: the report added to the clean patient's imaging. */
function r48(
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
    round: 48,
    family,
    name: `${id}: ${m}/${r} ${d} d ago: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r48-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
    expect,
  };
}

/** A round 48 medication probe: one tablet, started 60 days ago, on the clean patient. */
function r48m(family: string, rule: string, id: string, name: string, expect: Expectation): Probe {
  return {
    round: 48,
    family,
    name: `${id}: medication ${JSON.stringify(name)}`,
    rule,
    delta: {
      whole: vignette(`r48-${id}`, { m: [{ name, form: 'tablet', start: ago(60) }] }),
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
/** "ACUTE INFARCT: None. Acute: " and the rest of the line. */
const ACU = (s: string): string => MRH(`ACUTE INFARCT: None. Acute: ${s}`);
/** "ACUTE INFARCT: None. Old: left PICA territory. " and the rest of the line. */
const OLDP = (s: string): string => MRH(`ACUTE INFARCT: None. Old: left PICA territory. ${s}`);
/** A negated list's dissection bullet after an aneurysm one. */
const LIST = (bullet: string): string => CTA('No evidence of:', '- aneurysm', bullet);

const MRI: Where = ['mri', 'head', 5];
const CTAN: Where = ['cta', 'neck-vessels', 3];

const R_STROKE =
  '§9 acute imaging: a report <= 14 days old reading an acute / new posterior-circulation infarct -> emergency, all four contraindicated';
const R_DIS =
  '§9 acute imaging: a report <= 14 days old reading a vertebral-artery dissection -> emergency, all four contraindicated';
const R_OLD_ONLY =
  '§5 / §8: a chronic infarct read, its part new only on a past study -> manipulation and collar-zone massage contraindicated, no emergency, back massage and exercise clear';
const R_NO_ACUTE =
  '§9: no acute infarct said (only old change after "none") -> no emergency, back massage and exercise clear';
const R_DIS_OUT =
  "§4 / §9, FS-1 / FS-7: a negated list's dissection bullet whose only doubt is an artefact with no flap -> no emergency; at most unknown (manipulation and collar-zone massage not cleared), back massage and exercise clear";
const R_AC = '§5: an anticoagulant taken (precaution) -> manipulation at least caution';
const R_AC_NONE =
  'no finding: every anticoagulant named is denied, declined or stopped -> manipulation clear';

/** A chronic infarct and nothing acute: contraindicated, no emergency, the rest clear. */
const OLD_NOT_ACUTE: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  atMost: { urg: 'urgent', bm: 'clear', ex: 'clear' },
};
/** No acute infarct said: no emergency, back massage and exercise clear. */
const NO_ACUTE: Expectation = { atMost: { urg: 'none', bm: 'clear', ex: 'clear' } };
/** No dissection affirmed on this study: no emergency, at most held as unknown. */
const NOT_AFFIRMED: Expectation = {
  atMost: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared', bm: 'clear', ex: 'clear' },
};
const MANIP_CAUTION: Expectation = { manip: 'caution' };
const MANIP_CLEAR: Expectation = { atMost: { manip: 'clear' } };

const M_E =
  'r48 M "Acute: none" then another place\'s focus with a neighbour\'s state after "and", "where" or "although" ("and the vermis spared", "where the vermis is unaffected", "and brainstem not involved") read as no acute focus (reader-elsewhere.ts SAID_AFTER; miss)';
const A_E =
  'r48 A "Acute: none" then an old lesion whose with-phrase is more than two words away ("of chronic appearance with gliosis", "from 2019 with encephalomalacia") read as an acute focus (reader-elsewhere.ts WITH_OLD; false alarm)';
const A_P =
  'r48 A a part new on a past study ("on the prior films", "on the previous DWI images", "on the outside FLAIR sequence", "on the 2024 images") read as acute (reader-older.ts STUDY; false alarm)';
const M_P =
  'r48 M a new part of an old infarct on this study ("on the last sequence of the current-protocol MRI", "on MRI today", "on the November 2026 MRI") read as of a past study (reader-older.ts PAST_AFTER; miss)';
const M_B =
  'r48 M a negated list\'s dissection bullet affirming a side ("clearly present", "present, still patent", "segment - present", "segment positive", "segment demonstrated with flap", "yes, left V3 segment", "clearly demonstrated") read as negated (reader-headings.ts BULLET_AFFIRMS; miss)';
const A_B =
  'r48 A a negated list\'s dissection bullet with "possible motion artefact, no flap" read as an uncertain dissection (reader-headings.ts bullets; false alarm)';
const M_W =
  'r48 M an anticoagulant taken beside "was on" or "formerly on" said of another drug, a lab value or a continuing drug (anticoagulant-names.ts STOPPED; miss)';
const M_S =
  'r48 M an anticoagulant taken beside "stopped" said of another drug, a plan or a condition ("Stopped warfarin and started apixaban", "to be stopped if bleeding", "since aspirin stopped") (anticoagulant-names.ts STOPPED, BREAKS; miss / control)';
const A_N =
  'r48 A a class denial, then a bare name after ".", ":" or " - " ("Not on anticoagulants. Previously warfarin.") read as taken (anticoagulant-names.ts BREAKS; false alarm)';
const A_U =
  'r48 A an anticoagulant taken "until" a past year ("until 2025", "until October 2025") read as taken (anticoagulant-names.ts; false alarm)';
const Z = 'r48 Z the clean patient, nothing added (control)';

export const ROUND_48: readonly Probe[] = [
  r48(
    M_E,
    R_STROKE,
    'EA1',
    '"Acute: none on the right; left PICA territory infarct and brainstem not involved." ("and brainstem not involved": the neighbour)',
    MRI,
    ACU('none on the right; left PICA territory infarct and brainstem not involved.'),
    EMERGENCY,
  ),
  r48(
    M_E,
    R_STROKE,
    'EA2',
    '"Acute: none on the right; left cerebellar focus of restriction and the vermis spared." ("and the vermis spared", five words on)',
    MRI,
    ACU('none on the right; left cerebellar focus of restriction and the vermis spared.'),
    EMERGENCY,
  ),
  r48(
    M_E,
    R_STROKE,
    'EA3',
    '"Acute: none on the right; left cerebellar focus where the vermis is unaffected." ("where the vermis is unaffected")',
    MRI,
    ACU('none on the right; left cerebellar focus where the vermis is unaffected.'),
    EMERGENCY,
  ),
  r48(
    M_E,
    R_STROKE,
    'EA4',
    '"Acute: none on the right; left PICA territory restriction and vermis unaffected." ("and vermis unaffected")',
    MRI,
    ACU('none on the right; left PICA territory restriction and vermis unaffected.'),
    EMERGENCY,
  ),
  r48(
    M_E,
    R_STROKE,
    'EA5',
    '"Acute: none on the right; left cerebellar restriction although the vermis is spared." ("although the vermis is spared")',
    MRI,
    ACU('none on the right; left cerebellar restriction although the vermis is spared.'),
    EMERGENCY,
  ),
  r48(
    M_E,
    R_STROKE,
    'EA6',
    '"Acute: none on the right; new left thalamic focus and the right thalamus unaffected." ("and the right thalamus unaffected")',
    MRI,
    ACU('none on the right; new left thalamic focus and the right thalamus unaffected.'),
    EMERGENCY,
  ),
  r48(
    M_E,
    R_STROKE,
    'EA7',
    '"Acute: none on the right; left PICA infarct and the basilar territory uninvolved." ("and the basilar territory uninvolved")',
    MRI,
    ACU('none on the right; left PICA infarct and the basilar territory uninvolved.'),
    EMERGENCY,
  ),
  r48(
    A_E,
    R_NO_ACUTE,
    'EF1',
    '"Acute: none on the right; left cerebellar lesion of chronic appearance with gliosis." ("with gliosis" three words away)',
    MRI,
    ACU('none on the right; left cerebellar lesion of chronic appearance with gliosis.'),
    NO_ACUTE,
  ),
  r48(
    A_E,
    R_NO_ACUTE,
    'EF2',
    '"Acute: none on the right; left PICA territory infarct from 2019 with encephalomalacia." ("from 2019 with encephalomalacia")',
    MRI,
    ACU('none on the right; left PICA territory infarct from 2019 with encephalomalacia.'),
    NO_ACUTE,
  ),
  r48(
    A_E,
    R_NO_ACUTE,
    'EF3',
    '"Acute: none on the right; left occipital infarct seen in 2022 with encephalomalacia." ("seen in 2022 with encephalomalacia")',
    MRI,
    ACU('none on the right; left occipital infarct seen in 2022 with encephalomalacia.'),
    NO_ACUTE,
  ),
  r48(
    A_P,
    R_OLD_ONLY,
    'PF1',
    '"Old: left PICA territory. Its rim was new on the prior films." ("prior films")',
    MRI,
    OLDP('Its rim was new on the prior films.'),
    OLD_NOT_ACUTE,
  ),
  r48(
    A_P,
    R_OLD_ONLY,
    'PF2',
    '"Old: left PICA territory. Its rim was new on the previous DWI images." ("previous DWI images")',
    MRI,
    OLDP('Its rim was new on the previous DWI images.'),
    OLD_NOT_ACUTE,
  ),
  r48(
    A_P,
    R_OLD_ONLY,
    'PF3',
    '"Old: left PICA territory. Its rim was new on the outside FLAIR sequence." ("outside FLAIR sequence")',
    MRI,
    OLDP('Its rim was new on the outside FLAIR sequence.'),
    OLD_NOT_ACUTE,
  ),
  r48(
    A_P,
    R_OLD_ONLY,
    'PF4',
    '"Old: left PICA territory. Its rim was new on the 2024 images." ("the 2024 images")',
    MRI,
    OLDP('Its rim was new on the 2024 images.'),
    OLD_NOT_ACUTE,
  ),
  r48(
    M_P,
    R_STROKE,
    'PA1',
    '"Old: left PICA territory. New restriction at its margin on the last sequence of the current-protocol MRI." ("current-protocol")',
    MRI,
    OLDP('New restriction at its margin on the last sequence of the current-protocol MRI.'),
    EMERGENCY,
  ),
  r48(
    M_P,
    R_STROKE,
    'PA2',
    '"Old: left PICA territory. New restriction at the old rim on MRI today." ("old" and "on MRI today")',
    MRI,
    OLDP('New restriction at the old rim on MRI today.'),
    EMERGENCY,
  ),
  r48(
    M_P,
    R_STROKE,
    'PA3',
    '"Old: left PICA territory. New restriction at its margin on the November 2026 MRI." (this study\'s own month)',
    MRI,
    OLDP('New restriction at its margin on the November 2026 MRI.'),
    EMERGENCY,
  ),
  r48(
    M_B,
    R_DIS,
    'BA1',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: left V4 clearly present" ("clearly present")',
    CTAN,
    LIST('- dissection: left V4 clearly present'),
    EMERGENCY,
  ),
  r48(
    M_B,
    R_DIS,
    'BA2',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: right V2 present, still patent" ("present, still patent")',
    CTAN,
    LIST('- dissection: right V2 present, still patent'),
    EMERGENCY,
  ),
  r48(
    M_B,
    R_DIS,
    'BA3',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: left V3 segment - present" ("segment - present")',
    CTAN,
    LIST('- dissection: left V3 segment - present'),
    EMERGENCY,
  ),
  r48(
    M_B,
    R_DIS,
    'BA4',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: left V2 segment positive" ("segment positive")',
    CTAN,
    LIST('- dissection: left V2 segment positive'),
    EMERGENCY,
  ),
  r48(
    M_B,
    R_DIS,
    'BA5',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: right V1 segment demonstrated with flap" ("segment demonstrated with flap")',
    CTAN,
    LIST('- dissection: right V1 segment demonstrated with flap'),
    EMERGENCY,
  ),
  r48(
    M_B,
    R_DIS,
    'BA6',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: yes, left V3 segment" ("yes, left V3 segment")',
    CTAN,
    LIST('- dissection: yes, left V3 segment'),
    EMERGENCY,
  ),
  r48(
    M_B,
    R_DIS,
    'BA7',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: right V3 clearly demonstrated" ("clearly demonstrated", no flap word)',
    CTAN,
    LIST('- dissection: right V3 clearly demonstrated'),
    EMERGENCY,
  ),
  r48(
    A_B,
    R_DIS_OUT,
    'BF1',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: right V3 possible motion artefact, no flap" ("possible motion artefact, no flap")',
    CTAN,
    LIST('- dissection: right V3 possible motion artefact, no flap'),
    NOT_AFFIRMED,
  ),
  r48m(
    M_W,
    R_AC,
    'MW1',
    'Apixaban 5 mg twice daily as was on warfarin with labile INR',
    MANIP_CAUTION,
  ),
  r48m(M_W, R_AC, 'MW2', 'Patient was on apixaban on admission and this continues', MANIP_CAUTION),
  r48m(
    M_W,
    R_AC,
    'MW3',
    'Warfarin dose increased to 5 mg as INR was on the low side',
    MANIP_CAUTION,
  ),
  r48m(M_W, R_AC, 'MW4', 'Dabigatran 110 mg BD since she was on verapamil', MANIP_CAUTION),
  r48m(M_W, R_AC, 'MW5', 'Was on heparin infusion and converted to apixaban', MANIP_CAUTION),
  r48m(M_W, R_AC, 'MW6', 'Was on enoxaparin bridging and remains on warfarin 3 mg', MANIP_CAUTION),
  r48m(M_W, R_AC, 'MW7', 'Formerly on aspirin alone and apixaban added in 2025', MANIP_CAUTION),
  r48m(M_S, R_AC, 'MS1', 'Stopped warfarin and started apixaban', MANIP_CAUTION),
  r48m(M_S, R_AC, 'MS2', 'Warfarin was stopped and apixaban was started', MANIP_CAUTION),
  r48m(M_S, R_AC, 'MS3', 'Apixaban 5 mg BD to be stopped if bleeding', MANIP_CAUTION),
  r48m(M_S, R_AC, 'MS4', 'Rivaroxaban 20 mg OD since aspirin stopped', MANIP_CAUTION),
  r48m(M_S, R_AC, 'MC1', 'Warfarin stopped, apixaban commenced', MANIP_CAUTION),
  r48m(A_N, R_AC_NONE, 'MN1', 'Not on anticoagulants. Previously warfarin.', MANIP_CLEAR),
  r48m(
    A_N,
    R_AC_NONE,
    'MN2',
    'No anticoagulants - warfarin and apixaban both declined',
    MANIP_CLEAR,
  ),
  r48m(A_N, R_AC_NONE, 'MN3', 'Not on any anticoagulant: warfarin in the past', MANIP_CLEAR),
  r48m(A_U, R_AC_NONE, 'MU1', 'Rivaroxaban until 2025', MANIP_CLEAR),
  r48m(
    A_U,
    R_AC_NONE,
    'MU2',
    'Apixaban 5 mg BD until October 2025 (course completed)',
    MANIP_CLEAR,
  ),
  {
    round: 48,
    family: Z,
    name: 'Z2: the clean patient, nothing added',
    rule: 'no finding -> every modality clear, urgency none',
    delta: { whole: vignette('r48-Z2', {}) },
    expect: CLEAN,
  },
];
