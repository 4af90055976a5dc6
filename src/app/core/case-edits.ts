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

/** What the clinician decided about a finding read from one report (FS-7). */
export type StudyDecision = 'present' | 'absent' | 'rejected' | null;

export function decisionOf(study: ImagingStudy, id: FindingId): StudyDecision {
  if ((study.findings ?? []).includes(id)) return 'present';
  if ((study.rejectedFindings ?? []).includes(id)) return 'rejected';
  if ((study.absentFindings ?? []).includes(id)) return 'absent';
  return null;
}

/** Record one decision for a finding of a study; the three lists stay exclusive. */
function decide(c: CaseFile, index: number, id: FindingId, decision: StudyDecision): CaseFile {
  const s = c.imaging?.[index];
  if (!s) return c;
  const list = (
    key: 'findings' | 'absentFindings' | 'rejectedFindings',
    want: StudyDecision,
  ): FindingId[] | undefined => {
    const rest = (s[key] ?? []).filter((f) => f !== id);
    const next = decision === want ? [...rest, id] : rest;
    return next.length > 0 || s[key] !== undefined ? next : undefined;
  };
  const patch: Partial<ImagingStudy> = {};
  const findings = list('findings', 'present');
  const absentFindings = list('absentFindings', 'absent');
  const rejectedFindings = list('rejectedFindings', 'rejected');
  if (findings) patch.findings = findings;
  if (absentFindings) patch.absentFindings = absentFindings;
  if (rejectedFindings) patch.rejectedFindings = rejectedFindings;
  return updateStudy(c, index, patch);
}

/** The clinician confirms a finding read from a report as present (or takes back a rejection). */
export function confirmFinding(c: CaseFile, index: number, id: FindingId): CaseFile {
  return decide(c, index, id, 'present');
}

/**
 * The clinician confirms that the report excludes the finding (a negated reading, FS-7): one
 * action adds it to the study's `absentFindings` and takes it out of `rejectedFindings`.
 */
export function confirmAbsent(c: CaseFile, index: number, id: FindingId): CaseFile {
  return decide(c, index, id, 'absent');
}

/** The clinician rejects a finding the reader took from the report text as misread. */
export function rejectFinding(c: CaseFile, index: number, id: FindingId): CaseFile {
  return decide(c, index, id, 'rejected');
}

/** Undo any decision: the reading is back to what the machine read (unknown when negated). */
export function undoDecision(c: CaseFile, index: number, id: FindingId): CaseFile {
  return decide(c, index, id, null);
}

type PatientDetails = NonNullable<CaseFile['patient']>;

/** Edit the patient's details (date of birth, sex); an empty value removes the key. */
export function setPatient(
  c: CaseFile,
  patch: { birthDate?: string; sex?: PatientDetails['sex'] | ''; name?: string },
): CaseFile {
  const patient: PatientDetails = { ...(c.patient ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === '' || value === undefined) delete patient[key];
    else patient[key] = value;
  }
  return { ...c, patient };
}
