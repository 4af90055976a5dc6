import { FINDING_IDS } from '../../engine';
import { ALL_GROUPS } from './finding-groups';

describe('finding groups', () => {
  it('place every finding id of the contract in exactly one control', () => {
    const placed = ALL_GROUPS.flatMap((g) => g.findings);
    expect([...placed].sort()).toEqual([...FINDING_IDS].sort());
    expect(new Set(placed).size).toBe(placed.length);
  });
});
