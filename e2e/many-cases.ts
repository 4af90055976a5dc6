/**
 * Synthetic referrals in the case contract (vas-case/1) for the 10,000-patient perf scripts
 * (perf-worklist, perf-unlock): ids `load-00000`…, names `Synthetic 00000`…, varied answers,
 * imaging on every 4th, referral dates over 11 months, status new / in review / done in turn.
 */
export interface ManyCasesOptions {
  /** Diplopia with an onset on every 97th case (perf-worklist has it; perf-unlock not). */
  diplopia?: boolean;
}

export function manyCases(n: number, { diplopia = false }: ManyCasesOptions = {}) {
  const statuses = ['new', 'in-review', 'done'];
  return Array.from({ length: n }, (_, i) => ({
    format: 'vas-case/1',
    id: `load-${String(i).padStart(5, '0')}`,
    assessedOn: '2026-11-20',
    patient: {
      name: `Synthetic ${String(i).padStart(5, '0')}`,
      birthDate: `${1940 + (i % 60)}-0${1 + (i % 9)}-15`,
    },
    findings: {
      headache: i % 2 === 0,
      dizziness: i % 3 === 0 ? true : i % 3 === 1 ? false : null,
      'visual-disturbance': i % 5 === 0,
      ...(diplopia && i % 97 === 0 ? { diplopia: { present: true, onset: '2026-11-15' } } : {}),
      ...(i % 41 === 0 ? { 'worsening-neurology': true } : {}),
    },
    imaging:
      i % 4 === 0
        ? [
            {
              modality: 'doppler',
              region: 'neck-vessels',
              report: 'Left VA: flow velocity reduced.',
            },
          ]
        : [],
    referral: {
      date: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      from: `GP ${i % 50}`,
      reason: 'dizziness',
      priority: 'routine',
      status: statuses[i % 3],
    },
  }));
}
