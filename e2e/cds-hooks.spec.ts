/**
 * Issue 13: the CDS Hooks service's cards. Requests shaped like the CDS Hooks 2.0 examples, for
 * each hook, with prefetch, without it (read from the FHIR test server) and with part of it.
 */
import { expect, test } from '@playwright/test';
import { assess, missingLabel } from '../src/engine';
import { CPT, demoCase, draftOrder, hookRequest, prefetchOf, SNOMED } from './cds/ehr';
import {
  call,
  cds,
  es,
  expectWellFormed,
  fhir,
  startRecordingProxy,
  startStack,
  stopStack,
  svc,
  type Card,
} from './cds/stack';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await startStack();
});
test.afterAll(stopStack);

test('discovery lists the three services with prefetch templates; CORS as the spec shows', async () => {
  const token = await es.sign(`${cds.base}/cds-services`);
  const r = await fetch(`${cds.base}/cds-services`, {
    headers: { authorization: `Bearer ${token}`, origin: 'https://sandbox.cds-hooks.org' },
  });
  expect(r.status).toBe(200);
  expect(r.headers.get('access-control-allow-origin')).toBe('*');
  const d = (await r.json()) as {
    services: { id: string; hook: string; prefetch: Record<string, string> }[];
  };
  expect(d.services.map((s) => [s.id, s.hook])).toEqual([
    ['vas-patient-view', 'patient-view'],
    ['vas-order-select', 'order-select'],
    ['vas-order-sign', 'order-sign'],
  ]);
  for (const s of d.services)
    expect(s.prefetch).toEqual({
      patient: 'Patient/{{context.patientId}}',
      conditions: 'Condition?patient=Patient/{{context.patientId}}',
      observations: 'Observation?patient=Patient/{{context.patientId}}',
      diagnosticReports: 'DiagnosticReport?patient=Patient/{{context.patientId}}',
      procedures: 'Procedure?patient=Patient/{{context.patientId}}',
      medicationStatements: 'MedicationStatement?patient=Patient/{{context.patientId}}',
      serviceRequests: 'ServiceRequest?patient=Patient/{{context.patientId}}',
      questionnaireResponses: 'QuestionnaireResponse?patient=Patient/{{context.patientId}}',
      encounters: 'Encounter?patient=Patient/{{context.patientId}}',
      documentReferences: 'DocumentReference?patient=Patient/{{context.patientId}}',
      medicationRequests: 'MedicationRequest?patient=Patient/{{context.patientId}}',
    });
  const pre = await fetch(svc('vas-order-sign'), {
    method: 'OPTIONS',
    headers: {
      origin: 'https://sandbox.cds-hooks.org',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    },
  });
  expect(pre.status).toBe(204);
  const list = (h: string) => (pre.headers.get(h) ?? '').split(',').map((x) => x.trim());
  expect(list('access-control-allow-headers')).toEqual(['Authorization', 'Content-Type']);
  expect(list('access-control-allow-methods')).toEqual(['GET', 'POST', 'OPTIONS']);
  expect(pre.headers.get('access-control-allow-origin')).toBe('*');
});

