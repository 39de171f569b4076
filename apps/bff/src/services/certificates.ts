import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import forge from 'node-forge';
import type { Cluster } from '@cs/domain';
import type { Store } from '../store/store.ts';

const YEAR_MS = 365 * 24 * 60 * 60_000;

interface Credentials {
  caCert: string;
  clientCert: string;
  clientKey: string;
}

function rsaKeyPair() {
  // Node's native generator: node-forge's own takes seconds for 2048 bits.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(pem);
  return { pem, privateKey: forgeKey, publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e) };
}

function certificate(
  subject: forge.pki.CertificateField[],
  issuer: forge.pki.CertificateField[],
  publicKey: forge.pki.PublicKey,
  extensions: object[],
  signer: forge.pki.rsa.PrivateKey,
) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * YEAR_MS);
  cert.setSubject(subject);
  cert.setIssuer(issuer);
  cert.setExtensions(extensions);
  cert.sign(signer, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** A CA for the cluster and a client certificate it signed, as Docker clients use with --tlsverify. */
export function issueCredentials(cluster: Pick<Cluster, 'metadata'>): Credentials {
  const ca = rsaKeyPair();
  const client = rsaKeyPair();
  const caName = [
    { name: 'commonName', value: `Container Service CA ${cluster.metadata.id}` },
    { name: 'organizationName', value: 'Container Service' },
  ];
  const caCert = certificate(
    caName,
    caName,
    ca.publicKey,
    [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
    ca.privateKey,
  );
  const clientName = [
    { name: 'commonName', value: `client ${cluster.metadata.name}` },
    { name: 'organizationName', value: 'Container Service' },
  ];
  const clientCert = certificate(
    clientName,
    caName,
    client.publicKey,
    [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', clientAuth: true },
    ],
    ca.privateKey,
  );
  return { caCert, clientCert, clientKey: client.pem };
}

/** certFile.zip of a cluster (ca.pem, cert.pem, key.pem), issued on first download and the same afterwards. */
export async function certFileZip(store: Store, cluster: Cluster): Promise<Uint8Array> {
  const db = store.database.db;
  let row = await db
    .selectFrom('cluster_credentials')
    .selectAll()
    .where('cluster_id', '=', cluster.metadata.id)
    .executeTakeFirst();
  if (!row) {
    const issued = issueCredentials(cluster);
    await db
      .insertInto('cluster_credentials')
      .values({
        kind: 'cluster',
        cluster_id: cluster.metadata.id,
        ca_cert: issued.caCert,
        client_cert: issued.clientCert,
        client_key: issued.clientKey,
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column('cluster_id').doNothing())
      .execute();
    row = await db
      .selectFrom('cluster_credentials')
      .selectAll()
      .where('cluster_id', '=', cluster.metadata.id)
      .executeTakeFirstOrThrow();
  }
  return zipSync({
    'ca.pem': strToU8(row.ca_cert),
    'cert.pem': strToU8(row.client_cert),
    'key.pem': strToU8(row.client_key),
  });
}
