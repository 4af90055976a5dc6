/**
 * Reviewer probes, round 21: the free text of imaging reports as radiologists write it (British
 * and American spelling, abbreviations, hedges, negations in many forms, hard line wraps of
 * dictated reports, findings described without their usual name, clinical-history lines). Whole
 * case-file vignettes built on round 17's clean, fully answered patient (probe-r17-lib.ts): one
 * report added or changed, assessed on 2026-11-20. Expectations: the least cautious output the
 * rules accept; `atMost` only for the false alarms (a normal record must stay clear).
 * Test data only, all synthetic.
 */
import type { ImagingModality, ImagingRegion } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { CLEAN, EMERGENCY, URGENT, on, study, vignette, type Vignette } from './probe-r17-lib';

/** A round 21 probe: `id: essence`. */
function r21(
  family: string,
  rule: string,
  id: string,
  essence: string,
  v: Vignette,
  expect: Expectation,
  note?: string,
): Probe {
  return {
    round: 21,
    family,
    name: `${id}: ${essence}`,
    rule,
    delta: { whole: vignette(`r21-${id}`, v) },
    expect,
    ...(note ? { note } : {}),
  };
}

type Where = readonly [ImagingModality, ImagingRegion, number];

/** One vignette per report text, the report added to the clean patient's imaging. */
function reports(
  family: string,
  rule: string,
  prefix: string,
  where: Where,
  list: readonly string[],
  expect: Expectation,
  note?: string,
): Probe[] {
  const [m, r, d] = where;
  return list.map((text, i) =>
    r21(
      family,
      rule,
      `${prefix}-${i + 1}`,
      `${m}/${r} ${d} d ago: ${JSON.stringify(text)}`,
      { who: 'neurology clinic', add: [study(m, r, d, text)] },
      expect,
      note,
    ),
  );
}

/** Manipulation contraindicated (a contraindication of manipulation only). */
const MANIP_CI: Expectation = { manip: 'contraindicated' };
/** A stroke read in a report 15-180 days old, called acute or subacute: urgent, §5 stroke. */
const STROKE_RECENT: Expectation = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'not-cleared',
  urg: 'urgent',
};
/** Vertebral-artery narrowing read: at least a precaution of manipulation (§5 table). */
const NARROWING: Expectation = { manip: 'caution' };

// ---------------------------------------------------------------------------------------------
// A. False alarms: a normal report whose negation a hard line wrap (a dictation system's fixed
// width, a pasted PDF) separates from the finding.
const F_WRAP = 'r21 A negation split from its finding by a hard line wrap (false alarm)';
const R_WRAP =
  'FS-7 / contract ("no evidence of stenosis" is not stenosis): a negated reading is no finding; a clean patient stays clear (false alarm, not a miss)';

const A: Probe[] = [
  ...reports(
    F_WRAP,
    R_WRAP,
    'A1',
    ['cta', 'neck-vessels', 5],
    [
      'IMPRESSION: There is no evidence of vertebral artery\ndissection.',
      'Both vertebral arteries are patent. No evidence of\ndissection, stenosis or occlusion.',
      'The vertebral arteries are normal in calibre without\nevidence of dissection.',
      'Findings: vertebral arteries normal in course and calibre; there is no stenosis\nor dissection; flow is antegrade.',
      'No stenosis of either VA; no\ndissection.',
      'CONCLUSION: No\nocclusion. Antegrade flow in both vertebral arteries.',
      'Both VAs patent. No intimal flap,\nno intramural haematoma.',
    ],
    CLEAN,
  ),
  ...reports(
    F_WRAP,
    R_WRAP,
    'A2',
    ['mri', 'head', 5],
    [
      'No intracranial haemorrhage. No evidence of acute or\nold infarction.',
      'IMPRESSION: Normal MRI brain. No evidence of\ninfarction or haemorrhage.',
    ],
    CLEAN,
  ),
  ...reports(
    F_WRAP,
    R_WRAP,
    'A3',
    ['xray', 'cervical-spine', 20],
    [
      'Cervical spine AP/lateral. Lordosis preserved. No\nfracture. Disc spaces maintained.',
      'Normal alignment. There is no evidence of\nuncovertebral arthrosis or foraminal narrowing.',
      'Bone density normal. No lytic or sclerotic lesion to suggest\nmetastatic disease.',
      'Normal cervical spine. No evidence of\natlantoaxial instability on flexion/extension views.',
    ],
    CLEAN,
  ),
];

