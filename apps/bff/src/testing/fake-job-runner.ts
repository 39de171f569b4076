import { ConflictError } from '@cs/domain';
import type { Application, JobRunStatus } from '@cs/domain';
import type { Clock } from '@cs/simulator';
import type { JobRunner } from '../services/timing/job-runner.ts';
import type { Store } from '../store/store.ts';

export function jobStatus(run: number, phase: JobRunStatus['phase'], at: number): JobRunStatus {
  const iso = new Date(at).toISOString();
  return { phase, run, startedAt: iso, finishedAt: phase === 'Running' ? null : iso, tasks: {} };
}

/** A stand-in deploy engine for timing tasks: a started run is Running until `end` says how it ended. */
export class FakeJobRunner implements JobRunner {
  started: string[] = [];
  /** While true, starting a run is refused as the API refuses it during another operation. */
  busy = false;

  constructor(
    private readonly store: () => Store,
    private readonly clock: Clock,
  ) {}

  async startRun(id: string): Promise<void> {
    if (this.busy) throw new ConflictError('Application is Updating.');
    this.started.push(id);
    const app = await this.store().resources.get<Application>('application', id);
    await this.setJob(app, jobStatus((app.status.job?.run ?? 0) + 1, 'Running', this.clock.now()));
  }

  async end(id: string, phase: 'Finished' | 'Failed'): Promise<void> {
    const app = await this.store().resources.get<Application>('application', id);
    await this.setJob(app, jobStatus(app.status.job!.run, phase, this.clock.now()));
  }

  private async setJob(app: Application, next: JobRunStatus): Promise<void> {
    await this.store().resources.update<Application>(
      'application',
      app.metadata.id,
      app.metadata.resourceVersion,
      (a) => ({
        status: { ...a.status, job: next },
      }),
    );
  }
}

/** A batch application row as the deploy engine leaves it after its first run, without a template to read. */
export async function addBatchApplication(store: Store, clusterId: string, id: string, now: number): Promise<void> {
  const at = new Date(now).toISOString();
  await store.resources.create(
    'application',
    {
      id,
      name: id,
      scope: clusterId,
      clusterId,
      category: 'batch',
      spec: { clusterId, template: '', variables: {}, category: 'batch', operation: { kind: 'deploy' } },
      status: {
        phase: 'Ready',
        phaseSince: at,
        observedGeneration: 1,
        conditions: [],
        reason: null,
        job: jobStatus(1, 'Finished', now),
      },
    },
    { nameTaken: `An application named ${id} already exists.` },
  );
}
