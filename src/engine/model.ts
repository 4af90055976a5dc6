/** Types of the case-file and assessment contract (shared/contract/patient-case.md). */
import type { FindingId } from './finding-ids';

export const CASE_FORMAT = 'vas-case/1';

export const IMAGING_MODALITIES = ['xray', 'mri', 'msct', 'doppler', 'cta', 'mra'] as const;
export type ImagingModality = (typeof IMAGING_MODALITIES)[number];
export const IMAGING_REGIONS = ['cervical-spine', 'neck-vessels', 'head'] as const;
export type ImagingRegion = (typeof IMAGING_REGIONS)[number];
export const MODALITIES = [
  'cervical-manipulation',
  'collar-zone-massage',
  'back-massage',
  'therapeutic-exercise',
] as const;
export type Modality = (typeof MODALITIES)[number];
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const REFERRAL_PRIORITIES = ['routine', 'urgent'] as const;
export const REFERRAL_STATUSES = ['new', 'in-review', 'done'] as const;

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface FindingDetail {
  present: boolean | null;
  onset?: IsoDate;
  note?: string;
  [extra: string]: unknown;
}
/** true / false, a detail object, or null (= unknown). A missing key is unknown too. */
export type FindingValue = boolean | null | FindingDetail;

export interface ImagingStudy {
  modality: ImagingModality;
  region: ImagingRegion;
  date?: IsoDate;
  report?: string;
  /** Finding ids a clinician confirmed present in the report. */
  findings?: FindingId[];
  /** Finding ids a clinician confirmed the report excludes (v2; FS-7). */
  absentFindings?: FindingId[];
  /** Machine readings a clinician rejected as misread (v2; listed in `conflicts`). */
  rejectedFindings?: FindingId[];
  [extra: string]: unknown;
}

export interface TreatmentSession {
  date: IsoDate;
  course?: number | null;
  modality: Modality;
  painBefore?: number | null;
  painAfter?: number | null;
  dizziness?: number | null;
  headache?: number | null;
  painHours?: number | null;
  rednessHours?: number | null;
  swelling?: boolean | null;
  painWorseWithMovement?: boolean | null;
  analgesicsIneffective?: boolean | null;
  newSymptoms?: FindingId[];
  [extra: string]: unknown;
}

export interface Medication {
  name: string;
  form?: string;
  start?: IsoDate;
  end?: IsoDate;
  /** Whether it is a painkiller (v2); beats name recognition either way. */
  analgesic?: boolean;
  [extra: string]: unknown;
}

export interface Referral {
  date?: IsoDate;
  from?: string;
  reason?: string;
  priority?: (typeof REFERRAL_PRIORITIES)[number];
  status?: (typeof REFERRAL_STATUSES)[number];
  [extra: string]: unknown;
}

export interface CaseFile {
  format: typeof CASE_FORMAT;
  id: string;
  assessedOn: IsoDate;
  patient?: {
    sex?: (typeof SEXES)[number];
    birthDate?: IsoDate;
    name?: string;
    [extra: string]: unknown;
  };
  findings: Partial<Record<FindingId, FindingValue>> & Record<string, unknown>;
  imaging?: ImagingStudy[];
  sessions?: TreatmentSession[];
  medications?: Medication[];
  referral?: Referral;
  [extra: string]: unknown;
}

export type RuleSource = 'ART' | 'IF' | 'FR' | 'FS';

export interface Reason {
  rule: string;
  text: string;
  source: RuleSource;
  /** Extra: points this reason adds to the suspicion score. */
  points?: number;
  /** Extra: the finding ids it read. */
  findings?: FindingId[];
  /** Extra: for course flags, the index (in date order) of the session concerned. */
  session?: number;
  /** Extra: for course flags, the course number and modality of that session. */
  course?: number;
  modality?: Modality;
}

export const VAS_LEVELS = ['confirmed', 'high', 'moderate', 'indeterminate', 'low'] as const;
export type VasLevel = (typeof VAS_LEVELS)[number];
export const URGENCY_LEVELS = ['emergency', 'urgent', 'none'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];
export const CAUSES = ['vertebrogenic', 'atherosclerotic', 'muscular'] as const;
export type Cause = (typeof CAUSES)[number];
export const VERDICTS = ['contraindicated', 'not-cleared', 'caution', 'clear'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const COURSE_STATUSES = ['none', 'expected', 'concerning', 'stop'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export interface ModalityAssessment {
  verdict: Verdict;
  reasons: Reason[];
  /** Finding ids (or `cervical-spine-imaging`) that must be answered before it can clear. */
  missing: string[];
}

export interface Conflict {
  finding: FindingId;
  text: string;
  rule: 'FS-3' | 'FS-6' | 'FS-7';
  source: RuleSource;
}

export const WARNING_CODES = [
  'report-not-read',
  'duplicate-session',
  'unrecognised-tablet',
  'assessed-on-missing',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** What was not read or not trusted (FS-8). */
export interface AssessmentWarning {
  code: WarningCode;
  text: string;
  /** The case-file field concerned: "imaging[0].report", "sessions[3]", "assessedOn". */
  field?: string;
}

export interface CourseSummary {
  course: number;
  /** The modality of the course (courses are per modality, brief §8). */
  modality?: Modality;
  sessions: number;
  meanPain: number | null;
  firstPain: number | null;
  lastPain: number | null;
  change: number | null;
  meaningfulImprovement: boolean | null;
  flags: Reason[];
}

export interface Assessment {
  caseId: string;
  vas: {
    level: VasLevel;
    score: number;
    triad: {
      headache: boolean | null;
      dizziness: boolean | null;
      visualDisturbance: boolean | null;
    };
    reasons: Reason[];
    missing: string[];
  };
  /** `missing` (extra): finding ids to ask, or `<id>.onset` for an onset to record. */
  urgency: { level: UrgencyLevel; reasons: Reason[]; missing?: string[] };
  causes: Cause[];
  modalities: Record<Modality, ModalityAssessment>;
  course: { status: CourseStatus; flags: Reason[]; courses?: CourseSummary[] };
  recommendations: string[];
  /** v2: what was not read or not trusted (FS-8). */
  warnings: AssessmentWarning[];
  /** v2: disagreements between sources and rejected machine readings, one sentence each. */
  conflicts: string[];
  /** Extras, not in the contract. */
  assessedOn?: IsoDate;
  engineVersion?: string;
  rulesVersion?: string;
  workup?: string[];
  /** Why each likely cause was named (or the work-up when none was). */
  causeReasons?: Reason[];
  /** The conflicts with the finding and rule each is about (same order as `conflicts`). */
  conflictDetails?: Conflict[];
}
