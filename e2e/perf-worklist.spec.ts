/**
 * Performance script (prints figures; not a pass/fail timing test): 10,000 referrals on the
 * worklist. First render, then a sort and a filter, in milliseconds.
 */
import { expect, test } from '@playwright/test';

function manyCases(n: number) {
  const statuses = ['new', 'in-review', 'done'];
  return Array.from({ length: n }, (_, i) => ({
    format: 'vas-case/1',
    id: `load-${String(i).padStart(5, '0')}`,
    assessedOn: '2026-11-20',
    patient: {
      name: `Synthetic ${String(i).padStart(5, '0')}`,
      birthDate: `${1940 + (i % 60)}-0${1 + (i % 9)}-15`,
    },
    findings: {
      headache: i % 2 === 0,
      dizziness: i % 3 === 0 ? true : i % 3 === 1 ? false : null,
      'visual-disturbance': i % 5 === 0,
      ...(i % 97 === 0 ? { diplopia: { present: true, onset: '2026-11-15' } } : {}),
      ...(i % 41 === 0 ? { 'worsening-neurology': true } : {}),
    },
    imaging:
      i % 4 === 0
        ? [
            {
              modality: 'doppler',
              region: 'neck-vessels',
              report: 'Left VA: flow velocity reduced.',
            },
          ]
        : [],
    referral: {
      date: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      from: `GP ${i % 50}`,
      reason: 'dizziness',
      priority: 'routine',
      status: statuses[i % 3],
    },
  }));
}

const afterPaint = (selector: string, expected: string | null) =>
  new Promise<number>((resolve) => {
    const t0 = performance.now();
    const tick = () => {
      const el = document.querySelector(selector);
      if (el && (expected === null || el.getAttribute('data-case-id') === expected))
        requestAnimationFrame(() => resolve(performance.now() - t0));
      else requestAnimationFrame(tick);
    };
    tick();
  });

test('10,000 referrals: first render, sort and filter (figures printed)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/rules');
  const importStart = Date.now();
  await page.getByLabel('Import case').setInputFiles({
    name: 'load.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(manyCases(10_000))),
  });
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText(
    '1 file(s) imported',
    { timeout: 120_000 },
  );
  const figures: Record<string, number> = {};
  const note = (k: string, v: number) => {
    figures[k] = Math.round(v);
    console.log(`perf-worklist: ${k}: ${Math.round(v)} ms`);
  };
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', {
    timeout: 120_000,
  });
  note('import of 10,000 cases (validate + store)', Date.now() - importStart);

  const first = page.evaluate(
    `(${afterPaint.toString()})('[data-worklist-row]', null)`,
  ) as Promise<number>;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Worklist' })
    .click();
  note('first render (in-app navigation)', await first);

  await page.reload();
  const reloadStart = Date.now();
  await expect(page.locator('[data-worklist-row]').first()).toBeVisible({ timeout: 60_000 });
  note('first render after reload (IndexedDB + engine + render)', Date.now() - reloadStart);
  await expect(page.getByRole('status').filter({ hasText: 'patients' })).toContainText(
    '10012 of 10012',
  );

  const sorted = page.evaluate(
    `(${afterPaint.toString()})('[data-worklist-row]', 'demo-01')`,
  ) as Promise<number>;
  await page.locator('#wl-sort').selectOption('name');
  note('sort by name', await sorted);

  const filtered = page.evaluate(
    `(${afterPaint.toString()})('[data-worklist-row]', 'demo-04')`,
  ) as Promise<number>;
  await page.locator('#wl-status').selectOption('in-review');
  note('filter by status', await filtered);

  console.log('perf-worklist: targets: first render < 1000 ms, sort or filter < 100 ms');
  await expect(page.locator('[data-worklist-row]').first()).toHaveAttribute(
    'data-case-id',
    'demo-04',
  );
});