// ---------------------------------------------------------------------------------------------
// B. False alarms: ordinary normal wording.
const F_NEG = 'r21 B normal reports in ordinary negated wording (false alarm)';
const R_NEG =
  'FS-7: negated readings are suggestions, no finding; a clean patient with a normal study stays clear';

const B: Probe[] = [
  ...reports(
    F_NEG,
    R_NEG,
    'B1',
    ['cta', 'neck-vessels', 5],
    [
      'No CTA evidence of vertebral artery dissection, occlusion or significant stenosis.',
      'Stenosis (none), dissection (none).',
      'Vertebral arteries: stenosis (none), dissection (none), plaque (none).',
      'Nothing to suggest a dissection. Both vertebral arteries patent.',
      'No dissection, occlusion or significant stenosis.',
      'Neither dissection nor stenosis is seen.',
      'Dissection: none. Stenosis: none. Occlusion: none.',
      'Bilateral VA: no stenosis; no plaque; no dissection; antegrade flow.',
      'The vertebral arteries are free of stenosis and dissection.',
      'Normal calibre vertebral arteries without evidence of dissection or pseudoaneurysm.',
    ],
    CLEAN,
  ),
  ...reports(
    F_NEG,
    R_NEG,
    'B2',
    ['doppler', 'neck-vessels', 10],
    [
      'Patent VAs, antegrade flow bilaterally, PSV R 45 L 52 cm/s.',
      'Left VA dominant. Right VA smaller in calibre, a normal variant, with normal flow.',
      'Normal dynamic study: no change in VA flow on head rotation to either side.',
      'Normal study. Clinical details: VAS 6/10 neck pain.',
    ],
    CLEAN,
  ),
  ...reports(
    F_NEG,
    R_NEG,
    'B3',
    ['mri', 'head', 10],
    [
      'Brain: no restricted diffusion; no haemorrhage; normal flow voids.',
      'Cerebellum normal. No infarcts.',
      'No acute intracranial abnormality. No haemorrhage, mass effect or midline shift.',
      'Unremarkable MRA of the circle of Willis; the basilar artery is normal.',
    ],
    CLEAN,
  ),
];

// ---------------------------------------------------------------------------------------------
// C. Occlusion described, not named (§9 acute imaging: a report <= 14 days old reading a VA
// occlusion or absent flow -> emergency).
const F_OCCL =
  'r21 C vertebral-artery occlusion described without the word (non-filling, no contrast)';
const R_OCCL =
  '\u00a79 acute imaging: a report <= 14 d reading a vertebral-artery occlusion or absent flow -> emergency (all four contraindicated); \u00a73 narrowing';

const C: Probe[] = [
  ...reports(
    F_OCCL,
    R_OCCL,
    'C1',
    ['cta', 'neck-vessels', 3],
    [
      'Non-filling of the left VA distal to V1.',
      'Non-filling of the left vertebral artery.',
      'Left VA non-filling from V2.',
      'No contrast in the left VA beyond C6.',
      'Left VA does not fill beyond C6.',
      'Left VA: no flow detected.',
      'Lt VA occl.',
      'Absent flow L VA.',
      'Flame-shaped occlusion of the right VA origin.',
      'Mural thrombus in the right vertebral artery at V1.',
    ],
    EMERGENCY,
  ),
  ...reports(
    F_OCCL,
    R_OCCL,
    'C3',
    ['mri', 'cervical-spine', 6],
    [
      'Left vertebral artery: no flow void.',
      'Absent flow void in the left vertebral artery at C2.',
      'The left vertebral artery flow void is not seen.',
    ],
    EMERGENCY,
  ),
  ...reports(
    F_OCCL,
    'judgement: \u00a79 acute imaging names a vertebral-artery occlusion; an acute occlusion of its branch (PICA) or a dense (thrombosed) basilar artery is the same posterior-circulation emergency',
    'C4',
    ['msct', 'head', 1],
    ['Acute left PICA occlusion.', 'Dense basilar artery.', 'Left PICA not opacified.'],
    EMERGENCY,
  ),
  ...reports(
    F_OCCL,
    'judgement: \u00a79 acute imaging names a vertebral-artery occlusion; a basilar occlusion is the same posterior-circulation emergency (the reader reads "occluded basilar artery" as an acute stroke)',
    'C2',
    ['cta', 'head', 3],
    [
      'Non-filling of the basilar artery.',
      'Top of the basilar: no flow.',
      'Occluded basilar artery.',
    ],
    EMERGENCY,
  ),
];

