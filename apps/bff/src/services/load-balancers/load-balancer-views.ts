import type { Certificate, LoadBalancer } from '@cs/domain';
import type { CertificateDto, LoadBalancerDto } from '@cs/contracts';

export const toLoadBalancerDto = (lb: LoadBalancer): LoadBalancerDto => lb;

/** The certificate without its private key: the key is write-only. */
export function toCertificateDto(certificate: Certificate): CertificateDto {
  const { privateKeyPem, ...spec } = certificate.spec;
  return { ...certificate, spec: { ...spec, hasPrivateKey: privateKeyPem !== null } };
}
