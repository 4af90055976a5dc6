/**
 * Reviewer probes, round 17 (part a): whole case-file vignettes written against the contract and
 * the rules text alone (neurology referrals, chiropractor pre-treatment checks, massage
 * therapists, follow-ups after a course). Part a: every red flag and contraindication of §3-§6
 * one at a time, as a structured finding, a note, a session's new symptom or a report sentence,
 * at the edges of every threshold. Expectations: the least cautious output the rules accept.
 */
import type { Modality } from '../../model';
import type { FindingId } from '../../finding-ids';
import type { Probe } from './probe-model';
import { EMERGENCY, HOLD_ALL, URGENT, on, r17, ses, study, yes } from './probe-r17-lib';

/** The red flags of §4 and §9, each with the words a clinician writes in the note. */
const RED_FLAGS: readonly (readonly [string, string])[] = [
  ['sudden-severe-headache', 'thunderclap occipital headache, worst ever'],
  ['diplopia', 'double vision on looking to the left'],
  ['dysarthria', 'slurred speech noticed by her husband'],
  ['dysphagia', 'difficulty swallowing solids, coughs on liquids'],
  ['drop-attacks', 'legs gave way, fell without losing consciousness'],
  ['nystagmus', 'horizontal nystagmus on lateral gaze at examination'],
  ['numbness', 'numbness of the left side of the face'],
  ['ataxia', 'unsteady gait, veers to the right'],
  ['horner-signs', 'right ptosis and a small right pupil'],
  ['speech-disturbance', 'word-finding difficulty, mixes up words'],
  ['limb-weakness', 'weakness of the right arm, drops cups'],
  ['reduced-consciousness', 'drowsy and confused per relative'],
  ['syncope', 'blacked out briefly while standing'],
  ['visual-field-loss', 'cannot see to the right side, homonymous field cut'],
];

const F_ONSET = 'r17 A1 red flag entered with its onset at the 14 / 15 day edge, or onset unknown';
const R_ONSET =
  '\u00a74 + \u00a79 more red flags: present with onset within 14 days or unknown -> emergency (all four contraindicated); older onset -> urgent (neurologist review before any manual therapy)';

const A1: Probe[] = RED_FLAGS.flatMap(([id, note], i) => [
  r17(
    F_ONSET,
    R_ONSET,
    `A1-${i + 1}a`,
    `${id} began exactly 14 days ago (${note}); chiropractor pre-treatment check`,
    { who: 'chiropractor', f: { [id]: on(14, note) } },
    EMERGENCY,
  ),
  r17(
    F_ONSET,
    R_ONSET,
    `A1-${i + 1}b`,
    `${id} began 15 days ago, stable since (${note}); neurology referral`,
    { who: 'neurology clinic', f: { [id]: on(15, note) } },
    URGENT,
  ),
  r17(
    F_ONSET,
    R_ONSET,
    `A1-${i + 1}c`,
    `${id} present, onset not recorded (${note}); massage therapist intake`,
    { who: 'massage therapist', f: { [id]: yes(note) } },
    EMERGENCY,
  ),
]);

const F_SESSION = "r17 A2 red flag logged as a session's new symptom (10 or 20 days ago)";
const R_SESSION =
  "\u00a74 + \u00a78 symptoms after sessions: a session's newSymptoms id is present with onset = the session date (within 14 days -> emergency, older -> urgent) and any id other than neck-pain is a course stop";

const A2_CASES: readonly (readonly [FindingId, Modality, number])[] = [
  ['diplopia', 'collar-zone-massage', 10],
  ['dysarthria', 'cervical-manipulation', 10],
  ['numbness', 'back-massage', 10],
  ['ataxia', 'therapeutic-exercise', 10],
  ['syncope', 'collar-zone-massage', 10],
  ['limb-weakness', 'cervical-manipulation', 10],
  ['visual-field-loss', 'back-massage', 10],
  ['drop-attacks', 'collar-zone-massage', 20],
  ['nystagmus', 'cervical-manipulation', 20],
  ['horner-signs', 'therapeutic-exercise', 20],
  ['reduced-consciousness', 'back-massage', 20],
];

