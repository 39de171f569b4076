import { matchingFault, operationDone, restartsAfterCrash } from '@cs/domain';
import type { Container, Node, Service } from '@cs/domain';
import { withCondition } from '../conditions.ts';
import { CONTAINERS_MIGRATED, abandonNodeOperation, waitsForMigration } from '../controllers/node-lifecycle.ts';
import { planMigration, planNodeFailure } from '../scheduler/evacuate.ts';
import type { EvacuationPlan } from '../scheduler/evacuate.ts';
import { containerEvent } from './container-lifecycle.ts';
import { serviceRules } from './placement-rules.ts';
import { createMissing } from './service-plan.ts';
import type { UnitBuilder } from './tick.ts';
import { randomFor, workKey } from './work-context.ts';
import type { WorkContext } from './work-context.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const nodeName = (node: Node) => `node${node.spec.index}`;

/** Containers of the node that are still there (not being removed). */
const present = (work: WorkContext, nodeId: string) =>
  work.world.containersOn(nodeId).filter((c) => c.status.phase !== 'removing');

function servicesOf(work: WorkContext, containers: readonly Container[]): Service[] {
  const ids = new Set(containers.map((c) => c.spec.serviceId));
  return [...ids].map((id) => work.world.services.get(id)).filter((s) => s !== undefined);
}

/** Moves containers as an evacuation plan says: each is removed and created again on its new node. */
function carryOutMoves(work: WorkContext, unit: UnitBuilder, plan: EvacuationPlan, verb: string): void {
  const { world, factory, now } = work;
  for (const move of plan.moves) {
    const old = world.containers.get(move.containerId);
    const service = old && world.services.get(old.spec.serviceId);
    const target = world.nodes.get(move.toNodeId);
    if (!old || !service || !target) continue;
    factory.release(old);
    unit.removeContainer(old);
    const creation = factory.create(service, old.spec.number, move.toNodeId, now);
    if (!creation) continue;
    const moved = unit.createContainer({ ...creation, name: old.metadata.name });
    work.schedule(workKey.container(moved.metadata.id));
    const from = world.nodes.get(move.fromNodeId);
    // A node event (the cluster's Events show the migration log), carrying the container's service too.
    unit.events({
      ...containerEvent(
        moved,
        'Info',
        'ContainerMigrated',
        `${verb} container ${old.metadata.name} from ${from ? nodeName(from) : move.fromNodeId} to ${nodeName(target)} completed.`,
      ),
      resourceKind: 'node',
      resourceId: move.fromNodeId,
    });
  }
}

/** A node that went down: its containers are lost; those of services with `reschedule:on-node-failure` move. */
function nodeDown(work: WorkContext, node: Node): void {
  const { now } = work;
  const unit = work.tick.unit();
  const containers = present(work, node.metadata.id);
  for (const c of containers.filter((c) => c.status.phase !== 'lost')) {
    unit.updateContainer(c, {
      ...c.status,
      phase: 'lost',
      health: null,
      phaseSince: iso(now),
      reason: `Node ${nodeName(node)} is down.`,
    });
    unit.events(
      containerEvent(
        c,
        'Warning',
        'ContainerLost',
        `Container ${c.metadata.name} is lost: node ${nodeName(node)} is down.`,
      ),
    );
  }
  const placement = work.world.placement(node.spec.clusterId);
  const plan = planNodeFailure(
    placement,
    [node.metadata.id],
    servicesOf(work, containers).map(serviceRules),
    randomFor(work.settings, node.metadata.id, now),
  );
  carryOutMoves(work, unit, plan, 'Reschedule');
}

/** A node back up: Docker restarts its lost containers whose restart policy says so; the others have exited. */
function nodeUp(work: WorkContext, node: Node): void {
  const lost = present(work, node.metadata.id).filter((c) => c.status.phase === 'lost');
  if (lost.length === 0) return;
  const unit = work.tick.unit();
  for (const c of lost) {
    const restart = work.world.services.get(c.spec.serviceId)?.spec.definition.restart ?? 'no';
    const phase = restartsAfterCrash(restart) ? 'restarting' : 'exited';
    unit.updateContainer(c, {
      ...c.status,
      phase,
      phaseSince: iso(work.now),
      exitCode: phase === 'exited' ? 255 : null,
      reason: `Node ${nodeName(node)} restarted.`,
    });
    work.schedule(workKey.container(c.metadata.id));
  }
}

