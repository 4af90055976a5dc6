/** Reviewer probes, round 7 (part b): from the round's harness (p1.py-p4.py, /tmp/probe7), deduplicated. */
import { one, S, texts, type Probe } from './probe-model';

export const ROUND_7_B: readonly Probe[] = [
  ...texts(
    {
      round: 7,
      family: 'r7 p1.py A acuity',
      rule: 'URG-ACUTE-IMAGING acute infarct (report 5 days old) (reduced diffusivity = restricted diffusion, US usage) (§9 Acute imaging; §5 stroke <= 180 days)',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Normal ventricles. Punctate focus of reduced diffusivity in the left cerebellar hemisphere.'],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p1.py P prior study',
      rule: 'URG-ACUTE-IMAGING acute infarct (report 5 days old) (not on the prior = new) (§9 Acute imaging; §5 stroke <= 180 days)',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'Right cerebellar infarct that was absent on the previous study.',
      'Right cerebellar infarct (not seen on prior MRI).',
      'Right cerebellar infarct, not evident on the prior study.',
      'Right cerebellar infarct, absent on the prior MRI of 2026-10-01.',
      'Right cerebellar infarct, not present on the MRI of 2026-10-01.',
      'Right cerebellar infarct, which was not present previously.',
      'Right cerebellar infarct, not present before.',
    ],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p1.py K history as fact',
      rule: 'dissection at any time (MANIP/CZM); onset unknown -> emergency (§4, §5 table (a history section states a fact: the round-6 rule))',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'emergency' },
    },
    [
      'Clinical history: left VA dissection two months ago.',
      'Clinical history: left VA dissection 3/12 ago.',
      'Indication: f/u left VA dissection.',
      'Indication: follow up of left VA dissection.',
      'Indication: left VA dissection six weeks ago, on apixaban.',
      'Clinical history: left vertebral artery dissection treated with anticoagulation.',
      'Clinical details: left VA dissection, on warfarin.',
      'Reason for referral: left VA dissection in October.',
      'Indication: control after left VA dissection.',
    ],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p1.py Z zero flow',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 Acute imaging (VA occlusion or absent flow in a report <= 14 days))',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'Right VA: normal. Left VA: blood flow is not determined.',
      'Right VA: normal. Blood flow in the left VA is not determined.',
      'Right VA: normal. Left VA is not determined.',
      'Right VA: normal. Left VA is not revealed.',
      'Right VA: normal. Left VA is not differentiated.',
      'Right VA: normal. Flow along the left VA is not traced.',
      'Right VA: normal. Left VA in the V2 segment is not located.',
      'Right VA: normal. Left vertebral artery: in V2 segment not visualized.',
      'Right VA: normal. PSV in the left VA 0,0 cm/s.',
      'Right VA: normal. Left VA: Vps - 0 cm/s.',
      'Right VA: normal. Left VA: Vmax - not registered.',
      'Right VA: normal. Left vertebral: not identified.',
      'Right VA: normal. Left VA: lumen filled with hypoechoic thrombotic masses.',
      'Right VA: normal. Ultrasound signs of an occlusive lesion of the left VA.',
    ],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p1.py Z dissection signs',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 Acute imaging; §4 (dissection, onset unknown); §5 table; FS-7)',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'Right VA: normal. Eccentric mural thickening with T1 fat-sat hyperintensity in the left V2 segment.',
      'Right VA: normal. Left V3 segment: abrupt tapering with non-filling distally.',
    ],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p1.py U uncovertebral',
      rule: 'MANIP item uncovertebral-arthrosis (ART: manipulation unacceptable) (§5 table)',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    [
      'Lordosis preserved. Uncovertebral arthorsis C5-C6.',
      'Lordosis preserved. Degenerative uncovertebral joints C5-C6.',
      'Lordosis preserved. Uncinate processes hypertrophied at C5-6.',
      'Lordosis preserved. Pointed processus uncinati C5-C6.',
      'Lordosis preserved. Uncovertebral joints arthrotically changed at C5-C6.',
    ],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p2.py F2 comparison/negation read as finding',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): no dissection / occlusion in the text (FS-7 (only text that reads a finding raises); §9)',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Vertebral arteries of normal calibre. No worsening, new stenosis or dissection.',
      'Vertebral arteries of normal calibre. No change, occlusion or dissection.',
      'Vertebral arteries of normal calibre. No progression toward occlusion.',
    ],
  ),
  one({
    round: 7,
    family: 'r7 p2.py F2 comparison/negation read as finding',
    name: 'Vertebral arteries of normal calibre. Known mild left VA stenosis. No progression of the stenosis to occlusion.',
    rule: 'no dissection / occlusion in the text (FS-7 (only text that reads a finding raises); §9)',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'Vertebral arteries of normal calibre. Known mild left VA stenosis. No progression of the stenosis to occlusion.',
        ),
      ],
    },
    expect: {},
    note: "p2.py false-alarm check, no bound: its upper bound (urg <= none, bm <= clear, ex <= clear) is not a lower bound, and the known stenosis keeps manipulation above clear, so not a 'clear' probe. REPORT.md FA1; still raised on main 9337648 (emergency, all four contraindicated)",
  }),
  ...texts(
    {
      round: 7,
      family: 'r7 p2.py F2 comparison/negation read as finding',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): no dissection / occlusion in the text (FS-7 (only text that reads a finding raises); §9)',
      kind: 'clear',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {},
    },
    [
      'Vertebral arteries of normal calibre. No progression/new dissection.',
      'Vertebral arteries of normal calibre. Dissection is not visible.',
      'Vertebral arteries of normal calibre. Signs of dissection are not shown.',
      'Vertebral arteries of normal calibre. Signs of dissection are not depicted.',
      'Vertebral arteries of normal calibre. Dissection is not apparent.',
      'Vertebral arteries of normal calibre. Data for dissection were not received.',
      'Vertebral arteries of normal calibre. Dissection is not confirmed.',
    ],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p2.py F2 comparison/negation read as finding',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): no infarct in the text (§9)',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    ['Brain MRI. No interval change, new infarct or haemorrhage.'],
  ),
  one({
    round: 7,
    family: 'r7 p2.py F2 old infarct read as acute',
    name: 'No interval change of the chronic lacunar infarct in the left thalamus.',
    rule: 'old infarct: stroke item only, no URG-ACUTE-IMAGING (§9 (acute reading only); §8)',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'No interval change of the chronic lacunar infarct in the left thalamus.',
        ),
      ],
    },
    expect: {},
    note: "p2.py false-alarm check, no bound: its upper bound (urg <= none, bm <= clear, ex <= clear) is not a lower bound, and an old infarct rightly contraindicates manipulation and collar-zone massage, so not a 'clear' probe. REPORT.md FA3; held on main 9337648 (urgency none, back massage and exercise clear)",
  }),
  one({
    round: 7,
    family: 'r7 p2.py F2 old infarct read as acute',
    name: 'Interval stability of the old lacunar infarct in the left thalamus.',
    rule: 'old infarct: stroke item only, no URG-ACUTE-IMAGING (§9 (acute reading only); §8)',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Interval stability of the old lacunar infarct in the left thalamus.',
        ),
      ],
    },
    expect: {},
    note: "p2.py false-alarm check, no bound: its upper bound (urg <= none, bm <= clear, ex <= clear) is not a lower bound, and an old infarct rightly contraindicates manipulation and collar-zone massage, so not a 'clear' probe. REPORT.md FA3; held on main 9337648 (urgency none, back massage and exercise clear)",
  }),
];
