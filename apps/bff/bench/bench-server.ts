import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the benchmarks share: a free port, a process to start, its health to wait for, a sign-in. */
export const BENCH_ADMIN_PASSWORD = 'Bench-admin-pass1';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing answered on port ${port}`);
}

/** Runs a TypeScript file of this package under tsx, as `pnpm --filter @cs/bff start` does. */
export function startScript(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux; 10 ms ticks).
 * Unlike requests per second it hardly moves with what else the machine runs.
 */
export function cpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The real BFF on a free port with a throwaway SQLite store; `stop` ends it and removes the store. */
export async function startBff(
  env: Record<string, string> = {},
): Promise<{ origin: string; pid: number | undefined; stop(): void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cs-bench-'));
  const port = await freePort();
  const bff = startScript('../src/main.ts', {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
    LOG_LEVEL: 'error',
    ...env,
  });
  const stop = () => {
    bff.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  const exited = new Promise<never>((_, reject) =>
    bff.once('exit', (code) => reject(new Error(`the BFF exited with code ${code} before answering`))),
  );
  exited.catch(() => {}); // it also exits when stopped
  try {
    await Promise.race([waitForHealth(port), exited]);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin: `http://127.0.0.1:${port}`, pid: bff.pid, stop };
}

/** Signs in as admin and returns the session cookie. */
export async function signIn(origin: string): Promise<string> {
  const res = await fetch(`${origin}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

export const emit = (figure: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(figure)}\n`);

/** Connections autocannon keeps open in the HTTP benches. */
export const BENCH_CONNECTIONS = 10;

export interface RpsFigure {
  rps: number;
  p99Ms: number;
  /** The server's CPU time per request: it moves much less than requests per second with what else runs. */
  cpuUsPerRequest: number;
}

/** Requests per second of one URL for `durationS`, refusing any non-2xx answer. */
export async function measureRps(
  url: string,
  pid: number | undefined,
  headers: Record<string, string> = {},
  durationS = Number(process.env.BENCH_DURATION_S ?? 5),
): Promise<RpsFigure> {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url, connections: BENCH_CONNECTIONS, duration: durationS, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const cpuUsPerRequest = Math.round(((cpuMs(pid) - cpuBefore) * 1000) / result.requests.total);
  return { rps: Math.round(result.requests.average), p99Ms: result.latency.p99, cpuUsPerRequest };
}
