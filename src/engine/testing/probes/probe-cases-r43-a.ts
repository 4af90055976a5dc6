/**
 * Reviewer probes, round 43: f69e51f's reader and medication mends attacked, misses first.
 * reader-older.ts `newIn` (a year, a date, a time or a mimic anywhere in the comma part,
 * PAST_BEFORE, DENIED_AFTER / DENIED_BEFORE, the comma split letting a past "acute" count as
 * new), reader-headings.ts BUT_A_SIDE (a normalcy word anywhere in the next 60 characters, the
 * place list), BULLET_ALL_DENIED on any clause of a negated list's bullet and the split at
 * but/with/that/which, olderAfter PROCEDURE's white-matter prefix widened to lobe names;
 * medication names with "No longer", "none" or "Not" about something else, or "like warfarin or
 * apixaban" (isAnticoagulant). Round 17's clean, fully answered patient (probe-r17-lib.ts,
 * assessed on 2026-11-20) with one report or one medication added, as in round 42 (the round's
 * harness used PROBE_BASE: the same verdicts; it showed `readReport`'s mentions read with the
 * study's modality and region, as facts-imaging.ts reads them, and its reports avoid the
 * lexicon's own finding phrases in the words under test). The FHIR probes of the round are
 * fhir/fhir-r43.spec.ts. Test data only, all synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { ago, CLEAN, EMERGENCY, study, vignette } from './probe-r17-lib';

type Where = readonly [ImagingModality, ImagingRegion, number];

/** A round 43 reader probe: the report added to the clean patient's imaging. */
function r43(
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
    round: 43,
    family,
    name: `${id}: ${m}/${r} ${d} d ago: ${essence}`,
    rule,
    delta: {
      whole: vignette(`r43-${id}`, { who: 'neurology clinic', add: [study(m, r, d, report)] }),
    },
    expect,
  };
}

