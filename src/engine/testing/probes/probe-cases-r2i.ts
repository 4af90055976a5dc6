/** Reviewer probes, round 2 (part i): generated from the round's throw-away harness, deduplicated. */
import { one, S, texts, type Probe } from './probe-model';

export const ROUND_2_I: readonly Probe[] = [
  ...texts(
    {
      round: 2,
      family: 'r2 p7.py',
      rule: '§9 dissection',
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
      'Conclusion: picture corresponding to dissection of the left VA.',
      'Conclusion: ultrasound signs of left VA dissection.',
    ],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p7.py',
      rule: '§9 quotes',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: "dissection".'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p7.py',
      rule: '§9 guillemets',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: «dissection».'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p7.py',
      rule: '§9 curly quotes',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA ‘occluded’.'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p7.py',
      rule: '§9 no space after colon',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA:occluded.'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p7.py',
      rule: '§9 hyphen join',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA-occluded.'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p7.py',
      rule: '§9 no space after ;',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA occluded;right VA patent.'],
  ),
  ...texts(
    {
      round: 2,
      family: 'r2 p7.py',
      rule: '§9 lowercase, no period',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['left va occluded'],
  ),
  one({
    round: 2,
    family: 'r2 p7.py',
    name: 'rejected in one study, read in another',
    rule: '§8',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-11-15', 'Left VA dissection.', {
          rejectedFindings: ['vertebral-artery-dissection'],
        }),
        S('mra', 'neck-vessels', '2026-11-16', 'Left VA dissection confirmed.'),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 2,
    family: 'r2 p7.py',
    name: 'confirmed findings[] dissection, report silent',
    rule: '§4 onset unknown',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-11-15', 'See above.', {
          findings: ['vertebral-artery-dissection'],
        }),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'contraindicated', urg: 'emergency' },
  }),
  one({
    round: 2,
    family: 'r2 p7.py',
    name: 'confirmed findings[] stroke in recent report, report silent',
    rule: '§5 onset unknown',
    delta: { add: [S('mri', 'head', '2026-11-15', 'See above.', { findings: ['stroke'] })] },
    expect: { manip: 'contraindicated', czm: 'contraindicated' },
  }),
  one({
    round: 2,
    family: 'r2 p7.py',
    name: 'findings[] vertebral-artery-narrowing + 2 triad',
    rule: '§3',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [
        S('doppler', 'neck-vessels', '2026-11-15', 'See conclusion.', {
          findings: ['vertebral-artery-narrowing'],
        }),
      ],
    },
    expect: { manip: 'contraindicated', czm: 'not-cleared', vas: ['high'] },
  }),
  one({
    round: 2,
    family: 'r2 p7.py',
    name: 'uncertain narrowing + 2 triad (could be high)',
    rule: '§5 czm row',
    delta: {
      findings: { headache: true, dizziness: true },
      add: [S('doppler', 'neck-vessels', '2026-11-15', 'Left VA stenosis cannot be excluded.')],
    },
    expect: { manip: 'not-cleared', czm: 'not-cleared' },
  }),
  one({
    round: 2,
    family: 'r2 p7.py',
    name: 'uncertain UA',
    rule: 'FS-2',
    delta: {
      add: [S('xray', 'cervical-spine', '2026-11-15', 'Possible uncovertebral arthrosis C5-6.')],
    },
    expect: { manip: 'not-cleared' },
  }),
  one({
    round: 2,
    family: 'r2 p7.py',
    name: 'VBI read -> confirmed',
    rule: '§3',
    delta: { add: [S('doppler', 'neck-vessels', '2026-11-15', 'Vertebrobasilar insufficiency.')] },
    expect: { manip: 'contraindicated', czm: 'contraindicated', vas: ['confirmed'] },
  }),
  one({
    round: 2,
    family: 'r2 p7.py',
    name: 'stroke read old report, clinician tia false',
    rule: '§8',
    delta: { add: [S('mri', 'head', '2020-01-01', 'Old lacunar infarct.')] },
    expect: { manip: 'contraindicated', czm: 'contraindicated' },
  }),
];