test('patient-view with prefetch: red flags give a critical card with the referral and work-up as orders', async () => {
  const c = demoCase('demo-03');
  const a = assess(c);
  expect(a.urgency.level).toBe('emergency');
  const r = await call(
    'vas-patient-view',
    hookRequest('patient-view', 'demo-03', { prefetch: prefetchOf(c) }),
  );
  expect(r.status).toBe(200);
  const cards = r.json.cards!;
  const urgent = cards[0]!;
  expect(urgent.indicator).toBe('critical');
  expect(urgent.summary).toContain('refer to emergency care now');
  for (const reason of a.urgency.reasons)
    expect(urgent.detail).toContain(`**${reason.rule}** (${reason.source})`);
  expectWellFormed(urgent);
  expect(urgent.links![0]!.url).toBe('http://127.0.0.1:4200/patients/demo-03');
  expect(urgent.selectionBehavior).toBe('any');
  const orders = urgent.suggestions!.map((s) => s.actions[0]!);
  expect(
    orders.every((o) => o.type === 'create' && o.resource.resourceType === 'ServiceRequest'),
  ).toBe(true);
  expect(orders.map((o) => o.resource.code.text)).toEqual([
    'Emergency care referral',
    ...a.workup!,
  ]);
  expect(orders.map((o) => o.resource.code.text)).toContain(
    'Doppler / duplex ultrasound of neck vessels',
  );
  expect(urgent.overrideReasons!.length).toBeGreaterThan(0);

  // Nothing to say: no card.
  const calm = await call(
    'vas-patient-view',
    hookRequest('patient-view', 'demo-01', { prefetch: prefetchOf(demoCase('demo-01')) }),
  );
  expect(calm.json.cards).toEqual([]);
  // A diagnosis on record: a warning that says so, not a suspicion.
  const onRecord = await call(
    'vas-patient-view',
    hookRequest('patient-view', 'demo-05', { prefetch: prefetchOf(demoCase('demo-05')) }),
  );
  expect(onRecord.json.cards!.map((x) => [x.indicator, x.summary.split(':')[0]])).toEqual([
    ['warning', 'Vertebral artery syndrome on record'],
  ]);
  // Moderate suspicion: an info card offering the duplex scan.
  const moderate = await call(
    'vas-patient-view',
    hookRequest('patient-view', 'demo-06', { prefetch: prefetchOf(demoCase('demo-06')) }),
  );
  expect(moderate.json.cards!.map((x) => x.indicator)).toEqual(['info']);
  expect(moderate.json.cards![0]!.summary).toContain(
    'Suspicion of vertebral artery syndrome: moderate',
  );
  expect(
    moderate.json.cards![0]!.suggestions!.map((s) => s.actions[0]!.resource.code.text),
  ).toEqual(['Doppler / duplex ultrasound of neck vessels']);
});

test('order-sign with prefetch: one verdict card per modality ordered, by code or by text', async () => {
  const c = demoCase('demo-02');
  const a = assess(c);
  const orders = [
    draftOrder('sr-cmt', 'demo-02', {
      coding: [{ system: CPT, code: '98940' }],
      text: 'CMT 1-2 regions',
    }),
    draftOrder('sr-massage', 'demo-02', { text: 'Neck massage, 10 sessions' }),
    draftOrder('sr-exercise', 'demo-02', { coding: [{ system: CPT, code: '97110' }] }),
    {
      resourceType: 'MedicationRequest',
      id: 'mr-1',
      status: 'draft',
      intent: 'order',
      subject: { reference: 'Patient/demo-02' },
    } as never,
  ];
  const r = await call(
    'vas-order-sign',
    hookRequest('order-sign', 'demo-02', { prefetch: prefetchOf(c), orders }),
  );
  expect(r.status).toBe(200);
  const cards = r.json.cards!;
  expect(a.modalities['cervical-manipulation'].verdict).toBe('contraindicated');
  expect(a.modalities['collar-zone-massage'].verdict).toBe('not-cleared');
  expect(a.modalities['therapeutic-exercise'].verdict).toBe('clear');
  expect(cards.map((x) => x.indicator)).toEqual(['critical', 'warning']);
  const [manip, massage] = cards as [Card, Card];
  expect(manip.summary).toMatch(/^Cervical manipulation \/ mobilisation: contraindicated/);
  expect(manip.detail).toContain(`recognised by \`${CPT}|98940\``);
  for (const reason of a.modalities['cervical-manipulation'].reasons)
    expect(manip.detail).toContain(`**${reason.rule}** (${reason.source}): ${reason.text}`);
  expect(massage.summary).toMatch(/^Collar-zone massage: not cleared/);
  expect(massage.detail).toContain('recognised by `text`');
  for (const m of a.modalities['collar-zone-massage'].missing)
    expect(massage.detail).toContain(missingLabel(m));
  for (const x of cards) expectWellFormed(x);
  // High suspicion, no red flags, imaging on file: the engine's one order is the referral.
  expect(a.vas.level).toBe('high');
  expect(manip.suggestions!.map((x) => x.actions[0]!.resource.code.text)).toEqual([
    'Neurology referral',
  ]);
  // An EHR that writes absolute references to the patient gets the same verdicts.
  const absolute = JSON.parse(
    JSON.stringify(prefetchOf(c)).replaceAll(
      '"Patient/demo-02"',
      '"https://ehr.example.org/fhir/Patient/demo-02"',
    ),
  ) as Record<string, unknown>;
  expect(JSON.stringify(absolute)).toContain('https://ehr.example.org/fhir/Patient/demo-02');
  const r2 = await call(
    'vas-order-sign',
    hookRequest('order-sign', 'demo-02', { prefetch: absolute, orders }),
  );
  expect(r2.json.cards!.map((x) => x.summary)).toEqual(cards.map((x) => x.summary));
});

