/** Reviewer probes, round 5 (part h): from the round's harness (p1.py-p7.py), deduplicated. */
import { one, S, texts, type Probe } from './probe-model';

export const ROUND_5_H: readonly Probe[] = [
  ...texts(
    {
      round: 5,
      family: 'r5 p6.py D-templates-laterality',
      rule: 'dissection / occlusion / absent flow in report <=14 d -> emergency (§4, §9)',
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
      'Dissection: right - no, left - yes.',
      'Dissection: absent on the right, present on the left (V3).',
    ],
  ),
  ...texts(
    {
      round: 5,
      family: 'r5 p6.py D-templates-laterality',
      rule: 'dissection / occlusion / absent flow in report <=14 d -> emergency (§4, §9)',
      study: ['cta', 'neck-vessels', '2026-11-15'],
      expect: { urg: 'emergency' },
    },
    [
      'Occlusion: right - no, left - yes.',
      'Flow: right VA - normal, left VA - absent.',
      'Left VA: flow - none.',
    ],
  ),
  ...texts(
    {
      round: 5,
      family: 'r5 p6.py D-templates-laterality',
      rule: 'vertebral-artery-narrowing precaution (§5)',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'caution' },
    },
    ['Stenosis: left VA 0%, right VA 80% (V1).', 'VA stenosis: right 0 %, left 70 %.'],
  ),
  ...texts(
    {
      round: 5,
      family: 'r5 p6.py N-neck-injury',
      rule: 'neck-injury (ART: back/cervical massage contraindicated; onset unknown stays contraindicated §9 Old injuries) (§5, §9)',
      study: ['msct', 'cervical-spine', '2026-11-15'],
      expect: { czm: 'contraindicated', bm: 'contraindicated' },
    },
    [
      'Acute fracture of the C2 dens.',
      'Traumatic C5-C6 subluxation with facet fracture.',
      'Post-traumatic changes: fracture of the C6 spinous process (clay-shoveler).',
      'Whiplash injury: prevertebral haematoma C2-C4, ligamentous injury at C4-C5.',
    ],
  ),
  ...texts(
    {
      round: 5,
      family: 'r5 p6.py V-vbi-wording',
      rule: 'confirmed-vas (engine reads VBI as diagnosis on record) (§3, §5)',
      study: ['doppler', 'neck-vessels', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'Vertebrobasilar circulatory insufficiency.',
      'Insufficiency in the vertebrobasilar basin.',
      'Signs of vertebro-basilar insufficiency syndrome.',
      'Circulatory insufficiency in the vertebrobasilar system.',
      'VBI syndrome.',
    ],
  ),
  ...texts(
    {
      round: 5,
      family: 'r5 p6.py S-haemorrhage',
      rule: 'stroke item (haemorrhage is a stroke; onset unknown -> recent) (§5, §9)',
      study: ['msct', 'head', '2026-11-15'],
      expect: { manip: 'contraindicated', czm: 'contraindicated' },
    },
    [
      'Hyperdense haemorrhage in the right cerebellum.',
      'Haemorrhage in the right cerebellar hemisphere.',
      'Haematoma in the right cerebellum, 3 cm.',
      'Intracranial haemorrhage.',
      'Bleed in the posterior fossa.',
    ],
  ),
  ...texts(
    {
      round: 5,
      family: 'r5 p6.py B-vessel-dissection',
      rule: 'dissection at least unknown (request / uncertain -> unknown) -> all four not-cleared (§1 FS-7, §5)',
      study: ['mri', 'head', '2026-11-15'],
      expect: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
    },
    ['Recommend CTA to exclude dissection.'],
  ),
  ...texts(
    {
      round: 5,
      family: 'r5 p6.py B-vessel-dissection',
      rule: 'dissection at least unknown (request / uncertain -> unknown) -> all four not-cleared (§1 FS-7, §5)',
      study: ['mri', 'cervical-spine', '2026-11-15'],
      expect: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
    },
    [
      'Findings suspicious for dissection; CTA recommended.',
      'Dissection should be considered; CTA advised.',
    ],
  ),
  one({
    round: 5,
    family: 'r5 p7.py FA',
    name: 'Possible left VA dissection.',
    rule: '-',
    delta: { add: [S('cta', 'neck-vessels', '2026-11-15', 'Possible left VA dissection.')] },
    expect: {},
    note: 'p7.py false-alarm check, no bound; REPORT.md: the emergency for an uncertain dissection is more than FS-7 requires but defensible, not a defect',
  }),
  one({
    round: 5,
    family: 'r5 p7.py FA',
    name: 'Hypoplastic versus occluded left VA.',
    rule: '-',
    delta: {
      add: [S('cta', 'neck-vessels', '2026-11-15', 'Hypoplastic versus occluded left VA.')],
    },
    expect: {},
    note: "p7.py false-alarm check, no bound; REPORT.md: the emergency for 'hypoplastic versus occluded' is more than FS-7 requires but defensible, not a defect",
  }),
  one({
    round: 5,
    family: 'r5 p7.py FA',
    name: 'Family history: mother had a stroke. Brain MRI normal.',
    rule: '-',
    kind: 'clear',
    delta: {
      add: [
        S('mri', 'head', '2026-11-15', 'Family history: mother had a stroke. Brain MRI normal.'),
      ],
    },
    expect: {},
    note: 'p7.py false-alarm check (no bound in the harness): a normal or out-of-scope phrasing must raise nothing',
  }),
  one({
    round: 5,
    family: 'r5 p7.py FA',
    name: 'VAS 7/10 neck pain. Cervical spine normal.',
    rule: '-',
    kind: 'clear',
    delta: {
      add: [S('mri', 'cervical-spine', '2026-11-15', 'VAS 7/10 neck pain. Cervical spine normal.')],
    },
    expect: {},
    note: 'p7.py false-alarm check (no bound in the harness): a normal or out-of-scope phrasing must raise nothing',
  }),
  one({
    round: 5,
    family: 'r5 p7.py FA',
    name: 'Retrograde flow in the left vertebral artery (subclavian steal).',
    rule: '-',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Retrograde flow in the left vertebral artery (subclavian steal).',
        ),
      ],
    },
    expect: {},
    note: "p7.py false-alarm check, no bound; REPORT.md judgement: retrograde flow (steal) is read as nothing on purpose (corpus), worth a clinician's decision",
  }),
  one({
    round: 5,
    family: 'r5 p7.py FA',
    name: 'Hypoplastic left vertebral artery (2.2 mm), flow symmetric.',
    rule: '-',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Hypoplastic left vertebral artery (2.2 mm), flow symmetric.',
        ),
      ],
    },
    expect: {},
    note: 'p7.py false-alarm check, no bound; REPORT.md judgement: a hypoplastic VA is read as nothing on purpose (corpus)',
  }),
  one({
    round: 5,
    family: 'r5 p7.py FA',
    name: 'No flow-limiting stenosis. Vertebral arteries patent.',
    rule: '-',
    kind: 'clear',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'No flow-limiting stenosis. Vertebral arteries patent.',
        ),
      ],
    },
    expect: {},
    note: 'p7.py false-alarm check (no bound in the harness): a normal or out-of-scope phrasing must raise nothing',
  }),
  one({
    round: 5,
    family: 'r5 p7.py FA',
    name: 'Flow in both VAs is antegrade, no signs of stenosis.',
    rule: '-',
    kind: 'clear',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Flow in both VAs is antegrade, no signs of stenosis.',
        ),
      ],
    },
    expect: {},
    note: 'p7.py false-alarm check (no bound in the harness): a normal or out-of-scope phrasing must raise nothing',
  }),
  one({
    round: 5,
    family: 'r5 p7.py FA',
    name: 'No intimal flap, no double lumen, no intramural haematoma.',
    rule: '-',
    kind: 'clear',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'No intimal flap, no double lumen, no intramural haematoma.',
        ),
      ],
    },
    expect: {},
    note: 'p7.py false-alarm check (no bound in the harness): a normal or out-of-scope phrasing must raise nothing',
  }),
  one({
    round: 5,
    family: 'r5 p7.py FA',
    name: 'Carotid bulb plaque on the right. Vertebral arteries normal.',
    rule: '-',
    kind: 'clear',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'Carotid bulb plaque on the right. Vertebral arteries normal.',
        ),
      ],
    },
    expect: {},
    note: 'p7.py false-alarm check (no bound in the harness): a normal or out-of-scope phrasing must raise nothing',
  }),
  one({
    round: 5,
    family: 'r5 p7.py FA',
    name: 'Normal flow voids in both vertebral arteries.',
    rule: '-',
    kind: 'clear',
    delta: {
      add: [
        S('mri', 'cervical-spine', '2026-11-15', 'Normal flow voids in both vertebral arteries.'),
      ],
    },
    expect: {},
    note: 'p7.py false-alarm check (no bound in the harness): a normal or out-of-scope phrasing must raise nothing',
  }),
];
