import { chromium } from '@playwright/test';
const base = process.argv[2];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: 1350, height: 940 } });
await ctx.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push({ v: e.value, t: Math.round(e.startTime), src: (e.sources||[]).map(s => (s.node ? (s.node.nodeName + '.' + (s.node.className?.baseVal ?? s.node.className ?? '') + ' ' + (s.node.textContent||'').slice(0,40)) : '?') + ` ${JSON.stringify(s.previousRect)}->${JSON.stringify(s.currentRect)}`) }); }).observe({ type: 'layout-shift', buffered: true });
});
const page = await ctx.newPage();
await page.goto(base + '/worklist'); await page.waitForTimeout(2500);
for (const p of ['/worklist', '/patients/demo-07', '/patients/demo-02']) {
  await page.goto(base + p); await page.waitForTimeout(3000);
  const s = await page.evaluate(() => window.__shifts);
  console.log(p, s.reduce((a, x) => a + x.v, 0).toFixed(4)); for (const x of s) console.log('  ', x.v.toFixed(4), x.t, x.src.join(' | '));
}
await b.close();
