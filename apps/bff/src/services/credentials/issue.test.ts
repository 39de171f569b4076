import { X509Certificate, createPrivateKey } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { connect, createServer } from 'node:tls';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueCredentials, serverCredentials } from './issue.ts';
import type { Credentials } from './issue.ts';

const HOSTS = ['127.0.0.1', 'localhost'];

/** Whether a TLS client presenting `client` (or nothing) completes a request to a server of `server`'s CA. */
async function handshake(server: Credentials, client: Pick<Credentials, 'clientCert' | 'clientKey'> | null) {
  const tlsServer = createServer(
    {
      key: server.serverKey,
      cert: server.serverCert,
      ca: [server.caCert],
      requestCert: true,
      rejectUnauthorized: true,
    },
    (socket) => socket.end('hello'),
  );
  tlsServer.on('tlsClientError', () => {});
  tlsServer.listen(0, '127.0.0.1');
  await once(tlsServer, 'listening');
  const { port } = tlsServer.address() as AddressInfo;
  try {
    return await new Promise<string>((resolve) => {
      const socket = connect({
        host: '127.0.0.1',
        port,
        ca: [server.caCert],
        ...(client ? { cert: client.clientCert, key: client.clientKey } : {}),
      });
      let data = '';
      socket.on('data', (chunk) => (data += String(chunk)));
      socket.on('end', () => resolve(data || 'closed'));
      socket.on('error', (error) => resolve(`error: ${error.message}`));
    });
  } finally {
    tlsServer.close();
  }
}

describe('cluster credentials', () => {
  let one: Credentials;
  let other: Credentials;
  beforeAll(async () => {
    [one, other] = await Promise.all([
      issueCredentials({ id: 'c1', name: 'one' }, HOSTS),
      issueCredentials({ id: 'c2', name: 'two' }, HOSTS),
    ]);
  });

  it('signs the client and server certificates with the cluster CA, for the endpoint host', () => {
    const ca = new X509Certificate(one.caCert);
    const client = new X509Certificate(one.clientCert);
    const server = new X509Certificate(one.serverCert);
    expect(ca.ca).toBe(true);
    expect(client.verify(ca.publicKey)).toBe(true);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.verify(new X509Certificate(other.caCert).publicKey)).toBe(false);
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(client.keyUsage).toContain('1.3.6.1.5.5.7.3.2');
    expect(server.keyUsage).toContain('1.3.6.1.5.5.7.3.1');
    expect(createPrivateKey(one.clientKey).asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it('lets only a client certificate of the same CA through the handshake', async () => {
    expect(await handshake(one, one)).toBe('hello');
    expect(await handshake(one, other)).toMatch(/^(error|closed)/);
    expect(await handshake(one, null)).toMatch(/^(error|closed)/);
  });

  it('issues a server certificate for new host names from the kept CA key', async () => {
    const server = await serverCredentials({ cert: one.caCert, key: one.caKey }, ['docker.example.com', '10.0.0.5']);
    const cert = new X509Certificate(server.serverCert);
    expect(cert.verify(new X509Certificate(one.caCert).publicKey)).toBe(true);
    expect(cert.checkHost('docker.example.com')).toBe('docker.example.com');
    expect(cert.checkIP('10.0.0.5')).toBe('10.0.0.5');
  });
});
