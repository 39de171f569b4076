import { createHash } from 'node:crypto';
import {
  ConflictError,
  InputError,
  LATEST_AGENT_VERSION,
  LATEST_DOCKER_VERSION,
  OPERATION_CONDITIONS,
  OPERATION_PHASE,
  SYSTEM_SERVICE_VERSIONS,
  attachProblem,
  findRegion,
  findVpc,
  loadBalancerBindProblem,
  manualAttachProblem,
  nodeRoomProblem,
} from '@cs/domain';
import type {
  Cluster,
  ClusterAction,
  ClusterOperation,
  Instance,
  LoadBalancer,
  Node,
  Quotas,
  SystemService,
} from '@cs/domain';
import type { AttachCommand, ClusterDto } from '@cs/contracts';
import { attachCommand } from '../attach/attach-script.ts';
import { newAttachToken } from '../attach/attach-token.ts';
import type { Store } from '../store/store.ts';
import { assertActionAllowed, clusterEvent } from './cluster-service.ts';
import type { ClusterService } from './cluster-service.ts';

const TOKEN_TTL_MS = 60 * 60_000;
const ACTION_OF: Record<ClusterOperation['kind'], ClusterAction> = {
  expand: 'expand',
  attach: 'attach',
  'upgrade-agent': 'upgrade',
  'upgrade-docker': 'upgrade',
  'upgrade-system-services': 'upgrade',
  'clear-disk': 'clear-disk',
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type AttachOperation = Extract<ClusterOperation, { kind: 'attach' }>;
export type AttachTokenLookup =
  { state: 'unknown' | 'expired' } | { state: 'valid'; cluster: Cluster; operation: AttachOperation };

/** Why new nodes of the cluster cannot go to `zone` (Expand, node auto scaling), or undefined. */
export function expansionZoneProblem(cluster: Cluster, zone: string): string | undefined {
  const region = findRegion(cluster.spec.region);
  if (!region?.zones.includes(zone)) return `Select a zone of ${region?.name ?? cluster.spec.region}.`;
  const vpc = cluster.spec.vpc && findVpc(cluster.spec.vpc.vpcId);
  if (vpc && !vpc.vswitches.some((v) => v.zone === zone))
    return `VPC ${vpc.id} has no VSwitch in ${zone}; pick a zone it has a VSwitch in.`;
  return undefined;
}

/** Expand, Add Existing Instances, the upgrades and Clear Disk: each recorded for the simulator to carry out. */
export class ClusterOperations {
  constructor(
    private readonly store: Store,
    private readonly clusters: ClusterService,
    private readonly now: () => number,
    private readonly quotas: Quotas,
  ) {}

  private async nodesOf(cluster: Cluster): Promise<Node[]> {
    return this.store.resources.listInScope<Node>('node', cluster.metadata.id);
  }

  /** Puts the operation in the spec, clears its old step conditions and enters its phase. */
  private async start(cluster: Cluster, operation: ClusterOperation, message: string): Promise<ClusterDto> {
    assertActionAllowed(cluster, ACTION_OF[operation.kind]);
    const steps = OPERATION_CONDITIONS[operation.kind];
    const updated = await this.store.resources.update<Cluster>(
      'cluster',
      cluster.metadata.id,
      cluster.metadata.resourceVersion,
      (current) => ({
        spec: { ...current.spec, operation },
        status: {
          ...current.status,
          phase: OPERATION_PHASE[operation.kind] ?? current.status.phase,
          phaseSince: new Date(this.now()).toISOString(),
          reason: null,
          conditions: current.status.conditions.filter((c) => !steps.includes(c.type)),
        },
      }),
      [clusterEvent(cluster.metadata.id, 'OperationStarted', message)],
    );
    return this.clusters.view(updated);
  }

  /** Refuses, naming `field` and the quota, more nodes than the cluster has room for under QUOTA_NODES_PER_CLUSTER. */
  private async assertRoomFor(cluster: Cluster, count: number, field: string): Promise<void> {
    const problem = nodeRoomProblem((await this.nodesOf(cluster)).length, count, this.quotas.nodesPerCluster);
    if (problem) throw new InputError([{ field, message: problem }]);
  }

  /** The bound Server Load Balancer must be a stored instance of the cluster's region. */
  private async assertLoadBalancerIn(cluster: Cluster, slbId: string): Promise<void> {
    const found = await this.store.resources.find<LoadBalancer>('load-balancer', slbId);
    const problem = loadBalancerBindProblem(slbId, cluster.spec.region, found);
    if (problem) throw new InputError([{ field: 'slbId', message: problem }]);
  }

  /** `autoScaled`: node auto scaling's expansion, whose nodes node contraction may remove. */
  async expand(
    id: string,
    request: { quantity: number; zone: string; instanceType: string; operatingSystem: Node['spec']['operatingSystem'] },
    autoScaled = false,
  ): Promise<ClusterDto> {
    const cluster = await this.clusters.get(id);
    const zoneProblem = expansionZoneProblem(cluster, request.zone);
    if (zoneProblem) throw new InputError([{ field: 'zone', message: zoneProblem }]);
    await this.assertRoomFor(cluster, request.quantity, 'quantity');
    const { quantity, zone, instanceType, operatingSystem } = request;
    return this.start(
      cluster,
      { kind: 'expand', quantity, zone, instanceType, operatingSystem, ...(autoScaled ? { autoScaled } : {}) },
      `Start to expand cluster ${cluster.metadata.name} by ${quantity} node(s) in ${zone}${autoScaled ? ' (node auto scaling)' : ''}.`,
    );
  }

  /** The instances must be the account's, free, of the cluster's region and network, and have a public IP or EIP. */
  private async attachable(cluster: Cluster, instanceIds: string[]): Promise<Instance[]> {
    const found = await this.store.resources.listInScope<Instance>('instance', cluster.spec.region);
    const problems = instanceIds.flatMap((instanceId) => {
      const instance = found.find((i) => i.metadata.id === instanceId);
      if (!instance) return [`${instanceId} is not an ECS instance of this account in ${cluster.spec.region}.`];
      if (instance.status.clusterId) return [`${instanceId} already belongs to cluster ${instance.status.clusterId}.`];
      if (
        instance.spec.networkType !== cluster.spec.networkType ||
        instance.spec.vpcId !== (cluster.spec.vpc?.vpcId ?? null)
      ) {
        return [`${instanceId} is not in the cluster's network (${cluster.spec.vpc?.vpcId ?? 'classic network'}).`];
      }
      const problem = attachProblem(instance);
      return problem ? [problem] : [];
    });
    if (problems.length > 0) throw new InputError(problems.map((message) => ({ field: 'instanceIds', message })));
    return instanceIds.map((instanceId) => found.find((i) => i.metadata.id === instanceId)!);
  }

  async attachAutomatically(id: string, instanceIds: string[]): Promise<ClusterDto> {
    const cluster = await this.clusters.get(id);
    await this.attachable(cluster, instanceIds);
    await this.assertRoomFor(cluster, instanceIds.length, 'instanceIds');
    const operation: ClusterOperation = {
      kind: 'attach',
      mode: 'automatic',
      instanceIds,
      tokenHash: null,
      tokenExpiresAt: null,
    };
    return this.start(
      cluster,
      operation,
      `Start to add ${instanceIds.join(', ')} to cluster ${cluster.metadata.name}, resetting their image and system disk.`,
    );
  }

  /** Starts a manual attachment and answers the command to run on the instance, with its one-time token. */
  async attachManually(id: string, instanceId: string, origin: string): Promise<AttachCommand> {
    const cluster = await this.clusters.get(id);
    const [instance] = await this.attachable(cluster, [instanceId]);
    const problem = manualAttachProblem(instance!);
    if (problem) throw new InputError([{ field: 'instanceIds', message: problem }]);
    await this.assertRoomFor(cluster, 1, 'instanceIds');
    const token = newAttachToken();
    const expiresAt = new Date(this.now() + TOKEN_TTL_MS).toISOString();
    await this.start(
      cluster,
      {
        kind: 'attach',
        mode: 'manual',
        instanceIds: [instanceId],
        tokenHash: hashToken(token),
        tokenExpiresAt: expiresAt,
      },
      `Token generated to add ${instanceId} to cluster ${cluster.metadata.name} manually.`,
    );
    return {
      instanceId,
      expiresAt,
      command: attachCommand(origin, token, instanceId),
    };
  }

  async upgradeAgent(id: string, migrateContainers: boolean): Promise<ClusterDto> {
    const cluster = await this.clusters.get(id);
    if (cluster.status.agentVersion === LATEST_AGENT_VERSION)
      throw new ConflictError(`The Agent is already the latest version (${LATEST_AGENT_VERSION}).`);
    return this.start(
      cluster,
      { kind: 'upgrade-agent', migrateContainers },
      `Start to upgrade the Agent of cluster ${cluster.metadata.name} to ${LATEST_AGENT_VERSION}.`,
    );
  }

  async upgradeDocker(id: string, mode: 'direct' | 'snapshot'): Promise<ClusterDto> {
    const cluster = await this.clusters.get(id);
    if (cluster.status.dockerVersion === LATEST_DOCKER_VERSION)
      throw new ConflictError(`Docker is already the latest version (${LATEST_DOCKER_VERSION}).`);
    if (cluster.status.agentVersion !== LATEST_AGENT_VERSION) {
      throw new ConflictError(
        `Your Agent version (${cluster.status.agentVersion}) is too old: upgrade the Agent first, then Docker.`,
      );
    }
    const how = mode === 'snapshot' ? 'backing up snapshots first' : 'directly';
    return this.start(
      cluster,
      { kind: 'upgrade-docker', mode, decision: null },
      `Start to upgrade Docker of cluster ${cluster.metadata.name} to ${LATEST_DOCKER_VERSION}, ${how}.`,
    );
  }

  /** After a failed snapshot: Continue the upgrade without one, or Quit it. */
  async decideDockerUpgrade(id: string, decision: 'continue' | 'quit'): Promise<ClusterDto> {
    const cluster = await this.clusters.get(id);
    const operation = cluster.spec.operation;
    const waiting =
      operation?.kind === 'upgrade-docker' &&
      operation.decision === null &&
      cluster.status.conditions.some((c) => c.type === 'SnapshotFailed' && c.status === 'True');
    if (!waiting)
      throw new ConflictError(
        'No Docker upgrade is waiting for a decision: Continue and Quit only follow a failed snapshot.',
      );
    const updated = await this.store.resources.update<Cluster>(
      'cluster',
      id,
      cluster.metadata.resourceVersion,
      (current) => ({ spec: { ...current.spec, operation: { ...operation, decision } } }),
      [
        clusterEvent(
          id,
          'DockerUpgradeDecision',
          decision === 'continue' ? 'Continue the Docker upgrade without a snapshot.' : 'Quit the Docker upgrade.',
        ),
      ],
    );
    return this.clusters.view(updated);
  }

  async upgradeSystemServices(id: string, services: SystemService[]): Promise<ClusterDto> {
    const cluster = await this.clusters.get(id);
    const outdated = [...new Set(services)].filter(
      (s) => cluster.status.systemServices[s] !== SYSTEM_SERVICE_VERSIONS.latest,
    );
    if (outdated.length === 0)
      throw new ConflictError(
        `The selected system services are already the latest version (${SYSTEM_SERVICE_VERSIONS.latest}).`,
      );
    return this.start(
      cluster,
      { kind: 'upgrade-system-services', services: outdated },
      `Start to upgrade system service(s) ${outdated.join(', ')} of cluster ${cluster.metadata.name}.`,
    );
  }

  async clearDisk(id: string): Promise<ClusterDto> {
    const cluster = await this.clusters.get(id);
    return this.start(cluster, { kind: 'clear-disk' }, `Start to clear the disks of cluster ${cluster.metadata.name}.`);
  }

  /** Load Balancer Settings: the root domain and the bound SLB, allowed whenever the cluster is not being deleted. */
  async configure(
    id: string,
    patch: { rootDomain?: string | null; boundSlbId?: string | null },
    message: string,
  ): Promise<ClusterDto> {
    const cluster = await this.clusters.get(id);
    if (cluster.status.phase === 'Deleting' || cluster.status.phase === 'DeleteFailed') {
      throw new ConflictError(`The cluster is ${cluster.status.phase}; its settings cannot change.`);
    }
    if (patch.boundSlbId) await this.assertLoadBalancerIn(cluster, patch.boundSlbId);
    const updated = await this.store.resources.update<Cluster>(
      'cluster',
      id,
      cluster.metadata.resourceVersion,
      (current) => ({ spec: { ...current.spec, ...patch } }),
      [clusterEvent(id, 'SettingsChanged', message)],
    );
    return this.clusters.view(updated);
  }

  /** The attach operation a manual-attach token belongs to: unknown (or used: its hash is gone), expired, or valid. */
  async findAttachToken(token: string): Promise<AttachTokenLookup> {
    const tokenHash = hashToken(token);
    const clusters = await this.store.resources.listAll<Cluster>('cluster');
    const cluster = clusters.find(
      (c) => c.spec.operation?.kind === 'attach' && c.spec.operation.tokenHash === tokenHash,
    );
    const operation = cluster?.spec.operation;
    if (!cluster || operation?.kind !== 'attach') return { state: 'unknown' };
    if (operation.tokenExpiresAt && Date.parse(operation.tokenExpiresAt) < this.now()) return { state: 'expired' };
    return { state: 'valid', cluster, operation };
  }

  /** The command ran on the instance: records it, so the simulator installs Docker and the Agent. */
  async runAttachScript(
    { cluster, operation }: Extract<AttachTokenLookup, { state: 'valid' }>,
    instanceId: string,
  ): Promise<{ clusterName: string }> {
    if (!operation.instanceIds.includes(instanceId))
      throw new InputError([
        {
          field: 'instanceId',
          message: `The token was issued for ${operation.instanceIds.join(', ')}, not ${instanceId}.`,
        },
      ]);
    const at = new Date(this.now()).toISOString();
    await this.store.resources.update<Cluster>(
      'cluster',
      cluster.metadata.id,
      cluster.metadata.resourceVersion,
      (current) => ({
        // The token works once: its hash goes, the step is recorded.
        spec: { ...current.spec, operation: { ...operation, tokenHash: null } },
        status: {
          ...current.status,
          conditions: [
            ...current.status.conditions,
            {
              type: 'AttachScriptRun',
              status: 'True',
              reason: 'ScriptRun',
              message: `The attach script ran on ${instanceId}.`,
              lastTransitionTime: at,
            },
          ],
        },
      }),
      [
        clusterEvent(
          cluster.metadata.id,
          'AttachScriptRun',
          `The attach script ran on ${instanceId}; installing Docker and the Agent.`,
        ),
      ],
    );
    return { clusterName: cluster.metadata.name };
  }
}
