import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import { planMigration, planNodeFailure } from './evacuate.ts';
import { makeContainer, makeNode, makeNodes, makeRequest, makeState } from './testing/cluster.ts';
import type { ServiceRules } from './types.ts';

function service(name: string, overrides: Partial<ServiceRules> = {}, expressions: string[] = []): ServiceRules {
  const { count: _count, global: _global, ...rules } = makeRequest(expressions, { service: name });
  return { ...rules, global: false, ...overrides };
}

const web = service('web', { reschedule: 'on-node-failure' });
const db = service('db', { reschedule: 'off' });
const monitor = service('monitor', { global: true, reschedule: 'on-node-failure' });

function cluster() {
  return makeState(makeNodes(3), [
    makeContainer({ id: 'web1', nodeId: 'n1' }),
    makeContainer({ id: 'web2', nodeId: 'n1' }),
    makeContainer({ id: 'web3', nodeId: 'n2' }),
    makeContainer({ id: 'db1', nodeId: 'n1', service: 'db' }),
    makeContainer({ id: 'mon1', nodeId: 'n1', service: 'monitor' }),
    makeContainer({ id: 'mon2', nodeId: 'n2', service: 'monitor' }),
  ]);
}

describe('planNodeFailure (container rescheduling)', () => {
  it('moves containers of reschedule:on-node-failure services; the others stay lost, with the reason', () => {
    const state = cluster();
    const plan = planNodeFailure(state, ['n1'], [web, db, monitor], seededRandom(1));
    expect(plan.moves.map((m) => [m.containerId, m.fromNodeId, m.toNodeId])).toEqual([
      ['web1', 'n1', 'n3'],
      ['web2', 'n1', expect.stringMatching(/^n[23]$/)],
    ]);
    expect(plan.lost).toEqual([
      {
        containerId: 'db1',
        nodeId: 'n1',
        reason: 'Container rescheduling is disabled for service db (reschedule:on-node-failure is not set).',
      },
      { containerId: 'mon1', nodeId: 'n1', reason: 'Service monitor is global: it runs one container on each node.' },
    ]);
  });

  it('does not change the state, and never picks a failed node still listed as schedulable', () => {
    const state = cluster();
    const plan = planNodeFailure(state, ['n1', 'n2'], [web], seededRandom(1));
    expect(plan.moves.map((m) => m.toNodeId)).toEqual(['n3', 'n3', 'n3']);
    expect(state.containersOn('n1').map((c) => c.id)).toEqual(['db1', 'mon1', 'web1', 'web2']);
    expect(state.load('n3')?.containers).toBe(0);
  });

  it('honours the service rules: constraint:group==1 keeps it on the tagged nodes', () => {
    const state = makeState(
      makeNodes(3, (i) => (i < 3 ? { tags: { group: '1' } } : {})),
      [makeContainer({ id: 'w', nodeId: 'n1' })],
    );
    const tagged = service('web', { reschedule: 'on-node-failure' }, ['constraint:group==1']);
    expect(planNodeFailure(state, ['n1'], [tagged], seededRandom(1)).moves).toEqual([
      { containerId: 'w', fromNodeId: 'n1', toNodeId: 'n2' },
    ]);
  });

  it('saves as many as fit and says why the rest are lost', () => {
    const big = service('web', { reschedule: 'on-node-failure', cpuShares: 300 });
    const state = makeState(makeNodes(2), [
      makeContainer({ id: 'a', nodeId: 'n1', cpuShares: 300 }),
      makeContainer({ id: 'b', nodeId: 'n1', cpuShares: 300 }),
    ]);
    const plan = planNodeFailure(state, ['n1'], [big], seededRandom(1));
    expect(plan.moves).toEqual([{ containerId: 'a', fromNodeId: 'n1', toNodeId: 'n2' }]);
    expect(plan.lost).toEqual([
      {
        containerId: 'b',
        nodeId: 'n1',
        reason: 'Not enough CPU for 1 container of cpu_shares 300: node2 has 100 of 400 free.',
      },
    ]);
  });

  it('in a zone outage, az==2 is tried, not required: the containers move to the zone left', () => {
    const nodes = [
      makeNode(1, { zone: 'cn-hangzhou-b' }),
      makeNode(2, { zone: 'cn-hangzhou-d' }),
      makeNode(3, { zone: 'cn-hangzhou-d' }),
    ];
    const state = makeState(nodes, [
      makeContainer({ id: 'a', nodeId: 'n1' }),
      makeContainer({ id: 'b', nodeId: 'n2' }),
    ]);
    const zoned = service('web', { reschedule: 'on-node-failure', availability: { zones: 2, hard: true } });
    const plan = planNodeFailure(state, ['n1'], [zoned], seededRandom(1));
    expect(plan.moves).toEqual([{ containerId: 'a', fromNodeId: 'n1', toNodeId: 'n3' }]);
    expect(plan.warnings).toEqual(['availability:az==~2 could not be met: the service covers 1 zone: cn-hangzhou-d.']);
  });

  it('a container of a service the scheduler does not know is lost', () => {
    const plan = planNodeFailure(cluster(), ['n1'], [], seededRandom(1));
    expect(plan.moves).toEqual([]);
    expect(plan.lost.map((l) => l.reason)).toContain('Service web is not known to the scheduler.');
  });
});

describe('planMigration (remove or reset a node with Migrate Containers)', () => {
  it('moves every container, whatever its rescheduling policy; a global service stays', () => {
    const plan = planMigration(cluster(), ['n1'], [web, db, monitor], seededRandom(1));
    expect(plan.moves.map((m) => m.containerId)).toEqual(['db1', 'web1', 'web2']);
    expect(plan.moves.every((m) => m.toNodeId !== 'n1')).toBe(true);
    expect(plan.lost.map((l) => l.containerId)).toEqual(['mon1']);
  });

  it('keeps hard rules hard: a migration that would break az==2 fails, so the reset stops', () => {
    const nodes = [makeNode(1, { zone: 'cn-hangzhou-b' }), makeNode(2, { zone: 'cn-hangzhou-d' })];
    const state = makeState(nodes, [
      makeContainer({ id: 'a', nodeId: 'n1' }),
      makeContainer({ id: 'b', nodeId: 'n2' }),
    ]);
    const zoned = service('web', { availability: { zones: 2, hard: true } });
    expect(planMigration(state, ['n1'], [zoned], seededRandom(1))).toEqual({
      moves: [],
      lost: [
        { containerId: 'a', nodeId: 'n1', reason: 'availability:az==2 needs 2 zones; cluster has 1: cn-hangzhou-d.' },
      ],
      warnings: [],
    });
  });
});
