import type { StoredPatient, TriageSummary } from './patient-repository';

/**
 * The triage summary travels with each write (pure; the engine is memoised per case). The
 * engine is imported with it, on the first write, not with the shell (issue 15).
 */
export async function summariser(): Promise<(p: StoredPatient) => TriageSummary> {
  const { triageSummary } = await import('./worklist.selectors');
  return (p) => triageSummary(p);
}
