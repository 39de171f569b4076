import { ApplicationVersionStore } from './application-version-store.ts';
import { ContainerStore } from './container-store.ts';
import type { Database } from './database.ts';
import { ClusterPortStore } from './cluster-port-store.ts';
import { DockerObjectStore } from './docker-object-store.ts';
import { EventStore } from './event-store.ts';
import { LeaseStore } from './lease-store.ts';
import { OperationLogStore } from './operation-log-store.ts';
import { ResourceStore } from './resource-store.ts';
import { ScalingCounterStore } from './scaling-counter-store.ts';
import { ServiceWeightStore } from './service-weight-store.ts';
import { SessionStore } from './session-store.ts';
import { UserStore } from './user-store.ts';
import { WorkloadWriter } from './workload-writer.ts';

/** Every store of the BFF over one database. */
export interface Store {
  database: Database;
  resources: ResourceStore;
  events: EventStore;
  users: UserStore;
  sessions: SessionStore;
  leases: LeaseStore;
  containers: ContainerStore;
  applicationVersions: ApplicationVersionStore;
  /** The deploy engine's batched writes. */
  workloads: WorkloadWriter;
  dockerEndpoints: ClusterPortStore;
  /** The port of each cluster's Server Load Balancer listener on this machine. */
  slbEndpoints: ClusterPortStore;
  serviceWeights: ServiceWeightStore;
  /** Consecutive periods beyond the auto scaling bounds, per service and cluster. */
  scalingCounters: ScalingCounterStore;
  docker: DockerObjectStore;
  operationLogs: OperationLogStore;
}

export function createStore(database: Database, now: () => number, onCommit: () => void = () => {}): Store {
  const resources = new ResourceStore(database, now, onCommit);
  return {
    database,
    resources,
    containers: new ContainerStore(database, now, onCommit),
    applicationVersions: new ApplicationVersionStore(database.db),
    workloads: new WorkloadWriter(database, resources, now, onCommit),
    events: new EventStore(database.db),
    users: new UserStore(database.db),
    sessions: new SessionStore(database.db),
    leases: new LeaseStore(database.db),
    dockerEndpoints: new ClusterPortStore(database.db, 'docker_endpoints'),
    slbEndpoints: new ClusterPortStore(database.db, 'slb_endpoints'),
    serviceWeights: new ServiceWeightStore(database.db),
    scalingCounters: new ScalingCounterStore(database.db),
    docker: new DockerObjectStore(database.db),
    operationLogs: new OperationLogStore(database, now, onCommit),
  };
}
