import { baseCase } from '../../../engine/testing/fixtures';
import { describeField, describeSource, fieldSelector, jumpSelector } from './field-refs';

describe('field references', () => {
  it('names a warning field in the clinician’s words and finds its control', () => {
    const c = baseCase();
    expect(describeField(c, 'imaging[0].report')).toMatch(/^X-ray \d{4}-\d\d-\d\d report$/);
    expect(fieldSelector('imaging[0].report')).toBe('#study-0-report');
    expect(fieldSelector('sessions[3]')).toBe('[data-session-index="3"]');
    expect(fieldSelector('medications[1]')).toBe('[data-medication-index="1"]');
    expect(fieldSelector('assessedOn')).toBeNull();
    expect(describeField(c, 'assessedOn')).toBe('Assessment date');
  });

  it('jumps to a finding, its onset or the imaging button', () => {
    expect(jumpSelector('stroke')).toBe('#finding-stroke');
    expect(jumpSelector('stroke.onset')).toBe('#finding-stroke-onset');
    expect(jumpSelector('cervical-spine-imaging')).toBe('app-imaging-panel .add-study');
  });

  it('reads fact sources aloud', () => {
    expect(describeSource('imaging[0] (doppler, 2026-11-16) report')).toBe(
      'Doppler 2026-11-16 report',
    );
    expect(describeSource('entry')).toBe('entry');
    expect(describeSource('findings.dizziness note')).toBe('the note on "Dizziness"');
    expect(describeSource('referral (2026-11-01) reason')).toBe('referral (2026-11-01) reason');
  });
});
