// Lighthouse 12 (desktop preset) on the production build: the worklist and a patient page.
// Prints performance / accessibility / best practices / CLS per page and whether each meets
// the target. Figures, not assertions: this is not part of `npm test`.
//
//   npm run build && npm run lighthouse
//
// It builds nothing: it serves dist/vas-dashboard/browser from an in-process static server on
// 127.0.0.1 (a free port; gzip like any production web server; SPA fallback to index.html).
// A patient page needs the demo patients in IndexedDB: one Chrome profile is used for all
// runs, the first (unmeasured, "first start") run seeds the demo data, and Lighthouse's
// storage reset (on by default) clears the HTTP cache, service workers and cache storage
// before each measured run but not IndexedDB — so every page is measured cold from the
// network with the stored patients present, as a clinician opening the app again sees it.
//
// Environment: CHROME_BIN (default /usr/bin/chromium), LH_PATIENT (default demo-07),
// LH_RUNS (runs per page, median reported; default 1).
import { createServer } from 'node:http';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { staticFiles } from './static-files.mjs';

// chrome-launcher is Lighthouse's own dependency (not a direct one of this project).
const require = createRequire(import.meta.url);
const launcherPath = require.resolve('chrome-launcher', {
  paths: [join(require.resolve('lighthouse'), '..', '..')],
});
const { launch } = await import(pathToFileURL(launcherPath).href);

const root = join(process.cwd(), 'dist/vas-dashboard/browser');
const chromePath = process.env.CHROME_BIN ?? '/usr/bin/chromium';
const patientId = process.env.LH_PATIENT ?? 'demo-07';
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 1));
const targets = { performance: 95, accessibility: 100, 'best-practices': 100, cls: 0.05 };

try {
  await stat(join(root, 'index.html'));
} catch {
  console.error(`lighthouse: no production build in ${root}; run \`npm run build\` first`);
  process.exit(2);
}

const server = createServer(staticFiles(root, { gzip: true }));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const chrome = await launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});

const flags = {
  port: chrome.port,
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance', 'accessibility', 'best-practices'],
};

async function audit(url) {
  const result = await lighthouse(url, flags, desktopConfig);
  if (!result) throw new Error(`lighthouse: no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failed = (id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
      .map((r) => r.id);
  const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const bootup = lhr.audits['bootup-time']?.details?.items ?? [];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    cls: metric('cumulative-layout-shift'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    si: metric('speed-index'),
    finalUrl: lhr.finalDisplayedUrl,
    failedA11y: failed('accessibility'),
    failedBp: failed('best-practices'),
    shiftsError: lhr.audits['layout-shifts']?.errorMessage,
    shifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((i) =>
      `${(i.score ?? 0).toFixed(3)} ${i.node?.snippet ?? i.node?.selector ?? ''}`.slice(0, 160),
    ),
    jsBytes: (lhr.audits['total-byte-weight']?.details?.items ?? [])
      .filter((i) => /\.js$/.test(i.url))
      .reduce((sum, i) => sum + i.totalBytes, 0),
    mainThread: bootup
      .slice(0, 3)
      .map((i) => `${new URL(i.url, base).pathname} ${Math.round(i.total)} ms`)
      .join(', '),
    warnings: lhr.runWarnings ?? [],
    /** What costs the most: Lighthouse's opportunities with their estimated savings. */
    opportunities: Object.values(lhr.audits)
      .filter((a) => a.details?.type === 'opportunity' && (a.details.overallSavingsMs ?? 0) > 0)
      .sort((a, b) => b.details.overallSavingsMs - a.details.overallSavingsMs)
      .slice(0, 3)
      .map((a) => `${a.id} ~${Math.round(a.details.overallSavingsMs)} ms`),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const meets = (key, v) => (key === 'cls' ? v < targets.cls : v >= targets[key]);

const pages = [
  { name: 'worklist', url: `${base}/worklist` },
  { name: `patient ${patientId}`, url: `${base}/patients/${patientId}` },
];

let allMet = true;
try {
  // First start: seeds the demo patients into this profile's IndexedDB (not a target).
  const first = await audit(`${base}/worklist`);
  console.log(
    `lighthouse: first start (seeds the demo data, not a target): performance ${first.performance}, ` +
      `accessibility ${first.accessibility}, best-practices ${first['best-practices']}, ` +
      `CLS ${first.cls.toFixed(3)}`,
  );
  for (const p of pages) {
    const results = [];
    for (let i = 0; i < runs; i += 1) results.push(await audit(p.url));
    const r = results[results.length - 1];
    const fig = {
      performance: median(results.map((x) => x.performance)),
      accessibility: median(results.map((x) => x.accessibility)),
      'best-practices': median(results.map((x) => x['best-practices'])),
      cls: median(results.map((x) => x.cls)),
    };
    const parts = Object.entries(fig).map(([k, v]) => {
      const ok = meets(k, v);
      allMet &&= ok;
      const shown = k === 'cls' ? v.toFixed(3) : String(v);
      const target = k === 'cls' ? `< ${targets.cls}` : `>= ${targets[k]}`;
      return `${k === 'cls' ? 'CLS' : k} ${shown} (${target}: ${ok ? 'met' : 'NOT met'})`;
    });
    console.log(
      `lighthouse: ${p.name}: ${parts.join(', ')}${runs > 1 ? ` [median of ${runs}]` : ''}`,
    );
    console.log(
      `lighthouse:   ${r.finalUrl} FCP ${Math.round(r.fcp)} ms, LCP ${Math.round(r.lcp)} ms, ` +
        `TBT ${Math.round(r.tbt)} ms, SI ${Math.round(r.si)} ms; JS transferred ` +
        `${(r.jsBytes / 1024).toFixed(0)} KiB; main thread by script: ${r.mainThread}`,
    );
    if (r.opportunities.length)
      console.log(`lighthouse:   biggest opportunities: ${r.opportunities.join(', ')}`);
    if (r.failedA11y.length)
      console.log(`lighthouse:   accessibility audits failed: ${r.failedA11y.join(', ')}`);
    if (r.failedBp.length)
      console.log(`lighthouse:   best-practices audits failed: ${r.failedBp.join(', ')}`);
    for (const s of r.shifts) console.log(`lighthouse:   layout shift ${s}`);
    if (r.shiftsError)
      console.log(`lighthouse:   (layout-shift sources unavailable: ${r.shiftsError})`);
  }
  console.log(`lighthouse: ${allMet ? 'all targets met' : 'some targets NOT met'}`);
} finally {
  await chrome.kill();
  server.close();
}
