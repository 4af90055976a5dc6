/**
 * Round 55's helpers (/tmp/probe55/vignettes.mjs and run.mjs: 212 whole case files written from
 * the brief). Every vignette is a complete case file (a `whole` probe), built as the round's
 * `V` built it: assessed 2026-11-20; every intake finding answered "no" except the rotation test
 * and the dynamic assessment (null: not done); a 47-year-old woman; a normal cervical X-ray 40
 * days old; a GP referral ("Assessment before a course of massage or manual therapy, please.")
 * 7 days old; then what the vignette changes (`f` findings, `un` left unanswered, `img` replacing
 * the imaging, `addImg`, sessions, medications, the referral, no assessedOn). The round's
 * expectations (run.mjs `check`) as an Expectation: `eq` exact (a lower and an upper bound),
 * `min` lower and `max` upper bounds, `missing`, `warn` (the warning's code), `conflict` (at
 * least one conflict listed), `flags` (course flag rules), `triad` (the VAS point rule the
 * engine adds exactly when the feature is present); `sameAs` (FS-4: the same output as another
 * vignette) is a pair with that vignette's case. Its FS-9 check (a non-clear verdict has a
 * reason) is probe-eval's reason audit. Test data only, all synthetic.
 */
import type {
  CaseFile,
  CourseStatus,
  FindingValue,
  ImagingModality,
  ImagingRegion,
  ImagingStudy,
  Medication,
  Modality,
  Referral,
  TreatmentSession,
  UrgencyLevel,
  VasLevel,
  Verdict,
  WarningCode,
} from '../../model';
import type { Expectation, ModKey, Probe } from './probe-model';
import { ago } from './probe-r17-lib';

export { ago };

/** The round's finding ids, in its order (vignettes.mjs IDS). */
const IDS = (
  'headache occipital-headache dizziness visual-disturbance gait-instability nausea vomiting ' +
  'sweating tachycardia arrhythmia neck-pain dizziness-on-head-rotation sudden-severe-headache ' +
  'diplopia dysarthria dysphagia drop-attacks nystagmus numbness ataxia horner-signs ' +
  'speech-disturbance limb-weakness reduced-consciousness syncope visual-field-loss ' +
  'new-unusual-headache worsening-neurology triad-progressive vertebral-artery-dissection ' +
  'recent-neck-trauma recent-cervical-manipulation recent-neck-massage confirmed-vas stroke tia ' +
  'brain-tumour malignancy malignancy-history thyroid-disease orthostatic-reactions neck-injury ' +
  'back-injury infection spinal-tumour-or-cyst circulatory-disorder mental-disorder ' +
  'chronic-disease-exacerbation fracture-or-ligament-instability spondylodiscitis ' +
  'connective-tissue-laxity osteoporosis myelopathy radiculopathy meningitis ' +
  'uncovertebral-arthrosis cervical-osteochondrosis disc-protrusion disc-herniation ' +
  'vertebral-instability vertebral-artery-narrowing vertebral-artery-atherosclerosis ' +
  'muscle-hypertonicity congenital-spine-anomaly dynamic-vascular-assessment-normal bppv ' +
  'dyscirculatory-encephalopathy venous-insufficiency psychogenic-dizziness multiple-sclerosis ' +
  'hypertension anticoagulants clotting-disorder long-term-steroids smoking diabetes ' +
  'hyperlipidaemia migraine post-partum sedentary-work'
).split(' ');

/** Present, with the onset entered `days` before 2026-11-20 (and a note). */
export const on = (days: number, note?: string): FindingValue => ({
  present: true,
  onset: ago(days),
  ...(note ? { note } : {}),
});
/** Present, undated (and a note). */
export const yes = (note?: string): FindingValue => ({ present: true, ...(note ? { note } : {}) });
/** Answered "no", with a note. */
export const no = (note: string): FindingValue => ({ present: false, note });