const A2: Probe[] = A2_CASES.map(([id, mod, n], i) =>
  r17(
    F_SESSION,
    R_SESSION,
    `A2-${i + 1}`,
    `${id} logged after a ${mod} session ${n} days ago (intake had it "no")`,
    {
      who: 'follow-up after a course',
      s: [
        ses(n + 6, mod),
        ses(n + 3, mod, { painBefore: 4, painAfter: 3 }),
        ses(n, mod, { painBefore: 3, painAfter: 3, newSymptoms: [id] }),
      ],
    },
    n <= 14 ? { ...EMERGENCY, course: ['stop'] } : { ...URGENT, course: ['stop'] },
  ),
);

const F_TOGETHER = 'r17 A3 old red flag together with neck treatment or trauma (not logged here)';
const R_TOGETHER =
  '\u00a74 / \u00a75 red-flag list: present together with recent-neck-trauma / recent-cervical-manipulation / recent-neck-massage -> emergency, whatever its onset (\u00a79: undated treatment counts as recent)';

const A3: Probe[] = [
  r17(
    F_TOGETHER,
    R_TOGETHER,
    'A3-1',
    'double vision for 2 months; neck massage at a spa last week',
    {
      who: 'massage therapist',
      f: { diplopia: on(60, 'intermittent double vision'), 'recent-neck-massage': on(6) },
    },
    EMERGENCY,
  ),
  r17(
    F_TOGETHER,
    R_TOGETHER,
    'A3-2',
    'facial numbness for 6 weeks; adjusted by another chiropractor 10 days ago',
    {
      who: 'chiropractor',
      f: { numbness: on(42, 'left cheek'), 'recent-cervical-manipulation': on(10) },
    },
    EMERGENCY,
  ),
  r17(
    F_TOGETHER,
    R_TOGETHER,
    'A3-3',
    'ataxia for 100 days; cracks his own neck daily (self-manipulation, undated)',
    {
      who: 'neurology clinic',
      sex: 'male',
      f: {
        ataxia: on(100, 'broad-based gait'),
        'recent-cervical-manipulation': yes('self-manipulation, cracks own neck every day'),
      },
    },
    EMERGENCY,
  ),
  r17(
    F_TOGETHER,
    R_TOGETHER,
    'A3-4',
    'dysphagia for a month; rear-end collision 20 days ago',
    {
      f: { dysphagia: on(30), 'recent-neck-trauma': on(20, 'rear-end collision, whiplash') },
    },
    EMERGENCY,
  ),
  r17(
    F_TOGETHER,
    R_TOGETHER,
    'A3-5',
    'nystagmus noted 3 weeks ago; uses a massage gun on the neck (undated)',
    {
      who: 'physiotherapist',
      f: {
        nystagmus: on(21),
        'recent-neck-massage': yes('percussion massage gun on the neck, several times a week'),
      },
    },
    EMERGENCY,
  ),
  r17(
    F_TOGETHER,
    R_TOGETHER,
    'A3-6',
    'limb weakness for 5 weeks; fell off a ladder and hit the neck (undated)',
    {
      f: {
        'limb-weakness': on(35, 'left leg'),
        'recent-neck-trauma': yes('fell off a ladder, hit the back of the neck'),
      },
    },
    EMERGENCY,
  ),
];

const F_UNKNOWN = 'r17 A4 red flag left unanswered (history text only, or key missing)';
const R_UNKNOWN =
  '\u00a75 table "all four": urgency emergency with its red-flag fields unknown -> not-cleared (FS-1, FS-2); free text in the referral is not an answer';

