/**
 * Performance script (prints figures; not a pass/fail timing test): 10,000 referrals on the
 * worklist. First render, a sort and a filter, a patient page opened from the worklist, in
 * milliseconds measured IN THE PAGE: the app's performance marks (src/app/core/perf-marks.ts,
 * input → next paint), read here with performance.getEntriesByName. Also the old page-side
 * polling figure (works on builds without the marks), and the JS heap (CDP, after a forced
 * garbage collection) after loading the 10,000 patients and while opening 50 patient pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { manyCases } from './many-cases';

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

/** Forgets earlier measures of `name` (before the action that makes a new one). */
async function clearMeasure(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => performance.clearMeasures(n), name);
}

/** The app's measure `name` (ms), once the page has made it; null without marks (old build). */
async function measure(page: Page, name: string): Promise<number | null> {
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').some((m) => m.name.startsWith('vas:')),
  );
  if (!marks) return null;
  try {
    const h = await page.waitForFunction(
      (n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? false,
      name,
      { timeout: 30_000 },
    );
    return (await h.jsonValue()) as number;
  } catch {
    return null;
  }
}

/**
 * The embedded store's worklist-snapshot header (raw IndexedDB, in the page): read it, or
 * with `drop` remove it so that the next start reads every record.
 */
const snapshotHeader = (drop = false) =>
  new Promise<unknown>((resolve, reject) => {
    const open = indexedDB.open('vas-dashboard');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('meta', drop ? 'readwrite' : 'readonly');
      const meta = tx.objectStore('meta');
      const get = meta.get('worklist-snapshot');
      if (drop) meta.delete('worklist-snapshot');
      tx.oncomplete = () => {
        open.result.close();
        resolve((get.result as { value?: unknown } | undefined)?.value ?? null);
      };
      tx.onerror = () => reject(tx.error);
    };
  });

/** JS heap in MB after a forced garbage collection (Chromium DevTools protocol). */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

// The figures are the app's: Playwright's trace snapshots (DOM captured in the page around
// every action) would run on the page's main thread inside the measured spans.
test.use({ trace: 'off', screenshot: 'off' });

