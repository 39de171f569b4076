import { SERVICE_OPERATION_PHASE, operationDone, serviceFullName } from '@cs/domain';
import type { Container, EventLevel, NewEvent, Service, ServiceStatus, WorkloadPhase } from '@cs/domain';
import type { Random } from '../random.ts';
import { placeContainers } from '../scheduler/place.ts';
import { planReschedule } from '../scheduler/reschedule.ts';
import type { NodeUsage } from '../scheduler/reschedule.ts';
import type { PlacementState } from '../scheduler/state.ts';
import { placementRequest } from './placement-rules.ts';

/** What the planner asks the engine to do to one container (or to bring a new one into being). */
export type ContainerIntent =
  | { kind: 'create'; number: number; nodeId: string }
  /** Remove it and create its successor, with the same name, on `nodeId`, in one write. */
  | { kind: 'replace'; container: Container; nodeId: string }
  | { kind: 'remove'; container: Container }
  /** An exited container is started again (Start, Redeploy). */
  | { kind: 'start'; container: Container }
  | { kind: 'restart'; container: Container };

export interface ServicePlan {
  intents: ContainerIntent[];
  /** The service's next status, when it changes. */
  status?: ServiceStatus;
  events: NewEvent[];
  /** Every container is gone and the service was being deleted. */
  removeService?: boolean;
}