const A4: Probe[] = [
  ['diplopia', 'saw double for a few seconds last Tuesday'],
  ['horner-signs', 'wife says one eyelid droops in the evenings'],
  ['syncope', 'passed out in the shower on Sunday'],
  ['limb-weakness', null],
  ['sudden-severe-headache', null],
  ['nystagmus', null],
  ['speech-disturbance', 'colleagues noticed she could not find words in a meeting'],
].map(([id, why], i) =>
  r17(
    F_UNKNOWN,
    R_UNKNOWN,
    `A4-${i + 1}`,
    `${id} unanswered${why ? ` (referral says: ${why})` : ''}`,
    { f: { [id as string]: null }, ...(why ? { why } : {}) },
    HOLD_ALL,
  ),
);

const F_PROG = 'r17 A5 worsening neurology and progressive triad as entries';
const R_PROG =
  '\u00a74 urgent: worsening neurological function; triad with progressive course (triad-progressive) -> urgent';

const A5: Probe[] = [
  r17(
    F_PROG,
    R_PROG,
    'A5-1',
    'worsening neurology (onset not recorded): hand clumsiness getting worse',
    { who: 'neurology clinic', f: { 'worsening-neurology': yes('hand clumsiness getting worse') } },
    URGENT,
  ),
  r17(
    F_PROG,
    R_PROG,
    'A5-2',
    'worsening neurology since 30 days',
    { f: { 'worsening-neurology': on(30, 'tingling spreading up both arms') } },
    URGENT,
  ),
  r17(
    F_PROG,
    R_PROG,
    'A5-3',
    'headache and dizziness getting worse every week (triad-progressive)',
    {
      f: {
        headache: on(70),
        dizziness: on(50),
        'triad-progressive': yes('worse each week'),
      },
    },
    URGENT,
  ),
  r17(
    F_PROG,
    R_PROG,
    'A5-4',
    'visual blurring progressive over 2 months, the only triad feature',
    {
      who: 'massage therapist',
      f: { 'visual-disturbance': on(60, 'blurring'), 'triad-progressive': on(30) },
    },
    URGENT,
  ),
];

const F_DISS =
  'r17 A6 vertebral-artery dissection entered, confirmed on a study or read in a report';
const R_DISS =
  '\u00a74 dissection: emergency with onset <= 14 d or unknown, urgent when older; \u00a75: dissection at any time contraindicates manipulation and collar-zone massage; \u00a79 acute imaging: dissection in a report <= 14 d -> emergency, 15-180 d -> urgent';

