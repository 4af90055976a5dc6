/**
 * Reviewer probes, round 50 (/tmp/probe50/head.md): 96db659 and af72386 attacked, and whole
 * patients as written. Reader and case-file probes: neuroradiology reports in full (acute
 * posterior-circulation infarcts, vertebral-artery dissection, occlusion and stenosis, cervical
 * spine trauma; ordinary reports that must raise nothing: VA, VB, VC, VD, VG), medication lists
 * (brand names, antiplatelets, a topical heparinoid, a finished course: VE, VG9-VG11), the
 * medication-entry grammar of anticoagulant-names.ts (an INR's "now", a new dose of the same drug,
 * "now lifelong", "still is", "is again", "declines to stop", "Declined warfarin so started on
 * apixaban", "restarting tonight"; a restart not done or only considered: AM, AN), and
 * reader-elsewhere.ts / reader-older.ts ("Acute: none" then a lesion whose own with-phrase says
 * old, "yet" or a spaced dash before a neighbour's "is spared", a new part "on the November 2026
 * films": AR, AP). Round 17's clean, fully answered patient (probe-r17-lib.ts, assessed on
 * 2026-11-20) with the vignette's report or list and its own answers added, as in rounds 42 to
 * 49 (the round's harness used PROBE_BASE). Expectations are the round's: lower bounds for
 * misses, upper bounds for false alarms. All pass after round 50's mends (AM1-AM11, AN1-AN3,
 * AR1-AR4, AP3 and VG11 failed on 96db659). The round's FHIR probes (VE11, VE12, VF, VG12-VG14,
 * VG16, AW, Z1) are fhir/fhir-r50.spec.ts. Test data only, all synthetic.
 */
import type { ImagingModality, ImagingRegion, ImagingStudy, Medication } from '../../model';
import type { Expectation, Probe } from './probe-model';
import { ago, study, vignette, type Over } from './probe-r17-lib';

const probes: Probe[] = [];
type Kind = 'miss' | 'false-alarm';

const FAMILY = {
  miss: 'r50 M a red flag, an anticoagulant or an acute lesion written as a real report or medication list (vignette; miss if not met)',
  'false-alarm': 'r50 A an ordinary report or medication list (vignette; false alarm if raised)',
} as const;
const FAMILY_M = {
  miss: 'r50 M an anticoagulant taken now: an INR or a new dose after "was on", "now lifelong", "still is", "is again", declines to stop, declined one and started another, restarting tonight (anticoagulant-names.ts CHANGED, GOES_ON, DECLINED, PAUSED; miss)',
  'false-alarm':
    'r50 A no anticoagulant taken now: stopped and not restarted, a restart only considered, never resumed (anticoagulant-names.ts PAUSED; false alarm)',
} as const;
const FAMILY_R = {
  miss: 'r50 M "Acute: none" then a lesion and a neighbour\'s "is spared" after "yet" or a spaced dash, or a new part "on the November 2026 films" (reader-elsewhere.ts SAID_AFTER, reader-older.ts PAST_AFTER; miss)',
  'false-alarm':
    'r50 A "Acute: none" then an infarct whose own with-phrase after its place says old ("in the PICA territory with gliosis") (reader-elsewhere.ts WITH_OLD; false alarm)',
} as const;

/** The first line of a report: its title. */
const title = (report: string | undefined): string => (report ?? '').split('\n')[0]!;

/** A vignette's study: `days` days before 2026-11-20. */
const st = (
  modality: ImagingModality,
  region: ImagingRegion,
  days: number,
  report: string,
): ImagingStudy => study(modality, region, days, report);
const rep = (...l: string[]): string => l.join('\n');
/** A study's date as the round wrote it. */
const dated = (s: ImagingStudy): string => s.date ?? 'undated';

