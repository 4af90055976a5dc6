import { assess } from './assess';
import { ALL_RULES } from './rules';
import { MODALITY_ITEMS } from './rules/modality-rules';
import type { CaseFile, ImagingStudy, TreatmentSession } from './model';
import {
  baseCase,
  daysAgo,
  firedRules,
  session,
  withFindings,
  withSessions,
} from './testing/fixtures';

type Pair = { fires: CaseFile; silent: CaseFile };
const NO_HEADACHE = { headache: false };
const manipSession = (days: number, extra: Partial<TreatmentSession> = {}): TreatmentSession =>
  session(0, 3, { modality: 'cervical-manipulation', date: daysAgo(days), ...extra });
const massageSession = (days: number, extra: Partial<TreatmentSession> = {}): TreatmentSession =>
  session(0, 3, { modality: 'collar-zone-massage', date: daysAgo(days), ...extra });
const study = (
  modality: ImagingStudy['modality'],
  region: ImagingStudy['region'],
  days: number,
  report: string,
  extra: Partial<ImagingStudy> = {},
): ImagingStudy => ({ modality, region, date: daysAgo(days), report, ...extra });
const withStudy = (s: ImagingStudy): CaseFile => baseCase({ imaging: [...baseCase().imaging!, s] });
const HD = { headache: true, dizziness: true };
const HDV = { ...HD, 'visual-disturbance': true };

