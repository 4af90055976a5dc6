import { candidateIds, firstFreeId, newCaseId } from './case-ids';

describe('case ids for new patients', () => {
  it('case-NNN is followed by the next numbers, keeping the width (and growing past it)', () => {
    expect(candidateIds('case-007', 3)).toEqual(['case-007', 'case-008', 'case-009']);
    expect(candidateIds('case-999', 2)).toEqual(['case-999', 'case-1000']);
  });

  it('any other id is followed by -2, -3…', () => {
    expect(candidateIds('anna', 3)).toEqual(['anna', 'anna-2', 'anna-3']);
    expect(candidateIds('case7', 2)).toEqual(['case7', 'case7-2']);
  });

  it('the first id not taken, the id itself when it is free', () => {
    const taken = new Set(['case-004', 'case-005', 'case-007']);
    expect(firstFreeId('case-004', (id) => taken.has(id))).toBe('case-006');
    expect(firstFreeId('case-003', (id) => taken.has(id))).toBe('case-003');
  });

  it('a new patient is offered the number after the patients known, skipping taken ones', () => {
    expect(newCaseId(new Set())).toBe('case-001');
    expect(newCaseId(new Set(['demo-01', 'case-003']))).toBe('case-004');
    expect(newCaseId(new Set(['demo-01', 'case-002']))).toBe('case-003');
  });
});
