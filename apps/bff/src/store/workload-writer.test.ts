import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContainerCreation, makeService } from '@cs/simulator/testing/make-workload.ts';
import { versionKey } from '@cs/simulator';
import { openTestDatabase, postgresAvailable } from '../testing/test-database.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { createStore } from './store.ts';
import type { Store } from './store.ts';

const hasPostgres = await postgresAvailable();
const now = () => Date.UTC(2026, 0, 1, 12);

describe.each([
  { engine: 'sqlite' as const, skip: false },
  { engine: 'postgres' as const, skip: !hasPostgres },
])('WorkloadWriter and ContainerStore on $engine', ({ engine, skip }) => {
  let test: TestDatabase;
  let store: Store;

  beforeEach(async ({ skip: skipTest }) => {
    if (skip) skipTest();
    test = await openTestDatabase(engine);
    store = createStore(test.database, now);
  });
  afterEach(async () => {
    if (!skip) await test.dispose();
  });

  const createService = () => {
    const service = makeService();
    return store.resources.create(
      'service',
      { ...service.metadata, scope: service.spec.applicationId, spec: service.spec, status: service.status },
      { nameTaken: 'taken' },
    );
  };

  it('writes many containers in one batch, each with a version of its own and one change', async () => {
    const creates = Array.from({ length: 1200 }, (_, i) => makeContainerCreation(i + 1));
    const outcome = await store.workloads.applyBatch([{ containerCreates: creates }]);
    expect(outcome.rejected.size).toBe(0);
    const versions = creates.map((c) => outcome.versions.get(versionKey('container', c.id)));
    expect(new Set(versions).size).toBe(1200);
    expect(await store.containers.total()).toBe(1200);
    const changes = await store.resources.changesSince(0, 5000);
    expect(changes.filter((c) => c.kind === 'container' && c.type === 'ADDED')).toHaveLength(1200);
    const stored = await store.containers.get(creates[41]!.id);
    expect(stored.metadata.resourceVersion).toBe(versions[41]);
    expect(stored.spec).toEqual(creates[41]!.spec);
    expect(stored.status).toEqual(creates[41]!.status);
  });

  it('updates and removes in bulk, leaving the operator-owned desired state alone', async () => {
    const creates = [1, 2, 3].map((n) => makeContainerCreation(n));
    await store.workloads.applyBatch([{ containerCreates: creates }]);
    await store.containers.setDesiredState(creates[0]!.id, 'stopped', []);
    const moved = { ...creates[0]!.spec, nodeId: 'node-2' };
    await store.workloads.applyBatch([
      {
        containerUpdates: [{ id: creates[0]!.id, spec: moved, status: { ...creates[0]!.status, phase: 'exited' } }],
      },
      { containerRemoves: [creates[2]!.id] },
    ]);
    const first = await store.containers.get(creates[0]!.id);
    expect(first.spec).toMatchObject({ nodeId: 'node-2', desiredState: 'stopped' });
    expect(first.status.phase).toBe('exited');
    expect(await store.containers.find(creates[2]!.id)).toBeUndefined();
    expect((await store.containers.list({ nodeId: 'node-2' }, { page: 1, pageSize: 10 })).total).toBe(1);
  });

  it('drops a unit whose resource moved on, and only that unit', async () => {
    const service = await createService();
    const stale = {
      kind: 'service' as const,
      id: service.metadata.id,
      expectedVersion: service.metadata.resourceVersion + 1000,
    };
    const outcome = await store.workloads.applyBatch([
      {
        updates: [{ ...stale, status: { ...service.status, phase: 'Ready' } }],
        containerCreates: [makeContainerCreation(1)],
        events: [
          {
            clusterId: 'cluster-1',
            resourceKind: 'service',
            resourceId: 's',
            level: 'Info',
            reason: 'X',
            message: 'lost',
          },
        ],
      },
      {
        updates: [
          {
            kind: 'service',
            id: service.metadata.id,
            expectedVersion: service.metadata.resourceVersion,
            status: { ...service.status, phase: 'Ready' },
          },
        ],
        containerCreates: [makeContainerCreation(2)],
      },
    ]);
    expect([...outcome.rejected]).toEqual([0]);
    expect(await store.containers.total()).toBe(1);
    expect((await store.resources.get('service', service.metadata.id)).status.phase).toBe('Ready');
    expect(outcome.versions.get(versionKey('service', service.metadata.id))).toBeGreaterThan(
      service.metadata.resourceVersion,
    );
    const events = await store.events.listForCluster('cluster-1', { page: 1, pageSize: 10 });
    expect(events.items.map((e) => e.message)).not.toContain('lost');
  });

  it('lists a page in SQL order and filters by every column', async () => {
    const creates = Array.from({ length: 12 }, (_, i) =>
      makeContainerCreation(i + 1, {
        spec: { nodeId: i % 2 === 0 ? 'node-1' : 'node-2' },
        status: i === 3 ? { phase: 'exited', health: null } : {},
      }),
    );
    await store.workloads.applyBatch([{ containerCreates: creates }]);
    const page = await store.containers.list({ clusterId: 'cluster-1' }, { page: 1, pageSize: 5 });
    expect(page.total).toBe(12);
    expect(page.items.map((c) => c.metadata.name)).toEqual([1, 2, 3, 4, 5].map((n) => `wordpress_web_${n}`));
    const second = await store.containers.list({ serviceId: 'svc-web', nodeId: 'node-2' }, { page: 2, pageSize: 2 });
    expect(second.items.map((c) => c.spec.number)).toEqual([6, 8]);
    expect((await store.containers.list({ phase: 'exited' }, { page: 1, pageSize: 10 })).total).toBe(1);
    expect(
      (await store.containers.list({ namePrefix: 'wordpress_web_1' }, { page: 1, pageSize: 10 })).items.map(
        (c) => c.spec.number,
      ),
    ).toEqual([1, 10, 11, 12]);
  });

  it('keeps the counts the engine sends beside the containers, and forgets those that count nothing', async () => {
    await store.workloads.applyBatch(
      [],
      [
        { ownerId: 'svc-web', ready: 11, stopped: 1, other: 0 },
        { ownerId: 'node-1', ready: 6, stopped: 0, other: 0 },
      ],
    );
    await store.workloads.applyBatch(
      [],
      [
        { ownerId: 'svc-web', ready: 10, stopped: 2, other: 0 },
        { ownerId: 'node-1', ready: 0, stopped: 0, other: 0 },
      ],
    );
    expect(await store.containers.counts(['svc-web', 'node-1'])).toEqual(
      new Map([
        ['svc-web', { ready: 10, stopped: 2, other: 0 }],
        ['node-1', { ready: 0, stopped: 0, other: 0 }],
      ]),
    );
    expect(await store.containers.countsByNode(['node-1'])).toEqual(new Map([['node-1', 0]]));
  });
});
