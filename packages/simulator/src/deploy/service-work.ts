import { operationDone, serviceFullName } from '@cs/domain';
import type { Container, Service } from '@cs/domain';
import type { NodeUsage } from '../scheduler/reschedule.ts';
import { workloadProfile } from '../workload/profiles.ts';
import { planService, serviceEvent } from './service-plan.ts';
import { awaitsSchedule, currentTaskPhase, planAwaitingSchedule, planTask, runsTask } from './task-plan.ts';
import type { ContainerIntent, ServicePlanInput } from './service-plan.ts';
import type { UnitBuilder } from './tick.ts';
import { randomFor, workKey } from './work-context.ts';
import type { WorkContext } from './work-context.ts';
import type { World } from './world.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const GIB = 1024 ** 3;

/** Whether the services this one depends on (same application) are Ready, or why one failed. */
function dependencies(world: World, service: Service): ServicePlanInput['dependencies'] {
  const { dependsOn } = service.spec.definition;
  if (dependsOn.length === 0) return 'ready';
  const siblings = new Map(world.servicesOf(service.spec.applicationId).map((s) => [s.metadata.name, s]));
  for (const name of dependsOn) {
    const other = siblings.get(name);
    if (!other) continue;
    if (other.status.phase === 'Failed') return { failed: `It depends on service ${name}, which failed.` };
    if (other.status.phase !== 'Ready' || !operationDone(other)) return 'waiting';
  }
  return 'ready';
}

/** Whether the tasks this batch task depends on have finished their current run, or why one failed. */
function taskDependencies(world: World, service: Service): ServicePlanInput['dependencies'] {
  const { dependsOn } = service.spec.definition;
  if (dependsOn.length === 0) return 'ready';
  const siblings = new Map(world.servicesOf(service.spec.applicationId).map((s) => [s.metadata.name, s]));
  for (const name of dependsOn) {
    const other = siblings.get(name);
    if (!other) continue;
    const phase = currentTaskPhase(other);
    const gaveUp = other.status.phase === 'Failed' && operationDone(other) && runsTask(other);
    if (phase === 'Failed' || gaveUp) return { failed: `It depends on task ${name}, which failed.` };
    if (phase !== 'Finished') return 'waiting';
  }
  return 'ready';
}

/** CPU and memory use of each node of the cluster by the workload model, as fractions of its capacity. */
function nodeUsage(world: World, clusterId: string): Map<string, NodeUsage> {
  const usage = new Map<string, NodeUsage>();
  for (const node of world.nodesOf(clusterId)) {
    const load = world.placement(clusterId).load(node.metadata.id)?.node;
    let cpu = 0;
    let memory = 0;
    for (const c of world.containersOn(node.metadata.id)) {
      if (c.status.phase !== 'running') continue;
      const profile = workloadProfile(c.spec.image, c.metadata.id);
      cpu += profile.cpu;
      memory += profile.memoryBytes;
    }
    usage.set(node.metadata.id, {
      cpu: cpu / Math.max(1, (load?.cpuShares ?? 100) / 100),
      memory: memory / Math.max(1, load?.memoryBytes ?? GIB),
    });
  }
  return usage;
}

function describeMove(world: World, from: Container, toNodeId: string): string {
  const name = (id: string) => `node${world.nodes.get(id)?.spec.index ?? '?'}`;
  return `Reschedule container ${from.metadata.name} from ${name(from.spec.nodeId)} to ${name(toNodeId)}.`;
}

/** Carries out one intent of the service's plan inside the unit. */
function carryOut(work: WorkContext, unit: UnitBuilder, service: Service, intent: ContainerIntent): void {
  const { factory, now } = work;
  const enter = (c: Container, patch: Partial<Container['status']>) =>
    unit.updateContainer(c, { ...c.status, phaseSince: iso(now), ...patch });
  switch (intent.kind) {
    case 'create': {
      const creation = factory.create(service, intent.number, intent.nodeId, now);
      if (creation) work.schedule(workKey.container(unit.createContainer(creation).metadata.id));
      return;
    }
    case 'replace': {
      const old = intent.container;
      factory.release(old);
      unit.removeContainer(old);
      const creation = factory.create(service, old.spec.number, intent.nodeId, now);
      if (!creation) return;
      work.schedule(workKey.container(unit.createContainer({ ...creation, name: old.metadata.name }).metadata.id));
      if (intent.nodeId !== old.spec.nodeId)
        unit.events(
          serviceEvent(service, 'Info', 'ContainerRescheduled', describeMove(work.world, old, intent.nodeId)),
        );
      return;
    }
    case 'remove':
      enter(intent.container, { phase: 'removing', health: null });
      work.schedule(workKey.container(intent.container.metadata.id));
      return;
    case 'start':
      enter(intent.container, { phase: 'created', reason: null });
      work.schedule(workKey.container(intent.container.metadata.id));
      return;
    case 'restart':
      enter(intent.container, {
        phase: 'restarting',
        health: null,
        restartCount: intent.container.status.restartCount + 1,
      });
      work.schedule(workKey.container(intent.container.metadata.id));
      return;
  }
}

/** Plans the service's next step and writes it as one unit: its containers and its status together. */
export function reconcileService(work: WorkContext, service: Service): void {
  const { world, now, settings } = work;
  const containers = world.containersOf(service.metadata.id);
  const application = world.applications.get(service.spec.applicationId);
  const planner = awaitsSchedule(service, application)
    ? planAwaitingSchedule
    : runsTask(service)
      ? planTask
      : planService;
  const plan = planner({
    service,
    containers,
    dependencies: runsTask(service) ? taskDependencies(world, service) : dependencies(world, service),
    placement: world.placement(service.spec.clusterId),
    usage: service.spec.operation.kind === 'reschedule' ? nodeUsage(world, service.spec.clusterId) : new Map(),
    now,
    random: randomFor(settings, service.metadata.id, service.metadata.generation, now),
  });
  if (plan.intents.length === 0 && !plan.status && !plan.removeService && plan.events.length === 0) return;
  const busy = plan.intents.some((i) => 'container' in i && work.tick.busy('container', i.container.metadata.id));
  if (busy) return work.schedule(workKey.service(service.metadata.id));
  const unit = work.tick.unit();
  for (const intent of plan.intents) carryOut(work, unit, service, intent);
  if (plan.removeService) unit.remove('service', service);
  else if (plan.status) unit.update('service', service, { status: plan.status });
  unit.events(...plan.events);
  work.schedule(workKey.application(service.spec.applicationId));
  // An operation that moved on without touching a container (a Reschedule with nothing to move)
  // has no container step to wake it: look again once this write has landed.
  if (plan.status && !plan.removeService && plan.status.observedGeneration < service.metadata.generation)
    work.schedule(workKey.service(service.metadata.id));
  const taskMoved = plan.status?.task && plan.status.task.phase !== service.status.task?.phase;
  if (plan.status?.phase !== service.status.phase || plan.removeService || taskMoved)
    for (const sibling of world.servicesOf(service.spec.applicationId))
      if (sibling.spec.definition.dependsOn.includes(service.metadata.name))
        work.schedule(workKey.service(sibling.metadata.id));
}

/** The name events use for a service. */
export const fullName = (service: Service) => serviceFullName(service.spec.applicationName, service.metadata.name);