/** One case where each rule fires and one where it does not. */
const PAIRS: Record<string, Pair> = {
  'FS-3': {
    fires: withFindings(
      { 'uncovertebral-arthrosis': false },
      {
        imaging: [
          { modality: 'xray', region: 'cervical-spine', report: 'Uncovertebral arthrosis C5-C6.' },
        ],
      },
    ),
    silent: baseCase(),
  },
  'FS-2': { fires: withFindings({ infection: undefined }), silent: baseCase() },
  'FS-6': {
    fires: withFindings({ ...NO_HEADACHE, 'occipital-headache': true }),
    silent: withFindings({ headache: true, 'occipital-headache': true }),
  },
  'FS-7': {
    fires: withStudy(
      study('xray', 'cervical-spine', 5, 'Osteoporosis.', { rejectedFindings: ['osteoporosis'] }),
    ),
    silent: withStudy(study('xray', 'cervical-spine', 5, 'Osteoporosis.')),
  },
  'URG-TRIAD-PROGRESSIVE': {
    fires: withFindings({ 'triad-progressive': true }),
    silent: baseCase(),
  },
  'URG-DISSECTION': {
    fires: withFindings({ 'vertebral-artery-dissection': true }),
    silent: withFindings({ 'vertebral-artery-dissection': { present: true, onset: daysAgo(40) } }),
  },
  'URG-DISSECTION-OLD': {
    fires: withFindings({ 'vertebral-artery-dissection': { present: true, onset: daysAgo(40) } }),
    silent: withFindings({ 'vertebral-artery-dissection': { present: true, onset: daysAgo(4) } }),
  },
  'URG-NEW-HEADACHE': {
    fires: withFindings({ 'new-unusual-headache': true }),
    silent: withFindings({ 'new-unusual-headache': true, 'recent-neck-trauma': true }),
  },
  'URG-NEW-HEADACHE-AFTER-NECK': {
    fires: withFindings({ 'new-unusual-headache': true, 'recent-neck-massage': true }),
    silent: withFindings({ 'new-unusual-headache': true }),
  },
  'URG-TRIAD-AFTER-MANIPULATION': {
    fires: withFindings(
      { dizziness: { present: true, onset: daysAgo(3) } },
      { sessions: [manipSession(5)] },
    ),
    silent: withFindings(
      { dizziness: { present: true, onset: daysAgo(3) } },
      { sessions: [manipSession(30)] },
    ),
  },
  'URG-TRIAD-AFTER-MANIPULATION-OLD': {
    fires: withFindings(
      { dizziness: { present: true, onset: daysAgo(25) } },
      { sessions: [manipSession(30)] },
    ),
    silent: withFindings(
      { dizziness: { present: true, onset: daysAgo(25) } },
      { sessions: [manipSession(60)] },
    ),
  },
  'URG-TRIAD-AFTER-MASSAGE': {
    fires: baseCase({
      sessions: [massageSession(6), massageSession(4, { newSymptoms: ['headache'] })],
    }),
    silent: baseCase({ sessions: [massageSession(6), massageSession(4)] }),
  },
  'URG-TRIAD-AFTER-NECK-ONSET': {
    fires: withFindings({ headache: true }, { sessions: [manipSession(60)] }),
    silent: withFindings(
      { headache: { present: true, onset: daysAgo(400) } },
      { sessions: [manipSession(60)] },
    ),
  },
  'URG-ACUTE-IMAGING': {
    fires: withStudy(study('mri', 'head', 3, 'Acute infarct in the left cerebellar hemisphere.')),
    silent: withStudy(
      study('mri', 'head', 400, 'Acute infarct in the left cerebellar hemisphere.'),
    ),
  },
  'URG-ACUTE-IMAGING-RECENT': {
    fires: withStudy(
      study('doppler', 'neck-vessels', 60, 'Occlusion of the left vertebral artery.'),
    ),
    silent: withStudy(
      study('doppler', 'neck-vessels', 300, 'Occlusion of the left vertebral artery.'),
    ),
  },
  'MANIP-ROTATION': {
    fires: withFindings({ 'dizziness-on-head-rotation': true }),
    silent: withFindings({ 'dizziness-on-head-rotation': false }),
  },
  'CZM-ROTATION': {
    fires: withFindings({ 'dizziness-on-head-rotation': true }),
    silent: withFindings({
      'dizziness-on-head-rotation': true,
      'dynamic-vascular-assessment-normal': true,
    }),
  },
  'COURSE-STOP-HOLD': {
    fires: withSessions([5, 4], (i) => ({ painWorseWithMovement: i === 1 })),
    silent: withSessions([5, 4, 3], (i) => ({
      painWorseWithMovement: i === 1,
      course: i === 2 ? 2 : 1,
    })),
  },
  'COURSE-STOP-NEW-RATING': {
    fires: withSessions([5, 4, 4, 3], (i) => ({ dizziness: i === 3 ? 6 : 0 })),
    silent: withSessions([5, 4, 4, 3], (i) => ({ dizziness: i === 0 ? 6 : 0 })),
  },
  'COURSE-RATING-RISING': {
    fires: withSessions([5, 4, 4], (i) => ({ headache: [1, 1, 3][i] })),
    silent: withSessions([5, 4, 4], (i) => ({ headache: [1, 2, 3][i] })),
  },
  'COURSE-NEW-NECK-PAIN': {
    fires: withSessions([5, 4], (i) => (i === 1 ? { newSymptoms: ['neck-pain'] } : {})),
    silent: withSessions([5, 4]),
  },
  'VAS-CONFIRMED': { fires: withFindings({ 'confirmed-vas': true }), silent: baseCase() },
  'VAS-TRIAD-3': { fires: withFindings(HDV), silent: withFindings(HD) },
  'VAS-TRIAD-2-IMAGING': {
    fires: withFindings({ ...HD, 'vertebral-artery-narrowing': true }),
    silent: withFindings(HD),
  },
  'VAS-TRIAD-2': { fires: withFindings(HD), silent: withFindings({ headache: true }) },
  'VAS-TRIAD-1-IMAGING': {
    fires: withFindings({ headache: true, 'vertebral-artery-narrowing': true }),
    silent: withFindings({ headache: true }),
  },
  'VAS-TRIAD-1-ASSOC': {
    fires: withFindings({ headache: true, nausea: true, vomiting: true }),
    silent: withFindings({ headache: true, nausea: true }),
  },
  'VAS-INDETERMINATE': {
    fires: withFindings({ 'visual-disturbance': undefined }),
    silent: baseCase(),
  },
  'VAS-LOW': { fires: baseCase(), silent: withFindings({ 'visual-disturbance': undefined }) },
  'VAS-PTS-HEADACHE': { fires: withFindings({ headache: true }), silent: baseCase() },
  'VAS-PTS-OCCIPITAL': {
    fires: withFindings({ 'occipital-headache': true }),
    silent: withFindings({ headache: true }),
  },
  'VAS-PTS-DIZZINESS': { fires: withFindings({ dizziness: true }), silent: baseCase() },
  'VAS-PTS-VISUAL': { fires: withFindings({ 'visual-disturbance': true }), silent: baseCase() },
  'VAS-PTS-IMAGING': {
    fires: withFindings({ 'vertebral-artery-narrowing': true }),
    silent: baseCase(),
  },
  'VAS-PTS-ASSOC': { fires: withFindings({ nausea: true }), silent: baseCase() },
  'URG-EMERGENCY-RECENT': {
    fires: withFindings({ diplopia: { present: true, onset: daysAgo(3) } }),
    silent: withFindings({ diplopia: { present: true, onset: daysAgo(100) } }),
  },
  'URG-EMERGENCY-ONSET-UNKNOWN': {
    fires: withFindings({ diplopia: true }),
    silent: withFindings({ diplopia: { present: true, onset: daysAgo(100) } }),
  },
  'URG-EMERGENCY-TRAUMA': {
    fires: withFindings({
      nystagmus: { present: true, onset: daysAgo(100) },
      'recent-neck-trauma': true,
    }),
    silent: withFindings({ nystagmus: { present: true, onset: daysAgo(100) } }),
  },
  'URG-URGENT-LONGSTANDING': {
    fires: withFindings({ numbness: { present: true, onset: daysAgo(30) } }),
    silent: withFindings({ numbness: { present: true, onset: daysAgo(14) } }),
  },
  'URG-URGENT-WORSENING': {
    fires: withFindings({ 'worsening-neurology': true }),
    silent: baseCase(),
  },
  'CAUSE-VERTEBROGENIC': {
    fires: withFindings({ 'cervical-osteochondrosis': true }),
    silent: baseCase(),
  },
  'CAUSE-ATHEROSCLEROTIC': {
    fires: withFindings({ 'vertebral-artery-atherosclerosis': true }),
    silent: baseCase(),
  },
  'CAUSE-MUSCULAR': {
    fires: withFindings({ 'muscle-hypertonicity': true }),
    silent: withFindings({ 'muscle-hypertonicity': true, 'disc-protrusion': true }),
  },
  'CAUSE-UNDETERMINED': { fires: baseCase(), silent: withFindings({ 'disc-herniation': true }) },
  'MOD-EMERGENCY': { fires: withFindings({ dysphagia: true }), silent: baseCase() },
  'MOD-URGENT': { fires: withFindings({ 'worsening-neurology': true }), silent: baseCase() },
  'CZM-VAS-HIGH': { fires: withFindings(HDV), silent: withFindings(HD) },
  'MANIP-VAS-HIGH': { fires: withFindings(HDV), silent: withFindings(HD) },
  'MANIP-VAS-MODERATE': { fires: withFindings(HD), silent: withFindings({ headache: true }) },
  'MANIP-NO-CERVICAL-IMAGING': { fires: baseCase({ imaging: [] }), silent: baseCase() },
  'MANIP-AGE': { fires: baseCase({ patient: { birthDate: '1960-01-01' } }), silent: baseCase() },
  'COURSE-STOP-PAIN-48H': {
    fires: withSessions([5, 4, 3], (i) => (i === 1 ? { painHours: 72 } : {})),
    silent: withSessions([5, 4, 3], () => ({ painHours: 48 })),
  },
  'COURSE-STOP-MOVEMENT': {
    fires: withSessions([5, 4], (i) => ({ painWorseWithMovement: i === 1 })),
    silent: withSessions([5, 4]),
  },
  'COURSE-STOP-ANALGESICS': {
    fires: withSessions([5, 4], (i) => ({ analgesicsIneffective: i === 0 })),
    silent: withSessions([5, 4]),
  },
  'COURSE-STOP-INFLAMMATION': {
    fires: withSessions([5, 4], (i) => (i === 1 ? { rednessHours: 30 } : {})),
    silent: withSessions([5, 4], () => ({ rednessHours: 24 })),
  },
  'COURSE-STOP-NEW-SYMPTOMS': {
    fires: withSessions([5, 4], (i) => (i === 1 ? { newSymptoms: ['dizziness'] } : {})),
    silent: withSessions([5, 4]),
  },
  'COURSE-PAIN-NOT-FALLING': {
    fires: withSessions([6, 5, 5, 5, 5]),
    silent: withSessions([6, 5, 5, 4, 4]),
  },
  'COURSE-PAIN-RISING': { fires: withSessions([6, 5, 3, 5]), silent: withSessions([3, 6, 4, 3]) },
  'COURSE-ANALGESICS-4-DAYS': {
    fires: {
      ...withSessions([5, 4]),
      medications: [{ name: 'Ibuprofen', form: 'tablet', start: daysAgo(10), end: daysAgo(6) }],
    },
    silent: {
      ...withSessions([5, 4]),
      medications: [{ name: 'Ibuprofen', form: 'tablet', start: daysAgo(10), end: daysAgo(7) }],
    },
  },
  'COURSE-MORE-THAN-4': {
    fires: withSessions([5, 4, 3, 2, 2], (i) => ({ course: i + 1 })),
    silent: withSessions([5, 4, 3, 2], (i) => ({ course: i + 1 })),
  },
};

