/**
 * Bearer tokens on FHIR requests of the test server: signature, issuer, audience (the FHIR
 * base) and expiry checked with jose (401 otherwise), then the scopes per resource type and
 * interaction (enforce.ts; 403 otherwise). No token: the open server of connected mode.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { jwtVerify, type createLocalJWKSet } from 'jose';
import { needsOf, uncovered } from './enforce';

export interface TokenCheck {
  basePath: string;
  base: string;
  issuer: string;
  jwks: ReturnType<typeof createLocalJWKSet> | undefined;
}

export function bearerHook(current: () => TokenCheck) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const { basePath, base, issuer, jwks } = current();
    if (!req.url.startsWith(basePath) || req.url.includes('/.well-known/')) return;
    const auth = req.headers.authorization;
    if (!auth) return;
    const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
    if (!token || !jwks)
      return unauthorized(reply, 'the Authorization header is not a Bearer token');
    let claims: { scope?: unknown; fhirUser?: unknown };
    try {
      const verified = await jwtVerify(token, jwks, { issuer, audience: base, typ: 'at+jwt' });
      claims = verified.payload as typeof claims;
    } catch (e) {
      const expired = (e as { code?: string }).code === 'ERR_JWT_EXPIRED';
      return unauthorized(reply, expired ? 'the access token expired' : 'invalid access token');
    }
    // Scopes: resource type and interaction (not the patient compartment); the signed-in
    // user may always read their own resource (fhirUser).
    const path = req.url.slice(basePath.length);
    if (req.method === 'GET' && `${base}${path}` === claims.fhirUser) return;
    const missing = uncovered(
      String(claims.scope ?? ''),
      needsOf(req.method, path, req.body) ?? [],
    );
    if (missing.length > 0)
      return reply
        .code(403)
        .type('application/fhir+json')
        .send({
          resourceType: 'OperationOutcome',
          issue: [
            {
              severity: 'error',
              code: 'forbidden',
              diagnostics: `the access token's scopes do not allow ${missing
                .map((n) => `${n.interaction} on ${n.type}`)
                .join(', ')}`,
            },
          ],
        });
  };
}

function unauthorized(reply: FastifyReply, description: string) {
  return reply
    .code(401)
    .header('WWW-Authenticate', `Bearer error="invalid_token", error_description="${description}"`)
    .header('Access-Control-Expose-Headers', 'WWW-Authenticate, ETag, Location')
    .type('application/fhir+json')
    .send({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'login', diagnostics: description }],
    });
}
