import type { Bundle, FhirResource } from 'fhir/r4';
import fc from 'fast-check';
import { assess } from '../assess';
import { demoCases } from '../demo-cases';
import type { Assessment, CaseFile } from '../model';
import { caseFile } from '../testing/arbitraries';
import { baseCase, daysAgo } from '../testing/fixtures';
import { firstDifference, must, sameData } from '../testing/prop-check';
import { bundleToCase } from './from-fhir';
import { caseToBundle } from './to-fhir';

const toBundle = (c: CaseFile): Bundle => caseToBundle(c, assess(c));
const back = (b: unknown): CaseFile => {
  const r = bundleToCase(b);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const resources = <T extends FhirResource['resourceType']>(b: Bundle, type: T) =>
  (b.entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is Extract<FhirResource, { resourceType: T }> => r?.resourceType === type);
const contract = (a: Assessment) => ({
  vas: a.vas,
  urgency: a.urgency,
  causes: a.causes,
  modalities: a.modalities,
  course: a.course,
});

const rich: CaseFile = {
  ...demoCases('2026-11-20')[7]!, // sessions, medication, MRI, referral
  findings: {
    ...demoCases('2026-11-20')[7]!.findings,
    headache: { present: true, onset: daysAgo(20), note: 'evenings' },
    stroke: { present: false, onset: daysAgo(400) },
  },
  imaging: [
    {
      modality: 'xray',
      region: 'cervical-spine',
      date: daysAgo(5),
      report: 'Uncovertebral arthrosis C5-C6 — ïñ UTF-8.',
      findings: ['cervical-osteochondrosis'],
      rejectedFindings: ['disc-protrusion'],
    },
  ],
};

describe('FHIR R4 mapping', () => {
  const b = toBundle(rich);

  it('writes a Patient with the case id and the synthetic tag', () => {
    const [p] = resources(b, 'Patient');
    expect(p!.identifier![0]!.value).toBe(rich.id);
    expect(p!.meta?.tag?.[0]?.code).toBe('HTEST');
    expect(back(b).patient).toEqual(rich.patient!);
  });

  it('writes symptoms as Observations (SNOMED where the brief gives one) and history as Conditions', () => {
    const headache = resources(b, 'Observation').find((o) =>
      o.code.coding?.some((c) => c.code === 'headache'),
    )!;
    expect(headache.valueBoolean).toBeTrue();
    expect(
      headache.code.coding!.some(
        (c) => c.system === 'http://snomed.info/sct' && c.code === '25064002',
      ),
    ).toBeTrue();
    expect(headache.effectiveDateTime).toBe(daysAgo(20));
    const stroke = resources(b, 'Condition').find((c) => c.code?.coding?.[0]?.code === 'stroke')!;
    expect(stroke.verificationStatus?.coding?.[0]?.code).toBe('refuted');
    expect(back(b).findings['stroke']).toEqual({ present: false, onset: daysAgo(400) });
    expect(back(b).findings['headache']).toEqual({
      present: true,
      onset: daysAgo(20),
      note: 'evenings',
    });
  });

  it('writes imaging as DiagnosticReport with the text in conclusion and presentedForm', () => {
    const [r] = resources(b, 'DiagnosticReport');
    expect(r!.conclusion).toBe(rich.imaging![0]!.report!);
    expect(r!.code.coding!.some((c) => c.code === '24946-6')).toBeTrue();
    const { conclusion: _c, ...withoutConclusion } = r!;
    const onlyForm = {
      ...b,
      entry: b.entry!.map((e) => (e.resource === r ? { ...e, resource: withoutConclusion } : e)),
    };
    expect(back(onlyForm).imaging![0]).toEqual(rich.imaging![0]!);
  });

  it('writes sessions as Procedures with pain as LOINC 72514-3 Observations', () => {
    expect(resources(b, 'Procedure').length).toBe(rich.sessions!.length);
    const pain = resources(b, 'Observation').filter((o) => o.code.coding?.[0]?.code === '72514-3');
    expect(pain.length).toBe(rich.sessions!.length * 2);
    expect(
      pain.every(
        (o) => typeof o.valueInteger === 'number' && o.valueInteger >= 0 && o.valueInteger <= 10,
      ),
    ).toBeTrue();
    expect(back(b).sessions).toEqual(
      rich.sessions!.map((s) => ({ ...s, newSymptoms: s.newSymptoms ?? [] })),
    );
  });

  it('writes MedicationStatement and ServiceRequest', () => {
    expect(resources(b, 'MedicationStatement')[0]!.medicationCodeableConcept!.text).toBe(
      'ibuprofen',
    );
    expect(resources(b, 'ServiceRequest')[0]!.requester!.display).toBe(rich.referral!.from!);
    expect(back(b).medications).toEqual(rich.medications!);
    expect(back(b).referral).toEqual(rich.referral!);
  });

  it('writes the suspicion level as RiskAssessment and each non-clear verdict as DetectedIssue', () => {
    const a = assess(rich);
    const [risk] = resources(b, 'RiskAssessment');
    expect(risk!.prediction![0]!.qualitativeRisk!.coding![0]!.code).toBe(a.vas.level);
    const issues = resources(b, 'DetectedIssue');
    const notClear = Object.values(a.modalities).filter((m) => m.verdict !== 'clear').length;
    expect(issues.length).toBe(notClear);
  });

  it('a round trip loses nothing the assessment reads', () => {
    fc.assert(
      fc.property(caseFile, (c) => {
        const a = contract(assess(back(toBundle(c))));
        const b = contract(assess(c));
        must(sameData(a, b), () => `round trip differs at ${firstDifference(a, b)}`);
      }),
      { numRuns: 200 },
    );
    for (const c of demoCases('2026-11-20'))
      expect(contract(assess(back(toBundle(c))))).toEqual(contract(assess(c)));
  });

  it('refuses invalid Bundles naming the resource and the field', () => {
    const msg = (x: unknown): string => {
      const r = bundleToCase(x);
      return r.ok ? '' : r.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    };
    expect(msg({ resourceType: 'Patient' })).toContain('Bundle.resourceType');
    expect(msg({ resourceType: 'Bundle', entry: [] })).toContain('exactly one Patient');
    const badObs = JSON.parse(JSON.stringify(b)) as Bundle;
    const obs = badObs.entry!.find(
      (e) => e.resource?.resourceType === 'Observation' && !('partOf' in e.resource),
    )!.resource as { valueBoolean?: unknown };
    obs.valueBoolean = 'yes';
    expect(msg(badObs)).toMatch(/Observation \(Bundle\.entry\[\d+\]\)\.valueBoolean/);
    const badPain = JSON.parse(
      JSON.stringify(
        toBundle(
          baseCase({ sessions: [{ date: daysAgo(1), modality: 'back-massage', painAfter: 4 }] }),
        ),
      ),
    ) as Bundle;
    (
      badPain.entry!.find(
        (e) => e.resource?.resourceType === 'Observation' && 'partOf' in e.resource,
      )!.resource as { valueInteger: number }
    ).valueInteger = 14;
    expect(msg(badPain)).toContain('sessions[0].painAfter');
  });
});
