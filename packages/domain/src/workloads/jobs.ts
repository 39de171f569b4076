/**
 * Offline jobs (`aliyun.project_type: batch`): the guide's lifecycle tables. A container's status
 * follows its exit code, a task's (a batch service's) follows its containers, a job's (a batch
 * application's) follows its tasks. A timing task (`aliyun.schedule`) waits between runs.
 */
export const BATCH_CONTAINER_PHASES = ['Running', 'Finished', 'Failed'] as const;
export type BatchContainerPhase = (typeof BATCH_CONTAINER_PHASES)[number];

/** "Waiting": a task whose `aliyun.depends` tasks have not finished yet. */
export const TASK_PHASES = ['Waiting', 'Running', 'Finished', 'Failed'] as const;
export type TaskPhase = (typeof TASK_PHASES)[number];

/** "Waiting": a timing task between runs (the guide's "wait" state). */
export const JOB_PHASES = ['Waiting', 'Running', 'Finished', 'Failed'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

/** Where one run of a job stands, kept on the batch application's status by the deploy engine. */
export interface JobRunStatus {
  phase: JobPhase;
  /** Counts the runs: the application's deployment (Redeploy, a timing task's run) starts the next. */
  run: number;
  startedAt: string | null;
  finishedAt: string | null;
  tasks: Record<string, TaskPhase>;
  /** The application generation the run was started for (Deploy, Update, Redeploy); absent before it was kept. */
  generation?: number;
  /** The services' highest deployment the run was started for: every Redeploy is a new run. */
  deployment?: number;
}

/** What a batch task's containers are asked to do (the task labels `aliyun.retry_count`, `aliyun.remove_containers`). */
export interface TaskSettings {
  /** How many times a container that exits with an error is executed again (the guide's default is 3). */
  retryCount: number;
  removeContainers: 'remove-finished' | 'remove-failed' | 'remove-all' | 'remove-none';
}

/** One execution of a batch container: an entry of its operation history. */
export interface ContainerAttempt {
  attempt: number;
  startedAt: string | null;
  finishedAt: string;
  exitCode: number | null;
}

/** The operation history keeps the last attempts of a container, not all twenty retries of every one. */
export const MAX_ATTEMPTS_KEPT = 10;

/** A batch container as the job status shows it; kept on its task, so it outlives the container's removal. */
export interface BatchContainerRecord {
  number: number;
  name: string;
  phase: BatchContainerPhase;
  exitCode: number | null;
  /** Executions so far: 1 + the retries. */
  attempts: number;
  history: ContainerAttempt[];
}

/** Where one run of a task (a batch service) stands, kept on the service's status by the deploy engine. */
export interface TaskRunStatus {
  phase: TaskPhase;
  run: number;
  /** The definition version and deployment the run is of (`3/2`): a new one starts the next run. */
  runKey: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Why the task failed (the container and its exit code), null otherwise. */
  reason: string | null;
  containers: BatchContainerRecord[];
}

/** The run key of a service's current definition and deployment. */
export function taskRunKey(spec: { definitionVersion: number; deployment: number }): string {
  return `${spec.definitionVersion}/${spec.deployment}`;
}
