/**
 * Reviewer probes, round 8 (part d): whole case files h55-h27 of the round's harness
 * (a_hidden.py, /tmp/probe8), with its expectations as run.py checks them.
 */
import type { Probe } from './probe-model';
import { d, findings, img, normal, sess, wholeCase, r8 } from './probe-r8-lib';

export const ROUND_8_D: readonly Probe[] = [
  // h55
  r8(
    'r8 a_hidden.py',
    'h55',
    'Eliquis (apixaban) in the medication list, anticoagulants answered no',
    '§5 precaution: anticoagulants; FS-3',
    wholeCase(
      'h55',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [],
      [{ name: 'Eliquis 5 mg', form: 'tablet', start: d(200) }],
      { age: 52 },
    ),
    { manip: 'caution' },
  ),
  // h56
  r8(
    'r8 a_hidden.py',
    'h56',
    'Xarelto 20 mg (rivaroxaban), anticoagulants unknown',
    '§5 precaution: anticoagulants',
    wholeCase(
      'h56',
      findings({ anticoagulants: null }),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [],
      [{ name: 'Xarelto 20mg', form: 'tablet', start: d(400) }],
      { age: 50 },
    ),
    { manip: 'caution' },
  ),
  // h57
  r8(
    'r8 a_hidden.py',
    'h57',
    'tramadol capsules 10 days, form "capsule"',
    '§6 concerning',
    wholeCase(
      'h57',
      findings(),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(14, 'back-massage', { painBefore: 7, painAfter: 6 }),
        sess(11, 'back-massage', { painBefore: 6, painAfter: 5 }),
        sess(8, 'back-massage'),
      ],
      [{ name: 'Tramadol 50 mg', form: 'capsule', start: d(15), end: d(6) }],
    ),
    { course: ['concerning', 'stop'] },
  ),
  // h60
  r8(
    'r8 a_hidden.py',
    'h60',
    'patient aged 16',
    '§5 precaution: age < 18 (manipulation caution)',
    wholeCase('h60', findings(), [normal('XR_UK', 40), normal('DUP_UK', 35)], [], [], {
      age: 16,
      sex: 'male',
    }),
    { manip: 'caution', rules: { manip: ['MANIP-AGE'] } },
  ),
  // h61
  r8(
    'r8 a_hidden.py',
    'h61',
    'patient aged 61',
    '§5 precaution: age > 55',
    wholeCase('h61', findings(), [normal('XR_UK', 40), normal('DUP_UK', 35)], [], [], { age: 61 }),
    { manip: 'caution', rules: { manip: ['MANIP-AGE'] } },
  ),
  // h62
  r8(
    'r8 a_hidden.py',
    'h62',
    'stroke entered with onset 150 days ago',
    '§5 stroke <=180 d -> contraindicated (M, CZM)',
    wholeCase(
      'h62',
      findings({ stroke: { present: true, onset: d(150) } }),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [],
      [],
      { age: 54 },
    ),
    { manip: 'contraindicated', czm: 'contraindicated' },
  ),
  // h63
  r8(
    'r8 a_hidden.py',
    'h63',
    'recent-neck-massage (undated) with numbness of old onset (60 days)',
    '§9: red flag together with recent-neck-massage -> emergency',
    wholeCase(
      'h63',
      findings({ numbness: { present: true, onset: d(60) }, 'recent-neck-massage': true }),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
    ),
    { ex: 'contraindicated', urg: 'emergency' },
  ),
  // h64
  r8(
    'r8 a_hidden.py',
    'h64',
    'new-unusual-headache 5 days ago, 9 days after a logged cervical-manipulation session',
    '§9 prodrome: emergency with a logged manipulation in the 14 days before',
    wholeCase(
      'h64',
      findings({ 'new-unusual-headache': { present: true, onset: d(5) } }),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(20, 'cervical-manipulation'),
        sess(14, 'cervical-manipulation', { painBefore: 4, painAfter: 3 }),
      ],
    ),
    { urg: 'emergency' },
  ),
  // h65
  r8(
    'r8 a_hidden.py',
    'h65',
    'dizziness-on-head-rotation positive on examination',
    '§9 MANIP-ROTATION / CZM-ROTATION',
    wholeCase('h65', findings({ 'dizziness-on-head-rotation': true }), [
      normal('XR_UK', 40),
      normal('DUP_UK', 35),
    ]),
    {
      manip: 'contraindicated',
      czm: 'not-cleared',
      rules: { manip: ['MANIP-ROTATION'], czm: ['CZM-ROTATION'] },
    },
  ),
  // h66
  r8(
    'r8 a_hidden.py',
    'h66',
    'dizziness began 8 days ago, 3 days after a logged collar-zone massage (not logged as a newSymptom)',
    '§9 triad after neck massage -> urgent',
    wholeCase(
      'h66',
      findings({ dizziness: { present: true, onset: d(8) } }),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
      [
        sess(14, 'collar-zone-massage'),
        sess(11, 'collar-zone-massage', { painBefore: 4, painAfter: 3 }),
      ],
    ),
    { czm: 'not-cleared', urg: 'urgent' },
  ),
  // h67
  r8(
    'r8 a_hidden.py',
    'h67',
    'neck injury 90 days ago (whiplash), entered with onset',
    '§5 neck-injury (<=180 d) -> CZM/BM contraindicated',
    wholeCase(
      'h67',
      findings({
        'neck-injury': { present: true, onset: d(90), note: 'whiplash, rear-end collision' },
      }),
      [normal('XR_UK', 40), normal('DUP_UK', 35)],
    ),
    { czm: 'contraindicated', bm: 'contraindicated' },
  ),
  // h68
  r8(
    'r8 a_hidden.py',
    'h68',
    'chronic-disease exacerbation (RA flare this week)',
    '§5 exercise contraindicated; CZM/BM contraindicated',
    wholeCase('h68', findings({ 'chronic-disease-exacerbation': { present: true, onset: d(4) } }), [
      normal('XR_UK', 40),
      normal('DUP_UK', 35),
    ]),
    { czm: 'contraindicated', bm: 'contraindicated', ex: 'contraindicated' },
  ),
  // h03b
  r8(
    'r8 a_hidden.py',
    'h03b',
    'h03 with the clinician answering uncovertebral arthrosis "no" (the word is not in the report)',
    '§5 manipulation; FS-3',
    wholeCase(
      'h03b',
      findings(),
      [
        img(
          'xray',
          'cervical-spine',
          30,
          `XR CERVICAL SPINE AP/LATERAL/OBLIQUES
Clinical details: Neck pain with intermittent right arm paraesthesia.
Findings:
Straightening of the cervical lordosis. Disc space narrowing at C5/6 and C6/7.
Osteophytes arise from the uncinate processes at C5/6 bilaterally and encroach on the exit foramina on the oblique views.
Facet joints are unremarkable. Odontoid peg intact.
Impression:
Degenerative change C5/6 and C6/7 as described.`,
        ),
        normal('DUP_UK', 20),
      ],
      [],
      [],
      { name: 'Synthetic h03' },
    ),
    { manip: 'contraindicated' },
  ),
  // h24
  r8(
    'r8 a_hidden.py',
    'h24',
    'short-segment right V3 occlusion with distal reconstitution (US CTA, 6 days)',
    '§9 acute imaging: occlusion <= 14 d',
    wholeCase('h24', findings(), [
      normal('MRI_US', 60),
      img(
        'cta',
        'neck-vessels',
        6,
        `CTA HEAD AND NECK
INDICATION: Neck pain, right-sided. Evaluate vasculature.
FINDINGS:
Carotids: Patent without stenosis.
Right vertebral artery: Normal V1 and V2. Abrupt cutoff of opacification in the V3 segment at C1-C2 with reconstitution
of the distal V4 segment via muscular collaterals.
Left vertebral artery: Dominant, normal.
Basilar artery: Patent.
IMPRESSION:
Short-segment occlusion of the right vertebral artery V3 segment with distal reconstitution.`,
      ),
    ]),
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  ),
  // h25
  r8(
    'r8 a_hidden.py',
    'h25',
    'established (old) right PICA infarct on a UK head MRI: stroke, onset unknown',
    '§5 stroke from imaging (onset unknown = recent)',
    wholeCase(
      'h25',
      findings(),
      [
        normal('XR_UK', 40),
        normal('DUP_UK', 35),
        img(
          'mri',
          'head',
          40,
          `MRI HEAD
Clinical details: Intermittent dizziness? no. Baseline before manual therapy.
Findings:
Established infarct in the right inferior cerebellar hemisphere (PICA territory) with volume loss. No restricted diffusion.
No haemorrhage. Supratentorial appearances normal.
Conclusion:
Old right PICA territory infarct.`,
        ),
      ],
      [],
      [],
      { age: 53 },
    ),
    { manip: 'contraindicated', czm: 'contraindicated' },
  ),
  // h26
  r8(
    'r8 a_hidden.py',
    'h26',
    'Russian duplex conclusion "signs of dissection of the left VA are not excluded" (hedged)',
    'FS-7 uncertain = unknown; §5 all four: dissection unknown -> not-cleared',
    wholeCase('h26', findings(), [
      normal('XR_RU', 60),
      img(
        'doppler',
        'neck-vessels',
        5,
        `Duplex scanning of the brachiocephalic arteries
CCA, ICA on both sides are passable. Right VA: diameter 3.6 mm, LBFV 45 cm/s.
Left VA: in the V2 segment at the C4-C5 level a local narrowing of the lumen with a linear hyperechoic structure is visualised,
LBFV in the zone 110 cm/s.
Conclusion: signs of dissection of the left VA are not excluded; CT angiography is recommended.`,
      ),
    ]),
    { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
  ),
  // h27
  r8(
    'r8 a_hidden.py',
    'h27',
    'acute infarct in a head MRI 100 d old, clinician dated the stroke 300 d ago (older)',
    '§8 clinician onset dates the reading -> caution; §9 report 15-180 d -> urgent',
    wholeCase('h27', findings({ stroke: { present: true, onset: d(300) } }), [
      normal('XR_UK', 40),
      normal('DUP_UK', 35),
      img(
        'mri',
        'head',
        100,
        `MRI BRAIN
FINDINGS: Acute infarct in the left cerebellar hemisphere with restricted diffusion.
IMPRESSION: Acute left cerebellar infarct.`,
      ),
    ]),
    { manip: 'caution', czm: 'caution', urg: 'urgent' },
  ),
];
