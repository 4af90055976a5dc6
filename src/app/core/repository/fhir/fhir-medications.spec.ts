import type { Medication, MedicationRequest, MedicationStatement, Resource } from 'fhir/r4';
import { assess, demoCases, type CaseFile } from '../../../../engine';
import { caseToResources, patientIdOf } from './case-resources';
import { medicationKey, missingMedications } from './fhir-medications';
import { FhirStore } from './fhir-store';
import { FakeFhir } from './testing/fake-fhir';

const TODAY = '2026-11-20';
const RXN = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const APIXABAN = {
  coding: [{ system: RXN, code: '1364447', display: 'Eliquis 5 MG Oral Tablet' }],
};

describe('FhirStore: Medications named by reference (connected mode)', () => {
  let fake: FakeFhir;
  let c: CaseFile;
  let pid: string;

  /** demo-01 on the server, with an EHR's order of `Medication/med1` (no display). */
  const seed = (withMedication: boolean): void => {
    fake = new FakeFhir();
    c = demoCases(TODAY).find((x) => x.id === 'demo-01')!;
    pid = patientIdOf(c.id);
    for (const r of caseToResources(c)) fake.put(r);
    if (withMedication)
      fake.put({ resourceType: 'Medication', id: 'med1', code: APIXABAN } as Medication);
    fake.put({
      resourceType: 'MedicationRequest',
      id: 'order1',
      status: 'active',
      intent: 'order',
      subject: { reference: `Patient/${pid}` },
      medicationReference: { reference: 'Medication/med1' },
      authoredOn: '2026-10-01',
    } as MedicationRequest);
  };

  /** The same order with the drug written in the order itself. */
  const inline = (): FakeFhir => {
    const f = new FakeFhir();
    for (const r of caseToResources(c)) f.put(r);
    f.put({
      resourceType: 'MedicationRequest',
      id: 'order1',
      status: 'active',
      intent: 'order',
      subject: { reference: `Patient/${pid}` },
      medicationCodeableConcept: APIXABAN,
      authoredOn: '2026-10-01',
    } as MedicationRequest);
    return f;
  };

  it('read: the Medication is fetched, and the order reads as the drug it names', async () => {
    seed(true);
    const read = await new FhirStore(fake, fake.base).read(pid);
    const names = read!.caseFile!.medications?.map((m) => m.name) ?? [];
    expect(names.some((n) => /eliquis/i.test(n)))
      .withContext(names.join(', '))
      .toBeTrue();
    expect(read!.warnings.join(' ')).not.toMatch(/unnamed medication/);
    const f = inline();
    const same = await new FhirStore(f, f.base).read(pid);
    expect(assess(read!.caseFile!)).toEqual(assess(same!.caseFile!));
    expect(assess(read!.caseFile!)).not.toEqual(assess(c));
  });

  it('readAll (the worklist) reads the Medication too', async () => {
    seed(true);
    const [all] = await new FhirStore(fake, fake.base).readAll();
    const names = all!.caseFile!.medications?.map((m) => m.name) ?? [];
    expect(names.some((n) => /eliquis/i.test(n)))
      .withContext(names.join(', '))
      .toBeTrue();
  });

  it('a Medication the server does not hold: named in the warnings, the order kept unnamed', async () => {
    seed(false);
    const read = await new FhirStore(fake, fake.base).read(pid);
    expect(read!.warnings.join('\n')).toMatch(
      /^Medication\/med1: the server did not give it \(404\)/m,
    );
    expect(read!.caseFile!.medications?.map((m) => m.name)).toContain('unnamed medication');
  });

  it('only references to this server are read: relative or under its base', () => {
    const base = 'http://fake.test/fhir';
    expect(medicationKey(base, 'Medication/a1')).toBe('Medication/a1');
    expect(medicationKey(base, 'http://fake.test/fhir/Medication/a1')).toBe('Medication/a1');
    expect(medicationKey(base, 'http://evil.test/fhir/Medication/a1')).toBeNull();
    expect(medicationKey(base, 'http:evil.test/Medication/a1')).toBeNull();
    expect(medicationKey(base, 'Medication/a1/_history/3')).toBe('Medication/a1');
    expect(medicationKey(base, '#med')).toBeNull();
    expect(medicationKey(base, 'urn:uuid:0f6c')).toBeNull();
    const st = (ref: string): Resource =>
      ({
        resourceType: 'MedicationStatement',
        medicationReference: { reference: ref },
      }) as MedicationStatement;
    const have = { resourceType: 'Medication', id: 'a1' } as Medication;
    expect(
      missingMedications(base, [
        st('Medication/a1'),
        st('Medication/b2'),
        st('Medication/b2'),
        have,
      ]),
    ).toEqual(['Medication/b2']);
  });
});
