/**
 * The findings a Bundle answers, collected entry by entry for `bundleToCase`: two entries that
 * disagree keep the finding present (fail-safe) and say so; two that agree keep the most
 * recent onset; an unanswered entry never hides an answer; a code broader or narrower than
 * its finding, or words, never make it absent. Plain TypeScript.
 */
import type { CodeableConcept } from 'fhir/r4';
import type { FindingId } from '../finding-ids';
import type { FindingValue } from '../model';
import { SYS } from './codes';
import { mergeSame } from './from-fhir-values';
import { codeIn, codesOf, conceptOf, findingsOfText, presentOf, unanswered } from './read-helpers';

/** A finding named by a concept; `exact` false: read as present only. */
export interface Concept {
  finding: FindingId;
  exact: boolean;
}

export class Findings {
  readonly findings: Record<string, FindingValue> = {};
  private readonly from = new Map<string, string>();

  constructor(private readonly warnings: string[]) {}

  /** Two entries disagree on one finding: it stays present (fail-safe) and the conflict is listed. */
  readonly set = (f: FindingId, v: FindingValue, where: string): void => {
    const prev = this.findings[f];
    const was = presentOf(prev);
    const now = presentOf(v);
    if (prev !== undefined && was !== null && now !== null && was !== now) {
      this.warnings.push(
        `findings.${f}: ${this.from.get(f)} says ${String(was)}, ${where} says ${String(now)}; kept as present (fail-safe)`,
      );
      this.findings[f] = was ? prev : v;
      if (!was) this.from.set(f, where);
      return;
    }
    if (prev !== undefined && now === null) return; // an unanswered entry never hides an answer
    if (prev !== undefined && was !== null && was === now) {
      this.findings[f] = mergeSame(prev, v);
      return;
    }
    this.findings[f] = v;
    this.from.set(f, where);
  };

  /** An answer through a code broader or narrower than the finding: a "no" stays unknown. */
  readonly answer = (c: Concept, value: FindingValue, where: string): void => {
    if (!c.exact && presentOf(value) === false) {
      this.warnings.push(
        `${where}: "no" to a code not exactly ${c.finding}; the finding stays unknown`,
      );
      const { onset, note } = typeof value === 'object' && value ? value : {};
      value = unanswered(onset, note);
    }
    this.set(c.finding, value, where);
  };

  /**
   * The findings a concept names: its code (the app's own code alone), and for other
   * systems' concepts also the findings its words name, read as present only (a "thunderclap
   * headache" coded R51.9 is more than a headache). None: named in a warning.
   */
  readonly conceptsOf = (cc: CodeableConcept | undefined, where: string): Concept[] => {
    const coded = conceptOf(cc);
    if (coded && codeIn(cc, SYS.finding)) return [coded];
    const words = findingsOfText(cc)
      .filter((f) => f !== coded?.finding)
      .map((f) => ({ finding: f, exact: false }));
    if (!coded)
      this.warnings.push(
        words.length
          ? `${where}.code: ${codesOf(cc)} read by its words as ${words.map((w) => w.finding).join(', ')}`
          : `${where}.code: ${codesOf(cc)} not read (no finding id for it)`,
      );
    return coded ? [coded, ...words] : words;
  };
}
