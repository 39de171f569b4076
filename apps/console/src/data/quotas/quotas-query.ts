import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import { DEFAULT_QUOTAS } from '@cs/domain';
import type { Quotas } from '@cs/domain';
import { api } from '../api.ts';
import { quotaKeys } from './keys.ts';

/** How many clusters the account may create and nodes each may hold (QUOTA_CLUSTERS, QUOTA_NODES_PER_CLUSTER). */
export function getQuotas(signal?: AbortSignal): Promise<Quotas> {
  return api.getQuotas(signal);
}

export function quotasQueryOptions() {
  return queryOptions({
    queryKey: quotaKeys.all(),
    queryFn: ({ signal }) => getQuotas(signal),
    // The BFF reads its quotas once, at start-up.
    staleTime: Infinity,
  });
}

type QuotasQueryOptions = Omit<
  UseQueryOptions<Quotas, Error, Quotas, ReturnType<typeof quotaKeys.all>>,
  'queryKey' | 'queryFn'
>;

export function useQuotasQuery(options: QuotasQueryOptions = {}) {
  return useQuery({ ...quotasQueryOptions(), ...options });
}

/** The quotas to say and check against: the BFF's, or the guide's while they load. */
export function useQuotas(): Quotas {
  return useQuotasQuery().data ?? DEFAULT_QUOTAS;
}
