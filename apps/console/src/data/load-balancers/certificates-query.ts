import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CertificateList, CertificateListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { certificateKeys } from './keys.ts';

/** The certificates of a region (the Certificates page, an HTTPS listener's Server Certificate). */
export function getCertificates(vars: CertificateListQuery, signal?: AbortSignal): Promise<CertificateList> {
  return api.listCertificates(vars, signal);
}

export function certificatesQueryOptions(vars: CertificateListQuery) {
  return queryOptions({
    queryKey: certificateKeys.list(vars),
    queryFn: ({ signal }) => getCertificates(vars, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCertificatesQuery(vars: CertificateListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...certificatesQueryOptions(vars), ...options });
}
