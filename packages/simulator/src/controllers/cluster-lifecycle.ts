import type { Cluster, ClusterPhase, NewEvent } from '@cs/domain';
import { hasCondition, lastTransitionAt, withCondition } from '../conditions.ts';
import { randomId } from '../random.ts';
import type { ControllerDefinition, Transition, TransitionContext, TransitionResult } from '../transition.ts';
import { AGENT_VERSION, DOCKER_VERSION } from '../versions.ts';

export interface ClusterLifecycleOptions {
  /** Chance in [0, 1] that one provisioning step fails, leaving the cluster Failed. */
  failureRate?: number;
}

/** One step of creating or deleting a cluster's cloud resources, recorded as a condition. */
interface Step {
  condition: string;
  phase: ClusterPhase;
  applies(cluster: Cluster): boolean;
  delayMs: number;
  jitterMs: number;
  /** The log line written when the step completes. */
  done(cluster: Cluster, random: TransitionContext['random']): string;
  /** Why the step failed, when the simulated cloud refuses it. */
  failure: string;
}

const nodeCount = (c: Cluster) => c.spec.nodes?.quantity ?? 0;

const CREATE_STEPS: Step[] = [
  {
    condition: 'NetworkReady',
    phase: 'Initial',
    applies: () => true,
    delayMs: 4_000,
    jitterMs: 4_000,
    done: (c) =>
      c.spec.vpc
        ? `Network ready: VPC ${c.spec.vpc.vpcId}, VSwitch ${c.spec.vpc.vswitchId}, container CIDR ${c.spec.vpc.containerCidr}.`
        : 'Network ready: classic network.',
    failure: 'The VSwitch has no free IP addresses left.',
  },
  {
    condition: 'SecurityGroupReady',
    phase: 'Initial',
    applies: () => true,
    delayMs: 3_000,
    jitterMs: 3_000,
    done: (_c, random) => `Create security group sg-${randomId(random, 20)} completed.`,
    failure: 'The security group quota of the region is used up.',
  },
  {
    condition: 'LoadBalancerReady',
    phase: 'Initial',
    applies: (c) => c.spec.createSlb,
    delayMs: 8_000,
    jitterMs: 6_000,
    done: (_c, random) => `Create Server Load Balancer lb-${randomId(random, 20)} (Pay-As-You-Go) completed.`,
    failure: 'Failed to create the Server Load Balancer: the account balance is insufficient.',
  },
  {
    condition: 'InstancesReady',
    phase: 'Initial',
    applies: (c) => nodeCount(c) > 0,
    delayMs: 40_000,
    jitterMs: 20_000,
    done: (c) => `Create ${nodeCount(c)} ECS instance(s) of type ${c.spec.nodes?.instanceType} completed.`,
    failure: 'Failed to create ECS instances: the zone has no stock of the instance type.',
  },
  {
    condition: 'DockerReady',
    phase: 'Initial',
    applies: (c) => nodeCount(c) > 0,
    delayMs: 50_000,
    jitterMs: 20_000,
    done: () => `Install Docker ${DOCKER_VERSION} completed.`,
    failure: 'Failed to install Docker: the package mirror did not answer.',
  },
  {
    condition: 'AgentReady',
    phase: 'Initial',
    applies: (c) => nodeCount(c) > 0,
    delayMs: 12_000,
    jitterMs: 6_000,
    done: (c) => `Register Agent ${AGENT_VERSION} on ${nodeCount(c)} node(s) completed.`,
    failure: 'The Agent failed to register with the cluster.',
  },
];

const DELETE_STEPS: Step[] = [
  {
    condition: 'InstancesReleased',
    phase: 'Deleting',
    applies: (c) => c.status.nodeCount > 0,
    delayMs: 15_000,
    jitterMs: 10_000,
    done: (c) => `Release ${c.status.nodeCount} ECS instance(s) completed.`,
    failure: 'Failed to release ECS instances: an instance is locked.',
  },
  {
    condition: 'LoadBalancerReleased',
    phase: 'Deleting',
    applies: (c) => c.spec.createSlb && !c.spec.deletion?.keepSlb,
    delayMs: 5_000,
    jitterMs: 3_000,
    done: () => 'Release Server Load Balancer completed.',
    failure: 'Failed to release the Server Load Balancer: it still has listeners of other clusters.',
  },
];

