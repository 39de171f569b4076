import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FaultDto } from '@cs/contracts';
import { api } from '../api.ts';
import { simulationKeys } from './keys.ts';

/** The armed faults: each fails the next `count` runs of its step, then is gone. */
export async function getFaults(signal?: AbortSignal): Promise<FaultDto[]> {
  return (await api.listFaults(signal)).items;
}

export function faultsQueryOptions() {
  return queryOptions({ queryKey: simulationKeys.faults(), queryFn: ({ signal }) => getFaults(signal) });
}

export function useFaultsQuery() {
  return useQuery(faultsQueryOptions());
}