const DISS_OLD = { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' } as const;

const A6: Probe[] = [
  r17(
    F_DISS,
    R_DISS,
    'A6-1',
    'dissection diagnosed 14 days ago at another hospital',
    { f: { 'vertebral-artery-dissection': on(14, 'left V3 dissection, on aspirin') } },
    EMERGENCY,
  ),
  r17(
    F_DISS,
    R_DISS,
    'A6-2',
    'dissection diagnosed 15 days ago',
    { f: { 'vertebral-artery-dissection': on(15) } },
    { ...URGENT, ...DISS_OLD },
  ),
  r17(
    F_DISS,
    R_DISS,
    'A6-3',
    'dissection in the history, date unknown ("had a torn neck artery once")',
    { who: 'chiropractor', f: { 'vertebral-artery-dissection': yes('torn neck artery once') } },
    EMERGENCY,
  ),
  r17(
    F_DISS,
    R_DISS,
    'A6-4',
    'dissection 3 years ago, recovered; asks for a neck adjustment',
    { who: 'chiropractor', f: { 'vertebral-artery-dissection': on(3 * 365) } },
    DISS_OLD,
  ),
  r17(
    F_DISS,
    R_DISS,
    'A6-5',
    'entry says no dissection, CTA 10 days ago reads a left VA dissection',
    {
      add: [
        study(
          'cta',
          'neck-vessels',
          10,
          'CT angiography of the neck. Carotid arteries patent. Left vertebral artery dissection in the V3 segment with a short intramural haematoma. Right VA normal.',
        ),
      ],
    },
    EMERGENCY,
  ),
  r17(
    F_DISS,
    R_DISS,
    'A6-6',
    'entry says no dissection, MRA 60 days ago reads a right VA dissection',
    {
      add: [
        study(
          'mra',
          'neck-vessels',
          60,
          'MR angiography of the neck vessels. Dissection of the right vertebral artery with intramural haematoma at C2. No occlusion.',
        ),
      ],
    },
    { ...URGENT, ...DISS_OLD },
  ),
  r17(
    F_DISS,
    R_DISS,
    'A6-7',
    'chronic dissection on an MRA 500 days old, clinician entered it with that onset',
    {
      f: { 'vertebral-artery-dissection': on(500) },
      add: [
        study(
          'mra',
          'neck-vessels',
          500,
          'Chronic dissection of the left vertebral artery with residual irregular narrowing.',
        ),
      ],
    },
    DISS_OLD,
  ),
  r17(
    F_DISS,
    R_DISS,
    'A6-8',
    'undated outside CTA, clinician confirmed the dissection finding on the study',
    {
      f: { 'vertebral-artery-dissection': null },
      add: [
        study('cta', 'neck-vessels', null, 'Outside CTA, see scanned report.', {
          findings: ['vertebral-artery-dissection'],
        }),
      ],
    },
    DISS_OLD,
  ),
  r17(
    F_DISS,
    R_DISS,
    'A6-9',
    'dissection question left unanswered at a chiropractic intake',
    { who: 'chiropractor', f: { 'vertebral-artery-dissection': null } },
    HOLD_ALL,
  ),
];

const F_STROKE = 'r17 A7 stroke / TIA: the 180-day edge, unknown onsets, onsets from imaging';
const R_STROKE =
  '\u00a75 stroke (onset <= 180 d) contraindicates collar-zone massage and manipulation, TIA (<= 180 d) manipulation; older -> caution; \u00a78 stroke read from a report: onset unknown (recent) unless an acute reading in a report <= 180 d (onset = report date); most recent onset counts; \u00a79 acute imaging <= 14 d emergency, 15-180 d urgent';

const STROKE_CI = { manip: 'contraindicated', czm: 'contraindicated' } as const;

const A7: Probe[] = [
  r17(F_STROKE, R_STROKE, 'A7-1', 'stroke 180 days ago', { f: { stroke: on(180) } }, STROKE_CI),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-2',
    'stroke 181 days ago, recovered',
    { f: { stroke: on(181) } },
    { manip: 'caution', czm: 'caution' },
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-3',
    'TIA 180 days ago',
    { f: { tia: on(180, 'transient left arm weakness') } },
    { manip: 'contraindicated', czm: 'caution' },
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-4',
    'TIA 181 days ago',
    { f: { tia: on(181) } },
    { manip: 'caution', czm: 'caution' },
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-5',
    'stroke, year not recalled by the patient',
    { f: { stroke: yes('"a small stroke some years back", no records') } },
    STROKE_CI,
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-6',
    'TIA, date unknown',
    { who: 'chiropractor', f: { tia: yes('mini-stroke, date unknown') } },
    { manip: 'contraindicated', czm: 'caution' },
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-7',
    'entry says no stroke; brain MRI 100 days ago reads a subacute PICA infarct',
    {
      add: [
        study(
          'mri',
          'head',
          100,
          'MRI brain. Subacute infarct in the left PICA territory of the cerebellum. No haemorrhage.',
        ),
      ],
    },
    { ...STROKE_CI, ...URGENT },
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-8',
    'brain MRI 14 days ago reads an acute cerebellar infarct',
    {
      add: [study('mri', 'head', 14, 'Acute infarct in the right cerebellar hemisphere on DWI.')],
    },
    EMERGENCY,
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-9',
    'brain MRI 15 days ago reads an acute cerebellar infarct',
    {
      add: [study('mri', 'head', 15, 'Acute infarct in the right cerebellar hemisphere on DWI.')],
    },
    { ...STROKE_CI, ...URGENT },
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-10',
    'head CT 179 days ago: recent occipital infarct',
    { add: [study('msct', 'head', 179, 'Recent infarct in the left occipital lobe.')] },
    { ...STROKE_CI, ...URGENT },
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-11',
    'head CT 181 days ago: recent occipital infarct (onset unknown -> recent)',
    { add: [study('msct', 'head', 181, 'Recent infarct in the left occipital lobe.')] },
    STROKE_CI,
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-12',
    'entry says no stroke; MRI 300 days ago: chronic cerebellar infarct',
    {
      add: [
        study(
          'mri',
          'head',
          300,
          'Chronic infarct in the left cerebellar hemisphere with gliosis. No acute findings.',
        ),
      ],
    },
    STROKE_CI,
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-13',
    'stroke entered 400 days ago; MRI 100 days ago reads a subacute infarct (most recent counts)',
    {
      f: { stroke: on(400) },
      add: [study('mri', 'head', 100, 'Subacute infarct in the right occipital lobe.')],
    },
    { ...STROKE_CI, ...URGENT },
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-14',
    'TIA entered 300 days ago; MRI 40 days ago: small acute infarct in the pons',
    {
      f: { tia: on(300) },
      add: [study('mri', 'head', 40, 'Small acute infarct in the pons.')],
    },
    { ...STROKE_CI, ...URGENT },
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-15',
    'head CT 5 days ago: acute subarachnoid haemorrhage (a haemorrhage is a stroke)',
    {
      add: [study('msct', 'head', 5, 'Acute subarachnoid haemorrhage in the basal cisterns.')],
    },
    EMERGENCY,
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-16',
    'brain MRI 40 days ago: acute pontine haemorrhage',
    { add: [study('mri', 'head', 40, 'Acute haemorrhage in the pons, 8 mm.')] },
    { ...STROKE_CI, ...URGENT },
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-17',
    'stroke entered 90 days ago (lacunar), massage therapist intake',
    { who: 'massage therapist', f: { stroke: on(90, 'lacunar, left thalamus') } },
    STROKE_CI,
  ),
  r17(
    F_STROKE,
    R_STROKE,
    'A7-18',
    'stroke question unanswered',
    { f: { stroke: null } },
    { manip: 'not-cleared', czm: 'not-cleared' },
  ),
];

