import { expect, test } from '@playwright/test';

test('the shell shows the product, the notice and the navigation', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/worklist$/);
  await expect(page.getByRole('banner')).toContainText('Vertebral Artery Syndrome');
  await expect(page.getByRole('note').first()).toContainText('Decision support, not diagnosis');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Rules' }).click();
  await expect(page).toHaveURL(/\/rules$/);
  await expect(page.getByRole('heading', { name: 'Clinical rules' })).toBeVisible();
  await expect(page.locator('[data-rule="MANIP-UNCOVERTEBRAL"]')).toContainText('ART');
  await nav.getByRole('link', { name: 'Patients' }).click();
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible();
});

test('no request leaves localhost', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (
      !['127.0.0.1', 'localhost'].includes(url.hostname) &&
      !['data:', 'blob:'].includes(url.protocol)
    ) {
      external.push(r.url());
    }
  });
  for (const path of ['/worklist', '/patients', '/rules', '/patients/demo-02']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(external).toEqual([]);
});

test('fonts and icons are served from this machine', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (r) => {
    if (/\.(woff2?|ttf)(\?|$)/.test(r.url())) fonts.push(`${r.status()} ${new URL(r.url()).host}`);
  });
  await page.goto('/rules');
  await page.waitForLoadState('networkidle');
  // The shell's icons are icon-font spans (issue 15), Material's mat-icon elsewhere.
  await expect(page.locator('mat-icon, .material-icons').first()).toBeVisible();
  expect(fonts.length).toBeGreaterThan(0);
  const host = `127.0.0.1:${process.env['E2E_PORT'] ?? 4300}`;
  for (const f of fonts) expect(f).toBe(`200 ${host}`);
});
