/**
 * Reviewer probes, round 58 (/tmp/probe58/head.md: 85 whole case files written from the brief,
 * against 93ae101), part b: WAD1 to PC6: whiplash (WAD), bow hunter's (BH), posterior circulation (PC).
 * Each is a whole case file built as the round's `V` built cases/ID.json (probe-r58-lib.ts), with
 * the round's expectations: exact (`eq`), lower (`min`) and upper (`max`) bounds, missing items,
 * warnings, conflicts, course flags; observations keep the FS-9 reason audit only. BD8 is known
 * open (known-open-r58-a.ts). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import {
  on,
  yes,
  st,
  CI,
  NC,
  CA,
  CL,
  ALL,
  EMER,
  EMER_T,
  XR_OCH,
  DENY,
  vignettesInto,
} from './probe-r58-lib';

const probes: Probe[] = [];
const Wad = vignettesInto(probes, 'WAD whiplash at different times (s5, s9)');
const Bh = vignettesInto(probes, "BH bow hunter's (s3, s4, s9)");
const Pc = vignettesInto(probes, 'PC posterior-circulation TIA / stroke (s4, s5, s9)');

// ---- WAD whiplash at different times (s5, s9)
Wad(
  'WAD1',
  'miss',
  '31F rear-end collision 3 d ago, WAD II, headache from the next morning',
  {
    f: {
      'recent-neck-trauma': on(3, 'rear-ended at lights, ~30 mph, airbags did not deploy'),
      'neck-injury': on(3),
      'neck-pain': on(3),
      headache: on(2, 'occipital, since morning after the crash'),
      'occipital-headache': on(2),
    },
    referral:
      'WAD grade II after RTC Sunday. Canadian C-spine rule applied, no imaging indicated per ED. Headache since. Physio / massage?',
    img: null,
  },
  EMER,
  EMER_T + ' (triad feature within 14 d after neck trauma, onset within 14 d: s9)',
  's9',
);
Wad(
  'WAD2',
  'miss',
  '40M rear-end collision 5 d ago, neck pain only, no headache or dizziness',
  {
    sex: 'male',
    f: {
      'recent-neck-trauma': on(5),
      'neck-injury': on(5, 'WAD II: neck pain, reduced ROM, point tenderness'),
      'neck-pain': on(5),
    },
    addImg: [
      st(
        'xray',
        'cervical-spine',
        5,
        'C-spine trauma series: No fracture or malalignment. Loss of lordosis, likely muscular spasm. Prevertebral soft tissues within normal limits.',
      ),
    ],
    referral: 'WAD II, X-ray NAD. Pain and stiffness. Physio advice.',
  },
  { eq: { urg: 'none', manip: CI, czm: CI, bm: CI, ex: CL } },
  'recent neck trauma: manip CI (IF); neck injury <=180 d: czm, bm CI; exercise not listed',
  's5, s9',
);
Wad(
  'WAD3',
  'miss',
  '35F whiplash 6 weeks ago, headache began 2 d after, still present',
  {
    f: {
      'recent-neck-trauma': on(42, 'RTC 6/52 ago'),
      'neck-injury': on(42),
      'neck-pain': on(42),
      headache: on(40, 'daily occipital headache since 2 days after the RTC'),
    },
    referral: 'Whiplash 6 weeks ago, persistent neck pain and headaches. ' + DENY,
  },
  { eq: { urg: 'urgent', manip: CI, czm: CI, bm: CI }, max: { ex: NC } },
  'triad feature within 14 d after trauma, onset older than 14 d: urgent (s9); recent neck trauma manip CI; neck injury <=180 d czm/bm CI',
  's9, s5',
);
Wad(
  'WAD4',
  'false-alarm',
  '45F whiplash 9 months ago (dated), chronic neck pain and headache since',
  {
    f: {
      'neck-injury': on(270, 'RTC Feb 2026, WAD II'),
      'neck-pain': on(268),
      headache: on(260),
      'recent-neck-trauma': false,
    },
    img: [XR_OCH],
    referral:
      'Chronic WAD (9/12), persistent neck pain, intermittent headache. Slow progress with physio. For massage.',
  },
  { eq: { urg: 'none', manip: CL, czm: CA, bm: CA, ex: CL } },
  'old neck injury (>180 d) -> caution for czm and bm (s9); trauma not recent: no urgency',
  's9',
);
Wad(
  'WAD5',
  'miss',
  '28F whiplash 3 weeks ago: headache, dizziness and blurred vision since day 2',
  {
    f: {
      'recent-neck-trauma': on(21),
      'neck-injury': on(21),
      'neck-pain': on(21),
      headache: on(19),
      dizziness: on(19, 'off-balance, light-headed'),
      'visual-disturbance': on(19, 'blurring when reading'),
    },
    referral:
      'WAD after RTC 3/52 ago with cervicogenic dizziness, headaches and blurred vision. ?concussion also.',
  },
  { eq: { urg: 'urgent', vas: 'high', manip: CI, czm: CI, bm: CI } },
  'triad after trauma, onset >14 d ago: urgent; full triad high; manip CI; czm/bm CI (neck injury)',
  's3, s9',
);
Wad(
  'WAD6',
  'miss',
  'whiplash written only in the referral ("RTC yesterday"), trauma and injury fields answered no',
  {
    f: { 'neck-pain': on(1) },
    referral:
      'RTC yesterday, rear-ended on motorway, now neck pain and stiffness. Seen in UTC, no imaging. Massage to loosen up?',
  },
  { min: { manip: NC, czm: NC, bm: NC } },
  'text can add recent neck trauma / neck injury (FS-7, FS-3); a day-old collision must not clear manipulation or neck massage',
  's9, FS-7',
  { noteOnly: true },
);

// ---- BH bow hunter's (s3, s4, s9)
Bh(
  'BH1',
  'miss',
  "64M greying of vision and near-faint on turning head right to reverse car (bow hunter's)",
  {
    sex: 'male',
    birth: '1962-01-10',
    f: {
      dizziness: on(120, 'only on sustained right head rotation'),
      'visual-disturbance': on(120, 'vision greys out'),
      'dizziness-on-head-rotation': yes(
        'reproduced with sustained R rotation in clinic, resolves in neutral',
      ),
      hypertension: true,
      'cervical-osteochondrosis': true,
    },
    img: [
      XR_OCH,
      st(
        'doppler',
        'neck-vessels',
        30,
        'Duplex of extracranial arteries in neutral position: both vertebral arteries patent with antegrade flow. No haemodynamically significant stenosis.',
      ),
    ],
    referral:
      "Positional presyncope on right head rotation ?bow hunter's syndrome. Neutral duplex normal. Dynamic study pending.",
  },
  { min: { vas: 'moderate', czm: NC }, eq: { urg: 'none', manip: CI }, max: { ex: CL } },
  'two triad features: moderate; rotation-provoked: manip CI (MANIP-ROTATION), czm not-cleared (CZM-ROTATION)',
  's3, s9',
);
Bh(
  'BH2',
  'miss',
  'bow hunter confirmed on dynamic DSA 25 d ago: V3 occlusion on left rotation',
  {
    sex: 'male',
    birth: '1958-04-04',
    f: {
      dizziness: on(200, 'on head turn to left'),
      syncope: on(40, 'fainted once turning to look over shoulder'),
      'dizziness-on-head-rotation': true,
    },
    addImg: [
      st(
        'cta',
        'neck-vessels',
        25,
        "Dynamic CT angiography: In neutral position both vertebral arteries are patent. On head rotation to the left there is complete occlusion of the right vertebral artery at the C1-C2 level (V3 segment) with reconstitution in neutral. Findings consistent with rotational vertebral artery occlusion (bow hunter's syndrome).",
      ),
    ],
    referral:
      "Bow hunter's syndrome confirmed, awaiting neurosurgical opinion (C1-2 decompression).",
  },
  { min: { urg: 'urgent', czm: NC }, eq: { manip: CI } },
  'syncope onset 40 d -> urgent (s9 red flags, older onset); occlusion in a report 15-180 d old -> urgent (s9); manip CI',
  's4, s9',
);

// ---- PC posterior-circulation TIA / stroke (s4, s5, s9)
Pc(
  'PC1',
  'miss',
  '71M transient diplopia + slurred speech 20 min, 3 d ago, resolved (posterior TIA)',
  {
    sex: 'male',
    birth: '1955-09-09',
    f: {
      tia: on(3, 'posterior circulation TIA'),
      diplopia: on(3, 'resolved after 20 min'),
      dysarthria: on(3, 'resolved'),
      hypertension: true,
      hyperlipidaemia: true,
      smoking: true,
    },
    referral:
      'Transient binocular diplopia and dysarthria ~20 min on Mon, fully resolved. ABCD2 5. Neck stiffness - chiro asking if safe.',
  },
  EMER,
  EMER_T + ' (diplopia, dysarthria onset 3 d)',
  's4',
);
Pc(
  'PC2',
  'miss',
  '66F 5Ds: dizziness + dysphagia + ataxia 2 d (lateral medullary), Horner R',
  {
    f: {
      dizziness: on(2),
      dysphagia: on(2),
      ataxia: on(2),
      'horner-signs': on(2, 'R ptosis and miosis'),
      numbness: on(2, 'L body pain/temp loss, R face'),
      nausea: on(2),
      vomiting: on(2),
    },
    referral: 'Vertigo, vomiting, hoarse voice and difficulty swallowing since Tuesday. R ptosis.',
  },
  EMER,
  EMER_T,
  's4',
);
Pc(
  'PC3',
  'miss',
  '73M posterior-circulation stroke 5 weeks ago, residual ataxia; MRI 34 d subacute L PICA infarct',
  {
    sex: 'male',
    birth: '1953-02-02',
    f: {
      stroke: on(35, 'L PICA infarct'),
      ataxia: on(35, 'residual L limb ataxia, improving'),
      dizziness: on(35),
      hypertension: true,
      anticoagulants: false,
    },
    addImg: [
      st(
        'mri',
        'head',
        34,
        'MRI brain: Subacute infarct in the left PICA territory (inferior cerebellar hemisphere) with mild swelling. No haemorrhagic transformation. Left vertebral artery flow void preserved.',
      ),
    ],
    referral: 'Post-stroke rehab. L PICA stroke 5/52 ago. Neck pain since. ?Massage.',
  },
  { eq: { urg: 'urgent', manip: CI, czm: CI }, min: { bm: NC } },
  'ataxia older than 14 d -> urgent; stroke <=180 d contraindicates manip and czm; acute reading in report 15-180 d -> urgent',
  's4, s5, s9',
);
Pc(
  'PC4',
  'miss',
  '78F drop attacks x2 this week, no LOC',
  {
    birth: '1948-06-06',
    f: {
      'drop-attacks': on(4, 'legs gave way, no LOC, twice'),
      dizziness: on(10),
      osteoporosis: true,
    },
    referral:
      'Two falls this week - legs suddenly went, no LOC, got straight up. Dizzy spells. Neck pain.',
  },
  EMER,
  EMER_T,
  's4',
);
Pc(
  'PC5',
  'miss',
  '3Ns: numbness of face 10 d + nausea + nystagmus 10 d, dizziness',
  {
    sex: 'male',
    f: {
      numbness: on(10, 'L perioral tingling'),
      nausea: on(10),
      nystagmus: on(10, 'gaze-evoked'),
      dizziness: on(10),
    },
    referral: 'Dizziness with facial tingling and gaze-evoked nystagmus (GP). ?central.',
  },
  EMER,
  EMER_T,
  's4',
);
Pc(
  'PC6',
  'miss',
  'referral text only: "crescendo TIAs - episodes of vertigo, diplopia and slurred speech x3 this week"',
  {
    sex: 'male',
    birth: '1950-01-01',
    referral:
      'Crescendo TIAs - 3 episodes this week of vertigo, diplopia and slurred speech, each <10 min. Neck pain. Chiropractor requests clearance.',
  },
  { eq: { urg: 'emergency' }, min: ALL(NC) },
  'text adds diplopia, dysarthria dated this week (FS-7): emergency',
  's4, FS-7',
  { noteOnly: true },
);

export const ROUND_58_B: readonly Probe[] = probes;
