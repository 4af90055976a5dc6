/** Brief v2: findings a report says in words, where the structured entries say otherwise. */
import { assess } from './assess';
import type { ImagingStudy } from './model';
import { baseCase, daysAgo, withFindings } from './testing/fixtures';

describe('assessment: root and cord compression said with a verb', () => {
  const mri = (report: string): ImagingStudy => ({
    modality: 'mri',
    region: 'cervical-spine',
    date: daysAgo(10),
    report,
  });

  it('"compressing the left C7 root" contraindicates manipulation though radiculopathy was answered no', () => {
    const c = withFindings(
      { radiculopathy: false },
      { imaging: [mri('Disc herniation C6-C7 compressing the left C7 root.')] },
    );
    const m = assess(c).modalities['cervical-manipulation'];
    expect(m.verdict).toBe('contraindicated');
    expect(m.reasons.some((r) => r.findings?.includes('radiculopathy'))).toBeTrue();
  });

  it('"compressing the spinal cord" contraindicates manipulation (myelopathy)', () => {
    const c = withFindings(
      { myelopathy: false },
      { imaging: [mri('Herniation at C5-C6 compressing the spinal cord.')] },
    );
    const m = assess(c).modalities['cervical-manipulation'];
    expect(m.verdict).toBe('contraindicated');
    expect(m.reasons.some((r) => r.findings?.includes('myelopathy'))).toBeTrue();
  });

  describe('reviewer vignettes (2026-11-26): every entry answered "no", the report says otherwise', () => {
    const study = (
      modality: ImagingStudy['modality'],
      region: ImagingStudy['region'],
      report: string,
    ): ImagingStudy => ({ modality, region, date: daysAgo(5), report });
    const withStudy = (s: ImagingStudy) =>
      assess(baseCase({ imaging: [...baseCase().imaging!, s] }));

    it('a question answered in its own sentence is an occlusion: emergency', () => {
      const a = withStudy(
        study(
          'cta',
          'neck-vessels',
          'Evaluation of the posterior circulation demonstrates occlusion of the left VA.',
        ),
      );
      expect(a.urgency.level).toBe('emergency');
      expect(a.modalities['cervical-manipulation'].verdict).toBe('contraindicated');
    });

    it('a vertebral artery not shown on Doppler: emergency', () => {
      const a = withStudy(
        study('doppler', 'neck-vessels', 'Right VA: normal flow. Left VA: not visualized.'),
      );
      expect(a.urgency.level).toBe('emergency');
    });

    it('"acute" after the infarct: emergency, no massage or exercise', () => {
      const a = withStudy(study('mri', 'head', 'Infarct in the left cerebellum: acute.'));
      expect(a.urgency.level).toBe('emergency');
      expect(a.modalities['back-massage'].verdict).toBe('contraindicated');
      expect(a.modalities['therapeutic-exercise'].verdict).toBe('contraindicated');
    });

    it('a negation does not reach a bare finding after a comma: manipulation contraindicated', () => {
      const a = withStudy(
        study('xray', 'cervical-spine', 'Absent lordosis, uncovertebral arthrosis.'),
      );
      expect(a.modalities['cervical-manipulation'].verdict).toBe('contraindicated');
    });

    it('a thyroid nodule on a neck MRI: collar-zone massage contraindicated', () => {
      const a = withStudy(
        study('mri', 'cervical-spine', 'Thyroid nodule in the right lobe, 15 mm.'),
      );
      expect(a.modalities['collar-zone-massage'].verdict).toBe('contraindicated');
    });
  });

  it('a recent TIA read in a report of last week dates an old TIA entry: manipulation contraindicated', () => {
    const a = assess(
      baseCase({
        findings: { ...baseCase().findings, tia: { present: true, onset: '2020-01-01' } },
        imaging: [
          ...baseCase().imaging!,
          { modality: 'mri', region: 'head', date: daysAgo(5), report: 'Recent TIA.' },
        ],
      }),
    );
    expect(a.modalities['cervical-manipulation'].verdict).toBe('contraindicated');
  });
});
