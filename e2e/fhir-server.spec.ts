/** Issue 11: `npm run fhir-server` starts, answers metadata with CORS, runs transactions, honours If-Match. */
import { expect, test } from '@playwright/test';
import { startFhirTestServer, type RunningFhirServer } from './fhir-server';

let server: RunningFhirServer;
test.beforeAll(async () => {
  server = await startFhirTestServer({ seed: false });
});
test.afterAll(async () => {
  await server?.stop();
});

test('the FHIR test server: metadata, CORS, empty with FHIR_SEED=none, transactions, 412', async ({
  request,
}) => {
  const origin = 'http://127.0.0.1:4333';
  const meta = await request.get(`${server.base}/metadata`, { headers: { Origin: origin } });
  expect(meta.status()).toBe(200);
  expect(meta.headers()['access-control-allow-origin']).toBe(origin);
  expect((await meta.json()).fhirVersion).toBe('4.0.1');
  const preflight = await request.fetch(`${server.base}/Patient/x`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-headers']).toContain('If-Match');
  expect((await (await request.get(`${server.base}/Patient`)).json()).total).toBe(0);

  const json = { 'Content-Type': 'application/fhir+json' };
  const tx = await request.post(server.base, {
    headers: json,
    data: {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          resource: { resourceType: 'Patient', id: 'p1', gender: 'female' },
          request: { method: 'PUT', url: 'Patient/p1' },
        },
      ],
    },
  });
  expect(tx.status()).toBe(200);
  expect((await tx.json()).type).toBe('transaction-response');
  const read = await request.get(`${server.base}/Patient/p1`);
  const etag = read.headers()['etag'];
  expect(etag).toMatch(/^W\/"/);
  const put = (ifMatch: string) =>
    request.put(`${server.base}/Patient/p1`, {
      headers: { ...json, 'If-Match': ifMatch },
      data: { resourceType: 'Patient', id: 'p1', gender: 'male' },
    });
  expect((await put(etag!)).status()).toBe(200);
  expect((await put(etag!)).status()).toBe(412);
});
