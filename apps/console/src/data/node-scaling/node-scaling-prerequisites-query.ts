import { useQuery } from '@tanstack/react-query';
import type { NodeScalingPrerequisitesDto } from '@cs/contracts';
import { api } from '../api.ts';
import { nodeScalingKeys } from './keys.ts';

/** Which of the guide's prerequisites (Agent, acsmonitoring, RAM authorization) the cluster meets. */
export function getNodeScalingPrerequisites(
  vars: { clusterId: string },
  signal?: AbortSignal,
): Promise<NodeScalingPrerequisitesDto> {
  return api.getNodeScalingPrerequisites(vars.clusterId, signal);
}

export function useNodeScalingPrerequisitesQuery({ clusterId }: { clusterId: string }) {
  return useQuery({
    queryKey: nodeScalingKeys.prerequisites(clusterId),
    queryFn: ({ signal }) => getNodeScalingPrerequisites({ clusterId }, signal),
  });
}
