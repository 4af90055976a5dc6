/** Spondylodiscitis is an infection: it makes `infection` present (or unknown) too. */
import { assess } from './assess';
import { baseCase, daysAgo, withFindings } from './testing/fixtures';

const mri = (report: string) => ({
  modality: 'mri' as const,
  region: 'cervical-spine' as const,
  date: daysAgo(5),
  report,
});

describe('findings implied by others', () => {
  it('spondylodiscitis read in a report holds both massages, with the "no" infection a conflict', () => {
    const a = assess(
      baseCase({ imaging: [...baseCase().imaging!, mri('Tuberculous spondylitis C5-C6.')] }),
    );
    expect(a.modalities['back-massage'].verdict).toBe('contraindicated');
    expect(a.modalities['collar-zone-massage'].verdict).toBe('contraindicated');
    expect(a.conflicts.some((c) => c.startsWith('FS-3: Infection'))).toBeTrue();
  });

  it('an uncertain one leaves infection unknown: back massage not cleared', () => {
    const study = mri('Spondylodiscitis C5-C6 cannot be excluded.');
    const a = assess(baseCase({ imaging: [...baseCase().imaging!, study] }));
    expect(a.modalities['back-massage'].verdict).toBe('not-cleared');
  });

  it('entered by the clinician, it counts as an infection as well', () => {
    const a = assess(withFindings({ spondylodiscitis: true, infection: undefined }));
    expect(a.modalities['back-massage'].verdict).toBe('contraindicated');
  });
});
