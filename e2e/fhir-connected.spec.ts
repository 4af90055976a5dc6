/** Issue 11: connected mode against the FHIR test server (started here, on a free port). */
import { expect, test, type Page } from '@playwright/test';
import type { RiskAssessment } from 'fhir/r4';
import { answer } from './helpers';
import { startFhirTestServer, type RunningFhirServer } from './fhir-server';

let server: RunningFhirServer;
test.beforeAll(async () => {
  server = await startFhirTestServer();
});
test.afterAll(async () => {
  await server?.stop();
});

const rows = '[data-worklist-row]';
const open = async (page: Page, path: string) => {
  await page.goto(`/?fhirServer=${encodeURIComponent(server.base)}`);
  await expect(page.locator(rows).first()).toBeVisible();
  if (path !== '/worklist') await page.goto(path);
};

test('the worklist shows the server referrals; the store choice is kept and shown', async ({
  page,
}) => {
  await open(page, '/worklist');
  await expect(page.locator(rows)).toHaveCount(12);
  await expect(page.locator('[data-worklist-page]')).toContainText('Page 1: 12 referrals');
  await expect(page.locator(rows).first()).toHaveAttribute('data-urgency', 'emergency');
  // Server filters: urgency searched on the server.
  await page.getByLabel('Urgency').selectOption('urgent');
  await expect(page.locator(rows)).toHaveCount(2);
  await expect(page).toHaveURL(/urgency=urgent/);
  // The Patients list reads every patient on the server.
  await page.goto('/patients');
  await expect(page.locator('[data-patient]')).toHaveCount(12);
  await page.goto('/settings');
  await expect(page.locator('[data-store="fhir"]')).toContainText(server.base);
});

