import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApplicationSchedule } from '@cs/contracts';
import { api } from '../api.ts';
import { applicationKeys } from '../applications/keys.ts';

/** Under the application's key: the watch stream's invalidation of applications and timing tasks keeps it live. */
export const scheduleKeys = {
  schedule: (applicationId: string) => [...applicationKeys.detail(applicationId), 'schedule'] as const,
};

export function getApplicationSchedule(applicationId: string, signal?: AbortSignal): Promise<ApplicationSchedule> {
  return api.getApplicationSchedule(applicationId, signal);
}

export function scheduleQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: scheduleKeys.schedule(applicationId),
    queryFn: ({ signal }) => getApplicationSchedule(applicationId, signal),
  });
}

export function useScheduleQuery(applicationId: string, enabled: boolean) {
  return useQuery({ ...scheduleQueryOptions(applicationId), enabled });
}
