import type { Resource, ResourceStatus } from '../resource.ts';

export type CertificateType = 'server' | 'ca';

export interface CertificateSpec {
  region: string;
  type: CertificateType;
  /** SHA-1 of the DER, colon-separated hex, as the Certificates list shows it. */
  fingerprint: string;
  commonName: string;
  subjectAltNames: string[];
  validFrom: string;
  validTo: string;
  /** The certificate's PEM text: public, returned with the certificate. */
  certificatePem: string;
  /** The private key's PEM text (server certificates): stored, never returned. */
  privateKeyPem: string | null;
}

export type Certificate = Resource<CertificateSpec, ResourceStatus<'Normal'>>;

export const CERTIFICATE_MESSAGES = {
  unreadable: 'The certificate contents are not a PEM-encoded X.509 certificate.',
  keyUnreadable: 'The private key is not a PEM-encoded private key.',
  keyRequired: 'A Server Certificate needs its private key.',
  keyForCa: 'A CA Certificate has no private key: leave Private Key empty.',
  keyMismatch: 'The private key does not match the certificate.',
} as const;

/** Why a certificate valid until `validTo` cannot be uploaded at `now`, or undefined when it can. */
export function certificateExpiryProblem(validTo: string, now: number): string | undefined {
  const end = Date.parse(validTo);
  if (Number.isNaN(end)) return CERTIFICATE_MESSAGES.unreadable;
  if (end <= now) return `The certificate expired on ${new Date(end).toISOString()}; upload one that is still valid.`;
  return undefined;
}
