/**
 * Reviewer probes: the phrasings and cases of the five adversarial review rounds, kept as
 * data so that they stay tested (probes.spec.ts, `npm run engine:probe`). A probe is a small
 * change to one synthetic base case (the e2e fixture case-clear.json: every finding answered
 * "no", a clean cervical X-ray, assessed on 2026-11-20) and the least cautious output the
 * reviewers accept: lower bounds, never exact values. Round 8's cases are whole case files
 * instead (`whole`), and its expectations add upper bounds, rule ids, missing ids, warnings and
 * conflicts, as its harness checked them. Test data only: src/engine/testing is
 * outside the engine build stamp and the engine's public API.
 */
import type {
  CaseFile,
  CourseStatus,
  FindingValue,
  ImagingModality,
  ImagingRegion,
  ImagingStudy,
  Medication,
  TreatmentSession,
  UrgencyLevel,
  VasLevel,
  Verdict,
  WarningCode,
} from '../../model';
import type { FindingId } from '../../finding-ids';

/** Short names of the four modalities, as the reviewers' harnesses wrote them. */
export const MOD_KEYS = {
  manip: 'cervical-manipulation',
  czm: 'collar-zone-massage',
  bm: 'back-massage',
  ex: 'therapeutic-exercise',
} as const;
export type ModKey = keyof typeof MOD_KEYS;

/**
 * The least cautious output accepted. Verdicts and urgency: at least this severe. `vas` and
 * `course`: one of these. `conflict`: the assessment lists a conflict about this finding.
 */
export interface Expectation {
  manip?: Verdict;
  czm?: Verdict;
  bm?: Verdict;
  ex?: Verdict;
  urg?: UrgencyLevel;
  vas?: readonly VasLevel[];
  course?: readonly CourseStatus[];
  conflict?: FindingId;
  /** The assessment carries this warning. */
  warning?: WarningCode;
  /** Upper bounds (round 8's exact expectations): verdicts and urgency at most this severe. */
  atMost?: {
    manip?: Verdict;
    czm?: Verdict;
    bm?: Verdict;
    ex?: Verdict;
    urg?: UrgencyLevel;
  };
  /** Rule ids that must be among the reasons of a modality, the urgency, the VAS or the course flags. */
  rules?: Partial<Record<ModKey | 'urg' | 'vas' | 'course', readonly string[]>>;
  /** Ids that must be among a modality's (or the urgency's) `missing`. */
  missing?: Partial<Record<ModKey | 'urg', readonly string[]>>;
  /** The assessment carries no warning at all. */
  noWarnings?: boolean;
  /** The conflicts (as JSON text) match this pattern. */
  conflictText?: RegExp;
  /** The assessment lists no conflict. */
  noConflicts?: boolean;
}

/** A change to the base case. A finding set to `undefined` is left unanswered (key removed). */
export interface CaseDelta {
  /**
   * A complete case (round 8's whole case files), used as it is: every other field is
   * ignored. Its assessedOn is fixed, as in the files.
   */
  whole?: CaseFile;
  /** Start from a bare case instead: no patient, no findings answered, no imaging. */
  minimal?: boolean;
  findings?: Record<string, FindingValue | undefined>;
  /** Studies appended to the base case's imaging. */
  add?: ImagingStudy[];
  /** Imaging replacing the base case's. */
  imaging?: ImagingStudy[];
  sessions?: TreatmentSession[];
  medications?: Medication[];
  /** Replaces the patient; `null` removes it. */
  patient?: CaseFile['patient'] | null;
  /** Replaces the assessment date; `null` removes it (the engine then reads today). */
  assessedOn?: string | null;
}

/**
 * `lower` (default): the output is at least as cautious as `expect`. `clear`: a phrasing
 * that must not raise anything (every modality clear, no urgency, suspicion low): a false
 * alarm, not a safety miss. `pair`: added text must not lower caution: the case is at least
 * as cautious as the `than` case (FS-5, FS-7), and as `expect`.
 */
export type ProbeKind = 'lower' | 'clear' | 'pair';

export interface Probe {
  /** Review round (1-8) the probe comes from. */
  round: number;
  /** The round and the harness file it was written in. */
  family: string;
  name: string;
  /** The rule (brief section or rule id) the probe targets. */
  rule: string;
  kind?: ProbeKind;
  delta: CaseDelta;
  than?: CaseDelta;
  expect: Expectation;
  /** Why the expectation differs from the round's harness, when it was corrected. */
  note?: string;
}

