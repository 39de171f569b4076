import { ConflictError, InputError, NotFoundError } from '@cs/domain';
import type { Cluster, NewEvent, Node } from '@cs/domain';
import type { NodeDto } from '@cs/contracts';
import { instanceCapacity } from '@cs/simulator';
import type { Store } from '../store/store.ts';
import { assertActionAllowed } from './cluster-service.ts';

function toNodeDto(node: Node, containerCount: number): NodeDto {
  return { ...node, status: { ...node.status, containerCount, ...instanceCapacity(node.spec.instanceType) } };
}

function nodeEvent(node: Node, reason: string, message: string): NewEvent {
  return {
    clusterId: node.spec.clusterId,
    resourceKind: 'node',
    resourceId: node.metadata.id,
    level: 'Info',
    reason,
    message,
  };
}

/** The Nodes page and the User Tags of a cluster: list, remove, reset, tag. */
export class NodeService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  /**
   * A page of the cluster's nodes, paged in SQL in the order they joined; within the page by index
   * (one page, up to 100 nodes, is exactly the index order).
   */
  async list(clusterId: string, page = { page: 1, pageSize: 100 }): Promise<{ items: NodeDto[]; total: number }> {
    await this.store.resources.get<Cluster>('cluster', clusterId);
    const { items: nodes, total } = await this.store.resources.list<Node>('node', {
      scope: clusterId,
      ...page,
      oldestFirst: true,
    });
    const perNode = await this.store.containers.countsByNode(nodes.map((n) => n.metadata.id));
    const items = nodes
      .sort((a, b) => a.spec.index - b.spec.index)
      .map((n) => toNodeDto(n, perNode.get(n.metadata.id) ?? 0));
    return { items, total };
  }

  async get(clusterId: string, nodeId: string): Promise<NodeDto> {
    const { node } = await this.nodeOf(clusterId, nodeId);
    const perNode = await this.store.containers.countsByNode([nodeId]);
    return toNodeDto(node, perNode.get(nodeId) ?? 0);
  }

  private async nodeOf(clusterId: string, nodeId: string): Promise<{ cluster: Cluster; node: Node }> {
    const cluster = await this.store.resources.get<Cluster>('cluster', clusterId);
    const node = await this.store.resources.find<Node>('node', nodeId);
    if (!node || node.spec.clusterId !== clusterId) throw new NotFoundError('node', nodeId);
    return { cluster, node };
  }

  private async startOperation(
    clusterId: string,
    nodeId: string,
    kind: 'remove' | 'reset',
    migrateContainers: boolean,
  ): Promise<NodeDto> {
    const { cluster, node } = await this.nodeOf(clusterId, nodeId);
    assertActionAllowed(cluster, 'manage-nodes');
    if (node.spec.operation)
      throw new ConflictError(`Node ${node.metadata.name} is busy: ${node.spec.operation.kind} is in progress.`);
    if (
      kind === 'reset' &&
      node.status.phase !== 'Normal' &&
      node.status.phase !== 'Failed' &&
      node.status.phase !== 'Offline'
    ) {
      throw new ConflictError(
        `Node ${node.metadata.name} is ${node.status.phase}; only a Normal, Offline or Failed node can be reset.`,
      );
    }
    const verb = kind === 'remove' ? 'remove' : 'reset';
    const migration = migrateContainers ? ', migrating its containers' : '';
    const at = new Date(this.now()).toISOString();
    const nodeUpdate = {
      kind: 'node' as const,
      id: nodeId,
      expectedVersion: node.metadata.resourceVersion,
      spec: { ...node.spec, operation: { kind, migrateContainers } },
      status: {
        ...node.status,
        phase: kind === 'remove' ? ('Removing' as const) : ('Resetting' as const),
        phaseSince: at,
        reason: null,
        conditions: [],
      },
    };
    // A removal changes the number of nodes: the cluster shows Scaling, written with the node so
    // neither lands without the other; the simulator rests it again when the removal ends.
    const clusterUpdate = {
      kind: 'cluster' as const,
      id: clusterId,
      expectedVersion: cluster.metadata.resourceVersion,
      status: { ...cluster.status, phase: 'Scaling' as const, phaseSince: at },
    };
    await this.store.resources.applyChanges({
      updates: kind === 'remove' ? [nodeUpdate, clusterUpdate] : [nodeUpdate],
      events: [
        nodeEvent(
          node,
          kind === 'remove' ? 'NodeRemoving' : 'NodeResetting',
          `Start to ${verb} node ${node.metadata.name}${migration}.`,
        ),
      ],
    });
    return toNodeDto(await this.store.resources.get<Node>('node', nodeId), 0);
  }

  remove(clusterId: string, nodeId: string, migrateContainers: boolean): Promise<NodeDto> {
    return this.startOperation(clusterId, nodeId, 'remove', migrateContainers);
  }

  /** The logon password is checked by the contract and used for the new system disk, never stored. */
  reset(clusterId: string, nodeId: string, migrateContainers: boolean): Promise<NodeDto> {
    return this.startOperation(clusterId, nodeId, 'reset', migrateContainers);
  }

  /** Adds `key:value` to every selected node (replacing the key's old value), all or none. */
  async addTag(
    clusterId: string,
    nodeIds: string[],
    tag: { key: string; value: string },
  ): Promise<{ items: NodeDto[]; total: number }> {
    return this.retag(
      clusterId,
      nodeIds,
      (tags) => ({ ...tags, [tag.key]: tag.value }),
      `Add user tag ${tag.key}:${tag.value}`,
    );
  }

  async deleteTag(clusterId: string, nodeIds: string[], key: string): Promise<{ items: NodeDto[]; total: number }> {
    return this.retag(clusterId, nodeIds, ({ [key]: _removed, ...rest }) => rest, `Delete user tag ${key}`);
  }

  private async retag(
    clusterId: string,
    nodeIds: string[],
    change: (tags: Record<string, string>) => Record<string, string>,
    what: string,
  ) {
    await this.store.resources.get<Cluster>('cluster', clusterId);
    const nodes = await this.store.resources.listInScope<Node>('node', clusterId);
    const missing = nodeIds.filter((id) => !nodes.some((n) => n.metadata.id === id));
    if (missing.length > 0) {
      throw new InputError(missing.map((id) => ({ field: 'nodeIds', message: `Node ${id} is not in this cluster.` })));
    }
    const chosen = nodes.filter((n) => nodeIds.includes(n.metadata.id));
    await this.store.resources.applyChanges({
      updates: chosen.map((n) => ({
        kind: 'node',
        id: n.metadata.id,
        expectedVersion: n.metadata.resourceVersion,
        spec: { ...n.spec, tags: change(n.spec.tags) },
      })),
      events: [
        {
          clusterId,
          resourceKind: 'cluster',
          resourceId: clusterId,
          level: 'Info',
          reason: 'UserTagsChanged',
          message: `${what} on ${chosen.map((n) => n.metadata.name).join(', ')} completed.`,
        },
      ],
    });
    return this.list(clusterId);
  }
}
