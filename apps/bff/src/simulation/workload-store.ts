import { REGISTRY_SCOPE } from '@cs/domain';
import type { Application, Cluster, Fault, Node, ResourceKind, Service } from '@cs/domain';
import type { AnyResource, BatchOutcome, OwnerCounts, WorkUnit, WorkloadSnapshot, WorkloadStore } from '@cs/simulator';
import type { Store } from '../store/store.ts';

/** The deploy engine's view of the store: resources, the containers table and batched writes. */
export function workloadStore(store: Store): WorkloadStore {
  return {
    async snapshot(): Promise<WorkloadSnapshot> {
      const [clusters, nodes, applications, services, faults, images] = await Promise.all([
        store.resources.listAll<Cluster>('cluster'),
        store.resources.listAll<Node>('node'),
        store.resources.listAll<Application>('application'),
        store.resources.listAll<Service>('service'),
        store.resources.listAll<Fault>('fault'),
        store.resources.listInScope<AnyResource>('image', REGISTRY_SCOPE),
      ]);
      return { clusters, nodes, applications, services, faults, images, containers: () => store.containers.scan() };
    },
    find(kind: ResourceKind, id: string): Promise<AnyResource | undefined> {
      return kind === 'container' ? store.containers.find(id) : store.resources.find(kind, id);
    },
    applyBatch(units: readonly WorkUnit[], counts?: readonly OwnerCounts[]): Promise<BatchOutcome> {
      return store.workloads.applyBatch(units, counts);
    },
  };
}
