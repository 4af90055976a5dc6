/**
 * `npm run cds:load`: 200 concurrent order-sign calls with prefetch for 30 s against one CDS
 * service process (started here, as `npm run cds` runs it), JWTs signed before the run.
 * Prints p50 / p90 / p99 / max latency, throughput and errors.
 *
 *   DURATION=10 npm run cds:load      # seconds (default 30)
 *   CONCURRENCY=50 ...                # calls in flight (default 200)
 *   RATE=50 ...                       # open loop: start 50 calls/s (at most CONCURRENCY in flight)
 *   ALG=ES384 ...                     # JWT algorithm (default RS384; both are what the spec allows)
 *   PRESIGN=40000 ...                 # JWTs signed before the run (default 1000 per second of run)
 *   CDS_LOG_LEVEL=warn ...            # the service's log level (default info: a line per call)
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { CPT, demoCase, draftOrder, hookRequest, prefetchOf, signWith } from '../e2e/cds/ehr';

const DURATION_S = Number(process.env['DURATION'] ?? 30);
const CONCURRENCY = Number(process.env['CONCURRENCY'] ?? 200);
/** Tokens signed before the run; the script says so if the run needed more. */
const PRESIGN = Number(process.env['PRESIGN'] ?? 0) || Math.max(2000, DURATION_S * 1000);
const RATE = Number(process.env['RATE'] ?? 0);
const ALG = process.env['ALG'] === 'ES384' ? 'ES384' : 'RS384';

async function startService(clients: string, dataDir: string) {
  const flags = process.env['CDS_NODE_FLAGS']?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', 'server/cds/main.ts'], {
    env: {
      ...process.env,
      CDS_PORT: '0',
      CDS_CLIENTS: clients,
      CDS_DATA_DIR: dataDir,
      CDS_LOG_LEVEL: process.env['CDS_LOG_LEVEL'] ?? 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /cds: listening on (\S+)/.exec(out);
      if (m) {
        child.stdout!.off('data', onData);
        child.stdout!.resume(); // the per-call log lines are read and dropped
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`cds exited (${code})`)));
  });
  return { base, stop: () => child.kill('SIGTERM') };
}

function pct(sorted: number[], p: number): number {
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
    : NaN;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cds-load-'));
  const iss = 'https://ehr.load.example';
  const { publicKey, privateKey } = await generateKeyPair(ALG);
  const kid = `load-${ALG}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: ALG };
  writeFileSync(join(dir, 'clients.json'), JSON.stringify([{ iss, jwks: { keys: [jwk] } }]));
  const svc = await startService(join(dir, 'clients.json'), join(dir, 'data'));
  const url = `${svc.base}/cds-services/vas-order-sign`;

  const c = demoCase('demo-02');
  const prefetch = prefetchOf(c);
  const orders = [
    draftOrder('sr-cmt', 'demo-02', { coding: [{ system: CPT, code: '98940' }] }),
    draftOrder('sr-massage', 'demo-02', { text: 'neck massage' }),
  ];
  const bodies = Array.from({ length: 64 }, () =>
    Buffer.from(JSON.stringify(hookRequest('order-sign', 'demo-02', { prefetch, orders }))),
  );

  let t = performance.now();
  const tokens: string[] = [];
  while (tokens.length < PRESIGN)
    tokens.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(500, PRESIGN - tokens.length) }, () =>
          signWith(privateKey, iss, ALG, kid, url, { jti: randomUUID() }),
        ),
      )),
    );
  console.log(
    `cds-load: ${tokens.length} ${ALG} JWTs signed in ${((performance.now() - t) / 1000).toFixed(1)} s; body ${bodies[0]!.length} bytes (demo-02, 2 draft orders, full prefetch)`,
  );

  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const post = (body: Buffer, token: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': body.length,
            authorization: `Bearer ${token}`,
          },
        },
        (res) => {
          let b = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (b += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: b }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  // Warm-up (JIT, connections): not counted.
  await Promise.all(
    Array.from({ length: CONCURRENCY }, (_, i) => post(bodies[i % 64]!, tokens.pop()!)),
  );

  const latencies: number[] = [];
  const errors = new Map<string, number>();
  let signedDuring = 0;
  const end = performance.now() + DURATION_S * 1000;
  let n = 0;
  const once = async () => {
    {
      let token = tokens.pop();
      if (!token) {
        signedDuring++;
        token = await signWith(privateKey, iss, ALG, kid, url);
      }
      const body = bodies[n++ % 64]!;
      const t0 = performance.now();
      try {
        const r = await post(body, token);
        const ms = performance.now() - t0;
        const ok =
          r.status === 200 && (JSON.parse(r.body) as { cards: unknown[] }).cards.length === 2;
        if (ok) latencies.push(ms);
        else errors.set(`HTTP ${r.status}`, (errors.get(`HTTP ${r.status}`) ?? 0) + 1);
      } catch (e) {
        const k = (e as Error).message;
        errors.set(k, (errors.get(k) ?? 0) + 1);
      }
    }
  };
  const worker = async () => {
    while (performance.now() < end) await once();
  };
  /** RATE: calls started per second (open loop), at most CONCURRENCY in flight. */
  const paced = async (rate: number) => {
    const inFlight = new Set<Promise<void>>();
    const t0 = performance.now();
    for (let i = 0; performance.now() < end; i++) {
      const due = t0 + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
      const p: Promise<void> = once().then(() => void inFlight.delete(p));
      inFlight.add(p);
    }
    await Promise.all(inFlight);
  };
  t = performance.now();
  if (RATE > 0) await paced(RATE);
  else await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const wall = (performance.now() - t) / 1000;
  svc.stop();
  agent.destroy();
  rmSync(dir, { recursive: true, force: true });

  const sorted = [...latencies].sort((a, b) => a - b);
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const f = (x: number) => x.toFixed(1);
  console.log(
    `cds-load: ${RATE > 0 ? `${RATE} calls/s started (up to ${CONCURRENCY} in flight)` : `${CONCURRENCY} concurrent`} order-sign calls for ${wall.toFixed(1)} s: ${sorted.length} ok, ${errorCount} errors, ${f(sorted.length / wall)} calls/s`,
  );
  console.log(
    `cds-load: latency ms p50 ${f(pct(sorted, 50))}  p90 ${f(pct(sorted, 90))}  p99 ${f(pct(sorted, 99))}  max ${f(sorted[sorted.length - 1] ?? NaN)}  (target p99 < 50 ms, zero errors)`,
  );
  for (const [k, v] of errors) console.log(`cds-load: error ${k} x${v}`);
  if (signedDuring)
    console.log(
      `cds-load: ${signedDuring} JWTs had to be signed during the run (PRESIGN=${PRESIGN})`,
    );
  process.exitCode = errorCount > 0 ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error('cds-load:', e);
  process.exit(1);
});
