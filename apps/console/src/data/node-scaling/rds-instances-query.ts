import { useQuery } from '@tanstack/react-query';
import type { RdsInstanceDto } from '@cs/contracts';
import { api } from '../api.ts';
import { nodeScalingKeys } from './keys.ts';

/** The account's RDS instances of a region, with the IPs node auto scaling put on their white lists. */
export async function getRdsInstances(vars: { region: string }, signal?: AbortSignal): Promise<RdsInstanceDto[]> {
  return (await api.listRdsInstances(vars.region, signal)).items;
}

export function useRdsInstancesQuery({ region }: { region: string }) {
  return useQuery({
    queryKey: nodeScalingKeys.rdsInstances(region),
    queryFn: ({ signal }) => getRdsInstances({ region }, signal),
  });
}
