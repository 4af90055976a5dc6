/** Issue 9: hostile files in the UI import — each refused by name, good files beside them kept. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const base = JSON.parse(readFileSync('e2e/fixtures/case-clear.json', 'utf8'));
const json = (o: unknown) => Buffer.from(JSON.stringify(o));
const file = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/json', buffer });

test('bad files are refused by name and reason; the good one beside them is stored', async ({
  page,
}) => {
  await page.goto('/patients');
  await expect(page.locator('[data-patient]').first()).toBeVisible();
  // A 10,000-deep extra field (built as text: JSON.stringify itself overflows on it).
  const deep = `${JSON.stringify({ ...base, id: 'deep' }).slice(0, -1)},"extra":${'{"d":'.repeat(10_000)}"x"${'}'.repeat(10_000)}}`;
  const named = { ...base, patient: { name: 'Zoë Müller' } };
  const bundle = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      { resource: { resourceType: 'Patient', id: 'p1' } },
      {
        resource: {
          resourceType: 'DiagnosticReport',
          status: 'final',
          code: { coding: [{ system: 'urn:vas-dashboard:imaging', code: 'mri' }] },
          presentedForm: [{ contentType: 'text/plain', data: '!!not base64' }],
        },
      },
    ],
  };
  await page.getByLabel('Import case').setInputFiles([
    file('good.json', json({ ...base, id: 'good-one', patient: { name: '\u202eevil name' } })),
    file('deep.json', Buffer.from(deep)),
    file(
      'big-report.json',
      json({
        ...base,
        id: 'big',
        imaging: [{ modality: 'mri', region: 'head', report: 'x'.repeat(100_001) }],
      }),
    ),
    file('latin1.json', Buffer.from(JSON.stringify({ ...named, id: 'latin' }), 'latin1')),
    file(
      'utf16.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(named), 'utf16le')]),
    ),
    file(
      'bom.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json({ ...named, id: 'bom-one' })]),
    ),
    file('proto.json', Buffer.from(`{"format":"vas-case/1","id":"__proto__","findings":{}}`)),
    file(
      'twice.json',
      json([
        { ...base, id: 'same' },
        { ...base, id: 'same' },
      ]),
    ),
    file('typo.json', json({ ...base, id: 'typo', findings: { Stroke: true } })),
    file('bad64.fhir.json', json(bundle)),
  ]);
  const summary = page.getByRole('status', { name: 'Import summary' });
  // A Bundle's unreadable attachment is a warning (the report is held as not read), not a
  // refusal of the whole record.
  await expect(summary).toContainText('3 file(s) imported, 7 refused');
  // Each refusal names the file and the patient, in clinical words; the field path beside it.
  for (const line of [
    'deep.json (Synthetic Clear): extra: nested more than 16 levels deep',
    'big-report.json (Synthetic Clear): Imaging study 1, report:',
    'latin1.json: not UTF-8 (invalid byte',
    'utf16.json: not UTF-8 (the file is UTF-16)',
    'proto.json (__proto__): Case id: "__proto__" is a reserved name',
    'twice.json (Synthetic Clear): [1].id: "same" appears twice in this file ([0] and [1])',
    'typo.json (Synthetic Clear): Finding "Stroke": not a known finding id — did you mean stroke?',
    'DiagnosticReport (Bundle.entry[1]).presentedForm.data: not base64 text, not read',
  ])
    await expect(summary).toContainText(line);
  for (const path of ['imaging[0].report', 'findings.Stroke'])
    await expect(summary.locator('code', { hasText: path })).toBeVisible();
  await expect(summary).toContainText('Limits: a file up to 20 MB');
  await expect(summary).toContainText('Patient name: control or bidi characters removed');

  await page.reload();
  await expect(page.locator('[data-patient="good-one"]')).toHaveCount(1);
  await expect(page.locator('[data-patient="bom-one"]')).toHaveCount(1);
  await page.goto('/patients/bom-one');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoë Müller');
  await page.goto('/patients/good-one');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('evil name');
});

test('import results name the patients in clinical words, each imported one with "Open"', async ({
  page,
}) => {
  await page.goto('/worklist');
  await expect(page.locator('main h1')).toBeVisible();
  const rating = {
    ...base,
    id: 'rating-bad',
    patient: { name: 'Rita Rating (synthetic)' },
    sessions: [{ date: base.assessedOn, modality: 'back-massage', painAfter: 14 }],
  };
  await page.getByLabel('Import case').setInputFiles([
    file('rating.json', json(rating)),
    file(
      'two.json',
      json([
        { ...base, id: 'imp-one', patient: { name: 'Ona Import (synthetic)' } },
        { ...base, id: 'imp-two', patient: { name: 'Tom Import (synthetic)' } },
      ]),
    ),
  ]);
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText('1 file(s) imported, 1 refused');
  await expect(summary).toContainText(
    'Refused rating.json (Rita Rating (synthetic)): Session 1, pain after: 14 is outside 0–10',
  );
  await expect(summary).not.toContainText('is not a rating from 0 to 10');
  await expect(summary.locator('code', { hasText: 'sessions[0].painAfter' })).toBeVisible();
  await expect(summary.locator('[data-imported="imp-one"]')).toContainText(
    'Ona Import (synthetic)',
  );
  await expect(summary.getByRole('link', { name: /^Open / })).toHaveCount(2);
  await summary.getByRole('link', { name: 'Open Tom Import (synthetic)' }).click();
  await expect(page).toHaveURL(/\/patients\/imp-two$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tom Import (synthetic)');
});
