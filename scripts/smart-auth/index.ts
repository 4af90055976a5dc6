/**
 * SMART App Launch authorisation server for the FHIR test server: oidc-provider 8.8.1 mounted
 * under `/smart` on the same Fastify instance and port, plus the SMART parts plain OpenID
 * servers lack (see README "SMART App Launch"):
 *
 * - `<FHIR base>/.well-known/smart-configuration` (endpoints, capabilities, PKCE S256);
 * - `/smart/launch?patient=<id>&user=<Practitioner id>[&need_patient_banner=false][&app=<url>]`:
 *   the EHR side of an EHR launch (no `patient`: a small launcher form); redirects to the app's
 *   `/launch?iss=<FHIR base>&launch=<opaque id>`;
 * - `/smart/interaction/:uid`: sign-in (a test clinician), patient picker for standalone
 *   launches (`launch/patient`), consent with Allow / Deny (Deny: `error=access_denied`);
 * - launch context on the token response (`patient`, `need_patient_banner`, the granted
 *   OpenID scopes beside the resource scopes), added by a documented oidc-provider
 *   post-middleware on the `token` route; `fhirUser` is an ID-token claim (findAccount) and,
 *   with `patient`, a claim of the JWT access token (extraTokenClaims);
 * - bearer tokens on FHIR requests verified with jose (signature, issuer, audience = FHIR
 *   base, expiry): invalid or expired → 401; scopes checked per resource type and interaction
 *   (enforce.ts): not granted → 403. Requests without a token stay open (issue 11).
 *
 * Test infrastructure: in-memory, any loopback redirect port, no passwords. What it does not
 * check that a production EHR would is listed in the README.
 */
import { parseSearchRequest } from '@medplum/core';
import type { MemoryRepository } from '@medplum/fhir-router';
import type { Patient, Practitioner } from '@medplum/fhirtypes';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import { randomUUID } from 'node:crypto';
import type Provider from 'oidc-provider';
import { bearerHook } from './bearer';
import { practitionerOf, TEST_CLINICIANS, type TestClinician } from './clinicians';
import { consentPage, errorPage, launcherPage, type PatientChoice } from './pages';
import { createProvider, SMART_PATH, type GrantContext } from './provider';
import { isOidcScope, isResourceScope, OIDC_SCOPES } from './scopes';

export { SMART_CLIENT_ID, SMART_PATH } from './provider';

const HTML = 'text/html; charset=utf-8';
const LAUNCH_TTL_MS = 10 * 60_000;

export interface SmartAuthOptions {
  basePath: string;
  repo: MemoryRepository;
  /** Access token lifetime in seconds (`SMART_TOKEN_TTL`; short in the expiry test). */
  tokenTtl: number;
  /** Where `/smart/launch` sends the browser by default (`SMART_APP_LAUNCH`). */
  appLaunchUrl: string;
  /** Seed the test clinicians' Practitioner resources (not with FHIR_SEED=none: empty). */
  seedClinicians: boolean;
}

interface LaunchContext {
  patient: string;
  user: string;
  needPatientBanner: boolean;
  expires: number;
}

export interface SmartAuth {
  /** Builds the provider once the server listens (the issuer needs the port). */
  start(origin: string): Promise<void>;
}

const clinician = (id: string | undefined): TestClinician | undefined =>
  TEST_CLINICIANS.find((c) => c.id === id);

/** http(s) on a loopback host only: the launcher never redirects anywhere else. */
function loopbackUrl(value: string): URL | null {
  try {
    const u = new URL(value);
    const loop = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
    return loop && (u.protocol === 'http:' || u.protocol === 'https:') ? u : null;
  } catch {
    return null;
  }
}