function event(cluster: Cluster, level: NewEvent['level'], reason: string, message: string): NewEvent {
  return {
    clusterId: cluster.metadata.id,
    resourceKind: 'cluster',
    resourceId: cluster.metadata.id,
    level,
    reason,
    message,
  };
}

function enter(cluster: Cluster, phase: ClusterPhase, now: number, reason: string | null): Cluster['status'] {
  return { ...cluster.status, phase, phaseSince: new Date(now).toISOString(), reason };
}

function nextStep(cluster: Cluster, steps: Step[]): Step | undefined {
  return steps.find(
    (s) => s.phase === cluster.status.phase && s.applies(cluster) && !hasCondition(cluster.status, s.condition),
  );
}

function stepTransition(step: Step, steps: Step[], failureRate: number): Transition<Cluster> {
  return {
    name: step.condition,
    when: (c) => nextStep(c, steps) === step,
    delayMs: step.delayMs,
    jitterMs: step.jitterMs,
    next(cluster, { now, random }): TransitionResult<Cluster> {
      if (random.next() < failureRate) {
        const failedPhase = step.phase === 'Deleting' ? 'DeleteFailed' : 'Failed';
        return {
          status: enter(cluster, failedPhase, now, step.failure),
          events: [event(cluster, 'Error', `${step.condition}Failed`, step.failure)],
        };
      }
      const message = step.done(cluster, random);
      let status = withCondition(
        cluster.status,
        { type: step.condition, status: 'True', reason: 'Completed', message },
        now,
      );
      if (step.condition === 'InstancesReady') status = { ...status, nodeCount: nodeCount(cluster) };
      if (step.condition === 'DockerReady') status = { ...status, dockerVersion: DOCKER_VERSION };
      if (step.condition === 'AgentReady') status = { ...status, agentVersion: AGENT_VERSION };
      if (step.condition === 'InstancesReleased') status = { ...status, nodeCount: 0 };
      return { status, events: [event(cluster, 'Info', step.condition, message)] };
    },
  };
}

/** Initial with every step done: Running with nodes, Inactive without (waiting for nodes). */
const finishCreate: Transition<Cluster> = {
  name: 'ClusterCreated',
  when: (c) => c.status.phase === 'Initial' && nextStep(c, CREATE_STEPS) === undefined,
  delayMs: 1_000,
  jitterMs: 1_000,
  next(cluster, { now }) {
    const phase = cluster.status.nodeCount > 0 ? 'Running' : 'Inactive';
    const message =
      phase === 'Running'
        ? `Create cluster ${cluster.metadata.name} completed.`
        : `Create cluster ${cluster.metadata.name} completed. The cluster has no node: add existing instances to activate it.`;
    return { status: enter(cluster, phase, now, null), events: [event(cluster, 'Info', 'ClusterCreated', message)] };
  },
};

const finishDelete: Transition<Cluster> = {
  name: 'ClusterDeleted',
  when: (c) => c.status.phase === 'Deleting' && nextStep(c, DELETE_STEPS) === undefined,
  delayMs: 1_000,
  jitterMs: 1_000,
  next: (cluster) => ({
    remove: true,
    events: [event(cluster, 'Info', 'ClusterDeleted', `Delete cluster ${cluster.metadata.name} completed.`)],
  }),
};

/** The guide's cluster lifecycle: Initial → Running (or Inactive without nodes), Deleting → Deleted. */
export function clusterLifecycle(options: ClusterLifecycleOptions = {}): ControllerDefinition<Cluster> {
  const failureRate = options.failureRate ?? 0;
  return {
    kind: 'cluster',
    since: (c) => lastTransitionAt(c.status),
    transitions: [
      ...CREATE_STEPS.map((s) => stepTransition(s, CREATE_STEPS, failureRate)),
      finishCreate,
      ...DELETE_STEPS.map((s) => stepTransition(s, DELETE_STEPS, failureRate)),
      finishDelete,
    ],
  };
}
