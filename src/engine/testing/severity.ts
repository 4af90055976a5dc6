/** Severity ranks of an assessment's outputs, for the monotonicity properties (FS-5, FS-7). */
import { MODALITIES, URGENCY_LEVELS, VAS_LEVELS, VERDICTS, type Assessment } from '../model';

/** Higher = more severe. */
export const sev = <T extends string>(order: readonly T[], v: T): number =>
  order.length - order.indexOf(v);

/**
 * `low` and `indeterminate` share a rank: absent → unknown turns low into indeterminate, and
 * unknown → present can turn indeterminate into low (one triad feature alone), so FS-5 can
 * only hold with the two equal. The worklist still sorts indeterminate above low.
 */
export const levelRank = (l: (typeof VAS_LEVELS)[number]): number =>
  l === 'indeterminate' ? sev(VAS_LEVELS, 'low') : sev(VAS_LEVELS, l);

/** [level, urgency, ...one per modality in MODALITIES order]. */
export function severities(a: Assessment): number[] {
  return [
    levelRank(a.vas.level),
    sev(URGENCY_LEVELS, a.urgency.level),
    ...MODALITIES.map((m) => sev(VERDICTS, a.modalities[m].verdict)),
  ];
}
