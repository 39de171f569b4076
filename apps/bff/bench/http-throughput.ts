import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

/**
 * Requests per second of the BFF's health and session endpoints, against a bare Express handler
 * returning the same health body, measured in the same run. Prints one JSON line per figure.
 */
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
/** Targets are measured in turn this many times and the best run of each kept: a busy core then hurts all alike. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 10;
const ADMIN_PASSWORD = 'Bench-admin-pass1';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing answered on port ${port}`);
}

function start(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function measure(url: string, headers: Record<string, string> = {}): Promise<{ rps: number; p99Ms: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p99Ms: result.latency.p99 };
}

const emit = (figure: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(figure)}\n`);

const dataDir = mkdtempSync(join(tmpdir(), 'cs-bench-'));
const [bffPort, barePort] = [await freePort(), await freePort()];
const bff = start('../src/main.ts', {
  PORT: String(bffPort),
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  ADMIN_PASSWORD,
  LOG_LEVEL: 'error',
});
const bare = start('bare-server.ts', { PORT: String(barePort) });
try {
  await Promise.all([waitForHealth(bffPort), waitForHealth(barePort)]);
  const signIn = await fetch(`http://127.0.0.1:${bffPort}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;

  const targets = {
    baseline: () => measure(`http://127.0.0.1:${barePort}/api/v1/health`),
    health: () => measure(`http://127.0.0.1:${bffPort}/api/v1/health`),
    session: () => measure(`http://127.0.0.1:${bffPort}/api/v1/session`, { cookie }),
  };
  const best: Record<keyof typeof targets, { rps: number; p99Ms: number }> = {
    baseline: { rps: 0, p99Ms: 0 },
    health: { rps: 0, p99Ms: 0 },
    session: { rps: 0, p99Ms: 0 },
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of Object.keys(targets) as (keyof typeof targets)[]) {
      const figure = await targets[name]();
      if (figure.rps > best[name].rps) best[name] = figure;
    }
  }
  const { baseline, health, session } = best;
  const run = { connections: CONNECTIONS, durationS: DURATION_S, rounds: ROUNDS };
  emit({ bench: 'bare-express.health', ...baseline, ...run });
  emit({ bench: 'bff.health', ...health, ratioToBare: Number((health.rps / baseline.rps).toFixed(2)), ...run });
  emit({ bench: 'bff.session', ...session, ratioToBare: Number((session.rps / baseline.rps).toFixed(2)), ...run });
} finally {
  bff.kill('SIGTERM');
  bare.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
