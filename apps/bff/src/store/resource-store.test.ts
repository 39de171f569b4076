import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '@cs/domain';
import type { Cluster } from '@cs/domain';
import { openTestDatabase, postgresAvailable } from '../testing/test-database.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { EventStore } from './event-store.ts';
import { ResourceStore } from './resource-store.ts';

const hasPostgres = await postgresAvailable();
const status = { phase: 'Initial', phaseSince: '2026-01-01T00:00:00.000Z', observedGeneration: 1, conditions: [] };
const spec = { region: 'cn-hangzhou' };
const createOptions = { nameTaken: 'A cluster of that name exists in the region.' };

describe.each([
  { engine: 'sqlite' as const, skip: false },
  { engine: 'postgres' as const, skip: !hasPostgres },
])('ResourceStore on $engine', ({ engine, skip }) => {
  let test: TestDatabase;
  let store: ResourceStore;
  let commits = 0;
  const now = () => Date.UTC(2026, 0, 1, 12);

  beforeEach(async ({ skip: skipTest }) => {
    if (skip) skipTest();
    test = await openTestDatabase(engine);
    commits = 0;
    store = new ResourceStore(test.database, now, () => commits++);
  });
  afterEach(async () => {
    if (!skip) await test.dispose();
  });

  const create = (name: string, scope = 'cn-hangzhou') =>
    store.create(
      'cluster',
      { id: scope === 'cn-hangzhou' ? `id-${name}` : `id-${name}-${scope}`, name, scope, spec, status },
      createOptions,
    );

  it('creates a resource with a fresh version and an ADDED change', async () => {
    const created = await create('alpha');
    expect(created.metadata).toMatchObject({
      id: 'id-alpha',
      name: 'alpha',
      generation: 1,
      createdAt: '2026-01-01T12:00:00.000Z',
    });
    expect(await store.get('cluster', 'id-alpha')).toEqual(created);
    expect(await store.changesSince(0)).toEqual([
      { id: created.metadata.resourceVersion, kind: 'cluster', resourceId: 'id-alpha', type: 'ADDED' },
    ]);
    expect(commits).toBe(1);
  });

  it('refuses a second resource of the same name in the same scope, and allows it in another', async () => {
    await create('alpha');
    await expect(create('alpha')).rejects.toThrow(new ConflictError(createOptions.nameTaken));
    await expect(create('alpha', 'cn-beijing')).resolves.toBeDefined();
  });

  it('enforces a quota inside the transaction', async () => {
    const quota = { max: 2, message: 'You can create up to 2.' };
    await store.create('cluster', { id: 'a', name: 'a', scope: 's', spec, status }, { ...createOptions, quota });
    await store.create('cluster', { id: 'b', name: 'b', scope: 's', spec, status }, { ...createOptions, quota });
    const third = store.create(
      'cluster',
      { id: 'c', name: 'c', scope: 's', spec, status },
      { ...createOptions, quota },
    );
    await expect(third).rejects.toThrow('You can create up to 2.');
    expect((await store.listAll('cluster')).map((r) => r.metadata.id)).toEqual(['a', 'b']);
  });

  it('updates with the expected version, bumping generation only when the spec changes', async () => {
    const created = await create('alpha');
    const statusOnly = await store.update<Cluster>('cluster', 'id-alpha', created.metadata.resourceVersion, (c) => ({
      status: { ...c.status, phase: 'Running' },
    }));
    expect(statusOnly.metadata.generation).toBe(1);
    expect(statusOnly.metadata.resourceVersion).toBeGreaterThan(created.metadata.resourceVersion);
    const specChange = await store.update<Cluster>('cluster', 'id-alpha', statusOnly.metadata.resourceVersion, (c) => ({
      spec: { ...c.spec, zone: 'cn-hangzhou-d' },
    }));
    expect(specChange.metadata.generation).toBe(2);
    expect(specChange.status.phase).toBe('Running');
  });

  it('refuses a stale version and leaves the resource and its events untouched', async () => {
    const created = await create('alpha');
    const events = new EventStore(test.database.db);
    await store.update('cluster', 'id-alpha', created.metadata.resourceVersion, (c) => ({ status: c.status }));
    const stale = store.update(
      'cluster',
      'id-alpha',
      created.metadata.resourceVersion,
      (c) => ({ status: { ...c.status, phase: 'Failed' } }),
      [
        {
          clusterId: 'id-alpha',
          resourceKind: 'cluster',
          resourceId: 'id-alpha',
          level: 'Info',
          reason: 'X',
          message: 'x',
        },
      ],
    );
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    expect((await store.get('cluster', 'id-alpha')).status.phase).toBe('Initial');
    expect((await events.listForCluster('id-alpha', { page: 1, pageSize: 10 })).total).toBe(0);
  });

  it('removes with a DELETED change and answers 404 afterwards', async () => {
    const created = await create('alpha');
    await store.applyChanges({
      removes: [{ kind: 'cluster', id: 'id-alpha', expectedVersion: created.metadata.resourceVersion }],
      events: [],
    });
    await expect(store.get('cluster', 'id-alpha')).rejects.toBeInstanceOf(NotFoundError);
    expect((await store.changesSince(created.metadata.resourceVersion)).map((c) => c.type)).toEqual(['DELETED']);
  });

  it('lists a page filtered by a case-insensitive name fragment, taking % and _ literally', async () => {
    for (const name of ['Routing-test', 'web', 'my-routing', 'a_b', 'a%b', 'axb']) await create(name);
    const page = await store.list('cluster', { nameContains: 'ROUT', page: 1, pageSize: 1 });
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    expect(
      (await store.list('cluster', { nameContains: 'a_b', page: 1, pageSize: 10 })).items.map((r) => r.metadata.name),
    ).toEqual(['a_b']);
    expect(
      (await store.list('cluster', { nameContains: 'a%', page: 1, pageSize: 10 })).items.map((r) => r.metadata.name),
    ).toEqual(['a%b']);
  });

  it('lists names starting with a prefix, ignoring case, taking % and _ literally', async () => {
    for (const name of ['Routing-test', 'my-routing', 'a_b', 'axb']) await create(name);
    const names = async (namePrefix: string) =>
      (await store.list('cluster', { namePrefix, page: 1, pageSize: 10 })).items.map((r) => r.metadata.name);
    expect(await names('rout')).toEqual(['Routing-test']);
    expect(await names('a_')).toEqual(['a_b']);
    expect(await names('routing')).not.toContain('my-routing');
  });

  it('applies a changeset atomically: a stale member leaves every other write undone', async () => {
    const alpha = await create('alpha');
    const beta = await create('beta');
    await store.update('cluster', 'id-beta', beta.metadata.resourceVersion, (c) => ({ status: c.status }));
    const changes = store.applyChanges({
      creates: [{ kind: 'node', id: 'n1', name: 'alpha-node1', scope: 'id-alpha', spec: {}, status }],
      updates: [
        {
          kind: 'cluster',
          id: 'id-alpha',
          expectedVersion: alpha.metadata.resourceVersion,
          status: { ...status, phase: 'Running' },
        },
        { kind: 'cluster', id: 'id-beta', expectedVersion: beta.metadata.resourceVersion, status },
      ],
      events: [
        {
          clusterId: 'id-alpha',
          resourceKind: 'cluster',
          resourceId: 'id-alpha',
          level: 'Info',
          reason: 'X',
          message: 'x',
        },
      ],
    });
    await expect(changes).rejects.toBeInstanceOf(ConflictError);
    expect((await store.get('cluster', 'id-alpha')).status.phase).toBe('Initial');
    expect(await store.listInScope('node', 'id-alpha')).toEqual([]);
    expect((await new EventStore(test.database.db).listForCluster('id-alpha', { page: 1, pageSize: 10 })).total).toBe(
      0,
    );
  });

  it('applies a changeset of creations, updates and removals with one change each', async () => {
    const alpha = await create('alpha');
    const before = await store.latestChangeId();
    await store.applyChanges({
      creates: [
        { kind: 'node', id: 'n1', name: 'alpha-node1', scope: 'id-alpha', spec: { index: 1 }, status },
        { kind: 'node', id: 'n2', name: 'alpha-node2', scope: 'id-alpha', spec: { index: 2 }, status },
      ],
      updates: [
        {
          kind: 'cluster',
          id: 'id-alpha',
          expectedVersion: alpha.metadata.resourceVersion,
          status: { ...status, phase: 'Running' },
        },
      ],
      events: [],
    });
    expect((await store.listInScope('node', 'id-alpha')).map((n) => n.metadata.name)).toEqual([
      'alpha-node1',
      'alpha-node2',
    ]);
    expect((await store.changesSince(before)).map((c) => `${c.type} ${c.kind} ${c.resourceId}`)).toEqual([
      'ADDED node n1',
      'ADDED node n2',
      'MODIFIED cluster id-alpha',
    ]);
    expect(await store.countPhasesByScope('node')).toEqual([{ scope: 'id-alpha', phase: 'Initial', count: 2 }]);
  });

  it('counts by kind, phase and category', async () => {
    await create('alpha');
    await create('beta');
    await store.create(
      'application',
      { id: 'a1', name: 'acsrouting', scope: 'c', spec, status, clusterId: 'c', category: 'system' },
      createOptions,
    );
    const counts = await store.countByKindAndPhase();
    expect(counts).toHaveLength(2);
    expect(counts).toEqual(
      expect.arrayContaining([
        { kind: 'cluster', phase: 'Initial', category: null, count: 2 },
        { kind: 'application', phase: 'Initial', category: 'system', count: 1 },
      ]),
    );
    const { items } = await store.list('application', {
      clusterId: 'c',
      categories: ['online'],
      page: 1,
      pageSize: 10,
    });
    expect(items).toEqual([]);
  });

  it('keeps every committed write across a reopen', async () => {
    const created = await create('alpha');
    store = new ResourceStore(await test.reopen(), now);
    expect(await store.get('cluster', 'id-alpha')).toEqual(created);
    expect(await store.latestChangeId()).toBe(created.metadata.resourceVersion);
  });
});
