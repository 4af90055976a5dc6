/**
 * What the CDS Hooks specs share: the service started as `npm run cds` runs it (a child process
 * on a free port) with the FHIR test server, pretend EHRs whose keys jose makes here, and a
 * signed call.
 */
import { expect } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES_VERSION } from '../../src/engine';
import { startCdsTestServer, type RunningCdsServer } from '../cds-server';
import { startFhirTestServer, type RunningFhirServer } from '../fhir-server';
import { makeEhr, type Ehr } from './ehr';

export interface Card {
  uuid: string;
  summary: string;
  detail: string;
  indicator: 'info' | 'warning' | 'critical';
  source: { label: string; url?: string };
  suggestions?: {
    label: string;
    uuid: string;
    actions: { type: string; resource: { resourceType: string; code: { text: string } } }[];
  }[];
  selectionBehavior?: string;
  overrideReasons?: { system: string; code: string; display: string }[];
  links?: { url: string; type: string; appContext?: string }[];
}

/** Live bindings: set by `startStack` (in a spec's beforeAll), read by the tests. */
export let cds: RunningCdsServer;
export let fhir: RunningFhirServer;
/** Trusted EHRs: ES384 and RS384 keys given inline, and one whose keys are at a jwks_url. */
export let es: Ehr;
export let rs: Ehr;
export let viaUrl: Ehr;
/** An EHR not in CDS_CLIENTS. */
export let stranger: Ehr;
let jwks: Server;
export let dataDir: string;

/** `withFhir: false`: no FHIR test server (the specs that never read one). */
export async function startStack({ withFhir = true } = {}): Promise<void> {
  [es, rs, viaUrl, stranger] = await Promise.all([
    makeEhr('https://ehr.example.org/es', 'ES384'),
    makeEhr('https://ehr.example.org/rs', 'RS384'),
    makeEhr('https://ehr.example.org/by-url', 'ES384'),
    makeEhr('https://not-trusted.example.org', 'ES384'),
  ]);
  jwks = createServer((_q, s) => {
    s.setHeader('content-type', 'application/json');
    s.end(JSON.stringify({ keys: [viaUrl.jwk] }));
  });
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
  const jwksPort = (jwks.address() as { port: number }).port;
  dataDir = mkdtempSync(join(tmpdir(), 'cds-test-'));
  const clients = join(dataDir, 'clients.json');
  writeFileSync(
    clients,
    JSON.stringify([
      { iss: es.iss, jwks: { keys: [es.jwk] } },
      { iss: rs.iss, jwks: { keys: [rs.jwk] } },
      { iss: viaUrl.iss, jwks_url: `http://127.0.0.1:${jwksPort}/jwks.json` },
    ]),
  );
  const fhirServer = withFhir ? startFhirTestServer() : Promise.resolve(undefined);
  let startedFhir: RunningFhirServer | undefined;
  [startedFhir, cds] = await Promise.all([
    fhirServer,
    startCdsTestServer({
      CDS_CLIENTS: clients,
      CDS_DATA_DIR: dataDir,
      CDS_APP_URL: 'http://127.0.0.1:4200',
      CDS_BODY_LIMIT: String(1024 * 1024),
    }),
  ]);
  if (startedFhir) fhir = startedFhir;
}
export async function stopStack(): Promise<void> {
  await Promise.all([cds?.stop(), fhir?.stop()]);
  await new Promise((r) => jwks?.close(r));
}

export const svc = (id: string) => `${cds.base}/cds-services/${id}`;
export async function call(
  id: string,
  body: unknown,
  opts: { ehr?: Ehr; token?: string; raw?: string } = {},
): Promise<{ status: number; json: { cards?: Card[]; error?: string; field?: string } }> {
  const token = opts.token ?? (await (opts.ehr ?? es).sign(svc(id)));
  const r = await fetch(svc(id), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: opts.raw ?? JSON.stringify(body),
  });
  return { status: r.status, json: (await r.json()) as never };
}

export function expectWellFormed(c: Card): void {
  expect(c.uuid).toMatch(/^[0-9a-f-]{36}$/);
  expect(c.summary.length).toBeLessThan(140);
  expect(c.source.label).toBe(`VAS decision support rules ${RULES_VERSION}`);
  expect(c.detail).toContain('consider / refer');
  expect(c.detail).not.toMatch(/\bdiagnos(is|ed) (of|with)\b/i);
  expect(c.links?.[0]?.type).toBe('smart');
}

/** In front of the FHIR test server: forwards every call and records its path and credentials. */
export async function startRecordingProxy(
  target: string,
  /** Searches whose path matches are answered with this status (a grant that refuses a type). */
  refuse?: { path: RegExp; status: number },
): Promise<{
  base: string;
  seen: { path: string; authorization?: string }[];
  close(): Promise<void>;
}> {
  const seen: { path: string; authorization?: string }[] = [];
  const origin = new URL(target).origin;
  const server = createServer((q, s) => {
    seen.push({ path: q.url ?? '', authorization: q.headers.authorization });
    if (refuse?.path.test(q.url ?? '')) {
      s.writeHead(refuse.status, { 'content-type': 'application/fhir+json' });
      s.end(
        JSON.stringify({
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: refuse.status === 403 ? 'forbidden' : 'exception' }],
        }),
      );
      return;
    }
    fetch(`${origin}${q.url}`, { headers: { accept: 'application/fhir+json' } })
      .then(async (r) => {
        s.writeHead(r.status, {
          'content-type': r.headers.get('content-type') ?? 'application/json',
        });
        s.end(await r.text());
      })
      .catch(() => s.writeHead(502).end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    base: `http://127.0.0.1:${port}${new URL(target).pathname}`,
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
