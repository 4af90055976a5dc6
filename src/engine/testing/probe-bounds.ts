/**
 * Test helper for the review rounds' FHIR specs (fhir-r41 … r48): where an assessment falls
 * outside a probe's bounds (lower bounds for a miss, `atMost` for a false alarm). Test code only.
 */
import { assess } from '../assess';
import { URGENCY_LEVELS, VERDICTS, type CaseFile } from '../model';
import { MOD_KEYS, type Expectation, type ModKey } from './probes/probe-model';
import { sev } from './severity';

/** The findings a neck-injury probe is about. */
export const NECK = ['neck-injury', 'recent-neck-trauma'];

/** Where the assessment of `c` falls outside `e` (lower bounds and `atMost`), one line each. */
export function outside(c: CaseFile, e: Expectation): string[] {
  const a = assess(c);
  const out: string[] = [];
  for (const k of Object.keys(MOD_KEYS) as ModKey[]) {
    const got = a.modalities[MOD_KEYS[k]].verdict;
    const lo = e[k];
    const hi = e.atMost?.[k];
    if (lo && sev(VERDICTS, got) < sev(VERDICTS, lo)) out.push(`${k} ${got} < ${lo}`);
    if (hi && sev(VERDICTS, got) > sev(VERDICTS, hi)) out.push(`${k} ${got} > ${hi}`);
  }
  const u = a.urgency.level;
  if (e.urg && sev(URGENCY_LEVELS, u) < sev(URGENCY_LEVELS, e.urg)) out.push(`urg ${u} < ${e.urg}`);
  const cap = e.atMost?.urg;
  if (cap && sev(URGENCY_LEVELS, u) > sev(URGENCY_LEVELS, cap)) out.push(`urg ${u} > ${cap}`);
  return out;
}