/** The round's normal cervical X-ray, 40 days old. */
const XR_NORMAL: ImagingStudy = {
  modality: 'xray',
  region: 'cervical-spine',
  date: ago(40),
  report:
    'Cervical spine AP and lateral views. Alignment preserved, cervical lordosis preserved. Vertebral body heights maintained, disc spaces preserved. No fracture. Impression: normal cervical spine.',
};
/** A study `days` old. */
export const st = (
  modality: ImagingModality,
  region: ImagingRegion,
  days: number,
  report: string,
  extra: Partial<ImagingStudy> = {},
): ImagingStudy => ({ modality, region, date: ago(days), report, ...extra });
/** A session `days` before, with nothing new and pain 5 -> 4, then `o` (vignettes.mjs `S`). */
export const ses = (
  days: number,
  course: number,
  modality: Modality,
  o: Partial<TreatmentSession> = {},
): TreatmentSession => ({
  date: ago(days),
  course,
  modality,
  painBefore: 5,
  painAfter: 4,
  dizziness: 0,
  headache: 0,
  painHours: 12,
  rednessHours: 2,
  swelling: false,
  painWorseWithMovement: false,
  analgesicsIneffective: false,
  newSymptoms: [],
  ...o,
});
/** A tablet taken from `startDays` before (to `endDays` before, when given). */
export const med = (
  name: string,
  startDays: number,
  endDays?: number,
  extra: Partial<Medication> = {},
): Medication => ({
  name,
  form: 'tablet',
  start: ago(startDays),
  ...(endDays !== undefined ? { end: ago(endDays) } : {}),
  ...extra,
});
/** The round's referral: from the GP 7 days before, routine, new. */
export const ref = (reason: string, extra: Partial<Referral> = {}): Referral => ({
  date: ago(7),
  from: 'general practitioner, city clinic 4',
  reason,
  priority: 'routine',
  status: 'new',
  ...extra,
});

/** What a vignette changes in the round's base case (vignettes.mjs `V`'s `d`). */
export interface Vignette {
  sex?: 'female' | 'male';
  birth?: string;
  f?: Record<string, FindingValue>;
  un?: readonly string[];
  /** The imaging (null: none), replacing the normal X-ray. */
  img?: readonly ImagingStudy[] | null;
  addImg?: readonly ImagingStudy[];
  sessions?: readonly TreatmentSession[];
  meds?: readonly Medication[];
  /** A reason (the round's referral with it), a whole referral, or null: none. */
  referral?: string | Referral | null;
  noAssessedOn?: boolean;
  /** A last change to the whole case. */
  raw?: (c: CaseFile) => void;
}

/** The case file of vignette `id`, as the round wrote cases/ID.json. */
export function caseFile(id: string, d: Vignette): CaseFile {
  const findings: Record<string, FindingValue> = {};
  for (const k of IDS) findings[k] = false;
  findings['dizziness-on-head-rotation'] = null;
  findings['dynamic-vascular-assessment-normal'] = null;
  Object.assign(findings, d.f ?? {});
  for (const k of d.un ?? []) delete findings[k];
  const imaging = d.img === null ? [] : [...(d.img ?? [XR_NORMAL]), ...(d.addImg ?? [])];
  const c = {
    format: 'vas-case/1',
    id: `r55-${id}`,
    ...(d.noAssessedOn ? {} : { assessedOn: '2026-11-20' }),
    patient: { sex: d.sex ?? 'female', birthDate: d.birth ?? '1979-05-14' },
    findings,
    imaging,
    sessions: d.sessions ?? [],
    medications: d.meds ?? [],
    ...(d.referral === undefined
      ? { referral: ref('Assessment before a course of massage or manual therapy, please.') }
      : d.referral === null
        ? {}
        : { referral: typeof d.referral === 'string' ? ref(d.referral) : d.referral }),
  } as CaseFile;
  d.raw?.(c);
  return structuredClone(c);
}

type Key = ModKey | 'urg' | 'vas' | 'course';
type Values = Partial<Record<ModKey, Verdict>> & {
  urg?: UrgencyLevel;
  vas?: VasLevel;
  course?: CourseStatus;
};
type Triad = 'headache' | 'dizziness' | 'visualDisturbance';
/** The round's expectation (run.mjs `check`). */
export interface Exp {
  eq?: Values;
  min?: Values;
  max?: Values;
  missing?: Partial<Record<ModKey | 'urg', readonly string[]>>;
  warn?: readonly WarningCode[];
  conflict?: boolean;
  /** Course flag rules. */
  flags?: readonly string[];
  triad?: readonly Triad[];
  /** Rule ids among a modality's reasons. */
  rules?: Partial<Record<ModKey, readonly string[]>>;
  /** FS-4: the same output as this vignette (of the same file, written before). */
  sameAs?: string;
}

