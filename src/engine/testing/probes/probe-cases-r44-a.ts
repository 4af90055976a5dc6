/**
 * Reviewer probes, round 44: ff47a56's reader and medication mends attacked, misses first.
 * reader-older.ts `newIn` (PAST_AFTER taking back a new part said of this study: "on diffusion
 * imaging", "on this examination", "at this MRI", "on imaging today"; DENIED_AFTER /
 * DENIED_BEFORE without a turn word) and TERRITORY (a denied cortex or territory beside white
 * matter), reader-headings.ts BUT_A_SIDE (NORMALCY's lacunar / small-vessel / microangiopathic /
 * gliosis words vetoing an acute focus on the other side, AFTER_PLACE's new places taking back
 * old change as acute) and `affirms` / `bulletSaysMore` (a negated list's bullet affirmed after a
 * denial of something else, or of the other side, in the same clause; an outside study's
 * suspicion not confirmed); medication names with a denial of something else in a part, a list
 * after "like warfarin", a label's "none" or "now stopped" (anticoagulant-names.ts SAID_NONE per
 * part, NOT_THE_WORD). Round 17's clean, fully answered patient (probe-r17-lib.ts, assessed on
 * 2026-11-20) with one report or one medication added, as in rounds 42 and 43 (the round's
 * harness used PROBE_BASE: the same verdicts; it showed `readReport`'s mentions read with the
 * study's modality and region, and its reports avoid the lexicon's own finding phrases in the
 * words under test, RA14 a control). The FHIR probes of the round are fhir/fhir-r44.spec.ts.
 * Test data only, all synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { ago, CLEAN, EMERGENCY, study, vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A round 44 reader probe: the report added to the clean patient's imaging. */
