/**
 * Reviewer probes, round 49 (/tmp/probe49/head.md): round 48's mends (4645af0) attacked, misses
 * first. reader-elsewhere.ts `elsewhere` (an acute age answered "none", then another place's
 * lesion whose with-phrase belongs to a neighbour or a place the words turn to, "near an old
 * lacune with gliosis", "in a hemisphere with volume loss"; a coordinated "and <territory>
 * spared" after a lesion; "whilst", "though"; a lesionless pair of places said clear, "left
 * hemisphere and posterior fossa clear"), reader-older.ts PAST_AFTER / STUDY (a new part of an
 * old infarct "at the old rim on these films", "on the films today", "on the films of 15
 * November 2026"), reader-headings.ts bullets ("segment demonstrated, with flap", "left V3, well
 * demonstrated", "left V1 origin plaque present") and anticoagulant-names.ts ("Was on X" and then
 * a continuation, a new anticoagulant started, added or given at discharge; "Patient / He was on
 * X" a past course; a class denial and "continues to decline warfarin"); then whole cases as
 * written: neuroradiology reports (VR, VC), medication lists (VM, VC6, VC7). Round 17's clean,
 * fully answered patient (probe-r17-lib.ts, assessed on 2026-11-20) with one report, one
 * medication or the vignette's list added, and the vignette's own answers, as in rounds 42 to 48
 * (the round's harness used PROBE_BASE: the same verdicts). Expectations are the round's lower
 * bounds for misses and upper bounds for false alarms. The FHIR probes of the round (FT, FG, VF1,
 * VF2, VC8-VC10, Z1) are fhir/fhir-r49.spec.ts. Test data only, all synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { ago, CLEAN, EMERGENCY, on, study, vignette, type Vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A round 49 reader probe: the report added to the clean patient's imaging. */
