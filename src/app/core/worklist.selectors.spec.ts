import { demoCases, RULES_VERSION, todayIso } from '../../engine';
import { ENGINE_BUILD } from '../../engine/engine-build';
import { initialState, patientAdapter } from './patients.feature';
import type { StoredPatient } from './patient-repository';
import { urgencyShown } from './worklist-row';
import {
  selectWorklistRows,
  SUMMARY_STAMP,
  triageSummary,
  worklistRowsOf,
} from './worklist.selectors';

const today = todayIso();
const calm = demoCases(today)[0]!; // no red flags: urgency none

function rowsOf(p: StoredPatient) {
  return worklistRowsOf([p]);
}

describe('worklist rows selector', () => {
  it('uses a stored triage summary of today and of these rules, without running the engine', () => {
    const p: StoredPatient = {
      id: calm.id,
      caseFile: calm,
      updatedAt: 0,
      synthetic: true,
      summary: {
        date: today,
        rules: SUMMARY_STAMP,
        urgency: 'emergency',
        level: 'high',
        manipulation: 'contraindicated',
        screened: true,
        verdicts: {
          'cervical-manipulation': 'contraindicated',
          'collar-zone-massage': 'contraindicated',
          'back-massage': 'contraindicated',
          'therapeutic-exercise': 'contraindicated',
        },
      } as StoredPatient['summary'],
    };
    expect(rowsOf(p)[0]!.urgency).toBe('emergency');
  });

  it('runs the engine when the summary is of another day or other rules', () => {
    const stale = {
      date: '2000-01-01',
      rules: SUMMARY_STAMP,
      urgency: 'emergency',
      level: 'high',
      manipulation: 'contraindicated',
    } as const;
    const p: StoredPatient = {
      id: calm.id,
      caseFile: calm,
      updatedAt: 0,
      synthetic: true,
      summary: stale,
    };
    expect(rowsOf(p)[0]!.urgency).toBe('none');
    const otherRules: StoredPatient = { ...p, summary: { ...stale, date: today, rules: 'older' } };
    expect(rowsOf(otherRules)[0]!.urgency).toBe('none');
    // Same rules version, another build of the engine (a reader phrase changed): recomputed.
    const full = {
      ...stale,
      date: today,
      rules: RULES_VERSION,
      screened: true,
      verdicts: {
        'cervical-manipulation': 'contraindicated',
        'collar-zone-massage': 'contraindicated',
        'back-massage': 'contraindicated',
        'therapeutic-exercise': 'contraindicated',
      },
    } as StoredPatient['summary'];
    expect(rowsOf({ ...p, summary: full })[0]!.urgency).toBe('none');
    expect(rowsOf({ ...p, summary: { ...full!, rules: SUMMARY_STAMP } })[0]!.urgency).toBe(
      'emergency',
    );
    expect(SUMMARY_STAMP).toBe(`${RULES_VERSION}+${ENGINE_BUILD}`);
  });

  it('writes the engine’s triage as the summary', () => {
    const s = triageSummary({ id: calm.id, caseFile: calm, updatedAt: 0, synthetic: true }, today);
    expect(s as object).toEqual({
      date: today,
      rules: SUMMARY_STAMP,
      urgency: 'none',
      level: 'low',
      manipulation: 'clear',
      screened: jasmine.any(Boolean),
      verdicts: jasmine.any(Object),
    });
  });

  it('recomputes a stored summary written before "not screened" existed', () => {
    const p: StoredPatient = {
      id: 'blank',
      caseFile: { ...calm, id: 'blank', findings: {} },
      updatedAt: 0,
      synthetic: true,
      summary: {
        date: today,
        rules: SUMMARY_STAMP,
        urgency: 'none',
        level: 'low',
        manipulation: 'clear',
      },
    };
    const row = rowsOf(p)[0]!;
    expect(row.screened).toBeFalse();
    expect(urgencyShown(row)).toBe('not-screened');
  });

  it('before the patients are read, the snapshot rows; once read, the patients’ own rows', () => {
    const p: StoredPatient = { id: calm.id, caseFile: calm, updatedAt: 0, synthetic: true };
    const snapshot = rowsOf({ ...p, caseFile: { ...calm, patient: { name: 'From snapshot' } } });
    const waiting = { ...initialState, snapshot: { rows: snapshot, generation: 3 } };
    expect(selectWorklistRows({ patients: waiting })).toBe(snapshot);
    const read = { ...patientAdapter.setAll([p], waiting), loaded: true };
    expect(selectWorklistRows({ patients: read })[0]!.name).toBe(calm.patient!.name!);
    // No snapshot: nothing until the read (never rows from another source).
    expect(selectWorklistRows({ patients: initialState })).toEqual([]);
  });

  it('the patients read at the snapshot’s generation take its rows (no engine run)', () => {
    const p: StoredPatient = { id: calm.id, caseFile: calm, updatedAt: 0, synthetic: true };
    // A row the engine would not give for this patient: it shows which one was taken.
    const taken = { ...rowsOf({ ...p })[0]!, urgency: 'urgent' as const };
    const read = {
      ...patientAdapter.setAll([p], initialState),
      loaded: true,
      snapshot: { rows: [taken], generation: 3 },
    };
    const exact = { ...read, listed: { generation: 3, entities: read.entities } };
    expect(selectWorklistRows({ patients: exact })[0]).toBe(taken);
    // Another generation, or entities changed since: the engine's own row.
    const fresh: StoredPatient = { ...p };
    const other = {
      ...patientAdapter.setAll([fresh], read),
      listed: { generation: 4, entities: read.entities },
    };
    expect(selectWorklistRows({ patients: other })[0]!.urgency).toBe('none');
  });
});