/** A whole report as written, added to the clean patient with the vignette's own answers. */
function Wi(
  id: string,
  kind: Kind,
  s: ImagingStudy,
  e: Expectation,
  rule: string,
  f: Over = {},
): void {
  probes.push({
    round: 50,
    family: FAMILY[kind],
    name: `${id}: ${s.modality}/${s.region} ${dated(s)}: ${title(s.report)}${Object.keys(f).length ? ` + ${Object.keys(f).join(', ')}` : ''}`,
    rule,
    delta: { whole: vignette(`r50-${id}`, { who: 'neurology clinic', add: [s], f }) },
    expect: e,
  });
}
/** A medication list as written: tablets started 90 days ago. */
function Wm(id: string, kind: Kind, names: string[], e: Expectation, rule: string): void {
  const m: Medication[] = names.map((name) => ({ name, form: 'tablet', start: ago(90) }));
  probes.push({
    round: 50,
    family: FAMILY[kind],
    name: `${id}: medications ${names.map((n) => JSON.stringify(n)).join(', ')}`,
    rule,
    delta: { whole: vignette(`r50-${id}`, { m }) },
    expect: e,
  });
}
/** One medication entry, started 60 days ago. */
function M(id: string, kind: Kind, name: string, e: Expectation, rule: string): void {
  probes.push({
    round: 50,
    family: FAMILY_M[kind],
    name: `${id}: medication ${JSON.stringify(name)}`,
    rule,
    delta: {
      whole: vignette(`r50-${id}`, { m: [{ name, form: 'tablet', start: ago(60) }] }),
    },
    expect: e,
  });
}
/** An MRI head report 5 days old, its findings line as given. */
function R(id: string, kind: Kind, line: string, e: Expectation, rule: string): void {
  probes.push({
    round: 50,
    family: FAMILY_R[kind],
    name: `${id}: mri/head 5 d ago: ${JSON.stringify(line)}`,
    rule,
    delta: {
      whole: vignette(`r50-${id}`, {
        who: 'neurology clinic',
        add: [study('mri', 'head', 5, MRH(line))],
      }),
    },
    expect: e,
  });
}
const MRH = (...l: string[]): string =>
  [
    'MRI BRAIN WITHOUT CONTRAST',
    'Clinical: vertigo.',
    'Findings:',
    ...l,
    'Impression: as above.',
  ].join('\n');
const ACU = (s: string): string => `ACUTE INFARCT: None. Acute: ${s}`;
const OLDP = (s: string): string => `ACUTE INFARCT: None. Old: left PICA territory. ${s}`;

const EMER_ALL: Expectation = {
  urg: 'emergency',
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'contraindicated',
  ex: 'contraindicated',
};
const EMER_ALL_T =
  '§9 acute imaging: acute infarct / VA dissection / VA occlusion in a report <= 14 d old -> emergency; emergency contraindicates every modality (§5)';
const SUBACUTE_30: Expectation = {
  urg: 'urgent',
  manip: 'contraindicated',
  czm: 'contraindicated',
};
const SUBACUTE_30_T =
  '§9: acute / subacute infarct in a report 15-180 d old -> urgent; stroke onset = report date <= 180 d (§5 / §8): manipulation and collar-zone massage contraindicated';
