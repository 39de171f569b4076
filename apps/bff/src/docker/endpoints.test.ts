import { request as httpsRequest } from 'node:https';
import { strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createReadyCluster } from '../testing/cluster-fixtures.ts';
import { downloadCertFiles } from '../testing/docker-clients.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const MINUTE = 60_000;

interface ClientCerts {
  ca: string;
  cert: string;
  key: string;
}

/** `GET /_ping` over mutual TLS: the body, or the error the handshake ended with. */
function ping(endpoint: string, certs: ClientCerts): Promise<string> {
  const { hostname, port } = new URL(endpoint.replace('tcp://', 'https://'));
  return new Promise((resolve) => {
    const req = httpsRequest({ host: hostname, port, path: '/_ping', ...certs }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += String(chunk)));
      res.on('end', () => resolve(body));
    });
    req.on('error', (error) => resolve(`error: ${(error as NodeJS.ErrnoException).code ?? error.message}`));
    req.end();
  });
}

describe('the Docker endpoint of a cluster', () => {
  let t: TestServer;
  afterEach(async () => {
    await t?.close();
  });

  const endpointOf = async (cookie: string, id: string) => {
    await t.server.docker.settled();
    const res = await t.http.get(`/api/v1/clusters/${id}`).set('Cookie', cookie).expect(200);
    return res.body.status.resources.dockerEndpoint as string | null;
  };

  const certsOf = async (cookie: string, id: string): Promise<ClientCerts> => {
    const files = await downloadCertFiles(t, cookie, id);
    return { ca: strFromU8(files['ca.pem']!), cert: strFromU8(files['cert.pem']!), key: strFromU8(files['key.pem']!) };
  };

  it('lives as long as the cluster, keeps its port across restarts and serves the same certificate', async () => {
    t = await startTestServer({ env: { DOCKER_ENDPOINTS: 'on' } });
    let cookie = await t.signIn();
    const id = await createReadyCluster(t, cookie, { name: 'lasting', quantity: 0 });
    const endpoint = await endpointOf(cookie, id);
    expect(endpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    const certs = await certsOf(cookie, id);
    expect(await ping(endpoint!, certs)).toBe('OK');

    t = await t.restart();
    cookie = await t.signIn();
    await t.advance(1_000);
    expect(await endpointOf(cookie, id)).toBe(endpoint);
    expect(await certsOf(cookie, id)).toEqual(certs);
    expect(await ping(endpoint!, certs)).toBe('OK');

    await t.http.delete(`/api/v1/clusters/${id}`).set('Cookie', cookie).expect(202);
    await t.advance(10 * MINUTE);
    await t.server.docker.settled();
    expect(await ping(endpoint!, certs)).toBe('error: ECONNREFUSED');
    expect(await t.server.store.dockerEndpoints.portOf(id)).toBeUndefined();
  }, 60_000);

  it('issues again the credentials of a cluster from before the endpoint, which lack its server certificate', async () => {
    t = await startTestServer();
    const cookie = await t.signIn();
    const id = await createReadyCluster(t, cookie, { name: 'older', quantity: 0 });
    const first = await certsOf(cookie, id);
    expect(await certsOf(cookie, id)).toEqual(first);
    const db = t.server.store.database.db;
    await db
      .updateTable('cluster_credentials')
      .set({ ca_key: null, server_cert: null, server_key: null })
      .where('cluster_id', '=', id)
      .execute();
    const again = await certsOf(cookie, id);
    expect(again.ca).not.toBe(first.ca);
    const row = await db
      .selectFrom('cluster_credentials')
      .selectAll()
      .where('cluster_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.server_cert).toContain('BEGIN CERTIFICATE');
    expect(row.ca_cert).toBe(again.ca);
  });

  it('shows no endpoint on a replica that does not serve them (DOCKER_ENDPOINTS=off)', async () => {
    t = await startTestServer();
    const cookie = await t.signIn();
    const id = await createReadyCluster(t, cookie, { name: 'quiet', quantity: 0 });
    expect(await endpointOf(cookie, id)).toBeNull();
  });
});
