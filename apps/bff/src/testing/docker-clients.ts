import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { clientEnv } from './client-process.ts';
import type { TestServer } from './test-server.ts';

export { dockerClientsMissing, runClient } from './client-process.ts';

/** A client's certificate directory and environment, as the guide sets them up from certFile.zip. */
export interface ClientSetup {
  certPath: string;
  endpoint: string;
  /** DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, and a home and config directory of its own. */
  env: NodeJS.ProcessEnv;
  /** The client's home and working directory. */
  cwd: string;
}

/** The files of the cluster's certFile.zip (ca.pem, cert.pem, key.pem), downloaded as the console does. */
export async function downloadCertFiles(
  t: TestServer,
  cookie: string,
  clusterId: string,
): Promise<Record<string, Uint8Array>> {
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
  return unzipSync(new Uint8Array(res.body as Buffer));
}

/** Downloads the cluster's certFile.zip and unzips it, as the guide's Download cluster certificate says. */
export async function clientSetup(
  t: TestServer,
  cookie: string,
  clusterId: string,
  endpoint: string,
): Promise<ClientSetup> {
  const cwd = mkdtempSync(join(tmpdir(), 'cs-docker-'));
  const certPath = join(cwd, 'certs');
  mkdirSync(certPath);
  for (const [name, content] of Object.entries(await downloadCertFiles(t, cookie, clusterId)))
    writeFileSync(join(certPath, name), content);
  const env = clientEnv(cwd, { DOCKER_HOST: endpoint, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certPath });
  return { certPath, endpoint, env, cwd };
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