export interface ServicePlanInput {
  service: Service;
  containers: readonly Container[];
  /** Whether the services this one depends on are Ready (start-up order of `depends`), or why one failed. */
  dependencies: 'ready' | 'waiting' | { failed: string };
  placement: PlacementState;
  /** Resource usage of the cluster's nodes by the workload model (Reschedule without force uses it). */
  usage: ReadonlyMap<string, NodeUsage>;
  now: number;
  random: Random;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function serviceEvent(service: Service, level: EventLevel, reason: string, message: string): NewEvent {
  return {
    clusterId: service.spec.clusterId,
    resourceKind: 'service',
    resourceId: service.metadata.id,
    applicationId: service.spec.applicationId,
    serviceId: service.metadata.id,
    level,
    reason,
    message,
  };
}

const DONE_WORDS: Record<Service['spec']['operation']['kind'], string> = {
  deploy: 'Create',
  update: 'Update',
  redeploy: 'Redeploy',
  stop: 'Stop',
  start: 'Start',
  restart: 'Restart',
  reschedule: 'Reschedule',
  delete: 'Delete',
};

/** A container counts as settled when it runs with a passed (or absent) health check. */
const settled = (c: Container) => c.status.phase === 'running' && c.status.health !== 'Initial';
const healthy = (c: Container) => c.status.phase === 'running' && c.status.health === 'Normal';
const inFlight = (c: Container) => !healthy(c) && c.status.phase !== 'failed' && c.status.phase !== 'lost';

function withStatus(service: Service, now: number, patch: Partial<ServiceStatus>): ServiceStatus {
  const phaseChanged = patch.phase !== undefined && patch.phase !== service.status.phase;
  return { ...service.status, ...(phaseChanged ? { phaseSince: iso(now) } : {}), ...patch };
}

/** The operation ends: the service rests in `phase`, having observed its generation. */
export function finish(input: ServicePlanInput, phase: WorkloadPhase, reason: string | null): ServicePlan {
  const { service, now } = input;
  const kind = service.spec.operation.kind;
  const name = serviceFullName(service.spec.applicationName, service.metadata.name);
  const failed = phase === 'Failed';
  const message = failed
    ? `${DONE_WORDS[kind]} service ${name} failed: ${reason}`
    : `${DONE_WORDS[kind]} service ${name} completed.`;
  return {
    intents: [],
    status: withStatus(service, now, { phase, reason, observedGeneration: service.metadata.generation }),
    events: [
      serviceEvent(service, failed ? 'Error' : 'Info', failed ? 'OperationFailed' : 'OperationCompleted', message),
    ],
  };
}

/** Keeps the service in its operation's phase (entering it if needed) while work goes on. */
export function working(
  input: ServicePlanInput,
  intents: ContainerIntent[],
  patch: Partial<ServiceStatus> = {},
): ServicePlan {
  const { service, now } = input;
  const phase = SERVICE_OPERATION_PHASE[service.spec.operation.kind];
  const changed = service.status.phase !== phase || Object.keys(patch).length > 0;
  return {
    intents,
    events: [],
    ...(changed ? { status: withStatus(service, now, { phase, reason: null, ...patch }) } : {}),
  };
}

const failureOf = (containers: readonly Container[]) =>
  containers.find((c) => c.status.phase === 'failed')?.status.reason ?? undefined;

/** Deploy, Update and Redeploy: bring every container to the current definition and deployment, `scale` of them. */
function converge(input: ServicePlanInput): ServicePlan {
  const { service, containers, placement, random } = input;
  const { definition } = service.spec;
  if (definition.external) return finish(input, 'Ready', null);
  if (service.spec.operation.kind === 'deploy' && input.dependencies !== 'ready')
    return input.dependencies === 'waiting' ? working(input, []) : finish(input, 'Failed', input.dependencies.failed);
  const live = containers.filter((c) => c.status.phase !== 'removing');
  const outdated = (c: Container) =>
    c.spec.definitionVersion < service.spec.definitionVersion ||
    c.spec.deployment < service.spec.deployment ||
    (service.spec.operation.kind !== 'deploy' && (c.status.phase === 'failed' || c.status.phase === 'lost'));
  const intents: ContainerIntent[] = [];
  const extra = definition.global ? [] : live.filter((c) => c.spec.number > definition.scale);
  for (const c of extra) intents.push({ kind: 'remove', container: c });
  const kept = live.filter((c) => !extra.includes(c));
  const budget = definition.rollingUpdates ? Math.max(1, definition.parallelism) : Number.POSITIVE_INFINITY;
  let room = budget - kept.filter((c) => !outdated(c) && inFlight(c)).length;
  const rescheduling = service.spec.operation.kind === 'update' && service.spec.operation.reschedule;
  const stale = kept.filter(outdated);
  const moving = stale.filter((c) => rescheduling || c.status.phase === 'lost').slice(0, Math.max(0, room));
  const moved =
    moving.length > 0
      ? placeContainers(
          placement,
          placementRequest(
            service,
            moving.length,
            moving.map((c) => c.spec.nodeId),
          ),
          random,
        )
      : undefined;
  if (moved && !moved.ok) return finish(input, 'Failed', moved.message);
  moving.forEach((c, i) =>
    intents.push({ kind: 'replace', container: c, nodeId: moved!.ok ? moved!.nodeIds[i]! : c.spec.nodeId }),
  );
  room -= moving.length;
  for (const c of stale.filter((c) => !moving.includes(c) && !rescheduling && c.status.phase !== 'lost')) {
    if (room <= 0) break;
    intents.push({ kind: 'replace', container: c, nodeId: c.spec.nodeId });
    room--;
  }
  for (const c of kept)
    if (!outdated(c) && c.status.phase === 'exited' && service.spec.operation.kind !== 'deploy')
      intents.push({ kind: 'start', container: c });
  const taken = new Set(live.map((c) => c.spec.number));
  const created = createMissing(input, taken);
  if ('failure' in created) return finish(input, 'Failed', created.failure);
  intents.push(...created.intents);
  const resting = ['failed', 'exited', 'lost'];
  const waiting = intents.length > 0 || containers.some((c) => !settled(c) && !resting.includes(c.status.phase));
  if (waiting) return working(input, intents);
  const failure = failureOf(containers);
  return finish(input, failure ? 'Failed' : 'Ready', failure ?? null);
}

/** New containers for the numbers not taken (1..scale), or one per eligible node for a global service. */
export function createMissing(
  input: Pick<ServicePlanInput, 'service' | 'placement' | 'random'>,
  taken: ReadonlySet<number>,
): { intents: ContainerIntent[] } | { failure: string } {
  const { service, placement, random } = input;
  const { definition } = service.spec;
  const count = definition.global ? 0 : definition.scale - taken.size;
  if (!definition.global && count <= 0) return { intents: [] };
  const request = { ...placementRequest(service, count), global: definition.global };
  const placed = placeContainers(placement, request, random);
  if (!placed.ok) return { failure: placed.message };
  const numbers = freeNumbers(taken, placed.nodeIds.length);
  return { intents: placed.nodeIds.map((nodeId, i) => ({ kind: 'create', number: numbers[i]!, nodeId })) };
}

function freeNumbers(taken: ReadonlySet<number>, count: number): number[] {
  const numbers: number[] = [];
  for (let n = 1; numbers.length < count; n++) if (!taken.has(n)) numbers.push(n);
  return numbers;
}

function stop(input: ServicePlanInput): ServicePlan {
  const busy = input.containers.some((c) =>
    ['running', 'restarting', 'created', 'pulling', 'removing'].includes(c.status.phase),
  );
  return busy ? working(input, []) : finish(input, 'Stopped', null);
}

function start(input: ServicePlanInput): ServicePlan {
  const intents: ContainerIntent[] = input.containers
    .filter((c) => c.status.phase === 'exited')
    .map((container) => ({ kind: 'start', container }));
  if (intents.length > 0 || input.containers.some((c) => inFlight(c) && !settled(c))) return working(input, intents);
  return finish(input, 'Ready', null);
}

/** Restart and Reschedule act once per operation (`startedGeneration` records it), then wait for the containers. */
function once(input: ServicePlanInput, act: () => ContainerIntent[]): ServicePlan {
  const { service } = input;
  const generation = service.metadata.generation;
  if ((service.status.startedGeneration ?? 0) < generation)
    return working(input, act(), { startedGeneration: generation });
  if (input.containers.some((c) => inFlight(c) && !settled(c))) return working(input, []);
  return finish(input, 'Ready', null);
}

function reschedule(
  input: ServicePlanInput,
  options: { force: boolean; ignoreLocalVolumes: boolean },
): ContainerIntent[] {
  const { service, containers, placement, usage, random } = input;
  const local = service.spec.definition.volumes.some((v) => v.local);
  const plan = planReschedule(
    placement,
    {
      rules: placementRequest(service, 0),
      containers: containers.map((c) => ({ id: c.metadata.id, hasLocalVolumes: local })),
    },
    usage,
    options,
    random,
  );
  const byId = new Map(containers.map((c) => [c.metadata.id, c]));
  return plan.moves.map((m) => ({ kind: 'replace', container: byId.get(m.containerId)!, nodeId: m.toNodeId }));
}

function remove(input: ServicePlanInput): ServicePlan {
  const { service, containers } = input;
  if (containers.length > 0)
    return working(
      input,
      containers
        .filter((c) => c.spec.desiredState !== 'removed' && c.status.phase !== 'removing')
        .map((container) => ({ kind: 'remove', container })),
    );
  const name = serviceFullName(service.spec.applicationName, service.metadata.name);
  return {
    intents: [],
    removeService: true,
    events: [serviceEvent(service, 'Info', 'OperationCompleted', `Delete service ${name} completed.`)],
  };
}

/**
 * What a service needs next: the containers to create, replace, start, restart or remove for its
 * latest operation, and its status. Pure: the engine carries the plan out and calls again when
 * anything it depends on changes. A service whose operation is done needs nothing.
 */
export function planService(input: ServicePlanInput): ServicePlan {
  const { service } = input;
  if (operationDone(service) && service.spec.operation.kind !== 'delete') return { intents: [], events: [] };
  const operation = service.spec.operation;
  switch (operation.kind) {
    case 'deploy':
    case 'update':
    case 'redeploy':
      return converge(input);
    case 'stop':
      return stop(input);
    case 'start':
      return start(input);
    case 'restart':
      return once(input, () =>
        input.containers
          .filter((c) => c.status.phase === 'running')
          .map((container) => ({ kind: 'restart', container })),
      );
    case 'reschedule':
      return once(input, () => reschedule(input, operation));
    case 'delete':
      return remove(input);
  }
}
