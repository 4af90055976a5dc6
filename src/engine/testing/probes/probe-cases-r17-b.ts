/**
 * Reviewer probes, round 17 (part b): whole case-file vignettes. Suspicion levels (§3), rotation,
 * course flags (§6, §8), the §9 case-report lessons in several wordings, §8 interactions,
 * missing / unknown data (FS-1, FS-2, FS-7, FS-8) and clean patients that must not be escalated
 * (upper bounds). Expectations: the least cautious output the rules accept.
 */
import type { Medication } from '../../model';
import type { Expectation, Probe } from './probe-model';
import {
  CLEAN,
  CLEAN_MANIP_CAUTION,
  EMERGENCY,
  HOLD_ALL,
  URGENT,
  XR_CLEAN,
  ago,
  course,
  on,
  r17,
  ses,
  study,
  yes,
} from './probe-r17-lib';

const NORMAL_DUPLEX = study(
  'doppler',
  'neck-vessels',
  30,
  'Duplex of the extracranial arteries. Carotid and vertebral arteries patent, antegrade flow bilaterally, no stenosis. Conclusion: normal study.',
);

const F_VAS = 'r17 B1 suspicion level from triad entries, imaging and associated signs';
const R_VAS =
  '\u00a73 levels (high: triad 3, or 2 + VA narrowing / reduced flow on imaging; moderate: 2, or 1 + narrowing, or 1 + two associated signs; indeterminate: a triad field unknown) and \u00a75 manipulation (high / confirmed -> contraindicated, moderate / indeterminate -> not-cleared; collar-zone massage: high -> not-cleared, also while unknowns could still make it high)';

const B1: Probe[] = [
  r17(
    F_VAS,
    R_VAS,
    'B1-1',
    'occipital headache, dizziness and blurred vision for 2 months (neurology referral)',
    {
      who: 'neurology clinic',
      f: {
        headache: on(60),
        'occipital-headache': on(60),
        dizziness: on(55),
        'visual-disturbance': on(40, 'blurring, colours fade'),
      },
    },
    { vas: ['high', 'confirmed'], manip: 'contraindicated', czm: 'not-cleared' },
  ),
  r17(
    F_VAS,
    R_VAS,
    'B1-2',
    'occipital headache and dizziness; duplex reads reduced flow in the left VA (entry says no narrowing)',
    {
      f: { headache: on(90), 'occipital-headache': on(90), dizziness: on(60) },
      add: [
        study(
          'doppler',
          'neck-vessels',
          20,
          'Left vertebral artery: flow velocity reduced, lumen narrowed at V2. Right VA normal.',
        ),
      ],
    },
    {
      vas: ['high', 'confirmed'],
      manip: 'contraindicated',
      czm: 'not-cleared',
      conflict: 'vertebral-artery-narrowing',
    },
  ),
  r17(
    F_VAS,
    R_VAS,
    'B1-3',
    'headache and dizziness, no visual symptoms (chiropractor)',
    { who: 'chiropractor', f: { headache: on(120), dizziness: on(100) } },
    { vas: ['moderate', 'high', 'confirmed'], manip: 'not-cleared' },
  ),
  r17(
    F_VAS,
    R_VAS,
    'B1-4',
    'dizziness only; MRA reads 60 % stenosis of the left VA origin',
    {
      f: { dizziness: on(80) },
      add: [
        study(
          'mra',
          'neck-vessels',
          25,
          '60% stenosis of the left vertebral artery at its origin.',
        ),
      ],
    },
    { vas: ['moderate', 'high', 'confirmed'], manip: 'not-cleared' },
  ),
  r17(
    F_VAS,
    R_VAS,
    'B1-5',
    'blurred vision with nausea and unsteady gait (one triad + two associated)',
    {
      f: { 'visual-disturbance': on(30), nausea: on(30), 'gait-instability': on(20) },
    },
    { vas: ['moderate', 'high', 'confirmed'], manip: 'not-cleared' },
  ),
  r17(
    F_VAS,
    R_VAS,
    'B1-6',
    'headache present, visual disturbance not asked',
    { f: { headache: on(200), 'visual-disturbance': null } },
    { vas: ['indeterminate', 'moderate', 'high'], manip: 'not-cleared' },
  ),
  r17(
    F_VAS,
    R_VAS,
    'B1-7',
    'headache ticked "no" but occipital headache, dizziness and visual blurring "yes"',
    {
      f: {
        headache: false,
        'occipital-headache': on(50),
        dizziness: on(50),
        'visual-disturbance': on(50),
      },
    },
    {
      vas: ['high', 'confirmed'],
      manip: 'contraindicated',
      czm: 'not-cleared',
      conflict: 'headache',
    },
  ),
  r17(
    F_VAS,
    R_VAS,
    'B1-8',
    'VAS diagnosis on record (neurologist letter)',
    { f: { 'confirmed-vas': yes('vertebrobasilar insufficiency, neurologist 2025') } },
    { vas: ['confirmed'], manip: 'contraindicated', czm: 'contraindicated' },
  ),
  r17(
    F_VAS,
    R_VAS,
    'B1-9',
    'triad questions all left unanswered at a massage intake',
    {
      who: 'massage therapist',
      f: {
        headache: null,
        'occipital-headache': null,
        dizziness: null,
        'visual-disturbance': null,
      },
    },
    { vas: ['indeterminate'], manip: 'not-cleared', czm: 'not-cleared' },
  ),
  r17(
    F_VAS,
    R_VAS,
    'B1-10',
    'headache and dizziness with BPPV diagnosed (benign cause does not lower the level)',
    { f: { headache: on(100), dizziness: on(90), bppv: yes('Dix-Hallpike positive') } },
    { vas: ['moderate', 'high', 'confirmed'], manip: 'not-cleared' },
  ),
  r17(
    F_VAS,
    R_VAS,
    'B1-11',
    'two triad features, VA narrowing unanswered and no vessel imaging (could still be high)',
    { f: { headache: on(60), dizziness: on(60), 'vertebral-artery-narrowing': null } },
    { manip: 'not-cleared', czm: 'not-cleared' },
  ),
  r17(
    F_VAS,
    R_VAS,
    'B1-12',
    'all three triad features, rotation test negative (FS-4: no reassurance)',
    {
      f: {
        headache: on(40),
        dizziness: on(40),
        'visual-disturbance': on(40),
        'dizziness-on-head-rotation': false,
      },
    },
    { vas: ['high', 'confirmed'], manip: 'contraindicated', czm: 'not-cleared' },
  ),
];

const F_ROT = 'r17 B2 rotation-provoked symptoms (lesson: bow hunter)';
const R_ROT =
  '\u00a79 rotation: dizziness-on-head-rotation present -> manipulation contraindicated (MANIP-ROTATION), collar-zone massage not-cleared (CZM-ROTATION) until dynamic-vascular-assessment-normal is entered; a normal static Doppler or report text does not lift it';

