/**
 * The worklist row model: one referral as the worklist shows it, built from the case and its
 * triage summary. Pure; the worklist selectors (core) and the worklist page (features) share it.
 */
import { ageOn } from '../../engine/dates';
import type {
  Assessment,
  CaseFile,
  Modality,
  UrgencyLevel,
  Verdict,
  VasLevel,
} from '../../engine/model';

export type ReferralStatus = 'new' | 'in-review' | 'done';

export interface WorklistRow {
  id: string;
  name: string;
  /** Lower-cased name for search. */
  key: string;
  age: number | null;
  referralDate: string;
  referrer: string;
  reason: string;
  priority: string;
  status: ReferralStatus;
  urgency: UrgencyLevel;
  level: VasLevel;
  manipulation: Verdict;
  /** The verdict of each modality (the worklist filters and sorts by the one chosen). */
  verdicts: Record<Modality, Verdict>;
  /** Every red flag answered; "none" with unasked red flags reads "not screened". */
  screened: boolean;
}

/** Urgency as the worklist shows it: never a green "none" when red flags were not asked. */
export type WorklistUrgency = UrgencyLevel | 'not-screened';
export function urgencyShown(r: Pick<WorklistRow, 'urgency' | 'screened'>): WorklistUrgency {
  return r.urgency === 'none' && !r.screened ? 'not-screened' : r.urgency;
}

/** The assessment fields a worklist row needs. */
export interface Triage {
  urgency: UrgencyLevel;
  level: VasLevel;
  manipulation: Verdict;
  /** False when red flags are unasked (urgency `missing`); absent in old stored summaries. */
  screened?: boolean;
  /** Every modality's verdict; absent in old stored summaries. */
  verdicts?: Record<Modality, Verdict>;
}

export function triageOf(a: Assessment): Triage {
  return {
    urgency: a.urgency.level,
    level: a.vas.level,
    manipulation: a.modalities['cervical-manipulation'].verdict,
    screened: (a.urgency.missing ?? []).length === 0,
    verdicts: {
      'cervical-manipulation': a.modalities['cervical-manipulation'].verdict,
      'collar-zone-massage': a.modalities['collar-zone-massage'].verdict,
      'back-massage': a.modalities['back-massage'].verdict,
      'therapeutic-exercise': a.modalities['therapeutic-exercise'].verdict,
    },
  };
}

export function worklistRow(c: CaseFile, t: Triage, today: string): WorklistRow {
  const name = c.patient?.name ?? c.id;
  const r = c.referral ?? {};
  return {
    id: c.id,
    name,
    key: name.toLowerCase(),
    age: c.patient?.birthDate ? ageOn(c.patient.birthDate, today) : null,
    referralDate: r.date ?? '',
    referrer: r.from ?? '',
    reason: r.reason ?? '',
    priority: r.priority ?? '',
    status: r.status ?? 'new',
    urgency: t.urgency,
    level: t.level,
    manipulation: t.manipulation,
    screened: t.screened ?? false,
    verdicts: t.verdicts ?? {
      'cervical-manipulation': t.manipulation,
      'collar-zone-massage': 'not-cleared',
      'back-massage': 'not-cleared',
      'therapeutic-exercise': 'not-cleared',
    },
  };
}
