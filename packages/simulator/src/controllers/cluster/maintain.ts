import { LATEST_AGENT_VERSION, LATEST_DOCKER_VERSION, SYSTEM_SERVICE_VERSIONS } from '@cs/domain';
import type { Cluster, ClusterOperation, Node } from '@cs/domain';
import { hasCondition, withCondition } from '../../conditions.ts';
import type { Procedure } from '../../procedure.ts';
import { randomInt } from '../../random.ts';
import { updateOf } from '../../transition.ts';
import type { Transition, TransitionContext, TransitionResult } from '../../transition.ts';
import { clusterEvent, completeOperation, endOperation, nodesOf, operationIs, operationProcedure } from './shared.ts';

type UpgradeDocker = Extract<ClusterOperation, { kind: 'upgrade-docker' }>;
type UpgradeServices = Extract<ClusterOperation, { kind: 'upgrade-system-services' }>;
const dockerUpgradeOf = (c: Cluster) => c.spec.operation as UpgradeDocker;

/** Sets a field on every node of the cluster, each at the version it was read. */
function updateNodes(
  context: TransitionContext,
  change: (node: Node) => Node['status'],
): TransitionResult<Cluster>['updates'] {
  return nodesOf(context.related).map((n) => updateOf('node', n, { status: change(n) }));
}

export const upgradeAgentProcedure: Procedure<Cluster> = operationProcedure(
  'upgrade-agent',
  'upgrade-agent',
  [
    {
      condition: 'AgentUpgraded',
      delayMs: 30_000,
      jitterMs: 15_000,
      complete: (c, context) => ({
        message: `Upgrade Agent from ${c.status.agentVersion} to ${LATEST_AGENT_VERSION} on ${nodesOf(context.related).length} node(s) completed.`,
        status: { ...c.status, agentVersion: LATEST_AGENT_VERSION },
        updates: updateNodes(context, (n) => ({ ...n.status, agentVersion: LATEST_AGENT_VERSION })),
      }),
      failure: 'Failed to upgrade the Agent: a node did not answer.',
    },
  ],
  completeOperation('AgentUpgradeCompleted', 'Upgrade Agent'),
);

const snapshotFailed = (c: Cluster) => hasCondition(c.status, 'SnapshotFailed');

export const upgradeDockerProcedure: Procedure<Cluster> = operationProcedure(
  'upgrade-docker',
  'upgrade-docker',
  [
    {
      condition: 'SnapshotTaken',
      applies: (c) => dockerUpgradeOf(c).mode === 'snapshot' && !snapshotFailed(c),
      delayMs: 60_000,
      jitterMs: 30_000,
      complete: (_c, context) => ({
        message: `Back up snapshots of ${nodesOf(context.related).length} node(s) completed.`,
      }),
      failure:
        'Failed to take a snapshot of a node: the snapshot quota is used up. Continue the upgrade without a snapshot, or Quit.',
      // The upgrade waits for the operator instead of ending.
      onFailure: (c, step, context) => ({
        status: withCondition(
          c.status,
          { type: 'SnapshotFailed', status: 'True', reason: 'SnapshotQuota', message: step.failure! },
          context.now,
        ),
        events: [clusterEvent(c, 'Warning', 'SnapshotFailed', step.failure!)],
      }),
    },
    {
      condition: 'DockerUpgraded',
      delayMs: 90_000,
      jitterMs: 30_000,
      complete: (c, context) => ({
        message: `Upgrade Docker from ${c.status.dockerVersion} to ${LATEST_DOCKER_VERSION} on ${nodesOf(context.related).length} node(s) completed.`,
        status: { ...c.status, dockerVersion: LATEST_DOCKER_VERSION },
        updates: updateNodes(context, (n) => ({ ...n.status, dockerVersion: LATEST_DOCKER_VERSION })),
      }),
      failure: 'Failed to upgrade Docker: the container data backup did not finish.',
    },
  ],
  completeOperation('DockerUpgradeCompleted', 'Upgrade Docker'),
  // After a failed snapshot the operator chooses: Continue (upgrade without one) or Quit.
  { blocked: (c) => snapshotFailed(c) && dockerUpgradeOf(c).decision === null },
);

/** Quit after a failed snapshot: the upgrade ends, nothing changed. */
export const quitDockerUpgrade: Transition<Cluster> = {
  name: 'upgrade-docker:quit',
  when: (c) => operationIs('upgrade-docker')(c) && dockerUpgradeOf(c).decision === 'quit',
  delayMs: 1_000,
  jitterMs: 0,
  next: (c, context) =>
    endOperation(
      c,
      context,
      nodesOf(context.related).length,
      clusterEvent(
        c,
        'Info',
        'DockerUpgradeQuit',
        `Upgrade Docker of cluster ${c.metadata.name} quit; Docker stays ${c.status.dockerVersion}.`,
      ),
    ),
};

export const upgradeSystemServicesProcedure: Procedure<Cluster> = operationProcedure(
  'upgrade-system-services',
  'upgrade-system-services',
  [
    {
      condition: 'SystemServicesUpgraded',
      delayMs: 40_000,
      jitterMs: 20_000,
      complete(c) {
        const { services } = c.spec.operation as UpgradeServices;
        const systemServices = { ...c.status.systemServices };
        for (const s of services) systemServices[s] = SYSTEM_SERVICE_VERSIONS.latest;
        return {
          message: `Upgrade system service(s) ${services.join(', ')} to ${SYSTEM_SERVICE_VERSIONS.latest} completed.`,
          status: { ...c.status, systemServices },
        };
      },
      failure: 'Failed to upgrade the system services: the image could not be pulled.',
    },
  ],
  completeOperation('SystemServicesUpgradeCompleted', 'Upgrade system services'),
);

export const clearDiskProcedure: Procedure<Cluster> = operationProcedure(
  'clear-disk',
  'clear-disk',
  [
    {
      condition: 'DiskCleared',
      delayMs: 20_000,
      jitterMs: 10_000,
      complete(_c, context) {
        const nodes = nodesOf(context.related);
        const images = nodes.reduce((sum) => sum + randomInt(context.random, 0, 6), 0);
        const volumes = nodes.reduce((sum) => sum + randomInt(context.random, 0, 4), 0);
        const freedMb = images * randomInt(context.random, 80, 700) + volumes * randomInt(context.random, 1, 200);
        return {
          message: `Clear Disk on ${nodes.length} node(s) completed: removed ${images} unused image(s) and ${volumes} dangling volume director${volumes === 1 ? 'y' : 'ies'}, freed ${(freedMb / 1024).toFixed(2)} GB.`,
        };
      },
    },
  ],
  completeOperation('ClearDiskCompleted', 'Clear Disk'),
);