/** e2e/fixtures/case-clear.json, the base of every probe (synthetic). */
export const PROBE_BASE: CaseFile = {
  format: 'vas-case/1',
  id: 'case-clear',
  assessedOn: '2026-11-20',
  patient: { sex: 'male', birthDate: '1985-01-10', name: 'Synthetic Clear' },
  findings: Object.fromEntries(
    [
      'headache',
      'dizziness',
      'visual-disturbance',
      'sudden-severe-headache',
      'diplopia',
      'dysarthria',
      'dysphagia',
      'drop-attacks',
      'nystagmus',
      'numbness',
      'ataxia',
      'horner-signs',
      'worsening-neurology',
      'recent-neck-trauma',
      'recent-cervical-manipulation',
      'confirmed-vas',
      'stroke',
      'tia',
      'brain-tumour',
      'malignancy',
      'thyroid-disease',
      'orthostatic-reactions',
      'neck-injury',
      'back-injury',
      'infection',
      'spinal-tumour-or-cyst',
      'circulatory-disorder',
      'mental-disorder',
      'chronic-disease-exacerbation',
      'fracture-or-ligament-instability',
      'spondylodiscitis',
      'connective-tissue-laxity',
      'osteoporosis',
      'myelopathy',
      'radiculopathy',
      'meningitis',
      'uncovertebral-arthrosis',
      'vertebral-artery-atherosclerosis',
      'vertebral-artery-narrowing',
      'speech-disturbance',
      'limb-weakness',
      'reduced-consciousness',
      'syncope',
      'visual-field-loss',
      'vertebral-artery-dissection',
      'new-unusual-headache',
      'triad-progressive',
      'recent-neck-massage',
    ].map((id) => [id, false]),
  ),
  imaging: [
    {
      modality: 'xray',
      region: 'cervical-spine',
      date: '2026-10-01',
      report: 'Lordosis preserved. No fracture. No uncovertebral arthrosis.',
    },
  ],
};

/** One imaging study; `date` null: undated. */
export function S(
  modality: ImagingModality,
  region: ImagingRegion,
  date: string | null,
  report: string,
  extra: Partial<ImagingStudy> = {},
): ImagingStudy {
  return { modality, region, ...(date === null ? {} : { date }), report, ...extra };
}

/** The case a probe describes (a fresh object each call). */
export function buildCase(d: CaseDelta, id = 'probe'): CaseFile {
  if (d.whole) return structuredClone(d.whole);
  const base: CaseFile = d.minimal
    ? { format: 'vas-case/1', id, assessedOn: PROBE_BASE.assessedOn, findings: {} }
    : structuredClone({ ...PROBE_BASE, id });
  const findings: Record<string, unknown> = { ...base.findings };
  for (const [k, v] of Object.entries(d.findings ?? {})) {
    if (v === undefined) delete findings[k];
    else findings[k] = structuredClone(v);
  }
  const c: CaseFile = { ...base, findings: findings as CaseFile['findings'] };
  const imaging = d.imaging ?? [...(base.imaging ?? []), ...(d.add ?? [])];
  c.imaging = structuredClone(imaging);
  if (d.sessions) c.sessions = structuredClone(d.sessions);
  if (d.medications) c.medications = structuredClone(d.medications);
  if (d.patient === null) delete c.patient;
  else if (d.patient) c.patient = structuredClone(d.patient);
  if (d.assessedOn === null) delete (c as Partial<CaseFile>).assessedOn;
  else if (d.assessedOn) c.assessedOn = d.assessedOn;
  return c;
}

/** A probe written out in full. */
export const one = (p: Probe): Probe => p;

/**
 * Several report texts read in the same kind of study, with the same expectation: one probe
 * per text, named by the text (after `prefix`).
 */
export function texts(
  g: {
    round: number;
    family: string;
    rule: string;
    kind?: ProbeKind;
    study: [ImagingModality, ImagingRegion, string | null];
    findings?: CaseDelta['findings'];
    prefix?: string;
    expect: Expectation;
  },
  reports: readonly string[],
): Probe[] {
  const [modality, region, date] = g.study;
  return reports.map((report) => ({
    round: g.round,
    family: g.family,
    name: `${g.prefix ?? ''}${report}`,
    rule: g.rule,
    ...(g.kind ? { kind: g.kind } : {}),
    delta: {
      ...(g.findings ? { findings: g.findings } : {}),
      add: [S(modality, region, date, report)],
    },
    expect: g.expect,
  }));
}

/** What identifies a probe in messages and in KNOWN_OPEN (unique; a spec checks). */
export function probeKey(p: Probe): string {
  const study = p.delta.add?.length === 1 && !p.delta.imaging ? p.delta.add[0] : undefined;
  const where = study ? ` [${study.modality}/${study.region} ${study.date ?? 'undated'}]` : '';
  return `r${p.round} ${JSON.stringify(p.name)}${where}`;
}