const VAS_ORDER: readonly VasLevel[] = ['low', 'indeterminate', 'moderate', 'high', 'confirmed'];
const COURSE_ORDER: readonly CourseStatus[] = ['none', 'expected', 'concerning', 'stop'];
const TRIAD_RULE: Record<Triad, string> = {
  headache: 'VAS-PTS-HEADACHE',
  dizziness: 'VAS-PTS-DIZZINESS',
  visualDisturbance: 'VAS-PTS-VISUAL',
};
/** The values of `order` from `lo` to `hi` (either open); undefined when neither is given. */
function within<T>(order: readonly T[], lo?: T, hi?: T): readonly T[] | undefined {
  if (lo === undefined && hi === undefined) return undefined;
  const from = lo === undefined ? 0 : order.indexOf(lo);
  const to = hi === undefined ? order.length - 1 : order.indexOf(hi);
  return order.slice(from, to + 1);
}

/** The round's expectation as an Expectation (sameAs apart: the probe's pair). */
export function expectation(e: Exp): Expectation {
  const x: Expectation = {};
  const atMost: NonNullable<Expectation['atMost']> = {};
  const lo = { ...e.min, ...e.eq };
  const hi = { ...e.max, ...e.eq };
  for (const k of ['manip', 'czm', 'bm', 'ex'] as const) {
    if (lo[k]) x[k] = lo[k];
    if (hi[k]) atMost[k] = hi[k];
  }
  if (lo.urg) x.urg = lo.urg;
  if (hi.urg) atMost.urg = hi.urg;
  if (Object.keys(atMost).length) x.atMost = atMost;
  const vas = within(VAS_ORDER, lo.vas, hi.vas);
  if (vas) x.vas = vas;
  const course = within(COURSE_ORDER, lo.course, hi.course);
  if (course) x.course = course;
  if (e.missing) x.missing = e.missing;
  if (e.warn?.length) x.warning = e.warn[0];
  if (e.conflict) x.conflictText = /^\["/;
  const rules: Partial<Record<Key, readonly string[]>> = { ...e.rules };
  if (e.flags?.length) rules.course = e.flags;
  if (e.triad?.length) rules.vas = e.triad.map((t) => TRIAD_RULE[t]);
  if (Object.keys(rules).length) x.rules = rules;
  return x;
}

/** The cases written so far, by vignette id (for `sameAs`). */
const written = new Map<string, CaseFile>();

/**
 * A round 55 vignette into `probes`, called as the round's V: (id, kind, title, d, exp,
 * expText, rule), with `note` where the round's check could not be kept as it was.
 */
export const vignettesInto =
  (probes: Probe[], group: string) =>
  (
    id: string,
    kind: 'miss' | 'false-alarm',
    title: string,
    d: Vignette,
    e: Exp,
    expText: string,
    rule: string,
    note?: string,
  ): void => {
    const whole = caseFile(id, d);
    written.set(id, whole);
    const than = e.sameAs === undefined ? undefined : written.get(e.sameAs);
    if (e.sameAs !== undefined && !than) throw new Error(`${id}: no vignette ${e.sameAs} yet`);
    probes.push({
      round: 55,
      family: `r55 whole case files, ${group}`,
      name: `${id}: ${title}`,
      rule: `${kind === 'false-alarm' ? 'false alarm' : kind}: ${expText} (${rule})`,
      ...(than ? { kind: 'pair' as const, than: { whole: than } } : {}),
      delta: { whole },
      expect: expectation(e),
      ...(note ? { note } : {}),
    });
  };

const CI = 'contraindicated';
const CL = 'clear';
/** Emergency, every modality contraindicated (exact). */
export const EMER: Exp = { eq: { urg: 'emergency', manip: CI, czm: CI, bm: CI, ex: CI } };
/** Urgency none, every modality clear (exact). */
export const CLEAR: Exp = { eq: { urg: 'none', manip: CL, czm: CL, bm: CL, ex: CL } };
