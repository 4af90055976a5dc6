/**
 * Issue 11, the paged server worklist (core/repository/fhir/fhir-worklist.ts) against the
 * FHIR test server: triage order across pages, no row twice or lost, filters as FHIR search
 * parameters, and an EHR's referral the app never assessed listed as not screened.
 * Node-level: the in-memory server runs in this process, fhirclient talks to it over HTTP.
 */
import { expect, test } from '@playwright/test';
// Medplum's FHIR types: these two are written straight into the server's Medplum repository.
import type { Patient, ServiceRequest } from '@medplum/fhirtypes';
import FhirClient from 'fhirclient/lib/FhirClient';
import { demoCases, todayIso } from '../src/engine';
import { caseToResources, transactionsOf } from '../src/app/core/repository/fhir/case-resources';
import type { FhirHttp } from '../src/app/core/repository/fhir/fhir-store';
import {
  ALL_REFERRALS,
  FhirWorklist,
  FIRST_PAGE,
  groupOf,
  URGENCY_GROUPS,
  type ServerWorklistRow,
  type WorklistQuery,
} from '../src/app/core/repository/fhir/fhir-worklist';
import { startFhirServer, type FhirTestServer } from '../scripts/fhir-server';

let server: FhirTestServer;
let worklist: FhirWorklist;
const LEVELS = ['confirmed', 'high', 'moderate', 'indeterminate', 'low'];
const rank = (r: ServerWorklistRow): number =>
  URGENCY_GROUPS.indexOf(groupOf(r)) * 10 + (r.assessed ? 1 + LEVELS.indexOf(r.level) : 0);

test.beforeAll(async () => {
  server = await startFhirServer({ port: 0, seed: false });
  const client = new FhirClient(server.base);
  const http: FhirHttp = { request: (o) => client.fhirRequest(o.url, { ...o }) };
  for (const c of demoCases(todayIso()))
    for (const tx of transactionsOf(caseToResources(c)))
      await http.request({
        url: server.base,
        method: 'POST',
        body: JSON.stringify(tx),
        headers: { 'Content-Type': 'application/fhir+json' },
      });
  // A referral from an EHR: its own Patient and ServiceRequest, no app tag, no assessment.
  await server.repo.createResource<Patient>({
    resourceType: 'Patient',
    id: 'ehr-1',
    name: [{ given: ['Erika'], family: 'Extern' }],
  });
  await server.repo.createResource<ServiceRequest>({
    resourceType: 'ServiceRequest',
    id: 'ehr-1-sr',
    status: 'active',
    intent: 'order',
    subject: { reference: 'Patient/ehr-1' },
    authoredOn: '2026-11-01',
    requester: { display: 'Dr EHR' },
  });
  worklist = new FhirWorklist(http, server.base);
});
test.afterAll(async () => {
  await server?.close();
});

async function everyPage(query: WorklistQuery, count: number): Promise<ServerWorklistRow[][]> {
  const pages: ServerWorklistRow[][] = [];
  for (let cursor = FIRST_PAGE, i = 0; i < 50; i++) {
    const page = await worklist.page(query, cursor, count);
    pages.push(page.rows);
    expect(page.requests).toBeLessThanOrEqual(URGENCY_GROUPS.length * 6 + 1);
    if (!page.next) break;
    cursor = page.next;
  }
  return pages;
}

test('pages of 5 cover the 13 referrals once each, in triage order across pages', async () => {
  const pages = await everyPage(ALL_REFERRALS, 5);
  const rows = pages.flat();
  expect(rows.map((r) => r.id).sort()).toEqual(
    [...demoCases(todayIso()).map((c) => c.id), 'ehr-1'].sort(),
  );
  const ranks = rows.map(rank);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(rows[0]!.urgency).toBe('emergency');
  expect(pages.slice(0, -1).every((p) => p.length === 5)).toBe(true);
  // The EHR referral: listed, not screened, every verdict not cleared (never "clear").
  const ehr = rows.find((r) => r.id === 'ehr-1')!;
  expect(ehr.assessed).toBe(false);
  expect(groupOf(ehr)).toBe('not-screened');
  expect(Object.values(ehr.verdicts).every((v) => v === 'not-cleared')).toBe(true);
  expect(ehr.referral?.requester?.display).toBe('Dr EHR');
  // The unscreened demo patient (red flags unasked) is "not screened", not "none".
  expect(groupOf(rows.find((r) => r.id === 'demo-07')!)).toBe('not-screened');
});

test('filters are FHIR search parameters: urgency, suspicion, name', async () => {
  const urgent = (await everyPage({ ...ALL_REFERRALS, urgency: 'urgent' }, 50)).flat();
  expect(urgent.map((r) => r.id).sort()).toEqual(['demo-04', 'demo-10']);
  const moderate = (await everyPage({ ...ALL_REFERRALS, level: 'moderate' }, 50)).flat();
  expect(moderate.every((r) => r.level === 'moderate')).toBe(true);
  expect(moderate.length).toBeGreaterThan(0);
  const named = (await everyPage({ ...ALL_REFERRALS, name: 'extern' }, 50)).flat();
  expect(named.map((r) => r.id)).toEqual(['ehr-1']);
  const done = (await everyPage({ ...ALL_REFERRALS, urgency: 'not-screened' }, 50)).flat();
  expect(done.map((r) => r.id).sort()).toEqual(['demo-07', 'ehr-1']);
});

test('the verdicts come from the DetectedIssues the app wrote (none: clear)', async () => {
  const rows = (await everyPage(ALL_REFERRALS, 50)).flat();
  const demo = demoCases(todayIso());
  const { assess } = await import('../src/engine');
  for (const c of demo) {
    const a = assess(c);
    const row = rows.find((r) => r.id === c.id)!;
    for (const [m, v] of Object.entries(a.modalities))
      expect(row.verdicts[m as keyof typeof row.verdicts], `${c.id} ${m}`).toBe(v.verdict);
    expect(row.level).toBe(a.vas.level);
  }
});
