/**
 * Issue 13: the CDS Hooks service refuses what it must: bad JWTs (signature, issuer, replayed
 * jti, audience, expiry), malformed and oversized bodies; feedback is stored for the audit and
 * the log holds no patient data.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_VERSION } from '../src/engine';
import { CPT, demoCase, draftOrder, hookRequest, makeEhr, prefetchOf } from './cds/ehr';
import {
  call,
  cds,
  dataDir,
  es,
  rs,
  startStack,
  stopStack,
  stranger,
  svc,
  viaUrl,
} from './cds/stack';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await startStack({ withFhir: false });
});
test.afterAll(stopStack);

test('JWT: ES384 and RS384 and a jwks_url client accepted; bad signature, unknown issuer, replayed jti, wrong aud, expired refused', async () => {
  const body = hookRequest('patient-view', 'demo-01', {
    prefetch: prefetchOf(demoCase('demo-01')),
  });
  expect((await call('vas-patient-view', body, { ehr: rs })).status).toBe(200);
  expect((await call('vas-patient-view', body, { ehr: viaUrl })).status).toBe(200);
  // Signed by another key under a trusted issuer and kid.
  const forged = await makeEhr(es.iss, 'ES384');
  const badSig = (await forged.sign(svc('vas-patient-view'))).split('.');
  const good = (await es.sign(svc('vas-patient-view'))).split('.');
  const spliced = [good[0], good[1], badSig[2]].join('.');
  expect((await call('vas-patient-view', body, { token: spliced })).status).toBe(401);
  expect((await call('vas-patient-view', body, { ehr: stranger })).status).toBe(401);
  const once = await es.sign(svc('vas-patient-view'));
  expect((await call('vas-patient-view', body, { token: once })).status).toBe(200);
  const replay = await call('vas-patient-view', body, { token: once });
  expect(replay.status).toBe(401);
  expect(replay.json).toEqual({ error: 'unauthorized' });
  expect(
    (await call('vas-patient-view', body, { token: await es.sign(svc('vas-order-sign')) })).status,
  ).toBe(401);
  const past = Math.floor(Date.now() / 1000) - 600;
  expect(
    (
      await call('vas-patient-view', body, {
        token: await es.sign(svc('vas-patient-view'), { exp: past }),
      })
    ).status,
  ).toBe(401);
  const far = Math.floor(Date.now() / 1000) + 3600;
  expect(
    (
      await call('vas-patient-view', body, {
        token: await es.sign(svc('vas-patient-view'), { exp: far }),
      })
    ).status,
  ).toBe(401);
  const none = await fetch(svc('vas-patient-view'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(none.status).toBe(401);
});

test('malformed requests: 400 naming the field; oversized: 413; the service keeps answering', async () => {
  const c = demoCase('demo-02');
  const good = hookRequest('order-sign', 'demo-02', {
    prefetch: prefetchOf(c),
    orders: [draftOrder('a', 'demo-02', { text: 'neck massage' })],
  });
  const ctx = good['context'] as Record<string, unknown>;
  const cases: [string, unknown][] = [
    ['hookInstance', { ...good, hookInstance: undefined }],
    ['hook', { ...good, hook: 'patient-view' }],
    ['context', { ...good, context: 'demo-02' }],
    ['context.patientId', { ...good, context: { ...ctx, patientId: undefined } }],
    ['context.patientId', { ...good, context: { ...ctx, patientId: '../Patient/x' } }],
    ['context.draftOrders', { ...good, context: { ...ctx, draftOrders: undefined } }],
    [
      'context.draftOrders.entry[0].resource',
      { ...good, context: { ...ctx, draftOrders: { resourceType: 'Bundle', entry: [{}] } } },
    ],
    ['fhirServer', { ...good, fhirServer: 'ftp://x' }],
    [
      'fhirAuthorization.access_token',
      {
        ...good,
        fhirServer: 'https://ehr.example.org/fhir',
        fhirAuthorization: { token_type: 'Bearer' },
      },
    ],
    [
      'prefetch.patient.id',
      {
        ...good,
        prefetch: {
          ...(good['prefetch'] as object),
          patient: { resourceType: 'Patient', id: 'someone-else' },
        },
      },
    ],
    [
      'prefetch.conditions.entry[0].resource.resourceType',
      {
        ...good,
        prefetch: {
          ...(good['prefetch'] as object),
          conditions: {
            resourceType: 'Bundle',
            entry: [{ resource: { resourceType: 'Patient' } }],
          },
        },
      },
    ],
  ];
  for (const [field, body] of cases) {
    const r = await call('vas-order-sign', body);
    expect(r.status, field).toBe(400);
    expect(r.json.field, field).toBe(field);
    expect(r.json.cards, field).toBeUndefined();
  }
  const sel = await call('vas-order-select', {
    ...good,
    hook: 'order-select',
    context: { ...ctx, selections: ['ServiceRequest/nope'] },
  });
  expect([sel.status, sel.json.field]).toEqual([400, 'context.selections[0]']);
  const notJson = await call('vas-order-sign', null, { raw: '{"hook": "order-sign",' });
  expect([notJson.status, notJson.json.field]).toEqual([400, 'body']);
  const big = await call('vas-order-sign', null, {
    raw: JSON.stringify({ ...good, padding: 'x'.repeat(1_100_000) }),
  });
  expect(big.status).toBe(413);
  expect((await call('vas-order-sign', good)).status).toBe(200);
});

test('feedback: accepted and overridden cards are stored with the reason and what the card was about; no patient data in the log', async () => {
  const c = demoCase('demo-02');
  const r = await call(
    'vas-order-sign',
    hookRequest('order-sign', 'demo-02', {
      prefetch: prefetchOf(c),
      orders: [draftOrder('sr-cmt', 'demo-02', { coding: [{ system: CPT, code: '98941' }] })],
    }),
  );
  const card = r.json.cards![0]!;
  const reason = card.overrideReasons![0]!;
  const token = await es.sign(`${svc('vas-order-sign')}/feedback`);
  const post = (body: unknown, t = token) =>
    fetch(`${svc('vas-order-sign')}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` },
      body: JSON.stringify(body),
    });
  const ok = await post({
    feedback: [
      {
        card: card.uuid,
        outcome: 'overridden',
        overrideReason: { reason, userComment: 'cleared by neurology last week' },
        outcomeTimestamp: new Date().toISOString(),
      },
    ],
  });
  expect(ok.status).toBe(200);
  const bad = await post(
    {
      feedback: [
        { card: card.uuid, outcome: 'ignored', outcomeTimestamp: new Date().toISOString() },
      ],
    },
    await es.sign(`${svc('vas-order-sign')}/feedback`),
  );
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as { field: string }).field).toBe('feedback[0].outcome');
  const lines = readFileSync(join(dataDir, 'feedback.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({
    service: 'vas-order-sign',
    client: es.iss,
    card: card.uuid,
    outcome: 'overridden',
    overrideReason: {
      reason: { code: reason.code },
      userComment: 'cleared by neurology last week',
    },
    about: {
      kind: 'verdict',
      modality: 'cervical-manipulation',
      verdict: 'contraindicated',
      indicator: 'critical',
      rulesVersion: RULES_VERSION,
    },
  });
  expect(JSON.stringify(lines[0])).not.toContain('demo-02');

  // The service's log: calls by route and status, nothing about the patients.
  const log = cds.output();
  expect(log).toContain('"route":"/cds-services/:id"');
  for (const id of ['demo-01', 'demo-02', 'demo-03', 'demo-08'])
    for (const secret of [id, demoCase(id).patient!.name!]) expect(log).not.toContain(secret);
  expect(log).not.toContain('Neck massage');
  expect(log).not.toContain('opaque-test-token');
});