test('order-select: only the selected order is checked; caution is an info card', async () => {
  const c = demoCase('demo-08');
  expect(assess(c).modalities['cervical-manipulation'].verdict).toBe('caution');
  const orders = [
    draftOrder('sr-1', 'demo-08', {
      coding: [
        {
          system: SNOMED,
          code: '399010004',
          display: 'Nonsurgical manipulation of cervical spine',
        },
      ],
    }),
    draftOrder('sr-2', 'demo-08', { text: 'collar-zone massage' }),
  ];
  const r = await call(
    'vas-order-select',
    hookRequest('order-select', 'demo-08', {
      prefetch: prefetchOf(c),
      orders,
      selections: ['ServiceRequest/sr-1'],
    }),
  );
  expect(r.status).toBe(200);
  expect(r.json.cards!.map((x) => [x.indicator, x.summary.split(':')[0]])).toEqual([
    ['info', 'Cervical manipulation / mobilisation'],
  ]);
  // Selecting the massage (not cleared for this patient) gives its warning instead.
  const r2 = await call(
    'vas-order-select',
    hookRequest('order-select', 'demo-08', {
      prefetch: prefetchOf(c),
      orders,
      selections: ['ServiceRequest/sr-2'],
    }),
  );
  expect(r2.json.cards!.map((x) => [x.indicator, x.summary.split(':')[0]])).toEqual([
    ['warning', 'Collar-zone massage'],
  ]);
});

test('without prefetch the service reads the FHIR server (fhirServer + fhirAuthorization) and gives the same cards', async () => {
  const orders = [draftOrder('sr-1', 'demo-03', { text: 'Cervical spine manipulation' })];
  const withPrefetch = await call(
    'vas-order-sign',
    hookRequest('order-sign', 'demo-03', { prefetch: prefetchOf(demoCase('demo-03')), orders }),
  );
  const proxy = await startRecordingProxy(fhir.base);
  const fetched = await call(
    'vas-order-sign',
    hookRequest('order-sign', 'demo-03', {
      fhirServer: proxy.base,
      accessToken: 'opaque-test-token',
      orders,
    }),
  );
  expect(fetched.status).toBe(200);
  // Read through fhirclient with the EHR's token: the Patient, the six searches and the four
  // optional ones (an EHR's visits, forms, notes and medication orders).
  expect(proxy.seen.map((x) => x.path.split('?')[0]!.split('/').pop()).sort()).toEqual([
    'Condition',
    'DiagnosticReport',
    'DocumentReference',
    'Encounter',
    'MedicationRequest',
    'MedicationStatement',
    'Observation',
    'Procedure',
    'QuestionnaireResponse',
    'ServiceRequest',
    'demo-03',
  ]);
  expect(proxy.seen.every((x) => x.authorization === 'Bearer opaque-test-token')).toBe(true);
  expect(proxy.seen.find((x) => x.path.startsWith('/fhir/R4/Observation'))!.path).toContain(
    'patient=Patient/demo-03&_count=200',
  );
  expect(fetched.json.cards!.map((x) => [x.indicator, x.summary])).toEqual(
    withPrefetch.json.cards!.map((x) => [x.indicator, x.summary]),
  );
  expect(fetched.json.cards![0]!.indicator).toBe('critical');
  expect(fetched.json.cards![0]!.links![0]!.url).toBe(
    `http://127.0.0.1:4200/patients/demo-03?fhirServer=${encodeURIComponent(proxy.base)}`,
  );
  // Part of the prefetch given (the Patient): the rest is read.
  proxy.seen.length = 0;
  const partial = await call(
    'vas-patient-view',
    hookRequest('patient-view', 'demo-04', {
      fhirServer: proxy.base,
      prefetch: { patient: prefetchOf(demoCase('demo-04'))['patient'], conditions: null },
    }),
  );
  expect(partial.status).toBe(200);
  expect(proxy.seen).toHaveLength(10);
  expect(proxy.seen.some((x) => x.path.includes('/Patient/'))).toBe(false);
  await proxy.close();
  expect(partial.json.cards![0]!.indicator).toBe('warning');
  expect(partial.json.cards![0]!.summary).toContain('urgent neurologist review');
  expect(partial.json.cards![0]!.suggestions![0]!.actions[0]!.resource.code.text).toBe(
    'Neurology referral',
  );
  // An optional type the grant refuses (403) is left out and named; a server error on it
  // fails the read (its red flags could be there): no verdict, the order not cleared.
  for (const status of [403, 500]) {
    const refusing = await startRecordingProxy(fhir.base, { path: /\/Encounter\?/, status });
    const r = await call(
      'vas-order-sign',
      hookRequest('order-sign', 'demo-03', { fhirServer: refusing.base, orders }),
    );
    await refusing.close();
    expect(r.status).toBe(200);
    const text = JSON.stringify(r.json.cards);
    if (status === 403) {
      expect(r.json.cards![0]!.indicator).toBe('critical');
      // (Markdown escapes the brackets.)
      expect(text).toMatch(
        /Encounter records were not read .{0,4}the FHIR server answered HTTP 403/,
      );
    } else {
      expect(r.json.cards!.map((x) => x.indicator)).toEqual(['warning']);
      expect(r.json.cards![0]!.summary).toContain('not cleared: the record could not be read');
      expect(text).toContain('HTTP 500');
    }
  }
  // An unknown patient on the server: no verdict, and the order is not cleared.
  const unknown = await call(
    'vas-order-sign',
    hookRequest('order-sign', 'no-such-patient', { fhirServer: fhir.base, orders }),
  );
  expect(unknown.status).toBe(200);
  expect(unknown.json.cards!.map((x) => x.indicator)).toEqual(['warning']);
  expect(unknown.json.cards![0]!.summary).toContain('not cleared: the record could not be read');
  // No prefetch and nowhere to read from: 412, the key named.
  const none = await call('vas-patient-view', hookRequest('patient-view', 'demo-03'));
  expect(none.status).toBe(412);
  expect(none.json.field).toBe('prefetch.patient');
});

