import { z } from 'zod';
import { BATCH_CONTAINER_PHASES, JOB_PHASES, TASK_PHASES } from '@cs/domain';

/** A batch application's run as its status keeps it (the application list shows its phase). */
export const JobRunStatusSchema = z.object({
  phase: z.enum(JOB_PHASES),
  run: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  tasks: z.record(z.string(), z.enum(TASK_PHASES)),
});
export type JobRunStatusDto = z.infer<typeof JobRunStatusSchema>;

/** One execution of a container: an entry of its operation history. */
export const ContainerAttemptSchema = z.object({
  attempt: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string(),
  exitCode: z.number().int().nullable(),
});
export type ContainerAttemptDto = z.infer<typeof ContainerAttemptSchema>;

export const JobContainerSchema = z.object({
  name: z.string(),
  phase: z.enum(BATCH_CONTAINER_PHASES),
  exitCode: z.number().int().nullable(),
  /** Executions so far: 1 + the retries. */
  attempts: z.number().int(),
  /** The last executions, oldest first. */
  history: z.array(ContainerAttemptSchema),
});
export type JobContainerDto = z.infer<typeof JobContainerSchema>;

export const JobTaskSchema = z.object({
  name: z.string(),
  serviceId: z.string(),
  phase: z.enum(TASK_PHASES),
  dependsOn: z.array(z.string()),
  scale: z.number().int(),
  retryCount: z.number().int(),
  removeContainers: z.enum(['remove-finished', 'remove-failed', 'remove-all', 'remove-none']),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  reason: z.string().nullable(),
  /** At most `limit` containers from `offset`, by number; `containersTotal` counts them all. */
  containers: z.array(JobContainerSchema),
  containersTotal: z.number().int(),
});
export type JobTaskDto = z.infer<typeof JobTaskSchema>;

/** `GET /applications/:id/job`: the job's, each task's and each container's status, for O&M automation. */
export const JobStatusSchema = z.object({
  applicationId: z.string(),
  name: z.string(),
  phase: z.enum(JOB_PHASES),
  run: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  tasks: z.array(JobTaskSchema),
});
export type JobStatusDto = z.infer<typeof JobStatusSchema>;

export const MAX_JOB_CONTAINERS_PAGE = 500;

export const JobStatusQuerySchema = z.object({
  /** Containers per task, from `offset`. */
  limit: z.coerce
    .number('limit is a number.')
    .int('limit is a whole number.')
    .min(1, 'limit is at least 1.')
    .max(MAX_JOB_CONTAINERS_PAGE, `limit is at most ${MAX_JOB_CONTAINERS_PAGE}.`)
    .default(100),
  offset: z.coerce
    .number('offset is a number.')
    .int('offset is a whole number.')
    .min(0, 'offset is at least 0.')
    .max(1_000_000, 'offset is at most 1,000,000.')
    .default(0),
});
export type JobStatusQuery = Partial<z.output<typeof JobStatusQuerySchema>>;
