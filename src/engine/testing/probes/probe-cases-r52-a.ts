/**
 * Reviewer probes, round 52 (/tmp/probe52/head.md: report-text vignettes and bad input against
 * 633b411), first part: long templates with one abnormal line buried among normal lines under a
 * normal impression (L1-L6) and addenda (D1-D5).
 * The round's 74 vignettes: probe-cases-r52-a.ts (L, D), -b.ts (K, C), -c.ts (U, T1-T8, M1-M5,
 * R), -d.ts (N1-N16), -e.ts (S, E, Z1, Z2); its bad-input files are validate-r52.spec.ts.
 * PROBE_BASE (every intake finding answered "no", a clean cervical X-ray of 2026-10-01, assessed
 * 2026-11-20) with the studies, sessions and referral written, as in the round's harness
 * (helpers in probe-r52-lib.ts). Expectations are the round's: lower bounds for misses, upper
 * bounds for false alarms (the course and VAS bounds as the sets within them, as in
 * probe-r51-lib.ts). All pass on main; test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import {
  CLEAR,
  EMER,
  HIGH2,
  HIGH2_T,
  rep,
  st,
  TRI2,
  UVA,
  UVA_T,
  vignette,
  type Bounds,
} from './probe-r52-lib';

const FAMILY = 'r52 A a long template with one abnormal line, an addendum (s5, s8, s9, FS-7)';
const probes: Probe[] = [];
const A = (
  id: string,
  kind: 'miss' | 'false-alarm' | 'control',
  d: Parameters<typeof vignette>[4],
  b: Bounds,
  rule: string,
): void => vignette(probes, FAMILY, id, kind, d, b, rule);

// ---- L: long full templates with one abnormal line buried among normal lines
const MRI_T = (buried: string, impression = 'No acute intracranial abnormality.') =>
  rep(
    'MRI BRAIN WITHOUT AND WITH CONTRAST',
    'Clinical information: 52M, dizziness and unsteadiness for 3 days. ?posterior circulation.',
    'Technique: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI, coronal T2, post-contrast 3D T1.',
    'Comparison: None.',
    'Findings:',
    'Supratentorial brain: Normal grey-white matter differentiation. No mass, no midline shift.',
    'Ventricles and sulci: Normal in size and configuration for age.',
    'Extra-axial spaces: No collection.',
    'White matter: A few punctate nonspecific T2/FLAIR hyperintensities, within normal limits for age.',
    'Basal ganglia and thalami: Normal.',
    'Brainstem: Normal signal and morphology.',
    buried,
    'Fourth ventricle: Normal.',
    'Susceptibility: No microhaemorrhage. No siderosis.',
    'Enhancement: No abnormal enhancement.',
    'Intracranial flow voids: Normal flow voids of the internal carotid, basilar and vertebral arteries.',
    'Pituitary and sella: Normal.',
    'Orbits: Normal.',
    'Paranasal sinuses and mastoids: Clear.',
    'Calvarium and scalp: Normal.',
    'Craniocervical junction: Normal. Cerebellar tonsils above the foramen magnum.',
    'Impression:',
    impression,
  );
A(
  'L1',
  'miss',
  {
    add: [
      st(
        'mri',
        'head',
        3,
        MRI_T(
          'Cerebellum: Small focus of restricted diffusion in the left inferior cerebellar hemisphere (PICA territory) with corresponding FLAIR hyperintensity, consistent with acute infarct.',
        ),
      ),
    ],
  },
  EMER,
  'an acute infarct in a report 3 d old, one line in a 24-line template whose impression says "no acute abnormality" (s9 acute imaging: emergency; FS-7 text adds; s8 present wins)',
);
const CTA_T = (leftVA: string, impression = 'No acute vascular abnormality of the neck.') =>
  rep(
    'CT ANGIOGRAPHY OF THE NECK',
    'Indication: 41F, left neck pain and occipital headache after yoga. Assess vessels.',
    'Technique: Arterial phase helical CT from the aortic arch to the vertex with multiplanar and MIP reformats. 70 mL Omnipaque 350.',
    'Comparison: None.',
    'Findings:',
    'Aortic arch: Normal three-vessel branching. No stenosis.',
    'Right common carotid artery: Normal.',
    'Right internal carotid artery: Normal calibre, no stenosis, no dissection.',
    'Left common carotid artery: Normal.',
    'Left internal carotid artery: Normal calibre, no stenosis, no dissection.',
    'Right vertebral artery: Dominant. V1-V4 normal calibre and opacification.',
    `Left vertebral artery: ${leftVA}`,
    'Basilar artery: Normal.',
    'Circle of Willis: Complete, normal variants only.',
    'Soft tissues of the neck: Normal.',
    'Lung apices: Clear.',
    'Cervical spine: Mild multilevel degenerative change, no acute fracture.',
    'Impression:',
    impression,
  );
A(
  'L2',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        2,
        CTA_T(
          'V1 and V2 normal. V3: abrupt tapering over 12 mm with a thin linear filling defect, consistent with an intimal flap. V4 normal.',
        ),
      ),
    ],
  },
  EMER,
  'an intimal flap of the left V3 in a CTA 2 d old, buried under a normal impression (s9: dissection in a report <=14 d -> emergency; s5 dissection)',
);
A(
  'L3',
  'miss',
  {
    add: [
      st(
        'xray',
        'cervical-spine',
        10,
        rep(
          'RADIOGRAPH CERVICAL SPINE, 4 VIEWS',
          'Clinical: chronic neck pain.',
          'Findings:',
          'Alignment: Normal. Cervical lordosis preserved.',
          'Vertebral bodies: Normal height. No fracture.',
          'Disc spaces: Mild narrowing C5-C6.',
          'Facet joints: Normal.',
          'Uncovertebral joints: Hypertrophic uncovertebral arthrosis at C5-C6 on the left, mild foraminal narrowing.',
          'Prevertebral soft tissues: Normal.',
          'Odontoid: Intact. Atlanto-dental interval normal.',
          'Flexion/extension: No instability.',
          'Impression:',
          'Mild degenerative change. No acute abnormality.',
        ),
      ),
    ],
  },
  UVA,
  UVA_T + '; one line of a 12-line template, impression "mild degenerative change"',
);
A(
  'L4',
  'miss',
  {
    findings: TRI2,
    add: [
      st(
        'doppler',
        'neck-vessels',
        14,
        rep(
          'DUPLEX ULTRASOUND OF THE EXTRACRANIAL ARTERIES',
          'Indication: dizziness, occipital headache.',
          'Right CCA: normal, PSV 78 cm/s.',
          'Right ICA: no plaque, PSV 64 cm/s.',
          'Right ECA: normal.',
          'Left CCA: normal, PSV 81 cm/s.',
          'Left ICA: no plaque, PSV 70 cm/s.',
          'Left ECA: normal.',
          'Right VA: antegrade, V1-V2 normal waveform, diameter 3.8 mm.',
          'Left VA: antegrade; in V2 the lumen is narrowed to 1.9 mm at C5-C6 with PSV reduced to 19 cm/s.',
          'Subclavian arteries: triphasic bilaterally.',
          'Conclusion: No haemodynamically significant carotid stenosis.',
        ),
      ),
    ],
  },
  HIGH2,
  HIGH2_T +
    '; the narrowing is one line of a 12-line duplex whose conclusion speaks of the carotids only',
);
A(
  'L5',
  'miss',
  {
    add: [
      st(
        'mri',
        'cervical-spine',
        20,
        rep(
          'MRI CERVICAL SPINE',
          'Clinical: neck pain, hand clumsiness.',
          'Findings:',
          'Alignment: Normal.',
          'Craniocervical junction: Normal.',
          'C2-C3: Normal.',
          'C3-C4: Normal.',
          'C4-C5: Small disc bulge, no stenosis.',
          'C5-C6: Broad disc protrusion with moderate canal stenosis, effacement of CSF and focal T2 hyperintense signal in the cord consistent with compressive myelopathy.',
          'C6-C7: Normal.',
          'C7-T1: Normal.',
          'Paravertebral soft tissues: Normal.',
          'Impression: Degenerative disc disease C4-C6.',
        ),
      ),
    ],
  },
  { manip: 'contraindicated' },
  'compressive myelopathy on one line of a level-by-level MRI (s5 FR myelopathy): manip contraindicated',
);
A(
  'L6',
  'false-alarm',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        5,
        CTA_T(
          'Non-dominant, normal calibre throughout V1-V4, no stenosis, no dissection, no occlusion.',
          'Normal CTA of the neck. No dissection, no stenosis, no occlusion. No acute infarct or haemorrhage in the imaged brain.',
        ),
      ),
    ],
  },
  CLEAR,
  'a normal 18-line CTA listing only denials (FS-7: negated readings never raise): all four clear, urgency none',
);

// ---- D: addenda
A(
  'D1',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        3,
        rep(
          CTA_T('Normal calibre, patent, no dissection.'),
          'ADDENDUM (2026-11-18): On review with the neuroradiologist, a left V3 dissection is present: short intimal flap at C1 with 40% luminal narrowing. Referring team informed by telephone.',
        ),
      ),
    ],
  },
  EMER,
  'the report body says no dissection, the addendum says a left V3 dissection is present (s8 present wins; s9 report <=14 d -> emergency)',
);
A(
  'D2',
  'miss',
  {
    add: [
      st(
        'mri',
        'head',
        4,
        rep(
          MRI_T('Cerebellum: Normal.'),
          'ADDENDUM: On re-review of the DWI sequence, a 6 mm focus of restricted diffusion is noted in the right inferior cerebellum (PICA territory), consistent with an acute infarct. This changes the impression.',
        ),
      ),
    ],
  },
  EMER,
  'acute infarct in an addendum to a normal MRI 4 d old (s9: emergency)',
);
A(
  'D3',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        3,
        rep(
          'CTA NECK',
          'Findings: Left V3 segment: irregular narrowing with an intimal flap, consistent with dissection. Other vessels normal.',
          'Impression: Left vertebral artery dissection.',
          'ADDENDUM: On further review the appearance at left V3 is felt more likely to represent flow artefact; dissection is less likely. Consider MRA.',
        ),
      ),
    ],
  },
  { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
  'body and impression read a dissection; the addendum calls it "more likely artefact, dissection less likely" (FS-7: text never makes a finding absent; s8 only rejection removes a reading, present wins): at least unknown -> not-cleared everywhere (an emergency red flag unknown holds all four, s5 table)',
);
A(
  'D4',
  'miss',
  {
    add: [
      st(
        'mri',
        'head',
        2,
        rep(
          'MRI BRAIN AND MRA',
          'Findings: No acute infarct. Flow voids normal.',
          'Impression: Normal.',
          'ADDENDUM: LEFT VERTEBRAL ARTERY DISSECTION CONFIRMED ON FAT-SATURATED T1 SOURCE IMAGES (CRESCENTIC INTRAMURAL HAEMATOMA, V3).',
        ),
      ),
    ],
  },
  EMER,
  'a dissection in a capitalised addendum, report 2 d old (s9: emergency)',
);
A(
  'D5',
  'miss',
  {
    add: [
      st(
        'xray',
        'cervical-spine',
        8,
        rep(
          'XR CERVICAL SPINE',
          'Findings: Lordosis preserved. No fracture. Disc spaces maintained.',
          'Impression: Normal study.',
          'Addendum: on the oblique views there is uncovertebral arthrosis at C5-C6 narrowing the left neural foramen.',
        ),
      ),
    ],
  },
  UVA,
  UVA_T + ' (in an addendum to a "normal study")',
);

export const ROUND_52_A: readonly Probe[] = probes;
