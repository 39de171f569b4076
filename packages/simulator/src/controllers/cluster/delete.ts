import type { Cluster } from '@cs/domain';
import type { Procedure } from '../../procedure.ts';
import { updateOf } from '../../transition.ts';
import type { ResourceRemoval, ResourceUpdate } from '../../transition.ts';
import { clusterEvent, enterPhase, instancesOf, loadBalancersOf, nodesOf } from './shared.ts';

/** Deleting → gone: nodes removed, Pay-As-You-Go instances released, subscriptions kept; SLB unless kept. */
export const deleteProcedure: Procedure<Cluster> = {
  name: 'delete',
  active: (c) => c.status.phase === 'Deleting',
  steps: [
    {
      condition: 'InstancesReleased',
      delayMs: 15_000,
      jitterMs: 10_000,
      complete(cluster, { related }) {
        const nodes = nodesOf(related);
        const instances = instancesOf(related).filter((i) => i.status.clusterId === cluster.metadata.id);
        const removes: ResourceRemoval[] = nodes.map((n) => ({
          kind: 'node',
          id: n.metadata.id,
          expectedVersion: n.metadata.resourceVersion,
        }));
        const updates: ResourceUpdate[] = [];
        for (const instance of instances) {
          if (instance.spec.chargeType === 'PayAsYouGo') {
            removes.push({
              kind: 'instance',
              id: instance.metadata.id,
              expectedVersion: instance.metadata.resourceVersion,
            });
          } else {
            updates.push(updateOf('instance', instance, { status: { ...instance.status, clusterId: null } }));
          }
        }
        const released = removes.length - nodes.length;
        const kept =
          updates.length > 0 ? ` ${updates.length} subscription instance(s) left the cluster and are kept.` : '';
        return {
          message: `Remove ${nodes.length} node(s); release ${released} ECS instance(s) completed.${kept}`,
          removes,
          updates,
        };
      },
      failure: 'Failed to release ECS instances: an instance is locked.',
    },
    {
      condition: 'LoadBalancerReleased',
      applies: (c) => c.status.resources.slbId !== null && !c.spec.deletion?.keepSlb,
      delayMs: 5_000,
      jitterMs: 3_000,
      complete: (c, { related }) => {
        const released = loadBalancersOf(related).find((lb) => lb.metadata.id === c.status.resources.slbId);
        return {
          message: `Release Server Load Balancer ${c.status.resources.slbId} completed.`,
          removes: released
            ? [{ kind: 'load-balancer', id: released.metadata.id, expectedVersion: released.metadata.resourceVersion }]
            : [],
        };
      },
      failure: 'Failed to release the Server Load Balancer: it still has listeners of other clusters.',
    },
  ],
  finish: {
    delayMs: 1_000,
    jitterMs: 1_000,
    next: (cluster) => {
      const kept =
        cluster.spec.deletion?.keepSlb && cluster.status.resources.slbId
          ? ` Server Load Balancer ${cluster.status.resources.slbId} is kept.`
          : '';
      return {
        remove: true,
        events: [
          clusterEvent(cluster, 'Info', 'ClusterDeleted', `Delete cluster ${cluster.metadata.name} completed.${kept}`),
        ],
      };
    },
  },
  fail: (cluster, step, { now }) => ({
    status: enterPhase(cluster, 'DeleteFailed', now, step.failure!),
    events: [clusterEvent(cluster, 'Error', `${step.condition}Failed`, step.failure!)],
  }),
  event: clusterEvent,
};