test('10,000 referrals: first render, sort, filter, patient page, heap (figures printed)', async ({
  page,
}) => {
  test.setTimeout(400_000);
  await page.goto('/rules');
  const importStart = Date.now();
  await page.getByLabel('Import case').setInputFiles({
    name: 'load.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(manyCases(10_000, { diplopia: true }))),
  });
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText(
    '1 file(s) imported',
    { timeout: 120_000 },
  );
  const note = (k: string, v: number | null, unit = 'ms') =>
    console.log(
      `perf-worklist: ${k}: ${v === null ? 'n/a (no app marks)' : `${v.toFixed(unit === 'ms' ? 0 : 1)} ${unit}`}`,
    );
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', {
    timeout: 120_000,
  });
  note('import of 10,000 cases (validate + store)', Date.now() - importStart);

  await clearMeasure(page, 'vas:worklist-first-render');
  const first = page.evaluate(
    `(${afterPaint.toString()})('[data-worklist-row]', null)`,
  ) as Promise<number>;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Worklist' })
    .click();
  const polled = await first;
  note(
    'first render, in-app navigation (app marks: navigation -> rows painted)',
    await measure(page, 'vas:worklist-first-render'),
  );
  note('first render, in-app navigation (page polling, old method)', polled);

  // After an import the app reads the store again and saves the worklist snapshot, so the
  // next start paints from it (core/worklist-snapshot.effects).
  await expect
    .poll(() => page.evaluate(snapshotHeader, false), { timeout: 30_000 })
    .toMatchObject({ count: 10_012 });
  await page.reload();
  await expect(page.locator('[data-worklist-row]').first()).toBeVisible({ timeout: 60_000 });
  note(
    'first render after reload following the import (app marks; from the snapshot the import saved)',
    await measure(page, 'vas:worklist-first-render'),
  );
  note(
    'first render after reload following the import (page start -> rows painted)',
    await page.evaluate(() => {
      const m = performance.getEntriesByName('vas:worklist-first-render', 'measure').at(-1);
      return m ? m.startTime + m.duration : null;
    }),
  );
  note(
    'snapshot read after the import (10,012 rows)',
    await page.evaluate(
      () => performance.getEntriesByName('vas:snapshot-read', 'measure').at(-1)?.duration ?? null,
    ),
  );

  // The full read: no usable snapshot (the first start of a day, another tab's bulk import).
  await page.evaluate(snapshotHeader, true);
  await page.reload();
  const reloadStart = Date.now();
  await expect(page.locator('[data-worklist-row]').first()).toBeVisible({ timeout: 60_000 });
  const reloadWall = Date.now() - reloadStart;
  note(
    'first render after reload, full read (app marks: navigation -> rows painted)',
    await measure(page, 'vas:worklist-first-render'),
  );
  const fromOrigin = await page.evaluate(() => {
    const m = performance.getEntriesByName('vas:worklist-first-render', 'measure').at(-1);
    return m ? m.startTime + m.duration : null;
  });
  note(
    'first render after reload, full read (page start -> rows painted: JS, IndexedDB, engine, render)',
    fromOrigin,
  );
  note('first render after reload, full read (Playwright wall time, old method)', reloadWall);
  // The first read after a change saves the worklist snapshot (core/worklist-snapshot); the
  // next start paints from it while the patients are read.
  await page.waitForTimeout(2500);
  await page.reload();
  await expect(page.locator('[data-worklist-row]').first()).toBeVisible({ timeout: 60_000 });
  const fromSnapshot = await page.evaluate(
    () => performance.getEntriesByName('vas:snapshot-read', 'measure').at(-1)?.duration ?? null,
  );
  note(
    `first render after reload, nothing changed since the last read (app marks; ${fromSnapshot === null ? 'no snapshot' : 'from the snapshot'})`,
    await measure(page, 'vas:worklist-first-render'),
  );
  note(
    'first render after reload, nothing changed (page start -> rows painted)',
    await page.evaluate(() => {
      const m = performance.getEntriesByName('vas:worklist-first-render', 'measure').at(-1);
      return m ? m.startTime + m.duration : null;
    }),
  );
  note('snapshot read (10,012 rows)', fromSnapshot);
  await expect(page.getByRole('status').filter({ hasText: 'patients' })).toContainText(
    '10012 of 10012',
  );
  note('JS heap with 10,012 patients loaded', await heapMb(page), 'MB');

  await clearMeasure(page, 'vas:worklist-sort');
  const sorted = page.evaluate(
    `(${afterPaint.toString()})('[data-worklist-row]', 'demo-01')`,
  ) as Promise<number>;
  await page.locator('#wl-sort').selectOption('name');
  const sortPolled = await sorted;
  note('sort by name (app marks: input -> next paint)', await measure(page, 'vas:worklist-sort'));
  note('sort by name (page polling, old method)', sortPolled);

  await clearMeasure(page, 'vas:worklist-filter');
  const filtered = page.evaluate(
    `(${afterPaint.toString()})('[data-worklist-row]', 'demo-04')`,
  ) as Promise<number>;
  await page.locator('#wl-status').selectOption('in-review');
  const filterPolled = await filtered;
  note(
    'filter by status (app marks: input -> next paint)',
    await measure(page, 'vas:worklist-filter'),
  );
  note('filter by status (page polling, old method)', filterPolled);
  await expect(page.locator('[data-worklist-row]').first()).toHaveAttribute(
    'data-case-id',
    'demo-04',
  );

  // 50 patient pages one after another, each opened from the worklist by a click.
  const opened: number[] = [];
  const heaps: string[] = [];
  for (let i = 0; i < 50; i++) {
    await clearMeasure(page, 'vas:patient-assessment');
    const row = page.locator('[data-worklist-row]').nth(i % 10);
    const id = await row.getAttribute('data-case-id');
    await row.click();
    await expect(page).toHaveURL(new RegExp(`/patients/${id}$`));
    const ms = await measure(page, 'vas:patient-assessment');
    await expect(page.getByRole('region', { name: 'Assessment' })).toBeVisible();
    if (ms !== null) opened.push(ms);
    if (i === 0) note('patient page, first (app marks: click -> assessment painted)', ms);
    if ((i + 1) % 10 === 0) heaps.push(`${i + 1}: ${(await heapMb(page)).toFixed(1)}`);
    await page.goBack();
    await expect(page.locator('[data-worklist-row]').first()).toBeVisible();
  }
  if (opened.length > 0) {
    const s = [...opened].sort((a, b) => a - b);
    console.log(
      `perf-worklist: patient page, 50 opened (app marks): median ${s[Math.floor(s.length / 2)]!.toFixed(0)} ms, max ${s[s.length - 1]!.toFixed(0)} ms`,
    );
  }
  console.log(`perf-worklist: JS heap (MB) after N patient pages opened: ${heaps.join(', ')}`);
  console.log(
    'perf-worklist: targets: first render <= 300 ms, sort or filter <= 50 ms, patient page <= 100 ms; heap flat from page to page',
  );
});
