import { expect, test } from '@playwright/test';
import { answer } from './helpers';

const rows = '[data-worklist-row]';

test('the worklist is the start page, triaged', async ({ page }, info) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/worklist$/);
  await expect(page.locator(rows)).toHaveCount(12);
  // Urgency as shown: "not screened" (red flags unasked) ranks above "none", never green.
  const ORDER = ['emergency', 'urgent', 'not-screened', 'none'];
  const shown = await page
    .locator(rows)
    .evaluateAll((els) =>
      els.map((e) => e.querySelector('[data-urgency-shown]')?.getAttribute('data-urgency-shown')),
    );
  expect(shown.slice(0, 3)).toEqual(['emergency', 'urgent', 'urgent']);
  const ranks = shown.map((u) => ORDER.indexOf(u ?? ''));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  const LEVELS = ['confirmed', 'high', 'moderate', 'indeterminate', 'low'];
  const none = await page
    .locator(`${rows}:has([data-urgency-shown="none"])`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-vas-level') ?? ''));
  const levelRanks = none.map((l) => LEVELS.indexOf(l));
  expect(levelRanks).toEqual([...levelRanks].sort((a, b) => a - b));
  expect(none).toContain('confirmed');
  const notScreened = page.locator('[data-urgency-shown="not-screened"]');
  if ((await notScreened.count()) > 0) await expect(notScreened.first()).toHaveText('not screened');
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
  // The rows first: the store and the route load on first use, and focus moves to the page
  // heading once the page is there (keys pressed before that land elsewhere).
  await expect(page.locator(rows).first()).toBeVisible();
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

test('sortable headers; filters and sort kept in the URL, so Back restores them; a tap opens a row', async ({
  page,
}) => {
  await page.goto('/worklist');
  const grid = page.getByRole('grid', { name: 'Worklist' });
  const age = grid.getByRole('columnheader', { name: 'Age' });
  await age.getByRole('button').click();
  await expect(age).toHaveAttribute('aria-sort', 'ascending');
  await age.getByRole('button').click();
  await expect(age).toHaveAttribute('aria-sort', 'descending');
  const ages = await page
    .locator(`${rows} .c-age`)
    .evaluateAll((els) => els.map((e) => Number(e.textContent) || -1));
  expect(ages).toEqual([...ages].sort((a, b) => b - a));
  await page
    .getByRole('form', { name: 'Worklist filters' })
    .getByLabel('Verdict', { exact: true })
    .selectOption('contraindicated');
  await expect(page).toHaveURL(/verdict=contraindicated/);
  await expect(page).toHaveURL(/sort=age/);
  const count = await page.locator(rows).count();
  expect(count).toBeGreaterThan(0);

  // One click anywhere on the row (not only the name) opens the patient.
  await page.locator(rows).first().locator('.c-status').click();
  await expect(page).toHaveURL(/\/patients\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/verdict=contraindicated/);
  await expect(page.locator(rows)).toHaveCount(count);
  await expect(grid.getByRole('columnheader', { name: 'Age' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // The verdict column follows the modality chosen: back massage, filtered to "clear".
  const filters = page.getByRole('form', { name: 'Worklist filters' });
  await filters.getByLabel('Verdict for').selectOption('back-massage');
  await filters.getByLabel('Verdict', { exact: true }).selectOption('clear');
  await expect(grid.getByRole('columnheader', { name: 'Back massage' })).toBeVisible();
  await expect(page).toHaveURL(/modality=back-massage/);
  for (const chip of await page.locator(`${rows} .c-manip`).all())
    await expect(chip).toHaveText('clear');
});

test('a reload paints from the worklist snapshot, exact; a change made in another tab is never shown as the old triage', async ({
  context,
}) => {
  const a = await context.newPage();
  const shown = (p: typeof a) =>
    p
      .locator(rows)
      .evaluateAll((els) =>
        els.map((e) =>
          [
            e.getAttribute('data-case-id'),
            e.querySelector('[data-urgency-shown]')?.getAttribute('data-urgency-shown'),
            e.getAttribute('data-vas-level'),
          ].join(' '),
        ),
      );
  const fromSnapshot = (p: typeof a) =>
    p.evaluate(() => performance.getEntriesByName('vas:snapshot-read', 'measure').length > 0);
  await a.goto('/worklist');
  await expect(a.locator(rows)).toHaveCount(12);
  const read = await shown(a);
  // The snapshot is saved shortly after a full read; a reload then paints from it.
  await expect
    .poll(
      async () => {
        await a.reload();
        await expect(a.locator(rows)).toHaveCount(12);
        return fromSnapshot(a);
      },
      { timeout: 20_000, intervals: [2000] },
    )
    .toBe(true);
  expect(await shown(a)).toEqual(read);
  const calm = read.find((r) => r.endsWith(' none low') || / none /.test(r))!.split(' ')[0]!;

  // Another tab answers a red flag for that patient: the snapshot is one write behind.
  const b = await context.newPage();
  await b.goto(`/patients/${calm}`);
  await answer(b, 'worsening-neurology', 'Yes');
  await expect(b.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const urgencyOfCalm = a.locator(`${rows}[data-case-id="${calm}"] [data-urgency-shown]`);
  await a.reload();
  await expect(a.locator(rows)).toHaveCount(12);
  await expect(urgencyOfCalm).toHaveAttribute('data-urgency-shown', 'urgent');
  // Painted from the snapshot brought up to date with the one patient written since.
  expect(await fromSnapshot(a)).toBe(true);
});
