import { matchingFault } from '@cs/domain';
import type { Container, Fault, Service } from '@cs/domain';
import { imageDigest, imageReference } from '../registry/registry.ts';
import { batchRun } from '../workload/batch-runs.ts';
import { ossfsCopyUpFailure } from '../volumes/image-copy-up.ts';
import { containerTransition } from './container-lifecycle.ts';
import type { ContainerContext, ContainerTransition } from './container-lifecycle.ts';
import type { UnitBuilder } from './tick.ts';
import { randomFor, workKey } from './work-context.ts';
import type { EngineSettings, WorkContext } from './work-context.ts';
import type { World } from './world.ts';

/** What the container's own desired state and its service's say together. */
function desiredOf(world: World, container: Container): ContainerContext['desired'] {
  const service = world.services.get(container.spec.serviceId);
  if (!service || container.spec.desiredState === 'removed') return 'removed';
  if (container.spec.desiredState === 'stopped' || service.spec.desiredState === 'stopped') return 'stopped';
  return 'running';
}

interface Faults {
  pull?: Fault;
  probe?: Fault;
  crash?: Fault;
  exit?: Fault;
}

function faultsFor(world: World, container: Container): Faults {
  if (world.faults.size === 0) return {};
  const faults = [...world.faults.values()];
  const pull = matchingFault(faults, 'image', imageReference(container.spec.image), 'Pull');
  const probe = matchingFault(faults, 'service', container.spec.serviceId, 'Probe');
  const crash = matchingFault(faults, 'service', container.spec.serviceId, 'Crash');
  const exit = matchingFault(faults, 'service', container.spec.serviceId, 'Exit');
  return {
    ...(pull ? { pull } : {}),
    ...(probe ? { probe } : {}),
    ...(crash ? { crash } : {}),
    ...(exit ? { exit } : {}),
  };
}

/** Whether the node has the image at this digest already (a container there pulled it). */
function cachedOnNode(world: World, container: Container, digest: string): boolean {
  return world
    .containersOn(container.spec.nodeId)
    .some((c) => c.metadata.id !== container.metadata.id && c.status.imageDigest === digest);
}

function contextFor(
  world: World,
  settings: EngineSettings,
  container: Container,
  now: number,
): ContainerContext & { faults: Faults } {
  const service = world.services.get(container.spec.serviceId);
  const digest = imageDigest(container.spec.image, world.pushesOf(container.spec.image));
  const faults = faultsFor(world, container);
  const fault = {
    ...(faults.pull ? { pull: faults.pull.spec.message } : {}),
    ...(faults.probe ? { probe: faults.probe.spec.message } : {}),
    ...(faults.crash ? { crash: faults.crash.spec.message } : {}),
  };
  return {
    now,
    random: randomFor(settings, container.metadata.id, container.status.phaseSince),
    desired: desiredOf(world, container),
    restart: service?.spec.definition.restart ?? 'no',
    probe: service?.spec.definition.probe ?? null,
    digest,
    cachedOnNode:
      container.status.phase === 'pulling' && !service?.spec.pullImage && cachedOnNode(world, container, digest),
    fault,
    faults,
    failureRate: settings.failureRate,
    ...mountFailureOf(service, container),
    ...batchOf(service, container, faults.exit),
  };
}

/** The OSSFS copy-up failure of the container's data volumes, checked only when it is about to start. */
function mountFailureOf(service: Service | undefined, container: Container) {
  if (!service || container.status.phase !== 'created') return {};
  const mountFailure = ossfsCopyUpFailure(container.spec.image, service.spec.definition.volumes);
  return mountFailure ? { mountFailure } : {};
}

/** A batch task's container: what its current execution does (the attempt is its restart count + 1). */
function batchOf(service: Service | undefined, container: Container, exit: Fault | undefined) {
  if (service?.spec.category !== 'batch') return {};
  const { image, command } = service.spec.definition;
  const run = batchRun(image ?? '', command, container.metadata.id, container.status.restartCount + 1);
  return { batch: { run, ...(exit ? { exitFault: exit.spec.message } : {}) } };
}

/**
 * When the step's delay starts: the container's phase change, or for a step that answers a request
 * the later of that and the request (the container's own write by the API, or its service's).
 */
function sinceOf(world: World, container: Container, transition: ContainerTransition): number {
  const phaseSince = Date.parse(container.status.phaseSince);
  if (!transition.requested) return phaseSince;
  const service = world.services.get(container.spec.serviceId);
  const serviceSince = service ? Date.parse(service.status.phaseSince) : 0;
  return Math.max(phaseSince, Date.parse(container.metadata.updatedAt) || 0, serviceSince || 0);
}

function dueAt(
  world: World,
  settings: EngineSettings,
  container: Container,
  transition: ContainerTransition,
  context: ContainerContext,
): number {
  const since = sinceOf(world, container, transition);
  const jitter = Math.round(
    randomFor(settings, container.metadata.id, transition.name, since).next() * transition.jitterMs,
  );
  return since + transition.delayMs(container, context) + jitter;
}

/** When the container's next step is due, or undefined when it rests. */
export function containerDueAt(
  world: World,
  settings: EngineSettings,
  container: Container,
  now: number,
): number | undefined {
  const context = contextFor(world, settings, container, now);
  const transition = containerTransition(container, context);
  return transition ? dueAt(world, settings, container, transition, context) : undefined;
}

/** Uses up one shot of the fault a step consumed, in the step's unit. */
function consume(unit: UnitBuilder, fault: Fault | undefined): void {
  if (!fault) return;
  if (fault.spec.count > 1) unit.update('fault', fault, { spec: { ...fault.spec, count: fault.spec.count - 1 } });
  else unit.remove('fault', fault);
}

/** Takes the container's next step if it is due (or reschedules it), writing it into the tick. */
export function stepContainer(work: WorkContext, container: Container): void {
  const { world, settings, now, tick } = work;
  const context = contextFor(world, settings, container, now);
  const transition = containerTransition(container, context);
  if (!transition) return;
  const due = dueAt(world, settings, container, transition, context);
  if (due > now) return work.schedule(workKey.container(container.metadata.id), due);
  const step = transition.next(container, {
    ...context,
    random: randomFor(settings, container.metadata.id, transition.name, due),
  });
  const unit = tick.unit();
  if (step.remove) unit.removeContainer(container);
  else if (step.status) unit.updateContainer(container, step.status);
  consume(unit, step.consumed ? context.faults[step.consumed] : undefined);
  unit.events(...step.events);
  work.schedule(workKey.service(container.spec.serviceId));
  if (!step.remove) work.schedule(workKey.container(container.metadata.id));
}
