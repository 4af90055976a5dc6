/** Reviewer probes, round 10 (part b): misses: near variants of round 9's fixed phrasings (word order, participles, plurals, abbreviations, whitespace, layout, units). */
import { texts, type Probe } from './probe-model';

export const ROUND_10_B: readonly Probe[] = [
  ...texts(
    {
      round: 10,
      family: 'r10 M1 value lines broken by a line break, a semicolon or a slash (no flow)',
      rule: 'URG-ACUTE-IMAGING (§9: VA occlusion / absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, §5)',
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
      'Flow:\nright - antegrade\nleft - absent',
      'Blood flow: right – registered; left – not registered.',
      'Flow (R/L): antegrade/absent.',
      'Flow\nRight: antegrade\nLeft: absent',
      'PSV (cm/s): right 45, left 0.0',
      'PSV right 45 cm/s\nPSV left 0 cm/s',
      'Left VA: PSV 0 cm/s.',
      'Velocity in the left VA = 0.',
      'Left VA: V=0 cm/sec.',
      'Left VA: V = 0.',
      'Left VA: V=0.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M1 value lines broken by a line break, a semicolon or a slash (no flow) (judgement)',
      rule: 'URG-ACUTE-IMAGING (§9: VA occlusion / absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, §5); judgement: a dash or n/a for a value',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['PSV (cm/s): right 45, left -.', 'PSV (cm/s): right 45, left n/a (no flow).'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M2 occlusion wording: word order, participles, typos',
      rule: 'URG-ACUTE-IMAGING (§9: VA occlusion / absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, §5)',
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
      'In CDC mode the lumen of the left VA is not stained.',
      'Left VA: colour filling - absent.',
      'Stump of the left VA.',
      'Left VA: stump at the origin.',
      'Left VA: flow at the origin only; distally absent.',
      'Left VA: recanalisation not detected.',
      'Left VA: ocludded.',
      'Left VA: no staining in CDC mode.',
      'Left VA lumen is not stained in CDC mode.',
      'Left VA: lumen not coloured on colour Doppler.',
      'Left VA: no colour flow.',
      'Left VA: no flow on CDI.',
      'LVA: no Doppler signal.',
      'LVA - occluded.',
      'Occlusion of the LVA.',
      'Lt VA occluded.',
      'L VA: occluded.',
      'Left VA: stenosis ≥ 99 %.',
      'Left VA: stenosis 99-100 %.',
      'Obliteration of the left VA.',
      'Left VA obliterated in V2.',
      'Left VA: not recanalised since the previous study.',
      'Left VA - thromb.',
      'Left VA: flow velocity is zero.',
      'Left VA: zero flow.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M3 dissection wording: word order, participles, plurals',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9; §4 dissection onset unknown -> emergency; §5 table: dissection at any time contraindicates manipulation and collar-zone massage)',
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
      'Left VA: detached intima.',
      'Left VA: intima detached.',
      'Left VA: intima floating.',
      'Left VA wall stratification.',
      'Left VA wall is stratified.',
      'Left VA: double contour.',
      'Left VA: double-contour lumen.',
      'Left VA: lumen with double contour.',
      'Left VA: two lumina.',
      'Left VA: intimal detachment.',
      'Left VA: floating intimal flap.',
      'Left VA: 2 lumens.',
      'Left VA: true and false lumens.',
      'Left VA: IMH.',
      'LVA dissection.',
      'RVA dissection.',
      'Dissection of the VA on the left.',
      'Vertebral artery (left): dissection.',
      'Lt. vertebral artery dissection.',
      'VAD on the left.',
      'Bilateral VADs.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M3 dissection wording: word order, participles, plurals (judgement)',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9; §4 dissection onset unknown -> emergency; §5 table: dissection at any time contraindicates manipulation and collar-zone massage); judgement: wording near a dissection sign',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: two channels.', 'Left VA: I.M.H.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M3 dissection wording: word order, participles, plurals (judgement)',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9; §4 dissection onset unknown -> emergency; §5 table: dissection at any time contraindicates manipulation and collar-zone massage); judgement: wording near a dissection sign',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: string-like sign.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old)',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct / haemorrhage in a report <= 14 d -> emergency); §5 stroke <= 180 d',
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
      'On DWI, hyperintensity in the left cerebellum.',
      'DWI (b-1000): hyperintense focus in the left cerebellum.',
      'DWI b1000 hyperintensity in the left cerebellum.',
      'Left cerebellum: DWI+, ADC-.',
      'Left cerebellar focus, DWI +.',
      'Left cerebellar focus: DWI positive, ADC reduced.',
      'ADC: low in the left cerebellum.',
      'ADC map: hypointense focus in the left cerebellum.',
      'Left cerebellar infarct. Stage: acute.',
      'Left cerebellar infarct. Age: acute.',
      'Left cerebellar infarct [acute].',
      'Left cerebellar infarct. Most likely acute.',
      'Left cerebellar infarct, approx. 3 days old.',
      'Left cerebellar infarct, 3 d old.',
      'Left cerebellar infarct, day three.',
      'Left cerebellar infarct of < 7 days.',
      'DWI shows a hyperintense focus in the left cerebellum.',
      'Low ADC values in the left cerebellar hemisphere.',
      'Left cerebellar infarct.\nAcute.',
      'Left cerebellar infarct. Subacute.',
      'Left cerebellar infarct, ~3 days old.',
      'Left cerebellar infarct, onset within the past 3 days.',
      'Acutely infarcted left cerebellum.',
      'Acute infact in the left cerebellum.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old)',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct / haemorrhage in a report <= 14 d -> emergency); §5 stroke <= 180 d',
      study: ['msct', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'Hypodense area in the left cerebellum, acute.',
      'New hypodensity in the left cerebellum.',
      'Acute hypodense zone in the left cerebellum.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M4 acute stroke: diffusion and acuity wording variants (MRI / CT 5 days old) (judgement)',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct / haemorrhage in a report <= 14 d -> emergency); §5 stroke <= 180 d; judgement: acuity said by a negated age or an abbreviation',
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
      'Left cerebellar infarct, not an old one.',
      'Left cerebellar infarct, non-chronic.',
      'Decreased diffusion in the left cerebellum.',
      'ACVE in the left PICA territory.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent)',
      rule: '§5 / §8: any reading of an infarct or haemorrhage gives a stroke, onset unknown = recent -> manipulation and collar-zone massage contraindicated (FS-7)',
      study: ['msct', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'Blood in the 4th ventricle.',
      'Blood in the IV ventricle.',
      'Blood within the basal cisterns.',
      'Blood in both lateral ventricles.',
      'Blood in the fourth ventricle.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent)',
      rule: '§5 / §8: any reading of an infarct or haemorrhage gives a stroke, onset unknown = recent -> manipulation and collar-zone massage contraindicated (FS-7)',
      study: ['mri', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'Malacia in the left cerebellum.',
      'Left cerebellar lesion, ischemic in nature.',
      'Malacic focus in the left cerebellum.',
      'Left cerebellar lesion (ischaemic).',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent)',
      rule: '§5 / §8: any reading of an infarct or haemorrhage gives a stroke, onset unknown = recent -> manipulation and collar-zone massage contraindicated (FS-7)',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'Infarct of the spinal cord at C4.',
      'Cord ischaemia at C4.',
      'History: CVA in 2024.',
      'S/p left PICA infarction.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent)',
      rule: '§5 / §8: any reading of an infarct or haemorrhage gives a stroke, onset unknown = recent -> manipulation and collar-zone massage contraindicated (FS-7)',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Old lacunar infarct.', 'Previous cerebral infarction.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M10 duplex tables: a side column, tabs, no outer pipes (no flow)',
      rule: 'URG-ACUTE-IMAGING (§9: VA occlusion / absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, §5)',
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
      '| side | PSV |\n| R | 45 |\n| L | 0 |',
      'VA\tright\tleft\nPSV, cm/s\t45\t0',
      'VA | right | left\nPSV, cm/s | 45 | 0',
      '| | right | left |\n| flow | antegrade | not registered |',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M10 duplex tables: a side column, tabs, no outer pipes (no flow) (judgement)',
      rule: 'URG-ACUTE-IMAGING (§9: VA occlusion / absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, §5); judgement: a dash for the velocity',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['| | right | left |\n| PSV, cm/s | 45 | - |'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4 dissection onset unknown -> emergency; §5 table; FS-7) (variant of r9 A2 comparison with a prior study (dissection): "Worsening of the known dissection is not revealed.")',
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
      'Worsening  of  the  known  dissection  is  not  revealed.',
      'Worsening\u00a0of\u00a0the\u00a0known\u00a0dissection\u00a0is\u00a0not\u00a0revealed.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A3 Russian-English idioms (dissection): "Double lumen sign in the left VA.")',
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
      'Double  lumen  sign  in  the  left  VA.',
      'Double\u00a0lumen\u00a0sign\u00a0in\u00a0the\u00a0left\u00a0VA.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A3 Russian-English idioms (occlusion / absent flow): "Blood flow in the left VA was not revealed.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Blood flow in the VA on the left was not revealed.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A3 Russian-English idioms (occlusion / absent flow): "Left VA - flow signals are absent.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA - flow signals were absent.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection: R - no, L - yes.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection: R - no; L - yes.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection: right – no; left – yes.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection: right – no; lt – yes.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection: no (right), yes (left).")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection: no (right); yes (left).'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection on the right: no. On the left: yes.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection on the right: no. On the L.: yes.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection on the right: no. On the left: yes.")',
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
      'Dissection  on  the  right:  no.  On  the  left:  yes.',
      'Dissection\u00a0on\u00a0the\u00a0right:\u00a0no.\u00a0On\u00a0the\u00a0left:\u00a0yes.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection on the right: no. On the left: yes.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection on the right: no.\r\nOn the left: yes.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection : right-no , left-yes")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection : right-no , L.-yes'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Occlusion: R - no, L - yes.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Occlusion: R - no; L - yes.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Flow: right - present, left - absent.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Flow:\nright - present, left - absent.', 'Flow: right - present; left - absent.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Flow: right - antegrade, left - absent.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Flow:\nright - antegrade, left - absent.', 'Flow: right - antegrade; left - absent.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Flow: right - yes, left - no.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Flow:\nright - yes, left - no.', 'Flow: right - yes; left - no.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Blood flow: right - registered, left - not registered.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Blood flow:\nright - registered, left - not registered.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "PSV right/left: 45/0 cm/s.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['PSV right/L.: 45/0 cm/s.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Left VA: V = 0 cm/s.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: V = 0 cm/sec.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Flow in the left VA is zero.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Flow in the VA on the left is zero.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Left VA occluson.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left\u00a0VA\u00a0occluson.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Left VA: 100% stenosis.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: 100% stenoses.', 'Left VA: 100 percent stenosis.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Left VA: stenosis 100 %.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: stenoses 100 %.', 'Left VA: stenosis 100 percent.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Left VA: stenosis - 100%.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: stenoses - 100%.', 'Left VA: stenosis - 100 percent.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A5 layouts (brackets, pipes, lists): "No stenosis (left V3 dissection).")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['No\u00a0stenosis\u00a0(left\u00a0V3\u00a0dissection).'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A5 layouts (brackets, pipes, lists): "Without stenosis (dissection of the left V3).")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Without\u00a0stenosis\u00a0(dissection\u00a0of\u00a0the\u00a0left\u00a0V3).'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec (judgement)',
      rule: 'judgement: URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Left VA: stenosis >99%.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: stenoses >99%.', 'Left VA: stenosis >99 percent.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec (judgement)',
      rule: 'judgement: URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Left VA: 99% stenosis, string-like flow.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: 99% stenoses, string-like flow.', 'Left VA: 99 percent stenosis, string-like flow.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF (judgement)',
      rule: 'judgement: URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection: D - no, S - yes.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection: D - no; S - yes.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 days -> emergency); §5 stroke <= 180 d (variant of r9 B1 posterior stroke, acute (MRI 5 days old): "Infarct in the left cerebellum in the acute stage.")',
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
      'Infarct  in  the  left  cerebellum  in  the  acute  stage.',
      'Infarct\u00a0in\u00a0the\u00a0left\u00a0cerebellum\u00a0in\u00a0the\u00a0acute\u00a0stage.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 days -> emergency); §5 stroke <= 180 d (variant of r9 B1 posterior stroke, acute (MRI 5 days old): "Infarct in the left cerebellum in the acute period.")',
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
      'Infarct  in  the  left  cerebellum  in  the  acute  period.',
      'Infarct\u00a0in\u00a0the\u00a0left\u00a0cerebellum\u00a0in\u00a0the\u00a0acute\u00a0period.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 days -> emergency); §5 stroke <= 180 d (variant of r9 B1 posterior stroke, acute (MRI 5 days old): "Left cerebellar infarct, recent.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left cerebellar infarct; recent.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 days -> emergency); §5 stroke <= 180 d (variant of r9 B1 posterior stroke, acute (MRI 5 days old): "DWI: hyperintense focus in the left cerebellar hemisphere, ADC hypointense.")',
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
      'DWI:\nhyperintense focus in the left cerebellar hemisphere, ADC hypointense.',
      'DWI - hyperintense focus in the left cerebellar hemisphere, ADC hypointense.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 days -> emergency); §5 stroke <= 180 d (variant of r9 B1 posterior stroke, acute (MRI 5 days old): "DWI: bright lesion in the left cerebellum.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['DWI:\nbright lesion in the left cerebellum.', 'DWI - bright lesion in the left cerebellum.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 days -> emergency); §5 stroke <= 180 d (variant of r9 B1 posterior stroke, acute (MRI 5 days old): "Hyperdense left vertebral artery sign.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Hyperdense lt vertebral artery sign.', 'Hyperdense L. vertebral artery sign.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: '§5 stroke item, onset unknown treated as recent (§5 "any other reading of an infarct gives a stroke with onset unknown"; §8) (variant of r9 B2 posterior stroke, no acuity word (onset unknown = recent): "Left cerebellar infarcation.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Left\u00a0cerebellar\u00a0infarcation.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: '§5 stroke item, onset unknown treated as recent (§5 "any other reading of an infarct gives a stroke with onset unknown"; §8) (variant of r9 B2 posterior stroke, no acuity word (onset unknown = recent): "Left cerebellar infaction.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Left\u00a0cerebellar\u00a0infaction.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec (judgement)',
      rule: 'judgement: URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 days -> emergency); §5 stroke <= 180 d (variant of r9 B1 posterior stroke, acute (MRI 5 days old): "Basilar tip occlusion.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Basilar tip occlusions.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: '§9 acute imaging (occlusion / absent flow / dissection in a report <= 14 d); §5 (variant of r9 C4 vessel finding read in a cervical-spine study: "Absent flow void in the left vertebral artery.")',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'Absent  flow  void  in  the  left  vertebral  artery.',
      'Absent\u00a0flow\u00a0void\u00a0in\u00a0the\u00a0left\u00a0vertebral\u00a0artery.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: '§9 acute imaging (occlusion / absent flow / dissection in a report <= 14 d); §5 (variant of r9 C4 vessel finding read in a cervical-spine study: "Loss of the normal flow void of the left vertebral artery.")',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    [
      'Loss  of  the  normal  flow  void  of  the  left  vertebral  artery.',
      'Loss\u00a0of\u00a0the\u00a0normal\u00a0flow\u00a0void\u00a0of\u00a0the\u00a0left\u00a0vertebral\u00a0artery.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: '§9 acute imaging (occlusion / absent flow / dissection in a report <= 14 d); §5 (variant of r9 C4 vessel finding read in a cervical-spine study: "Left vertebral artery: flow void absent.")',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left vertebral artery:\nflow void absent.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: '§5 manipulation item vertebral-artery-atherosclerosis (variant of r9 C4 vessel finding read in an X-ray: "Calcification of the left vertebral artery.")',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    ['Calcification of the lt vertebral artery.', 'Calcification of left vertebral artery.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: '§5 manipulation item vertebral-artery-atherosclerosis (variant of r9 C4 vessel finding read in an X-ray: "Calcification of the left vertebral artery.")',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    [
      'Calcification  of  the  left  vertebral  artery.',
      'Calcification\u00a0of\u00a0the\u00a0left\u00a0vertebral\u00a0artery.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: '§5 manipulation item vertebral-artery-atherosclerosis (variant of r9 C4 vessel finding read in an X-ray: "Calcified vertebral arteries.")',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    ['Calcified  vertebral  arteries.', 'Calcified\u00a0vertebral\u00a0arteries.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: '§5 collar-zone massage item thyroid-disease (variant of r9 C4 thyroid read in another region: "Thyroid: nodule in the right lobe 9 mm.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { czm: 'contraindicated' },
    },
    ['Thyroid:\nnodule in the right lobe 9 mm.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: '§5 collar-zone massage item thyroid-disease (variant of r9 C4 thyroid read in another region: "Thyroid gland: multinodular.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { czm: 'contraindicated' },
    },
    ['Thyroid gland:\nmultinodular.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: '§5 collar-zone massage item thyroid-disease (variant of r9 C4 thyroid read in another region: "Thyroid: nodes in both lobes.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { czm: 'contraindicated' },
    },
    ['Thyroid:\nnodes in both lobes.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA: PSV 18 cm/s, right 52 cm/s (asymmetry 65%).")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA: PSV 18 cm/s, right 52 cm/s (asymmetry 65 percent).'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Tardus parvus flow pattern in the left VA.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    [
      'Tardus  parvus  flow  pattern  in  the  left  VA.',
      'Tardus\u00a0parvus\u00a0flow\u00a0pattern\u00a0in\u00a0the\u00a0left\u00a0VA.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Parvus et tardus waveform, left VA.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    [
      'Parvus  et  tardus  waveform,  left  VA.',
      'Parvus\u00a0et\u00a0tardus\u00a0waveform,\u00a0left\u00a0VA.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA: PSV 22 cm/s (N 40-60), reduced.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA: PSV 22 cm/s (N 40-60); reduced.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA: PSV 22 cm/s - reduced.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA: PSV 22 cm/s: reduced.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA: PSV 22 cm/s, below the norm.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA: PSV 22 cm/s; below the norm.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA: stenosing 50%.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA: stenosing 50 percent.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA: flow drops by 50% on head rotation to the right.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA: flow drops by 50 percent on head rotation to the right.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "On rotation of the head to the right the flow in the left VA decreases by 60%.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['On rotation of the head to the right the flow in the VA on the left decreases by 60%.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "On rotation of the head to the right the flow in the left VA decreases by 60%.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['On rotation of the head to the right the flow in the left VA decreases by 60 percent.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Functional test with head rotation: flow in the left VA decreases significantly.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Functional test with head rotation: flow in the VA on the left decreases significantly.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA: absent diastolic flow.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA:\nabsent diastolic flow.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA: EDV 0 cm/s.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA: EDV 0 cm/sec.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: 'judgement: Doppler signs of a stenosis without the word (high velocity, aliasing, resistance) -> §3 imaging narrowing (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA PSV 180 cm/s at the origin.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA PSV 180 cm/sec at the origin.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'judgement: Doppler signs of a stenosis without the word (high velocity, aliasing, resistance) -> §3 imaging narrowing (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Resistance index in the left VA increased to 0.9.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Resistance index in the VA on the left increased to 0.9.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M9 tense, plural, units: were, stenoses, percent, cm/sec',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 D2 Doppler absent flow / occlusion wording: "Left VA: flow signals are not registered.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: flow signals were not registered.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 D2 Doppler absent flow / occlusion wording: "Left VA: absent colour and spectral Doppler signal.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA:\nabsent colour and spectral Doppler signal.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 D2 Doppler absent flow / occlusion wording: "Left VA: absent colour and spectral Doppler signal.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['LVA: absent colour and spectral Doppler signal.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 D2 Doppler absent flow / occlusion wording: "Left VA is not insonated.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['LVA is not insonated.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 D2 Doppler absent flow / occlusion wording: "Left VA could not be insonated.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['LVA could not be insonated.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 D2 Doppler absent flow / occlusion wording: "Left VA: not located.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA:\nnot located.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 D2 Doppler absent flow / occlusion wording: "Left VA: not located.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['LVA: not located.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 D2 Doppler absent flow / occlusion wording: "Left VA: cannot be traced.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA:\ncannot be traced.', 'Left VA - cannot be traced.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 D2 Doppler absent flow / occlusion wording: "Left VA: not detected.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA:\nnot detected.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5) (variant of r9 D3 string sign / dissection wording in Doppler: "Left VA: string sign.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left  VA:  string  sign.', 'Left\u00a0VA:\u00a0string\u00a0sign.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5) (variant of r9 D3 string sign / dissection wording in Doppler: "String sign in the left V1.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['String  sign  in  the  left  V1.', 'String\u00a0sign\u00a0in\u00a0the\u00a0left\u00a0V1.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: '§5 manipulation item vertebral-artery-atherosclerosis (variant of r9 D4 plaque / atherosclerosis wording: "Atherosclerosis of the carotid and vertebral arteries.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    [
      'Atherosclerosis  of  the  carotid  and  vertebral  arteries.',
      'Atherosclerosis\u00a0of\u00a0the\u00a0carotid\u00a0and\u00a0vertebral\u00a0arteries.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs (judgement)',
      rule: 'judgement: a Russian-style "brachiocephalic arteries" (BCA, include the VAs) atherosclerosis -> vertebral-artery-atherosclerosis at least uncertain -> manipulation not-cleared (variant of r9 D4 plaque / atherosclerosis wording: "Non-stenosing atherosclerosis of the brachiocephalic arteries.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'not-cleared' },
    },
    [
      'Non-stenosing  atherosclerosis  of  the  brachiocephalic  arteries.',
      'Non-stenosing\u00a0atherosclerosis\u00a0of\u00a0the\u00a0brachiocephalic\u00a0arteries.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs (judgement)',
      rule: 'judgement: a Russian-style "brachiocephalic arteries" (BCA, include the VAs) atherosclerosis -> vertebral-artery-atherosclerosis at least uncertain -> manipulation not-cleared (variant of r9 D4 plaque / atherosclerosis wording: "Atherosclerosis of the extracranial brachiocephalic arteries.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'not-cleared' },
    },
    [
      'Atherosclerosis  of  the  extracranial  brachiocephalic  arteries.',
      'Atherosclerosis\u00a0of\u00a0the\u00a0extracranial\u00a0brachiocephalic\u00a0arteries.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: '§5 dissection at any time in the history -> manipulation and collar-zone massage contraindicated (text: onset unknown -> §4 emergency) (variant of r9 E1 dissection in a history section: "Clinical information: post-dissection of the left vertebral artery, for follow-up. Normal cervical alignment.")',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'Clinical information: post-dissection of the left vertebral artery; for follow-up. Normal cervical alignment.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING occlusion / dissection (§9 acute imaging; §5); NegEx scope must stop at the next finding (variant of r9 H1 negation reaching past its finding: "Left VA: no contrast (occluded).")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA:\nno contrast (occluded).'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA',
      rule: 'URG-ACUTE-IMAGING occlusion / dissection (§9 acute imaging; §5); NegEx scope must stop at the next finding (variant of r9 H1 negation reaching past its finding: "Left VA: no contrast (occluded).")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['LVA: no contrast (occluded).'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING occlusion / dissection (§9 acute imaging; §5); NegEx scope must stop at the next finding (variant of r9 H1 negation reaching past its finding: "No stenosis apart from a left VA dissection.")',
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
      'No  stenosis  apart  from  a  left  VA  dissection.',
      'No\u00a0stenosis\u00a0apart\u00a0from\u00a0a\u00a0left\u00a0VA\u00a0dissection.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING occlusion / dissection (§9 acute imaging; §5); NegEx scope must stop at the next finding (variant of r9 H1 negation reaching past its finding: "No stenosis other than the left VA occlusion.")',
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
      'No  stenosis  other  than  the  left  VA  occlusion.',
      'No\u00a0stenosis\u00a0other\u00a0than\u00a0the\u00a0left\u00a0VA\u00a0occlusion.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING occlusion / dissection (§9 acute imaging; §5) (variant of r9 H2 numbers as words / abbreviations / capitals: "Left vertebral artery dissecton.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left\u00a0vertebral\u00a0artery\u00a0dissecton.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING occlusion / dissection (§9 acute imaging; §5) (variant of r9 H2 numbers as words / abbreviations / capitals: "Left vertebral artery disection.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left\u00a0vertebral\u00a0artery\u00a0disection.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING occlusion / dissection (§9 acute imaging; §5) (variant of r9 H2 numbers as words / abbreviations / capitals: "Left VA thromb.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA thromb', '(Left VA thromb).'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Left cerebellar infarct in the acute stage (day 2).")',
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
      'Left  cerebellar  infarct  in  the  acute  stage  (day  2).',
      'Left\u00a0cerebellar\u00a0infarct\u00a0in\u00a0the\u00a0acute\u00a0stage\u00a0(day\u00a02).',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Left cerebellar infarct: acute-subacute.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left cerebellar infarct:\nacute-subacute.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Left cerebellar infarct, acute to subacute.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left cerebellar infarct; acute to subacute.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Left cerebellar infarct; acute.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['(Left cerebellar infarct; acute).'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Left cerebellar infarct. Acute.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['(Left cerebellar infarct. Acute).'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Left cerebellar infarct which appears acute.")',
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
      'Left  cerebellar  infarct  which  appears  acute.',
      'Left\u00a0cerebellar\u00a0infarct\u00a0which\u00a0appears\u00a0acute.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs (judgement)',
      rule: 'judgement: URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Infarct in the left cerebellum, 2-3 days old.")',
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
      'Infarct  in  the  left  cerebellum,  2-3  days  old.',
      'Infarct\u00a0in\u00a0the\u00a0left\u00a0cerebellum,\u00a02-3\u00a0days\u00a0old.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF (judgement)',
      rule: 'judgement: URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Infarct in the left cerebellum, 2-3 days old.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Infarct in the left cerebellum; 2-3 days old.'],
  ),
  ...texts(
    {
      round: 10,
      family: 'r10 M6 whitespace: double spaces, no-break spaces, tabs (judgement)',
      rule: 'judgement: URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Left cerebellar infarct, onset within the last week.")',
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
      'Left  cerebellar  infarct,  onset  within  the  last  week.',
      'Left\u00a0cerebellar\u00a0infarct,\u00a0onset\u00a0within\u00a0the\u00a0last\u00a0week.',
    ],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF (judgement)',
      rule: 'judgement: URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Left cerebellar infarct, onset within the last week.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left cerebellar infarct; onset within the last week.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF (judgement)',
      rule: 'judgement: URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Left cerebellar infarct, most likely recent.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left cerebellar infarct; most likely recent.'],
  ),
  ...texts(
    {
      round: 10,
      family:
        'r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF (judgement)',
      rule: 'judgement: URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 d) (variant of r9 H3 acuity words in numbers / dates: "Left cerebellar infarct, not old.")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left cerebellar infarct; not old.'],
  ),
];
