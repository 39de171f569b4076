import type { JobStatusQuery } from '@cs/contracts';
import { applicationKeys } from '../applications/keys.ts';

/** Under the application's key, so the watch stream's invalidation of applications keeps a job's status live. */
export const jobKeys = {
  status: (applicationId: string, query: JobStatusQuery) =>
    [...applicationKeys.detail(applicationId), 'job', query] as const,
};
