import type { Application } from '@cs/domain';
import type { Clock } from '@cs/simulator';
import type { TemplateAnalyzer } from '../../analysis/analysis-pool.ts';
import type { Logger } from '../../logging/logger.ts';
import type { Store } from '../../store/store.ts';
import type { ApplicationService } from '../workloads/application-service.ts';
import { ScheduleService } from './schedule-service.ts';
import { TimingController } from './timing-controller.ts';
import { TimingTaskStore } from './timing-task-store.ts';

/** Timing tasks: the controller that starts their runs and the API's view of their schedules. */
export function createTimingServices(deps: {
  store: Store;
  analyzer: TemplateAnalyzer;
  applications: ApplicationService;
  clock: Clock;
  logger: Logger;
  leading: () => boolean;
}) {
  const tasks = new TimingTaskStore(deps.store);
  const readSchedule = async (applicationId: string) => {
    const app = await deps.store.resources.find<Application>('application', applicationId);
    if (!app) return null;
    const analysis = await deps.analyzer.analyze(app.spec.template, app.spec.variables);
    return analysis.job.schedule?.expression ?? null;
  };
  const controller = new TimingController(
    tasks,
    // A run of a job is a Redeploy of its batch application.
    { startRun: async (id) => void (await deps.applications.operate(id, 'redeploy')) },
    readSchedule,
    { clock: deps.clock, logger: deps.logger, leading: deps.leading },
  );
  return { controller, schedules: new ScheduleService(deps.store, tasks, readSchedule, () => deps.clock.now()) };
}

export type TimingServices = ReturnType<typeof createTimingServices>;
