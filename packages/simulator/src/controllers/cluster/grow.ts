import type { Cluster, ClusterOperation } from '@cs/domain';
import { hasCondition } from '../../conditions.ts';
import type { Procedure } from '../../procedure.ts';
import type { Transition } from '../../transition.ts';
import { adoptInstances, nodeAddressProblem, provisionNodes } from './provision.ts';
import { clusterEvent, endOperation, instancesOf, nodesOf, operationIs, operationProcedure } from './shared.ts';

type Expand = Extract<ClusterOperation, { kind: 'expand' }>;
type Attach = Extract<ClusterOperation, { kind: 'attach' }>;
const expandOf = (c: Cluster) => c.spec.operation as Expand;
const attachOf = (c: Cluster) => c.spec.operation as Attach;

/** More > Expand: new Pay-As-You-Go nodes, in any zone of the region (a cross-zone cluster). */
export const expandProcedure: Procedure<Cluster> = operationProcedure(
  'expand',
  'expand',
  [
    {
      condition: 'ExpandInstancesReady',
      delayMs: 40_000,
      jitterMs: 20_000,
      complete: (c) => {
        const { quantity, instanceType, zone } = expandOf(c);
        return { message: `Create ${quantity} ECS instance(s) of type ${instanceType} in ${zone} completed.` };
      },
      failure: 'Failed to expand: the zone has no stock of the instance type.',
      check: (c) => nodeAddressProblem(c, expandOf(c).zone),
    },
    {
      condition: 'ExpandDockerReady',
      delayMs: 50_000,
      jitterMs: 20_000,
      complete: (c) => ({
        message: `Install Docker ${c.status.dockerVersion} on ${expandOf(c).quantity} new node(s) completed.`,
      }),
      failure: 'Failed to install Docker on the new nodes: the package mirror did not answer.',
    },
    {
      condition: 'ExpandAgentReady',
      delayMs: 12_000,
      jitterMs: 6_000,
      complete: (c) => ({
        message: `Register Agent ${c.status.agentVersion} on ${expandOf(c).quantity} new node(s) completed.`,
      }),
      failure: 'The Agent of a new node failed to register with the cluster.',
    },
  ],
  {
    delayMs: 1_000,
    jitterMs: 1_000,
    next(cluster, context) {
      const nodes = nodesOf(context.related);
      const { quantity, zone, instanceType, operatingSystem, autoScaled } = expandOf(cluster);
      const creates = provisionNodes(
        cluster,
        nodes,
        { quantity, zone, instanceType, operatingSystem, origin: 'expanded', autoScaled },
        context.now,
        context.random,
      );
      const crossZone =
        zone !== cluster.spec.zone || nodes.some((n) => n.spec.zone !== zone)
          ? ' The cluster now spans several zones.'
          : '';
      const event = clusterEvent(
        cluster,
        'Info',
        'ClusterExpanded',
        `Expand cluster ${cluster.metadata.name} by ${quantity} node(s) in ${zone} completed.${crossZone}`,
      );
      return endOperation(cluster, context, nodes.length + quantity, event, { creates });
    },
  },
);

const scriptRun = (c: Cluster) => hasCondition(c.status, 'AttachScriptRun');

/** More > Add Existing Instances: automatically (image reset) or manually (the script run on the instance). */
export const attachProcedure: Procedure<Cluster> = operationProcedure(
  'attach',
  'attach',
  [
    {
      condition: 'AttachImageReset',
      applies: (c) => attachOf(c).mode === 'automatic',
      delayMs: 60_000,
      jitterMs: 30_000,
      complete: (c) => ({
        message: `Reset the image and system disk of ${attachOf(c).instanceIds.join(', ')} completed.`,
      }),
      failure: 'Failed to reset the system disk: the instance is not stopped.',
    },
    {
      condition: 'AttachDockerReady',
      delayMs: 45_000,
      jitterMs: 15_000,
      complete: (c) => ({
        message: `Install Docker ${c.status.dockerVersion} on ${attachOf(c).instanceIds.join(', ')} completed.`,
      }),
      failure:
        'Failed to install Docker on the instance: Docker is already installed. Uninstall it and remove /etc/docker and /var/lib/docker first.',
    },
    {
      condition: 'AttachAgentReady',
      delayMs: 10_000,
      jitterMs: 5_000,
      complete: (c) => ({
        message: `Register Agent ${c.status.agentVersion} on ${attachOf(c).instanceIds.join(', ')} completed.`,
      }),
      failure: 'The Agent failed to register with the cluster.',
    },
  ],
  {
    delayMs: 1_000,
    jitterMs: 1_000,
    next(cluster, context) {
      const { mode, instanceIds } = attachOf(cluster);
      const nodes = nodesOf(context.related);
      // In the order the operator chose them: node numbers follow it.
      const free = instancesOf(context.related).filter((i) => i.status.clusterId === null);
      const instances = instanceIds.flatMap((id) => free.filter((i) => i.metadata.id === id));
      const origin = mode === 'automatic' ? 'attached-automatically' : 'attached-manually';
      const writes = adoptInstances(cluster, nodes, instances, origin, context.now);
      const event = clusterEvent(
        cluster,
        'Info',
        'InstancesAdded',
        `Add existing instance(s) ${instances.map((i) => i.metadata.id).join(', ')} to cluster ${cluster.metadata.name} completed.`,
      );
      return endOperation(cluster, context, nodes.length + instances.length, event, writes);
    },
  },
  // A manual attachment waits until the command runs on the instance (the BFF records AttachScriptRun).
  { blocked: (c) => attachOf(c).mode === 'manual' && !scriptRun(c) },
);

/** A manual attachment whose command was never run ends when its token expires. */
export const attachExpired: Transition<Cluster> = {
  name: 'attach:expired',
  when: (c) => operationIs('attach')(c) && attachOf(c).mode === 'manual' && !scriptRun(c),
  delayMs: 60 * 60_000,
  jitterMs: 0,
  next: (cluster, context) =>
    endOperation(
      cluster,
      context,
      nodesOf(context.related).length,
      clusterEvent(
        cluster,
        'Warning',
        'AttachExpired',
        `The command to add ${attachOf(cluster).instanceIds.join(', ')} expired unused. Start Add Existing Instances again.`,
      ),
    ),
};
