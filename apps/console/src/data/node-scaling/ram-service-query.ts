import { useQuery } from '@tanstack/react-query';
import type { RamServiceDto } from '@cs/contracts';
import { api } from '../api.ts';
import { nodeScalingKeys } from './keys.ts';

/** Whether the simulated account's RAM service is activated (it is, unless switched off on the simulation panel). */
export function getRamService(signal?: AbortSignal): Promise<RamServiceDto> {
  return api.getRamService(signal);
}

export function useRamServiceQuery() {
  return useQuery({ queryKey: nodeScalingKeys.ramService(), queryFn: ({ signal }) => getRamService(signal) });
}