const MANIP_CI: Expectation = { manip: 'contraindicated' };
const HYPO_FA: Expectation = {
  atMost: { manip: 'caution', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
const HYPO_FA_T =
  '§5: a hypoplastic but patent VA (normal variant, no stenosis or dissection) is no contraindication; at most the narrowing precaution (manipulation caution), the rest clear, urgency none';
const NOAC2: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
const NOAC2_T =
  'no systemic anticoagulant taken now (antiplatelet, topical heparinoid or a finished course are not IF anticoagulants) -> all four clear';
const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
const CLEAR_T = 'no finding: nothing read -> every modality clear, urgency none';
const ANTI: Expectation = { manip: 'caution' };
const ANTI_T = '§5: an anticoagulant taken (IF precaution) -> manipulation at least caution';
const NOAC: Expectation = { atMost: { manip: 'clear' } };
const NOAC_T =
  'no finding: no anticoagulant taken now (past course, declined, or stopped and not restarted) -> manipulation clear';
const STROKE_ACUTE: Expectation = {
  urg: 'emergency',
  manip: 'contraindicated',
  czm: 'contraindicated',
};
const STROKE_ACUTE_T =
  '§9 acute imaging: a report <= 14 days old reading an acute / new infarct -> emergency, all contraindicated';
const NOACUTE_FA: Expectation = { atMost: { urg: 'none', bm: 'clear', ex: 'clear' } };
const OWNOLD_T =
  '§9: the infarct is said old by its own with-phrase (gliosis / encephalomalacia) -> no emergency, back massage and exercise clear';
const EA = (id: string, _g: string, s: string): void =>
  R(id, 'miss', ACU(s), STROKE_ACUTE, STROKE_ACUTE_T);
const EF = (id: string, _g: string, s: string): void =>
  R(id, 'false-alarm', ACU(s), NOACUTE_FA, OWNOLD_T);
const PA = (id: string, _g: string, s: string): void =>
  R(id, 'miss', OLDP(s), STROKE_ACUTE, STROKE_ACUTE_T);

Wi(
  'VA1',
  'miss',
  st(
    'mri',
    'head',
    1,
    rep(
      'MRI HEAD WITHOUT CONTRAST',
      'CLINICAL HISTORY: 63M. Acute onset rotatory vertigo, vomiting and inability to walk unaided since yesterday evening. Background HTN, T2DM. ?cerebellar stroke.',
      'TECHNIQUE: Axial DWI (b1000) with ADC map, axial T2, coronal FLAIR, axial SWI.',
      'COMPARISON: CT head of yesterday.',
      'FINDINGS:',
      'There is an area of high DWI signal with low ADC values involving the inferior aspect of the right cerebellar hemisphere and the right half of the inferior vermis, in keeping with acute infarction in the right PICA territory. Mild local swelling with partial effacement of the fourth ventricle. No haemorrhagic transformation.',
      'Supratentorial: scattered punctate white matter hyperintensities, Fazekas 1.',
      'The right vertebral artery flow void is absent in its intracranial portion. Basilar flow void preserved.',
      'IMPRESSION:',
      'Acute right PICA territory infarct with mild mass effect on the fourth ventricle. Absent flow void in the right V4 segment, suspicious for occlusion; CTA advised.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
  { dizziness: true, nausea: true, vomiting: true, 'gait-instability': true },
);
Wi(
  'VA2',
  'miss',
  st(
    'mri',
    'head',
    2,
    rep(
      'MRI BRAIN W/WO CONTRAST',
      'CLINICAL HISTORY: 52 y/o female with dizziness, left facial numbness and hoarseness for 2 days.',
      'TECHNIQUE: Multiplanar multisequence MR imaging of the brain was performed before and after the administration of 7 mL gadobutrol.',
      'COMPARISON: None available.',
      'FINDINGS:',
      'Brain: There is a 1.2 cm focus of restricted diffusion in the left dorsolateral medulla with corresponding T2/FLAIR hyperintensity. No associated enhancement or hemorrhage. The remaining brainstem and cerebellum are unremarkable. No midline shift, mass effect or hydrocephalus.',
      'Vessels: The left vertebral artery flow void is diminished.',
      'IMPRESSION:',
      '1. Acute left lateral medullary infarct (Wallenberg syndrome distribution).',
      '2. Diminished left vertebral flow void; recommend CTA head and neck to evaluate for dissection.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
  { dizziness: true },
);
Wi(
  'VA3',
  'miss',
  st(
    'mri',
    'head',
    3,
    rep(
      'MR BRAIN (STROKE PROTOCOL)',
      'Clinical details: 44F, sudden R visual field loss and headache 3/7 ago, L-sided neck pain after a sports massage last week.',
      'Technique: DWI/ADC, FLAIR, T2*, 3D TOF MRA.',
      'Findings:',
      'Cortical and subcortical restricted diffusion in the left occipital lobe and left medial temporal lobe, within the left posterior cerebral artery territory. Small further focus in the left thalamus.',
      'MRA: Attenuated signal in the distal left vertebral artery. Basilar and PCAs patent.',
      'Conclusion:',
      'Acute left PCA territory infarction, likely embolic. Consider vertebral artery dissection as a source - dedicated neck imaging suggested.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
  { headache: true, 'neck-pain': true },
);
Wi(
  'VA4',
  'miss',
  st(
    'mri',
    'head',
    4,
    rep(
      'MRI BRAIN',
      'HISTORY: 71M, transient diplopia and unsteadiness, ?TIA.',
      'TECHNIQUE: Axial DWI, ADC, FLAIR, GRE.',
      'COMPARISON: MRI brain 14/03/2023.',
      'FINDINGS:',
      'Several small foci of restricted diffusion in both cerebellar hemispheres and the right occipital pole, new since the prior study, consistent with acute embolic infarcts in the posterior circulation.',
      'Chronic small vessel ischaemic change is unchanged.',
      'IMPRESSION:',
      'Multiple small acute posterior circulation infarcts, new since 2023. Embolic pattern.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
);
Wi(
  'VA5',
  'miss',
  st(
    'msct',
    'head',
    1,
    rep(
      'CT HEAD NON-CONTRAST AND CT PERFUSION',
      'Clinical: 59M found on the floor, reduced GCS, ?posterior circulation event.',
      'Findings: Hyperdense basilar artery sign. Early loss of grey-white differentiation in both thalami and the right cerebellar hemisphere. Perfusion: matched core in the right cerebellum.',
      'Impression: Hyperdense basilar artery with early established infarction of the right cerebellar hemisphere and bilateral thalami. Findings discussed with the stroke team at 03:40.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
);
Wi(
  'VA6',
  'miss',
  st(
    'mri',
    'head',
    40,
    rep(
      'MRI BRAIN',
      'Clinical: 48F, vertigo and ataxia 6 weeks ago, improving. Neck manipulation prior to onset.',
      'Findings: Subacute infarct in the right superior cerebellar artery territory with mild T1 shortening at its margins and faint residual restricted diffusion. No haemorrhage.',
      'Conclusion: Subacute right SCA territory infarct.',
    ),
  ),
  SUBACUTE_30,
  SUBACUTE_30_T,
  { dizziness: true },
);
Wi(
  'VB1',
  'miss',
  st(
    'cta',
    'neck-vessels',
    1,
    rep(
      'CT ANGIOGRAPHY HEAD AND NECK',
      'CLINICAL HISTORY: 36 y/o M with acute onset posterior neck pain and occipital headache after a chiropractic adjustment 4 days ago.',
      'TECHNIQUE: CTA of the head and neck following IV contrast (75 mL Omnipaque 350). 3D MIP and curved reformats.',
      'COMPARISON: None.',
      'FINDINGS:',
      'Aortic arch: Three-vessel arch. No stenosis at the great vessel origins.',
      'Right vertebral artery: Dominant. Normal course and caliber.',
      'Left vertebral artery: There is a linear intraluminal filling defect in the V3 segment at the C1 level with a double-lumen appearance over 1.5 cm, with mild luminal narrowing. The V4 segment opacifies.',
      'Carotids: No stenosis or dissection.',
      'IMPRESSION:',
      'Left V3 vertebral artery dissection with intimal flap and double lumen. No occlusion. Preliminary findings were called to Dr Patel at 14:25.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
  { 'neck-pain': true, headache: true, 'occipital-headache': true },
);
Wi(
  'VB2',
  'miss',
  st(
    'cta',
    'neck-vessels',
    2,
    rep(
      'CTA NECK',
      'Clinical details: 29F, R neck pain and pulsatile tinnitus after a fall from a horse 10 days ago.',
      'Findings:',
      'The right vertebral artery shows a smooth, long-segment tapered narrowing from the C4 level to the skull base, with a "string sign" appearance of the V3 segment. Slight eccentric mural thickening.',
      'The left vertebral artery and both carotid arteries are normal.',
      'Conclusion:',
      'Appearances are most in keeping with right vertebral artery dissection with severe luminal narrowing.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
  { 'neck-pain': true },
);
Wi(
  'VB3',
  'miss',
  st(
    'cta',
    'neck-vessels',
    3,
    rep(
      'CTA AORTIC ARCH TO VERTEX',
      'HISTORY: 45M, vertigo and dysarthria since yesterday; recent neck massage.',
      'FINDINGS:',
      'Left vertebral artery: flame-shaped tapered occlusion just beyond its origin in the V1 segment, with no opacification of the V2 segment. Reconstitution of the distal V3 via muscular collaterals.',
      'Right vertebral artery, basilar artery: patent.',
      'IMPRESSION:',
      'Tapered occlusion of the left vertebral artery, most likely due to dissection.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
  { dizziness: true },
);
Wi(
  'VB4',
  'miss',
  st(
    'mri',
    'neck-vessels',
    2,
    rep(
      'MRI NECK WITH FAT-SATURATED T1 AND CONTRAST-ENHANCED MRA',
      'Indication: ?vertebral artery dissection. 40F, neck pain and Horner syndrome after yoga headstand.',
      'Findings:',
      'Axial fat-saturated T1-weighted images demonstrate a crescentic hyperintense signal in the wall of the right vertebral artery from C2 to C1 (V3 segment), with eccentric narrowing of the flow void.',
      'CE-MRA shows corresponding irregular luminal narrowing. Left VA normal.',
      'Impression:',
      'Crescent sign in the right V3 segment in keeping with intramural haematoma - right vertebral artery dissection.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
  { 'neck-pain': true },
);
Wi(
  'VB5',
  'miss',
  st(
    'mra',
    'neck-vessels',
    5,
    rep(
      'MR ANGIOGRAPHY NECK',
      'CLINICAL INDICATION: Occipital headache after roller coaster ride 1 week ago.',
      'FINDINGS: Focal outpouching arising from the left vertebral artery at the C1-C2 level measuring 5 x 4 mm, with irregularity of the adjacent vessel wall. Distal flow preserved.',
      'IMPRESSION: 5 mm pseudoaneurysm of the left V3 segment, likely post-dissection.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
  { headache: true, 'occipital-headache': true },
);
Wi(
  'VB6',
  'miss',
  st(
    'cta',
    'neck-vessels',
    400,
    rep(
      'CTA NECK',
      'Clinical: known right vertebral artery dissection 2025, follow up.',
      'Findings: The previously seen right V2 dissection flap is no longer identified. Mild residual irregularity. Vessel patent.',
      'Conclusion: Healed right vertebral artery dissection.',
    ),
  ),
  { manip: 'contraindicated', czm: 'contraindicated' },
  'dissection at any time in the history (s5): manip+czm contraindicated (no urgency required for a report >180 d)',
);
Wi(
  'VC1',
  'miss',
  st(
    'doppler',
    'neck-vessels',
    3,
    rep(
      'DUPLEX ULTRASOUND OF THE VERTEBRAL ARTERIES',
      'Clinical details: 67M, dizzy spells on standing, ?VBI.',
      'Right vertebral artery: antegrade flow, PSV 52 cm/s.',
      'Left vertebral artery: no colour or spectral Doppler flow detected in the V1 or V2 segments - occluded.',
      'Conclusion: Occluded left vertebral artery. Patent right VA with antegrade flow.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
  { dizziness: true },
);
Wi(
  'VC2',
  'miss',
  st(
    'cta',
    'neck-vessels',
    10,
    rep(
      'CTA NECK',
      'HISTORY: 74 y/o M, recurrent dizziness, known PVD.',
      'FINDINGS: Heavily calcified atherosclerotic plaque at the origin of the left vertebral artery causing severe (approximately 80%) stenosis. Moderate calcified plaque at both carotid bifurcations, less than 50% stenosis by NASCET. Right VA normal.',
      'IMPRESSION: Severe atherosclerotic stenosis at the left vertebral artery origin.',
    ),
  ),
  MANIP_CI,
  'vertebral-artery atherosclerosis (s5 ART: "different tactic"): manip contraindicated',
  { dizziness: true },
);
Wi(
  'VC3',
  'miss',
  st(
    'mra',
    'head',
    6,
    rep(
      'MRA HEAD (TIME-OF-FLIGHT)',
      'Clinical: 55F, diplopia and ataxia ?VBI.',
      'Findings: Absent flow-related signal in the right V4 segment distal to the PICA origin, consistent with occlusion. The basilar artery is patent, supplied by a dominant left vertebral artery.',
      'Impression: Right V4 occlusion.',
    ),
  ),
  EMER_ALL,
  EMER_ALL_T,
);
Wi(
  'VD1',
  'miss',
  st(
    'msct',
    'cervical-spine',
    0,
    rep(
      'CT CERVICAL SPINE (TRAUMA)',
      'Clinical: 33M, RTC today - rear-ended at 40 mph, neck pain, NEXUS positive.',
      'Findings: Undisplaced fracture through the right C2 lateral mass extending into the right transverse foramen. Alignment maintained. Prevertebral soft tissue swelling at C2.',
      'Impression: Undisplaced right C2 lateral mass fracture involving the transverse foramen; CTA recommended to exclude vertebral artery injury.',
    ),
  ),
  { manip: 'contraindicated', czm: 'contraindicated', bm: 'contraindicated' },
  'acute C2 fracture after RTC today: fracture (s5 FR) -> manip contraindicated; neck injury (s5 ART) -> czm+bm contraindicated',
);
Wi(
  'VD2',
  'miss',
  st(
    'xray',
    'cervical-spine',
    5,
    rep(
      'XR CERVICAL SPINE 3 VIEWS',
      'Clinical: 50F, neck pain and stiffness.',
      'Findings: Degenerative disc space narrowing C5/6 and C6/7 with anterior and posterior osteophytes. Uncovertebral joint hypertrophy at C5/6 bilaterally with encroachment on the neural foramina on the obliques. Alignment normal.',
      'Conclusion: Cervical spondylosis C5-C7 with uncovertebral arthropathy.',
    ),
  ),
  MANIP_CI,
  'uncovertebral arthrosis (s5 ART strict): manip contraindicated',
);
Wi(
  'VD3',
  'miss',
  st(
    'mri',
    'cervical-spine',
    8,
    rep(
      'MRI CERVICAL SPINE',
      'CLINICAL HISTORY: 46 y/o M, left arm pain and paresthesias into the middle finger.',
      'FINDINGS: At C6-C7 there is a left paracentral and foraminal disc extrusion which compresses the exiting left C7 nerve root. Mild central canal stenosis without cord signal abnormality. Other levels unremarkable.',
      'IMPRESSION: Left C6-C7 disc extrusion with compression of the left C7 nerve root.',
    ),
  ),
  MANIP_CI,
  'nerve-root compression / radiculopathy (s5 FR): manip contraindicated',
);
Wi(
  'VD4',
  'miss',
  st(
    'mri',
    'cervical-spine',
    8,
    rep(
      'MRI CERVICAL SPINE',
      'Clinical: 68M, clumsy hands, gait disturbance.',
      'Findings: Multilevel spondylosis with disc-osteophyte complexes at C4/5 and C5/6 causing severe canal stenosis and cord compression at C5/6, with intramedullary T2 hyperintensity at this level.',
      'Conclusion: Degenerative cervical myelopathy C5/6.',
    ),
  ),
  MANIP_CI,
  'myelopathy (s5 FR): manip contraindicated',
);
Wm(
  'VE1',
  'miss',
  ['Xarelto 20mg OD with evening meal', 'Ramipril 2.5mg OD', 'Metformin 500mg BD'],
  ANTI,
  ANTI_T,
);
Wm(
  'VE2',
  'miss',
  ['Eliquis 5 mg PO BID', 'metoprolol succinate 25 mg PO daily', 'atorvastatin 40 mg PO qHS'],
  ANTI,
  ANTI_T,
);
Wm('VE3', 'miss', ['Pradaxa 150mg bd', 'Lansoprazole 30mg od'], ANTI, ANTI_T);
Wm('VE4', 'miss', ['Fragmin 5000 units SC OD (extended VTE prophylaxis, 28 days)'], ANTI, ANTI_T);
Wm(
  'VE5',
  'miss',
  ['Warfarin as per INR (target 2.5) - 3mg Mon/Wed/Fri, 4mg other days', 'Digoxin 62.5mcg OD'],
  ANTI,
  ANTI_T,
);
Wm('VE6', 'miss', ['Marevan 5mg nocte'], ANTI, ANTI_T);
Wm('VE7', 'miss', ['Savaysa 60 mg PO daily'], ANTI, ANTI_T);
Wm('VE8', 'miss', ['Arixtra 2.5mg SC daily'], ANTI, ANTI_T);
Wm('VE9', 'miss', ['Sintrom 4 mg (acenocoumarol)'], ANTI, ANTI_T);
Wm('VE10', 'miss', ['Jantoven 5 mg tab, take as directed per anticoag clinic'], ANTI, ANTI_T);
Wi(
  'VG1',
  'false-alarm',
  st(
    'mri',
    'cervical-spine',
    30,
    rep(
      'MRI CERVICAL SPINE',
      'CLINICAL HISTORY: 52F, chronic neck pain, no radicular symptoms.',
      'TECHNIQUE: Sagittal T1, T2, STIR; axial T2 and GRE.',
      'FINDINGS: Straightening of the normal cervical lordosis. Multilevel degenerative disc disease: C4/5 small broad-based disc bulge; C5/6 disc-osteophyte complex effacing the ventral CSF without cord compression, mild bilateral foraminal narrowing without nerve root compression. Normal cord signal. Craniocervical junction normal. Vertebral artery flow voids preserved.',
      'IMPRESSION: Mild multilevel cervical spondylosis, most marked at C5/6. No cord or nerve root compression.',
    ),
  ),
  CLEAR,
  CLEAR_T,
);
Wi(
  'VG2',
  'false-alarm',
  st(
    'xray',
    'cervical-spine',
    30,
    rep(
      'XR C-SPINE AP/LAT',
      'Clinical: neck stiffness.',
      'Findings: Loss of the normal lordosis, possibly positional or due to muscle spasm. Mild disc space narrowing at C5/6 with small anterior osteophytes. Prevertebral soft tissues are normal. No fracture or subluxation.',
      'Conclusion: Mild C5/6 degenerative change.',
    ),
  ),
  CLEAR,
  CLEAR_T,
);
Wi(
  'VG3',
  'false-alarm',
  st(
    'mri',
    'head',
    30,
    rep(
      'MRI BRAIN WITHOUT CONTRAST',
      'CLINICAL HISTORY: 58 y/o M with chronic intermittent headaches.',
      'FINDINGS: Scattered punctate T2/FLAIR hyperintense foci in the subcortical and periventricular white matter, nonspecific but most commonly seen with chronic microvascular ischemic change (Fazekas grade 1). No acute infarct, hemorrhage, mass or hydrocephalus. Normal flow voids. Incidental 8 mm pineal cyst.',
      'IMPRESSION: 1. No acute intracranial abnormality. 2. Mild chronic microvascular ischemic change. 3. Incidental simple pineal cyst, no follow-up needed.',
    ),
  ),
  CLEAR,
  CLEAR_T,
);
Wi(
  'VG4',
  'false-alarm',
  st(
    'cta',
    'neck-vessels',
    30,
    rep(
      'CTA NECK',
      'HISTORY: 44F dizziness, exclude vertebral pathology.',
      'FINDINGS: The right vertebral artery is hypoplastic throughout its course (2 mm calibre) but patent, a normal variant; it terminates in the basilar artery. The left vertebral artery is dominant and normal. No stenosis, dissection or occlusion of the cervical arteries. Normal carotids.',
      'IMPRESSION: Hypoplastic but patent right vertebral artery (normal variant). No acute vascular abnormality.',
    ),
  ),
  HYPO_FA,
  HYPO_FA_T,
);
Wi(
  'VG5',
  'false-alarm',
  st(
    'doppler',
    'neck-vessels',
    30,
    rep(
      'CAROTID AND VERTEBRAL ARTERY DUPLEX',
      'Indication: 60M, non-specific dizziness.',
      'Carotids: minor fibrofatty plaque at both bulbs, <50% stenosis. ICA velocities normal.',
      'Vertebrals: Antegrade flow bilaterally. Left VA small calibre (2.4 mm) with normal spectral waveform, likely hypoplastic. Right VA dominant.',
      'Conclusion: No haemodynamically significant carotid stenosis. Antegrade vertebral flow bilaterally.',
    ),
  ),
  HYPO_FA,
  HYPO_FA_T,
);
Wi(
  'VG6',
  'false-alarm',
  st(
    'mra',
    'head',
    30,
    rep(
      'MRA CIRCLE OF WILLIS',
      'Findings: Normal appearance of the intracranial internal carotid, middle, anterior and posterior cerebral arteries. Right fetal PCA, a normal variant. The vertebrobasilar system is normal. No aneurysm.',
      'Impression: Normal MRA.',
    ),
  ),
  CLEAR,
  CLEAR_T,
);
Wi(
  'VG7',
  'false-alarm',
  st(
    'xray',
    'cervical-spine',
    30,
    rep(
      'XR CERVICAL SPINE WITH FLEXION/EXTENSION VIEWS',
      'Clinical: 40M, remote fall from ladder 2014, intermittent neck ache.',
      'Findings: Old healed fracture of the C7 spinous process (clay-shoveler type), ununited fragment well corticated. No abnormal movement on flexion and extension. Alignment normal. Disc spaces preserved.',
      'Conclusion: Old healed C7 spinous process fracture. No instability.',
    ),
  ),
  { atMost: { urg: 'none', ex: 'clear' } },
  'old healed fracture without instability (s5 FR: "fracture ... with instability"; s9 old injuries): no urgency, exercise clear (czm/bm not bounded: s9 keeps an undated injury contraindicated)',
);
Wi(
  'VG8',
  'false-alarm',
  st(
    'msct',
    'head',
    30,
    rep(
      'CT HEAD NON-CONTRAST',
      'Clinical: 77F, fall, no head injury. On aspirin.',
      'Findings: No acute intracranial haemorrhage, infarct or mass. Age-appropriate generalised volume loss. Mild periventricular low attenuation in keeping with small vessel disease. Calcified atheroma in the cavernous carotids and vertebral arteries.',
      'Conclusion: No acute intracranial abnormality.',
    ),
  ),
  { atMost: { urg: 'none', czm: 'clear', bm: 'clear', ex: 'clear' } },
  'no acute finding; intracranial vertebral calcified atheroma may count as VA atherosclerosis (manip, s5) but nothing else: czm/bm/ex clear, urgency none',
);
Wm(
  'VG9',
  'false-alarm',
  ['Ticagrelor 90mg BD', 'Aspirin 75mg OD (dispersible)', 'Bisoprolol 5mg OD', 'GTN spray PRN'],
  NOAC2,
  NOAC2_T,
);
Wm(
  'VG10',
  'false-alarm',
  ['Hirudoid cream - apply bd to bruised shin', 'Paracetamol 1g QDS PRN'],
  NOAC2,
  NOAC2_T,
);
Wm(
  'VG11',
  'false-alarm',
  ['Apixaban 5mg BD - completed 6 months for provoked DVT, stopped Aug 2025', 'Omeprazole 20mg OD'],
  NOAC2,
  NOAC2_T,
);
Wi(
  'VG15',
  'false-alarm',
  st(
    'mri',
    'head',
    30,
    rep(
      'MRI BRAIN',
      'Clinical details: 35F, intermittent tension-type headaches, reassurance requested.',
      'Findings: Normal appearances of the brain. No restricted diffusion. No white matter lesions. Normal posterior fossa. Normal flow voids in the vertebral and basilar arteries.',
      'Conclusion: Normal MRI brain.',
    ),
  ),
  CLEAR,
  CLEAR_T,
);
M('AM1', 'miss', 'He was on warfarin; INR now 2.8', ANTI, ANTI_T + ' (CHANGED: "now" of the INR)');
M(
  'AM2',
  'miss',
  'Was on warfarin prior to admission, INR now 3.1',
  ANTI,
  ANTI_T + ' (CHANGED: "now" of the INR)',
);
M(
  'AM3',
  'miss',
  'Was on warfarin 3 mg, now 4 mg daily (INR 1.7)',
  ANTI,
  ANTI_T + ' (a dose change is no stop)',
);
M(
  'AM4',
  'miss',
  'Was on Xarelto 20mg, changed to 15mg OD due to renal function',
  ANTI,
  ANTI_T + ' (a dose change is no stop)',
);
M(
  'AM5',
  'miss',
  'Was on apixaban for 3 months, now lifelong',
  ANTI,
  ANTI_T + ' (PAST_COURSE "for 3 months" + "now")',
);
M(
  'AM6',
  'miss',
  'Was on warfarin for several years and still is',
  ANTI,
  ANTI_T + ' (GOES_ON: "still is")',
);
M(
  'AM7',
  'miss',
  'Patient was on apixaban in 2019 and is again since October',
  ANTI,
  ANTI_T + ' (WAS_ON cut at "and")',
);
M(
  'AM8',
  'miss',
  'Declined warfarin so started on apixaban',
  ANTI,
  ANTI_T + ' (DECLINED over the whole part)',
);
M(
  'AM9',
  'miss',
  'Patient declines to stop apixaban despite bleeding risk',
  ANTI,
  ANTI_T + ' (declines to STOP = keeps taking)',
);
M(
  'AM10',
  'miss',
  'Refuses to discontinue Eliquis',
  ANTI,
  ANTI_T + ' (refuses to STOP = keeps taking)',
);
M(
  'AM11',
  'miss',
  'Warfarin stopped 3 days ago for dental extraction, restarting tonight',
  ANTI,
  ANTI_T + ' (PAUSED: "restarting tonight")',
);
M(
  'AN1',
  'false-alarm',
  'Apixaban stopped 2023 due to haematuria; not restarted on discharge',
  NOAC,
  NOAC_T + ' (PAUSED alt 2 has no negation)',
);
M(
  'AN2',
  'false-alarm',
  'Warfarin discontinued; consider restarting in 3 months if no further bleeding',
  NOAC,
  NOAC_T + ' (a restart only considered)',
);
M(
  'AN3',
  'false-alarm',
  'Rivaroxaban - stopped 2024 after bleed, never resumed in view of falls',
  NOAC,
  NOAC_T + ' ("never resumed in")',
);
M(
  'AI1',
  'miss',
  'Was on warfarin in 2020; INR now 2.8',
  ANTI,
  ANTI_T + ' (review of the mends: a measured INR of 1.5 or more beside the name)',
);
M(
  'AI2',
  'miss',
  'Warfarin (stopped 2019). INR 2.9 on arrival',
  ANTI,
  ANTI_T + ' (review of the mends: a measured INR of 1.5 or more beside the name)',
);
M(
  'AI3',
  'false-alarm',
  'Was on warfarin in 2020; INR today 1.0',
  NOAC,
  NOAC_T + ' (review of the mends: a normal INR says nothing)',
);
M(
  'AI4',
  'false-alarm',
  'Was on warfarin in 2021 (target INR 2-3), now aspirin only',
  NOAC,
  NOAC_T + ' (review of the mends: a target is no measured INR)',
);
EF(
  'AR1',
  'WITH_OLD now stops at "in"/"the": the infarct\'s own location before its with-phrase',
  'none on the right; left cerebellar infarct in the PICA territory with gliosis.',
);
EF(
  'AR2',
  'WITH_OLD stops at "the": own margin',
  'none on the right; left cerebellar infarct at the inferior margin with encephalomalacia.',
);
EA(
  'AR3',
  'SAID_AFTER alt 1 not stopped by "yet"',
  'none on the right; left cerebellar restriction yet the vermis is spared.',
);
EA(
  'AR4',
  'SAID_AFTER alt 1 not stopped by " - "',
  'none on the right; left cerebellar restriction - vermis is spared.',
);
EA(
  'AR5',
  'SAID_AFTER alt 1 not stopped by "so"',
  'none on the right; new left cerebellar infarct so the brainstem is spared.',
);
PA(
  'AP1',
  'this study: "on the films obtained today"',
  'New restriction at the rim on the films obtained today.',
);
PA(
  'AP2',
  'this study: "on the submitted films"',
  'New restriction at the rim on the submitted films.',
);
PA(
  'AP3',
  'this study: "on the November 2026 films" (this month)',
  'New restriction at the rim on the November 2026 films.',
);

/** Round 17's clean patient, nothing added (control). */
probes.push({
  round: 50,
  family: 'r50 Z the clean patient, nothing added (control)',
  name: 'Z2: the clean patient, nothing added',
  rule: CLEAR_T,
  delta: { whole: vignette('r50-Z2', {}) },
  expect: CLEAR,
});

export const ROUND_50: readonly Probe[] = probes;
