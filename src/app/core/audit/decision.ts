/**
 * Decision record before treatment (pure rules). A clinician records "proceed" or "do not
 * proceed" per modality; proceeding against a verdict that is not "clear" needs a reason
 * (one of a short list plus free text). A record is never changed: a newer one for the same
 * modality supersedes it, and both stay in the trail.
 */
import type { Modality, Verdict } from '../../../engine';
import type { AuditEntry, DecisionRecord } from './audit-chain';

export const DECISION_REASONS = [
  { code: 'benefit-outweighs-risk', label: 'Expected benefit outweighs the assessed risk' },
  { code: 'findings-reviewed', label: 'Open items reviewed in person and judged not relevant' },
  { code: 'specialist-cleared', label: 'Cleared by a specialist (neurologist, vascular)' },
  { code: 'modified-technique', label: 'Modified, lower-force technique instead' },
  { code: 'other', label: 'Other (say which below)' },
] as const;
export type DecisionReasonCode = (typeof DECISION_REASONS)[number]['code'];

export const MIN_REASON_TEXT = 10;

export interface DecisionDraft {
  readonly decision: 'proceed' | 'do-not-proceed' | null;
  readonly reasonCode: string | null;
  readonly reasonText: string;
  readonly clinician: string;
}

export function reasonLabel(code: string | null): string {
  return DECISION_REASONS.find((r) => r.code === code)?.label ?? '';
}

/** A reason is required when proceeding against any verdict but "clear". */
export function reasonRequired(decision: DecisionDraft['decision'], verdict: Verdict): boolean {
  return decision === 'proceed' && verdict !== 'clear';
}

/** What stops this draft from being signed; empty: it can be signed. */
export function decisionProblems(draft: DecisionDraft, verdict: Verdict): string[] {
  const problems: string[] = [];
  if (draft.decision === null) problems.push('Choose proceed or do not proceed.');
  if (draft.clinician.trim() === '') problems.push('Enter the name of the clinician signing.');
  if (reasonRequired(draft.decision, verdict)) {
    if (!DECISION_REASONS.some((r) => r.code === draft.reasonCode))
      problems.push('Choose a reason for proceeding against the verdict.');
    if (draft.reasonText.trim().length < MIN_REASON_TEXT)
      problems.push(`Explain the reason (at least ${MIN_REASON_TEXT} characters).`);
  }
  return problems;
}

/** One signed decision as shown: the entry it is stored in and whether a newer one replaced it. */
export interface ShownDecision {
  readonly seq: number;
  readonly at: string;
  readonly user: string;
  readonly record: DecisionRecord;
  /** The seq of the decision that replaced this one; null when it is the current one. */
  readonly supersededBy: number | null;
}

/** The decisions of one modality, newest first; each older one superseded by the next. */
export function decisionsFor(entries: readonly AuditEntry[], modality: Modality): ShownDecision[] {
  const mine = entries
    .filter((e) => e.action === 'decision' && e.decision?.modality === modality)
    .sort((a, b) => a.seq - b.seq);
  return mine
    .map((e, i) => ({
      seq: e.seq,
      at: e.at,
      user: e.user,
      record: e.decision!,
      supersededBy: mine[i + 1]?.seq ?? null,
    }))
    .reverse();
}

export function decisionLabel(d: DecisionRecord['decision']): string {
  return d === 'proceed' ? 'Proceed' : 'Do not proceed';
}
