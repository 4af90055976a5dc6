/**
 * The FHIR test server's search index (scripts/fhir-index.ts) answers exactly as Medplum's
 * linear scan: the same resources in the same order, for the searches the app makes and a
 * few it does not (no system, :not, OR lists, missing elements, a resource changed and one
 * deleted after the index was built).
 */
import { expect, test } from '@playwright/test';
import { parseSearchRequest } from '@medplum/core';
import { MemoryRepository } from '@medplum/fhir-router';
import type { Resource } from '@medplum/fhirtypes';
import { demoCases, todayIso } from '../src/engine';
import { caseToResources } from '../src/app/core/repository/fhir/case-resources';
import { IndexedMemoryRepository } from '../scripts/fhir-index';
import { startFhirServer } from '../scripts/fhir-server';

const SEARCHES = [
  'RiskAssessment?risk=urn:vas-dashboard:urgency|emergency',
  'RiskAssessment?risk=urn:vas-dashboard:urgency|none&risk=urn:vas-dashboard:vas-level|low',
  'RiskAssessment?risk=urn:vas-dashboard:urgency|none&risk:not=urn:vas-dashboard:red-flags|screened',
  'RiskAssessment?risk=URN:VAS-DASHBOARD:URGENCY|URGENT',
  'RiskAssessment?risk=low',
  'RiskAssessment?risk=urn:vas-dashboard:vas-level|high,urn:vas-dashboard:vas-level|moderate&_count=3&_offset=1',
  'RiskAssessment?subject=Patient/demo-02',
  'DetectedIssue?patient=Patient/demo-03,Patient/demo-05&_tag=urn:vas-dashboard:source|vas-dashboard',
  'ServiceRequest?_tag:not=urn:vas-dashboard:source|vas-dashboard',
  'ServiceRequest?status=completed',
  'Observation?subject=Patient/demo-01&code=urn:vas-dashboard:finding|nausea',
  'Observation?value-concept=http://snomed.info/sct|373066001',
  'Condition?subject=Patient/demo-04',
  'Patient?identifier=urn:vas-dashboard:case-id|demo-06',
];

test('indexed searches answer as the linear scan does', async () => {
  await startFhirServer({ port: 0, seed: false }).then((s) => s.close()); // definitions
  const plain = new MemoryRepository();
  const indexed = new IndexedMemoryRepository();
  const all = demoCases(todayIso()).flatMap((c) => caseToResources(c)) as Resource[];
  all.push({
    resourceType: 'ServiceRequest',
    id: 'ehr-sr',
    status: 'active',
    intent: 'order',
    subject: { reference: 'Patient/demo-01' },
  } as Resource);
  for (const r of all) {
    await plain.createResource(r);
    await indexed.createResource(r);
  }
  const ids = async (repo: MemoryRepository, url: string) => {
    const [type, q] = url.split('?') as [string, string];
    const res = await repo.search(
      parseSearchRequest(
        type as 'Patient',
        Object.fromEntries(
          [...new URLSearchParams(q).keys()].map((k) => [k, new URLSearchParams(q).getAll(k)]),
        ),
      ),
    );
    return { ids: (res.entry ?? []).map((e) => e.resource!.id), total: res.total };
  };
  const found: number[] = [];
  for (const url of SEARCHES) {
    const want = await ids(plain, url);
    expect(await ids(indexed, url), url).toEqual(want);
    found.push(want.ids.length);
  }
  console.log(`fhir-index: results per search ${found.join(' ')}`);
  // The comparison is of real answers, not of empty lists.
  expect(found.filter((n) => n > 0).length).toBeGreaterThanOrEqual(SEARCHES.length - 2);
  // Changed and deleted after the indexes were built.
  for (const repo of [plain, indexed]) {
    const risk = await repo.readResource('RiskAssessment', 'demo-03-vas');
    const pred = JSON.parse(
      JSON.stringify(risk).replace('"code":"emergency"', '"code":"urgent"'),
    ) as Resource;
    await repo.updateResource(pred);
    await repo.deleteResource('RiskAssessment', 'demo-10-vas');
  }
  for (const url of SEARCHES) expect(await ids(indexed, url), url).toEqual(await ids(plain, url));
  expect((await ids(indexed, SEARCHES[0]!)).ids).toEqual([]);
  expect((await ids(indexed, SEARCHES[3]!)).ids).toContain('demo-03-vas');
});
