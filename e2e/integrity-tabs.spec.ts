/** Issue 9: no lost edit across tabs, a vanished database noticed at once. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answer } from './helpers';

const checked = (page: Page, finding: string) =>
  page.locator(`#finding-${finding} label.on`).first();

test('two tabs answer different findings at the same moment: both answers are stored', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/patients/demo-01');
  await b.goto('/patients/demo-01');
  const pairs = [
    ['nausea', 'vomiting'],
    ['sweating', 'tachycardia'],
    ['arrhythmia', 'gait-instability'],
    ['neck-pain', 'dizziness-on-head-rotation'],
  ] as const;
  for (const [x, y] of pairs) {
    await expect(a.locator(`#finding-${x}`)).toBeVisible();
    await expect(b.locator(`#finding-${y}`)).toBeVisible();
    await Promise.all([answer(a, x, 'Yes'), answer(b, y, 'Yes')]);
  }
  for (const p of [a, b])
    await expect(p.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  for (const p of [a, b]) {
    await p.reload();
    for (const [x, y] of pairs) {
      await expect(checked(p, x)).toHaveText('Yes');
      await expect(checked(p, y)).toHaveText('Yes');
    }
  }
});

test('another page deletes the database: the tab says so at once, never "Saved", and exports', async ({
  context,
}) => {
  const a = await context.newPage();
  await a.goto('/patients/demo-01');
  await expect(a.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const b = await context.newPage();
  await b.goto('/rules');
  await b.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('vas-dashboard');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      }),
  );
  await b.close();
  const alert = a.getByRole('alert', { name: 'Storage lost' });
  await expect(alert).toContainText('the database was deleted');
  await expect(a.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'lost');
  await answer(a, 'nausea', 'Yes');
  await a.waitForTimeout(300);
  await expect(a.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'lost');
  await expect(a.locator('[data-save-status]')).not.toHaveAttribute('data-save-status', 'saved');

  const download = a.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export everything' }).click();
  const path = await (await download).path();
  const all = JSON.parse(readFileSync(path!, 'utf8')) as { id: string; findings: object }[];
  expect(all.length).toBeGreaterThan(5);
  // The export holds the edit made after the loss: nothing on screen is lost.
  expect(all.find((c) => c.id === 'demo-01')?.findings).toEqual(
    expect.objectContaining({ nausea: true }),
  );
});

test('rename then delete at once while the store is busy: the patient stays deleted after reload', async ({
  page,
}) => {
  await page.goto('/patients');
  const row = page.locator('[data-patient="demo-02"]');
  await expect(row).toHaveCount(1);
  // Keep IndexedDB busy with a large import while the rename and the delete are queued.
  const many = Array.from({ length: 3000 }, (_, i) => ({
    format: 'vas-case/1',
    id: `busy-${i}`,
    assessedOn: '2026-11-20',
    findings: { headache: i % 2 === 0 },
  }));
  await page.getByLabel('Import case').setInputFiles({
    name: 'busy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(many)),
  });
  await row.getByRole('button', { name: /^Rename / }).click();
  await page.getByLabel('New name').fill('Aaron Renamed');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Delete Aaron Renamed' }).click();
  await expect(page.locator('[data-patient="demo-02"]')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText(
    '1 file(s) imported',
    { timeout: 60_000 },
  );
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await page.reload();
  await expect(page.locator('[data-patient]').first()).toBeVisible();
  await expect(page.locator('[data-patient="demo-02"]')).toHaveCount(0);
});
