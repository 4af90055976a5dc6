/** Pure edits of a case file: each returns a new case, the input is never changed. */
import type { CaseFile, FindingId, FindingValue, ImagingStudy } from '../../engine';

export type TriState = boolean | null;

/** The three-valued answer of a finding as the entry has it. */
export function answerOf(c: CaseFile, id: FindingId): TriState {
  const v = c.findings[id] as FindingValue | undefined;
  if (v === true || v === false) return v;
  if (v && typeof v === 'object') return v.present;
  return null;
}

export function onsetOf(c: CaseFile, id: FindingId): string {
  const v = c.findings[id] as FindingValue | undefined;
  return v && typeof v === 'object' && typeof v.onset === 'string' ? v.onset : '';
}

/** Set an answer; "not asked" removes the key (unknown), keeping any onset or note. */
export function setAnswer(c: CaseFile, id: FindingId, answer: TriState): CaseFile {
  const findings = { ...c.findings };
  const prev = findings[id] as FindingValue | undefined;
  if (prev && typeof prev === 'object') findings[id] = { ...prev, present: answer };
  else if (answer === null) delete findings[id];
  else findings[id] = answer;
  return { ...c, findings };
}

export function setOnset(c: CaseFile, id: FindingId, onset: string): CaseFile {
  const findings = { ...c.findings };
  const prev = findings[id] as FindingValue | undefined;
  const present =
    prev === true || prev === false ? prev : prev && typeof prev === 'object' ? prev.present : null;
  const base = prev && typeof prev === 'object' ? { ...prev, present } : { present };
  if (onset) findings[id] = { ...base, onset };
  else {
    const { onset: _drop, ...rest } = base as { onset?: string; present: boolean | null };
    findings[id] = Object.keys(rest).length === 1 && present !== null ? present : rest;
  }
  return { ...c, findings };
}

export function setAll(c: CaseFile, ids: readonly FindingId[], answer: TriState): CaseFile {
  return ids.reduce((acc, id) => setAnswer(acc, id, answer), c);
}

export function addStudy(c: CaseFile, study: ImagingStudy): CaseFile {
  return { ...c, imaging: [...(c.imaging ?? []), study] };
}

export function updateStudy(c: CaseFile, index: number, patch: Partial<ImagingStudy>): CaseFile {
  const imaging = (c.imaging ?? []).map((s, i) => (i === index ? { ...s, ...patch } : s));
  return { ...c, imaging };
}

export function removeStudy(c: CaseFile, index: number): CaseFile {
  return { ...c, imaging: (c.imaging ?? []).filter((_, i) => i !== index) };
}

/** The clinician confirms a finding read from a report (or takes back a rejection). */
export function confirmFinding(c: CaseFile, index: number, id: FindingId): CaseFile {
  const s = c.imaging?.[index];
  if (!s) return c;
  const findings = [...new Set([...(s.findings ?? []), id])];
  const rejectedFindings = (s.rejectedFindings ?? []).filter((f) => f !== id);
  return updateStudy(c, index, { findings, rejectedFindings });
}

/** The clinician rejects a finding the reader took from the report text. */
export function rejectFinding(c: CaseFile, index: number, id: FindingId): CaseFile {
  const s = c.imaging?.[index];
  if (!s) return c;
  const rejectedFindings = [...new Set([...(s.rejectedFindings ?? []), id])];
  const findings = (s.findings ?? []).filter((f) => f !== id);
  return updateStudy(c, index, { findings, rejectedFindings });
}
