import { ConflictError } from '@cs/domain';
import type { Container, ContainerSpec, NewEvent } from '@cs/domain';
import type { ContainerFilter } from '../../store/container-store.ts';
import type { Store } from '../../store/store.ts';

const VERBS: Record<ContainerSpec['desiredState'], string> = {
  running: 'activate',
  stopped: 'stop',
  removed: 'delete',
};

/** The container tables' Stop, Start and Delete: recorded for the deploy engine, which carries them out. */
export class ContainerOperations {
  constructor(private readonly store: Store) {}

  list(filter: ContainerFilter, page: { page: number; pageSize: number }) {
    return this.store.containers.list(filter, page);
  }

  get(id: string): Promise<Container> {
    return this.store.containers.get(id);
  }

  async setDesiredState(id: string, desired: ContainerSpec['desiredState']): Promise<Container> {
    const container = await this.get(id);
    if (container.spec.desiredState === 'removed' || container.status.phase === 'removing')
      throw new ConflictError(`Container ${container.metadata.name} is being deleted.`);
    if (desired === 'running' && container.status.phase === 'lost')
      throw new ConflictError(
        `Container ${container.metadata.name} is lost with its node; redeploy the application to create it again.`,
      );
    const event: NewEvent = {
      clusterId: container.spec.clusterId,
      resourceKind: 'container',
      resourceId: id,
      applicationId: container.spec.applicationId,
      serviceId: container.spec.serviceId,
      level: 'Info',
      reason: 'ContainerOperation',
      message: `Start to ${VERBS[desired]} container ${container.metadata.name}.`,
    };
    return this.store.containers.setDesiredState(id, desired, [event]);
  }
}
