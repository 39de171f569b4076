import { useQueries } from '@tanstack/react-query';
import type { MetricItem, MetricQuery, ServiceMetricsDto } from '@cs/contracts';
import { api } from '../api.ts';
import { metricKeys } from './keys.ts';

/** One item of every container of a service over a range, to compare the containers. */
export function getServiceMetrics(
  id: string,
  query: MetricQuery & { item: MetricItem },
  signal?: AbortSignal,
): Promise<ServiceMetricsDto> {
  return api.getServiceMetrics(id, query, signal);
}

/** The comparison of a service's containers, one query per item; refetched every `refetchInterval` ms, else once. */
export function useServiceMetricsQueries(
  id: string,
  items: readonly MetricItem[],
  query: MetricQuery,
  refetchInterval: number | false,
) {
  return useQueries({
    queries: items.map((item) => ({
      queryKey: metricKeys.service(id, { ...query, item }),
      queryFn: ({ signal }: { signal: AbortSignal }) => getServiceMetrics(id, { ...query, item }, signal),
      refetchInterval,
    })),
  });
}
