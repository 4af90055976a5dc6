/**
 * Issue 12: SMART App Launch against the FHIR test server and its authorisation server
 * (scripts/smart-auth, oidc-provider), both started here on a free port.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Bundle, Provenance, ServiceRequest } from 'fhir/r4';
import { needsOf, uncovered } from '../scripts/smart-auth/enforce';
import { startFhirTestServer, type RunningFhirServer } from './fhir-server';

const appOrigin = `http://127.0.0.1:${process.env['E2E_PORT'] ?? 4300}`;
let server: RunningFhirServer;
test.beforeAll(async () => {
  server = await startFhirTestServer();
});
test.afterAll(async () => {
  await server?.stop();
});

const origin = (s: RunningFhirServer) => new URL(s.base).origin;
/** The EHR opens the app for this patient and clinician (the test server's launcher). */
const ehrLaunch = (s: RunningFhirServer, patient: string, extra = '') =>
  `${origin(s)}/smart/launch?patient=${patient}&user=clinician-neuro${extra}&app=${encodeURIComponent(`${appOrigin}/launch`)}`;
const by = (p: Page) => p.getByRole('form', { name: 'Referral' }).getByLabel('Referred by');
const saveStatus = (p: Page) => p.locator('[data-save-status]');

async function provenancesSince(
  request: APIRequestContext,
  s: RunningFhirServer,
  since: string,
): Promise<Provenance[]> {
  const res = await request.get(`${s.base}/Provenance?_count=1000`);
  const bundle = (await res.json()) as Bundle<Provenance>;
  return (bundle.entry ?? []).map((e) => e.resource!).filter((p) => p.recorded >= since);
}

test('EHR launch: the launch patient opens with the clinician signed in; writes name the fhirUser', async ({
  page,
  request,
}) => {
  const since = new Date().toISOString();
  await page.goto(ehrLaunch(server, 'demo-03'));
  await expect(page.getByRole('heading', { name: 'Authorise vas-dashboard' })).toBeVisible();
  await expect(page.getByText('Signed in as Dr Ada Moreau (from the EHR launch)')).toBeVisible();
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page).toHaveURL(`${appOrigin}/patients/demo-03`);
  await expect(page.locator('[data-signed-in]')).toHaveText('Signed in as Dr Ada Moreau');
  await expect(page.locator('[data-patient-banner]')).toHaveAttribute(
    'data-patient-banner',
    'shown',
  );
  // Tokens: fhirclient's session storage only; none in local storage or the URL.
  const stored = await page.evaluate(() => ({
    local: JSON.stringify(localStorage),
    session: JSON.stringify(sessionStorage),
  }));
  expect(stored.session).toContain('access_token');
  expect(stored.local).not.toContain('access_token');
  expect(stored.local).not.toMatch(/eyJ[\w-]+\.eyJ/);
  expect(page.url()).not.toMatch(/code=|state=/);
  // The token's scopes are enforced per type and interaction: read yes, delete Patient no.
  const token = await page.evaluate(() => {
    const key = JSON.parse(sessionStorage.getItem('SMART_KEY')!) as string;
    return (JSON.parse(sessionStorage.getItem(key)!) as { tokenResponse: { access_token: string } })
      .tokenResponse.access_token;
  });
  const auth = { headers: { Authorization: `Bearer ${token}` } };
  expect((await request.get(`${server.base}/Patient/demo-03`, auth)).status()).toBe(200);
  expect((await request.delete(`${server.base}/Patient/demo-03`, auth)).status()).toBe(403);
  expect((await request.get(`${server.base}/Practitioner/clinician-neuro`, auth)).status()).toBe(
    200,
  );
  expect((await request.get(`${server.base}/Practitioner/clinician-chiro`, auth)).status()).toBe(
    403,
  );

  await by(page).fill('Dr Launched');
  await by(page).blur();
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved');
  const sr = (await (
    await request.get(`${server.base}/ServiceRequest/demo-03-referral`)
  ).json()) as ServiceRequest;
  expect(sr.requester?.display).toBe('Dr Launched');
  const written = await provenancesSince(request, server, since);
  expect(written.length).toBeGreaterThan(0);
  expect(
    written.some((p) => p.target.some((t) => t.reference === 'ServiceRequest/demo-03-referral')),
  ).toBe(true);
  for (const p of written) {
    expect(p.agent[0]?.who?.reference).toBe('Practitioner/clinician-neuro');
    expect(p.agent[0]?.who?.display).toBe('Dr Ada Moreau');
  }
});

test('need_patient_banner false: the EHR shows the banner, the app hides its own', async ({
  page,
}) => {
  await page.goto(ehrLaunch(server, 'demo-04', '&need_patient_banner=false'));
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page).toHaveURL(`${appOrigin}/patients/demo-04`);
  await expect(page.locator('[data-patient-banner]')).toHaveAttribute(
    'data-patient-banner',
    'hidden',
  );
  await expect(page.locator('[data-banner-summary]')).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Patient details' })).toHaveCount(0);
  await expect(saveStatus(page)).toBeVisible();
});

test('standalone launch from Settings: the tester signs in and picks the patient', async ({
  page,
}) => {
  await page.goto('/settings');
  await page.getByLabel('FHIR R4 base URL', { exact: true }).fill(server.base);
  await page.getByRole('button', { name: 'Connect to FHIR server' }).click();
  await expect(page.getByRole('heading', { name: 'Authorise vas-dashboard' })).toBeVisible();
  await page.getByLabel('Sign in as').selectOption('clinician-chiro');
  await page.getByLabel('Patient', { exact: true }).selectOption('demo-05');
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page).toHaveURL(`${appOrigin}/patients/demo-05`);
  await expect(page.locator('[data-signed-in]')).toHaveText('Signed in as Sam Okafor');
  await page.goto('/worklist');
  await expect(page.locator('[data-worklist-row]')).toHaveCount(12);
});