/** A round 43 medication probe: one tablet, started 60 days ago, on the clean patient. */
function r43m(family: string, rule: string, id: string, name: string, expect: Expectation): Probe {
  return {
    round: 43,
    family,
    name: `${id}: medication ${JSON.stringify(name)}`,
    rule,
    delta: {
      whole: vignette(`r43-${id}`, { m: [{ name, form: 'tablet', start: ago(60) }] }),
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
  '§4 / §9, FS-1 / FS-7: a dissection read as indeterminate or favoured is unknown -> manipulation and collar-zone massage at least not cleared';
const R_OLD =
  '§5 / §8: an older infarct read from a report (onset unknown, treated as recent) -> manipulation and collar-zone massage contraindicated, but no emergency (§4 / §9 need an acute one)';
const R_EXCLUDED =
  '§4 / §9, FS-1 / FS-7: a dissection suspected on an outside study and excluded on this one -> no emergency; at most held as unknown (manipulation and collar-zone massage not cleared), back massage and exercise clear';
const R_NO_ACUTE =
  '§9: no acute infarct said (only old change after "none") -> no emergency, back massage and exercise clear';
const R_AC = '§5: an anticoagulant taken (precaution) -> manipulation at least caution';
const R_AC_A =
  'no finding: an antiplatelet is no anticoagulant (anticoagulants named as what it is not) -> manipulation clear';

/** Contraindicated, but no emergency: an old infarct. */
const STROKE_NOT_EMERG: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  atMost: { urg: 'urgent' },
};
/** Uncertain: manipulation and collar-zone massage held at least. */
const UNSETTLED: Expectation = { manip: 'not-cleared', czm: 'not-cleared' };
/** Excluded on this study: no emergency, at most held as unknown. */
const AT_MOST_UNSETTLED: Expectation = {
  atMost: { urg: 'urgent', manip: 'not-cleared', czm: 'not-cleared', bm: 'clear', ex: 'clear' },
};
/** No acute infarct said: no emergency, back massage and exercise clear. */
const NO_ACUTE: Expectation = { atMost: { urg: 'none', bm: 'clear', ex: 'clear' } };
const MANIP_CAUTION: Expectation = { manip: 'caution' };
const MANIP_CLEAR: Expectation = { atMost: { manip: 'clear' } };

const M_O =
  'r43 M a new part of an old infarct in a part with a year, a date, a time, a mimic, a past-tense verb or a denial of something else (reader-older.ts newIn: DATED_OR_MIMIC, PAST_BEFORE, DENIED_AFTER / DENIED_BEFORE; miss / control)';
const A_O =
  'r43 A a past acute or restricted state of an old infarct in a comma part of its own read as new (reader-older.ts comma split; false alarm)';
const M_C =
  'r43 M "Acute: none" followed by another place\'s finding qualified in its own clause, or in a place not listed (BUT_A_SIDE normalcy lookahead and place list; miss / control)';
const A_C =
  'r43 A old change after "Acute: none" read as an acute finding (BUT_A_SIDE place list; false alarm)';
const M_B =
  'r43 M a negated bullet with a clause denying something else, or an uncertainty split from its side (BULLET_ALL_DENIED, the but/with/that/which split; miss / control)';
const A_B =
  "r43 A an outside study's suspicion in a negated bullet, excluded on this one (BULLET_ALL_DENIED, false alarm)";
const M_P =
  'r43 M an old infarct of white matter and cortex or a territory read as small-vessel change (olderAfter PROCEDURE white-matter prefix, miss)';
const M_I =
  'r43 M an anticoagulant beside "No longer", "none" or "Not" about something else (SAID_NONE, miss / control)';
const A_I =
  'r43 A "not an anticoagulant, like warfarin or apixaban" in an antiplatelet\'s words (NOT_THE_WORD, false alarm)';
const Z = 'r43 Z the clean patient, nothing added (control)';

export const ROUND_43: readonly Probe[] = [
  r43(
    M_O,
    R_STROKE,
    'O1',
    '"ACUTE INFARCT: None. Old: left PICA territory. Compared with MRI 2025 there is a new component at its medial margin." (a comparison year in the part)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Compared with MRI 2025 there is a new component at its medial margin.',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O2',
    '"ACUTE INFARCT: None. Old: left PICA territory. New focus at its medial margin since the MRI of 02/11/2026." (a date of this year)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New focus at its medial margin since the MRI of 02/11/2026.',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O3',
    '"ACUTE INFARCT: None. Old: right cerebellar hemisphere. New focus at its lateral margin discussed with Dr Lee at 1930 hours." (a 24-hour time, not a year)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: right cerebellar hemisphere. New focus at its lateral margin discussed with Dr Lee at 1930 hours.',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O4',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its medial margin is new since 2024."',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. Its medial margin is new since 2024.'),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O5',
    '"ACUTE INFARCT: None. Old: left PICA territory. Diffusion imaging was repeated and shows new restriction along its margin." (a past tense of another verb)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Diffusion imaging was repeated and shows new restriction along its margin.',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O6',
    '"ACUTE INFARCT: None. Old: left PICA territory. There was interval extension of it into the vermis." (the report\'s tense)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. There was interval extension of it into the vermis.',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O7',
    '"ACUTE INFARCT: None. Old: left PICA territory. New restricted diffusion with low ADC at its margin (true restriction rather than T2 shine-through)." (a mimic excluded)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New restricted diffusion with low ADC at its margin (true restriction rather than T2 shine-through).',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O8',
    '"ACUTE INFARCT: None. Old: left PICA territory. Repeat DWI (motion artefact on the first run) confirms new restriction at its medial margin."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Repeat DWI (motion artefact on the first run) confirms new restriction at its medial margin.',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O9',
    '"ACUTE INFARCT: None. Old: left PICA territory. New focus at its medial margin not seen previously."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New focus at its medial margin not seen previously.',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O10',
    '"ACUTE INFARCT: None. Old: left PICA territory. Fresh component at its margin not visible on the comparison study."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Fresh component at its margin not visible on the comparison study.',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O11',
    '"ACUTE INFARCT: None. Old: left PICA territory. No change in its volume but a new component along its medial margin." (a denial of something else before it)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. No change in its volume but a new component along its medial margin.',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O12',
    '"ACUTE INFARCT: None. Old: left PICA territory. New focus at its medial margin with haemorrhage excluded on SWI." (a denial of something else after it)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New focus at its medial margin with haemorrhage excluded on SWI.',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O13',
    '"ACUTE INFARCT: None. Old: left PICA territory. Superimposed new component."',
    MRI,
    MRH('ACUTE INFARCT: None. Old: left PICA territory. Superimposed new component.'),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O15',
    '"ACUTE INFARCT: None. Old: left PICA territory. New focus of restricted diffusion at its medial margin, not present in 2024." (control: the comma split)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. New focus of restricted diffusion at its medial margin, not present in 2024.',
    ),
    EMERGENCY,
  ),
  r43(
    M_O,
    R_STROKE,
    'O16',
    '"ACUTE INFARCT: None. Old: left PICA territory. Compared with MRI 2025, there is new restricted diffusion at its medial margin." (control: the year in another comma part)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Compared with MRI 2025, there is new restricted diffusion at its medial margin.',
    ),
    EMERGENCY,
  ),
  r43(
    A_O,
    R_OLD,
    'OF1',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its medial part, acute on the March MRI, no longer restricts."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its medial part, acute on the March MRI, no longer restricts.',
    ),
    STROKE_NOT_EMERG,
  ),
  r43(
    A_O,
    R_OLD,
    'OF2',
    '"ACUTE INFARCT: None. Old: left PICA territory. Restricted diffusion at its margin on the outside MRI, now resolved, with no new focus."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Restricted diffusion at its margin on the outside MRI, now resolved, with no new focus.',
    ),
    STROKE_NOT_EMERG,
  ),
  r43(
    A_O,
    R_OLD,
    'OF3',
    '"ACUTE INFARCT: None. Old: left PICA territory. Its margin showed acute change last year, now gliosis."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: left PICA territory. Its margin showed acute change last year, now gliosis.',
    ),
    STROKE_NOT_EMERG,
  ),
  r43(
    A_O,
    R_OLD,
    'OF4',
    '"ACUTE INFARCT: None. Old: right cerebellar hemisphere. Subacute on the outside study, now chronic, without restriction."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Old: right cerebellar hemisphere. Subacute on the outside study, now chronic, without restriction.',
    ),
    STROKE_NOT_EMERG,
  ),
  r43(
    M_C,
    R_STROKE,
    'C1',
    '"ACUTE INFARCT: None. Acute: none on the right, but left PICA territory; remainder of the brain normal."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right, but left PICA territory; remainder of the brain normal.',
    ),
    EMERGENCY,
  ),
  r43(
    M_C,
    R_STROKE,
    'C2',
    '"ACUTE INFARCT: None. Acute: none on the right; left PICA territory, no haemorrhagic transformation."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left PICA territory, no haemorrhagic transformation.',
    ),
    EMERGENCY,
  ),
  r43(
    M_C,
    R_STROKE,
    'C3',
    '"ACUTE INFARCT: None. Acute: none in the right hemisphere; small left cerebellar focus adjacent to chronic lacunes."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none in the right hemisphere; small left cerebellar focus adjacent to chronic lacunes.',
    ),
    EMERGENCY,
  ),
  r43(
    M_C,
    R_STROKE,
    'C4',
    '"ACUTE INFARCT: None. Acute: none on the right, but left parietal cortex."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none on the right, but left parietal cortex.'),
    EMERGENCY,
  ),
  r43(
    M_C,
    R_STROKE,
    'C5',
    '"ACUTE INFARCT: None. Acute: none supratentorially; left side of the brainstem."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none supratentorially; left side of the brainstem.'),
    EMERGENCY,
  ),
  r43(
    M_C,
    R_STROKE,
    'C6',
    '"ACUTE INFARCT: None. Acute: none on the right; left PICA territory, likely embolic, either cardiac or arterial."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; left PICA territory, likely embolic, either cardiac or arterial.',
    ),
    EMERGENCY,
  ),
  r43(
    M_C,
    R_STROKE,
    'C7',
    '"ACUTE INFARCT: None. Acute: none on the right; small left cerebellar focus, posterior fossa otherwise intact."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; small left cerebellar focus, posterior fossa otherwise intact.',
    ),
    EMERGENCY,
  ),
  r43(
    M_C,
    R_STROKE,
    'C8',
    '"ACUTE INFARCT: None. Acute: none in the left hemisphere; right parietal cortical ribbon restriction."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none in the left hemisphere; right parietal cortical ribbon restriction.',
    ),
    EMERGENCY,
  ),
  r43(
    M_C,
    R_STROKE,
    'C9',
    '"ACUTE INFARCT: None. Acute: none in the right hemisphere; left thalamic focus not previously seen." (control)',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none in the right hemisphere; left thalamic focus not previously seen.',
    ),
    EMERGENCY,
  ),
  r43(
    A_C,
    R_NO_ACUTE,
    'CF1',
    '"ACUTE INFARCT: None. Acute: none; scattered foci of gliosis in both hemispheres."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none; scattered foci of gliosis in both hemispheres.'),
    NO_ACUTE,
  ),
  r43(
    A_C,
    R_NO_ACUTE,
    'CF2',
    '"ACUTE INFARCT: None. Acute: none; small vessel lesions in the pons."',
    MRI,
    MRH('ACUTE INFARCT: None. Acute: none; small vessel lesions in the pons.'),
    NO_ACUTE,
  ),
  r43(
    A_C,
    R_NO_ACUTE,
    'CF3',
    '"ACUTE INFARCT: None. Acute: none on the right; the left cerebellar hemisphere shows encephalomalacia."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Acute: none on the right; the left cerebellar hemisphere shows encephalomalacia.',
    ),
    NO_ACUTE,
  ),
  r43(
    M_B,
    R_DIS,
    'B1',
    '"No evidence of:⏎- aneurysm⏎- dissection: present in left V3, negative for occlusion"',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: present in left V3, negative for occlusion',
    ),
    EMERGENCY,
  ),
  r43(
    M_B,
    R_DIS,
    'B2',
    '"No evidence of:⏎- occlusion⏎- dissection (previous right V2, resolved; new flap present in left V3)"',
    CTAN,
    CTA(
      'No evidence of:',
      '- occlusion',
      '- dissection (previous right V2, resolved; new flap present in left V3)',
    ),
    EMERGENCY,
  ),
  r43(
    M_B,
    R_DIS,
    'B3',
    '"No evidence of:⏎- stenosis⏎- dissection: flap demonstrated in left V3, ruled out on the right"',
    CTAN,
    CTA(
      'No evidence of:',
      '- stenosis',
      '- dissection: flap demonstrated in left V3, ruled out on the right',
    ),
    EMERGENCY,
  ),
  r43(
    M_B,
    R_UNC,
    'B5',
    '"No evidence of:⏎- occlusion⏎- dissection: indeterminate but favours left V3"',
    CTAN,
    CTA('No evidence of:', '- occlusion', '- dissection: indeterminate but favours left V3'),
    UNSETTLED,
  ),
  r43(
    M_B,
    R_DIS,
    'B6',
    '"No evidence of:⏎- aneurysm⏎- dissection: left V3 intimal flap present but no haematoma" (control)',
    CTAN,
    CTA(
      'No evidence of:',
      '- aneurysm',
      '- dissection: left V3 intimal flap present but no haematoma',
    ),
    EMERGENCY,
  ),
  r43(
    M_B,
    R_DIS,
    'B7',
    '"No evidence of:⏎- stenosis⏎- dissection: left V3 segment with flap present" (control)',
    CTAN,
    CTA('No evidence of:', '- stenosis', '- dissection: left V3 segment with flap present'),
    EMERGENCY,
  ),
  r43(
    A_B,
    R_EXCLUDED,
    'BF1',
    '"No evidence of:⏎- occlusion⏎- dissection: right V2 flap suspected on outside CTA, which is now excluded"',
    CTAN,
    CTA(
      'No evidence of:',
      '- occlusion',
      '- dissection: right V2 flap suspected on outside CTA, which is now excluded',
    ),
    AT_MOST_UNSETTLED,
  ),
  r43(
    M_P,
    R_OLD,
    'P1',
    '"ACUTE INFARCT: None. Old: bilateral occipital white matter and cortex (PCA territories)."',
    MRI,
    MRH('ACUTE INFARCT: None. Old: bilateral occipital white matter and cortex (PCA territories).'),
    STROKE_NOT_EMERG,
  ),
  r43(
    M_P,
    R_OLD,
    'P2',
    '"ACUTE INFARCT: None. Chronic: temporal and occipital white matter and cortex, right PCA territory."',
    MRI,
    MRH(
      'ACUTE INFARCT: None. Chronic: temporal and occipital white matter and cortex, right PCA territory.',
    ),
    STROKE_NOT_EMERG,
  ),
  r43m(M_I, R_AC, 'I1', 'No longer on aspirin; now apixaban 5 mg BD', MANIP_CAUTION),
  r43m(M_I, R_AC, 'I2', 'Warfarin 3 mg daily - missed doses: none', MANIP_CAUTION),
  r43m(
    A_I,
    R_AC_A,
    'I3',
    'Clopidogrel 75 mg (not an anticoagulant, like warfarin or apixaban)',
    MANIP_CLEAR,
  ),
  r43m(M_I, R_AC, 'I4', 'No new meds; continues rivaroxaban 20 mg', MANIP_CAUTION),
  r43m(M_I, R_AC, 'I5', 'Not anticoagulant-naive: warfarin 5 mg daily', MANIP_CAUTION),
  {
    round: 43,
    family: Z,
    name: 'Z2: the clean patient, nothing added',
    rule: 'no finding -> every modality clear, urgency none',
    delta: { whole: vignette('r43-Z2', {}) },
    expect: CLEAN,
  },
];
