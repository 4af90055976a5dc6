import { formatErrors, validateCase } from './validate';
import { baseCase } from './testing/fixtures';

const errorsOf = (input: unknown): string => {
  const v = validateCase(input);
  return v.ok ? '' : formatErrors(v.errors);
};

describe('validateCase', () => {
  it('accepts the base case and keeps unknown extra fields', () => {
    const v = validateCase({ ...baseCase(), clinic: 'north', findings: { headache: true } });
    expect(v.ok).toBeTrue();
    if (v.ok) expect(v.value['clinic']).toBe('north');
  });

  it('refuses a non-object', () => {
    expect(errorsOf([])).toContain('(root)');
    expect(errorsOf('x')).toContain('(root)');
  });

  it('names the field of a wrong type', () => {
    expect(errorsOf({ ...baseCase(), findings: { headache: 'yes' } })).toContain(
      'findings.headache',
    );
  });

  it('refuses an unknown enum value', () => {
    expect(errorsOf({ ...baseCase(), imaging: [{ modality: 'pet', region: 'head' }] })).toContain(
      'imaging[0].modality',
    );
    expect(
      errorsOf({ ...baseCase(), sessions: [{ date: '2026-11-01', modality: 'yoga' }] }),
    ).toContain('sessions[0].modality');
    expect(errorsOf({ ...baseCase(), referral: { status: 'closed' } })).toContain(
      'referral.status',
    );
  });

  it('refuses impossible dates', () => {
    expect(errorsOf({ ...baseCase(), assessedOn: '2026-02-30' })).toContain('assessedOn');
    expect(
      errorsOf({ ...baseCase(), findings: { stroke: { present: true, onset: '2026-13-01' } } }),
    ).toContain('findings.stroke.onset');
  });

  it('refuses a rating outside 0-10', () => {
    expect(
      errorsOf({
        ...baseCase(),
        sessions: [{ date: '2026-11-01', modality: 'back-massage', painAfter: 11 }],
      }),
    ).toContain('sessions[0].painAfter');
  });

  it('refuses unknown finding ids in imaging findings and new symptoms', () => {
    expect(
      errorsOf({
        ...baseCase(),
        imaging: [{ modality: 'xray', region: 'cervical-spine', findings: ['bone-spur'] }],
      }),
    ).toContain('imaging[0].findings[0]');
  });

  it('refuses another format version', () => {
    expect(errorsOf({ ...baseCase(), format: 'vas-case/2' })).toContain('format');
  });

  it('requires an id', () => {
    const { id: _id, ...rest } = baseCase();
    expect(errorsOf(rest)).toContain('id: is required');
  });

  it('keeps an unknown finding key as a warning, not an error', () => {
    const v = validateCase({ ...baseCase(), findings: { dizzines: true } });
    expect(v.ok).toBeTrue();
    if (v.ok) expect(v.warnings[0]).toContain('findings.dizzines');
  });

  it('refuses medication that ends before it starts', () => {
    expect(
      errorsOf({
        ...baseCase(),
        medications: [{ name: 'ibuprofen', start: '2026-11-05', end: '2026-11-01' }],
      }),
    ).toContain('medications[0].end');
  });
});
