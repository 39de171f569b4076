import type { Container, ContainerSpec, ContainerStatus } from '@cs/domain';
import type { Insertable, Selectable } from 'kysely';
import type { ContainersTable } from './schema.ts';

/** `{application}/{service}/{number}`, the number zero-padded so lists read _2 before _10. */
export function containerSortKey(spec: Pick<ContainerSpec, 'applicationName' | 'serviceName' | 'number'>): string {
  return `${spec.applicationName}/${spec.serviceName}/${String(spec.number).padStart(6, '0')}`;
}

/** The spec as stored: `desiredState` lives in a column of its own, which only the API writes. */
function storedSpec(spec: ContainerSpec): string {
  const { desiredState: _column, ...rest } = spec;
  return JSON.stringify(rest);
}

export function toContainer(row: Selectable<ContainersTable>): Container {
  return {
    metadata: {
      id: row.id,
      name: row.name,
      generation: 1,
      resourceVersion: row.resource_version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
    spec: {
      ...(JSON.parse(row.spec) as ContainerSpec),
      desiredState: row.desired_state as ContainerSpec['desiredState'],
    },
    status: JSON.parse(row.status) as ContainerStatus,
  };
}

/** The columns a container's engine-owned state fills (everything but its id and desired state). */
export function engineColumns(spec: ContainerSpec, status: ContainerStatus) {
  return {
    node_id: spec.nodeId,
    phase: status.phase,
    health: status.health,
    spec: storedSpec(spec),
    status: JSON.stringify(status),
  };
}

export function newContainerRow(
  container: { id: string; name: string; spec: ContainerSpec; status: ContainerStatus },
  version: number,
  at: string,
): Insertable<ContainersTable> {
  return {
    id: container.id,
    cluster_id: container.spec.clusterId,
    application_id: container.spec.applicationId,
    service_id: container.spec.serviceId,
    name: container.name,
    sort_key: containerSortKey(container.spec),
    desired_state: container.spec.desiredState,
    resource_version: version,
    created_at: at,
    updated_at: at,
    ...engineColumns(container.spec, container.status),
  };
}
