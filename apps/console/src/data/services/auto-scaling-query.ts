import { useMutation, useQuery } from '@tanstack/react-query';
import type { AutoScalingStatus, ReplayRequest, ReplayResult } from '@cs/contracts';
import { api } from '../api.ts';
import { serviceKeys } from './keys.ts';

/** A service's auto scaling: its policy and how many periods in a row were beyond a bound. */
export function useAutoScalingQuery({ id }: { id: string }) {
  return useQuery<AutoScalingStatus>({
    queryKey: serviceKeys.autoScaling(id),
    queryFn: ({ signal }) => api.getAutoScaling(id, signal),
    // The count moves once a minute, with no change to the service for the watch stream to report.
    refetchInterval: 30_000,
  });
}

/** The what-if replay: it changes nothing. */
export function useReplayMutation() {
  return useMutation<ReplayResult, Error, { id: string; body: ReplayRequest }>({
    mutationFn: ({ id, body }) => api.replayAutoScaling(id, body),
  });
}
