import { EMERGENCY_FLAG_IDS, FINDING_IDS, NECK_EVENT_IDS, TRIAD_IDS } from '../../engine';
import {
  ALL_GROUPS,
  groupMissing,
  missingItemLabel,
  missingItemTarget,
  noneOfTheseIds,
  SYMPTOM_GROUPS,
} from './finding-groups';

describe('finding groups', () => {
  it('place every finding id of the contract in exactly one control', () => {
    const placed = ALL_GROUPS.flatMap((g) => g.findings);
    expect([...placed].sort()).toEqual([...FINDING_IDS].sort());
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('ask the v2 red flags in the red-flag group, with an onset for those the rules date', () => {
    const red = SYMPTOM_GROUPS.find((g) => g.id === 'red-flags')!;
    for (const id of [
      'speech-disturbance',
      'limb-weakness',
      'reduced-consciousness',
      'syncope',
      'visual-field-loss',
      'new-unusual-headache',
      'triad-progressive',
      'vertebral-artery-dissection',
      'recent-neck-massage',
    ] as const)
      expect(red.findings).toContain(id);
    for (const id of [
      ...EMERGENCY_FLAG_IDS,
      ...NECK_EVENT_IDS,
      'new-unusual-headache',
      'vertebral-artery-dissection',
    ] as const)
      expect(red.onset).toContain(id);
    const dated = ALL_GROUPS.flatMap((g) => g.onset ?? []);
    for (const id of [...TRIAD_IDS, 'stroke', 'tia', 'neck-injury', 'back-injury'] as const)
      expect(dated).toContain(id);
  });

  it('record the dynamic vascular assessment beside the rotation question, skipped by "None of these"', () => {
    const g = ALL_GROUPS.find((x) => x.findings.includes('dynamic-vascular-assessment-normal'))!;
    const at = g.findings.indexOf('dynamic-vascular-assessment-normal');
    expect(g.findings[at - 1]).toBe('dizziness-on-head-rotation');
    expect(noneOfTheseIds(g)).not.toContain('dynamic-vascular-assessment-normal');
    expect(noneOfTheseIds(g)).toContain('nausea');
  });

  it('read a missing onset as "Onset of …" and point at its date input', () => {
    expect(missingItemLabel('new-unusual-headache.onset')).toBe(
      'Onset of new or unusual headache / neck pain (weeks)',
    );
    expect(missingItemTarget('dizziness.onset')).toBe('finding-dizziness-onset');
    expect(missingItemLabel('nausea')).toBe('Nausea');
    expect(missingItemTarget('nausea')).toBe('finding-nausea');
    expect(missingItemLabel('cervical-spine-imaging')).toContain('X-ray');
  });
});

describe('missing items grouped by section', () => {
  it('groups findings, onsets and imaging in page order', () => {
    const groups = groupMissing([
      'infection',
      'cervical-spine-imaging',
      'diplopia',
      'new-unusual-headache.onset',
      'stroke',
    ]);
    expect(groups.map((g) => g.id)).toEqual(['imaging', 'red-flags', 'vascular', 'infection']);
    expect(groups[0]!.other).toEqual(['cervical-spine-imaging']);
    expect(groups[1]!.findings).toEqual(['diplopia']);
    expect(groups[1]!.onsets).toEqual(['new-unusual-headache']);
  });
});
