import { generateKeyPair, randomBytes, sign } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

const YEAR_MS = 365 * 24 * 60 * 60_000;
const generateRsa = promisify(generateKeyPair);
const signSha256 = promisify(sign);

/** A cluster's CA, the client certificate it signed (certFile.zip) and its Docker endpoint's server certificate. */
export interface Credentials {
  caCert: string;
  caKey: string;
  clientCert: string;
  clientKey: string;
  serverCert: string;
  serverKey: string;
}

interface KeyPair {
  privatePem: string;
  publicKey: forge.pki.PublicKey;
}

/** RSA 2048 from Node's thread pool: generating (and signing, below) on the event loop would stall every request. */
async function rsaKeyPair(): Promise<KeyPair> {
  const { publicKey, privateKey } = await generateRsa('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  return { privatePem: privateKey, publicKey: forge.pki.publicKeyFromPem(publicKey) };
}

type Name = forge.pki.CertificateField[];

/** node-forge has it; its type declarations do not. */
const { getTBSCertificate } = forge.pki as unknown as {
  getTBSCertificate(cert: forge.pki.Certificate): forge.asn1.Asn1;
};

/** node-forge lays the certificate out; Node's crypto signs it, off the event loop. */
async function certificate(
  subject: Name,
  issuer: Name,
  publicKey: forge.pki.PublicKey,
  extensions: object[],
  signerPem: string,
) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * YEAR_MS);
  cert.setSubject(subject);
  cert.setIssuer(issuer);
  cert.setExtensions(extensions);
  cert.signatureOid = forge.pki.oids['sha256WithRSAEncryption']!;
  cert.siginfo.algorithmOid = cert.signatureOid;
  const tbs = getTBSCertificate(cert);
  const signature = await signSha256('sha256', Buffer.from(forge.asn1.toDer(tbs).getBytes(), 'binary'), signerPem);
  cert.tbsCertificate = tbs;
  cert.signature = signature.toString('binary');
  return forge.pki.certificateToPem(cert);
}

const organization = { name: 'organizationName', value: 'Container Service' };

/** The CA of a cluster, and the server certificate of its endpoint for these host names and addresses. */
export async function serverCredentials(
  ca: { cert: string; key: string },
  hosts: readonly string[],
): Promise<{ serverCert: string; serverKey: string }> {
  const server = await rsaKeyPair();
  const caName = forge.pki.certificateFromPem(ca.cert).subject.attributes as Name;
  const altNames = hosts.map((host) => (/^[\d.]+$|:/.test(host) ? { type: 7, ip: host } : { type: 2, value: host }));
  const serverCert = await certificate(
    [{ name: 'commonName', value: hosts[0] ?? 'localhost' }, organization],
    caName,
    server.publicKey,
    [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
    ca.key,
  );
  return { serverCert, serverKey: server.privatePem };
}

/** A new CA for the cluster, a client certificate it signed (as Docker clients use with --tlsverify) and the endpoint's. */
export async function issueCredentials(
  cluster: { id: string; name: string },
  hosts: readonly string[],
): Promise<Credentials> {
  const [ca, client] = await Promise.all([rsaKeyPair(), rsaKeyPair()]);
  const caName = [{ name: 'commonName', value: `Container Service CA ${cluster.id}` }, organization];
  const caCert = await certificate(
    caName,
    caName,
    ca.publicKey,
    [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
    ca.privatePem,
  );
  const [clientCert, server] = await Promise.all([
    certificate(
      [{ name: 'commonName', value: `client ${cluster.name}` }, organization],
      caName,
      client.publicKey,
      [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', clientAuth: true },
      ],
      ca.privatePem,
    ),
    serverCredentials({ cert: caCert, key: ca.privatePem }, hosts),
  ]);
  return { caCert, caKey: ca.privatePem, clientCert, clientKey: client.privatePem, ...server };
}
