/** Issue 9: bad and foreign FHIR Bundles — each refused by entry, or read with warnings. */
import type { Bundle, BundleEntry } from 'fhir/r4';
import { assess } from '../assess';
import { formatErrors } from '../validate';
import type { CaseFile } from '../model';
import { baseCase, daysAgo } from '../testing/fixtures';
import { bundleToCase } from './from-fhir';
import { caseToBundle } from './to-fhir';

const bundle = (...resources: object[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    { fullUrl: 'urn:uuid:p1', resource: { resourceType: 'Patient', id: 'p1' } },
    ...resources.map((resource) => ({ resource }) as BundleEntry),
  ],
});
const condition = (snomed: string, status: 'confirmed' | 'refuted', subject = 'Patient/p1') => ({
  resourceType: 'Condition',
  subject: { reference: subject },
  code: { coding: [{ system: 'http://snomed.info/sct', code: snomed }] },
  verificationStatus: {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: status },
    ],
  },
});
const report = (contentType: string, data: string) => ({
  resourceType: 'DiagnosticReport',
  status: 'final',
  subject: { reference: 'urn:uuid:p1' },
  code: { coding: [{ system: 'urn:vas-dashboard:imaging', code: 'mri' }] },
  extension: [{ url: 'urn:vas-dashboard:ext:imaging-region', valueCode: 'head' }],
  presentedForm: [{ contentType, data }],
});
const errors = (b: unknown) => {
  const r = bundleToCase(b);
  return r.ok ? '' : formatErrors(r.errors);
};
const read = (b: unknown) => {
  const r = bundleToCase(b);
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return r;
};

describe('FHIR import: hostile and foreign Bundles', () => {
  it('refuses a resource about another patient, naming the entry', () => {
    expect(errors(bundle(condition('230690007', 'confirmed', 'Patient/other')))).toBe(
      'Condition (Bundle.entry[1]).subject: "Patient/other" is not this Bundle\'s Patient (Patient/p1 or urn:uuid:p1)',
    );
  });

  it('two entries disagreeing on a red flag keep it present and list the conflict', () => {
    const r = read(bundle(condition('230690007', 'confirmed'), condition('230690007', 'refuted')));
    expect(r.value.findings['stroke']).toBeTrue();
    expect(r.warnings).toContain(
      'findings.stroke: Condition (Bundle.entry[1]) says true, Condition (Bundle.entry[2]) says false; kept as present (fail-safe)',
    );
    const reversed = read(
      bundle(condition('230690007', 'refuted'), condition('230690007', 'confirmed')),
    );
    expect(reversed.value.findings['stroke']).toBeTrue();
  });

  it('decodes only text presentedForm; a PDF is listed, not read, and warned as not read', () => {
    const r = read(bundle(report('application/pdf', btoa('%PDF-1.4 binary'))));
    expect(r.value.imaging![0]!.report).toBe('[Report attachment not read: application/pdf.]');
    expect(assess(r.value).warnings.map((w) => w.code)).toContain('report-not-read');
    expect(r.warnings).toContain(
      'DiagnosticReport (Bundle.entry[1]).presentedForm: application/pdf attachment not read',
    );
    const text = read(bundle(report('text/plain', btoa('No stenosis.'))));
    expect(text.value.imaging![0]!.report).toBe('No stenosis.');
  });

  it('bad base64 is named in a warning and the report held as not read; never throws', () => {
    const r = read(bundle(report('text/plain', '!!!not base64***')));
    expect(r.warnings).toContain(
      'DiagnosticReport (Bundle.entry[1]).presentedForm.data: not base64 text, not read',
    );
    expect(assess(r.value).warnings.map((w) => w.code)).toContain('report-not-read');
    // Bytes that are not UTF-8 are read in the charset named, else as Windows-1252.
    expect(read(bundle(report('text/plain', btoa('\xff\xfe')))).value.imaging![0]!.report).toBe(
      '\u00ff\u00fe',
    );
    const latin1 = read(bundle(report('text/plain; charset=ISO-8859-1', btoa('Stenose \xe9'))));
    expect(latin1.value.imaging![0]!.report).toBe('Stenose \u00e9');
  });

  it('maps a plain HumanName and a SNOMED stroke code', () => {
    const b = bundle(condition('230690007', 'confirmed'));
    (b.entry![0]!.resource as { name?: unknown }).name = [
      { use: 'official', family: 'Müller', given: ['Zoë', 'Anna'] },
    ];
    const r = read(b);
    expect(r.value.patient?.name).toBe('Zoë Anna Müller');
    expect(r.value.findings['stroke']).toBeTrue();
  });

  it('lists codes and resources it does not read as warnings', () => {
    const r = read(
      bundle(condition('999999999', 'confirmed'), {
        resourceType: 'AllergyIntolerance',
        patient: { reference: 'Patient/p1' },
      }),
    );
    expect(r.warnings).toEqual([
      'Condition (Bundle.entry[1]).code: http://snomed.info/sct|999999999 not read (no finding id for it)',
      'AllergyIntolerance (Bundle.entry[2]): a AllergyIntolerance is not read',
      'assessedOn: missing; assessed as of today',
    ]);
  });

  it('carries the v2 fields both ways: absentFindings, rejectedFindings, analgesic, new ids', () => {
    const c: CaseFile = baseCase({
      findings: { ...baseCase().findings, 'recent-neck-massage': true, 'post-partum': false },
      imaging: [
        {
          modality: 'mri',
          region: 'head',
          date: daysAgo(3),
          report: 'No dissection.',
          absentFindings: ['vertebral-artery-dissection'],
          rejectedFindings: ['disc-protrusion'],
        },
      ],
      medications: [{ name: 'ibuprofen', start: daysAgo(4), analgesic: true }],
    });
    const back = read(caseToBundle(c, assess(c))).value;
    expect(back.imaging![0]!.absentFindings).toEqual(['vertebral-artery-dissection']);
    expect(back.imaging![0]!.rejectedFindings).toEqual(['disc-protrusion']);
    expect(back.medications![0]!.analgesic).toBeTrue();
    expect(back.findings['recent-neck-massage']).toBeTrue();
    expect(back.findings['post-partum']).toBeFalse();
  });

  it('the same Procedure id twice refuses the file naming both entries', () => {
    const c: CaseFile = baseCase({
      sessions: [
        { date: daysAgo(9), modality: 'back-massage' },
        { date: daysAgo(2), modality: 'back-massage' },
      ],
    });
    const b = caseToBundle(c, assess(c));
    for (const e of b.entry ?? [])
      if (e.resource?.resourceType === 'Procedure') e.resource.id = 'same';
    expect(errors(b)).toMatch(
      /Procedure \(Bundle\.entry\[\d+\]\)\.id: "Procedure\/same" appears twice in this Bundle \(Procedure \(Bundle\.entry\[\d+\]\) and Procedure/,
    );
  });
});