const F_VASC = 'r17 A8 VA occlusion / absent flow in a report at the 14 / 15 / 180 day edges';
const R_VASC =
  '\u00a79 acute imaging: a report <= 14 d reading a VA occlusion or absent flow -> emergency; 15-180 d -> urgent';

const A8: Probe[] = [
  r17(
    F_VASC,
    R_VASC,
    'A8-1',
    'CTA 14 days ago: left VA occluded at V2',
    { add: [study('cta', 'neck-vessels', 14, 'Occlusion of the left vertebral artery at V2.')] },
    EMERGENCY,
  ),
  r17(
    F_VASC,
    R_VASC,
    'A8-2',
    'CTA 15 days ago: left VA occluded at V2',
    { add: [study('cta', 'neck-vessels', 15, 'Occlusion of the left vertebral artery at V2.')] },
    URGENT,
  ),
  r17(
    F_VASC,
    R_VASC,
    'A8-3',
    'duplex 3 days ago: absent flow in the right VA',
    {
      add: [
        study(
          'doppler',
          'neck-vessels',
          3,
          'Carotid arteries without stenosis. Absent flow in the right vertebral artery.',
        ),
      ],
    },
    EMERGENCY,
  ),
  r17(
    F_VASC,
    R_VASC,
    'A8-4',
    'duplex 180 days ago: right VA occluded',
    { add: [study('doppler', 'neck-vessels', 180, 'The right vertebral artery is occluded.')] },
    URGENT,
  ),
  r17(
    F_VASC,
    R_VASC,
    'A8-5',
    'MRA 7 days ago: no flow signal in the left VA (occlusion)',
    {
      add: [
        study(
          'mra',
          'neck-vessels',
          7,
          'No flow signal in the left vertebral artery from its origin, consistent with occlusion.',
        ),
      ],
    },
    EMERGENCY,
  ),
];

