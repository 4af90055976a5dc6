import { VERDICTS } from '../../../engine';
import type { AuditEntry, DecisionRecord } from './audit-chain';
import { decisionProblems, decisionsFor, reasonRequired, type DecisionDraft } from './decision';

const draft = (d: Partial<DecisionDraft> = {}): DecisionDraft => ({
  decision: 'proceed',
  reasonCode: null,
  reasonText: '',
  clinician: 'Dr Test',
  ...d,
});

describe('decision before treatment', () => {
  it('a reason is required only when proceeding against a verdict that is not clear', () => {
    for (const v of VERDICTS) {
      expect(reasonRequired('proceed', v)).toBe(v !== 'clear');
      expect(reasonRequired('do-not-proceed', v)).toBeFalse();
    }
  });

  it('proceeding against "not cleared" without a reason cannot be signed', () => {
    expect(decisionProblems(draft(), 'not-cleared')).toEqual([
      'Choose a reason for proceeding against the verdict.',
      'Explain the reason (at least 10 characters).',
    ]);
    expect(
      decisionProblems(draft({ reasonCode: 'specialist-cleared' }), 'contraindicated'),
    ).toEqual(['Explain the reason (at least 10 characters).']);
    expect(decisionProblems(draft({ reasonText: 'neurologist saw her' }), 'caution')).toEqual([
      'Choose a reason for proceeding against the verdict.',
    ]);
    expect(
      decisionProblems(draft({ reasonCode: 'made-up', reasonText: 'x'.repeat(20) }), 'caution'),
    ).toEqual(['Choose a reason for proceeding against the verdict.']);
    expect(
      decisionProblems(
        draft({ reasonCode: 'specialist-cleared', reasonText: 'Neurologist letter 2026-11-20' }),
        'not-cleared',
      ),
    ).toEqual([]);
  });

  it('proceeding when clear, or not proceeding, needs no reason but a decision and a name', () => {
    expect(decisionProblems(draft(), 'clear')).toEqual([]);
    expect(decisionProblems(draft({ decision: 'do-not-proceed' }), 'not-cleared')).toEqual([]);
    expect(decisionProblems(draft({ decision: null, clinician: ' ' }), 'clear')).toEqual([
      'Choose proceed or do not proceed.',
      'Enter the name of the clinician signing.',
    ]);
  });

  it('a newer decision supersedes the older one of the same modality; both stay', () => {
    const rec = (modality: DecisionRecord['modality'], decision: DecisionRecord['decision']) => ({
      modality,
      decision,
      verdict: 'not-cleared' as const,
      reasonCode: null,
      reasonText: '',
      clinician: 'Dr Test',
      assessedOn: '2026-11-25',
      engineVersion: '0.2.0',
      rulesVersion: 'r',
    });
    const e = (seq: number, decision?: DecisionRecord): AuditEntry => ({
      patientId: 'p1',
      seq,
      at: '2026-11-25T10:00:00Z',
      user: 'Dr Test',
      action: decision ? 'decision' : 'change',
      ...(decision ? { decision } : {}),
    });
    const entries = [
      e(1, rec('cervical-manipulation', 'proceed')),
      e(2),
      e(3, rec('therapeutic-exercise', 'proceed')),
      e(4, rec('cervical-manipulation', 'do-not-proceed')),
    ];
    const shown = decisionsFor(entries, 'cervical-manipulation');
    expect(shown.map((d) => [d.seq, d.record.decision, d.supersededBy])).toEqual([
      [4, 'do-not-proceed', null],
      [1, 'proceed', 4],
    ]);
    expect(decisionsFor(entries, 'therapeutic-exercise').length).toBe(1);
  });
});
