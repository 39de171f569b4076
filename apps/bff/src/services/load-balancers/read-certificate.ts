import { X509Certificate, createPrivateKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { CERTIFICATE_MESSAGES, InputError, certificateExpiryProblem } from '@cs/domain';
import type { CertificateSpec, CertificateType } from '@cs/domain';

const PEM_CERTIFICATE = '-----BEGIN CERTIFICATE-----';

/** `CN=www.example.com` of an X.509 subject, '' when it has none. */
function commonNameOf(subject: string): string {
  const line = subject.split('\n').find((l) => l.startsWith('CN='));
  return line ? line.slice('CN='.length) : '';
}

/** `DNS:a.example.com, IP Address:1.2.3.4` → the names after each `kind:`. */
function altNamesOf(subjectAltName: string | undefined): string[] {
  if (!subjectAltName) return [];
  return subjectAltName.split(', ').map((entry) => entry.slice(entry.indexOf(':') + 1));
}

function parseKey(pem: string): KeyObject {
  try {
    return createPrivateKey(pem);
  } catch {
    throw new InputError([{ field: 'privateKey', message: CERTIFICATE_MESSAGES.keyUnreadable }]);
  }
}

/**
 * Checks an uploaded certificate with Node's own X.509 parser: it must parse, be valid at `now`
 * and, for a server certificate, come with its matching private key; a CA certificate has none.
 */
export function readCertificate(
  upload: { type: CertificateType; region: string; certificate: string; privateKey: string | null },
  now: number,
): CertificateSpec {
  let cert: X509Certificate;
  try {
    if (!upload.certificate.startsWith(PEM_CERTIFICATE)) throw new Error('not PEM');
    cert = new X509Certificate(upload.certificate);
  } catch {
    throw new InputError([{ field: 'certificate', message: CERTIFICATE_MESSAGES.unreadable }]);
  }
  const validTo = new Date(Date.parse(cert.validTo)).toISOString();
  const expired = certificateExpiryProblem(validTo, now);
  if (expired) throw new InputError([{ field: 'certificate', message: expired }]);
  if (upload.type === 'ca' && upload.privateKey)
    throw new InputError([{ field: 'privateKey', message: CERTIFICATE_MESSAGES.keyForCa }]);
  if (upload.type === 'server') {
    if (!upload.privateKey) throw new InputError([{ field: 'privateKey', message: CERTIFICATE_MESSAGES.keyRequired }]);
    if (!cert.checkPrivateKey(parseKey(upload.privateKey)))
      throw new InputError([{ field: 'privateKey', message: CERTIFICATE_MESSAGES.keyMismatch }]);
  }
  return {
    region: upload.region,
    type: upload.type,
    fingerprint: cert.fingerprint,
    commonName: commonNameOf(cert.subject),
    subjectAltNames: altNamesOf(cert.subjectAltName),
    validFrom: new Date(Date.parse(cert.validFrom)).toISOString(),
    validTo,
    certificatePem: cert.toString(),
    privateKeyPem: upload.type === 'server' ? upload.privateKey : null,
  };
}