const F_CI = 'r17 A9 one contraindication present (entry, report or study finding)';
const R_CI =
  '\u00a75 items by modality: an item contraindicates its modalities when present (structured entry, clinician-confirmed study finding or report reading, FS-3 present wins)';

type CI = Partial<Record<'manip' | 'czm' | 'bm' | 'ex', 'contraindicated' | 'caution'>>;
const CZM_BM: CI = { czm: 'contraindicated', bm: 'contraindicated' };

const CI_ENTRIES: readonly (readonly [string, string, CI])[] = [
  [
    'confirmed-vas',
    'VAS diagnosed by neurologist 2024',
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
    },
  ],
  ['brain-tumour', 'meningioma under observation', { czm: 'contraindicated' }],
  [
    'malignancy',
    'breast cancer on chemotherapy',
    {
      manip: 'contraindicated',
      czm: 'contraindicated',
    },
  ],
  ['thyroid-disease', 'multinodular goitre', { czm: 'contraindicated' }],
  ['orthostatic-reactions', 'systolic drop 25 mmHg on standing', { czm: 'contraindicated' }],
  ['spinal-tumour-or-cyst', 'Tarlov cyst S2', CZM_BM],
  ['circulatory-disorder', 'peripheral arterial disease', CZM_BM],
  ['infection', 'febrile bronchitis this week', { ...CZM_BM, manip: 'caution' }],
  ['neck-injury', 'whiplash, date not recalled', CZM_BM],
  ['back-injury', 'lumbar compression injury, date not recalled', { bm: 'contraindicated' }],
  ['mental-disorder', 'bipolar disorder, in treatment', CZM_BM],
  [
    'chronic-disease-exacerbation',
    'acute flare of low back pain since 3 days',
    {
      ...CZM_BM,
      ex: 'contraindicated',
    },
  ],
  ['uncovertebral-arthrosis', 'on outside X-ray', { manip: 'contraindicated' }],
  [
    'vertebral-artery-atherosclerosis',
    'plaque at the left VA origin on duplex',
    {
      manip: 'contraindicated',
    },
  ],
  [
    'fracture-or-ligament-instability',
    'C1-C2 instability after rheumatoid arthritis',
    {
      manip: 'contraindicated',
    },
  ],
  [
    'spondylodiscitis',
    'C5-C6 spondylodiscitis treated last year',
    {
      manip: 'contraindicated',
    },
  ],
  ['connective-tissue-laxity', 'Ehlers-Danlos, hypermobile type', { manip: 'contraindicated' }],
  ['osteoporosis', 'T-score -3.1', { manip: 'contraindicated' }],
  ['myelopathy', 'cervical myelopathy, Hoffmann sign positive', { manip: 'contraindicated' }],
  ['radiculopathy', 'C6 radiculopathy, thumb paraesthesia', { manip: 'contraindicated' }],
  ['meningitis', 'meningitis in hospital now', { manip: 'contraindicated' }],
  ['recent-neck-trauma', 'fall from a bike 5 days ago', { manip: 'contraindicated' }],
];

const A9: Probe[] = CI_ENTRIES.map(([id, note, e], i) =>
  r17(F_CI, R_CI, `A9-${i + 1}`, `${id} present (${note})`, { f: { [id]: yes(note) } }, e),
);

