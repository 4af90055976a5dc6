/** Issue 14: the production server (npm run serve:prod) sends the CSP and security headers. */
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(process.cwd(), 'dist/vas-dashboard/browser');
const ORIGINS = 'https://fhir.example.org https://auth.example.org';
let child: ChildProcess;
let base = '';

test.beforeAll(async () => {
  child = spawn(process.execPath, ['scripts/serve-prod.mjs'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CSP_CONNECT_SRC: ORIGINS },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve-prod did not start: ${out}`)), 20_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`serve-prod exited (${code}): ${out}`)));
  });
});
test.afterAll(() => {
  child?.kill('SIGTERM');
});

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values.join(' ')];
    }),
  );

test('the production CSP and security headers are sent, connect-src narrowed to the deploy origins', async ({
  request,
}) => {
  for (const path of ['/', '/patients/demo-02', '/favicon.svg']) {
    const res = await request.get(`${base}${path}`);
    expect(res.status(), path).toBe(200);
    const h = res.headers();
    const csp = directives(h['content-security-policy'] ?? '');
    expect(csp).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
      'font-src': "'self'",
      'img-src': "'self' data:",
      'style-src': "'self' 'unsafe-inline'",
      'connect-src': `'self' ${ORIGINS}`,
    });
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()'])
      expect(h['permissions-policy']).toContain(feature);
  }
});

test('index.html is not cached, hashed files are immutable, text is compressed', async ({
  request,
}) => {
  const index = await request.get(`${base}/patients/demo-02`);
  expect(index.headers()['content-type']).toContain('text/html');
  expect(index.headers()['cache-control']).toBe('no-cache');
  const main = readdirSync(DIST).find((f) => /^main-[A-Z0-9]{8}\.js$/.test(f))!;
  const js = await request.get(`${base}/${main}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(js.status()).toBe(200);
  expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(js.headers()['content-encoding']).toBe('gzip');
  expect(js.headers()['x-content-type-options']).toBe('nosniff');
});

test('nothing else is served: no listing, no other routes or methods, no files outside', async ({
  request,
}) => {
  const listing = await request.get(`${base}/media/`);
  expect(await listing.text()).not.toContain('.woff2');
  expect((await request.get(`${base}/missing-ABCDEFGH.js`)).status()).toBe(404);
  expect((await request.post(`${base}/`, { data: 'x' })).status()).toBe(404);
  expect((await request.get(`${base}/%2e%2e/package.json`)).status()).not.toBe(200);
  const notFound = await request.get(`${base}/nope.txt`);
  expect(notFound.status()).toBe(404);
  expect(notFound.headers()['content-security-policy']).toContain("object-src 'none'");
});

test('the meta tag holds for every deployment and names no loopback server', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const csp = directives(meta);
  expect(csp['connect-src']).toBe("'self' https:");
  expect(csp['object-src']).toBe("'none'");
  expect(csp['base-uri']).toBe("'none'");
  expect(csp['form-action']).toBe("'none'");
  expect(csp['font-src']).toBe("'self'");
  expect(meta).not.toMatch(/localhost|127\.0\.0\.1|http:/);
  expect(html).not.toMatch(/<base[\s>/]/);
});

test('served by serve:prod the app runs, and a request to localhost is blocked by the CSP', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${base}/patients/demo-02`);
  await expect(page.locator('[data-modality="cervical-manipulation"]')).toBeVisible();
  expect(violations).toEqual([]);
  const outcome = await page.evaluate(async () => {
    const seen = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) =>
        resolve(`${e.effectiveDirective} ${e.blockedURI}`),
      ),
    );
    const fetched = await fetch('http://localhost:9/').then(
      () => 'reached',
      () => 'failed',
    );
    return `${fetched}: ${await seen}`;
  });
  expect(outcome).toBe('failed: connect-src http://localhost:9/');
});

test('a CSP_CONNECT_SRC that is not a list of http(s) origins stops the server', () => {
  const run = spawnSync(process.execPath, ['scripts/serve-prod.mjs'], {
    env: { ...process.env, PORT: '0', CSP_CONNECT_SRC: "https://ok.example 'unsafe-eval'" },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain('CSP_CONNECT_SRC');
});
