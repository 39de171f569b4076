import { describe, expect, it } from 'vitest';
import type { Cluster } from '@cs/domain';
import { EngineHarness } from '../testing/engine-harness.ts';

const MINUTE = 60_000;

describe('the deploy engine', () => {
  it('deploys a service of scale 3: pull, create, start, Normal, with the guide’s events', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { image: 'wordpress:4.5', scale: 3, ports: [{ containerPort: 80, count: 1, protocol: 'tcp' }] } });
    await t.advance(MINUTE);
    const containers = t.containers();
    expect(containers.map((c) => c.metadata.name)).toEqual(['wordpress_web_1', 'wordpress_web_2', 'wordpress_web_3']);
    for (const c of containers) {
      expect(c.status).toMatchObject({ phase: 'running', health: 'Normal' });
      expect(c.status.imageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(c.status.ports[0]).toMatchObject({ containerPort: 80, protocol: 'tcp' });
      expect(c.status.ports[0]!.hostPort).toBeGreaterThanOrEqual(32768);
    }
    expect(new Set(containers.map((c) => c.spec.nodeId)).size).toBe(3);
    expect(t.messages()).toEqual(
      expect.arrayContaining([
        'Activate container wordpress_web_2 succeeded.',
        'Create service wordpress_web completed.',
        'Create application wordpress completed.',
      ]),
    );
    expect(t.service('wordpress', 'web').status.phase).toBe('Ready');
    expect(t.store.get('application', 'app-wordpress')?.status.phase).toBe('Ready');
    expect(t.errors).toEqual([]);
  });

  it('records the names containers find each other by: hostname and links (service discovery)', async () => {
    const t = await EngineHarness.start();
    t.deploy({
      web: { links: [{ target: 'db', alias: 'mysql' }], externalLinks: [{ target: 'redis_cache_1', alias: 'cache' }] },
      db: { hostname: 'xxserver' },
    });
    await t.advance(MINUTE);
    const [db, web] = t.containers();
    expect(db!.spec).toMatchObject({ hostname: 'xxserver', links: [] });
    expect(web!.spec).toMatchObject({
      hostname: 'wordpress_web_1',
      links: [
        { alias: 'mysql', target: 'wordpress_db' },
        { alias: 'cache', target: 'redis_cache_1' },
      ],
    });
  });

  it('gives each node its own segment of the container network', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { scale: 3 } });
    await t.advance(MINUTE);
    const byNode = new Map(t.containers().map((c) => [t.store.get('node', c.spec.nodeId)!.spec, c.status.containerIp]));
    for (const [node, ip] of byNode) expect(ip).toBe(`172.19.${(node as { index: number }).index}.2`);
  });

  it('starts a service after the services it depends on are Ready', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { image: 'wordpress', dependsOn: ['db'] }, db: { image: 'mysql:5.7' } });
    const order: string[] = [];
    await t.watch(MINUTE, 500, () => {
      for (const c of t.containers())
        if (c.status.phase === 'running' && !order.includes(c.spec.serviceName)) order.push(c.spec.serviceName);
    });
    expect(order).toEqual(['db', 'web']);
  });

  it('runs a global service on every node, and on a node that joins later', async () => {
    const t = await EngineHarness.start();
    t.deploy({ monitor: { image: 'sample', global: true } }, 'ops');
    await t.advance(MINUTE);
    expect(
      t
        .containers()
        .map((c) => c.spec.nodeId)
        .sort(),
    ).toEqual(['i-node1', 'i-node2', 'i-node3']);
    t.addNode(4);
    await t.advance(MINUTE);
    expect(t.containers().map((c) => c.metadata.name)).toEqual([
      'ops_monitor_1',
      'ops_monitor_2',
      'ops_monitor_3',
      'ops_monitor_4',
    ]);
    expect(t.containers().find((c) => c.spec.nodeId === 'i-node4')?.status.phase).toBe('running');
  });

  it('replaces containers in batches of `parallelism` during a rolling update, never all at once', async () => {
    const t = await EngineHarness.start({ nodes: 4 });
    t.deploy({ web: { image: 'nginx:1.10', scale: 4, rollingUpdates: true, parallelism: 2 } });
    await t.advance(MINUTE);
    const web = t.service('wordpress', 'web');
    t.operate(web, {
      definition: { ...web.spec.definition, image: 'nginx:1.11' },
      definitionVersion: 2,
      operation: { kind: 'update', reschedule: false },
    });
    let mostAtOnce = 0;
    await t.watch(2 * MINUTE, 250, () => {
      const notReady = t
        .containers()
        .filter((c) => c.status.phase !== 'running' || c.status.health !== 'Normal').length;
      mostAtOnce = Math.max(mostAtOnce, notReady);
    });
    expect(mostAtOnce).toBe(2);
    expect(t.containers().map((c) => [c.metadata.name, c.spec.image, c.status.phase])).toEqual(
      [1, 2, 3, 4].map((n) => [`wordpress_web_${n}`, 'nginx:1.11', 'running']),
    );
    expect(t.messages()).toContain('Update service wordpress_web completed.');
  });

  it('recreates every container at once without rolling updates, on the same nodes', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { scale: 3 } });
    await t.advance(MINUTE);
    const nodes = t.containers().map((c) => c.spec.nodeId);
    const web = t.service('wordpress', 'web');
    t.operate(web, {
      definition: { ...web.spec.definition, environment: { A: '1' } },
      definitionVersion: 2,
      operation: { kind: 'update', reschedule: false },
    });
    await t.advance(1_000);
    expect(t.containers().filter((c) => c.status.phase === 'pulling')).toHaveLength(3);
    await t.advance(MINUTE);
    expect(t.containers().map((c) => c.spec.nodeId)).toEqual(nodes);
  });

  it('pulls again on Redeploy, so a digest pushed meanwhile shows', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { image: 'nginx', scale: 2 } });
    await t.advance(MINUTE);
    const before = t.containers()[0]!.status.imageDigest;
    t.pushImage('nginx:latest');
    await t.advance(MINUTE);
    expect(t.containers()[0]!.status.imageDigest).toBe(before);
    const web = t.service('wordpress', 'web');
    t.operate(web, { deployment: 2, operation: { kind: 'redeploy' } });
    await t.advance(MINUTE);
    const digests = new Set(t.containers().map((c) => c.status.imageDigest));
    expect(digests.size).toBe(1);
    expect(digests.has(before)).toBe(false);
    expect(t.messages()).toContain('Redeploy service wordpress_web completed.');
  });

  it('stops and starts a service, and a single container', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { scale: 2 } });
    await t.advance(MINUTE);
    let web = t.operate(t.service('wordpress', 'web'), { desiredState: 'stopped', operation: { kind: 'stop' } });
    await t.advance(MINUTE);
    expect(t.containers().map((c) => c.status.phase)).toEqual(['exited', 'exited']);
    expect(t.service('wordpress', 'web').status.phase).toBe('Stopped');
    web = t.operate(t.service('wordpress', 'web'), { desiredState: 'running', operation: { kind: 'start' } });
    await t.advance(MINUTE);
    expect(t.containers().map((c) => c.status.phase)).toEqual(['running', 'running']);
    expect(web.metadata.generation).toBe(3);
    const first = t.containers()[0]!;
    t.store.setDesiredState(first.metadata.id, 'stopped');
    await t.advance(MINUTE);
    expect(t.containers().map((c) => c.status.phase)).toEqual(['exited', 'running']);
    t.store.setDesiredState(first.metadata.id, 'running');
    await t.advance(MINUTE);
    expect(t.containers().map((c) => c.status.phase)).toEqual(['running', 'running']);
    expect(t.messages().filter((m) => m === 'Stop container wordpress_web_1 succeeded.')).toHaveLength(2);
  });

  it('moves the containers of a node that goes down when their service asks for it; the others stay lost', async () => {
    const t = await EngineHarness.start();
    t.deploy({ keep: { scale: 3, reschedule: 'on-node-failure' }, lose: { scale: 3 } });
    await t.advance(MINUTE);
    t.setNodePhase(1, 'Offline');
    await t.advance(MINUTE);
    const on1 = t.containers().filter((c) => c.spec.nodeId === 'i-node1');
    expect(on1.map((c) => [c.spec.serviceName, c.status.phase])).toEqual([['lose', 'lost']]);
    expect(t.containers('svc-wordpress-keep').map((c) => c.status.phase)).toEqual(['running', 'running', 'running']);
    expect(
      t.messages().some((m) => /^Reschedule container wordpress_keep_\d from node1 to node[23] completed\.$/.test(m)),
    ).toBe(true);
    t.setNodePhase(1, 'Normal');
    await t.advance(MINUTE);
    expect(t.containers().find((c) => c.spec.nodeId === 'i-node1')?.status.phase).toBe('exited');
  });

  it('restarts a crashed container whose restart policy says so', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { restart: 'always' }, once: { restart: 'no' } });
    await t.advance(MINUTE);
    for (const service of ['svc-wordpress-web', 'svc-wordpress-once'])
      t.store.put(
        'fault',
        {
          metadata: {
            id: `f-${service}`,
            name: 'crash',
            generation: 1,
            resourceVersion: 0,
            createdAt: '',
            updatedAt: '',
          },
          spec: { targetKind: 'service', targetId: service, step: 'Crash', message: 'Segmentation fault', count: 1 },
          status: { phase: 'Armed', phaseSince: '', observedGeneration: 1, conditions: [] },
        },
        service,
      );
    await t.advance(MINUTE);
    expect(t.containers().map((c) => [c.metadata.name, c.status.phase, c.status.restartCount])).toEqual([
      ['wordpress_once_1', 'exited', 0],
      ['wordpress_web_1', 'running', 1],
    ]);
    expect(t.store.all('fault')).toEqual([]);
  });

  it('fails a placement the rules forbid, with the scheduler’s reason', async () => {
    const t = await EngineHarness.start({ nodes: 2 });
    t.deploy({ web: { availability: { zones: 3, hard: true }, scale: 3 } });
    await t.advance(MINUTE);
    const web = t.service('wordpress', 'web');
    expect(web.status.phase).toBe('Failed');
    expect(web.status.reason).toMatch(/availability:az==3/);
    expect(t.store.get('application', 'app-wordpress')?.status.phase).toBe('Failed');
    expect(t.containers()).toEqual([]);
  });

  it('deletes a service’s containers, then the service and the application', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { scale: 2 } });
    await t.advance(MINUTE);
    t.operate(t.service('wordpress', 'web'), { operation: { kind: 'delete' } });
    const app = t.store.get('application', 'app-wordpress')!;
    t.store.put(
      'application',
      {
        ...app,
        metadata: { ...app.metadata, generation: 2 },
        spec: { ...(app.spec as object), operation: { kind: 'delete' } },
      },
      'cluster-1',
    );
    await t.advance(MINUTE);
    expect(t.containers()).toEqual([]);
    expect(t.store.get('service', 'svc-wordpress-web')).toBeUndefined();
    expect(t.store.get('application', 'app-wordpress')).toBeUndefined();
    expect(t.messages()).toEqual(
      expect.arrayContaining([
        'Delete container wordpress_web_1 succeeded.',
        'Delete application wordpress completed.',
      ]),
    );
  });

  it('resumes after a restart on the schedule it had', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { image: 'mysql', scale: 2 } });
    await t.advance(2_000);
    expect(t.containers().map((c) => c.status.phase)).toEqual(['pulling', 'pulling']);
    await t.restartEngine();
    await t.advance(MINUTE);
    expect(t.containers().map((c) => c.status.phase)).toEqual(['running', 'running']);
    expect(t.messages().filter((m) => m.startsWith('Activate container'))).toHaveLength(2);
  });

  it('runs the default system applications on every node of a running cluster', async () => {
    const t = await EngineHarness.start({ systemApplications: true });
    await t.advance(MINUTE);
    const names = t.store
      .all('application')
      .map((a) => a.metadata.name)
      .sort();
    expect(names).toEqual(['acslogging', 'acsmonitoring', 'acsrouting', 'acsvolumedriver']);
    expect(t.containers()).toHaveLength(5 * 3);
    expect(t.containers().every((c) => c.status.phase === 'running')).toBe(true);
    expect(t.containers().map((c) => c.metadata.name)).toContain('acslogging_logspout_3');
  });

  it('migrates the containers off a node being removed with Migrate Containers, then records it', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { scale: 3 } });
    await t.advance(MINUTE);
    const node = t.node(1);
    t.store.put(
      'node',
      {
        ...node,
        spec: { ...node.spec, operation: { kind: 'remove', migrateContainers: true } },
        status: { ...node.status, phase: 'Removing' },
      },
      'cluster-1',
    );
    await t.advance(MINUTE);
    expect(t.containers().filter((c) => c.spec.nodeId === 'i-node1')).toEqual([]);
    expect(t.containers().map((c) => c.status.phase)).toEqual(['running', 'running', 'running']);
    expect(t.node(1).status.conditions.map((c) => c.type)).toContain('ContainersMigrated');
    expect(t.messages()).toContain('Migrate 1 container(s) off cluster-1-node1 completed.');
  });

  it('stops a migration that has nowhere to go and leaves the node Normal with the reason', async () => {
    const t = await EngineHarness.start({ nodes: 1 });
    t.deploy({ web: { scale: 1 } });
    await t.advance(MINUTE);
    const node = t.node(1);
    t.store.put(
      'node',
      {
        ...node,
        spec: { ...node.spec, operation: { kind: 'reset', migrateContainers: true } },
        status: { ...node.status, phase: 'Resetting' },
      },
      'cluster-1',
    );
    await t.advance(MINUTE);
    expect(t.node(1).status).toMatchObject({
      phase: 'Normal',
      reason: expect.stringMatching(/^Container migration failed/),
    });
    expect(t.node(1).spec.operation).toBeNull();
    expect(t.containers().map((c) => c.spec.nodeId)).toEqual(['i-node1']);
  });

  it('updates the system applications to the cluster’s new version after Upgrade System Service', async () => {
    const t = await EngineHarness.start({ systemApplications: true, nodes: 2 });
    await t.advance(MINUTE);
    const cluster = t.store.get('cluster', 'cluster-1') as Cluster;
    const systemServices = { ...cluster.status.systemServices, acsrouting: '0.8' };
    const upgraded: Cluster = { ...cluster, status: { ...cluster.status, systemServices } };
    t.store.put('cluster', upgraded, 'cn-hangzhou');
    await t.advance(2 * MINUTE);
    const routing = t.containers().filter((c) => c.spec.serviceName === 'routing');
    expect(routing.map((c) => [c.spec.image, c.status.phase])).toEqual([
      ['registry.aliyuncs.com/acs/routing:0.8', 'running'],
      ['registry.aliyuncs.com/acs/routing:0.8', 'running'],
    ]);
    expect(t.store.get('application', 'cluster-1-acsrouting')?.spec).toMatchObject({ version: '0.8' });
    expect(t.containers().filter((c) => c.spec.image.endsWith(':0.7'))).toHaveLength(2 * 4);
  });

  it('ends a Reschedule that has nothing to move', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { scale: 3 } });
    await t.advance(MINUTE);
    t.operate(t.service('wordpress', 'web'), {
      operation: { kind: 'reschedule', force: false, ignoreLocalVolumes: false },
    });
    await t.advance(MINUTE);
    expect(t.service('wordpress', 'web').status.phase).toBe('Ready');
    expect(t.messages()).toContain('Reschedule service wordpress_web completed.');
  });
});
