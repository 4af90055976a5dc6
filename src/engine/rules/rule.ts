import type { Modality, RuleSource } from '../model';

export type RuleCategory = 'principle' | 'vas' | 'urgency' | 'cause' | 'modality' | 'course';

/** A clinical rule as data: stable id, the text a clinician reads, its source and inputs. */
export interface Rule {
  readonly id: string;
  readonly category: RuleCategory;
  readonly source: RuleSource;
  /** Where in the rules brief (shared/domain/clinical-rules.md) it comes from. */
  readonly ref: string;
  readonly text: string;
  /** Finding ids (or other case fields, e.g. `imaging`, `sessions`) the rule reads. */
  readonly reads: readonly string[];
  readonly modality?: Modality;
  /** What the rule does when it fires. */
  readonly effect?: string;
  readonly points?: number;
}

export function defineRules<T extends Rule>(rules: readonly T[]): readonly T[] {
  return rules;
}
