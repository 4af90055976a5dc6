import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

function convert(to: 'fhir' | 'case', file: string) {
  const r = spawnSync('npm', ['run', '-s', 'convert', '--', '--to', to, file], {
    encoding: 'utf8',
  });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')),
  };
}

test('npm run convert: case → Bundle → case keeps the assessment inputs', () => {
  const info = test.info();
  const toFhir = convert('fhir', 'e2e/fixtures/case-017.json');
  expect(toFhir.code).toBe(0);
  const bundle = JSON.parse(toFhir.stdout);
  expect(bundle.resourceType).toBe('Bundle');
  const types = new Set(
    bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType),
  );
  for (const t of [
    'Patient',
    'Observation',
    'Condition',
    'DiagnosticReport',
    'Procedure',
    'MedicationStatement',
    'ServiceRequest',
    'RiskAssessment',
    'DetectedIssue',
  ]) {
    expect(types.has(t), t).toBe(true);
  }
  const file = info.outputPath('case-017.fhir.json');
  writeFileSync(file, toFhir.stdout);
  const toCase = convert('case', file);
  expect(toCase.code).toBe(0);
  const original = JSON.parse(readFileSync('e2e/fixtures/case-017.json', 'utf8'));
  const back = JSON.parse(toCase.stdout);
  expect(back.id).toBe(original.id);
  expect(back.findings.stroke).toEqual(original.findings.stroke);
  expect(back.sessions[0].painAfter).toBe(original.sessions[0].painAfter);
  expect(back.referral).toEqual(original.referral);
});

test('npm run convert refuses an invalid Bundle naming the resource and field', () => {
  const info = test.info();
  const file = info.outputPath('bad.fhir.json');
  writeFileSync(
    file,
    JSON.stringify({
      resourceType: 'Bundle',
      entry: [{ resource: { resourceType: 'Observation' } }],
    }),
  );
  const r = convert('case', file);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toHaveLength(1);
  expect(r.stderr[0]).toContain('Patient');
});

test('the UI exports a Bundle and imports it back', async ({ page }, info) => {
  await page.goto('/patients/demo-02');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export FHIR' }).click();
  const file = info.outputPath('demo-02.fhir.json');
  await (await download).saveAs(file);
  const bundle = JSON.parse(readFileSync(file, 'utf8'));
  expect(bundle.resourceType).toBe('Bundle');
  const patient = bundle.entry.find(
    (e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Patient',
  ).resource;
  patient.identifier[0].value = 'demo-02-from-fhir';
  writeFileSync(file, JSON.stringify(bundle));
  await page.getByLabel('Import case').setInputFiles(file);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText(
    '1 file(s) imported',
  );
  await page.goto('/patients/demo-02-from-fhir');
  await expect(page.locator('[data-vas-level]')).toHaveAttribute('data-vas-level', 'high');
  await expect(page.locator('[data-modality="cervical-manipulation"]')).toHaveAttribute(
    'data-verdict',
    'contraindicated',
  );
});

test('Print summary gives one A4 page', async ({ page }, info) => {
  await page.goto('/patients/demo-08');
  await expect(page.locator('[data-course-status]')).toHaveAttribute('data-course-status', 'stop');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('app-print-summary')).toBeVisible();
  await expect(page.locator('app-print-summary')).toContainText('Decision support, not diagnosis');
  await expect(page.locator('app-print-summary')).toContainText('COURSE-STOP-PAIN-48H');
  // The printout starts with the action, then the referral.
  await expect(page.locator('[data-print-action]')).not.toBeEmpty();
  await expect(page.locator('app-print-summary')).toContainText('Referral:');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await info.attach('summary.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});