export function mountSmartAuth(app: FastifyInstance, opts: SmartAuthOptions): SmartAuth {
  const { basePath, repo } = opts;
  let provider: Provider | undefined;
  let base = '';
  let issuer = '';
  let jwks: ReturnType<typeof createLocalJWKSet> | undefined;
  const launches = new Map<string, LaunchContext>();
  const contexts = new Map<string, GrantContext>();

  const patients = async (): Promise<PatientChoice[]> =>
    (await repo.searchResources<Patient>(parseSearchRequest('Patient', { _count: '1000' })))
      .map((p) => ({
        id: p.id,
        name:
          p.name?.[0]?.text ??
          [...(p.name?.[0]?.given ?? []), p.name?.[0]?.family ?? ''].join(' ').trim() ??
          p.id,
      }))
      .sort((a, b) => a.id.localeCompare(b.id));

  app.get(`${basePath}/.well-known/smart-configuration`, async (_req, reply) =>
    reply.send({
      issuer,
      jwks_uri: `${issuer}/jwks`,
      authorization_endpoint: `${issuer}/auth`,
      token_endpoint: `${issuer}/token`,
      grant_types_supported: ['authorization_code'],
      token_endpoint_auth_methods_supported: ['none'],
      response_types_supported: ['code'],
      scopes_supported: [...OIDC_SCOPES, 'patient/*.cruds', 'user/*.cruds'],
      code_challenge_methods_supported: ['S256'],
      capabilities: [
        'launch-ehr',
        'launch-standalone',
        'client-public',
        'context-ehr-patient',
        'context-standalone-patient',
        'context-banner',
        'permission-v2',
        'sso-openid-connect',
      ],
    }),
  );

  // The EHR's side of an EHR launch.
  app.get(`${SMART_PATH}/launch`, async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const target = loopbackUrl(q['app'] || opts.appLaunchUrl);
    if (!target)
      return reply.code(400).type(HTML).send(errorPage('app must be a loopback http(s) URL'));
    if (!q['patient'])
      return reply.type(HTML).send(launcherPage(await patients(), TEST_CLINICIANS, target.href));
    const user = q['user'] ?? TEST_CLINICIANS[0]!.id;
    if (!clinician(user))
      return reply
        .code(400)
        .type(HTML)
        .send(errorPage(`no test clinician ${user}`));
    if (!(await patients()).some((p) => p.id === q['patient']))
      return reply
        .code(404)
        .type(HTML)
        .send(errorPage(`no Patient/${q['patient']}`));
    const id = randomUUID();
    launches.set(id, {
      patient: q['patient'],
      user,
      needPatientBanner: q['need_patient_banner'] !== 'false',
      expires: Date.now() + LAUNCH_TTL_MS,
    });
    target.searchParams.set('iss', base);
    target.searchParams.set('launch', id);
    return reply.redirect(target.href);
  });

  // Bearer tokens are verified; no token: the open server of connected mode.
  app.addHook(
    'preHandler',
    bearerHook(() => ({ basePath, base, issuer, jwks })),
  );

  const finish = async (req: FastifyRequest, reply: FastifyReply, result: object) => {
    reply.hijack();
    await provider!.interactionFinished(req.raw, reply.raw, result as Record<string, unknown>, {
      mergeWithLastSubmission: false,
    });
  };
  const requestedScopes = (params: Record<string, string | undefined>): string[] =>
    String(params['scope'] ?? '')
      .split(' ')
      .filter((s) => isOidcScope(s) || isResourceScope(s));

  /** The launch named by the request, a refusal message, or nothing (standalone). */
  const launchOf = (params: Record<string, string | undefined>) => {
    const id = params['launch'];
    if (!id) return {};
    const l = launches.get(id);
    return l && l.expires > Date.now()
      ? { launched: l }
      : { error: 'unknown or expired launch id: launch the app again from the EHR' };
  };

  // Sign-in, patient picker and consent.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, done) => done(null, new URLSearchParams(body as string)),
    );
    scope.get(`${SMART_PATH}/interaction/:uid`, async (req, reply) => {
      const details = await provider!.interactionDetails(req.raw, reply.raw);
      const p = details.params;
      const requested = requestedScopes(p);
      const aud = (p['aud'] ?? '').replace(/\/+$/, '');
      if (aud && aud !== base)
        return finish(req, reply, {
          error: 'invalid_request',
          error_description: `aud ${aud} is not this FHIR server (${base})`,
        });
      const { launched, error } = launchOf(p);
      if (error) return finish(req, reply, { error: 'invalid_request', error_description: error });
      if (requested.includes('launch') && !launched && !details.grantId)
        return finish(req, reply, {
          error: 'invalid_request',
          error_description: 'the launch scope needs a launch id from the EHR',
        });
      // Again with nothing new (an expired token, a reload): the EHR's single sign-on answers
      // without asking, keeping the launch context of that grant.
      const previous = details.grantId ? contexts.get(details.grantId) : undefined;
      if (
        previous &&
        details.session?.accountId === previous.user &&
        (!launched || (launched.patient === previous.patient && launched.user === previous.user)) &&
        requested.every((s) => previous.asked.has(s))
      )
        return finish(req, reply, {
          login: { accountId: previous.user },
          consent: { grantId: details.grantId },
        });
      const all = await patients();
      return reply.type(HTML).send(
        consentPage({
          client: p['client_id'] ?? 'the app',
          clinician: clinician(launched?.user) ?? null,
          clinicians: TEST_CLINICIANS,
          patient: launched ? (all.find((x) => x.id === launched.patient) ?? null) : null,
          patients: !launched && requested.includes('launch/patient') ? all : null,
          scopes: requested,
        }),
      );
    });
    scope.post(`${SMART_PATH}/interaction/:uid`, async (req, reply) => {
      const form = req.body as URLSearchParams;
      if (form.get('decision') !== 'allow')
        return finish(req, reply, {
          error: 'access_denied',
          error_description: 'the clinician refused to authorise the app',
        });
      const details = await provider!.interactionDetails(req.raw, reply.raw);
      const p = details.params;
      const { launched, error } = launchOf(p);
      if (error) return finish(req, reply, { error: 'invalid_request', error_description: error });
      const user = launched?.user ?? form.get('clinician') ?? '';
      if (!clinician(user))
        return reply
          .code(400)
          .type(HTML)
          .send(errorPage(`no test clinician ${user}`));
      const requested = requestedScopes(p);
      const wantsPatient = requested.includes('launch/patient') || requested.includes('launch');
      const patient = launched?.patient ?? form.get('patient') ?? undefined;
      if (wantsPatient && !(await patients()).some((x) => x.id === patient))
        return reply.code(400).type(HTML).send(errorPage('pick a patient'));
      const granted = form.getAll('scope').filter((s) => requested.includes(s));
      const grant = new provider!.Grant({ accountId: user, clientId: p['client_id']! });
      // Unticked scopes are recorded as refused, so oidc-provider does not ask for them again.
      const refused = requested.filter((s) => !granted.includes(s));
      grant.addOIDCScope(granted.filter(isOidcScope).join(' '));
      const oidcRefused = refused.filter(isOidcScope);
      if (oidcRefused.length > 0) grant.rejectOIDCScope(oidcRefused.join(' '));
      const rs = granted.filter(isResourceScope);
      if (rs.length > 0) grant.addResourceScope(base, rs.join(' '));
      const rsRefused = refused.filter(isResourceScope);
      if (rsRefused.length > 0) grant.rejectResourceScope(base, rsRefused.join(' '));
      const grantId = await grant.save();
      contexts.set(grantId, {
        user,
        patient: wantsPatient ? patient : undefined,
        needPatientBanner: launched?.needPatientBanner ?? true,
        asked: new Set(requested),
      });
      return finish(req, reply, { login: { accountId: user }, consent: { grantId } });
    });
  });

  // oidc-provider itself (its body parsing: Fastify leaves the stream alone here).
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
    scope.all(`${SMART_PATH}/*`, async (req, reply) => {
      reply.hijack();
      const raw = req.raw as typeof req.raw & { originalUrl?: string };
      raw.originalUrl = raw.url;
      raw.url = (raw.url ?? '/').slice(SMART_PATH.length) || '/';
      provider!.callback()(raw, reply.raw);
    });
  });

  return {
    async start(origin: string) {
      base = `${origin}${basePath}`;
      issuer = `${origin}${SMART_PATH}`;
      for (const c of opts.seedClinicians ? TEST_CLINICIANS : []) {
        const exists = await repo
          .readResource<Practitioner>('Practitioner', c.id)
          .then(() => true)
          .catch(() => false);
        if (!exists) await repo.createResource<Practitioner>(practitionerOf(c));
      }
      const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
      const key = { ...(await exportJWK(privateKey)), kid: 'smart-test', alg: 'RS256', use: 'sig' };
      jwks = createLocalJWKSet({
        keys: [{ ...(await exportJWK(publicKey)), kid: 'smart-test', alg: 'RS256', use: 'sig' }],
      });
      // Loaded here, so in-process users of the FHIR server without SMART never load it.
      const oidc = await import('oidc-provider');
      provider = createProvider(oidc, issuer, base, key, opts.tokenTtl, contexts);
    },
  };
}