/** Global services put a container on every node that joins (or comes back) and has none. */
function fillGlobalServices(work: WorkContext, node: Node): void {
  for (const application of work.world.applicationsOf(node.spec.clusterId))
    for (const service of work.world.servicesOf(application.metadata.id)) {
      const { definition } = service.spec;
      if (!definition.global || service.spec.desiredState !== 'running' || !operationDone(service)) continue;
      const numbers = new Set(work.world.containersOf(service.metadata.id).map((c) => c.spec.number));
      const placed = createMissing(
        {
          service,
          placement: work.world.placement(node.spec.clusterId),
          random: randomFor(work.settings, service.metadata.id, node.metadata.id),
        },
        numbers,
      );
      if ('failure' in placed || placed.intents.length === 0) continue;
      const unit = work.tick.unit();
      for (const intent of placed.intents) {
        if (intent.kind !== 'create') continue;
        const creation = work.factory.create(service, intent.number, intent.nodeId, work.now);
        if (creation) work.schedule(workKey.container(unit.createContainer(creation).metadata.id));
      }
    }
}

/** Remove or Reset with Migrate Containers: move every container off, then record it on the node. */
function migrate(work: WorkContext, node: Node): void {
  const { world, now } = work;
  const containers = present(work, node.metadata.id);
  const context = {
    now,
    random: randomFor(work.settings, node.metadata.id, 'migrate'),
    related: {
      cluster: [world.clusters.get(node.spec.clusterId)!].filter(Boolean),
      node: world.nodesOf(node.spec.clusterId),
    },
  };
  const fault = matchingFault([...world.faults.values()], 'node', node.metadata.id, CONTAINERS_MIGRATED);
  const unit = work.tick.unit();
  const isGlobal = (c: Container) => world.services.get(c.spec.serviceId)?.spec.definition.global === true;
  const global = containers.filter(isGlobal);
  const rules = servicesOf(work, containers).map(serviceRules);
  const plan = planMigration(world.placement(node.spec.clusterId), [node.metadata.id], rules, context.random);
  // Global services run a container on every node: theirs go with the node instead of moving.
  const globalIds = new Set(global.map((c) => c.metadata.id));
  const stranded = plan.lost.filter((l) => !globalIds.has(l.containerId));
  if (fault || stranded.length > 0) {
    const reason =
      fault?.spec.message ||
      `Container migration failed: ${stranded[0]?.reason ?? 'no other Normal node in the cluster can take the containers.'}`;
    const result = abandonNodeOperation(node, reason, context);
    unit.update('node', node, { spec: result.spec, status: result.status });
    for (const update of result.updates ?? []) {
      const cluster = world.clusters.get(update.id);
      if (cluster)
        unit.update('cluster', cluster, {
          ...(update.status ? { status: update.status as typeof cluster.status } : {}),
        });
    }
    if (fault) {
      if (fault.spec.count > 1) unit.update('fault', fault, { spec: { ...fault.spec, count: fault.spec.count - 1 } });
      else unit.remove('fault', fault);
    }
    unit.events(...result.events);
    return;
  }
  carryOutMoves(work, unit, plan, 'Migrate');
  for (const c of global) unit.removeContainer(c);
  const message = `Migrate ${plan.moves.length} container(s) off ${node.metadata.name} completed.`;
  const status = withCondition(
    node.status,
    { type: CONTAINERS_MIGRATED, status: 'True', reason: 'Completed', message },
    now,
  );
  unit.update('node', node, { status });
  unit.events({
    clusterId: node.spec.clusterId,
    resourceKind: 'node',
    resourceId: node.metadata.id,
    level: 'Info',
    reason: CONTAINERS_MIGRATED,
    message,
  });
}

/** Without migration a removed or reset node's containers go with its disk. */
function dropContainers(work: WorkContext, nodeId: string, why: string): void {
  const containers = work.world.containersOn(nodeId);
  if (containers.length === 0) return;
  const unit = work.tick.unit();
  for (const c of containers) {
    unit.removeContainer(c);
    unit.events(containerEvent(c, 'Warning', 'ContainerRemoved', `Container ${c.metadata.name} was removed: ${why}`));
    work.schedule(workKey.service(c.spec.serviceId));
  }
}

/** What a node's state asks of the containers on it. */
export function reconcileNode(work: WorkContext, nodeId: string): void {
  const node = work.world.nodes.get(nodeId);
  if (!node) return dropContainers(work, nodeId, 'its node left the cluster.');
  if (work.world.containersOn(nodeId).some((c) => work.tick.busy('container', c.metadata.id)))
    return work.schedule(workKey.node(nodeId));
  const operation = node.spec.operation;
  if (operation && waitsForMigration(node)) return migrate(work, node);
  if (
    operation &&
    !operation.migrateContainers &&
    (node.status.phase === 'Removing' || node.status.phase === 'Resetting')
  )
    return dropContainers(
      work,
      nodeId,
      `node ${nodeName(node)} is being ${operation.kind === 'remove' ? 'removed' : 'reset'}.`,
    );
  if (node.status.phase === 'Offline') return nodeDown(work, node);
  if (node.status.phase === 'Normal' && operation === null) {
    nodeUp(work, node);
    fillGlobalServices(work, node);
  }
}
