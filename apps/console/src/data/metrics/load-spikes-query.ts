import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadSpikeDto } from '@cs/contracts';
import { api } from '../api.ts';
import { metricKeys } from './keys.ts';

/** A cluster's load spikes started from the simulation panel, current and past, the latest first. */
export async function getLoadSpikes(clusterId: string, signal?: AbortSignal): Promise<LoadSpikeDto[]> {
  return (await api.listLoadSpikes(clusterId, signal)).items;
}

export function loadSpikesQueryOptions(clusterId: string) {
  return queryOptions({
    queryKey: metricKeys.clusterLoadSpikes(clusterId),
    queryFn: ({ signal }) => getLoadSpikes(clusterId, signal),
  });
}

export function useLoadSpikesQuery(clusterId: string) {
  return useQuery(loadSpikesQueryOptions(clusterId));
}