const B2: Probe[] = [
  r17(
    F_ROT,
    R_ROT,
    'B2-1',
    'dizzy when reversing the car (looking over the shoulder)',
    {
      who: 'chiropractor',
      f: { 'dizziness-on-head-rotation': yes('dizzy when reversing the car') },
    },
    { manip: 'contraindicated', czm: 'not-cleared' },
  ),
  r17(
    F_ROT,
    R_ROT,
    'B2-2',
    'vision greys out when looking up and to the right; static duplex normal',
    {
      f: { 'dizziness-on-head-rotation': on(20, 'vision greys out looking up-right') },
      add: [NORMAL_DUPLEX],
    },
    { manip: 'contraindicated', czm: 'not-cleared' },
  ),
  r17(
    F_ROT,
    R_ROT,
    'B2-3',
    'near-faint turning the head; report text says a dynamic duplex was normal, nothing entered',
    {
      f: { 'dizziness-on-head-rotation': yes('nearly fainted turning head quickly') },
      add: [
        study(
          'doppler',
          'neck-vessels',
          10,
          'Dynamic duplex with head rotation to both sides: no significant change of vertebral flow. Normal study.',
        ),
      ],
    },
    { manip: 'contraindicated', czm: 'not-cleared' },
  ),
  r17(
    F_ROT,
    R_ROT,
    'B2-4',
    'rotation dizziness logged after a collar-zone massage session 6 days ago',
    {
      who: 'massage therapist',
      s: [
        ses(12, 'collar-zone-massage'),
        ses(9, 'collar-zone-massage', { painBefore: 4, painAfter: 3 }),
        ses(6, 'collar-zone-massage', {
          painBefore: 3,
          painAfter: 3,
          newSymptoms: ['dizziness-on-head-rotation'],
        }),
      ],
    },
    { manip: 'contraindicated', czm: 'not-cleared', course: ['stop'] },
  ),
  r17(
    F_ROT,
    R_ROT,
    'B2-5',
    'rotation dizziness with a documented normal dynamic vascular assessment',
    {
      f: {
        'dizziness-on-head-rotation': on(60),
        'dynamic-vascular-assessment-normal': true,
      },
      add: [NORMAL_DUPLEX],
    },
    {
      manip: 'contraindicated',
      atMost: { czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
];

const F_COURSE = 'r17 B3 course flags from the session log and medications';
const R_COURSE =
  '\u00a76 stop (pain > 48 h, redness > 24 h, swelling, pain worse with movement, painkillers not helping, new symptoms) / concerning (pain not falling from the 5th session, rise >= 2 after the 2nd, analgesic tablets > 4 days incl. brand names, > 4 courses); \u00a75 COURSE-STOP-HOLD: the latest course stopped -> that modality at least not-cleared';

const czmCourse = (last: Partial<Parameters<typeof ses>[2]>) => [
  ses(9, 'collar-zone-massage', { painBefore: 6, painAfter: 5 }),
  ses(6, 'collar-zone-massage', { painBefore: 5, painAfter: 4 }),
  ses(3, 'collar-zone-massage', { painBefore: 4, painAfter: 3, ...last }),
];

const B3: Probe[] = [
  r17(
    F_COURSE,
    R_COURSE,
    'B3-1',
    'pain after the 3rd collar-zone massage lasted 49 hours',
    { s: czmCourse({ painHours: 49 }) },
    { czm: 'not-cleared', course: ['stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-2',
    'redness after a back massage still there at 25 hours',
    {
      s: [
        ses(9, 'back-massage', { painBefore: 6, painAfter: 5 }),
        ses(6, 'back-massage', { painBefore: 5, painAfter: 4 }),
        ses(3, 'back-massage', { painBefore: 4, painAfter: 3, rednessHours: 25 }),
      ],
    },
    { bm: 'not-cleared', course: ['stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-3',
    'swelling over the trapezius after a collar-zone massage',
    { s: czmCourse({ swelling: true }) },
    { czm: 'not-cleared', course: ['stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-4',
    'pain worse with movement after the 3rd exercise session',
    {
      s: [
        ses(9, 'therapeutic-exercise', { painBefore: 6, painAfter: 5 }),
        ses(6, 'therapeutic-exercise', { painBefore: 5, painAfter: 4 }),
        ses(3, 'therapeutic-exercise', {
          painBefore: 4,
          painAfter: 4,
          painWorseWithMovement: true,
        }),
      ],
    },
    { ex: 'not-cleared', course: ['stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-5',
    'painkillers did not help after a manipulation session',
    {
      s: [
        ses(9, 'cervical-manipulation', { painBefore: 6, painAfter: 5 }),
        ses(6, 'cervical-manipulation', { painBefore: 5, painAfter: 4 }),
        ses(3, 'cervical-manipulation', {
          painBefore: 4,
          painAfter: 5,
          analgesicsIneffective: true,
        }),
      ],
    },
    { manip: 'not-cleared', course: ['stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-6',
    'pain not falling: 6, 5, 5, 5, 5 over five collar-zone massages',
    {
      s: [6, 5, 5, 5, 5].map((p, i) =>
        ses(15 - 3 * i, 'collar-zone-massage', { painBefore: p, painAfter: p }),
      ),
    },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-7',
    'pain after the 4th session rose from 3 to 5',
    {
      s: [6, 4, 3, 5].map((p, i) =>
        ses(12 - 3 * i, 'back-massage', { painBefore: p + 1, painAfter: p }),
      ),
    },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-8',
    'pain rated only before each session (painAfter not recorded): 6, 5, 6, 6, 6',
    {
      s: [6, 5, 6, 6, 6].map((p, i) =>
        ses(15 - 3 * i, 'collar-zone-massage', { painBefore: p, painAfter: null }),
      ),
    },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-9',
    'fifth course of collar-zone massage (course number 5)',
    { s: course(3, 'collar-zone-massage', 3, () => ({ course: 5 })) },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-10',
    'back massage courses 1 to 5, one session each, the last 2 days ago',
    {
      s: [1, 2, 3, 4, 5].map((c) =>
        ses(2 + (5 - c) * 60, 'back-massage', { course: c, painBefore: 4, painAfter: 3 }),
      ),
    },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-11',
    'newSymptoms neck-pain after the 3rd session (concerning, not stop)',
    { s: czmCourse({ newSymptoms: ['neck-pain'] }) },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-12',
    'nausea logged after a back massage (any id other than neck-pain is a stop)',
    {
      s: [
        ses(9, 'back-massage'),
        ses(6, 'back-massage', { painBefore: 4, painAfter: 3 }),
        ses(3, 'back-massage', { painBefore: 3, painAfter: 2, newSymptoms: ['nausea'] }),
      ],
    },
    { bm: 'not-cleared', course: ['stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-13',
    'czm course 1 stopped (pain 60 h); the patient then started manipulation, czm not re-screened',
    {
      s: [
        ses(20, 'collar-zone-massage'),
        ses(17, 'collar-zone-massage', { painHours: 60 }),
        ses(8, 'cervical-manipulation'),
        ses(4, 'cervical-manipulation', { painBefore: 4, painAfter: 3 }),
      ],
    },
    { czm: 'not-cleared', course: ['stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-14',
    'session ratings missing (null) then dizziness 3: counts as new dizziness (stop)',
    {
      s: [
        ses(9, 'collar-zone-massage', { dizziness: null }),
        ses(6, 'collar-zone-massage', { dizziness: null }),
        ses(3, 'collar-zone-massage', { dizziness: 3 }),
      ],
    },
    { czm: 'not-cleared', course: ['stop'] },
  ),
  r17(
    F_COURSE,
    R_COURSE,
    'B3-15',
    'exact duplicate session entered twice',
    {
      s: [
        ses(9, 'back-massage'),
        ses(6, 'back-massage', { painBefore: 4, painAfter: 3 }),
        ses(6, 'back-massage', { painBefore: 4, painAfter: 3 }),
      ],
    },
    { warning: 'duplicate-session' },
  ),
];

const F_MED = 'r17 B4 painkiller tablets over 4 days (generic, brand, analgesic flag)';
const R_MED =
  '\u00a76 concerning: analgesic tablets taken for more than 4 days; recognise generic and brand names and analgesic: true; \u00a78 the painkiller rule belongs to the patient (course status at least concerning); an unrecognised tablet gets a warning, not a flag';

const tab = (name: string, start: number, end: number | null, extra: Partial<Medication> = {}) => ({
  name,
  form: 'tablet',
  start: ago(start),
  ...(end === null ? {} : { end: ago(end) }),
  ...extra,
});

const PAINKILLERS: readonly string[] = [
  'ibuprofen 400 mg',
  'Nurofen',
  'Advil',
  'Ketorol',
  'Panadol',
  'Tylenol',
  'Voltaren 50 mg',
  'diclofenac',
  'naproxen',
  'Analgin',
  'metamizole',
  'nimesulide',
  'Movalis 7.5 mg',
  'meloxicam',
  'aspirin',
  'tramadol',
  'co-codamol 30/500',
];

const withCourse = { s: course(3, 'collar-zone-massage', 2) };

const B4: Probe[] = [
  ...PAINKILLERS.map((name, i) =>
    r17(
      F_MED,
      R_MED,
      `B4-${i + 1}`,
      `${name} tablets for 7 days during a collar-zone massage course`,
      { ...withCourse, m: [tab(name, 9, 3)] },
      { course: ['concerning', 'stop'] },
    ),
  ),
  r17(
    F_MED,
    R_MED,
    'B4-20',
    'unnamed clinic tablets marked analgesic, 6 days',
    { ...withCourse, m: [tab('Tabs. Dolor', 8, 3, { analgesic: true })] },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_MED,
    R_MED,
    'B4-21',
    'ibuprofen started 10 days ago and still being taken (no end date)',
    { ...withCourse, m: [tab('ibuprofen', 10, null)] },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_MED,
    R_MED,
    'B4-22',
    'ibuprofen for 5 calendar days (start to end inclusive)',
    { ...withCourse, m: [tab('ibuprofen', 8, 4)] },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_MED,
    R_MED,
    'B4-23',
    'amlodipine (blood-pressure tablet) for months: warning only',
    {
      ...withCourse,
      f: { hypertension: true },
      m: [tab('amlodipine 5 mg', 200, null)],
    },
    {
      warning: 'unrecognised-tablet',
      course: ['expected'],
      manip: 'caution',
      atMost: { czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
];

const F_LESSON = 'r17 B5 \u00a79 case-report lessons, each in several wordings';
const R_L_MANIP =
  '\u00a79 after treatment of the neck: a triad feature with onset within 14 days after a cervical manipulation (finding or logged session) -> emergency when that onset is within the last 14 days, urgent when older; onset unknown -> urgent (onset listed missing); undated manipulation counts as within';
const R_L_APHASIA =
  '\u00a79 more red flags: speech-disturbance (aphasia) is a red flag with the rules of \u00a74 (onset <= 14 d, or after manipulation -> emergency)';
const R_L_PRODROME =
  '\u00a79 dissection prodrome: new-unusual-headache present -> urgent; emergency with recent neck trauma / manipulation / neck massage or a logged manipulation or collar-zone massage session in the 14 days before its onset; unknown -> the three manual therapies not-cleared, and exercise too with a neck treatment or trauma of the last 4 weeks on record';
const R_L_MASSAGE =
  '\u00a79: a triad feature newly appearing after a neck massage (recent-neck-massage, or a logged collar-zone-massage session: newSymptoms or a new rating) -> urgent as well as the course stop';

const B5: Probe[] = [
  r17(
    F_LESSON,
    R_L_MANIP,
    'B5-1',
    'vertigo right after a chiropractic adjustment 2 days ago (logged session, newSymptoms dizziness)',
    {
      who: 'chiropractor',
      s: [
        ses(9, 'cervical-manipulation'),
        ses(2, 'cervical-manipulation', {
          painBefore: 4,
          painAfter: 3,
          newSymptoms: ['dizziness'],
        }),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r17(
    F_LESSON,
    R_L_MANIP,
    'B5-2',
    'adjusted by another chiropractor 3 days ago, spinning vertigo since the next morning',
    {
      who: 'GP, same-day referral',
      f: { 'recent-cervical-manipulation': on(3), dizziness: on(2, 'spinning vertigo') },
    },
    EMERGENCY,
  ),
  r17(
    F_LESSON,
    R_L_MANIP,
    'B5-3',
    'self-manipulates his neck (undated); dizzy for 5 days',
    {
      sex: 'male',
      f: {
        'recent-cervical-manipulation': yes('clicks his own neck'),
        dizziness: on(5),
      },
    },
    EMERGENCY,
  ),
  r17(
    F_LESSON,
    R_L_MANIP,
    'B5-4',
    'manipulated 25 days ago, visual blurring began 20 days ago',
    {
      f: { 'recent-cervical-manipulation': on(25), 'visual-disturbance': on(20) },
    },
    URGENT,
  ),
  r17(
    F_LESSON,
    R_L_MANIP,
    'B5-5',
    'manipulated 10 days ago; headache present, start date not asked',
    {
      f: {
        'recent-cervical-manipulation': on(10),
        headache: yes('occipital, new?'),
        'occipital-headache': yes('occipital'),
      },
    },
    { urg: 'urgent' },
  ),
  r17(
    F_LESSON,
    R_L_MANIP,
    'B5-6',
    'logged manipulation session 10 days ago, headache began 3 days ago (not logged)',
    {
      f: { headache: on(3), 'occipital-headache': on(3) },
      s: [ses(16, 'cervical-manipulation'), ses(10, 'cervical-manipulation')],
    },
    EMERGENCY,
  ),
  r17(
    F_LESSON,
    R_L_MANIP,
    'B5-7',
    'neck trauma 8 days ago (fall), dizziness since 5 days',
    { f: { 'recent-neck-trauma': on(8, 'fell down stairs'), dizziness: on(5) } },
    EMERGENCY,
  ),
  r17(
    F_LESSON,
    R_L_APHASIA,
    'B5-8',
    'word-finding difficulty logged after a manipulation session yesterday',
    {
      s: [
        ses(7, 'cervical-manipulation'),
        ses(1, 'cervical-manipulation', { newSymptoms: ['speech-disturbance'] }),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r17(
    F_LESSON,
    R_L_APHASIA,
    'B5-9',
    'aphasia since an adjustment, entered with onset yesterday',
    { f: { 'speech-disturbance': on(1, 'could not name objects after the adjustment') } },
    EMERGENCY,
  ),
  r17(
    F_LESSON,
    R_L_APHASIA,
    'B5-10',
    'speech disturbance for a month, manipulated 2 weeks ago by another practitioner',
    {
      f: {
        'speech-disturbance': on(30),
        'recent-cervical-manipulation': on(14),
      },
    },
    EMERGENCY,
  ),
  r17(
    F_LESSON,
    R_L_PRODROME,
    'B5-11',
    'a week of new neck pain and headache unlike any before (dissection prodrome)',
    {
      f: {
        'new-unusual-headache': on(7, 'new neck pain and headache, unlike before'),
        'neck-pain': on(7),
        headache: on(7),
      },
    },
    URGENT,
  ),
  r17(
    F_LESSON,
    R_L_PRODROME,
    'B5-12',
    'new unusual headache 5 days; adjusted 12 days ago by another chiropractor',
    {
      f: { 'new-unusual-headache': on(5), 'recent-cervical-manipulation': on(12) },
    },
    EMERGENCY,
  ),
  r17(
    F_LESSON,
    R_L_PRODROME,
    'B5-13',
    'new unusual headache 5 days; logged collar-zone massage 8 days ago',
    {
      f: { 'new-unusual-headache': on(5) },
      s: [ses(14, 'collar-zone-massage'), ses(8, 'collar-zone-massage')],
    },
    EMERGENCY,
  ),
  r17(
    F_LESSON,
    R_L_PRODROME,
    'B5-14',
    'new unusual headache 5 days; logged manipulation 19 days ago (14 days before onset)',
    {
      f: { 'new-unusual-headache': on(5) },
      s: [ses(25, 'cervical-manipulation'), ses(19, 'cervical-manipulation')],
    },
    EMERGENCY,
  ),
  r17(
    F_LESSON,
    R_L_PRODROME,
    'B5-15',
    'new unusual headache, onset not recorded; neck massage device 10 days ago',
    {
      f: {
        'new-unusual-headache': yes('new kind of headache'),
        'recent-neck-massage': on(10, 'shiatsu neck massager'),
      },
    },
    { ...URGENT, missing: { urg: ['new-unusual-headache'] } },
  ),
  r17(
    F_LESSON,
    R_L_PRODROME,
    'B5-16',
    'new unusual headache 7 days; neck trauma undated (fell skiing this season)',
    {
      f: {
        'new-unusual-headache': on(7),
        'recent-neck-trauma': yes('fell skiing this season'),
      },
    },
    EMERGENCY,
  ),
  r17(
    F_LESSON,
    R_L_PRODROME,
    'B5-17',
    'new unusual headache unanswered; manipulated 10 days ago (could be an emergency)',
    {
      f: { 'new-unusual-headache': null, 'recent-cervical-manipulation': on(10) },
    },
    HOLD_ALL,
  ),
  r17(
    F_LESSON,
    R_L_PRODROME,
    'B5-18',
    'new unusual headache unanswered; logged manipulation session 6 days ago',
    {
      f: { 'new-unusual-headache': null },
      s: [ses(12, 'cervical-manipulation'), ses(6, 'cervical-manipulation')],
    },
    HOLD_ALL,
  ),
  r17(
    F_LESSON,
    R_L_PRODROME,
    'B5-19',
    'new unusual headache unanswered, no neck treatment on record',
    { f: { 'new-unusual-headache': null } },
    { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
  ),
  r17(
    F_LESSON,
    R_L_PRODROME,
    'B5-20',
    'new neck pain and headache 6 days with an acute occipital infarct on MRI 2 days ago',
    {
      f: { 'new-unusual-headache': on(6), headache: on(6) },
      add: [study('mri', 'head', 2, 'Acute infarct in the left occipital lobe (PCA territory).')],
    },
    EMERGENCY,
  ),
  r17(
    F_LESSON,
    R_L_MASSAGE,
    'B5-21',
    'blurred vision logged after a collar-zone massage 5 days ago',
    {
      who: 'massage therapist',
      s: [
        ses(11, 'collar-zone-massage'),
        ses(8, 'collar-zone-massage'),
        ses(5, 'collar-zone-massage', { newSymptoms: ['visual-disturbance'] }),
      ],
    },
    { ...URGENT, course: ['stop'] },
  ),
  r17(
    F_LESSON,
    R_L_MASSAGE,
    'B5-22',
    'dizziness rated 0, 0 then 3 in a collar-zone massage course',
    {
      s: [
        ses(11, 'collar-zone-massage'),
        ses(8, 'collar-zone-massage'),
        ses(5, 'collar-zone-massage', { dizziness: 3 }),
      ],
    },
    { ...URGENT, course: ['stop'] },
  ),
  r17(
    F_LESSON,
    R_L_MASSAGE,
    'B5-23',
    'neck massage chair at a mall 6 days ago, dizzy since 4 days',
    {
      f: { 'recent-neck-massage': on(6, 'massage chair with neck rollers'), dizziness: on(4) },
    },
    URGENT,
  ),
  r17(
    F_LESSON,
    R_L_MASSAGE,
    'B5-24',
    'headache rated 0 then 4 after a second collar-zone massage (course 2)',
    {
      s: [
        ses(40, 'collar-zone-massage'),
        ses(37, 'collar-zone-massage', { headache: 1 }),
        ses(7, 'collar-zone-massage', { course: 2 }),
        ses(4, 'collar-zone-massage', { course: 2, headache: 4 }),
      ],
    },
    { ...URGENT, course: ['stop'] },
  ),
  r17(
    F_LESSON,
    '\u00a78 ratings: a dizziness or headache rating rising >= 2 above its highest earlier rating (>= 1) -> concerning and a progressive triad (urgent); beats triad-progressive: false',
    'B5-25',
    'dizziness rated 1 then 3 in an exercise course, triad-progressive entered "no"',
    {
      s: [
        ses(9, 'therapeutic-exercise', { dizziness: 1 }),
        ses(6, 'therapeutic-exercise', { dizziness: 1 }),
        ses(3, 'therapeutic-exercise', { dizziness: 3 }),
      ],
    },
    { ...URGENT, course: ['concerning', 'stop'] },
  ),
  r17(
    F_LESSON,
    '\u00a78 ratings: rise >= 2 above the highest earlier rating (>= 1) -> concerning + progressive triad (urgent)',
    'B5-26',
    'headache rated 3 at the first back massage, 5 at the third',
    {
      s: [
        ses(9, 'back-massage', { headache: 3 }),
        ses(6, 'back-massage', { headache: 3 }),
        ses(3, 'back-massage', { headache: 5 }),
      ],
    },
    { ...URGENT, course: ['concerning', 'stop'] },
  ),
];

const F_MIX =
  'r17 B6 \u00a78 where rules meet: clearing and dangerous findings, conflicting sources';
const R_MIX =
  '\u00a78 readings settled: present wins over entries and absentFindings (FS-3); only rejection removes a reading; most recent onset counts; acute imaging raises urgency whatever the entered onset (\u00a79); a benign dizziness cause does not lower a red flag';

const B6: Probe[] = [
  r17(
    F_MIX,
    R_MIX,
    'B6-1',
    'known BPPV, but diplopia for 3 days (benign label must not mask a red flag)',
    { f: { bppv: yes('BPPV 2023'), dizziness: on(400), diplopia: on(3) } },
    EMERGENCY,
  ),
  r17(
    F_MIX,
    R_MIX,
    'B6-2',
    'multiple sclerosis with dizziness (massage acceptable per ART, conflict note)',
    { f: { 'multiple-sclerosis': yes('relapsing-remitting'), dizziness: on(300) } },
    { czm: 'caution', conflict: 'multiple-sclerosis' },
  ),
  r17(
    F_MIX,
    R_MIX,
    'B6-3',
    'active malignancy and a history of cancer both ticked',
    { f: { malignancy: yes('prostate cancer on hormone therapy'), 'malignancy-history': true } },
    { manip: 'contraindicated', czm: 'contraindicated', conflict: 'malignancy' },
  ),
  r17(
    F_MIX,
    R_MIX,
    'B6-4',
    'absentFindings says no uncovertebral arthrosis, yet the same report reads it',
    {
      img: [
        study('xray', 'cervical-spine', 30, 'Uncovertebral arthrosis C5-C6. Lordosis preserved.', {
          absentFindings: ['uncovertebral-arthrosis'],
        }),
      ],
    },
    { manip: 'contraindicated', conflict: 'uncovertebral-arthrosis' },
  ),
  r17(
    F_MIX,
    R_MIX,
    'B6-5',
    'uncovertebral arthrosis both confirmed and rejected on the same study',
    {
      img: [
        study('xray', 'cervical-spine', 30, 'Degenerative changes C5-C6.', {
          findings: ['uncovertebral-arthrosis'],
          rejectedFindings: ['uncovertebral-arthrosis'],
        }),
      ],
    },
    { manip: 'contraindicated' },
  ),
  r17(
    F_MIX,
    R_MIX,
    'B6-6',
    'old MRI (400 days) reads an acute infarct, new MRI (20 days) normal, entry says no stroke',
    {
      add: [
        study('mri', 'head', 400, 'Acute infarct in the right cerebellar hemisphere.'),
        study('mri', 'head', 20, 'Normal MRI of the brain.'),
      ],
    },
    { manip: 'contraindicated', czm: 'contraindicated' },
  ),
  r17(
    F_MIX,
    R_MIX,
    'B6-7',
    'dissection entered 3 years ago, but a CTA 10 days ago reads a dissection again',
    {
      f: { 'vertebral-artery-dissection': on(3 * 365) },
      add: [
        study(
          'cta',
          'neck-vessels',
          10,
          'Dissection of the left vertebral artery at V2 with a flap.',
        ),
      ],
    },
    EMERGENCY,
  ),
  r17(
    F_MIX,
    R_MIX,
    'B6-8',
    'dissection read in a 400-day-old CTA, nothing entered (onset unknown)',
    {
      f: { 'vertebral-artery-dissection': null },
      add: [study('cta', 'neck-vessels', 400, 'Right vertebral artery dissection at C1-C2.')],
    },
    { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  ),
  r17(
    F_MIX,
    R_MIX,
    'B6-9',
    'osteochondrosis and muscle hypertonicity explain the neck pain, but nystagmus since 2 days',
    {
      f: { 'cervical-osteochondrosis': true, nystagmus: on(2) },
    },
    EMERGENCY,
  ),
  r17(
    F_MIX,
    R_MIX,
    'B6-10',
    'dyscirculatory encephalopathy explains dizziness, but dysarthria since 5 days',
    {
      f: {
        'dyscirculatory-encephalopathy': true,
        dizziness: on(300),
        dysarthria: on(5),
      },
    },
    EMERGENCY,
  ),
  r17(
    F_MIX,
    R_MIX,
    'B6-11',
    'two reports: clean X-ray and a duplex 40 days ago reading a VA occlusion',
    {
      add: [
        study('doppler', 'neck-vessels', 40, 'Right vertebral artery occluded, no flow detected.'),
      ],
    },
    URGENT,
  ),
  r17(
    F_MIX,
    R_MIX,
    'B6-12',
    'stroke entered "no"; undated MRI reads a fresh infarct',
    { add: [study('mri', 'head', null, 'Fresh infarct in the left thalamus.')] },
    { manip: 'contraindicated', czm: 'contraindicated' },
  ),
];

const F_MISS =
  'r17 B7 missing, unknown and malformed-but-valid data: never clear where it fails safe';
const R_MISS =
  'FS-1 / FS-2: unknown is never absent, a modality is clear only when every item is known; FS-7: negated text never establishes absence; FS-8: warnings for unread reports and a missing assessedOn';

const B7: Probe[] = [
  r17(
    F_MISS,
    R_MISS,
    'B7-1',
    'bare referral: no finding answered, no imaging',
    { bare: true, img: [] },
    { ...HOLD_ALL, vas: ['indeterminate'] },
  ),
  r17(
    F_MISS,
    R_MISS,
    'B7-2',
    'bare referral with a normal X-ray only',
    { bare: true },
    { ...HOLD_ALL, vas: ['indeterminate'] },
  ),
  r17(
    F_MISS,
    R_MISS,
    'B7-3',
    'uncovertebral arthrosis unanswered; X-ray reads "no uncovertebral arthrosis" (text alone)',
    {
      f: { 'uncovertebral-arthrosis': null },
      img: [study('xray', 'cervical-spine', 30, 'No uncovertebral arthrosis. Lordosis preserved.')],
    },
    { manip: 'not-cleared' },
  ),
  r17(
    F_MISS,
    R_MISS,
    'B7-4',
    'dissection unanswered; CTA text "no dissection" (text alone)',
    {
      f: { 'vertebral-artery-dissection': null },
      add: [study('cta', 'neck-vessels', 20, 'No evidence of vertebral artery dissection.')],
    },
    { manip: 'not-cleared', czm: 'not-cleared' },
  ),
  r17(
    F_MISS,
    R_MISS,
    'B7-5',
    'assessedOn left out of the file',
    { assessedOn: null },
    { warning: 'assessed-on-missing' },
  ),
  r17(
    F_MISS,
    R_MISS,
    'B7-6',
    'report that reads nothing: "Images reviewed, discussed at MDT."',
    { add: [study('mri', 'cervical-spine', 15, 'Images reviewed, discussed at MDT.')] },
    { warning: 'report-not-read' },
  ),
  r17(
    F_MISS,
    R_MISS,
    'B7-7',
    'diplopia onset typed in the future (a date after assessedOn)',
    { f: { diplopia: { present: true, onset: ago(-3) } } },
    EMERGENCY,
  ),
  r17(
    F_MISS,
    R_MISS,
    'B7-8',
    'red flag logged in a session with no course number',
    {
      s: [
        ses(10, 'collar-zone-massage', { course: null }),
        ses(4, 'collar-zone-massage', { course: null, newSymptoms: ['ataxia'] }),
      ],
    },
    EMERGENCY,
  ),
  r17(
    F_MISS,
    R_MISS,
    'B7-9',
    'massage contraindications unanswered, neurological questions all answered',
    {
      who: 'massage therapist',
      f: {
        'thyroid-disease': null,
        'circulatory-disorder': null,
        'spinal-tumour-or-cyst': null,
        'mental-disorder': null,
      },
    },
    { czm: 'not-cleared', bm: 'not-cleared' },
  ),
  r17(
    F_MISS,
    R_MISS,
    'B7-10',
    'undated MRA: VA occlusion (report date unknown)',
    {
      add: [study('mra', 'neck-vessels', null, 'Occlusion of the left vertebral artery at V4.')],
    },
    URGENT,
  ),
  r17(
    F_MISS,
    R_MISS,
    'B7-11',
    'ataxia entered with note but no onset, assessed on another date (2027-02-01)',
    { f: { ataxia: yes('unsteady, falls to the left') }, assessedOn: '2027-02-01' },
    EMERGENCY,
  ),
];

const F_CLEAN = 'r17 B8 clean patients that must not be escalated (upper bounds)';
const R_CLEAN =
  '\u00a73-\u00a76: nothing present, every item answered: suspicion low, urgency none, every modality clear (precautions -> caution only); FS-4: a negative or undone rotation test never blocks; \u00a79: logged sessions do not set recent-cervical-manipulation; \u00a78: onset entered dates readings, new course lifts the hold, unrecognised tablets give no flag';

const clean = (id: string, essence: string, v: Parameters<typeof r17>[4], e: Expectation = CLEAN) =>
  r17(F_CLEAN, R_CLEAN, id, essence, v, e);

const CAUTION_CZM: Expectation = {
  czm: 'caution',
  vas: ['low'],
  atMost: { czm: 'caution', bm: 'clear', ex: 'clear', urg: 'none' },
};

const PRECAUTIONS: readonly (readonly [string, string])[] = [
  ['hypertension', 'treated, BP 135/85'],
  ['anticoagulants', 'apixaban for atrial fibrillation'],
  ['clotting-disorder', 'factor V Leiden'],
  ['long-term-steroids', 'prednisolone 5 mg for 3 years'],
  ['smoking', '20 a day'],
  ['diabetes', 'type 2, metformin'],
  ['hyperlipidaemia', 'on atorvastatin'],
  ['migraine', 'migraine with aura since teens, unchanged'],
  ['post-partum', 'delivered 6 weeks ago'],
  ['vertebral-instability', 'mild C4-C5 hypermobility on flexion views'],
  ['vertebral-artery-narrowing', 'hypoplastic right VA, known'],
  ['recent-cervical-manipulation', 'osteopath 2 weeks ago, no symptoms since'],
];

const B8: Probe[] = [
  clean('B8-1', 'office worker, chronic mechanical neck pain, chiropractor pre-check', {
    who: 'chiropractor',
  }),
  clean('B8-2', 'same, rotation test negative (FS-4)', {
    f: { 'dizziness-on-head-rotation': false },
  }),
  clean('B8-3', 'same, cervical MSCT instead of X-ray', {
    img: [
      study(
        'msct',
        'cervical-spine',
        45,
        'MSCT cervical spine: osteochondrosis C5-C6, no fracture, canal of normal width.',
      ),
    ],
  }),
  clean('B8-4', 'same, MRI cervical spine with a small disc protrusion, no radiculopathy', {
    img: [
      study(
        'mri',
        'cervical-spine',
        45,
        'Small central disc protrusion C5-C6 without cord or root compression. Normal cord signal.',
      ),
    ],
  }),
  clean('B8-5', 'tension-type headache for years, unchanged (one triad feature)', {
    f: { headache: on(2000, 'tension-type since university, unchanged') },
  }),
  clean('B8-6', 'BPPV with positional dizziness (one triad feature, benign cause)', {
    f: { dizziness: on(60, 'turning over in bed'), bppv: yes('Dix-Hallpike positive right') },
  }),
  clean('B8-7', 'psychogenic dizziness, known anxiety follow-up done', {
    f: { dizziness: on(400), 'psychogenic-dizziness': true },
  }),
  clean('B8-8', 'dizziness from venous insufficiency (neurologist letter)', {
    f: { dizziness: on(300), 'venous-insufficiency': true },
  }),
  clean('B8-9', 'nausea and sweating without any triad feature', {
    f: { nausea: on(30), sweating: on(30) },
  }),
  clean('B8-10', 'presbyopic blurred vision only (one triad feature)', {
    f: { 'visual-disturbance': on(900, 'needs reading glasses') },
  }),
  clean('B8-11', 'normal duplex, normal MRA and normal brain MRI on file', {
    add: [
      NORMAL_DUPLEX,
      study('mra', 'neck-vessels', 30, 'Normal MR angiogram of the neck vessels.'),
      study('mri', 'head', 30, 'Normal MRI of the brain.'),
    ],
  }),
  clean('B8-12', 'collar-zone massage course going well (pain 6 -> 2 over 5 sessions)', {
    who: 'massage therapist',
    s: course(5, 'collar-zone-massage', 2),
  }),
  clean('B8-13', 'back massage course of 10, all uneventful', {
    s: course(10, 'back-massage', 1),
  }),
  clean('B8-14', 'exercise course of 6, all uneventful', {
    s: course(6, 'therapeutic-exercise', 2),
  }),
  clean(
    'B8-15',
    'manipulation course logged last week, uneventful (logged sessions are not recent-cervical-manipulation)',
    { who: 'chiropractor', s: course(4, 'cervical-manipulation', 5) },
  ),
  clean('B8-16', 'pain after session lasted exactly 48 h, redness exactly 24 h', {
    s: [
      ses(9, 'collar-zone-massage', { painBefore: 6, painAfter: 5 }),
      ses(6, 'collar-zone-massage', { painBefore: 5, painAfter: 4, painHours: 48 }),
      ses(3, 'collar-zone-massage', { painBefore: 4, painAfter: 3, rednessHours: 24 }),
    ],
  }),
  clean('B8-17', 'ibuprofen for 4 calendar days', {
    s: course(3, 'back-massage', 2),
    m: [tab('ibuprofen', 7, 4)],
  }),
  clean('B8-18', 'paracetamol marked analgesic: false by the clinician (for fever), 10 days', {
    s: course(3, 'back-massage', 2),
    m: [tab('paracetamol', 12, 3, { analgesic: false })],
  }),
  clean('B8-19', 'fourth course of back massage', {
    s: course(3, 'back-massage', 2, () => ({ course: 4 })),
  }),
  clean('B8-20', 'three czm courses and three back-massage courses (per modality <= 4)', {
    s: [1, 2, 3].flatMap((c) => [
      ses(2 + (3 - c) * 50, 'collar-zone-massage', { course: c, painBefore: 4, painAfter: 3 }),
      ses(3 + (3 - c) * 50, 'back-massage', { course: c, painBefore: 4, painAfter: 3 }),
    ]),
  }),
  clean('B8-21', 'dizziness rated 1 then 2 (rise of 1, not new)', {
    s: [
      ses(9, 'collar-zone-massage', { dizziness: 1 }),
      ses(6, 'collar-zone-massage', { dizziness: 1 }),
      ses(3, 'collar-zone-massage', { dizziness: 2 }),
    ],
  }),
  clean('B8-22', 'headache rated 0, 0 then 1', {
    s: [ses(9, 'back-massage'), ses(6, 'back-massage'), ses(3, 'back-massage', { headache: 1 })],
  }),
  clean('B8-23', 'headache rated 6 at the only (first) session of a course', {
    s: [ses(3, 'back-massage', { headache: 6 })],
  }),
  clean('B8-24', 'czm course 1 stopped 4 months ago; new course 2 started, uneventful', {
    s: [
      ses(130, 'collar-zone-massage'),
      ses(127, 'collar-zone-massage', { painHours: 72 }),
      ses(6, 'collar-zone-massage', { course: 2 }),
      ses(3, 'collar-zone-massage', { course: 2, painBefore: 4, painAfter: 3 }),
    ],
  }),
  clean('B8-25', 'recent neck massage at a spa, no symptoms at all', {
    who: 'massage therapist',
    f: { 'recent-neck-massage': on(10, 'spa massage') },
  }),
  clean('B8-26', 'uncovertebral arthrosis unanswered but confirmed absent on the X-ray', {
    f: { 'uncovertebral-arthrosis': null },
    img: [
      study('xray', 'cervical-spine', 30, 'No uncovertebral arthrosis. Lordosis preserved.', {
        absentFindings: ['uncovertebral-arthrosis'],
      }),
    ],
  }),
  clean('B8-27', 'patient aged 70, nothing present', { age: 70, sex: 'male' }),
  clean('B8-28', 'patient aged 17, nothing present (sports massage)', {
    age: 17,
    who: 'sports massage therapist',
  }),
  clean('B8-29', 'assessed on 2027-03-01, everything months old and clean', {
    assessedOn: '2027-03-01',
  }),
  clean('B8-30', 'chronic occipital headache for years, headache also ticked', {
    f: { headache: on(1500), 'occipital-headache': on(1500, 'since a desk job, unchanged') },
  }),
  clean('B8-31', 'cervical osteochondrosis with muscle hypertonicity, manual therapy indicated', {
    f: { 'cervical-osteochondrosis': true, 'disc-protrusion': true },
  }),
  clean('B8-32', 'sedentary work and congenital anomaly (block vertebra) only', {
    f: { 'sedentary-work': true, 'congenital-spine-anomaly': yes('C2-C3 block vertebra') },
  }),
  clean(
    'B8-33',
    'stroke entered 400 days ago; MRI of that time reads an old infarct (entered onset dates it)',
    {
      f: { stroke: on(400) },
      add: [study('mri', 'head', 398, 'Old lacunar infarct in the right thalamus.')],
    },
    {
      manip: 'caution',
      czm: 'caution',
      atMost: { manip: 'caution', czm: 'caution', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  clean(
    'B8-34',
    'old stroke 2 years ago, recovered',
    { f: { stroke: on(730) } },
    {
      manip: 'caution',
      czm: 'caution',
      atMost: { manip: 'caution', czm: 'caution', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  clean(
    'B8-35',
    'TIA 3 years ago',
    { f: { tia: on(1095) } },
    {
      manip: 'caution',
      czm: 'caution',
      atMost: { manip: 'caution', czm: 'caution', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  clean(
    'B8-36',
    'history of cancer, in remission 8 years',
    { f: { 'malignancy-history': on(2900) } },
    {
      manip: 'caution',
      czm: 'caution',
      atMost: { manip: 'caution', czm: 'caution', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  clean(
    'B8-37',
    'multiple sclerosis without dizziness, back massage requested',
    { f: { 'multiple-sclerosis': yes('stable on interferon') } },
    CAUTION_CZM,
  ),
  clean(
    'B8-38',
    'neck injury 3 years ago (healed whiplash)',
    { f: { 'neck-injury': on(1095) } },
    {
      czm: 'caution',
      bm: 'caution',
      vas: ['low'],
      atMost: { czm: 'caution', bm: 'caution', ex: 'clear', urg: 'none' },
    },
  ),
  ...PRECAUTIONS.map(([id, note], i) =>
    clean(`B8-${39 + i}`, `${id} only (${note})`, { f: { [id]: yes(note) } }, CLEAN_MANIP_CAUTION),
  ),
  clean('B8-51', 'infection resolved: entered "no", treated sinusitis last month in the note', {
    f: { infection: { present: false, note: 'sinusitis a month ago, resolved' } },
  }),
  clean('B8-52', 'rejected machine reading: the clinician rejected "infarct" on a brain MRI', {
    add: [
      study('mri', 'head', 60, 'Old lacunar infarct in the right basal ganglia.', {
        rejectedFindings: ['stroke'],
      }),
    ],
  }),
  clean('B8-53', 'referral from a dentist for jaw and neck tension, nothing else', {
    who: 'dentist',
    why: 'bruxism, neck and jaw muscle tension',
  }),
  clean('B8-54', 'headache triggered by long screen work, normal neck duplex', {
    f: { headache: on(500, 'after screen work') },
    add: [NORMAL_DUPLEX],
  }),
  clean(
    'B8-55',
    'neck pain logged after one session only (neck-pain newSymptoms is concerning)',
    {
      s: czmCourse({ newSymptoms: ['neck-pain'] }),
    },
    {
      vas: ['low'],
      course: ['concerning'],
      atMost: { manip: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
  ),
  clean(
    'B8-56',
    'painkiller tablet unrecognised (herbal), 10 days: warning, no flag',
    {
      s: course(3, 'back-massage', 2),
      m: [tab('Valerian forte', 12, 2)],
    },
    {
      ...CLEAN,
      course: ['expected'],
      warning: 'unrecognised-tablet',
    },
  ),
  clean('B8-57', 'two uneventful courses of collar-zone massage a year apart', {
    s: [
      ...course(5, 'collar-zone-massage', 360),
      ...course(5, 'collar-zone-massage', 2, () => ({ course: 2 })),
    ],
  }),
  clean('B8-58', 'X-ray undated (brought on a CD), clean', {
    img: [study('xray', 'cervical-spine', null, XR_CLEAN.report ?? '')],
  }),
  clean('B8-59', 'new kind of headache explicitly denied, chronic headache present', {
    f: { headache: on(900), 'new-unusual-headache': false },
  }),
  clean(
    'B8-60',
    'neck trauma dated 5 days ago AFTER a chronic headache (no symptom began after it)',
    { f: { headache: on(700), 'recent-neck-trauma': on(5, 'bumped head on a cupboard') } },
    { manip: 'contraindicated', atMost: { ex: 'clear', urg: 'none' } },
  ),
];

const F_HARD =
  'r17 B9 harder vignettes: session order, dates across months and years, onsets on the edge';
const R_HARD =
  '\u00a74 / \u00a78 / \u00a79 as cited per vignette: sessions are judged in date order whatever the file order; 14 / 180-day edges in calendar days from assessedOn; a triad feature from a new rating has onset = the session date and follows the after-manipulation rule';

const B9: Probe[] = [
  r17(
    F_HARD,
    R_HARD,
    'B9-1',
    'sessions listed newest first: dizziness 3 at the latest czm session after 0, 0',
    {
      s: [
        ses(3, 'collar-zone-massage', { dizziness: 3 }),
        ses(6, 'collar-zone-massage'),
        ses(9, 'collar-zone-massage'),
      ],
    },
    { ...URGENT, course: ['stop'] },
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-2',
    'sessions listed newest first: pain 6, 5, 5, 5, 5 (not falling) in reverse order',
    {
      s: [6, 5, 5, 5, 5]
        .map((p, i) => ses(15 - 3 * i, 'back-massage', { painBefore: p, painAfter: p }))
        .reverse(),
    },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-3',
    'dizziness rated 0, 0 then 3 in a manipulation course 3 days ago (new triad after manipulation)',
    {
      who: 'chiropractor',
      s: [
        ses(9, 'cervical-manipulation'),
        ses(6, 'cervical-manipulation'),
        ses(3, 'cervical-manipulation', { dizziness: 3 }),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-4',
    'headache rated 0 then 5 after a manipulation 20 days ago (older than 14 days -> urgent)',
    {
      s: [
        ses(26, 'cervical-manipulation'),
        ses(23, 'cervical-manipulation'),
        ses(20, 'cervical-manipulation', { headache: 5 }),
      ],
    },
    { ...URGENT, course: ['stop'] },
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-5',
    'czm course 1 logged new dizziness 20 days ago; a new course 2 started since',
    {
      s: [
        ses(26, 'collar-zone-massage'),
        ses(23, 'collar-zone-massage'),
        ses(20, 'collar-zone-massage', { newSymptoms: ['dizziness'] }),
        ses(4, 'collar-zone-massage', { course: 2 }),
      ],
    },
    { urg: 'urgent' },
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-6',
    'diplopia logged in czm course 1 ten days ago; course 2 started 3 days ago',
    {
      s: [
        ses(16, 'collar-zone-massage'),
        ses(10, 'collar-zone-massage', { newSymptoms: ['diplopia'] }),
        ses(3, 'collar-zone-massage', { course: 2 }),
      ],
    },
    EMERGENCY,
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-7',
    'manipulated 20 days ago, dizziness began 6 days ago (exactly 14 days after)',
    { f: { 'recent-cervical-manipulation': on(20), dizziness: on(6) } },
    EMERGENCY,
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-8',
    'manipulated 28 days ago, dizziness began 14 days ago (exactly 14 days after, onset 14 d)',
    { f: { 'recent-cervical-manipulation': on(28), dizziness: on(14) } },
    EMERGENCY,
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-9',
    'red flag onset on the assessment day itself',
    { f: { 'visual-field-loss': on(0, 'sudden right field cut this morning') } },
    EMERGENCY,
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-10',
    'assessed 2027-03-10: diplopia since 2027-02-24 (14 days across February)',
    {
      assessedOn: '2027-03-10',
      f: { diplopia: { present: true, onset: '2027-02-24' } },
    },
    EMERGENCY,
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-11',
    'assessed 2028-03-10 (leap year): numbness since 2028-02-25 (14 days)',
    {
      assessedOn: '2028-03-10',
      f: { numbness: { present: true, onset: '2028-02-25' } },
    },
    EMERGENCY,
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-12',
    'assessed 2027-01-05: stroke 2026-07-09 (180 days across the year end)',
    {
      assessedOn: '2027-01-05',
      f: { stroke: { present: true, onset: '2026-07-09' } },
    },
    { manip: 'contraindicated', czm: 'contraindicated' },
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-13',
    'assessed 2027-01-05: MRI dated 2026-12-22 reads an acute infarct (14 days across the year end)',
    {
      assessedOn: '2027-01-05',
      add: [
        {
          modality: 'mri',
          region: 'head',
          date: '2026-12-22',
          report: 'Acute infarct in the left cerebellar hemisphere.',
        },
      ],
    },
    EMERGENCY,
  ),
  r17(
    F_HARD,
    R_HARD,
    'B9-14',
    'new unusual headache 5 days; manipulation 20 days ago (15 days before onset: urgent, not emergency)',
    {
      f: { 'new-unusual-headache': on(5) },
      s: [ses(26, 'cervical-manipulation'), ses(20, 'cervical-manipulation')],
    },
    URGENT,
  ),
];

const F_UNK2 = 'r17 B10 unknown triggers next to a present finding (could be an emergency)';
const R_UNK2 =
  '\u00a75 "all four": urgency emergency with its red-flag fields unknown -> not-cleared; recent-neck-trauma / -cervical-manipulation / -neck-massage are red-flag fields of the contract; \u00a75: triad-progressive unknown holds the three manual therapies while a triad feature is present';

const B10: Probe[] = [
  r17(
    F_UNK2,
    R_UNK2,
    'B10-1',
    'diplopia for 2 months; recent neck massage not asked',
    { f: { diplopia: on(60), 'recent-neck-massage': null } },
    HOLD_ALL,
  ),
  r17(
    F_UNK2,
    R_UNK2,
    'B10-2',
    'numbness for 6 weeks; recent neck trauma not asked',
    { f: { numbness: on(42), 'recent-neck-trauma': null } },
    HOLD_ALL,
  ),
  r17(
    F_UNK2,
    R_UNK2,
    'B10-3',
    'ataxia for 100 days; recent cervical manipulation not asked',
    { f: { ataxia: on(100), 'recent-cervical-manipulation': null } },
    HOLD_ALL,
  ),
  r17(
    F_UNK2,
    R_UNK2,
    'B10-4',
    'dizziness for 5 days; recent manipulation not asked (triad after manipulation possible)',
    { f: { dizziness: on(5), 'recent-cervical-manipulation': null } },
    { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
  ),
  r17(
    F_UNK2,
    R_UNK2,
    'B10-5',
    'headache present, progressive course not asked',
    { f: { headache: on(200), 'triad-progressive': null } },
    { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
  ),
  r17(
    F_UNK2,
    R_UNK2,
    'B10-6',
    'visual disturbance present, progressive course not asked, massage therapist',
    {
      who: 'massage therapist',
      f: { 'visual-disturbance': on(90), 'triad-progressive': null },
    },
    { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
  ),
  r17(
    F_UNK2,
    R_UNK2,
    'B10-7',
    'dizziness 5 days; neck trauma not asked',
    { f: { dizziness: on(5), 'recent-neck-trauma': null } },
    { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' },
  ),
];

const F_MED2 = 'r17 B11 painkillers: several tablets, open-ended, forms and brand names not listed';
const R_MED2 =
  '\u00a76 concerning: analgesic tablets taken for more than 4 days (the patient, not one tablet: \u00a78 the painkiller rule belongs to the patient); names beyond the list ("...") welcome';

const B11: Probe[] = [
  r17(
    F_MED2,
    R_MED2,
    'B11-1',
    'ibuprofen days 1-3, then paracetamol days 4-6 (6 days of painkillers)',
    { ...withCourse, m: [tab('ibuprofen', 9, 7), tab('paracetamol', 6, 4)] },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_MED2,
    R_MED2,
    'B11-2',
    'Nurofen entered twice: 3 days, then 3 more days',
    { ...withCourse, m: [tab('Nurofen', 9, 7), tab('Nurofen', 6, 4)] },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_MED2,
    R_MED2,
    'B11-3',
    'ibuprofen started 5 days ago, still taking (no end date)',
    { ...withCourse, m: [tab('ibuprofen', 5, null)] },
    { course: ['concerning', 'stop'] },
  ),
  r17(
    F_MED2,
    R_MED2,
    'B11-4',
    'IBUPROFEN in capitals, form not given, 7 days',
    { ...withCourse, m: [{ name: 'IBUPROFEN 200MG', start: ago(9), end: ago(3) }] },
    { course: ['concerning', 'stop'] },
  ),
  ...[
    'Ketonal',
    'Nimesil',
    'Citramon',
    'Aleve',
    'Celebrex',
    'Pentalgin',
    'Ketanov',
    'Solpadeine',
  ].map((name, i) =>
    r17(
      F_MED2,
      R_MED2,
      `B11-${5 + i}`,
      `${name} tablets for 7 days (brand not in the rules' list)`,
      { ...withCourse, m: [tab(name, 9, 3)] },
      { course: ['concerning', 'stop'] },
    ),
  ),
];

const F_SRC = 'r17 B12 several studies and sources disagreeing';
const R_SRC =
  "\u00a78: absentFindings on one study does not remove a reading of another (present wins); a rejection removes only that study's reading; \u00a75: only a cervical-spine X-ray / MRI / MSCT excludes uncovertebral arthrosis";

const B12: Probe[] = [
  r17(
    F_SRC,
    R_SRC,
    'B12-1',
    'stroke: one MRI confirmed absent (absentFindings), a later CT reads a recent infarct',
    {
      add: [
        study('mri', 'head', 200, 'No infarct.', { absentFindings: ['stroke'] }),
        study('msct', 'head', 30, 'Recent infarct in the right cerebellum.'),
      ],
    },
    { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  ),
  r17(
    F_SRC,
    R_SRC,
    'B12-2',
    'infarct rejected on one MRI, but another MRI reads an infarct too',
    {
      add: [
        study('mri', 'head', 90, 'Small infarct in the left cerebellum.', {
          rejectedFindings: ['stroke'],
        }),
        study('mri', 'head', 60, 'Chronic infarct in the left cerebellum, unchanged.'),
      ],
    },
    { manip: 'contraindicated', czm: 'contraindicated' },
  ),
  r17(
    F_SRC,
    R_SRC,
    'B12-3',
    'only imaging: CTA of the neck filed under region cervical-spine',
    {
      img: [
        study(
          'cta',
          'cervical-spine',
          30,
          'CT angiography: vertebral arteries patent, no stenosis.',
        ),
      ],
    },
    { manip: 'not-cleared' },
  ),
  r17(
    F_SRC,
    R_SRC,
    'B12-4',
    'only imaging: neck duplex filed under region cervical-spine',
    {
      img: [
        study('doppler', 'cervical-spine', 30, 'Vertebral arteries: antegrade flow, no stenosis.'),
      ],
    },
    { manip: 'not-cleared' },
  ),
  r17(
    F_SRC,
    R_SRC,
    'B12-5',
    'uncovertebral arthrosis confirmed on an X-ray of 2019, newer MRI silent',
    {
      img: [
        study('xray', 'cervical-spine', 2500, 'Uncovertebral arthrosis C5-C6.', {
          findings: ['uncovertebral-arthrosis'],
        }),
        study('mri', 'cervical-spine', 30, 'Disc bulge C5-C6. Normal cord.'),
      ],
    },
    { manip: 'contraindicated' },
  ),
];

const F_RERUN =
  'r17 B13 the screen re-run on what sessions log (findings from sessions meet the intake)';
const R_RERUN =
  '\u00a74 / \u00a78: a newSymptoms id or a new rating is a finding present with onset = the session date (triad features count for the suspicion level; with several sources the most recent onset counts; 14-day edge on the session date); \u00a79: an undated trauma counts as within 14 days before the symptom';

const B13: Probe[] = [
  r17(
    F_RERUN,
    R_RERUN,
    'B13-1',
    'dizziness and blurred vision at intake; headache logged after a back massage 4 days ago',
    {
      f: { dizziness: on(60), 'visual-disturbance': on(60) },
      s: [
        ses(10, 'back-massage'),
        ses(7, 'back-massage'),
        ses(4, 'back-massage', { newSymptoms: ['headache'] }),
      ],
    },
    { vas: ['high', 'confirmed'], manip: 'contraindicated', czm: 'not-cleared', course: ['stop'] },
  ),
  r17(
    F_RERUN,
    R_RERUN,
    'B13-2',
    'dizziness and blurred vision at intake; headache rated 0, 0, 3 in a back-massage course',
    {
      f: { dizziness: on(60), 'visual-disturbance': on(60) },
      s: [ses(10, 'back-massage'), ses(7, 'back-massage'), ses(4, 'back-massage', { headache: 3 })],
    },
    { vas: ['high', 'confirmed'], manip: 'contraindicated', czm: 'not-cleared', course: ['stop'] },
  ),
  r17(
    F_RERUN,
    R_RERUN,
    'B13-3',
    'diplopia entered with onset 40 days ago, logged again after a back massage 3 days ago',
    {
      f: { diplopia: on(40) },
      s: [ses(9, 'back-massage'), ses(3, 'back-massage', { newSymptoms: ['diplopia'] })],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r17(
    F_RERUN,
    R_RERUN,
    'B13-4',
    'vertebral-artery dissection logged after an exercise session 8 days ago (diagnosed after it)',
    {
      s: [
        ses(14, 'therapeutic-exercise'),
        ses(8, 'therapeutic-exercise', { newSymptoms: ['vertebral-artery-dissection'] }),
      ],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r17(
    F_RERUN,
    R_RERUN,
    'B13-5',
    'stroke logged after a back-massage session 30 days ago',
    {
      s: [ses(36, 'back-massage'), ses(30, 'back-massage', { newSymptoms: ['stroke'] })],
    },
    { manip: 'contraindicated', czm: 'contraindicated', course: ['stop'] },
  ),
  r17(
    F_RERUN,
    R_RERUN,
    'B13-6',
    'syncope logged after a back-massage session exactly 14 days ago',
    {
      s: [ses(20, 'back-massage'), ses(14, 'back-massage', { newSymptoms: ['syncope'] })],
    },
    { ...EMERGENCY, course: ['stop'] },
  ),
  r17(
    F_RERUN,
    R_RERUN,
    'B13-7',
    'neck trauma undated (car accident "recently"), dizziness began 20 days ago',
    {
      f: { 'recent-neck-trauma': yes('car accident recently'), dizziness: on(20) },
    },
    URGENT,
  ),
  r17(
    F_RERUN,
    R_RERUN,
    'B13-8',
    'confirmed VAS only as a clinician-confirmed finding on a duplex study',
    {
      f: { 'confirmed-vas': null },
      add: [
        study('doppler', 'neck-vessels', 30, 'Extravasal compression of the left VA on rotation.', {
          findings: ['confirmed-vas', 'vertebral-artery-narrowing'],
        }),
      ],
    },
    { vas: ['confirmed'], manip: 'contraindicated', czm: 'contraindicated' },
  ),
  r17(
    F_RERUN,
    R_RERUN,
    'B13-9',
    'dizziness rated 0, 0, 2 in a czm course, dizziness entered "no" at intake (present wins)',
    {
      f: { headache: on(100), 'visual-disturbance': on(100) },
      s: [
        ses(10, 'collar-zone-massage'),
        ses(7, 'collar-zone-massage'),
        ses(4, 'collar-zone-massage', { dizziness: 2 }),
      ],
    },
    { vas: ['high', 'confirmed'], manip: 'contraindicated', czm: 'not-cleared', ...URGENT },
  ),
];

const F_CLEAN2 = 'r17 B14 more clean patients: benign combinations, normal work-ups, quiet courses';

const clean2 = (
  id: string,
  essence: string,
  v: Parameters<typeof r17>[4],
  e: Expectation = CLEAN,
) => r17(F_CLEAN2, R_CLEAN, id, essence, v, e);

const NORMAL_WORKUP = [
  NORMAL_DUPLEX,
  study(
    'mri',
    'head',
    25,
    'MRI brain: no infarct, no haemorrhage, no mass. Posterior fossa normal. Impression: normal study.',
  ),
  study(
    'cta',
    'neck-vessels',
    25,
    'CTA neck: both vertebral arteries patent and symmetrical. No dissection, no stenosis, no occlusion.',
  ),
];

const B14: Probe[] = [
  clean2('B14-1', 'neurology work-up complete and normal (duplex, brain MRI, CTA)', {
    who: 'neurology clinic',
    add: NORMAL_WORKUP,
  }),
  clean2('B14-2', 'normal work-up plus chronic tension headache', {
    add: NORMAL_WORKUP,
    f: { headache: on(1200, 'tension type') },
  }),
  clean2('B14-3', 'age exactly 18, nothing present', { age: 18 }),
  clean2('B14-4', 'age exactly 55, nothing present', { age: 55, sex: 'male' }),
  clean2('B14-5', 'osteochondrosis and protrusion on MRI, hypertonic trapezius, massage course', {
    f: { 'cervical-osteochondrosis': true, 'disc-protrusion': true },
    s: course(4, 'collar-zone-massage', 2),
  }),
  clean2('B14-6', 'follow-up after course 2 of back massage, pain down from 6 to 1', {
    s: [
      ...course(6, 'back-massage', 120),
      ...course(6, 'back-massage', 1, (i) => ({ course: 2, painBefore: 5 - Math.min(i, 4) })),
    ],
  }),
  clean2('B14-7', 'chiropractor re-check 3 months after an uneventful manipulation course', {
    who: 'chiropractor',
    s: course(6, 'cervical-manipulation', 90),
  }),
  clean2('B14-8', 'exercise only, patient asks for shoulder shrugs programme', {
    s: course(3, 'therapeutic-exercise', 1),
  }),
  clean2('B14-9', 'paracetamol 3 days after the first massage only', {
    s: course(3, 'collar-zone-massage', 2),
    m: [tab('paracetamol 500 mg', 8, 6)],
  }),
  clean2(
    'B14-10',
    'ibuprofen gel (not tablets) noted, 10 days',
    {
      s: course(3, 'back-massage', 2),
      m: [{ name: 'ibuprofen gel 5%', form: 'gel', start: ago(12), end: ago(3), analgesic: true }],
    },
    { ...CLEAN, atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' } },
  ),
  clean2('B14-11', 'BPPV treated with Epley, dizziness resolved (entered no), BPPV yes', {
    f: { bppv: yes('Epley done, resolved') },
  }),
  clean2(
    'B14-12',
    'thyroid disease answered no, levothyroxine not taken',
    {
      m: [tab('vitamin D 1000 IU', 300, null)],
    },
    { ...CLEAN, warning: 'unrecognised-tablet' },
  ),
  clean2('B14-13', 'sweating and tachycardia (two associated signs) without triad', {
    f: { sweating: on(30), tachycardia: on(30) },
  }),
  clean2('B14-14', 'X-ray report lists normal findings in many negations', {
    img: [
      study(
        'xray',
        'cervical-spine',
        40,
        'No fracture. No listhesis. No instability on flexion-extension views. No destructive lesion. No uncovertebral arthrosis. No osteopenia.',
      ),
    ],
  }),
  clean2('B14-15', 'massage therapist intake, back massage only, everything answered no', {
    who: 'massage therapist',
    why: 'low back muscle tension, wants back massage',
  }),
  clean2(
    'B14-16',
    'remote whiplash 10 years ago answered as old neck injury',
    {
      f: { 'neck-injury': on(3650, 'whiplash 2016') },
    },
    {
      czm: 'caution',
      bm: 'caution',
      vas: ['low'],
      atMost: { manip: 'clear', czm: 'caution', bm: 'caution', ex: 'clear', urg: 'none' },
    },
  ),
  clean2(
    'B14-17',
    'old back injury 5 years ago',
    { f: { 'back-injury': on(1825) } },
    {
      bm: 'caution',
      vas: ['low'],
      atMost: { manip: 'clear', czm: 'clear', bm: 'caution', ex: 'clear', urg: 'none' },
    },
  ),
  clean2(
    'B14-18',
    'hypertension and hyperlipidaemia and smoking (several precautions)',
    {
      f: { hypertension: true, hyperlipidaemia: true, smoking: true },
    },
    CLEAN_MANIP_CAUTION,
  ),
  clean2('B14-19', 'dizziness rated 1 at every session of a course (stable, not rising)', {
    s: course(5, 'collar-zone-massage', 2, () => ({ dizziness: 1 })),
  }),
  clean2('B14-20', 'pain falls 7, 5, 4, 3, 2 with pain lasting 36 h after the first two', {
    s: [7, 5, 4, 3, 2].map((p, i) =>
      ses(14 - 3 * i, 'back-massage', {
        painBefore: p + 1,
        painAfter: p,
        painHours: i < 2 ? 36 : 12,
      }),
    ),
  }),
  clean2('B14-21', 'pain 5, 3, 4 (rise of 1 after the 2nd)', {
    s: [5, 3, 4].map((p, i) => ses(9 - 3 * i, 'back-massage', { painBefore: p, painAfter: p })),
  }),
  clean2('B14-22', 'sessions listed newest first, all uneventful', {
    s: course(5, 'collar-zone-massage', 2).reverse(),
  }),
  clean2('B14-23', 'referral reason in free text mentions "no red flags, no trauma"', {
    why: 'chronic neck stiffness; no red flags, no trauma, no dizziness',
  }),
  clean2('B14-24', 'occipital headache with muscle hypertonicity, normal duplex, chronic', {
    f: { headache: on(700), 'occipital-headache': on(700) },
    add: [NORMAL_DUPLEX],
  }),
  clean2('B14-25', 'post-partum 8 months (answered no), nothing else', {
    sex: 'female',
    age: 31,
    why: 'neck pain from breastfeeding posture',
  }),
];

export const ROUND_17_B: readonly Probe[] = [
  ...B1,
  ...B2,
  ...B3,
  ...B4,
  ...B5,
  ...B6,
  ...B7,
  ...B8,
  ...B9,
  ...B10,
  ...B11,
  ...B12,
  ...B13,
  ...B14,
];