test('refused consent: a clear message, and the app is not connected', async ({ page }) => {
  await page.goto(ehrLaunch(server, 'demo-03'));
  await page.getByRole('button', { name: 'Deny' }).click();
  await expect(page).toHaveURL(`${appOrigin}/callback`);
  await expect(page.locator('[data-smart-error]')).toContainText('Access refused (access_denied');
  await expect(page.locator('[data-smart-error]')).toContainText('not connected');
  await expect(page.locator('[data-signed-in]')).toHaveCount(0);
});

test('a grant without the worklist and write scopes degrades those screens only', async ({
  page,
}) => {
  await page.goto(ehrLaunch(server, 'demo-06'));
  await page.getByRole('checkbox', { name: 'user/ServiceRequest.rs' }).uncheck();
  await page.getByRole('checkbox', { name: 'patient/Observation.cud' }).uncheck();
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page).toHaveURL(`${appOrigin}/patients/demo-06`);
  await by(page).fill('Dr Not Allowed');
  await by(page).blur();
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'error');
  await expect(saveStatus(page)).toContainText(
    'did not grant write access (patient/Observation.cud)',
  );
  await expect(by(page)).toHaveValue('Dr Not Allowed');
  await page.getByRole('link', { name: 'Worklist' }).click();
  await expect(page.locator('[data-missing-grant]')).toContainText('user/ServiceRequest.rs');
  await expect(page.locator('[data-worklist-row]')).toHaveCount(0);
});

test.describe('short-lived tokens', () => {
  let shortLived: RunningFhirServer;
  test.beforeAll(async () => {
    shortLived = await startFhirTestServer({ tokenTtl: 8 });
  });
  test.afterAll(async () => {
    await shortLived?.stop();
  });

  test('the token expires during an edit: re-authorised, the edit kept and saved', async ({
    page,
    request,
  }) => {
    await page.goto(ehrLaunch(shortLived, 'demo-02'));
    await page.getByRole('button', { name: 'Allow' }).click();
    await expect(page).toHaveURL(`${appOrigin}/patients/demo-02`);
    await expect(by(page)).toBeVisible();
    const expired = await request.get(`${shortLived.base}/Patient/demo-02`, {
      headers: { Authorization: 'Bearer not-a-token' },
    });
    expect(expired.status()).toBe(401);
    await page.waitForTimeout(9_000); // the access token (8 s) has expired
    const since = new Date().toISOString();
    await by(page).fill('Dr After Expiry');
    await by(page).blur();
    // A new authorisation round trip (single sign-on, no prompt), back on the same patient.
    await expect(page).toHaveURL(`${appOrigin}/patients/demo-02`);
    await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved', {
      timeout: 20_000,
    });
    await expect(by(page)).toHaveValue('Dr After Expiry');
    const sr = (await (
      await request.get(`${shortLived.base}/ServiceRequest/demo-02-referral`)
    ).json()) as ServiceRequest;
    expect(sr.requester?.display).toBe('Dr After Expiry');
    const written = await provenancesSince(request, shortLived, since);
    expect(written.length).toBeGreaterThan(0);
    for (const p of written)
      expect(p.agent[0]?.who?.reference).toBe('Practitioner/clinician-neuro');
  });
});

test('smart-configuration names the endpoints, capabilities and PKCE S256', async ({ request }) => {
  const res = await request.get(`${server.base}/.well-known/smart-configuration`);
  expect(res.ok()).toBe(true);
  const cfg = (await res.json()) as Record<string, string[] | string>;
  expect(cfg['authorization_endpoint']).toBe(`${origin(server)}/smart/auth`);
  expect(cfg['token_endpoint']).toBe(`${origin(server)}/smart/token`);
  expect(cfg['code_challenge_methods_supported']).toEqual(['S256']);
  for (const c of [
    'launch-ehr',
    'launch-standalone',
    'client-public',
    'context-ehr-patient',
    'context-standalone-patient',
    'permission-v2',
    'sso-openid-connect',
  ])
    expect(cfg['capabilities']).toContain(c);
  // Open without a token (connected mode), 401 with a bad one.
  expect((await request.get(`${server.base}/Patient/demo-01`)).status()).toBe(200);
  const bad = await request.get(`${server.base}/Patient/demo-01`, {
    headers: { Authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' },
  });
  expect(bad.status()).toBe(401);
  expect(bad.headers()['www-authenticate']).toContain('invalid_token');
});

test("the test server's scope check: type and interaction, batch entries one by one", () => {
  expect(needsOf('GET', '/Patient/p1', undefined)).toEqual([{ type: 'Patient', interaction: 'r' }]);
  expect(needsOf('GET', '/Observation?subject=Patient/p1', undefined)).toEqual([
    { type: 'Observation', interaction: 's' },
  ]);
  expect(needsOf('GET', '/metadata', undefined)).toBeNull();
  const tx = {
    resourceType: 'Bundle',
    entry: [
      { request: { method: 'PUT', url: 'Observation/o1' } },
      { request: { method: 'DELETE', url: 'Condition/c1' } },
      { request: { method: 'POST', url: 'Provenance' } },
    ],
  };
  const needs = needsOf('POST', '', tx)!;
  expect(
    uncovered('patient/Observation.cud patient/Condition.cud patient/Provenance.c', needs),
  ).toEqual([]);
  expect(
    uncovered('patient/Observation.rs patient/Condition.cud patient/Provenance.c', needs),
  ).toEqual([{ type: 'Observation', interaction: 'u' }]);
  expect(uncovered('user/*.cruds', needs)).toEqual([]);
});
