import type { Located, Reporter } from '../diagnostics.ts';
import type { TemplateFormat } from '../layout.ts';
import type { LabelSet } from './parse.ts';
import { crontabProblem } from './schedule.ts';
import type { Schedule } from './schedule.ts';
import { labelInteger } from './values.ts';

export type RemoveContainers = 'remove-finished' | 'remove-failed' | 'remove-all' | 'remove-none';

/** Whether the template is an online application or an offline job (possibly a timing task). */
export interface JobSettings {
  type: 'online' | 'batch';
  schedule?: Schedule;
}

/** Per-task settings of an offline job. */
export interface TaskSettings {
  retryCount: number;
  removeContainers: RemoveContainers;
}

const REMOVE: readonly string[] = ['remove-finished', 'remove-failed', 'remove-all', 'remove-none'];
export const TASK_LABELS = ['aliyun.retry_count', 'aliyun.remove_containers'] as const;
export const JOB_LABELS = ['aliyun.project_type', 'aliyun.schedule'] as const;

/** Reads the job-level labels: `aliyun.project_type: batch` and `aliyun.schedule` (which implies batch). */
export function readJob(
  format: TemplateFormat,
  labels: LabelSet,
  block: Located | undefined,
  report: Reporter,
): JobSettings {
  if (!block) return { type: 'online' };
  if (format === 'v1') {
    report.error(
      'batch-requires-v2',
      "Offline jobs: only Docker Compose version 2 is supported. Write version: '2', the job labels under a top-level labels:, and the tasks under services:.",
      block,
    );
    return { type: 'online' };
  }
  const typeEntry = labels.get('aliyun.project_type');
  const scheduleEntry = labels.get('aliyun.schedule');
  const isBatch = typeEntry !== undefined && (typeEntry.unresolved || typeEntry.value.trim() === 'batch');
  if (typeEntry && !isBatch) {
    if (scheduleEntry)
      report.error(
        'schedule-not-batch',
        'As the timing function is only applicable to offline tasks, a template with aliyun.schedule is a batch job: set aliyun.project_type to "batch" or leave it out.',
        typeEntry.valueAt,
      );
    else
      report.warning(
        'project-type-not-batch',
        'If this label is not added or its value is not batch, the job is considered an online application.',
        typeEntry.valueAt,
      );
  }
  if (!scheduleEntry) return { type: isBatch ? 'batch' : 'online' };
  if (scheduleEntry.unresolved) return { type: 'batch' };
  const problem = crontabProblem(scheduleEntry.value);
  if (problem) {
    report.error(
      'schedule-format',
      `${problem} The format of aliyun.schedule is the same as that of crontab and uses Beijing time, e.g. "0-59/30 * * * *".`,
      scheduleEntry.valueAt,
    );
    return { type: 'batch' };
  }
  return { type: 'batch', schedule: { expression: scheduleEntry.value.trim(), timeZone: 'Asia/Shanghai' } };
}

/** Reads a task's `aliyun.retry_count` (default 3) and `aliyun.remove_containers` (default remove-finished). */
export function readTask(
  labels: LabelSet,
  job: JobSettings,
  restart: { value: string; at: Located } | undefined,
  report: Reporter,
): TaskSettings | undefined {
  const retryEntry = labels.get('aliyun.retry_count');
  const removeEntry = labels.get('aliyun.remove_containers');
  if (job.type !== 'batch') {
    for (const entry of [retryEntry, removeEntry])
      if (entry)
        report.warning(
          'batch-label-online',
          `\`${entry.key}\` only applies to offline jobs: at the job level, you must add the label aliyun.project_type: "batch".`,
          entry.keyAt,
        );
    return undefined;
  }
  if (restart && restart.value !== 'no')
    report.warning('batch-restart', 'In an offline job, any value of restart will be changed to no.', restart.at);
  const retryCount =
    labelInteger(retryEntry, report, {
      code: 'retry-count-invalid',
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      message:
        'aliyun.retry_count is the number of retries made by a container: a whole number (the default value is 3).',
    }) ?? 3;
  let removeContainers: RemoveContainers = 'remove-finished';
  if (removeEntry && !removeEntry.unresolved) {
    const value = removeEntry.value.trim();
    if (REMOVE.includes(value)) removeContainers = value as RemoveContainers;
    else
      report.error(
        'remove-containers-invalid',
        'aliyun.remove_containers is one of remove-finished (deletes the container after the operation is finished), remove-failed (deletes failed containers), remove-all (deletes all containers) and remove-none (do not delete).',
        removeEntry.valueAt,
      );
  }
  return { retryCount, removeContainers };
}
