/** Starts the CDS Hooks service (server/cds/main.ts) on a free port on 127.0.0.1. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningCdsServer {
  base: string;
  /** Everything the process printed (its log), to check that no patient data is in it. */
  output(): string;
  stop(): Promise<void>;
}

export async function startCdsTestServer(env: Record<string, string>): Promise<RunningCdsServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/cds/main.ts'], {
    env: { ...process.env, CDS_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`cds did not start: ${out}`)), 60_000);
    const onData = () => {
      const m = /cds: listening on (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(m[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`cds exited (${code}): ${out}`));
    });
  });
  return {
    base,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