test('orders: an unrelated order gives no card; one that reads like manual therapy but is not recognised gives an info card', async () => {
  const c = demoCase('demo-03');
  const xray = await call(
    'vas-order-sign',
    hookRequest('order-sign', 'demo-03', {
      prefetch: prefetchOf(c),
      orders: [draftOrder('sr-x', 'demo-03', { text: 'X-ray lumbar spine' })],
    }),
  );
  expect(xray.json.cards).toEqual([]);
  const odd = await call(
    'vas-order-sign',
    hookRequest('order-sign', 'demo-03', {
      prefetch: prefetchOf(c),
      orders: [draftOrder('sr-y', 'demo-03', { text: 'Craniosacral manipulation' })],
    }),
  );
  expect(odd.json.cards!.map((x) => x.indicator)).toEqual(['info']);
  expect(odd.json.cards![0]!.summary).toContain('not recognised');
  // "back massage" coded 97124 is checked as back massage (the code alone would be the neck).
  const back = await call(
    'vas-order-sign',
    hookRequest('order-sign', 'demo-05', {
      prefetch: prefetchOf(demoCase('demo-05')),
      orders: [
        draftOrder('sr-z', 'demo-05', {
          coding: [{ system: CPT, code: '97124' }],
          text: 'Back massage',
        }),
      ],
    }),
  );
  expect(assess(demoCase('demo-05')).modalities['back-massage'].verdict).toBe('clear');
  expect(back.json.cards).toEqual([]);
  const neck = await call(
    'vas-order-sign',
    hookRequest('order-sign', 'demo-05', {
      prefetch: prefetchOf(demoCase('demo-05')),
      orders: [draftOrder('sr-z', 'demo-05', { coding: [{ system: CPT, code: '97124' }] })],
    }),
  );
  expect(neck.json.cards!.map((x) => [x.indicator, x.summary.split(':')[0]])).toEqual([
    ['critical', 'Collar-zone massage'],
  ]);
});

test('the log has calls by route and status, and nothing about the patients', async () => {
  const log = cds.output();
  expect(log).toContain('"route":"/cds-services/:id"');
  for (const id of ['demo-01', 'demo-02', 'demo-03', 'demo-04', 'demo-08'])
    for (const secret of [id, demoCase(id).patient!.name!]) expect(log).not.toContain(secret);
  expect(log).not.toContain('Neck massage');
  expect(log).not.toContain('opaque-test-token');
});
