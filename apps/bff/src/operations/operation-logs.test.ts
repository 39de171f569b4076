import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OperationLogListSchema } from '@cs/contracts';
import type { OperationLogDto } from '@cs/contracts';
import { NODE_PASSWORD } from '../testing/cluster-fixtures.ts';
import { postgresAvailable } from '../testing/test-database.ts';
import { ADMIN_PASSWORD, startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const engines = [['sqlite'], ...((await postgresAvailable()) ? [['postgres']] : [])] as ['sqlite' | 'postgres'][];

const clusterRequest = (name: string) => ({
  name,
  region: 'cn-hangzhou',
  zone: 'cn-hangzhou-b',
  networkType: 'classic',
  nodes: { quantity: 1, instanceType: 'ecs.n1.small', operatingSystem: 'Ubuntu 16.04 64-bit', ...NODE_PASSWORD },
});

describe.each(engines)('operation logs (%s)', (engine) => {
  let t: TestServer;
  let cookie: string;
  beforeEach(async () => {
    t = await startTestServer({ engine });
    cookie = await t.signIn();
  });
  afterEach(async () => t.close());

  const db = () => t.server.store.database.db;
  const records = (requestId: string) =>
    db().selectFrom('operation_logs').selectAll().where('request_id', '=', requestId).execute();
  const createCluster = (name: string, requestId: string) =>
    t.http.post('/api/v1/clusters').set('Cookie', cookie).set('X-Request-Id', requestId).send(clusterRequest(name));
  const list = async (query: Record<string, string | number> = {}) => {
    const res = await t.http.get('/api/v1/operation-logs').set('Cookie', cookie).query(query).expect(200);
    return OperationLogListSchema.parse(res.body);
  };
  /** Records are finished after the response: wait for the status to land. */
  const settled = async (requestId: string) => {
    await expect
      .poll(async () => {
        const found = await records(requestId);
        return found.length > 0 && found.every((r) => r.status_code !== null);
      })
      .toBe(true);
    return records(requestId);
  };

  it('records a change with exactly one record carrying its request id, user, resource and result', async () => {
    const res = await createCluster('audited', 'req-create-1').expect(201);
    const [record, ...more] = await settled('req-create-1');
    expect(more).toEqual([]);
    expect(record).toMatchObject({
      user_name: 'admin',
      method: 'POST',
      action: 'Create Cluster',
      resource_kind: 'cluster',
      resource_id: res.body.metadata.id,
      resource_name: 'audited',
      cluster_id: res.body.metadata.id,
      result: 'Succeeded',
      status_code: 201,
      error_message: null,
    });
    // In the change's own transaction: stamped with its time.
    expect(record!.created_at).toBe(res.body.metadata.createdAt);
    const everything = JSON.stringify(await db().selectFrom('operation_logs').selectAll().execute());
    expect(everything).not.toContain(NODE_PASSWORD.password);
  });

  it('records a refused request as Failed after its response, with the problem and its fields', async () => {
    await createCluster('', 'req-invalid').expect(400);
    const [record, ...more] = await settled('req-invalid');
    expect(more).toEqual([]);
    expect(record).toMatchObject({ action: 'Create Cluster', result: 'Failed', status_code: 400, user_name: 'admin' });
    expect(record!.error_message).toContain('The request has invalid fields.');
    expect(record!.error_message).toContain('name');
    expect(await db().selectFrom('resources').select('id').where('kind', '=', 'cluster').execute()).toEqual([]);
  });

  it('leaves neither change nor Succeeded record when the change is refused inside its transaction', async () => {
    await createCluster('twin', 'req-first').expect(201);
    const before = await db().selectFrom('changes').select('id').where('kind', '=', 'cluster').execute();
    await createCluster('twin', 'req-second').expect(409);
    const after = await db().selectFrom('changes').select('id').where('kind', '=', 'cluster').execute();
    expect(after).toEqual(before);
    const [record, ...more] = await settled('req-second');
    expect(more).toEqual([]);
    expect(record).toMatchObject({ result: 'Failed', status_code: 409, resource_id: null });
  });

  it('names a resource that is gone as its last record did', async () => {
    const { body } = await t.http
      .post('/api/v1/clusters')
      .set('Cookie', cookie)
      .send({ ...clusterRequest('short-lived'), nodes: null })
      .expect(201);
    const id = body.metadata.id as string;
    await t.advance(5 * 60_000);
    await t.http.delete(`/api/v1/clusters/${id}`).set('Cookie', cookie).expect(202);
    await t.advance(5 * 60_000);
    await t.http.get(`/api/v1/clusters/${id}`).set('Cookie', cookie).expect(404);
    await t.http.post(`/api/v1/clusters/${id}/expand`).set('Cookie', cookie).set('X-Request-Id', 'req-gone').send({});
    const [record] = await settled('req-gone');
    expect(record).toMatchObject({ result: 'Failed', resource_id: id, resource_name: 'short-lived', cluster_id: id });
  });

  it('gives concurrent requests a record each, naming the cluster each created', async () => {
    const names = ['c-a', 'c-b', 'c-c', 'c-d', 'c-e'];
    const responses = await Promise.all(names.map((n) => createCluster(n, `req-${n}`)));
    for (const [i, name] of names.entries()) {
      expect(responses[i]!.status).toBe(201);
      const [record, ...more] = await settled(`req-${name}`);
      expect(more).toEqual([]);
      expect(record).toMatchObject({ resource_id: responses[i]!.body.metadata.id, resource_name: name });
    }
  });

  it('records Sign In and Sign Out, but not a stranger or a wrong password', async () => {
    await t.http
      .post('/api/v1/session')
      .set('X-Request-Id', 'req-wrong')
      .send({ username: 'admin', password: 'nope' })
      .expect(401);
    await t.http.post('/api/v1/clusters').set('X-Request-Id', 'req-stranger').send(clusterRequest('x')).expect(401);
    const signIn = await t.http
      .post('/api/v1/session')
      .set('X-Request-Id', 'req-sign-in')
      .send({ username: 'admin', password: ADMIN_PASSWORD })
      .expect(200);
    const own = signIn.get('set-cookie')![0]!.split(';')[0]!;
    await t.http.delete('/api/v1/session').set('Cookie', own).set('X-Request-Id', 'req-sign-out').expect(204);
    await expect.poll(async () => (await records('req-sign-out')).length).toBe(1);
    expect(await records('req-wrong')).toEqual([]);
    expect(await records('req-stranger')).toEqual([]);
    expect(await records('req-sign-in')).toMatchObject([
      { action: 'Sign In', user_name: 'admin', result: 'Succeeded' },
    ]);
    expect(await records('req-sign-out')).toMatchObject([
      { action: 'Sign Out', user_name: 'admin', result: 'Succeeded' },
    ]);
    const everything = JSON.stringify(await db().selectFrom('operation_logs').selectAll().execute());
    expect(everything).not.toContain(ADMIN_PASSWORD);
  });

  it('records a call the table does not name by its method and path', async () => {
    await t.http
      .post('/api/v1/no-such-thing?secret=1')
      .set('Cookie', cookie)
      .set('X-Request-Id', 'req-unknown')
      .expect(404);
    expect(await settled('req-unknown')).toMatchObject([
      { action: 'POST /api/v1/no-such-thing', result: 'Failed', status_code: 404, resource_kind: null },
    ]);
  });

  it('does not record what changes nothing (a placement preview)', async () => {
    await t.http.post('/api/v1/applications/preview').set('Cookie', cookie).set('X-Request-Id', 'req-preview').send({});
    await createCluster('after-preview', 'req-after').expect(201);
    await settled('req-after');
    expect(await records('req-preview')).toEqual([]);
  });

  it('lists newest first, filtered and paged in SQL', async () => {
    const a = await createCluster('alpha-one', 'req-a').expect(201);
    await t.clock.advance(1_000);
    await createCluster('', 'req-bad').expect(400);
    await t.clock.advance(1_000);
    await createCluster('beta-two', 'req-b').expect(201);
    await t.advance(5 * 60_000);
    await t.http
      .delete(`/api/v1/clusters/${a.body.metadata.id}`)
      .set('Cookie', cookie)
      .set('X-Request-Id', 'req-del')
      .expect(202);
    for (const id of ['req-a', 'req-bad', 'req-b', 'req-del']) await settled(id);

    const all = await list({ resourceKind: 'cluster' });
    expect(all.items.map((r) => r.requestId)).toEqual(['req-del', 'req-b', 'req-bad', 'req-a']);
    expect(all.total).toBe(4);
    const ids = (l: { items: OperationLogDto[] }) => l.items.map((r) => r.requestId);
    expect(ids(await list({ resourceKind: 'cluster', page: 2, pageSize: 3 }))).toEqual(['req-a']);
    expect(ids(await list({ result: 'Failed' }))).toEqual(['req-bad']);
    expect(ids(await list({ action: 'Delete Cluster' }))).toEqual(['req-del']);
    expect(ids(await list({ q: 'alpha' }))).toEqual(['req-del', 'req-a']);
    expect(ids(await list({ q: 'req-b' }))).toEqual(['req-b']);
    expect(ids(await list({ clusterId: a.body.metadata.id }))).toEqual(['req-del', 'req-a']);
    expect((await list({ user: 'admin', resourceKind: 'cluster' })).total).toBe(4);
    expect((await list({ user: 'someone-else' })).total).toBe(0);
    const deleted = all.items[0]!;
    expect(deleted).toMatchObject({ resourceName: 'alpha-one', statusCode: 202, result: 'Succeeded' });
    const from = all.items.find((r) => r.requestId === 'req-b')!.createdAt;
    expect(ids(await list({ resourceKind: 'cluster', from, to: from }))).toEqual(['req-b']);
  });

  it("records a Docker client's calls to a cluster's endpoint as the docker client's, with Docker's error", async () => {
    const { body: cluster } = await t.http
      .post('/api/v1/clusters')
      .set('Cookie', cookie)
      .send({ ...clusterRequest('docked'), nodes: null })
      .expect(201);
    const docker = request(t.server.dockerApp(cluster.metadata.id));
    await docker.post('/v1.24/networks/create').send({ Name: 'backend' }).expect(201);
    await docker.post('/networks/create').send({ Name: 'odd', Driver: 'weave' }).expect(400);
    await expect.poll(async () => (await list({ clusterId: cluster.metadata.id })).total).toBe(3);
    const { items } = await list({ clusterId: cluster.metadata.id });
    expect(items.map((r) => [r.action, r.userName, r.result, r.statusCode])).toEqual([
      ['Create Network', 'docker client', 'Failed', 400],
      ['Create Network', 'docker client', 'Succeeded', 201],
      ['Create Cluster', 'admin', 'Succeeded', 201],
    ]);
    expect(items[0]!.errorMessage).toBe('plugin "weave" not found');
  });

  it('answers 400 naming each bad filter', async () => {
    const res = await t.http
      .get('/api/v1/operation-logs')
      .set('Cookie', cookie)
      .query({ resourceKind: 'planet', result: 'Maybe', from: 'yesterday', pageSize: 1000 })
      .expect(400);
    const fields = (res.body.fieldErrors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['from', 'pageSize', 'resourceKind', 'result']);
    const reversed = await t.http
      .get('/api/v1/operation-logs')
      .set('Cookie', cookie)
      .query({ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' })
      .expect(400);
    expect(reversed.body.fieldErrors).toMatchObject([{ field: 'from' }]);
  });
});
