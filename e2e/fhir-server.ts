/** Starts the FHIR test server (scripts/fhir-server.ts) on a free port on 127.0.0.1. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningFhirServer {
  base: string;
  port: number;
  stop(): Promise<void>;
}

export async function startFhirTestServer(
  env: { seed?: boolean; port?: number; dataFile?: string; tokenTtl?: number } = {},
): Promise<RunningFhirServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    // oidc-provider's koa needs the CommonJS entry of generator-function, which tsx on Node 20
    // misloads when require(esm) is on (see scripts/smart-auth/index.ts).
    ['--no-experimental-require-module', '--import', 'tsx', 'scripts/fhir-server.ts'],
    {
      env: {
        ...process.env,
        FHIR_PORT: String(env.port ?? 0),
        FHIR_SEED: env.seed === false ? 'none' : 'demo',
        FHIR_DATA: env.dataFile ?? '',
        SMART_TOKEN_TTL: env.tokenTtl ? String(env.tokenTtl) : '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fhir-server did not start: ${err}`)), 60_000);
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`fhir-server exited (${code}): ${err}`));
    });
  });
  return {
    base,
    port: Number(new URL(base).port),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
