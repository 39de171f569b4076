import type { Requester } from './client.ts';
import { JobStatusSchema } from './jobs.ts';
import type { JobStatusQuery } from './jobs.ts';

/** The client's method for an offline job's status. */
export function jobMethods(request: Requester) {
  return {
    /** 409 for an online application: only a batch one is a job. */
    getJobStatus: (applicationId: string, query: JobStatusQuery = {}, signal?: AbortSignal) =>
      request('GET', `/applications/${encodeURIComponent(applicationId)}/job`, {
        query,
        schema: JobStatusSchema,
        signal,
      }),
  };
}
