/** Issue 14: the audit trail (hash-chained), tampering reported, decisions before treatment. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answer, openPatients } from './helpers';

const CLINICIAN = 'Dr Audit (test)';

/** A new patient (its own, empty audit chain), with the clinician name set in Settings. */
async function newPatient(page: Page, name: string): Promise<string> {
  await page.goto('/settings');
  await page.getByLabel(/^Clinician name/).fill(CLINICIAN);
  await page.getByLabel(/^Clinician name/).blur();
  await openPatients(page);
  await page.getByLabel('New patient name').fill(name);
  await page.getByRole('button', { name: 'Create patient' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
}

async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(bad).toEqual([]);
}

const auditRows = (page: Page) => page.locator('[data-audit-entry]');

test('an edit appears in the audit trail with old → new, time and user; export as AuditEvent', async ({
  page,
}) => {
  await page.goto('/settings');
  await expect(page.getByLabel(/^Clinician name/)).toBeVisible();
  await expectAxeClean(page);
  const id = await newPatient(page, 'Audit Edit (synthetic)');
  await answer(page, 'thyroid-disease', 'Yes');
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  await answer(page, 'thyroid-disease', 'No');
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');

  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page).toHaveURL(new RegExp(`/patients/${id}/audit$`));
  await expect(page.locator('[data-audit-intact]')).toContainText('3 entries');
  const changes = auditRows(page).and(page.locator('[data-action="change"]'));
  await expect(changes).toHaveCount(2);
  // Newest first: yes → no, then not answered → yes.
  await expect(changes.nth(0)).toContainText('thyroid-disease');
  await expect(changes.nth(0).locator('[data-change]')).toContainText('true → false');
  await expect(changes.nth(1).locator('[data-change]')).toContainText('not answered → true');
  await expect(changes.nth(0)).toContainText(CLINICIAN);
  await expect(auditRows(page).last()).toHaveAttribute('data-action', 'create');
  await expectAxeClean(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as FHIR AuditEvent' }).click();
  const file = await (await download).path();
  const bundle = JSON.parse(readFileSync(file!, 'utf8'));
  expect(bundle.resourceType).toBe('Bundle');
  const events = bundle.entry.map(
    (e: { resource: { action: string; agent: unknown[] } }) => e.resource,
  );
  expect(events.map((e: { action: string }) => e.action)).toEqual(['C', 'U', 'U']);
  // The export itself is on the trail.
  await expect(auditRows(page).first()).toHaveAttribute('data-action', 'export');
});

test('an audit entry edited in IndexedDB is reported as tampering', async ({ page }) => {
  const id = await newPatient(page, 'Audit Tamper (synthetic)');
  await answer(page, 'thyroid-disease', 'Yes');
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.locator('[data-audit-intact]')).toContainText('2 entries');

  // Edit entry 2 in the raw store, as someone with the browser profile could.
  const edited = await page.evaluate(
    (patientId) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('vas-dashboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('audit', 'readwrite');
          const store = tx.objectStore('audit');
          const get = store.get([patientId, 2]);
          get.onsuccess = () => {
            const row = get.result;
            row.payload.changes[0].after = false;
            store.put(row);
          };
          tx.oncomplete = () => {
            db.close();
            resolve('edited');
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    id,
  );
  expect(edited).toBe('edited');
  await page.reload();
  const altered = page.locator('[data-audit-altered]');
  await expect(altered).toContainText('Audit trail altered');
  await expect(altered).toContainText('entry 2 was changed');
  await expect(page.locator('[data-audit-intact]')).toHaveCount(0);
  await expectAxeClean(page);

  // Removing an entry is reported too.
  await page.evaluate(
    (patientId) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('vas-dashboard');
        open.onsuccess = () => {
          const tx = open.result.transaction('audit', 'readwrite');
          tx.objectStore('audit').delete([patientId, 1]);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    id,
  );
  await page.reload();
  await expect(altered).toContainText('entry 1 is missing');
});

test('proceeding against "not cleared" needs a reason; the signed decision is on the card, the print summary and the trail', async ({
  page,
}) => {
  await newPatient(page, 'Audit Decision (synthetic)');
  const card = page.locator('[data-modality="cervical-manipulation"]');
  await expect(card).toHaveAttribute('data-verdict', 'not-cleared');
  await card.getByRole('button', { name: 'Record decision' }).click();
  const form = card.getByRole('form', { name: 'Decision before treatment' });
  await form.getByLabel('Proceed', { exact: true }).check();
  await expect(form.getByLabel('Signed by (clinician name)')).toHaveValue(CLINICIAN);
  await expectAxeClean(page);
  await form.getByRole('button', { name: 'Sign decision' }).click();
  await expect(form.locator('[data-decision-problems]')).toContainText(
    'Choose a reason for proceeding against the verdict.',
  );
  await expect(form.locator('[data-decision-problems]')).toContainText('Explain the reason');
  await expect(card.locator('[data-decision]')).toHaveCount(0);

  await form
    .getByLabel(/^Reason/)
    .selectOption({ label: 'Cleared by a specialist (neurologist, vascular)' });
  await form.getByRole('button', { name: 'Sign decision' }).click();
  await expect(form.locator('[data-decision-problems]')).toContainText('Explain the reason');
  await expect(card.locator('[data-decision]')).toHaveCount(0);

  await form.getByLabel(/^Explanation/).fill('Neurologist letter of 2026-11-20: vessels normal');
  await form.getByRole('button', { name: 'Sign decision' }).click();
  const decision = card.locator('[data-decision]');
  await expect(decision).toHaveAttribute('data-decision-value', 'proceed');
  await expect(decision).toContainText('Decision: Proceed');
  await expect(decision).toContainText(CLINICIAN);
  await expect(decision).toContainText('verdict shown not-cleared');
  await expect(decision).toContainText(/engine \S+ · rules \S+/);
  await expect(decision).toContainText('Neurologist letter of 2026-11-20');

  await page.emulateMedia({ media: 'print' });
  const print = page.locator('[data-print-decisions]');
  await expect(print).toBeVisible();
  await expect(print).toContainText(/cervical manipulation[^:]*: Proceed/);
  await expect(print).toContainText('verdict shown not-cleared');
  await expect(print).toContainText('Cleared by a specialist');
  await page.emulateMedia({ media: 'screen' });

  // Immutable: amending adds a newer record and the old one shows as superseded.
  await card.getByRole('button', { name: 'Amend decision' }).click();
  await form.getByLabel('Do not proceed').check();
  await form.getByRole('button', { name: 'Sign decision' }).click();
  await expect(decision).toHaveAttribute('data-decision-value', 'do-not-proceed');
  await expect(card.locator('[data-superseded]')).toHaveCount(1);
  await expect(card.locator('[data-superseded]')).toContainText('Proceed');

  await page.getByRole('link', { name: 'Audit trail' }).click();
  const decisions = auditRows(page).and(page.locator('[data-action="decision"]'));
  await expect(decisions).toHaveCount(2);
  await expect(decisions.last()).toContainText('Proceed: cervical manipulation');
  await expect(page.locator('[data-audit-intact]')).toBeVisible();
});
