import { explainSchedule, nextRuns } from '@cs/compose';
import { NEXT_RUN_COUNT, SCHEDULE_TIME_ZONE } from '@cs/contracts';
import type { ApplicationSchedule, ScheduleSettings } from '@cs/contracts';
import { NotFoundError } from '@cs/domain';
import type { Application } from '@cs/domain';
import type { Store } from '../../store/store.ts';
import type { ScheduleReader } from './timing-controller.ts';
import type { TimingTaskStore } from './timing-task-store.ts';

/** A crontab's explanation and next five run times after `from`. */
export function scheduleSettings(expression: string, from: number): ScheduleSettings {
  return {
    expression,
    timeZone: SCHEDULE_TIME_ZONE,
    explanation: explainSchedule(expression),
    nextRuns: nextRuns(expression, new Date(from), NEXT_RUN_COUNT).map((d) => d.toISOString()),
  };
}

/** The API's view of a timing task: its crontab, coming runs, queue and last runs. */
export class ScheduleService {
  constructor(
    private readonly store: Store,
    private readonly tasks: TimingTaskStore,
    private readonly readSchedule: ScheduleReader,
    private readonly now: () => number,
  ) {}

  async schedule(applicationId: string): Promise<ApplicationSchedule> {
    const app = await this.store.resources.get<Application>('application', applicationId);
    const task = await this.tasks.find(applicationId);
    // Until the controller's next minute has followed a new application, its template tells.
    const expression =
      task?.spec.expression ?? (app.spec.category === 'batch' ? await this.readSchedule(applicationId) : null);
    if (expression === null) throw new NotFoundError('timing task', applicationId);
    return {
      applicationId,
      ...scheduleSettings(expression, this.now()),
      state: task?.status.current ? 'Running' : 'Waiting',
      queue: task?.status.queue ?? [],
      runs: task?.status.runs ?? [],
    };
  }
}
