import { ConflictError, NotFoundError } from '@cs/domain';
import type { Container, Service } from '@cs/domain';
import { STOPPED_REASON } from '@cs/simulator';
import type { DockerDeps } from '../docker-deps.ts';
import { DockerError } from '../api/docker-errors.ts';
import { waitFor } from '../wait.ts';
import { findContainer } from './container-lookup.ts';

/** 204 when the daemon acted, 304 when there was nothing to do (Docker's answers to start and stop). */
export type ActionResult = 204 | 304;

const STOPPED: readonly Container['status']['phase'][] = ['exited', 'failed', 'lost'];
const RUNNING: readonly Container['status']['phase'][] = ['running', 'restarting'];

/**
 * `docker start|stop|restart|rm` through the container tables' own Stop, Start and Delete
 * (same validation, events and records), answered once the simulated cloud has carried them out
 * or the wait budget is spent (the operation goes on; `docker ps` shows where it stands).
 */
export class ContainerActions {
  constructor(
    private readonly deps: DockerDeps,
    private readonly clusterId: string,
  ) {}

  private find(reference: string) {
    return findContainer(this.deps.store, this.clusterId, reference);
  }

  private settle(id: string, done: (c: Container | undefined) => boolean) {
    return waitFor(() => this.deps.store.containers.find(id), done, this.deps.waitBudgetMs);
  }

  async start(reference: string): Promise<ActionResult> {
    const container = await this.find(reference);
    if (container.status.phase === 'running') return 304;
    const service = await this.deps.store.resources.find<Service>('service', container.spec.serviceId);
    if (service?.spec.desiredState === 'stopped')
      throw new DockerError(
        409,
        `Service ${container.spec.applicationName}_${container.spec.serviceName} is stopped: start the service (Start in the console) to start its containers.`,
      );
    if (container.status.phase === 'failed')
      throw new DockerError(
        409,
        `Container ${container.metadata.name} failed: ${container.status.reason ?? 'it could not be created'}. Redeploy the application to create it again.`,
      );
    if (container.status.phase === 'exited' && container.status.reason !== STOPPED_REASON)
      throw new DockerError(
        409,
        `Container ${container.metadata.name} exited with code ${container.status.exitCode ?? 0}${container.status.reason ? `: ${container.status.reason}` : ''}. Restart its service or redeploy the application to run it again.`,
      );
    // A container on its way up (docker-compose starts what it just created) needs no second request.
    if (
      container.spec.desiredState !== 'running' ||
      !['pulling', 'created', 'restarting'].includes(container.status.phase)
    )
      await this.deps.workloads.containers.setDesiredState(container.metadata.id, 'running');
    await this.settle(container.metadata.id, (c) => !c || c.status.phase === 'running' || c.status.phase === 'failed');
    return 204;
  }

  async stop(reference: string): Promise<ActionResult> {
    const container = await this.find(reference);
    const { phase } = container.status;
    const starting = (phase === 'created' || phase === 'pulling') && container.spec.desiredState === 'running';
    if (!RUNNING.includes(phase) && !starting) return 304;
    await this.deps.workloads.containers.setDesiredState(container.metadata.id, 'stopped');
    await this.settle(container.metadata.id, (c) => !c || STOPPED.includes(c.status.phase));
    return 204;
  }

  async restart(reference: string): Promise<void> {
    await this.stop(reference);
    await this.start(reference);
  }

  /** `docker rm`: a running container only with force, as Docker refuses it otherwise. */
  async remove(reference: string, force: boolean): Promise<void> {
    const container = await this.find(reference);
    if (container.status.phase === 'removing' || container.spec.desiredState === 'removed')
      throw new DockerError(409, `removal of container ${reference} is already in progress`);
    if (!force && RUNNING.includes(container.status.phase))
      throw new DockerError(
        409,
        `You cannot remove a running container ${container.metadata.id}. Stop the container before attempting removal or force remove`,
      );
    await this.deps.workloads.containers.setDesiredState(container.metadata.id, 'removed');
    await this.settle(container.metadata.id, (c) => !c);
    await this.deleteEmptiedProject(container.spec.applicationId);
  }

  /** An application docker-compose made goes when its last container does (`docker-compose down`). */
  private async deleteEmptiedProject(applicationId: string): Promise<void> {
    const { store, workloads } = this.deps;
    if (!(await store.docker.isProject(applicationId))) return;
    const left = await store.containers.list({ applicationId }, { page: 1, pageSize: 1 });
    if (left.total > 0) return;
    await workloads.applications.operate(applicationId, 'delete').catch((error: unknown) => {
      // Deleted by someone else meanwhile, or already being deleted: either way it goes.
      if (!(error instanceof ConflictError) && !(error instanceof NotFoundError)) throw error;
    });
  }
}
