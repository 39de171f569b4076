import { clusterLoadBalancer, defaultSecurityGroupRules } from '@cs/domain';
import type { Cluster } from '@cs/domain';
import type { Procedure, Step } from '../../procedure.ts';
import { randomId } from '../../random.ts';
import { clusterEvent, enterPhase, nodesOf, restingPhase } from './shared.ts';
import { nodeAddressProblem, provisionNodes } from './provision.ts';

const withNodes = (c: Cluster) => (c.spec.nodes?.quantity ?? 0) > 0;

const steps: Step<Cluster>[] = [
  {
    condition: 'NetworkReady',
    delayMs: 4_000,
    jitterMs: 4_000,
    complete: (c) => ({
      message: c.spec.vpc
        ? `Network ready: VPC ${c.spec.vpc.vpcId}, VSwitch ${c.spec.vpc.vswitchId}, container CIDR ${c.spec.vpc.containerCidr}.`
        : 'Network ready: classic network.',
    }),
    failure: 'The VSwitch has no free IP addresses left.',
  },
  {
    condition: 'SecurityGroupReady',
    delayMs: 3_000,
    jitterMs: 3_000,
    complete: (c, { random }) => {
      const securityGroupId = `sg-bp1${randomId(random, 17)}`;
      const rules = defaultSecurityGroupRules(c.spec.networkType, c.spec.vpc?.containerCidr ?? null);
      return {
        message: `Create security group ${securityGroupId} completed.`,
        status: { ...c.status, resources: { ...c.status.resources, securityGroupId, securityGroupRules: rules } },
      };
    },
    failure: 'The security group quota of the region is used up.',
  },
  {
    condition: 'LoadBalancerReady',
    applies: (c) => c.spec.createSlb,
    delayMs: 8_000,
    jitterMs: 6_000,
    complete: (c, { random, now }) => {
      const slbId = `lb-bp1${randomId(random, 17)}`;
      const { id } = c.metadata;
      return {
        message: `Create Server Load Balancer ${slbId} (Pay-As-You-Go) completed.`,
        status: { ...c.status, resources: { ...c.status.resources, slbId } },
        // The instance appears in the same changeset as the id, so the Server Load Balancer console lists it at once.
        creates: [clusterLoadBalancer({ id, ...c.spec }, slbId, new Date(now).toISOString())],
      };
    },
    failure: 'Failed to create the Server Load Balancer: the account balance is insufficient.',
  },
  {
    condition: 'InstancesReady',
    applies: withNodes,
    delayMs: 40_000,
    jitterMs: 20_000,
    complete: (c) => ({
      message: `Create ${c.spec.nodes?.quantity} ECS instance(s) of type ${c.spec.nodes?.instanceType} completed.`,
    }),
    failure: 'Failed to create ECS instances: the zone has no stock of the instance type.',
    check: (c) => nodeAddressProblem(c, c.spec.zone),
  },
  {
    condition: 'DockerReady',
    applies: withNodes,
    delayMs: 50_000,
    jitterMs: 20_000,
    complete: (c) => ({ message: `Install Docker ${c.status.dockerVersion} completed.` }),
    failure: 'Failed to install Docker: the package mirror did not answer.',
  },
  {
    condition: 'AgentReady',
    applies: withNodes,
    delayMs: 12_000,
    jitterMs: 6_000,
    complete: (c) => ({
      message: `Register Agent ${c.status.agentVersion} on ${c.spec.nodes?.quantity} node(s) completed.`,
    }),
    failure: 'The Agent failed to register with the cluster.',
  },
];

/** Initial → Running with the requested nodes, or Inactive (waiting for nodes) without. */
export const createProcedure: Procedure<Cluster> = {
  name: 'create',
  active: (c) => c.status.phase === 'Initial',
  steps,
  finish: {
    delayMs: 1_000,
    jitterMs: 1_000,
    next(cluster, { now, random, related }) {
      const request = cluster.spec.nodes;
      const creates = request
        ? provisionNodes(
            cluster,
            nodesOf(related),
            { ...request, zone: cluster.spec.zone, origin: 'created' },
            now,
            random,
          )
        : [];
      const phase = restingPhase(request?.quantity ?? 0);
      const message =
        phase === 'Running'
          ? `Create cluster ${cluster.metadata.name} completed.`
          : `Create cluster ${cluster.metadata.name} completed. The cluster has no node: add existing instances to activate it.`;
      return {
        status: enterPhase(cluster, phase, now),
        creates,
        events: [clusterEvent(cluster, 'Info', 'ClusterCreated', message)],
      };
    },
  },
  fail: (cluster, step, { now }) => ({
    status: enterPhase(cluster, 'Failed', now, step.failure!),
    events: [clusterEvent(cluster, 'Error', `${step.condition}Failed`, step.failure!)],
  }),
  event: clusterEvent,
};
