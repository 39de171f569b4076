import type { CertificateCreateRequest, CertificateDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { certificateKeys } from './keys.ts';

export type CertificateVars = { kind: 'create'; request: CertificateCreateRequest } | { kind: 'delete'; id: string };

/** Create Certificate (PEM contents and key) or Delete (refused while a listener uses it). */
export async function changeCertificate(vars: CertificateVars): Promise<CertificateDto | undefined> {
  if (vars.kind === 'create') return api.createCertificate(vars.request);
  await api.deleteCertificate(vars.id);
  return undefined;
}

export function useCertificateMutation() {
  return useInvalidatingMutation(changeCertificate, [certificateKeys.all()]);
}
