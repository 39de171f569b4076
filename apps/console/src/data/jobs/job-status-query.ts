import { queryOptions, useQuery } from '@tanstack/react-query';
import type { JobStatusDto, JobStatusQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { jobKeys } from './keys.ts';

/** An offline job's status: its tasks' and a page of each task's containers, with their operation history. */
export function getJobStatus(
  vars: { applicationId: string; query?: JobStatusQuery },
  signal?: AbortSignal,
): Promise<JobStatusDto> {
  return api.getJobStatus(vars.applicationId, vars.query ?? {}, signal);
}

export function jobStatusQueryOptions({
  applicationId,
  query = {},
}: {
  applicationId: string;
  query?: JobStatusQuery;
}) {
  return queryOptions({
    queryKey: jobKeys.status(applicationId, query),
    queryFn: ({ signal }) => getJobStatus({ applicationId, query }, signal),
  });
}

export function useJobStatusQuery(vars: { applicationId: string; query?: JobStatusQuery }) {
  return useQuery(jobStatusQueryOptions(vars));
}
