/** Reviewer probes, round 3 (part c): generated from the round's throw-away harness, deduplicated. */
import { texts, type Probe } from './probe-model';

export const ROUND_3_C: readonly Probe[] = [
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'Metastatic disease of the cervical spine.',
      'Multiple myeloma lesions in C4.',
      'Plasmacytoma of C3.',
      'Lymphoma involving the C5 vertebral body.',
      'Malignant lesion of C4.',
      'Suspicious for neoplasm in C5 vertebral body.',
    ],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5 osteoporosis',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    ['Osteopenia.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5 spondylodiscitis',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    ['Discitis at C5-6.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5 spinal tumour',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: { czm: 'contraindicated', bm: 'contraindicated' },
    },
    ['Schwannoma at the C3 level.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: { czm: 'contraindicated', bm: 'contraindicated' },
    },
    [
      'Meningioma at C2.',
      'Syrinx C4-C7.',
      'Perineural (Tarlov) cyst at C7.',
      'Arachnoid cyst at C3.',
      'Ependymoma of the cervical cord.',
    ],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5 thyroid',
      study: ['msct', 'cervical-spine', '2026-11-15'],
      expect: { czm: 'contraindicated' },
    },
    ['Goiter.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5',
      study: ['msct', 'cervical-spine', '2026-11-15'],
      expect: { czm: 'contraindicated' },
    },
    [
      'Multinodular goitre.',
      'Incidental thyroid nodule 15 mm.',
      'Thyroid nodules noted.',
      'Heterogeneous thyroid gland.',
    ],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5 brain tumour',
      study: ['mri', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Glioblastoma in the right temporal lobe.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5',
      study: ['mri', 'head', '2026-11-15'],
      expect: { czm: 'contraindicated' },
    },
    ['Space-occupying lesion in the posterior fossa.', 'Posterior fossa mass.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5',
      study: ['mri', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    ['Meningeal enhancement consistent with meningitis.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5 laxity?',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    ['Ankylosing spondylitis with fused cervical spine.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a2.py',
      rule: '§5 instability precaution',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'caution' },
    },
    ['Anterolisthesis of C4 on C5 increasing on flexion.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§5/FS-8',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'caution' },
    },
    ['Left VA: not normal.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§5',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'caution' },
    },
    ['The left VA is not of normal calibre.', 'Vertebral arteries: not within normal limits.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§9 absent flow',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: no Doppler signal.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§9 hedged absent flow',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Unable to insonate the left VA.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§9',
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
      'No antegrade flow in the left VA.',
      'Left VA: flow signal absent.',
      'Normal flow in the right VA and absent flow in the left.',
    ],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§9 checklist',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Occlusion: yes (left VA).', 'Left VA dissection: yes.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§9',
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
      'Dissection: positive (left VA).',
      'Left VA dissection - positive.',
      'IMPRESSION: Positive for left vertebral artery dissection.',
      'Query left VA dissection.',
      'Concerning for left VA dissection.',
      'Worrisome for dissection of the left vertebral artery.',
      'Differential includes left VA dissection.',
      'Compatible with left VA dissection.',
      'Presumed left VA dissection.',
      'Normal caliber of the right VA with occlusion of the left.',
      'No stenosis, occlusion of the left VA.',
      'No stenosis; occlusion of the left VA.',
      'Without significant stenosis on the right, the left VA is dissected.',
      'Vertebral arteries normal in calibre, the left with intramural haematoma.',
      'No hemodynamically significant stenosis of the carotids. Left vertebral occluded.',
      'Carotids patent. Left vertebral artery not patent.',
      'ICA: normal. VA: left occluded.',
    ],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§9 query',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Left VA: ? dissection.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§9 differential',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Dissection versus hypoplasia of the left VA.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§9 stable',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: {
        manip: 'contraindicated',
        czm: 'contraindicated',
        bm: 'contraindicated',
        ex: 'contraindicated',
        urg: 'emergency',
      },
    },
    ['Known left VA dissection, unchanged.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§5 dissection any time',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Previously described left VA dissection has resolved.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§5',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Healed left VA dissection.', 'Interval resolution of the left VA dissection.'],
  ),
  ...texts(
    {
      round: 3,
      family: 'r3 a3.py',
      rule: '§5 prior occlusion',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    ['Recanalized left vertebral artery after prior occlusion.'],
  ),
];
