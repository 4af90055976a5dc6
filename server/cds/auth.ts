/**
 * The EHR's JWT on every call (https://cds-hooks.hl7.org/2.0/#trusting-cds-clients), with jose:
 * `iss` from the allow-list (CDS_CLIENTS) and verified against that client's JWKS, ES384 or
 * RS384, `aud` = the URL called, `exp` at most 5 minutes ahead, `jti` never seen before
 * (remembered until it expires).
 */
import { readFileSync } from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';

export interface TrustedClient {
  iss: string;
  jwks?: JSONWebKeySet;
  jwks_url?: string;
}

export class Unauthorized extends Error {}

const ALGORITHMS = ['ES384', 'RS384'];
/** The spec: exp no more than 5 minutes in the future; 60 s for clock skew. */
const MAX_LIFETIME_S = 5 * 60;
const SKEW_S = 60;

export function loadClients(file: string | undefined): TrustedClient[] {
  if (!file) return [];
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(raw))
    throw new Error(`${file}: must be a JSON array of {iss, jwks | jwks_url}`);
  return raw.map((c, i) => {
    const o = c as TrustedClient;
    if (typeof o?.iss !== 'string' || o.iss === '')
      throw new Error(`${file}: [${i}].iss is required`);
    if (!o.jwks && !o.jwks_url) throw new Error(`${file}: [${i}] needs jwks or jwks_url`);
    if (o.jwks && !Array.isArray(o.jwks.keys))
      throw new Error(`${file}: [${i}].jwks.keys must be an array`);
    if (o.jwks_url) new URL(o.jwks_url);
    return o;
  });
}

export class JwtVerifier {
  private readonly keys = new Map<string, JWTVerifyGetKey>();
  /** iss + jti → exp (seconds). */
  private readonly seen = new Map<string, number>();
  private lastSweep = 0;

  constructor(clients: TrustedClient[]) {
    for (const c of clients)
      this.keys.set(
        c.iss,
        c.jwks ? createLocalJWKSet(c.jwks) : createRemoteJWKSet(new URL(c.jwks_url!)),
      );
  }

  /** The verified issuer, or Unauthorized with why (the why is for the log, not the caller). */
  async verify(authorization: string | undefined, audience: string): Promise<string> {
    const m = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(authorization ?? '');
    if (!m) throw new Unauthorized('no Bearer token');
    const token = m[1]!;
    let iss: string | undefined;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      throw new Unauthorized('token is not a JWT');
    }
    const getKey = iss ? this.keys.get(iss) : undefined;
    if (!getKey) throw new Unauthorized('issuer not trusted');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        issuer: iss,
        audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'iat', 'jti'],
        clockTolerance: SKEW_S,
      }));
    } catch (e) {
      const code = e instanceof errors.JOSEError ? e.code : 'error';
      throw new Unauthorized(`token refused (${code})`);
    }
    const now = Math.floor(Date.now() / 1000);
    const exp = payload.exp!;
    if (exp > now + MAX_LIFETIME_S + SKEW_S)
      throw new Unauthorized('exp more than 5 minutes ahead');
    const key = `${iss}\u0000${payload.jti}`;
    this.sweep(now);
    if (this.seen.has(key)) throw new Unauthorized('jti replayed');
    this.seen.set(key, exp + SKEW_S);
    return iss!;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 10) return;
    this.lastSweep = now;
    for (const [k, exp] of this.seen) if (exp < now) this.seen.delete(k);
  }
}