const A9T: Probe[] = [
  r17(
    F_CI,
    R_CI,
    'A9T-1',
    'entry says no uncovertebral arthrosis; the X-ray report reads it',
    {
      img: [
        study(
          'xray',
          'cervical-spine',
          30,
          'Osteochondrosis C4-C6. Uncovertebral arthrosis C5-C6 on the left.',
        ),
      ],
    },
    { manip: 'contraindicated', conflict: 'uncovertebral-arthrosis' },
  ),
  r17(
    F_CI,
    R_CI,
    'A9T-2',
    'X-ray 20 days ago: marked osteopenia, clinician confirmed osteoporosis on the study',
    {
      f: { osteoporosis: null },
      img: [
        study('xray', 'cervical-spine', 20, 'Marked diffuse osteopenia. No fracture.', {
          findings: ['osteoporosis'],
        }),
      ],
    },
    { manip: 'contraindicated' },
  ),
  r17(
    F_CI,
    R_CI,
    'A9T-3',
    'cervical MRI: odontoid fracture, entry says no fracture',
    {
      add: [
        study(
          'mri',
          'cervical-spine',
          12,
          'Type II odontoid fracture with marrow oedema. Transverse ligament tear.',
          { findings: ['fracture-or-ligament-instability'] },
        ),
      ],
    },
    { manip: 'contraindicated', conflict: 'fracture-or-ligament-instability' },
  ),
  r17(
    F_CI,
    R_CI,
    'A9T-4',
    'duplex: atherosclerotic plaque at the left VA origin, entry says no',
    {
      add: [
        study(
          'doppler',
          'neck-vessels',
          25,
          'Atherosclerotic plaque at the origin of the left vertebral artery, stenosis 40%.',
        ),
      ],
    },
    { manip: 'contraindicated' },
  ),
  r17(
    F_CI,
    R_CI,
    'A9T-5',
    'cervical MRI: lytic lesion C4 confirmed as malignancy (metastasis) on the study',
    {
      f: { malignancy: null },
      add: [
        study(
          'mri',
          'cervical-spine',
          9,
          'Lytic lesion of the C4 vertebral body suspicious for metastasis.',
          { findings: ['malignancy', 'spinal-tumour-or-cyst'] },
        ),
      ],
    },
    { manip: 'contraindicated', czm: 'contraindicated', bm: 'contraindicated' },
  ),
  r17(
    F_CI,
    R_CI,
    'A9T-6',
    'cervical MRI: cord signal change, myelopathy confirmed on the study; entry says no',
    {
      add: [
        study(
          'mri',
          'cervical-spine',
          30,
          'T2 hyperintense cord signal at C4-C5 with canal stenosis, compatible with compressive myelopathy.',
          { findings: ['myelopathy'] },
        ),
      ],
    },
    { manip: 'contraindicated', conflict: 'myelopathy' },
  ),
];

const F_CI_UNK = 'r17 A10 one contraindication left unanswered';
const R_CI_UNK =
  "\u00a75 + FS-2: an item of a modality's list that is unknown makes that modality not-cleared, listing it as missing";

const UNK: readonly (readonly [string, readonly ('manip' | 'czm' | 'bm' | 'ex')[]])[] = [
  ['brain-tumour', ['czm']],
  ['thyroid-disease', ['czm']],
  ['orthostatic-reactions', ['czm']],
  ['mental-disorder', ['czm', 'bm']],
  ['chronic-disease-exacerbation', ['czm', 'bm', 'ex']],
  ['back-injury', ['bm']],
  ['osteoporosis', ['manip']],
  ['radiculopathy', ['manip']],
  ['meningitis', ['manip']],
  ['vertebral-artery-atherosclerosis', ['manip']],
  ['confirmed-vas', ['manip', 'czm']],
  ['malignancy', ['manip', 'czm']],
  ['recent-neck-trauma', ['manip']],
  ['uncovertebral-arthrosis', ['manip']],
  ['infection', ['czm', 'bm']],
];

