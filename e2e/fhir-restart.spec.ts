/** Issue 11: the FHIR server restarts mid-edit; the edit is retried and saved, nothing lost. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFhirTestServer, type RunningFhirServer } from './fhir-server';

let server: RunningFhirServer | undefined;
const dir = mkdtempSync(join(tmpdir(), 'vas-fhir-'));
const dataFile = join(dir, 'data.json');
test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('server restart mid-edit: "Saving…" while it is down, then saved', async ({
  page,
  request,
}) => {
  server = await startFhirTestServer({ dataFile });
  const { base, port } = server;
  await page.goto(`/?fhirServer=${encodeURIComponent(base)}`);
  await expect(page.locator('[data-worklist-row]').first()).toBeVisible();
  await page.goto('/patients/demo-05');
  const by = page.getByRole('form', { name: 'Referral' }).getByLabel('Referred by');
  await expect(by).toBeVisible();
  await server.stop();
  await by.fill('Dr During Restart');
  await by.blur();
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saving');
  server = await startFhirTestServer({ dataFile, port });
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved', {
    timeout: 30_000,
  });
  const sr = await (await request.get(`${base}/ServiceRequest/demo-05-referral`)).json();
  expect(sr.requester.display).toBe('Dr During Restart');
});