function r44(
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
    round: 44,
    family,
    name: `${id}: ${m}/${r} ${d} d ago: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r44-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
    expect,
  };
}

/** A round 44 medication probe: one tablet, started 60 days ago, on the clean patient. */
function r44m(family: string, rule: string, id: string, name: string, expect: Expectation): Probe {
  return {
    round: 44,
    family,
    name: `${id}: medication ${JSON.stringify(name)}`,
    rule,
    delta: {
      whole: vignette(`r44-${id}`, { m: [{ name, form: 'tablet', start: ago(60) }] }),
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
const R_UNC =
  '§4 / §9, FS-1 / FS-7: a dissection read as possible or indeterminate is unknown -> manipulation and collar-zone massage at least not cleared';
const R_OLD =
  '§5 / §8: an older infarct read from a report (onset unknown, treated as recent) -> manipulation and collar-zone massage contraindicated, but no emergency (§4 / §9 need an acute one)';
const R_EXCLUDED =
  '§4 / §9, FS-1 / FS-7: a dissection suspected on an outside study and not confirmed on this one -> no emergency; at most held as unknown (manipulation and collar-zone massage not cleared), back massage and exercise clear';
const R_A =
  'no finding: a normal report (white-matter change is no infarct, a denied cortex or territory names none) -> every modality clear, urgency none';
const R_NO_ACUTE =
  '§9: no acute infarct said (only old change after "none") -> no emergency, back massage and exercise clear';
const R_AC = '§5: an anticoagulant taken (precaution) -> manipulation at least caution';
const R_AC_STOPPED = 'no finding: an anticoagulant said stopped is not taken -> manipulation clear';

/** Contraindicated, but no emergency: an old infarct. */
const STROKE_NOT_EMERG: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  atMost: { urg: 'urgent' },
};
/** Uncertain: manipulation and collar-zone massage held at least. */
const UNSETTLED: Expectation = { manip: 'not-cleared', czm: 'not-cleared' };
/** Not confirmed on this study: no emergency, at most held as unknown. */
const AT_MOST_UNSETTLED: Expectation = {
  atMost: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared', bm: 'clear', ex: 'clear' },
};
/** No acute infarct said: no emergency, back massage and exercise clear. */
const NO_ACUTE: Expectation = { atMost: { urg: 'none', bm: 'clear', ex: 'clear' } };
const MANIP_CAUTION: Expectation = { manip: 'caution' };
const MANIP_CLEAR: Expectation = { atMost: { manip: 'clear' } };

const M_O =
  'r44 M a new part of an old infarct said of this study ("on diffusion imaging", "on this examination", "at this MRI", "on imaging today") or beside a denial of something else (reader-older.ts newIn: PAST_AFTER, DENIED_AFTER / DENIED_BEFORE; miss / control)';
const A_O =
  'r44 A a past acute state of an old infarct said of a prior study read as new (reader-older.ts PAST_AFTER; false-alarm control)';
const A_W =
  'r44 A white-matter change beside a denied cortex or territory, or in a territory, read as an older infarct (reader-older.ts TERRITORY; false alarm / control)';
const M_W =
  'r44 M an old infarct of white matter and cortex in territories (reader-older.ts TERRITORY, control)';
const M_C =
  'r44 M "Acute: none" followed by another place\'s acute focus described with lacunar / small-vessel / microangiopathic / gliosis words, a "no" in its clause or in a place not listed (reader-headings.ts BUT_A_SIDE: NORMALCY, AFTER_PLACE; miss / control)';
const A_C =
  'r44 A old change after "Acute: none" (stable, scarring, remote) read as an acute finding (reader-headings.ts BUT_A_SIDE AFTER_PLACE; false alarm)';
const M_B =
  'r44 M a negated bullet affirmed after a denial of something else or of the other side in its clause (reader-headings.ts affirms / bulletSaysMore, BULLET_ALL_DENIED; miss / control)';
const A_B =
  "r44 A an outside study's suspicion in a negated bullet, not confirmed on this one (false alarm)";
const M_I =
  'r44 M an anticoagulant beside a denial of something else in its part, after a list "like warfarin", or with a label\'s "none" (anticoagulant-names.ts SAID_NONE per part, NOT_THE_WORD; miss / control)';
const A_I = 'r44 A an anticoagulant said "now stopped" (false alarm)';
const Z = 'r44 Z the clean patient, nothing added (control)';

export const ROUND_44: readonly Probe[] = [
  r44(
    M_O,
    R_STROKE,
    'RA1',
    '"ACUTE INFARCT: None. Old: left PICA territory. There is new restriction at its medial margin on the current MRI." ("on the current MRI": this study)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. There is new restriction at its medial margin on the current MRI.',
    ),
    EMERGENCY,
  ),
  r44(
    M_O,
    R_STROKE,
    'RA2',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its medial margin is new on diffusion imaging." (this study\'s sequence)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its medial margin is new on diffusion imaging.',
    ),
    EMERGENCY,
  ),
  r44(
    M_O,
    R_STROKE,
    'RA3',
    '"ACUTE INFARCT: None. Old: left PICA territory. Interval extension on this examination into the vermis."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Interval extension on this examination into the vermis.',
    ),
    EMERGENCY,
  ),
  r44(
    M_O,
    R_STROKE,
    'RA4',
    '"ACUTE INFARCT: None. Old: left PICA territory. Acute component at its margin on the present scan."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Acute component at its margin on the present scan.',
    ),
    EMERGENCY,
  ),
  r44(
    M_O,
    R_STROKE,
    'RA5',
    '"ACUTE INFARCT: None. Old: left PICA territory. Fresh restriction along its rim at this MRI."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Fresh restriction along its rim at this MRI.',
    ),
    EMERGENCY,
  ),
  r44(
    M_O,
    R_STROKE,
    'RA6',
    '"ACUTE INFARCT: None. Old: left PICA territory. A new focus in the cerebellum on imaging today abuts its margin."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. A new focus in the cerebellum on imaging today abuts its margin.',
    ),
    EMERGENCY,
  ),
  r44(
    M_O,
    R_STROKE,
    'RA7',
    '"ACUTE INFARCT: None. Old: left PICA territory. New focus at its margin with haemorrhage excluded." (a denial of something else within four words after it)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New focus at its margin with haemorrhage excluded.',
    ),
    EMERGENCY,
  ),
  r44(
    M_O,
    R_STROKE,
    'RA8',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction at its rim with mass effect absent." (a denial of something else within four words after it)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restriction at its rim with mass effect absent.',
    ),
    EMERGENCY,
  ),
  r44(
    M_O,
    R_STROKE,
    'RA9',
    '"ACUTE INFARCT: None. Old: left PICA territory. No change in its volume and a new component along its medial margin." (a denial of something else before it, joined by "and")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. No change in its volume and a new component along its medial margin.',
    ),
    EMERGENCY,
  ),
  r44(
    M_O,
    R_STROKE,
    'RA10',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restriction along its medial margin." (control)',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. New restriction along its medial margin.'),
    EMERGENCY,
  ),
  r44(
    M_O,
    R_STROKE,
    'RA11',
    '"ACUTE INFARCT: None. Old: left PICA territory. No change in its volume but a new component along its medial margin." (control: "but")',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. No change in its volume but a new component along its medial margin.',
    ),
    EMERGENCY,
  ),
  r44(
    A_O,
    R_OLD,
    'RA12',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its margin was acute on the March MRI, now gliosis." (control: a prior study)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its margin was acute on the March MRI, now gliosis.',
    ),
    STROKE_NOT_EMERG,
  ),
  r44(
    M_O,
    R_STROKE,
    'RA14',
    '"ACUTE INFARCT: None. Old: left PICA territory. Acute infarct at its margin on this MRI." (control: the lexicon\'s own words)',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. Acute infarct at its margin on this MRI.'),
    EMERGENCY,
  ),
  r44(
    A_W,
    R_A,
    'RW1',
    '"ACUTE INFARCT: None. Chronic: periventricular white matter changes, no cortical involvement." (a denied cortex)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Chronic: periventricular white matter changes, no cortical involvement.',
    ),
    CLEAN,
  ),
  r44(
    A_W,
    R_A,
    'RW2',
    '"ACUTE INFARCT: None. Old: scattered white matter lesions, no territorial infarct." (a denied territory)',
    MRI,
    MRH('ACUTE INFARCT: None. Old: scattered white matter lesions, no territorial infarct.'),
    CLEAN,
  ),
  r44(
    A_W,
    R_A,
    'RW3',
    '"ACUTE INFARCT: None. Chronic: deep white matter microangiopathy in both MCA territories." (control)',
    MRI,
    MRH('ACUTE INFARCT: None. Chronic: deep white matter microangiopathy in both MCA territories.'),
    CLEAN,
  ),
  r44(
    M_W,
    R_OLD,
    'RW4',
    '"ACUTE INFARCT: None. Old: bilateral occipital white matter and cortex (PCA territories)." (control)',
    MRI,
    MRH('ACUTE INFARCT: None. Old: bilateral occipital white matter and cortex (PCA territories).'),
    STROKE_NOT_EMERG,
  ),
  r44(
    M_C,
    R_STROKE,
    'RB1',
    '"ACUTE INFARCT: None. Acute: none in the right hemisphere; small left thalamic lacunar focus."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none in the right hemisphere; small left thalamic lacunar focus.',
    ),
    EMERGENCY,
  ),
  r44(
    M_C,
    R_STROKE,
    'RB2',
    '"ACUTE INFARCT: None. Acute: none on the right; left pontine focus of small vessel type."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left pontine focus of small vessel type.'),
    EMERGENCY,
  ),
  r44(
    M_C,
    R_STROKE,
    'RB3',
    '"ACUTE INFARCT: None. Acute: none on the left; right internal capsule lacunar-type focus."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the left; right internal capsule lacunar-type focus.'),
    EMERGENCY,
  ),
  r44(
    M_C,
    R_STROKE,
    'RB4',
    '"ACUTE INFARCT: None. Acute: none supratentorially; right paramedian pontine focus of presumed microangiopathic origin."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none supratentorially; right paramedian pontine focus of presumed microangiopathic origin.',
    ),
    EMERGENCY,
  ),
  r44(
    M_C,
    R_STROKE,
    'RB5',
    '"ACUTE INFARCT: None. Acute: none on the right; left PICA territory with no haemorrhage."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left PICA territory with no haemorrhage.'),
    EMERGENCY,
  ),
  r44(
    M_C,
    R_STROKE,
    'RB6',
    '"ACUTE INFARCT: None. Acute: none on the right; left dentate nucleus."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right; left dentate nucleus.'),
    EMERGENCY,
  ),
  r44(
    A_C,
    R_NO_ACUTE,
    'RB7',
    '"ACUTE INFARCT: None. Acute: none; stable right frontal cortical defect."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none; stable right frontal cortical defect.'),
    NO_ACUTE,
  ),
  r44(
    A_C,
    R_NO_ACUTE,
    'RB8',
    '"ACUTE INFARCT: None. Acute: none; right parietal cortical scarring, unchanged since 2023."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none; right parietal cortical scarring, unchanged since 2023.',
    ),
    NO_ACUTE,
  ),
  r44(
    A_C,
    R_NO_ACUTE,
    'RB9',
    '"ACUTE INFARCT: None. Acute: none; remote left basal ganglia event."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none; remote left basal ganglia event.'),
    NO_ACUTE,
  ),
  r44(
    M_C,
    R_STROKE,
    'RB10',
    '"ACUTE INFARCT: None. Acute: none on the right, but left PICA territory; remainder of the brain normal." (control: round 43\'s C1)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right, but left PICA territory; remainder of the brain normal.',
    ),
    EMERGENCY,
  ),
  r44(
    M_C,
    R_STROKE,
    'RB11',
    '"ACUTE INFARCT: None. Acute: none in the left hemisphere; right cerebellar focus without surrounding gliosis." (a denied gliosis)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none in the left hemisphere; right cerebellar focus without surrounding gliosis.',
    ),
    EMERGENCY,
  ),
  r44(
    M_B,
    R_DIS,
    'BB1',
    '"No evidence of:⏎- aneurysm⏎- dissection: no haematoma but flap present in left V3"',
    CTAN,
    CTA('No evidence of:', '- aneurysm', '- dissection: no haematoma but flap present in left V3'),
    EMERGENCY,
  ),
  r44(
    M_B,
    R_DIS,
    'BB2',
    '"No evidence of:⏎- aneurysm⏎- dissection: flap not seen on the right but present in left V3"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: flap not seen on the right but present in left V3',
    ),
    EMERGENCY,
  ),
  r44(
    M_B,
    R_DIS,
    'BB3',
    '"No evidence of:⏎- aneurysm⏎- dissection: absent on the right whereas left V3 positive"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: absent on the right whereas left V3 positive',
    ),
    EMERGENCY,
  ),
  r44(
    M_B,
    R_DIS,
    'BB4',
    '"No evidence of:⏎- aneurysm⏎- dissection: no occlusion with flap demonstrated in left V3"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: no occlusion with flap demonstrated in left V3',
    ),
    EMERGENCY,
  ),
  r44(
    M_B,
    R_UNC,
    'BB5',
    '"No evidence of:⏎- aneurysm⏎- dissection: no definite flap but possible left V3 irregularity"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: no definite flap but possible left V3 irregularity',
    ),
    UNSETTLED,
  ),
  r44(
    M_B,
    R_DIS,
    'BB6',
    '"No evidence of:⏎- aneurysm⏎- dissection: without stenosis although flap present in left V3"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: without stenosis although flap present in left V3',
    ),
    EMERGENCY,
  ),
  r44(
    M_B,
    R_DIS,
    'BB7',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V3 flap present; right V2 - negative"',
    CTAN,
    CTA('No evidence of:', '- aneurysm', '- dissection: left V3 flap present; right V2 - negative'),
    EMERGENCY,
  ),
  r44(
    M_B,
    R_DIS,
    'BB8',
    '"No evidence of:⏎- aneurysm⏎- dissection (left V3): flap present"',
    CTAN,
    CTA('No evidence of:', '- aneurysm', '- dissection (left V3): flap present'),
    EMERGENCY,
  ),
  r44(
    M_B,
    R_DIS,
    'BB9',
    '"No evidence of:⏎- aneurysm⏎- dissection: present in left V3, negative for occlusion" (control: round 43\'s B1)',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: present in left V3, negative for occlusion',
    ),
    EMERGENCY,
  ),
  r44(
    A_B,
    R_EXCLUDED,
    'BB10',
    '"No evidence of:⏎- aneurysm⏎- dissection: suspected right V2 on outside CTA, not confirmed"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: suspected right V2 on outside CTA, not confirmed',
    ),
    AT_MOST_UNSETTLED,
  ),
  r44(
    A_B,
    R_EXCLUDED,
    'BB11',
    '"No evidence of:⏎- aneurysm⏎- dissection: right V2 possible on outside CTA but not confirmed"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: right V2 possible on outside CTA but not confirmed',
    ),
    AT_MOST_UNSETTLED,
  ),
  r44m(M_I, R_AC, 'MA1', 'Aspirin stopped; not missing any apixaban doses', MANIP_CAUTION),
  r44m(M_I, R_AC, 'MA2', 'Clopidogrel stopped; no issues with dabigatran 150 mg BD', MANIP_CAUTION),
  r44m(
    M_I,
    R_AC,
    'MA3',
    'Aspirin 75 mg, not an anticoagulant like warfarin, rivaroxaban 20 mg daily',
    MANIP_CAUTION,
  ),
  r44m(M_I, R_AC, 'MA4', 'Apixaban BD, missed doses: none', MANIP_CAUTION),
  r44m(M_I, R_AC, 'MA5', 'Dabigatran twice daily - no bleeding', MANIP_CAUTION),
  r44m(M_I, R_AC, 'MA6', 'No change now: apixaban 5 mg BD', MANIP_CAUTION),
  r44m(A_I, R_AC_STOPPED, 'MA7', 'Warfarin now stopped', MANIP_CLEAR),
  r44m(M_I, R_AC, 'MA8', 'No longer on aspirin; now apixaban 5 mg BD', MANIP_CAUTION),
  {
    round: 44,
    family: Z,
    name: 'Z2: the clean patient, nothing added',
    rule: 'no finding -> every modality clear, urgency none',
    delta: { whole: vignette('r44-Z2', {}) },
    expect: CLEAN,
  },
];
