import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { TestServer } from './test-server.ts';

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The real clients the guide names; `scripts/bootstrap.sh --with-browser` installs them for `npm test`. */
export const dockerClientsMissing = ['docker', 'docker-compose'].filter((c) => !onPath(c));

export interface ClientResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A client's certificate directory and environment, as the guide sets them up from certFile.zip. */
export interface ClientSetup {
  certPath: string;
  endpoint: string;
  /** DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, and a config directory of its own. */
  env: NodeJS.ProcessEnv;
  dir: string;
}

/** Downloads the cluster's certFile.zip and unzips it, as the guide's Download cluster certificate says. */
export async function clientSetup(
  t: TestServer,
  cookie: string,
  clusterId: string,
  endpoint: string,
): Promise<ClientSetup> {
  const res = await t.http
    .get(`/api/v1/clusters/${clusterId}/certs`)
    .set('Cookie', cookie)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200);
  const dir = mkdtempSync(join(tmpdir(), 'cs-docker-'));
  const certPath = join(dir, 'certs');
  mkdirSync(certPath);
  for (const [name, content] of Object.entries(unzipSync(new Uint8Array(res.body as Buffer))))
    writeFileSync(join(certPath, name), content);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DOCKER_HOST: endpoint,
    DOCKER_TLS_VERIFY: '1',
    DOCKER_CERT_PATH: certPath,
    DOCKER_CONFIG: join(dir, 'config'),
    HOME: dir,
  };
  // These machines point python-requests at the system CAs, which would override docker-py's cluster CA.
  delete env['REQUESTS_CA_BUNDLE'];
  delete env['CURL_CA_BUNDLE'];
  return { certPath, endpoint, env, dir };
}

/** Runs a client to its end (or the timeout), never throwing: the test asserts on what it printed. */
export function runClient(
  command: string,
  args: readonly string[],
  setup: Pick<ClientSetup, 'env' | 'dir'>,
  timeoutMs = 90_000,
): Promise<ClientResult> {
  return new Promise((resolve) => {
    execFile(command, args, { env: setup.env, cwd: setup.dir, timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/**
 * Keeps simulated time moving (20x) while real clients wait on it: they block on requests that
 * the simulated cloud answers, so the test cannot step the clock between their calls.
 */
export function keepTimeMoving(t: TestServer, stepMs = 500, everyMs = 25): () => Promise<void> {
  let running = true;
  const loop = (async () => {
    while (running) {
      await t.advance(stepMs);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}
