/**
 * oidc-provider 8.8.1 configured as the SMART test authorisation server, and the thin SMART
 * layer on its documented extension points: `patient`, `need_patient_banner` and the granted
 * OpenID scopes added to the token response by a post-middleware on the `token` route;
 * `fhirUser` as an ID-token claim (findAccount) and, with `patient`, in the JWT access token
 * (extraTokenClaims).
 */
import { randomBytes } from 'node:crypto';
import type Provider from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { TEST_CLINICIANS } from './clinicians';
import { errorPage } from './pages';
import { OIDC_SCOPES, RESOURCE_SCOPES } from './scopes';

export const SMART_PATH = '/smart';
export const SMART_CLIENT_ID = 'vas-dashboard';

/** What the clinician chose for one grant (oidc-provider keeps the scopes, this the rest). */
export interface GrantContext {
  user: string;
  patient?: string;
  needPatientBanner: boolean;
  /** Every scope the clinician was asked for (granted or refused). */
  asked: Set<string>;
}

const clinician = (id: string) => TEST_CLINICIANS.find((c) => c.id === id);

export function createProvider(
  { default: OidcProvider, errors }: typeof import('oidc-provider'),
  issuer: string,
  base: string,
  key: object,
  ttl: number,
  contexts: Map<string, GrantContext>,
): Provider {
  const provider = new OidcProvider(issuer, {
    clients: [
      {
        client_id: SMART_CLIENT_ID,
        // "native": RFC 8252 loopback redirects, any port (the tests' static servers).
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/callback', 'http://localhost/callback'],
      },
    ],
    jwks: { keys: [key] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], fhirUser: ['fhirUser'], profile: ['name'] },
    scopes: [...OIDC_SCOPES],
    extraParams: ['launch', 'aud'],
    pkce: { methods: ['S256'], required: () => true },
    clientBasedCORS: () => true,
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    findAccount: async (_ctx: unknown, sub: string) => {
      const c = clinician(sub);
      if (!c) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, fhirUser: `${base}/Practitioner/${sub}`, name: c.name }),
      };
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => base,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, indicator: string) => {
          if (indicator !== base) throw new errors.InvalidTarget();
          return {
            scope: RESOURCE_SCOPES.join(' '),
            audience: base,
            accessTokenTTL: ttl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    extraTokenClaims: (_ctx: unknown, token: { grantId?: string }) => {
      const c = token.grantId ? contexts.get(token.grantId) : undefined;
      return c
        ? {
            fhirUser: `${base}/Practitioner/${c.user}`,
            ...(c.patient ? { patient: c.patient } : {}),
          }
        : undefined;
    },
    interactions: {
      url: (_ctx: unknown, i: { uid: string }) => `${SMART_PATH}/interaction/${i.uid}`,
    },
    ttl: {
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    renderError: (ctx: KoaContextWithOIDC, out: Record<string, string>) => {
      (ctx as unknown as { type: string }).type = 'html';
      ctx.body = errorPage(`${out['error']}: ${out['error_description'] ?? ''}`);
    },
  });
  // The SMART launch context on the token response (oidc-provider's post-middleware pattern).
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route !== 'token' || ctx.status !== 200) return;
    const body = ctx.body as Record<string, unknown> | undefined;
    const grant = ctx.oidc.entities.Grant;
    const c = grant ? contexts.get(grant.jti) : undefined;
    if (!body?.['access_token'] || !grant || !c) return;
    const asked = (ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken)?.scopes;
    const oidcScope = asked ? grant.getOIDCScopeFiltered(asked) : '';
    body['scope'] = [oidcScope, body['scope']].filter(Boolean).join(' ');
    if (c.patient) body['patient'] = c.patient;
    body['need_patient_banner'] = c.needPatientBanner;
  });
  return provider;
}
