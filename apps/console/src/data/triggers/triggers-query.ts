import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TriggerList } from '@cs/contracts';
import { api } from '../api.ts';
import { triggerKeys } from './keys.ts';

/** The triggers of an application, without their secrets (shown once, when created). */
export function getTriggers(applicationId: string, signal?: AbortSignal): Promise<TriggerList> {
  return api.listTriggers(applicationId, signal);
}

export function triggersQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: triggerKeys.list(applicationId),
    queryFn: ({ signal }) => getTriggers(applicationId, signal),
  });
}

export function useTriggersQuery(applicationId: string) {
  return useQuery(triggersQueryOptions(applicationId));
}
