/**
 * Issue 11, round trip: case → resources on the FHIR test server → case assesses the same,
 * for every demo patient and for generated cases (fast-check). Node-level: the in-memory
 * server runs in this process and the store talks to it over HTTP with fhirclient.
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import FhirClient from 'fhirclient/lib/FhirClient';
import { assess, demoCases, todayIso, type Assessment, type CaseFile } from '../src/engine';
import { caseFile as arbCase } from '../src/engine/testing/arbitraries';
import { FhirStore } from '../src/app/core/repository/fhir/fhir-store';
import { patientIdOf } from '../src/app/core/repository/fhir/case-resources';
import { startFhirServer, type FhirTestServer } from '../scripts/fhir-server';

let server: FhirTestServer;
let store: FhirStore;
let runs = 0;
test.beforeAll(async () => {
  server = await startFhirServer({ port: 0, seed: false });
  const client = new FhirClient(server.base);
  store = new FhirStore(
    { request: (o) => client.fhirRequest(o.url, { ...o, headers: o.headers }) },
    server.base,
  );
});
test.afterAll(async () => {
  await server?.close();
});

/** What the clinician sees: levels, urgency, verdicts, reasons and missing items. */
const shown = (a: Assessment) => ({
  vas: [a.vas.level, a.vas.reasons.map((r) => r.rule).sort()],
  urgency: a.urgency,
  modalities: Object.fromEntries(
    Object.entries(a.modalities).map(([m, v]) => [m, [v.verdict, [...v.missing].sort()]]),
  ),
});

async function roundTrip(c: CaseFile): Promise<CaseFile> {
  await store.putCases([c]);
  const read = await store.read(patientIdOf(c.id));
  expect(read?.problems ?? ['no patient']).toEqual([]);
  return read!.caseFile!;
}

test('every demo patient assesses the same after a trip through the server', async () => {
  for (const c of demoCases(todayIso())) {
    const back = await roundTrip(c);
    expect(shown(assess(back)), c.id).toEqual(shown(assess(c)));
  }
});

test('generated cases assess the same after a trip through the server', async () => {
  await fc.assert(
    fc.asyncProperty(arbCase, async (generated) => {
      // A fresh patient per run: what an earlier run wrote must not be read back.
      const c = { ...generated, id: `prop-${++runs}` };
      const back = await roundTrip(c);
      expect(shown(assess(back))).toEqual(shown(assess(c)));
    }),
    { numRuns: 40 },
  );
});
