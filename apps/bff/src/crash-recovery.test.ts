import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiClient } from '@cs/contracts';

const ADMIN_PASSWORD = 'Crash-test-pass1';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The real BFF as `npm start` runs it, as a process of its own that can be killed. */
function startBff(port: number, dataDir: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_PASSWORD,
      SIM_SPEED: '60',
      LOG_LEVEL: 'error',
    },
    stdio: 'ignore',
  });
}

async function signedInClient(port: number) {
  const baseUrl = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      () =>
        fetch(`${baseUrl}/api/v1/health`).then(
          (r) => r.ok,
          () => false,
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
  const signIn = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  return createApiClient({ baseUrl, headers: { cookie } });
}

describe('a BFF killed with SIGKILL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cs-crash-'));
  const processes: ChildProcess[] = [];
  afterAll(() => {
    processes.forEach((p) => p.kill('SIGKILL'));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged write and finishes the cluster it was creating', async () => {
    const port = await freePort();
    const first = startBff(port, dataDir);
    processes.push(first);
    const api = await signedInClient(port);
    const created = await api.createCluster({
      name: 'survivor',
      region: 'cn-hangzhou',
      zone: 'cn-hangzhou-b',
      networkType: 'classic',
      nodes: {
        quantity: 1,
        instanceType: 'ecs.n1.small',
        operatingSystem: 'CentOS 7.0 64-bit',
        password: 'Node-pass-12',
        confirmPassword: 'Node-pass-12',
      },
    });
    expect(created.status.phase).toBe('Initial');

    const exited = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGKILL');
    await exited;

    const second = startBff(port, dataDir);
    processes.push(second);
    const again = await signedInClient(port);
    expect((await again.getCluster(created.metadata.id)).metadata.name).toBe('survivor');
    await expect
      .poll(async () => (await again.getCluster(created.metadata.id)).status.phase, { timeout: 20_000, interval: 250 })
      .toBe('Running');
  }, 60_000);
});