// ---------------------------------------------------------------------------------------------
// D. Dissection described, not named (§4 dissection: onset unknown -> emergency; §5 any time ->
// manipulation and collar-zone massage contraindicated).
const F_DISS = 'r21 D vertebral-artery dissection described without its usual name';
const R_DISS =
  '\u00a74 dissection (onset unknown -> emergency), \u00a79 acute imaging (report <= 14 d reading a dissection -> emergency), \u00a75 dissection at any time contraindicates manipulation and collar-zone massage';

const D: Probe[] = [
  ...reports(
    F_DISS,
    R_DISS,
    'D1',
    ['mri', 'neck-vessels', 4],
    [
      'Wall haematoma of the left VA.',
      'Left VA wall thickening with crescentic T1 bright signal.',
      'Left VA wall: crescent of T1 hyperintensity.',
      'Two channels in the left vertebral artery.',
      'Pearl and string appearance of the left VA.',
      'Left VA dissxn.',
      'Intramural hematoma L VA.',
      'Left V3: pearl-and-string sign.',
      'Linear intraluminal lucency in the left VA, consistent with an intimal flap.',
      'Dissecting aneurysm of the right V4 segment.',
      'No change in the left VA dissection since the CTA of 12/10/2026.',
      'No resolution of the left V3 dissection flap.',
      'Dissectoin of the left vertebral artery.',
      'Appearances favour dissection of the L VA.',
    ],
    EMERGENCY,
  ),
  ...reports(
    F_DISS,
    'judgement: ' +
      R_DISS +
      '; these signs describe a dissection to a radiologist (rat-tail / long smooth tapering, periarterial haematoma, focal aneurysmal dilatation with luminal irregularity at C1-C2); at least uncertain (held)',
    'D2',
    ['cta', 'neck-vessels', 4],
    [
      'Rat-tail tapering of the right VA.',
      'Long segment smooth tapering of the left VA.',
      'Periarterial haematoma around the left V3 segment.',
      'Luminal irregularity of the left VA at C1-C2 with focal aneurysmal dilatation.',
    ],
    { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
  ),
];

// ---------------------------------------------------------------------------------------------
// E. Stroke age in the radiologist's words (§5 / §8 text dates: an acute, subacute, fresh or
// recent infarct in a report <= 180 d dates the stroke; §9 acute imaging raises urgency).
const F_AGE = 'r21 E infarct age written as the radiologist writes it';
const R_AGE_NOW =
  '\u00a79 acute imaging: a report <= 14 d reading an acute / subacute infarct or haemorrhage -> emergency';
const R_AGE_OLD =
  '\u00a79 acute imaging: a report 15-180 d old reading an acute / subacute infarct -> urgent; \u00a75 stroke <= 180 d contraindicates manipulation and collar-zone massage';

const E: Probe[] = [
  ...reports(
    F_AGE,
    R_AGE_NOW,
    'E1',
    ['mri', 'head', 5],
    [
      'Left cerebellar infarct of acute/subacute age.',
      'Ischaemic stroke of the L cerebellum 2 weeks ago, now subacute.',
      'Left cerebellar infarct which is acute to early subacute in age.',
      'Restricted diffusion in the left PICA territory.',
      'Right occipital infarct, approximately 5 days old.',
      'Interval development of a left cerebellar infarct.',
      'Left PICA infarct (subacute).',
    ],
    EMERGENCY,
  ),
  ...reports(
    F_AGE,
    'judgement: ' +
      R_AGE_NOW +
      '; "1-2 weeks old", haemorrhagic transformation, mass effect from the infarct and fresh subarachnoid blood date the lesion as acute or subacute',
    'E2',
    ['mri', 'head', 5],
    [
      'Left PICA infarct, likely 1-2 weeks old.',
      'Haemorrhagic transformation of the right occipital infarct.',
      'Infarction of the left cerebellar hemisphere with mass effect on the fourth ventricle.',
      'Subarachnoid blood in the basal cisterns.',
    ],
    EMERGENCY,
  ),
  ...reports(
    F_AGE,
    R_AGE_OLD,
    'E3',
    ['mri', 'head', 40],
    [
      'Left cerebellar infarct of acute/subacute age.',
      'Ischaemic stroke of the L cerebellum 2 weeks ago, now subacute.',
      'Left cerebellar infarct, subacute stage.',
    ],
    STROKE_RECENT,
  ),
];

// ---------------------------------------------------------------------------------------------
// F. Cervical-spine findings that contraindicate manipulation, in other words.
const F_SPINE = 'r21 F cervical-spine contraindications of manipulation in other words';
const R_SPINE =
  '\u00a75 cervical manipulation: fracture or ligament tear with instability, malignant tumour, major osteopenia, uncovertebral arthrosis -> contraindicated (FS-3: the report wins over the entry "no")';

const F: Probe[] = [
  ...reports(
    F_SPINE,
    R_SPINE,
    'F1',
    ['xray', 'cervical-spine', 20],
    [
      'Widened atlanto-dens interval (5 mm) on flexion.',
      'Lucency through the C2 pars (hangman\u2019s).',
      'Demineralised bones.',
      'Uncinate spurring at C5-C6 narrowing the neural foramina bilaterally.',
      'Luschka joint arthrosis C5-C6.',
      'Osteophytes arising from the uncinate processes at C6.',
      'Increased ADI of 4 mm.',
      'Jefferson fracture of C1.',
    ],
    MANIP_CI,
  ),
  ...reports(
    F_SPINE,
    'judgement: \u00a75 malignant tumour; a destructive vertebral lesion with a soft-tissue component is a tumour (or an infection) until shown otherwise: at least uncertain (manipulation held, back massage held)',
    'F2',
    ['mri', 'cervical-spine', 20],
    ['Destructive lesion of the C3 body with soft tissue component.'],
    { manip: 'not-cleared', bm: 'not-cleared' },
  ),
];

// ---------------------------------------------------------------------------------------------
// G. Red flags in the report's clinical-history line (FS-3 present wins; FS-7 text adds a
// finding). Reports dated 2 days ago; the intake said "no".
const F_HIST = "r21 G red flags written in a report's clinical-history line";
const R_HIST =
  '\u00a74 / \u00a79 more red flags: present with onset unknown -> emergency; FS-3: the report wins over the intake "no"; FS-7: text may add a finding';

const G: Probe[] = [
  ...reports(
    F_HIST,
    'judgement (the reader reads dysarthria, diplopia, ataxia, Horner\u2019s syndrome from history lines, so these are gaps of the same lexicon): ' +
      R_HIST,
    'G1',
    ['mri', 'head', 2],
    [
      'Reason for exam: R arm weakness since this morning. FINDINGS: Normal brain.',
      'Clinical: right hemiparesis. Normal MRI brain.',
      'Clinical: left facial numbness x2 days. No abnormality.',
      'Indication: collapse with loss of consciousness. Normal study.',
      'History: homonymous hemianopia. No acute abnormality.',
      'Clinical: confused and drowsy since yesterday. Normal study.',
      'History: worst headache ever, sudden onset this morning. CT head normal.',
      'Hx: whiplash 10 days ago, now left sided neck pain and Horner\u2019s. Normal study.',
    ],
    EMERGENCY,
  ),
  ...reports(
    F_HIST,
    R_HIST,
    'G2',
    ['mri', 'head', 2],
    [
      'Reason for exam: slurred speech since this morning. Normal brain.',
      'Indication: vertigo and diplopia after neck massage yesterday. Normal study.',
      'Clinical: ataxia, vomiting. No abnormality.',
      'Clinical details: thunderclap headache. No haemorrhage.',
      'Left Horner\u2019s syndrome. Normal brain.',
    ],
    EMERGENCY,
  ),
];

// ---------------------------------------------------------------------------------------------
// H. Narrowing and reduced flow on duplex, as vascular scientists write it.
const F_FLOW = 'r21 H vertebral-artery narrowing / reduced flow on duplex';
const R_FLOW =
  '\u00a73 imaging evidence of vertebral-artery narrowing / compression / reduced flow; \u00a75 vertebral-artery-narrowing -> manipulation caution at least';

const H: Probe[] = [
  ...reports(
    F_FLOW,
    R_FLOW,
    'H1',
    ['doppler', 'neck-vessels', 30],
    [
      'Severe ostial stenosis of the right VA.',
      'Left VA: PSV 240 cm/s at origin, consistent with >70% stenosis.',
      'Left VA compressed by osteophyte at C5-C6 on rotation.',
      'Right VA kinking at V1 with accelerated flow.',
      'High-resistance flow pattern with absent diastolic flow in the right VA.',
    ],
    NARROWING,
  ),
  ...reports(
    F_FLOW,
    'judgement: ' +
      R_FLOW +
      '; a beaded (fibromuscular-dysplasia) vertebral artery is an irregular, narrowed artery; an unread report only warns (FS-8). Reversed / steal flow is left out: known open since round 1 (the corpus reads it as nothing on purpose)',
    'H2',
    ['doppler', 'neck-vessels', 30],
    ['Irregular beaded appearance of the right VA in V2.'],
    NARROWING,
  ),
];

// ---------------------------------------------------------------------------------------------
// I. \u00a79 chains: the neck treatment or trauma is in the report's clinical line, the symptom in
// the intake (or both in the report).
const F_CHAIN = "r21 I neck treatment or trauma named in a report's clinical line";
const R_CHAIN =
  '\u00a74 / \u00a79: a red flag together with recent-cervical-manipulation / recent-neck-massage / recent-neck-trauma -> emergency; a triad feature within 14 d after a manipulation -> emergency; FS-3 / FS-7: the report adds the treatment';
const CTA_NORMAL = 'Both vertebral arteries patent with antegrade flow. No dissection.';

function chain(
  id: string,
  essence: string,
  f: Vignette['f'],
  clinical: string,
  expect: Expectation,
  judgement = false,
): Probe {
  return r21(
    F_CHAIN,
    (judgement ? 'judgement: ' : '') + R_CHAIN,
    id,
    essence,
    {
      who: 'emergency department',
      f,
      add: [study('cta', 'neck-vessels', 2, `Clinical: ${clinical}\nFINDINGS: ${CTA_NORMAL}`)],
    },
    expect,
  );
}

const I: Probe[] = [
  chain(
    'I1',
    'double vision for 2 months (intake); report: "chiropractic manipulation of the neck 2 days ago"',
    { diplopia: on(60, 'intermittent') },
    'chiropractic manipulation of the neck 2 days ago, diplopia for 2 months.',
    EMERGENCY,
  ),
  chain(
    'I2',
    'double vision for 2 months (intake); report: "cervical spine manipulation 2 days ago"',
    { diplopia: on(60, 'intermittent') },
    'cervical spine manipulation 2 days ago, diplopia for 2 months.',
    EMERGENCY,
    true,
  ),
  chain(
    'I3',
    'double vision for 2 months (intake); report: "neck cracked by chiropractor on Monday"',
    { diplopia: on(60, 'intermittent') },
    'neck cracked by chiropractor on Monday, diplopia for 2 months.',
    EMERGENCY,
    true,
  ),
  chain(
    'I4',
    'double vision for 2 months (intake); report: "spinal manipulation of the neck 5 days ago"',
    { diplopia: on(60, 'intermittent') },
    'spinal manipulation of the neck 5 days ago.',
    EMERGENCY,
    true,
  ),
  chain(
    'I5',
    'double vision for 2 months (intake); report: "neck massage 3 days ago"',
    { diplopia: on(60, 'intermittent') },
    'neck massage 3 days ago, diplopia for 2 months.',
    EMERGENCY,
    true,
  ),
  chain(
    'I6',
    'double vision for 2 months (intake); report: "whiplash injury 10 days ago"',
    { diplopia: on(60, 'intermittent') },
    'whiplash injury (rear-end collision) 10 days ago.',
    EMERGENCY,
    true,
  ),
  chain(
    'I7',
    'dizziness since 3 days (intake); report: "dizziness 3 days after chiropractic adjustment"',
    { dizziness: on(3, 'vertigo') },
    'dizziness 3 days after chiropractic adjustment.',
    EMERGENCY,
  ),
  chain(
    'I8',
    'dizziness since 3 days (intake); report: "dizziness 3 days after cervical spine manipulation"',
    { dizziness: on(3, 'vertigo') },
    'dizziness 3 days after cervical spine manipulation.',
    EMERGENCY,
    true,
  ),
  chain(
    'I9',
    'intake dizziness "no"; report: "vertigo 2 days after chiropractic neck manipulation" (the published lesson of \u00a79)',
    {},
    'vertigo and neck pain 2 days after chiropractic neck manipulation.',
    URGENT,
    true,
  ),
  chain(
    'I10',
    'intake new-unusual-headache "no"; report: "new severe occipital headache since chiropractic manipulation 4 days ago, ?dissection"',
    {},
    'new severe occipital headache since chiropractic manipulation 4 days ago. ?dissection.',
    { manip: 'contraindicated', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
  ),
];

// ---------------------------------------------------------------------------------------------
// K. More wraps: CR LF line ends, a hedge word before the wrap, "without" at a line end.
const K: Probe[] = [
  ...reports(
    F_WRAP,
    R_WRAP,
    'K1',
    ['cta', 'neck-vessels', 5],
    [
      'No evidence of\r\ndissection.\r\nBoth vertebral arteries patent.',
      'No definite\nintimal flap.',
      'Vertebral arteries normal in calibre, without\nstenosis.',
      'IMPRESSION:\n1. No acute intracranial abnormality.\n2. No CTA evidence of vertebral artery\n   dissection or occlusion.',
    ],
    CLEAN,
  ),
];

// ---------------------------------------------------------------------------------------------
// M. Hedged readings: at least held (uncertain = unknown, FS-7); controls that pass.
const F_HEDGE = 'r21 M hedged vessel readings (query, ?, cannot be excluded)';
const R_HEDGE =
  'FS-7: an uncertain reading is unknown; \u00a75 table: dissection unknown holds manipulation and collar-zone massage; an unknown emergency red-flag field holds all four';

const M: Probe[] = reports(
  F_HEDGE,
  R_HEDGE,
  'M1',
  ['cta', 'neck-vessels', 3],
  [
    '?dissection L VA',
    'Query intimal flap in the left V3.',
    'Dissection is not entirely excluded in the left V4 segment.',
    'Left VA stenosis, dissection not excluded.',
    'Dissection cannot be\nexcluded.',
    'L VA: ? non-filling',
    'Left VA not identified (? occluded ? hypoplastic).',
  ],
  { manip: 'not-cleared', czm: 'not-cleared' },
);

// ---------------------------------------------------------------------------------------------
// B4. False alarms: British "nil", "nothing to suggest", "or of", and a hurried writer's typos
// in the negation itself.
const B4: Probe[] = [
  ...reports(
    F_NEG,
    R_NEG,
    'B4',
    ['cta', 'neck-vessels', 5],
    [
      'Nil evidence of dissection.',
      'Vertebral arteries: nil dissection, nil stenosis.',
      'There is nothing to suggest dissection.',
      'No evidence of stenosis or of dissection.',
    ],
    CLEAN,
  ),
  ...reports(
    F_NEG,
    R_NEG,
    'B5',
    ['mri', 'head', 5],
    [
      'Nil infarct. Nil haemorrhage.',
      'Nil evidence of infarction.',
      'There is nothing to suggest an infarct.',
    ],
    CLEAN,
  ),
  ...reports(
    F_NEG,
    R_NEG,
    'B6',
    ['mri', 'cervical-spine', 20],
    [
      'Nil cord compression.',
      'Nil metastases.',
      'Nil uncovertebral arthrosis.',
      'No fracture and no\ninstability.',
    ],
    CLEAN,
  ),
  ...reports(
    F_NEG,
    'judgement (a typo in the negation; the finding word itself is spelt right): ' + R_NEG,
    'B7',
    ['cta', 'neck-vessels', 5],
    ['Witout dissection.', 'Wihtout evidence of dissection.', 'Negative fro dissection.'],
    CLEAN,
  ),
  ...reports(
    F_NEG,
    'judgement ("not suggestive of" is a negation, not a hedge; read as uncertain it holds all four): ' +
      R_NEG,
    'B8',
    ['cta', 'neck-vessels', 5],
    ['The appearance is not suggestive of dissection.'],
    CLEAN,
  ),
];

// ---------------------------------------------------------------------------------------------
// N. Exceptions inside a negated sentence ("other than", "apart from", "except").
const F_EXC = 'r21 N a finding named as the exception of a negated sentence';
const R_EXC =
  '\u00a73 high: two triad features plus imaging narrowing; \u00a75 suspicion high contraindicates manipulation, holds collar-zone massage; \u00a79 / \u00a74 dissection';
const TWO_TRIAD = {
  headache: on(60, 'occipital'),
  'occipital-headache': on(60),
  dizziness: on(60),
};

const N: Probe[] = [
  r21(
    F_EXC,
    R_EXC,
    'N1',
    'headache + dizziness 2 months; duplex: "No significant stenosis other than at the origin of the left VA (70%)."',
    {
      f: TWO_TRIAD,
      add: [
        study(
          'doppler',
          'neck-vessels',
          20,
          'No significant stenosis other than at the origin of the left VA (70%).',
        ),
      ],
    },
    { manip: 'contraindicated', czm: 'not-cleared', vas: ['high', 'confirmed'] },
  ),
  r21(
    F_EXC,
    R_EXC,
    'N2',
    'headache + dizziness 2 months; duplex: "No haemodynamically significant stenosis except at the left VA origin, estimated 60-70%."',
    {
      f: TWO_TRIAD,
      add: [
        study(
          'doppler',
          'neck-vessels',
          20,
          'No haemodynamically significant stenosis except at the left VA origin, estimated 60-70%.',
        ),
      ],
    },
    { manip: 'contraindicated', czm: 'not-cleared', vas: ['high', 'confirmed'] },
  ),
  r21(
    F_EXC,
    R_EXC,
    'N3',
    'headache + dizziness 2 months; duplex: "Left VA: 50-69% stenosis at V1." (control)',
    {
      f: TWO_TRIAD,
      add: [study('doppler', 'neck-vessels', 20, 'Left VA: 50-69% stenosis at V1.')],
    },
    { manip: 'contraindicated', czm: 'not-cleared', vas: ['high', 'confirmed'] },
  ),
  ...reports(
    F_EXC,
    R_EXC,
    'N4',
    ['cta', 'neck-vessels', 3],
    [
      'Without significant stenosis apart from a dissection of the L VA at V3.',
      'No stenosis except for a short dissection of the left V3 segment.',
      'No other abnormality apart from left VA dissection.',
      'No ICA stenosis, L VA dissection.',
      'No plaque or stenosis, but the left VA is occluded at V2.',
      'No stenosis of the carotids, the left vertebral is occluded.',
      'No stenosis, an intimal flap is present at V3.',
    ],
    EMERGENCY,
  ),
  ...reports(
    F_EXC,
    R_AGE_NOW,
    'N5',
    ['mri', 'head', 3],
    [
      'No haemorrhage, acute infarct in the left cerebellum.',
      'No acute infarct other than a small focus of restricted diffusion in the left PICA territory.',
    ],
    EMERGENCY,
  ),
];

export const ROUND_21: readonly Probe[] = [
  ...A,
  ...B,
  ...C,
  ...D,
  ...E,
  ...F,
  ...G,
  ...H,
  ...I,
  ...K,
  ...M,
  ...B4,
  ...N,
];