test('two clinicians edit the same referral: the second gets the 412 and keeps the edit', async ({
  browser,
  request,
}) => {
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  await open(a, '/patients/demo-03');
  await open(b, '/patients/demo-03');
  const by = (p: Page) => p.getByRole('form', { name: 'Referral' }).getByLabel('Referred by');
  const reason = (p: Page) => p.getByRole('form', { name: 'Referral' }).getByLabel('Reason');
  await a.evaluate(() => localStorage.setItem('vas-dashboard.user', 'Clinician A (test)'));
  await by(a).fill('Dr First');
  await by(a).blur();
  await expect(a.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  await reason(b).fill('Reason from the second clinician');
  await reason(b).blur();
  await expect(b.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'error');
  await expect(b.locator('[data-save-status]')).toContainText(
    'changed by someone else since you opened it',
  );
  await expect(reason(b)).toHaveValue('Reason from the second clinician');
  // The server holds the first clinician's edit; nothing was overwritten.
  const read = async () =>
    (await (await request.get(`${server.base}/ServiceRequest/demo-03-referral`)).json()) as {
      requester: { display: string };
      reasonCode: { text: string }[];
    };
  expect((await read()).requester.display).toBe('Dr First');
  expect((await read()).reasonCode[0]!.text).not.toBe('Reason from the second clinician');
  // Each write is attributed: a Provenance naming what was written and who wrote it.
  const prov = await (
    await request.get(`${server.base}/Provenance?target=ServiceRequest/demo-03-referral`)
  ).json();
  expect(
    prov.entry.some((e: { resource: { agent: { who: { display: string } }[] } }) =>
      e.resource.agent.some((x) => x.who.display === 'Clinician A (test)'),
    ),
  ).toBe(true);
  // Re-apply: the second clinician's change on top of the first one's; both on the server.
  await b
    .locator('[data-save-status]')
    .getByRole('button', { name: 'Re-apply my changes' })
    .click();
  await expect(b.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  const both = await read();
  expect(both.requester.display).toBe('Dr First');
  expect(both.reasonCode[0]!.text).toBe('Reason from the second clinician');
  await expect(by(b)).toHaveValue('Dr First');
  await a.reload();
  await expect(reason(a)).toHaveValue('Reason from the second clinician');
  // Reload: a third edit conflicts in A (opened before B's write... A reloaded, so edit B
  // again first), and A takes the server's version after confirming.
  await by(b).fill('Dr Third');
  await by(b).blur();
  await expect(b.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  await by(a).fill('Dr Mine, discarded');
  await by(a).blur();
  await expect(a.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'error');
  await a.locator('[data-save-status]').getByRole('button', { name: 'Reload theirs' }).click();
  await a.getByRole('button', { name: 'Discard mine and reload' }).click();
  await expect(by(a)).toHaveValue('Dr Third');
  await expect(a.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  expect((await read()).requester.display).toBe('Dr Third');
  await ctxA.close();
  await ctxB.close();
});

test('the RiskAssessment on the server matches the on-screen assessment', async ({
  page,
  request,
}) => {
  await open(page, '/patients/demo-02');
  await answer(page, 'diplopia', 'Yes');
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  const shown = await page.locator('[data-vas-level]').first().getAttribute('data-vas-level');
  const res = await request.get(`${server.base}/RiskAssessment/demo-02-vas`);
  expect(res.ok()).toBe(true);
  const risk = (await res.json()) as RiskAssessment;
  expect(risk.prediction?.[0]?.qualitativeRisk?.coding?.[0]?.code).toBe(shown);
  expect(risk.method?.text).toMatch(/rules v?\d/);
  const issues = await request.get(`${server.base}/DetectedIssue?patient=Patient/demo-02`);
  const verdicts =
    (
      (await issues.json()) as {
        entry?: {
          resource: { extension: { valueCode: string }[]; code: { coding: { code: string }[] } };
        }[];
      }
    ).entry ?? [];
  for (const e of verdicts) {
    const modality = e.resource.extension[0]!.valueCode;
    await expect(page.locator(`[data-modality="${modality}"]`)).toHaveAttribute(
      'data-verdict',
      e.resource.code.coding[0]!.code,
    );
  }
});

test('the open patient is read again when the window regains focus (another clinician saved)', async ({
  browser,
}) => {
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  await open(a, '/patients/demo-08');
  await open(b, '/patients/demo-08');
  const by = (p: Page) => p.getByRole('form', { name: 'Referral' }).getByLabel('Referred by');
  await by(b).fill('Dr Elsewhere');
  await by(b).blur();
  await expect(b.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  await expect(by(a)).not.toHaveValue('Dr Elsewhere');
  await a.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(by(a)).toHaveValue('Dr Elsewhere');
  await ctxA.close();
  await ctxB.close();
});

test('a new patient never overwrites one another clinician created meanwhile on the server', async ({
  page,
  request,
}) => {
  await open(page, '/patients');
  await expect(page.locator('[data-patient]')).toHaveCount(12);
  const known = 12;
  const next = `case-${String(known + 1).padStart(3, '0')}`;
  // Another clinician creates the patient this page would number next, after it read the list.
  const put = await request.put(`${server.base}/Patient/${next}`, {
    headers: { 'Content-Type': 'application/fhir+json' },
    data: { resourceType: 'Patient', id: next, name: [{ text: 'Other Clinician (synthetic)' }] },
  });
  expect(put.ok()).toBe(true);
  await page.getByLabel('New patient name').fill('New Connected (synthetic)');
  await page.getByRole('button', { name: 'Create patient' }).click();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const stored = `case-${String(known + 2).padStart(3, '0')}`;
  // The creation reads the candidate ids and writes on the server: slow on a loaded machine.
  await expect(page).toHaveURL(new RegExp(`/patients/${stored}$`), { timeout: 20_000 });
  await expect(page.getByRole('status', { name: 'New patients renumbered' })).toContainText(
    `${next} was taken by another tab or clinician, so New Connected (synthetic) is stored as ${stored}`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New Connected (synthetic)');
  const other = (await (await request.get(`${server.base}/Patient/${next}`)).json()) as {
    name?: { text?: string }[];
  };
  expect(other.name?.[0]?.text).toBe('Other Clinician (synthetic)');
  const mine = (await (await request.get(`${server.base}/Patient/${stored}`)).json()) as {
    name?: { text?: string }[];
  };
  expect(JSON.stringify(mine.name)).toContain('New Connected');
});
