import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RegistryImageDto } from '@cs/contracts';
import { api } from '../api.ts';
import { simulationKeys } from './keys.ts';

/** The image tags given a new digest on the simulated registry, with their current digest. */
export async function getPushedImages(signal?: AbortSignal): Promise<RegistryImageDto[]> {
  return (await api.listPushedImages(signal)).items;
}

export function pushedImagesQueryOptions() {
  return queryOptions({ queryKey: simulationKeys.images(), queryFn: ({ signal }) => getPushedImages(signal) });
}

export function usePushedImagesQuery() {
  return useQuery(pushedImagesQueryOptions());
}
