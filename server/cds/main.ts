/**
 * `npm run cds`: the CDS Hooks service on 127.0.0.1 (README "CDS Hooks service").
 *
 *   CDS_PORT=8104            port (0 = any free port)
 *   CDS_CLIENTS=clients.json trusted EHRs: [{"iss": "...", "jwks": {"keys": [...]}} | "jwks_url"]
 *   CDS_PUBLIC_URL=...       the base URL EHRs call, if not http://127.0.0.1:<port> (JWT aud)
 *   CDS_APP_URL=...          the dashboard, for the cards' link (default http://localhost:4200)
 *   CDS_DATA_DIR=.cds-data   where feedback.jsonl is written
 *   CDS_BODY_LIMIT=5242880   request body limit in bytes
 *   CDS_CORS_ORIGINS=a,b     browser origins allowed (default any)
 *   CDS_ORDER_CODES=f.json   order code list replacing server/cds/order-codes.ts
 *   CDS_LOG_LEVEL=info       pino level (warn: refused calls only)
 *
 * Prints `cds: listening on <base>` once it listens.
 */
import { readFileSync } from 'node:fs';
import { MODALITIES } from '../../src/engine';
import { startCdsServer } from './app';
import { loadClients } from './auth';
import type { OrderCodeList } from './order-codes';

/** A replacement code list: the shape of server/cds/order-codes.ts, checked before use. */
function loadOrderCodes(file: string): OrderCodeList {
  const x = JSON.parse(readFileSync(file, 'utf8')) as OrderCodeList;
  const ok =
    Array.isArray(x?.codes) &&
    x.codes.every(
      (c) =>
        typeof c.system === 'string' &&
        typeof c.code === 'string' &&
        (MODALITIES as readonly string[]).includes(c.modality),
    ) &&
    typeof x.phrases === 'object' &&
    Object.entries(x.phrases).every(
      ([m, ps]) =>
        (MODALITIES as readonly string[]).includes(m) &&
        Array.isArray(ps) &&
        ps.every((p) => typeof p === 'string'),
    );
  if (!ok)
    throw new Error(
      `${file}: not a code list ({codes: [{system, code, modality}], phrases: {<modality>: [..]}})`,
    );
  return x;
}

async function main(): Promise<void> {
  const env = process.env;
  const clients = loadClients(env['CDS_CLIENTS'] || undefined);
  if (clients.length === 0)
    console.error('cds: no trusted EHRs (CDS_CLIENTS): every call will be refused (401)');
  const server = await startCdsServer({
    port: Number(env['CDS_PORT'] ?? 8104),
    clients,
    publicUrl: env['CDS_PUBLIC_URL'] || undefined,
    appUrl: env['CDS_APP_URL'] ?? 'http://localhost:4200',
    dataDir: env['CDS_DATA_DIR'] || '.cds-data',
    bodyLimit: env['CDS_BODY_LIMIT'] ? Number(env['CDS_BODY_LIMIT']) : undefined,
    corsOrigins: env['CDS_CORS_ORIGINS']
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    orderCodes: env['CDS_ORDER_CODES'] ? loadOrderCodes(env['CDS_ORDER_CODES']) : undefined,
    logLevel: env['CDS_LOG_LEVEL'] || 'info',
  });
  console.log(`cds: listening on ${server.base}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error('cds:', (e as Error).message);
  process.exit(1);
});
