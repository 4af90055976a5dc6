/** Issue 9: no lost edit across tabs, a vanished database noticed at once. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answer } from './helpers';

const checked = (page: Page, finding: string) =>
  page.locator(`#finding-${finding} label.on`).first();

/** Another page holds a readwrite transaction on the patients store for `ms`: the store is busy. */
async function holdStore(other: Page, ms: number): Promise<void> {
  await other.goto('/rules');
  await other.evaluate(
    (ms) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('vas-dashboard');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('patients', 'readwrite');
          const store = tx.objectStore('patients');
          const end = Date.now() + ms;
          const spin = () => {
            if (Date.now() < end) store.get('none').onsuccess = spin;
          };
          spin();
          tx.oncomplete = () => db.close();
          resolve();
        };
      }),
    ms,
  );
}

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
  await expect(a.locator('#finding-nausea')).toBeVisible();
  await expect(b.locator('#finding-vomiting')).toBeVisible();
  // The store is busy (another page holds it), so both tabs' writes wait and then race.
  await holdStore(await context.newPage(), 1500);
  for (const [x, y] of pairs) await Promise.all([answer(a, x, 'Yes'), answer(b, y, 'Yes')]);
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
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/patients');
  const row = page.locator('[data-patient="demo-02"]');
  await expect(row).toHaveCount(1);
  await holdStore(await context.newPage(), 4000);
  await row.getByRole('button', { name: /^Rename / }).click();
  await page.getByLabel('New name').fill('Aaron Renamed');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Delete Aaron Renamed' }).click();
  await expect(page.locator('[data-patient="demo-02"]')).toHaveCount(0);
  // "Saved" only once the delete has committed (after the other page lets go of the store).
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saving');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await page.reload();
  await expect(page.locator('[data-patient]').first()).toBeVisible();
  await expect(page.locator('[data-patient="demo-02"]')).toHaveCount(0);
});

test('leaving while an edit is being saved asks first; staying keeps the edit', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/patients/demo-03');
  await expect(page.locator('#finding-nausea')).toBeVisible();
  await holdStore(await context.newPage(), 3000);
  await answer(page, 'nausea', 'Yes');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saving');
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const d = await dialog;
  expect(d.type()).toBe('beforeunload');
  await d.dismiss();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await page.reload();
  await expect(checked(page, 'nausea')).toHaveText('Yes');
});

test('two tabs create a patient at the same moment: both are stored, the second under the next id', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  for (const p of [a, b]) {
    await p.goto('/patients');
    await expect(p.locator('[data-patient]').first()).toBeVisible();
  }
  // The store is busy, so both tabs offer the same new id before either has stored it.
  await holdStore(await context.newPage(), 1500);
  const create = async (p: Page, name: string) => {
    await p.getByLabel('New patient name').fill(name);
    await p.getByRole('button', { name: 'Create patient' }).click();
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(name);
  };
  await Promise.all([create(a, 'Anna Same-Moment'), create(b, 'Ben Same-Moment')]);
  const idOf = (p: Page) => decodeURIComponent(new URL(p.url()).pathname.split('/')[2] ?? '');
  for (const p of [a, b])
    await expect(p.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  // One tab kept the id; the other moved to the next one and says why.
  await expect.poll(() => idOf(a) !== idOf(b)).toBe(true);
  const notices = [a, b].map((p) => p.getByRole('status', { name: 'New patients renumbered' }));
  await expect.poll(async () => (await notices[0]!.count()) + (await notices[1]!.count())).toBe(1);
  const notice = (await notices[0]!.count()) === 1 ? notices[0]! : notices[1]!;
  await expect(notice).toContainText(/case-\d+ was taken by another tab or clinician/);
  // Each patient opens under its own id, with its own name, after a reload.
  for (const [p, name] of [
    [a, 'Anna Same-Moment'],
    [b, 'Ben Same-Moment'],
  ] as const) {
    const id = idOf(p);
    await p.goto(`/patients/${id}`);
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(name);
  }
  await a.goto('/patients');
  await expect(a.locator('[data-patient]').filter({ hasText: 'Same-Moment' })).toHaveCount(2);
});
