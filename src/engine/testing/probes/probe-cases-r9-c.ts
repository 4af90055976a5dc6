/** Reviewer probes, round 9 (part c): several studies in one case, undated and future-dated studies, findings read in another region, date boundaries of imaging. */
import { one, S, texts, type Probe } from './probe-model';

const FAM = 'r9 C1 several studies';
const E = {
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'contraindicated',
  ex: 'contraindicated',
  urg: 'emergency',
} as const;
const STROKE = { manip: 'contraindicated', czm: 'contraindicated' } as const;
const CTA_NORMAL = 'Normal vertebral arteries. No dissection, stenosis or occlusion.';
const MRI_NORMAL = 'No acute infarct. No haemorrhage. Normal brain.';

export const ROUND_9_C: readonly Probe[] = [
  one({
    round: 9,
    family: FAM,
    name: 'older CTA dissection (80 d) + newer normal CTA (5 d)',
    rule: '§5 dissection at any time; §4 dissection onset unknown -> emergency; FS-7 newer negative text cannot lower',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-09-01', 'Dissection of the left VA in V3.'),
        S('cta', 'neck-vessels', '2026-11-15', CTA_NORMAL),
      ],
    },
    expect: E,
  }),
  one({
    round: 9,
    family: FAM,
    name: 'newer normal CTA listed first, older dissection second',
    rule: '§5 dissection at any time; §4; FS-7',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-11-15', CTA_NORMAL),
        S('cta', 'neck-vessels', '2026-09-01', 'Dissection of the left VA in V3.'),
      ],
    },
    expect: E,
  }),
  one({
    round: 9,
    family: FAM,
    name: 'older normal CTA (80 d) + newer dissection on MRA (5 d)',
    rule: '§9 acute imaging; §4; §5',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-09-01', CTA_NORMAL),
        S('mra', 'neck-vessels', '2026-11-15', 'Intramural haematoma of the left V2 segment.'),
      ],
    },
    expect: E,
  }),
  one({
    round: 9,
    family: FAM,
    name: 'older acute cerebellar infarct (80 d) + newer MRI no acute infarct (5 d)',
    rule: '§8 text dates towards recent: onset = 80 d ago (<= 180) -> stroke item; §9 acute reading 15-180 d -> urgent',
    delta: {
      add: [
        S('mri', 'head', '2026-09-01', 'Acute infarct in the left cerebellum.'),
        S('mri', 'head', '2026-11-15', MRI_NORMAL),
      ],
    },
    expect: { ...STROKE, urg: 'urgent' },
  }),
  one({
    round: 9,
    family: FAM,
    name: 'acute infarct on CT (2 d) + same-week MRI normal (1 d)',
    rule: '§9 acute imaging; FS-3 present wins, FS-7',
    delta: {
      add: [
        S('msct', 'head', '2026-11-18', 'Acute infarct in the left PICA territory.'),
        S('mri', 'head', '2026-11-19', MRI_NORMAL),
      ],
    },
    expect: E,
  }),
  one({
    round: 9,
    family: FAM,
    name: 'same-day studies: Doppler normal, CTA occlusion',
    rule: '§9 acute imaging (occlusion)',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Vertebral arteries: flow antegrade, symmetric. No stenosis.',
        ),
        S('cta', 'neck-vessels', '2026-11-15', 'Left VA occluded from its origin.'),
      ],
    },
    expect: E,
  }),
  one({
    round: 9,
    family: FAM,
    name: 'dissection confirmed in `findings` of a study whose text is normal',
    rule: '§5 dissection; contract: findings are confirmed present',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-11-15', CTA_NORMAL, {
          findings: ['vertebral-artery-dissection'],
        }),
      ],
    },
    expect: E,
  }),
  one({
    round: 9,
    family: FAM,
    name: 'dissection rejected in one study, read in another',
    rule: '§8 only rejection removes a reading (of that study); FS-3',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-11-10', 'Dissection of the left VA.', {
          rejectedFindings: ['vertebral-artery-dissection'],
        }),
        S('mra', 'neck-vessels', '2026-11-15', 'Left V3 dissection with intramural haematoma.'),
      ],
    },
    expect: E,
  }),
  one({
    round: 9,
    family: FAM,
    name: 'absentFindings dissection on a newer study, older study reads it',
    rule: 'FS-3 present wins; §8 absentFindings is a clinician statement about that report',
    delta: {
      add: [
        S('cta', 'neck-vessels', '2026-09-01', 'Dissection of the left VA.'),
        S('cta', 'neck-vessels', '2026-11-15', CTA_NORMAL, {
          absentFindings: ['vertebral-artery-dissection'],
        }),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      conflict: 'vertebral-artery-dissection',
    },
  }),
  one({
    round: 9,
    family: FAM,
    name: 'clinician stroke onset 2 years ago + MRI 5 d reads acute cerebellar infarct',
    rule: '§8 with several sources the most recent onset counts; §9 acute imaging',
    delta: {
      findings: { stroke: { present: true, onset: '2024-11-01' } },
      add: [S('mri', 'head', '2026-11-15', 'Acute infarct in the left cerebellum.')],
    },
    expect: E,
  }),
  one({
    round: 9,
    family: FAM,
    name: 'clinician tia onset 2 years ago + MRI 40 d reads recent infarct',
    rule: '§8 most recent onset counts (stroke from text dated 40 d) -> stroke <= 180 d',
    delta: {
      findings: { tia: { present: true, onset: '2024-11-01' } },
      add: [S('mri', 'head', '2026-10-11', 'Recent infarct in the right thalamus.')],
    },
    expect: { ...STROKE, urg: 'urgent' },
  }),
  one({
    round: 9,
    family: FAM,
    name: 'clinician stroke onset 2 years ago + undated MRI with a cerebellar infarct',
    rule: '§8 an onset the clinician entered dates every other reading of the same finding -> older stroke -> caution (least cautious accepted)',
    delta: {
      findings: { stroke: { present: true, onset: '2024-11-01' } },
      add: [S('mri', 'head', null, 'Infarct in the left cerebellum.')],
    },
    expect: { manip: 'caution', czm: 'caution' },
  }),
  one({
    round: 9,
    family: 'r9 C2 undated / future-dated studies',
    name: 'undated CTA: left VA dissection',
    rule: '§4 dissection onset unknown -> emergency; §5',
    delta: { add: [S('cta', 'neck-vessels', null, 'Left VA dissection.')] },
    expect: E,
  }),
  one({
    round: 9,
    family: 'r9 C2 undated / future-dated studies',
    name: 'undated MRI: acute cerebellar infarct',
    rule: '§5 stroke onset unknown -> recent (urgency: judgement; an undated acute reading is not dated within 14 d)',
    delta: { add: [S('mri', 'head', null, 'Acute infarct in the left cerebellum.')] },
    expect: STROKE,
  }),
  one({
    round: 9,
    family: 'r9 C2 undated / future-dated studies',
    name: 'undated Doppler: left VA occlusion',
    rule: '§5: occlusion read as narrowing with occlusion; urgency from an undated report is a judgement call: at least manipulation caution',
    delta: { add: [S('doppler', 'neck-vessels', null, 'Left VA: no flow. Occlusion.')] },
    expect: { manip: 'caution' },
  }),
  one({
    round: 9,
    family: 'r9 C2 undated / future-dated studies',
    name: 'CTA dated after the assessment date (2026-12-01): dissection',
    rule: '§4 dissection onset unknown or <= 14 d -> emergency; a future date is not older than 14 days',
    delta: { add: [S('cta', 'neck-vessels', '2026-12-01', 'Left VA dissection.')] },
    expect: E,
  }),
  one({
    round: 9,
    family: 'r9 C2 undated / future-dated studies',
    name: 'MRI dated after the assessment date (2026-11-25): acute cerebellar infarct',
    rule: '§5 stroke item (judgement for urgency: a future report is not 15+ days old)',
    delta: { add: [S('mri', 'head', '2026-11-25', 'Acute infarct in the left cerebellum.')] },
    expect: E,
    note: 'judgement: urgency for a report dated in the future; stroke item contraindication is strict',
  }),
  one({
    round: 9,
    family: 'r9 C2 undated / future-dated studies',
    name: 'MRI dated next year (2027-03-01, date typo): acute cerebellar infarct',
    rule: '§5 stroke item: onset at worst unknown -> recent',
    delta: { add: [S('mri', 'head', '2027-03-01', 'Acute infarct in the left cerebellum.')] },
    expect: STROKE,
  }),
  one({
    round: 9,
    family: 'r9 C3 imaging date boundaries',
    name: 'acute infarct in MRI exactly 14 days old',
    rule: '§9 acute imaging: "within the last 14 days" -> emergency (15-180 d -> urgent)',
    delta: { add: [S('mri', 'head', '2026-11-06', 'Acute infarct in the left cerebellum.')] },
    expect: E,
  }),
  one({
    round: 9,
    family: 'r9 C3 imaging date boundaries',
    name: 'acute infarct in MRI 15 days old',
    rule: '§9 acute imaging 15-180 d -> urgent; §5 stroke <= 180 d',
    delta: { add: [S('mri', 'head', '2026-11-05', 'Acute infarct in the left cerebellum.')] },
    expect: { ...STROKE, urg: 'urgent', atMost: { urg: 'urgent' } },
  }),
  one({
    round: 9,
    family: 'r9 C3 imaging date boundaries',
    name: 'acute infarct in MRI exactly 180 days old',
    rule: '§9 acute imaging 15-180 d -> urgent; §5 stroke onset = report date, <= 180 d',
    delta: { add: [S('mri', 'head', '2026-05-24', 'Acute infarct in the left cerebellum.')] },
    expect: { ...STROKE, urg: 'urgent' },
  }),
  one({
    round: 9,
    family: 'r9 C3 imaging date boundaries',
    name: 'acute infarct in MRI 181 days old',
    rule: '§8: an acute reading in a report older than 180 days gives onset unknown -> treated as recent (contraindicated)',
    delta: { add: [S('mri', 'head', '2026-05-23', 'Acute infarct in the left cerebellum.')] },
    expect: STROKE,
  }),
  one({
    round: 9,
    family: 'r9 C3 imaging date boundaries',
    name: 'acute infarct in MRI 400 days old',
    rule: '§8: onset unknown -> recent (contraindicated)',
    delta: { add: [S('mri', 'head', '2025-10-16', 'Acute infarct in the left cerebellum.')] },
    expect: STROKE,
  }),
  one({
    round: 9,
    family: 'r9 C3 imaging date boundaries',
    name: 'leap year: acute infarct in MRI 14 days before 2028-03-01 (2028-02-16)',
    rule: '§9 acute imaging within 14 days -> emergency',
    delta: {
      assessedOn: '2028-03-01',
      add: [S('mri', 'head', '2028-02-16', 'Acute infarct in the left cerebellum.')],
    },
    expect: E,
  }),
  one({
    round: 9,
    family: 'r9 C3 imaging date boundaries',
    name: 'leap year: dissection in CTA on 2028-02-29, assessed 2028-03-14',
    rule: '§9 acute imaging within 14 days -> emergency',
    delta: {
      assessedOn: '2028-03-14',
      add: [S('cta', 'neck-vessels', '2028-02-29', 'Left VA dissection.')],
    },
    expect: E,
  }),
  ...texts(
    {
      round: 9,
      family: 'r9 C4 vessel finding read in a cervical-spine study',
      rule: '§9 acute imaging (occlusion / absent flow / dissection in a report <= 14 d); §5',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: E,
    },
    [
      'Absent flow void in the left vertebral artery.',
      'Loss of the normal flow void of the left vertebral artery.',
      'The left vertebral artery flow void is not seen.',
      'No flow void in the left VA.',
      'Left vertebral artery: flow void absent.',
      'T1 hyperintense crescent in the wall of the left vertebral artery.',
      'Left vertebral artery dissection.',
      'Incidental note: left vertebral artery dissection.',
      'Incidental: acute infarct in the left cerebellum.',
      'Included posterior fossa: acute infarct in the left cerebellar hemisphere.',
      'Left VA occluded at C5.',
      'Osteophyte C5-C6 compressing the left VA; the left VA flow void is absent above this level.',
    ],
  ),
  ...texts(
    {
      round: 9,
      family: 'r9 C4 vessel / brain finding read in a cervical-spine study',
      rule: '§5 stroke item (any reading of an infarct, onset unknown)',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: STROKE,
    },
    [
      'Incidental left cerebellar infarct.',
      'Partially imaged left cerebellar infarct.',
      'Visualised posterior fossa: old infarct in the left cerebellar hemisphere.',
      'Hyperintense T2 signal in the left lateral medulla, consistent with infarct.',
    ],
  ),
  ...texts(
    {
      round: 9,
      family: 'r9 C4 vessel finding read in a head study',
      rule: '§9 acute imaging (VA occlusion / dissection <= 14 d); §5',
      study: ['mra', 'head', '2026-11-15'],
      expect: E,
    },
    [
      'Occlusion of the left V4 segment.',
      'Left V4 not visualised.',
      'Left V4 segment: no flow-related signal.',
      'Absent flow-related enhancement in the left V4.',
      'Left intradural VA dissection.',
      'Dissecting aneurysm of the left V4.',
    ],
  ),
  ...texts(
    {
      round: 9,
      family: 'r9 C4 vessel finding read in an X-ray',
      rule: '§5 manipulation item vertebral-artery-atherosclerosis',
      study: ['xray', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'contraindicated' },
    },
    ['Calcification of the left vertebral artery.', 'Calcified vertebral arteries.'],
  ),
  ...texts(
    {
      round: 9,
      family: 'r9 C4 thyroid read in another region',
      rule: '§5 collar-zone massage item thyroid-disease',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { czm: 'contraindicated' },
    },
    [
      'Vertebral arteries normal. Incidental thyroid nodule 8 mm on the right.',
      'Incidentally: nodular goitre.',
      'Incidental finding: hypoechoic nodule of the right thyroid lobe.',
      'Thyroid: nodule in the right lobe 9 mm.',
      'Thyroid gland: multinodular.',
      'Thyroid - node in the left lobe 12 mm (TI-RADS 3).',
      'Node in the right lobe of the thyroid gland.',
      'Thyroid: nodes in both lobes.',
      'Thyroid nodes.',
      'Autoimmune thyroiditis.',
      'Thyroid volume increased.',
    ],
  ),
  ...texts(
    {
      round: 9,
      family: 'r9 C4 vessel / brain finding read in a cervical-spine study (judgement)',
      rule: 'judgement: §5 stroke item (any reading of an infarct, onset unknown)',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: STROKE,
    },
    ['Cord infarct at C4.', 'Spinal cord infarction C3-C5.'],
  ),
  ...texts(
    {
      round: 9,
      family: 'r9 C4 thyroid read in another region (judgement)',
      rule: 'judgement: §5 collar-zone massage item thyroid-disease',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { czm: 'contraindicated' },
    },
    ['AIT.', 'Diffuse changes of the thyroid gland.'],
  ),
];