function r49(
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
    round: 49,
    family,
    name: `${id}: ${m}/${r} ${d} d ago: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r49-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
    expect,
  };
}

/** A round 49 medication probe: one tablet, started 60 days ago, on the clean patient. */
function r49m(family: string, rule: string, id: string, name: string, expect: Expectation): Probe {
  return {
    round: 49,
    family,
    name: `${id}: medication ${JSON.stringify(name)}`,
    rule,
    delta: {
      whole: vignette(`r49-${id}`, { m: [{ name, form: 'tablet', start: ago(60) }] }),
    },
    expect,
  };
}

/** A round 49 vignette: a whole case as written, on the clean patient. */
function r49v(
  family: string,
  rule: string,
  id: string,
  essence: string,
  v: Vignette,
  expect: Expectation,
): Probe {
  return {
    round: 49,
    family,
    name: `${id}: ${essence}`,
    rule,
    delta: { whole: vignette(`r49-${id}`, v) },
    expect,
  };
}

/** Medications as a list is written: tablets started 90 days ago. */
const meds = (...names: string[]): Vignette['m'] =>
  names.map((name) => ({ name, form: 'tablet', start: ago(90) }));

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
const R_DIS_UNC =
  '§5, FS-1 / FS-7: a dissection read as possible is unknown -> manipulation and collar-zone massage at least not cleared';
const R_NO_ACUTE =
  '§9: no acute infarct said (only old change after "none") -> no emergency, back massage and exercise clear';
const R_DIS_OUT =
  "§4 / §9, FS-1 / FS-7: a negated list's dissection bullet whose only 'present' is another finding's -> no emergency; at most unknown (manipulation and collar-zone massage not cleared), back massage and exercise clear";
const R_OLD_ONLY =
  '§5 / §8: an older infarct only, nothing acute -> manipulation and collar-zone massage contraindicated, no emergency, back massage and exercise clear';
const R_CLEAR = 'no finding: nothing read -> every modality clear, urgency none';
const R_AC = '§5: an anticoagulant taken (precaution) -> manipulation at least caution';
const R_AC_NONE =
  'no finding: no anticoagulant taken now (a past course, or declined) -> manipulation clear';

/** No acute infarct said: no emergency, back massage and exercise clear. */
const NO_ACUTE: Expectation = { atMost: { urg: 'none', bm: 'clear', ex: 'clear' } };
/** No dissection affirmed on this study: no emergency, at most held as unknown. */
const NOT_AFFIRMED: Expectation = {
  atMost: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared', bm: 'clear', ex: 'clear' },
};
/** A dissection read as possible: unknown, held. */
const DIS_UNKNOWN: Expectation = { manip: 'not-cleared', czm: 'not-cleared' };
/** An older infarct only: contraindicated, no emergency, the rest clear. */
const OLD_NOT_ACUTE: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  atMost: { urg: 'urgent', bm: 'clear', ex: 'clear' },
};
/** Nothing read (the round's CLEAR: no VAS bound). */
const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
const MANIP_CAUTION: Expectation = { manip: 'caution' };
const MANIP_CLEAR: Expectation = { atMost: { manip: 'clear' } };

const M_W =
  'r49 M "Acute: none" then another place\'s lesion whose with-phrase belongs to a neighbour or a place the words turn to ("near an old lacune with gliosis", "beside the 2019 infarct with gliosis", "in a hemisphere with volume loss") read as old (reader-elsewhere.ts WITH_OLD; miss, made by 4645af0)';
const M_X =
  'r49 M "Acute: none" then another place\'s lesion and a neighbour\'s state after a coordinated territory ("and right PICA territory spared"), "whilst" or "though" read as the lesion\'s (reader-elsewhere.ts SAID_AFTER; miss)';
const A_F =
  'r49 A "Acute: none" then a lesionless pair of places said clear ("left hemisphere and posterior fossa clear") read as an acute focus (reader-elsewhere.ts SAID_AFTER; false alarm, made by 4645af0)';
const M_P =
  'r49 M a new part of an old infarct on this study ("at the old rim on these films", "on the films today", "on the films of 15 November 2026") read as of a past study (reader-older.ts PAST_AFTER / STUDY; miss, made by 4645af0)';
const M_B =
  'r49 M a negated list\'s dissection bullet affirming a side ("segment demonstrated, with flap", "left V3, well demonstrated", "segment demonstrated (intimal flap)") read as negated (reader-headings.ts BULLET_AFFIRMS; miss)';
const A_B =
  'r49 A a negated list\'s dissection bullet whose "present" is another finding\'s ("left V1 origin plaque present") read as an affirmed dissection (reader-headings.ts BULLET_AFFIRMS; false alarm)';
const M_A =
  'r49 M an anticoagulant taken after "Was on": the drug continued or restarted, another started, added or given at discharge ("Was on apixaban PTA - continued", "Was on aspirin and has since started apixaban") (anticoagulant-names.ts STOPPED, BREAKS; miss)';
const A_A =
  'r49 A a past course with its subject named ("Patient was on rivaroxaban for a DVT in 2019"), or a declined drug after a class denial ("Not on any anticoagulant and continues to decline warfarin"), read as taken (anticoagulant-names.ts STOPPED, BREAKS; false alarm, made by 4645af0)';
const M_R =
  'r49 M (review of the mends) "was on X" said of a drug still taken, with no end, past time or change in the entry ("Pt was on Xarelto prior to arrival", "She was on warfarin (INR 2.4 on arrival)"), or stopped for a while and to be taken again ("stopped for procedure, to restart tomorrow") (anticoagulant-names.ts PAST_COURSE, PAUSED; miss)';
const A_R =
  'r49 A (review of the mends) "was on X" with a past time or a change ("Was on apixaban last year", "Was on warfarin, switched to aspirin"), or stopped for good (anticoagulant-names.ts; false alarm)';
const M_V =
  'r49 M a red flag written as a real report or a real medication list (vignette; miss if not met)';
const A_V = 'r49 A an ordinary report or medication list (vignette; false alarm if raised)';
const Z = 'r49 Z the clean patient, nothing added (control)';

export const ROUND_49: readonly Probe[] = [
  r49(
    M_W,
    R_STROKE,
    'EW1',
    '"Acute: none on the right; left cerebellar infarct near an old lacune with gliosis." ("near an old lacune with gliosis")',
    MRI,
    ACU('none on the right; left cerebellar infarct near an old lacune with gliosis.'),
    EMERGENCY,
  ),
  r49(
    M_W,
    R_STROKE,
    'EW3',
    '"Acute: none on the right; new left occipital focus beside the 2019 infarct with gliosis." ("beside the 2019 infarct with gliosis")',
    MRI,
    ACU('none on the right; new left occipital focus beside the 2019 infarct with gliosis.'),
    EMERGENCY,
  ),
  r49(
    M_W,
    R_STROKE,
    'EW4',
    '"Acute: none on the right; left cerebellar restriction in a hemisphere with volume loss." ("in a hemisphere with volume loss")',
    MRI,
    ACU('none on the right; left cerebellar restriction in a hemisphere with volume loss.'),
    EMERGENCY,
  ),
  r49(
    M_X,
    R_STROKE,
    'EX1',
    '"Acute: none on the right; left cerebellar infarct and right PICA territory spared." ("and right PICA territory spared")',
    MRI,
    ACU('none on the right; left cerebellar infarct and right PICA territory spared.'),
    EMERGENCY,
  ),
  r49(
    M_X,
    R_STROKE,
    'EX2',
    '"Acute: none on the right; left cerebellar infarct and the AICA territory spared." ("and the AICA territory spared")',
    MRI,
    ACU('none on the right; left cerebellar infarct and the AICA territory spared.'),
    EMERGENCY,
  ),
  r49(
    M_X,
    R_STROKE,
    'EX3',
    '"Acute: none on the right; new left thalamic focus and PCA territory otherwise unaffected." ("and PCA territory otherwise unaffected")',
    MRI,
    ACU('none on the right; new left thalamic focus and PCA territory otherwise unaffected.'),
    EMERGENCY,
  ),
  r49(
    M_X,
    R_STROKE,
    'EX4',
    '"Acute: none on the right; left cerebellar restriction whilst the vermis is spared." ("whilst the vermis is spared")',
    MRI,
    ACU('none on the right; left cerebellar restriction whilst the vermis is spared.'),
    EMERGENCY,
  ),
  r49(
    M_X,
    R_STROKE,
    'EX5',
    '"Acute: none on the right; left cerebellar infarct though brainstem not involved." ("though brainstem not involved")',
    MRI,
    ACU('none on the right; left cerebellar infarct though brainstem not involved.'),
    EMERGENCY,
  ),
  r49(
    A_F,
    R_NO_ACUTE,
    'EF1',
    '"Acute: none on the right; left hemisphere and posterior fossa clear." ("and posterior fossa clear")',
    MRI,
    ACU('none on the right; left hemisphere and posterior fossa clear.'),
    NO_ACUTE,
  ),
  r49(
    A_F,
    R_NO_ACUTE,
    'EF2',
    '"Acute: none on the right; left cerebellar hemisphere and vermis normal." ("and vermis normal")',
    MRI,
    ACU('none on the right; left cerebellar hemisphere and vermis normal.'),
    NO_ACUTE,
  ),
  r49(
    A_F,
    R_NO_ACUTE,
    'EF3',
    '"Acute: none on the right; left thalamus and basal ganglia unremarkable." ("and basal ganglia unremarkable")',
    MRI,
    ACU('none on the right; left thalamus and basal ganglia unremarkable.'),
    NO_ACUTE,
  ),
  r49(
    M_P,
    R_STROKE,
    'PA1',
    '"Old: left PICA territory. New restriction at the old rim on these films." ("on these films")',
    MRI,
    OLDP('New restriction at the old rim on these films.'),
    EMERGENCY,
  ),
  r49(
    M_P,
    R_STROKE,
    'PA2',
    '"Old: left PICA territory. New restriction at the old rim on the films today." ("on the films today")',
    MRI,
    OLDP('New restriction at the old rim on the films today.'),
    EMERGENCY,
  ),
  r49(
    M_P,
    R_STROKE,
    'PA3',
    '"Old: left PICA territory. New restriction at the old rim on the films of 15 November 2026." (this study\'s own date)',
    MRI,
    OLDP('New restriction at the old rim on the films of 15 November 2026.'),
    EMERGENCY,
  ),
  r49(
    M_B,
    R_DIS,
    'BA1',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: right V3 segment demonstrated, with flap" ("demonstrated, with flap")',
    CTAN,
    LIST('- dissection: right V3 segment demonstrated, with flap'),
    EMERGENCY,
  ),
  r49(
    M_B,
    R_DIS,
    'BA2',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: left V3, well demonstrated on source images" ("left V3, well demonstrated")',
    CTAN,
    LIST('- dissection: left V3, well demonstrated on source images'),
    EMERGENCY,
  ),
  r49(
    M_B,
    R_DIS,
    'BA3',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: left V2 segment demonstrated (intimal flap)" ("(intimal flap)")',
    CTAN,
    LIST('- dissection: left V2 segment demonstrated (intimal flap)'),
    EMERGENCY,
  ),
  r49(
    A_B,
    R_DIS_OUT,
    'BF1',
    '"No evidence of:\u23ce- aneurysm\u23ce- dissection: left V1 origin plaque present" ("plaque present")',
    CTAN,
    LIST('- dissection: left V1 origin plaque present'),
    NOT_AFFIRMED,
  ),
  r49m(M_A, R_AC, 'MW1', 'Was on apixaban PTA - continued', MANIP_CAUTION),
  r49m(M_A, R_AC, 'MW2', 'Was on apixaban pre-op, restarted post-op', MANIP_CAUTION),
  r49m(M_A, R_AC, 'MW3', 'Was on Xarelto on admission and this was continued', MANIP_CAUTION),
  r49m(M_A, R_AC, 'MW4', 'Was on aspirin and has since started apixaban', MANIP_CAUTION),
  r49m(M_A, R_AC, 'MW5', 'Was on clopidogrel and apixaban was added in 2025', MANIP_CAUTION),
  r49m(M_A, R_AC, 'MW6', 'Was on heparin in hospital and discharged on apixaban', MANIP_CAUTION),
  r49m(M_A, R_AC, 'MW7', 'Was on dabigatran and continued on it', MANIP_CAUTION),
  r49m(A_A, R_AC_NONE, 'MP1', 'Patient was on rivaroxaban for a DVT in 2019', MANIP_CLEAR),
  r49m(A_A, R_AC_NONE, 'MP2', 'He was on Eliquis for 6 months after PE in 2021', MANIP_CLEAR),
  r49m(
    A_A,
    R_AC_NONE,
    'MP3',
    'Not on any anticoagulant and continues to decline warfarin',
    MANIP_CLEAR,
  ),
  r49m(M_R, R_AC, 'MR1', 'Pt was on Xarelto prior to arrival', MANIP_CAUTION),
  r49m(M_R, R_AC, 'MR2', 'He was on Eliquis when he fell', MANIP_CAUTION),
  r49m(M_R, R_AC, 'MR3', 'She was on warfarin (INR 2.4 on arrival)', MANIP_CAUTION),
  r49m(M_R, R_AC, 'MR4', 'He was on warfarin; INR today 2.8', MANIP_CAUTION),
  r49m(M_R, R_AC, 'MR5', 'Patient was on apixaban at admission', MANIP_CAUTION),
  r49m(M_R, R_AC, 'MR6', 'Was on apixaban', MANIP_CAUTION),
  r49m(M_R, R_AC, 'MR7', 'Warfarin stopped for procedure, to restart tomorrow', MANIP_CAUTION),
  r49m(M_R, R_AC, 'MR8', 'Apixaban held, resume after surgery', MANIP_CAUTION),
  r49m(A_R, R_AC_NONE, 'AR1', 'Was on warfarin, switched to aspirin', MANIP_CLEAR),
  r49m(A_R, R_AC_NONE, 'AR2', 'Was on apixaban last year', MANIP_CLEAR),
  r49m(A_R, R_AC_NONE, 'AR3', 'was on warfarin years ago', MANIP_CLEAR),
  r49m(A_R, R_AC_NONE, 'AR4', 'Warfarin stopped, never to be restarted', MANIP_CLEAR),
  r49m(A_R, R_AC_NONE, 'AR5', 'Was on apixaban, now aspirin only', MANIP_CLEAR),
  r49v(
    M_V,
    R_DIS,
    'VR1',
    'the left V3 dissection after chiropractic manipulation (CTA, full report)',
    {
      f: {
        headache: true,
        'occipital-headache': true,
        'neck-pain': true,
        'recent-cervical-manipulation': on(7),
      },
      add: [
        study(
          'cta',
          'neck-vessels',
          2,
          L(
            'CT ANGIOGRAM NECK AND INTRACRANIAL VESSELS',
            'Clinical details: 34F. L neck pain and occipital headache since chiropractic manipulation 5/7 ago. ?VA dissection.',
            'Technique: Arterial phase CTA from the aortic arch to the vertex.',
            'Findings:',
            'Normal aortic arch and great vessel origins. Both common and internal carotid arteries are normal.',
            'Right VA is dominant and normal throughout.',
            'Left VA: abrupt tapering of the V3 segment at the C1/C2 level with an intimal flap and crescentic mural thickening, consistent with dissection. The distal V4 segment fills normally. Basilar artery patent.',
            'No intracranial aneurysm. Brain parenchyma unremarkable on source images.',
            'Conclusion:',
            'Left V3 vertebral artery dissection. Discussed with the on-call stroke registrar.',
          ),
        ),
      ],
    },
    EMERGENCY,
  ),
  r49v(
    M_V,
    R_STROKE,
    'VR2',
    'the acute left PICA infarct 2 days ago (MRI, full report)',
    {
      f: { dizziness: true, nausea: true, 'neck-pain': true },
      add: [
        study(
          'mri',
          'head',
          2,
          L(
            'MRI HEAD',
            'Clinical details: 58M. Sudden onset vertigo, vomiting and unsteadiness 2/7. Neck pain. ?posterior circulation stroke.',
            'Technique: Axial DWI/ADC, FLAIR, T2, SWI; MRA circle of Willis.',
            'Findings:',
            'There is restricted diffusion with corresponding ADC hypointensity and mild FLAIR hyperintensity in the inferior left cerebellar hemisphere and vermis, in the left PICA territory, consistent with an acute infarct. No haemorrhagic transformation on SWI. Mild mass effect on the fourth ventricle; no hydrocephalus.',
            'The left VA flow-related signal is reduced on MRA; the right VA and basilar artery are normal.',
            'Background mild small vessel change.',
            'Conclusion:',
            'Acute left PICA territory infarct.',
          ),
        ),
      ],
    },
    EMERGENCY,
  ),
  r49v(
    M_V,
    R_STROKE,
    'VR3',
    'the US-style right lateral medullary infarct with non-visualised right V4 (MRI, full report)',
    {
      f: { dizziness: true },
      add: [
        study(
          'mri',
          'head',
          2,
          L(
            'MRI BRAIN W/O CONTRAST',
            'HX: 47 y/o M w/ acute vertigo, diplopia x 2 days. PMH: HTN, HLD.',
            'FINDINGS: Focus of reduced diffusivity within the right lateral medulla measuring 8 mm, compatible with acute infarct. Additional punctate DWI-positive foci in the right inferior cerebellum. No hemorrhage. Ventricles and sulci normal for age.',
            'MRA: Right V4 segment is not visualized, likely occlusion or dissection.',
            'IMPRESSION:',
            '1. Acute right lateral medullary and inferior cerebellar infarcts (right PICA territory).',
            '2. Nonvisualization of the right V4 segment, concerning for occlusion/dissection. CTA neck recommended.',
          ),
        ),
      ],
    },
    EMERGENCY,
  ),
  r49v(
    M_V,
    R_DIS,
    'VR4',
    'the right V2-V3 dissection with pseudoaneurysm (CTA, full report)',
    {
      f: { headache: true, 'neck-pain': true },
      add: [
        study(
          'cta',
          'neck-vessels',
          1,
          L(
            'CTA HEAD AND NECK',
            'HISTORY: 41 y/o F with R neck pain and headache after hot yoga, R ptosis.',
            'COMPARISON: None.',
            'FINDINGS:',
            'NECK: Long-segment irregular narrowing of the right vertebral artery from the V2 segment at C3 through V3, with a 4 mm pseudoaneurysm at C2. Left vertebral artery is normal. Carotids are patent without stenosis.',
            'HEAD: No large vessel occlusion. No aneurysm.',
            'IMPRESSION:',
            'Right vertebral artery dissection (V2-V3) with small dissecting pseudoaneurysm.',
          ),
        ),
      ],
    },
    EMERGENCY,
  ),
  r49v(
    M_V,
    R_DIS_UNC,
    'VR5',
    'a possible left vertebral dissection on an MRI of the cervical spine',
    {
      f: { 'neck-pain': true },
      add: [
        study(
          'mri',
          'cervical-spine',
          3,
          L(
            'MRI CERVICAL SPINE',
            'Clinical: 38M, 1/52 neck pain radiating to the occiput after a gym session.',
            'Findings: Normal alignment. Mild C5/6 disc bulge without cord or root compression. Cord returns normal signal.',
            'Incidental note is made of crescentic T1 hyperintensity in the wall of the left vertebral artery at the C2 level, suspicious for intramural haematoma. Dissection cannot be excluded; CTA is recommended.',
            'Conclusion: Possible left vertebral artery dissection. Mild C5/6 degenerative change.',
          ),
        ),
      ],
    },
    DIS_UNKNOWN,
  ),
  r49v(
    M_V,
    R_STROKE,
    'VR6',
    'an early subacute left PCA infarct 10 days old (MRI, full report)',
    {
      add: [
        study(
          'mri',
          'head',
          10,
          L(
            'MRI BRAIN',
            'Indication: R homonymous hemianopia noticed 1/52 ago. Hx: neck manipulation by osteopath 2/52 ago.',
            'Findings: Wedge-shaped area of T2/FLAIR hyperintensity in the left occipital lobe (PCA territory) with residual restricted diffusion and gyral enhancement, in keeping with an early subacute infarct. No haemorrhage. The left PCA is patent on TOF.',
            'Impression: Early subacute left PCA territory infarct.',
          ),
        ),
      ],
    },
    EMERGENCY,
  ),
  r49v(
    M_V,
    R_STROKE,
    'VR7',
    'new restriction along an old PICA infarct\'s medial rim "on these films" (template report)',
    {
      f: { dizziness: true },
      add: [
        study(
          'mri',
          'head',
          3,
          L(
            'MRI BRAIN',
            'Clinical: 66M. Hx L PICA stroke 2022. New vertigo and ataxia 3/7.',
            'Comparison: MRI 2022.',
            'ACUTE INFARCT: None elsewhere.',
            'OLD INFARCT: Left PICA territory, with gliosis. New restriction along its medial rim on these films.',
            'HAEMORRHAGE: None.',
            'VESSELS: Normal flow voids.',
            'Conclusion: As above.',
          ),
        ),
      ],
    },
    EMERGENCY,
  ),
  r49v(
    M_V,
    R_AC,
    'VM1',
    'medications "Coumadin 5mg nocte", "Amlodipine 5mg OD", "Atorvastatin 40mg ON"',
    { m: meds('Coumadin 5mg nocte', 'Amlodipine 5mg OD', 'Atorvastatin 40mg ON') },
    MANIP_CAUTION,
  ),
  r49v(
    M_V,
    R_AC,
    'VM2',
    'medications "Eliquis 5mg BD (AF, CHA2DS2-VASc 3)", "Bisoprolol 2.5mg OD", "Omeprazole 20mg OD"',
    { m: meds('Eliquis 5mg BD (AF, CHA2DS2-VASc 3)', 'Bisoprolol 2.5mg OD', 'Omeprazole 20mg OD') },
    MANIP_CAUTION,
  ),
  r49v(
    M_V,
    R_AC,
    'VM3',
    'medications "Lixiana 60mg OD \u2013 switched from warfarin Mar 2025"',
    { m: meds('Lixiana 60mg OD \u2013 switched from warfarin Mar 2025') },
    MANIP_CAUTION,
  ),
  r49v(
    M_V,
    R_AC,
    'VM4',
    'medications "Clexane 40mg SC OD (28/7 post-op VTE prophylaxis)"',
    { m: meds('Clexane 40mg SC OD (28/7 post-op VTE prophylaxis)') },
    MANIP_CAUTION,
  ),
  r49v(
    M_V,
    R_AC,
    'VM5',
    'medications "Coumadin (warfarin) 5 mg PO qHS, INR goal 2-3", "Lisinopril 10 mg PO daily"',
    { m: meds('Coumadin (warfarin) 5 mg PO qHS, INR goal 2-3', 'Lisinopril 10 mg PO daily') },
    MANIP_CAUTION,
  ),
  r49v(
    A_V,
    R_CLEAR,
    'VC1',
    'MRI cervical spine: C5/6 disc bulge, no neural compromise',
    {
      add: [
        study(
          'mri',
          'cervical-spine',
          20,
          L(
            'MRI CERVICAL SPINE',
            'Clinical: 45F chronic mechanical neck pain. No red flags.',
            'Findings: Normal cervical lordosis. Mild disc desiccation at C5/6 with a small broad-based posterior disc bulge indenting the thecal sac without cord compression. Exit foramina are patent. No cord signal abnormality. Vertebral artery flow voids are preserved bilaterally.',
            'Conclusion: Mild C5/6 degenerative disc disease. No neural compromise.',
          ),
        ),
      ],
    },
    CLEAR,
  ),
  r49v(
    A_V,
    R_CLEAR,
    'VC2',
    'MRI brain: Fazekas 1 small vessel disease, no acute abnormality',
    {
      add: [
        study(
          'mri',
          'head',
          20,
          L(
            'MRI BRAIN',
            'Indication: 62F, chronic headaches, ?structural cause.',
            'Findings: A few scattered punctate T2/FLAIR white matter hyperintensities in both frontal lobes, nonspecific, most likely chronic small vessel ischaemic change (Fazekas 1). No restricted diffusion to suggest acute infarct. No haemorrhage or mass. Normal intracranial flow voids.',
            'Impression: Mild chronic small vessel disease for age. No acute intracranial abnormality.',
          ),
        ),
      ],
    },
    CLEAR,
  ),
  r49v(
    A_V,
    R_CLEAR,
    'VC3',
    'normal carotid and vertebral duplex',
    {
      add: [
        study(
          'doppler',
          'neck-vessels',
          20,
          L(
            'CAROTID AND VERTEBRAL DUPLEX',
            'Both vertebral arteries demonstrate antegrade flow with normal velocities. Minor intimal thickening at both carotid bifurcations without haemodynamically significant stenosis. No evidence of dissection.',
            'Conclusion: No significant extracranial arterial disease.',
          ),
        ),
      ],
    },
    CLEAR,
  ),
  r49v(
    A_V,
    R_CLEAR,
    'VC4',
    'a negative CTA neck whose history says "r/o dissection"',
    {
      add: [
        study(
          'cta',
          'neck-vessels',
          20,
          L(
            'CTA NECK',
            'HISTORY: 50 y/o M, neck pain, r/o dissection.',
            'FINDINGS: The cervical carotid and vertebral arteries are patent without stenosis, dissection or occlusion. Vertebral arteries are codominant. Mild multilevel cervical spondylosis.',
            'IMPRESSION:',
            '1. No evidence of dissection, stenosis or occlusion of the cervical carotid or vertebral arteries.',
            '2. Mild multilevel cervical spondylosis.',
          ),
        ),
      ],
    },
    CLEAR,
  ),
  r49v(
    A_V,
    R_OLD_ONLY,
    'VC5',
    'an old left PICA infarct unchanged since 2023, no restricted diffusion',
    {
      add: [
        study(
          'mri',
          'head',
          200,
          L(
            'MRI BRAIN',
            'Clinical details: PMH L PICA stroke 2023. Dizziness.',
            'Findings: Established left PICA territory infarct with encephalomalacia and gliosis, unchanged since 2023. No restricted diffusion. No new infarct.',
            'Conclusion: Old left PICA infarct. No acute abnormality.',
          ),
        ),
      ],
    },
    OLD_NOT_ACUTE,
  ),
  r49v(
    A_V,
    R_AC_NONE,
    'VC6',
    'medications "Aspirin 75mg OD", "Clopidogrel 75mg OD", "Atorvastatin 80mg ON", "Ramipril 5mg OD"',
    {
      m: meds('Aspirin 75mg OD', 'Clopidogrel 75mg OD', 'Atorvastatin 80mg ON', 'Ramipril 5mg OD'),
    },
    MANIP_CLEAR,
  ),
  r49v(
    A_V,
    R_AC_NONE,
    'VC7',
    'medications "Warfarin \u2013 stopped 2019 after GI bleed; now aspirin 75mg only"',
    { m: meds('Warfarin \u2013 stopped 2019 after GI bleed; now aspirin 75mg only') },
    MANIP_CLEAR,
  ),
  {
    round: 49,
    family: Z,
    name: 'Z2: the clean patient, nothing added',
    rule: 'no finding -> every modality clear, urgency none',
    delta: { whole: vignette('r49-Z2', {}) },
    expect: CLEAN,
  },
];
