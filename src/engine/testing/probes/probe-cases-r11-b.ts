/** Reviewer probes, round 11 (part b): misses: near variants of rounds 9-10's fixed phrasings (acuity layouts and ages, CT hypodensity, blood in the ventricles, value notations, sides written another way, layout, wording). */
import { texts, type Probe } from './probe-model';

export const ROUND_11_B: readonly Probe[] = [
  ...texts(
    {
      round: 11,
      family:
        'r11 M1 acuity said in the next line or sentence in other layouts (newline, dash, "In the acute stage.", "Acute stage.")',
      rule: 'URG-ACUTE-IMAGING (§9: an acute / subacute / fresh / recent infarct or haemorrhage in a report <= 14 d -> emergency; emergency contraindicates all four, §5); reader-text.ts DWI_AFTER needs "[;.]" right before and "stage: / age:" with a colon',
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
      'Left cerebellar infarct. Stage - acute.',
      'Left cerebellar infarct. Stage — acute.',
      'Left cerebellar infarct. In the acute stage.',
      'Left cerebellar infarct\nAcute.',
      'Left cerebellar infarct\nStage: acute.',
      'Left cerebellar infarct\nIt is acute.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M2 acuity as an age in other words ("ca. 3 days old", "approx. 3 days of age", "(2-3 days)", "3rd day", "not older than 7 days", "younger than 7 days", "(non-chronic)")',
      rule: 'URG-ACUTE-IMAGING (§9: an acute / subacute / fresh / recent infarct or haemorrhage in a report <= 14 d -> emergency; emergency contraindicates all four, §5); lexicon-en.ts acuteAfter',
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
      'Left cerebellar infarct, ca. 3 days old.',
      'Left cerebellar infarct, approx. 3 days of age.',
      'Left cerebellar infarct (2-3 days).',
      'Left cerebellar infarct (3rd day).',
      'Left cerebellar infarct, 3rd day.',
      'Left cerebellar infarct, not older than 7 days.',
      'Left cerebellar infarct, no older than a week.',
      'Left cerebellar infarct, younger than 7 days.',
      'Left cerebellar infarct (non-chronic).',
      'Left cerebellar infarct {acute}.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M2 acuity as an age in other words ("ca. 3 days old", "approx. 3 days of age", "(2-3 days)", "3rd day", "not older than 7 days", "younger than 7 days", "(non-chronic)")',
      rule: 'URG-ACUTE-IMAGING (§9: an acute / subacute / fresh / recent infarct or haemorrhage in a report <= 14 d -> emergency; emergency contraindicates all four, §5); guard (passing)',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left cerebellar infarct, approximately 3 days old.', 'Left cerebellar infarct [ACUTE].'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M3 CT hypodensity said acute after it by a dash or bracket, or "acutely hypodense", "newly appeared"',
      rule: 'URG-ACUTE-IMAGING (§9: an acute / subacute / fresh / recent infarct or haemorrhage in a report <= 14 d -> emergency; emergency contraindicates all four, §5); lexicon-en-terms.ts hypodense pattern needs ",? acute" right after its place',
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
      'Hypodense area in the left cerebellum - acute.',
      'Hypodense area in the left cerebellar hemisphere (acute).',
      'Acutely hypodense left cerebellar hemisphere.',
      'Newly appeared hypodense area in the left cerebellum.',
      'Hypodense area in the left cerebellum: acute.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M4 blood in the ventricles in other words ("the fourth ventricle contains blood", "blood is seen in", "4-th")',
      rule: '§5 / §8: any reading of an infarct or haemorrhage is a stroke with onset unknown (treated as recent): manipulation and collar-zone massage contraindicated; lexicon-en-terms.ts "blood (?:in|within) (?:the )?..." needs the words in that order, no verb between',
      study: ['msct', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'The fourth ventricle contains blood.',
      'Blood is seen in the lateral ventricles.',
      'Blood in the 4-th ventricle.',
      'Blood is present in the fourth ventricle.',
    ],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M5 acute cerebrovascular event abbreviated or in Russian-English ("Acute CVE", "ACVA")',
      rule: 'URG-ACUTE-IMAGING (§9: an acute / subacute / fresh / recent infarct or haemorrhage in a report <= 14 d -> emergency; emergency contraindicates all four, §5); lexicon-en-terms.ts "acve" but not "acute cve"',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Acute CVE in the vertebrobasilar basin.', 'Acute CVE in the VBB.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M6 a line of values of flow or dissection in other notations ("+/-", "zero", "on the left - in V3")',
      rule: 'URG-ACUTE-IMAGING (§9: VA occlusion / absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, §5); reader-scope.ts POSITIVE_VALUE / the flow line-of-values pattern (lexicon-en-terms-vessel.ts) do not take "-" or "zero" as no flow',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Flow: right +, left -.', 'Flow R/L: +/-.', 'Flow: right - antegrade; left - zero.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M6 a line of values of flow or dissection in other notations ("+/-", "zero", "on the left - in V3")',
      rule: 'VA dissection (§4: onset unknown -> emergency; §9 dissection in a report <= 14 d -> emergency; contraindicates all four); reader-scope.ts VALUE_PLACE: "on the left" before a segment',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection: right - no; on the left - in V3.'],
  ),
  ...texts(
    {
      round: 11,
      family: 'r11 M9 wording and units: "isn\'t", "cm/s.", "infarction"',
      rule: 'URG-ACUTE-IMAGING occlusion (§9 acute imaging: a VA occlusion in a report <= 14 days -> emergency) (variant of r9 A2 comparison with a prior study (occlusion): "Left VA is not recanalized.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ["Left VA isn't recanalized."],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A3 Russian-English idioms (dissection): "Stratification of the left VA wall.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Stratification of the L VA wall.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A3 Russian-English idioms (dissection): "Stratification of the left VA wall.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Stratification of the left-sided VA wall.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A3 Russian-English idioms (dissection): "Stratification of the left VA wall.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Stratification of the VA (left) wall.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A3 Russian-English idioms (dissection): "Stratification of the left VA wall.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Stratification of the VA sin. wall.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A3 Russian-English idioms (dissection): "Stratification of the left VA wall.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Stratification of the left vertebral a. wall.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A3 Russian-English idioms (occlusion / absent flow): "Blood flow in the left VA is not revealed.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Blood flow in the VA (left) is not revealed.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A3 Russian-English idioms (occlusion / absent flow): "Blood flow in the left VA is not revealed.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Blood flow in the VA sin. is not revealed.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A3 Russian-English idioms (occlusion / absent flow): "Blood flow in the left VA is not revealed.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Blood flow in the left vertebral a. is not revealed.'],
  ),
  ...texts(
    {
      round: 11,
      family: 'r11 M9 wording and units: "isn\'t", "cm/s.", "infarction"',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A3 Russian-English idioms (occlusion / absent flow): "Blood flow in the left VA is not revealed.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ["Blood flow in the left VA isn't revealed."],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['Dissection: R - no,\nL - yes.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['Dissection: R - no, L - yes (see images).'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection: right — no, left — yes.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection: right — no, sin. — yes.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['Dissection: right – no;\nleft – yes.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['Dissection on the right: no\nOn the left: yes.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['Dissection on the right: no.\rOn the left: yes.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection: right - no; left - yes (3 cm, V2-V3).")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection: right - no; left - yes [3 cm, V2-V3].'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Occlusion: right - no, left - yes.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Occlusion: right - no,\nleft - yes.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Occlusion: right - no, left - yes.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Occlusion: right - no, sin. - yes.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "Occlusion: right - no, left - yes.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Occlusion: right - no, left - yes (see images).'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['Flow:\n- right - present, left - absent.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['Flow : right - present, left - absent.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "PSV (cm/s): right 45, left 0.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['PSV [cm/s]: right 45, left 0.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['PSV right/left — 45/0 cm/s.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 A4 value lines (occlusion / flow): "| VA | PSV, cm/s |\\n| right | 45 |\\n| left | 0 |")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['| VA | PSV, cm/s |\n| right | 45 |\n| L | 0 |'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
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
    ['VA (left): V = 0 cm/s.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
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
    ['VA sin.: V = 0 cm/s.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
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
    ['Left vertebral a.: V = 0 cm/s.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
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
    ['Flow in the left-sided VA is zero.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A5 layouts (brackets, pipes, lists): "Stenosis no / occlusion no / dissection yes")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Stenosis no / occlusion no / dissection yes (see images).'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end (judgement)',
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
    ['Dissection: D - no,\nS - yes.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end (judgement)',
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
    ['Dissection: D - no, S - yes (see images).'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING (§9 acute imaging: acute infarct in a report <= 14 days -> emergency); §5 stroke <= 180 d (variant of r9 B1 posterior stroke, acute (MRI 5 days old): "Left cerebellar infarct (acute on DWI).")',
      study: ['mri', 'head', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left cerebellar infarct [acute on DWI].'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['DWI:\n- bright lesion in the left cerebellum.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['DWI : bright lesion in the left cerebellum.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
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
    ['Hyperdense L vertebral artery sign.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: '§5 stroke item only: a haemorrhage without an acute / fresh word gives no urgency under §9 (emergency is a judgement call) (variant of r9 B1 posterior stroke, acute (CT 2 days old) (no acuity word: strict stroke item): "Hyperdense haematoma in the left cerebellum.")',
      study: ['msct', 'head', '2026-11-18'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Hyperdense haematoma in the L cerebellum.'],
  ),
  ...texts(
    {
      round: 11,
      family: 'r11 M9 wording and units: "isn\'t", "cm/s.", "infarction"',
      rule: '§9 acute imaging (occlusion / absent flow / dissection in a report <= 14 d); §5 (variant of r9 C4 vessel finding read in a cervical-spine study: "The left vertebral artery flow void is not seen.")',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ["The left vertebral artery flow void isn't seen."],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: '§9 acute imaging (occlusion / absent flow / dissection in a report <= 14 d); §5 (variant of r9 C4 vessel finding read in a cervical-spine study: "No flow void in the left VA.")',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['No flow void in the left-sided VA.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: '§9 acute imaging (occlusion / absent flow / dissection in a report <= 14 d); §5 (variant of r9 C4 vessel finding read in a cervical-spine study: "No flow void in the left VA.")',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['No flow void in the left vertebral a.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['Left vertebral artery:\n- flow void absent.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: '§9 acute imaging (occlusion / absent flow / dissection in a report <= 14 d); §5 (variant of r9 C4 vessel finding read in a cervical-spine study: "Left VA occluded at C5.")',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['VA sin. occluded at C5.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: '§5 stroke item (any reading of an infarct, onset unknown) (variant of r9 C4 vessel / brain finding read in a cervical-spine study: "Hyperintense T2 signal in the left lateral medulla, consistent with infarct.")',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Hyperintense T2 signal in the left lateral medulla,\nconsistent with infarct.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: '§5 collar-zone massage item thyroid-disease (variant of r9 C4 thyroid read in another region: "Thyroid: nodule in the right lobe 9 mm.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { czm: 'contraindicated' },
    },
    ['Thyroid:\n- nodule in the right lobe 9 mm.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: '§5 collar-zone massage item thyroid-disease (variant of r9 C4 thyroid read in another region: "Thyroid: nodule in the right lobe 9 mm.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { czm: 'contraindicated' },
    },
    ['Thyroid : nodule in the right lobe 9 mm.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA: PSV 22 cm/s (N 40-60), reduced.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA: PSV 22 cm/s [N 40-60], reduced.'],
  ),
  ...texts(
    {
      round: 11,
      family: 'r11 M9 wording and units: "isn\'t", "cm/s.", "infarction"',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA: PSV 22 cm/s (N 40-60), reduced.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA: PSV 22 cm/s. (N 40-60), reduced.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "On rotation of the head to the right the flow in the left VA decreases by 60%.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['On rotation of the head to the right the flow in the left-sided VA decreases by 60%.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M7 the side or the artery written another way: "L VA" without a stop, Latin "sin.", "VA (left)", "VA sin.", "left-sided VA", "vertebral a."',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "On rotation of the head to the right the flow in the left VA decreases by 60%.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['On rotation of the head to the right the flow in the VA (left) decreases by 60%.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['Left VA : absent colour and spectral Doppler signal.'],
  ),
  ...texts(
    {
      round: 11,
      family: 'r11 M9 wording and units: "isn\'t", "cm/s.", "infarction"',
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
    ["Left VA isn't insonated."],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
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
    ['Left VA — cannot be traced.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING (§9: VA occlusion / absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, §5) (variant of r10 M1 value lines broken by a line break, a semicolon or a slash (no flow): "Blood flow: right – registered; left – not registered.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Blood flow: right – registered;\nleft – not registered.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING (§9: VA occlusion / absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, §5) (variant of r10 M1 value lines broken by a line break, a semicolon or a slash (no flow): "Flow\\nRight: antegrade\\nLeft: absent")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Flow\nRight — antegrade\nLeft — absent'],
  ),
  ...texts(
    {
      round: 11,
      family: 'r11 M9 wording and units: "isn\'t", "cm/s.", "infarction"',
      rule: 'URG-ACUTE-IMAGING (§9: VA occlusion / absent flow in a report <= 14 d -> emergency; emergency contraindicates all four, §5) (variant of r10 M1 value lines broken by a line break, a semicolon or a slash (no flow): "PSV (cm/s): right 45, left 0.0")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['PSV (cm/s.): right 45, left 0.0'],
  ),
  ...texts(
    {
      round: 11,
      family: 'r11 M9 wording and units: "isn\'t", "cm/s.", "infarction"',
      rule: '§5 / §8: any reading of an infarct or haemorrhage gives a stroke, onset unknown = recent -> manipulation and collar-zone massage contraindicated (FS-7) (variant of r10 M5 stroke without an acuity word: blood, malacia, ischaemic, cord infarct (onset unknown = recent): "Old lacunar infarct.")',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Old lacunar infarction.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection: R - no, L - yes.") (variant of r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: "Dissection: R - no; L - yes.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection: R - no;\nL - yes.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection: right – no; left – yes.") (variant of r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: "Dissection: right – no; lt – yes.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection: right – no;\nlt – yes.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING + dissection item (§9 acute imaging; §4; §5 table) (variant of r9 A4 value lines (dissection): "Dissection on the right: no. On the left: yes.") (variant of r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: "Dissection on the right: no. On the L.: yes.")',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection on the right: no.\rOn the L.: yes.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: '§3 high = two triad features + imaging narrowing -> §5 manipulation contraindicated, collar-zone massage not-cleared (variant of r9 D1 Doppler narrowing wording + headache + dizziness: "Left VA: PSV 22 cm/s - reduced.") (variant of r10 M8 layout and punctuation: a line break after a colon, ; for , dash for colon, brackets, CRLF: "Left VA: PSV 22 cm/s: reduced.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      findings: { headache: true, dizziness: true },
      expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
    },
    ['Left VA:PSV 22 cm/s:reduced.'],
  ),
  ...texts(
    {
      round: 11,
      family:
        'r11 M8 layout: a line break after a comma or semicolon, "(see images)" after a value, "[...]", " : ", ":\\n- ", an em dash for a colon, a CR line end',
      rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 acute imaging) (variant of r9 D2 Doppler absent flow / occlusion wording: "Left VA: not located.") (variant of r10 M7 the side abbreviated or moved: L., Lt, LVA, "VA on the left", left-VA: "LVA: not located.")',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['LVA:not located.'],
  ),
];