const A10: Probe[] = UNK.map(([id, mods], i) =>
  r17(
    F_CI_UNK,
    R_CI_UNK,
    `A10-${i + 1}`,
    `${id} not asked on the intake form`,
    { f: { [id]: null } },
    {
      ...Object.fromEntries(mods.map((m) => [m, 'not-cleared'])),
      missing: Object.fromEntries(mods.map((m) => [m, [id]])),
    },
  ),
);

const F_INJ = 'r17 A11 neck / back injury at the 180-day edge; recent neck trauma';
const R_INJ =
  '\u00a79 old injuries: neck-injury / back-injury with onset > 180 days -> caution instead of contraindicated, onset unknown stays contraindicated; \u00a75 recent-neck-trauma contraindicates manipulation';

const A11: Probe[] = [
  r17(F_INJ, R_INJ, 'A11-1', 'neck injury 180 days ago', { f: { 'neck-injury': on(180) } }, CZM_BM),
  r17(
    F_INJ,
    R_INJ,
    'A11-2',
    'neck injury 181 days ago (whiplash, healed)',
    { f: { 'neck-injury': on(181, 'whiplash, healed') } },
    {
      czm: 'caution',
      bm: 'caution',
      atMost: { czm: 'caution', bm: 'caution', ex: 'clear', urg: 'none' },
    },
  ),
  r17(
    F_INJ,
    R_INJ,
    'A11-3',
    'back injury 100 days ago (lifting injury)',
    { f: { 'back-injury': on(100, 'lifting injury') } },
    { bm: 'contraindicated' },
  ),
  r17(
    F_INJ,
    R_INJ,
    'A11-4',
    'back injury 2 years ago',
    { f: { 'back-injury': on(730) } },
    { bm: 'caution', atMost: { bm: 'caution', czm: 'clear', ex: 'clear', urg: 'none' } },
  ),
  r17(
    F_INJ,
    R_INJ,
    'A11-5',
    'neck trauma 2 days ago (rugby tackle), no symptoms other than neck pain',
    { who: 'sports chiropractor', sex: 'male', f: { 'recent-neck-trauma': on(2, 'rugby tackle') } },
    { manip: 'contraindicated' },
  ),
];

const F_IMG = 'r17 A12 manipulation needs a cervical-spine X-ray / MRI / MSCT on file';
const R_IMG =
  '\u00a75: uncovertebral arthrosis can only be excluded on imaging: with no cervical-spine X-ray, MRI or MSCT on file, manipulation is not-cleared';

const A12: Probe[] = [
  r17(
    F_IMG,
    R_IMG,
    'A12-1',
    'no imaging at all; every question answered no',
    { img: [] },
    {
      manip: 'not-cleared',
    },
  ),
  r17(
    F_IMG,
    R_IMG,
    'A12-2',
    'only a normal neck-vessel duplex on file',
    {
      img: [
        study(
          'doppler',
          'neck-vessels',
          20,
          'Carotid and vertebral arteries patent, antegrade flow, no stenosis.',
        ),
      ],
    },
    { manip: 'not-cleared' },
  ),
  r17(
    F_IMG,
    R_IMG,
    'A12-3',
    'only a normal brain MRI on file',
    { img: [study('mri', 'head', 40, 'Normal MRI of the brain.')] },
    { manip: 'not-cleared' },
  ),
  r17(
    F_IMG,
    R_IMG,
    'A12-4',
    'only a normal head CT and an MRA of the neck',
    {
      img: [
        study('msct', 'head', 40, 'No acute intracranial abnormality.'),
        study('mra', 'neck-vessels', 40, 'Both vertebral arteries patent and symmetrical.'),
      ],
    },
    { manip: 'not-cleared' },
  ),
];

export const ROUND_17_A: readonly Probe[] = [
  ...A1,
  ...A2,
  ...A3,
  ...A4,
  ...A5,
  ...A6,
  ...A7,
  ...A8,
  ...A9,
  ...A9T,
  ...A10,
  ...A11,
  ...A12,
];
