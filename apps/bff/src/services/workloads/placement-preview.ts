import type { Cluster, Container, Node, Service, ServiceDefinition } from '@cs/domain';
import {
  PlacementState,
  definitionRules,
  holdsNode,
  placeContainers,
  placedContainer,
  requestFor,
  schedulableNodesOf,
  seededRandom,
} from '@cs/simulator';
import type { ServicePlacement } from '@cs/contracts';
import type { Store } from '../../store/store.ts';

/** A service of the template to place: its name and definition. */
export interface PlannedService {
  name: string;
  definition: ServiceDefinition;
}

/**
 * The placement preview: where the scheduler would put each service's containers on the cluster
 * as it is now, or which rule makes it impossible. The same function the deploy engine places with.
 */
export class PlacementPreviewer {
  constructor(
    private readonly store: Store,
    private readonly maxNodesPerCluster: number,
  ) {}

  async preview(
    cluster: Cluster,
    application: string,
    planned: readonly PlannedService[],
    replacingApplicationId?: string,
  ): Promise<ServicePlacement[]> {
    const clusterId = cluster.metadata.id;
    const [nodes, containers, services] = await Promise.all([
      this.store.resources.listInScope<Node>('node', clusterId),
      this.store.containers.listInCluster(clusterId),
      this.store.resources.listInCluster<Service>('service', clusterId),
    ]);
    const byId = new Map(services.map((s) => [s.metadata.id, s]));
    const counted = (c: Container) => holdsNode(c) && c.spec.applicationId !== replacingApplicationId;
    const state = new PlacementState(
      schedulableNodesOf(cluster, nodes, this.maxNodesPerCluster),
      containers.filter(counted).map((c) => placedContainer(c, byId.get(c.spec.serviceId))),
    );
    const names = new Map(nodes.map((n) => [n.metadata.id, n]));
    const random = seededRandom(`preview:${clusterId}:${application}`);
    return state.tryOut(() =>
      planned.map((service) => {
        const { definition } = service;
        const rules = definitionRules(application, service.name, definition);
        const result = definition.external
          ? { ok: true as const, nodeIds: [], warnings: [] }
          : placeContainers(state, requestFor(rules, definition.scale), random);
        if (!result.ok)
          return {
            service: service.name,
            containers: 0,
            global: definition.global,
            nodes: [],
            warnings: [],
            error: result.message,
          };
        const perNode = new Map<string, number>();
        result.nodeIds.forEach((nodeId, i) => {
          perNode.set(nodeId, (perNode.get(nodeId) ?? 0) + 1);
          state.add({
            ...rules,
            id: `preview-${service.name}-${i}`,
            nodeId,
            cpuShares: rules.cpuShares ?? 0,
            memoryBytes: rules.memoryBytes ?? 0,
          });
        });
        return {
          service: service.name,
          containers: result.nodeIds.length,
          global: definition.global,
          nodes: [...perNode].map(([nodeId, count]) => {
            const node = names.get(nodeId);
            return {
              nodeId,
              nodeName: node ? `node${node.spec.index}` : nodeId,
              zone: node?.spec.zone ?? '',
              containers: count,
            };
          }),
          warnings: result.warnings,
          error: null,
        };
      }),
    );
  }
}
