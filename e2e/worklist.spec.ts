import { expect, test } from '@playwright/test';

const rows = '[data-worklist-row]';

test('the worklist is the start page, triaged', async ({ page }, info) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/worklist$/);
  await expect(page.locator(rows)).toHaveCount(12);
  const urgencies = await page
    .locator(rows)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-urgency')));
  expect(urgencies).toEqual(['emergency', 'urgent', 'urgent', ...Array(9).fill('none')]);
  const levels = await page
    .locator(rows)
    .evaluateAll((els) => els.slice(3).map((e) => e.getAttribute('data-vas-level')));
  expect(levels).toEqual([
    'confirmed',
    'high',
    'moderate',
    'moderate',
    'indeterminate',
    'low',
    'low',
    'low',
    'low',
  ]);
  await info.attach('worklist', { body: await page.screenshot(), contentType: 'image/png' });
});

test('filters and search', async ({ page }) => {
  await page.goto('/worklist');
  const filters = page.getByRole('form', { name: 'Worklist filters' });
  await filters.getByLabel('Urgency', { exact: true }).selectOption('urgent');
  await expect(page.locator(rows)).toHaveCount(2);
  await filters.getByLabel('Urgency', { exact: true }).selectOption('all');
  await filters.getByLabel('Status', { exact: true }).selectOption('done');
  await expect(page.locator(rows)).toHaveCount(2);
  await filters.getByLabel('Status', { exact: true }).selectOption('all');
  await filters.getByLabel('Suspicion', { exact: true }).selectOption('moderate');
  await expect(page.locator(rows)).toHaveCount(2);
  await filters.getByLabel('Suspicion', { exact: true }).selectOption('all');
  await filters.getByLabel('Search name').fill('sampleton');
  await expect(page.locator(rows)).toHaveCount(1);
  await expect(page.locator(rows)).toHaveAttribute('data-case-id', 'demo-02');
});

test('keyboard: j / k and arrows move, Enter opens', async ({ page }) => {
  await page.goto('/worklist');
  const grid = page.getByRole('grid', { name: 'Worklist' });
  await grid.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('k');
  await expect(page.locator(`${rows}.active`)).toHaveAttribute('data-case-id', 'demo-04');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/patients\/demo-04$/);
});

test('referral details are edited on the patient page and kept in the case', async ({ page }) => {
  await page.goto('/patients/demo-07');
  const form = page.getByRole('form', { name: 'Referral' });
  await form.getByLabel('Status', { exact: true }).selectOption('done');
  await form.getByLabel('Referred by').fill('Dr Synthetic');
  await form.getByLabel('Referred by').blur();
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  await page.goto('/worklist');
  const row = page.locator('[data-case-id="demo-07"]');
  await expect(row).toContainText('Dr Synthetic');
  await expect(row).toContainText('done');
});
