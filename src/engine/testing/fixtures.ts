/** Builders for engine specs: a fully answered, clear base case and small variations. */
import { allAnsweredNo } from '../demo-cases';
import { addDays } from '../dates';
import type { FindingId } from '../finding-ids';
import type { Assessment, CaseFile, FindingValue, TreatmentSession } from '../model';

export const TODAY = '2026-11-20';
export const daysAgo = (n: number): string => addDays(TODAY, -n);

/** Everything answered "no", a clean cervical X-ray on file, age 46: every modality clear. */
export function baseCase(overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    format: 'vas-case/1',
    id: 'spec-case',
    assessedOn: TODAY,
    patient: { sex: 'female', birthDate: '1980-05-05' },
    findings: allAnsweredNo(),
    imaging: [
      {
        modality: 'xray',
        region: 'cervical-spine',
        date: daysAgo(30),
        report: 'No fracture. Lordosis preserved.',
      },
    ],
    sessions: [],
    medications: [],
    ...overrides,
  };
}

export function withFindings(
  f: Partial<Record<FindingId, FindingValue | undefined>>,
  overrides: Partial<CaseFile> = {},
): CaseFile {
  const c = baseCase(overrides);
  const findings: Record<string, unknown> = { ...c.findings };
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined) delete findings[k];
    else findings[k] = v;
  }
  return { ...c, findings: findings as CaseFile['findings'] };
}

export function session(
  i: number,
  pain: number,
  extra: Partial<TreatmentSession> = {},
): TreatmentSession {
  return {
    date: addDays(daysAgo(60), i * 2),
    modality: 'back-massage',
    painBefore: Math.min(10, pain + 1),
    painAfter: pain,
    dizziness: 0,
    headache: 0,
    painHours: 10,
    rednessHours: 2,
    swelling: false,
    painWorseWithMovement: false,
    analgesicsIneffective: false,
    newSymptoms: [],
    ...extra,
  };
}

export function withSessions(
  pains: number[],
  extra: (i: number) => Partial<TreatmentSession> = () => ({}),
): CaseFile {
  return baseCase({ sessions: pains.map((p, i) => session(i, p, extra(i))) });
}

/** Every rule id that appears anywhere in an assessment. */
export function firedRules(a: Assessment): Set<string> {
  const ids = new Set<string>();
  for (const r of a.vas.reasons) ids.add(r.rule);
  for (const r of a.urgency.reasons) ids.add(r.rule);
  for (const m of Object.values(a.modalities)) for (const r of m.reasons) ids.add(r.rule);
  for (const r of a.course.flags) ids.add(r.rule);
  for (const c of a.conflictDetails ?? []) ids.add(c.rule);
  for (const r of a.causeReasons ?? []) ids.add(r.rule);
  return ids;
}