for (const item of MODALITY_ITEMS) {
  const onset = item.kind === 'recent' ? { present: true, onset: daysAgo(10) } : true;
  PAIRS[item.id] = { fires: withFindings({ [item.finding]: onset }), silent: baseCase() };
  if (item.older) {
    PAIRS[item.older.id] = {
      fires: withFindings({ [item.finding]: { present: true, onset: daysAgo(400) } }),
      silent: withFindings({ [item.finding]: { present: true, onset: daysAgo(10) } }),
    };
  }
}

describe('every clinical rule', () => {
  it('has a fire / no-fire pair for every rule that shows in an assessment', () => {
    const shown = ['FS-2', 'FS-3', 'FS-6', 'FS-7'];
    const detectable = ALL_RULES.filter((r) => r.category !== 'principle' || shown.includes(r.id));
    expect(detectable.map((r) => r.id).filter((id) => !PAIRS[id])).toEqual([]);
  });

  it('has unique ids and a source and text each', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(['ART', 'IF', 'FR', 'FS']).toContain(r.source);
      expect(r.text.length).toBeGreaterThan(5);
    }
  });

  for (const [id, pair] of Object.entries(PAIRS)) {
    it(`${id} fires`, () => expect(firedRules(assess(pair.fires))).toContain(id));
    it(`${id} does not fire`, () => expect(firedRules(assess(pair.silent))).not.toContain(id));
  }
});
