/**
 * What an EHR's prefetch says beside its matches (round 22): an OperationOutcome that some
 * results were withheld, an optional key answered with an OperationOutcome, a panel's member
 * Observation brought in by `_include`. In-process: no server, no browser.
 */
import { expect, test } from '@playwright/test';
import type { Bundle, BundleEntry } from 'fhir/r4';
import { readRecord } from '../server/cds/patient-data';
import { parseHookRequest } from '../server/cds/request';
import { demoCase, hookRequest, prefetchOf } from './cds/ehr';
import { startFhirTestServer } from './fhir-server';

const read = async (prefetch: Record<string, unknown>, id: string) => {
  const req = hookRequest('patient-view', id, { prefetch });
  return readRecord(parseHookRequest(JSON.parse(JSON.stringify(req)), 'patient-view'), {} as never);
};

test('an OperationOutcome in a search result, or in place of an optional key, is named', async () => {
  const base = prefetchOf(demoCase('demo-02'));
  const observations = structuredClone(base['observations']) as Bundle;
  observations.entry = [
    ...(observations.entry ?? []),
    {
      search: { mode: 'outcome' },
      resource: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'warning',
            code: 'incomplete',
            details: { text: 'Some results were not returned: sensitive data restricted' },
          },
        ],
      },
    } as BundleEntry,
  ];
  const forbidden = {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: 'forbidden' }],
  };
  const r = await read({ ...base, observations, documentReferences: forbidden }, 'demo-02');
  expect(r.ok).toBe(true);
  const said = r.notRead.join('\n');
  expect(said).toContain('Observation results came with a warning (incomplete)');
  expect(said).toContain('sensitive data restricted');
  expect(said).toContain('DocumentReference records were not sent by the EHR');
  // Without them: nothing said.
  const plain = await read(base, 'demo-02');
  expect(plain.notRead.join('\n')).not.toContain('OperationOutcome');
});

test("a panel's member Observation included by _include is read as the patient's own", async () => {
  const base = prefetchOf(demoCase('demo-03'));
  const observations = structuredClone(base['observations']) as Bundle;
  for (const e of observations.entry ?? []) e.search = { mode: 'include' };
  const r = await read({ ...base, observations }, 'demo-03');
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  // demo-03's diplopia and dysarthria are Observations: still read.
  const f = r.caseFile.findings;
  expect(JSON.stringify([f['diplopia'], f['dysarthria']])).toContain('true');
});

test('a medication order read from the EHR names its Medication (included or read by reference)', async () => {
  test.setTimeout(90_000);
  const fhir = await startFhirTestServer();
  try {
    const put = (path: string, body: object) =>
      fetch(`${fhir.base}/${path}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/fhir+json' },
        body: JSON.stringify(body),
      }).then((r) => expect(r.status, path).toBeLessThan(300));
    await put('Medication/med-apx', {
      resourceType: 'Medication',
      id: 'med-apx',
      code: { text: 'Apixaban 5 mg tablet' },
    });
    await put('MedicationRequest/mr-apx', {
      resourceType: 'MedicationRequest',
      id: 'mr-apx',
      status: 'active',
      intent: 'order',
      subject: { reference: 'Patient/demo-02' },
      medicationReference: { reference: 'Medication/med-apx' },
      authoredOn: '2026-11-01',
    });
    // The required keys prefetched; the optional ones (medicationRequests) read from the server.
    const req = hookRequest('patient-view', 'demo-02', {
      prefetch: prefetchOf(demoCase('demo-02')),
      fhirServer: fhir.base,
    });
    const r = await readRecord(
      parseHookRequest(JSON.parse(JSON.stringify(req)), 'patient-view'),
      {} as never,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fetched).toContain('medicationRequests');
    expect(r.caseFile.medications?.map((m) => m.name)).toContain('Apixaban 5 mg tablet');
  } finally {
    await fhir.stop();
  }
});
