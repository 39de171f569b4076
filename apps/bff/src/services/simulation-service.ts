import { ConflictError, InputError, REGISTRY_SCOPE } from '@cs/domain';
import type { Cluster, NewEvent, Node, RegistryImage } from '@cs/domain';
import { imageDigest, imageReference } from '@cs/simulator';
import type { Store } from '../store/store.ts';

function nodeEvent(node: Node, reason: string, message: string, level: NewEvent['level'] = 'Warning'): NewEvent {
  return { clusterId: node.spec.clusterId, resourceKind: 'node', resourceId: node.metadata.id, level, reason, message };
}

const nodeName = (node: Node) => `node${node.spec.index}`;

/**
 * The simulation panel: take nodes and zones down and up, push new image digests. Faults
 * (pull and probe failures, crashes) are the fault service's.
 */
export class SimulationService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  /** Takes a Normal node down (Offline: its Docker daemon stops answering), or brings an Offline one back. */
  async setNodeDown(nodeId: string, down: boolean): Promise<Node> {
    const node = await this.store.resources.get<Node>('node', nodeId);
    const [from, to] = down ? (['Normal', 'Offline'] as const) : (['Offline', 'Normal'] as const);
    if (node.status.phase !== from)
      throw new ConflictError(
        `Node ${nodeName(node)} is ${node.status.phase}; only a ${from} node can be ${down ? 'taken down' : 'brought up'}.`,
      );
    const message = down
      ? `Node ${nodeName(node)} (${node.spec.instanceId}) is down: its containers are lost.`
      : `Node ${nodeName(node)} (${node.spec.instanceId}) is up again.`;
    return this.store.resources.update<Node>(
      'node',
      nodeId,
      node.metadata.resourceVersion,
      (current) => ({ status: { ...current.status, phase: to, phaseSince: new Date(this.now()).toISOString() } }),
      [nodeEvent(node, down ? 'NodeDown' : 'NodeUp', message, down ? 'Warning' : 'Info')],
    );
  }

  /** A zone of a cluster goes down (every node in it Offline) or comes back. */
  async setZoneDown(clusterId: string, zone: string, down: boolean): Promise<Node[]> {
    await this.store.resources.get<Cluster>('cluster', clusterId);
    const nodes = (await this.store.resources.listInScope<Node>('node', clusterId)).filter((n) => n.spec.zone === zone);
    if (nodes.length === 0) throw new InputError([{ field: 'zone', message: `The cluster has no node in ${zone}.` }]);
    const from = down ? 'Normal' : 'Offline';
    const changed: Node[] = [];
    for (const node of nodes.filter((n) => n.status.phase === from))
      changed.push(await this.setNodeDown(node.metadata.id, down));
    return changed;
  }

  /** Pushes a new digest for an image tag: containers pulled after it (Redeploy) show the new sha256. */
  async pushImage(image: string): Promise<RegistryImage> {
    const reference = imageReference(image);
    const existing = await this.store.resources.find<RegistryImage>('image', reference);
    const at = new Date(this.now()).toISOString();
    if (!existing) {
      return this.store.resources.create<RegistryImage['spec'], RegistryImage['status']>(
        'image',
        {
          id: reference,
          name: reference,
          scope: REGISTRY_SCOPE,
          spec: { reference },
          status: {
            phase: 'Pushed',
            phaseSince: at,
            observedGeneration: 1,
            conditions: [],
            pushes: 1,
            digest: imageDigest(reference, 1),
          },
        },
        { nameTaken: `${reference} was pushed at the same moment; push again.` },
      ) as Promise<RegistryImage>;
    }
    const pushes = existing.status.pushes + 1;
    return this.store.resources.update<RegistryImage>(
      'image',
      reference,
      existing.metadata.resourceVersion,
      (current) => ({
        status: { ...current.status, phaseSince: at, pushes, digest: imageDigest(reference, pushes) },
      }),
    );
  }

  async pushedImages(): Promise<RegistryImage[]> {
    return this.store.resources.listInScope<RegistryImage>('image', REGISTRY_SCOPE);
  }
}
