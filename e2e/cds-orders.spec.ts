/**
 * Issue 13: which draft order is which modality (server/cds/modality.ts with the code list in
 * server/cds/order-codes.ts), and what the EHR sends never crashes the reading of it.
 * In-process: no server, no browser.
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import type { FhirResource } from 'fhir/r4';
import { MODALITIES } from '../src/engine';
import { isRecognised, recogniseOrder } from '../server/cds/modality';
import { CPT, DEFAULT_ORDER_CODES, SNOMED } from '../server/cds/order-codes';
import { readRecord } from '../server/cds/patient-data';
import { BadRequest, parseHookRequest } from '../server/cds/request';
import { demoCase, hookRequest, prefetchOf } from './cds/ehr';

const order = (code: object, type: 'ServiceRequest' | 'Procedure' = 'ServiceRequest') =>
  ({
    resourceType: type,
    id: 'x',
    status: 'draft',
    intent: 'order',
    subject: {},
    code,
  }) as never as FhirResource;
const modalityOf = (code: object, type?: 'ServiceRequest' | 'Procedure') => {
  const r = recogniseOrder(order(code, type), 'ServiceRequest/x', DEFAULT_ORDER_CODES);
  return isRecognised(r) ? r.modality : null;
};

test('every listed code gives its modality, and cites where it was checked', () => {
  expect(DEFAULT_ORDER_CODES.codes.length).toBeGreaterThanOrEqual(9);
  for (const c of DEFAULT_ORDER_CODES.codes) {
    expect(c.source, c.code).toMatch(/https?:\/\//);
    expect(modalityOf({ coding: [{ system: c.system, code: c.code }] }), c.code).toBe(c.modality);
    expect(modalityOf({ coding: [{ system: c.system, code: c.code }] }, 'Procedure'), c.code).toBe(
      c.modality,
    );
  }
  // The same code in another system is not that code.
  expect(modalityOf({ coding: [{ system: 'http://loinc.org', code: '98940' }] })).toBeNull();
});

test('the issue phrases are recognised from code.text, folded for case, hyphens and spaces', () => {
  const want: [string, string][] = [
    ['cervical spine manipulation', 'cervical-manipulation'],
    ['Chiropractic manipulation of the neck', 'cervical-manipulation'],
    ['NECK MASSAGE', 'collar-zone-massage'],
    ['collar-zone massage', 'collar-zone-massage'],
    ['Collar zone  massage x10', 'collar-zone-massage'],
    ['back massage', 'back-massage'],
    ['therapeutic exercise', 'therapeutic-exercise'],
    // Two modalities named: the strictest.
    ['neck and back massage; neck massage first', 'collar-zone-massage'],
  ];
  for (const [text, m] of want) expect(modalityOf({ text }), text).toBe(m);
  // A display is read too.
  expect(
    modalityOf({ coding: [{ system: 'urn:local', code: '1', display: 'Neck massage' }] }),
  ).toBe('collar-zone-massage');
  for (const m of MODALITIES) expect(DEFAULT_ORDER_CODES.phrases[m].length).toBeGreaterThan(0);
});

test('codes without a region are checked as the neck unless the text names a less strict modality', () => {
  expect(modalityOf({ coding: [{ system: CPT, code: '97124' }] })).toBe('collar-zone-massage');
  expect(modalityOf({ coding: [{ system: CPT, code: '97124' }], text: 'Back massage' })).toBe(
    'back-massage',
  );
  expect(modalityOf({ coding: [{ system: CPT, code: '98941' }], text: 'lumbar spine' })).toBe(
    'cervical-manipulation',
  );
  // A code that names the neck is never narrowed by text.
  expect(
    modalityOf({ coding: [{ system: SNOMED, code: '399010004' }], text: 'back massage' }),
  ).toBe('cervical-manipulation');
  // Several codes: the strictest.
  expect(
    modalityOf({
      coding: [
        { system: CPT, code: '97110' },
        { system: CPT, code: '98940' },
      ],
    }),
  ).toBe('cervical-manipulation');
});

test('other orders: not recognised; ones that read like manual therapy are flagged', () => {
  const x = recogniseOrder(order({ text: 'MRI cervical spine' }), 'a', DEFAULT_ORDER_CODES);
  expect(isRecognised(x)).toBe(false);
  expect(x && 'looksManual' in x && x.looksManual).toBe(false);
  const y = recogniseOrder(order({ text: 'Craniosacral manipulation' }), 'b', DEFAULT_ORDER_CODES);
  expect(y && 'looksManual' in y && y.looksManual).toBe(true);
  const med = { resourceType: 'MedicationRequest', id: 'm' } as never as FhirResource;
  expect(recogniseOrder(med, 'c', DEFAULT_ORDER_CODES)).toBeNull();
});

test('any draft order or prefetch value: recognised or not, read or refused naming the field, never a crash', async () => {
  fc.assert(
    fc.property(fc.anything(), fc.anything(), (code, bodySite) => {
      for (const r of [
        { resourceType: 'ServiceRequest', code, bodySite },
        {
          resourceType: 'Procedure',
          code: { text: code, coding: [code, bodySite] },
          bodySite: [bodySite],
        },
      ])
        recogniseOrder(r as never as FhirResource, 'x', DEFAULT_ORDER_CODES);
    }),
    { numRuns: 500 },
  );
  const base = prefetchOf(demoCase('demo-02'));
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...Object.keys(base)),
      fc.anything({ withObjectString: true }),
      fc.boolean(),
      async (key, v, wrap) => {
        const value = wrap
          ? {
              resourceType: key === 'patient' ? 'Patient' : 'Bundle',
              id: 'demo-02',
              entry: [{ resource: v }],
            }
          : v;
        const req = hookRequest('patient-view', 'demo-02', { prefetch: { ...base, [key]: value } });
        const hr = parseHookRequest(JSON.parse(JSON.stringify(req)), 'patient-view');
        try {
          const r = await readRecord(hr, {} as never);
          expect(typeof r.ok).toBe('boolean');
        } catch (e) {
          expect(e).toBeInstanceOf(BadRequest);
          expect((e as BadRequest).field).toMatch(new RegExp(`^prefetch\\.${key}`));
        }
      },
    ),
    { numRuns: 300 },
  );
});
