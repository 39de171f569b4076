import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

const DAY_MS = 24 * 60 * 60_000;

/** A fresh RSA private key, PKCS#8 PEM. */
export function privateKeyPem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
}

/**
 * A self-signed certificate for `commonName` with its key, valid from `from` for `days` (negative
 * `from` offsets make expired ones, which the openssl CLI cannot issue).
 */
export function selfSigned(
  commonName: string,
  { fromDays = -1, days = 365, now = Date.now() }: { fromDays?: number; days?: number; now?: number } = {},
): { certificate: string; privateKey: string } {
  const privateKey = privateKeyPem();
  const key = forge.pki.privateKeyFromPem(privateKey);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(now + fromDays * DAY_MS);
  cert.validity.notAfter = new Date(now + (fromDays + days) * DAY_MS);
  const subject = [{ name: 'commonName', value: commonName }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([{ name: 'subjectAltName', altNames: [{ type: 2, value: commonName }] }]);
  cert.sign(key, forge.md.sha256.create());
  return { certificate: forge.pki.certificateToPem(cert), privateKey };
}
