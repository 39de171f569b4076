import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Cluster } from '@cs/domain';
import type { ContainerDto, OssBucketList, OssfsVolumeDto, VolumeList } from '@cs/contracts';
import { MINUTE, NODE_PASSWORD, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const SECRET = 'q7SecretOfTheKey0123';
const ossfsVolume = (clusterId: string, overrides: Record<string, unknown> = {}) => ({
  clusterId,
  type: 'oss',
  name: 'test',
  accessKeyId: 'LTAI4GexampleKeyId',
  accessKeySecret: SECRET,
  bucket: 'volumetest',
  accessDomain: 'intranet',
  fileCaching: true,
  ...overrides,
});
const volumeApp = (volume: string, image = 'nginx:latest') =>
  `volume:\n  image: '${image}'\n  restart: always\n  volumes:\n    - '${volume}'\n`;

/** Data volumes and OSS buckets, on either engine. */
export function volumeApiSuite(engine: 'sqlite' | 'postgres'): void {
  let t: TestServer;
  let cookie: string;
  beforeEach(async () => {
    t = await startTestServer({ engine });
    cookie = await t.signIn();
  });
  afterEach(() => t.close());

  const api = (method: 'get' | 'post' | 'delete', path: string) =>
    t.http[method](`/api/v1${path}`).set('Cookie', cookie);
  const fields = (body: { fieldErrors?: { field: string }[] }) => body.fieldErrors?.map((e) => e.field);
  const rows = async (clusterId: string, query: Record<string, string | number> = {}) =>
    (
      await api('get', '/volumes')
        .query({ clusterId, ...query })
        .expect(200)
    ).body as VolumeList;
  const deploy = async (clusterId: string, template: string, name = 'volume') => {
    const res = await api('post', '/applications').send({ clusterId, name, template });
    await t.advance(MINUTE);
    return res;
  };
  const containersOf = async (applicationId: string) =>
    (await api('get', '/containers').query({ applicationId }).expect(200)).body.items as ContainerDto[];
  const setClusterStatus = async (clusterId: string, patch: Partial<Cluster['status']>) => {
    const cluster = await t.server.store.resources.get<Cluster>('cluster', clusterId);
    await t.server.store.resources.update<Cluster>('cluster', clusterId, cluster.metadata.resourceVersion, (c) => ({
      status: { ...c.status, ...patch },
    }));
  };

  it('offers the seeded OSS buckets of a region and creates more, names unique across regions', async () => {
    const hangzhou = (await api('get', '/oss-buckets').query({ region: 'cn-hangzhou' }).expect(200))
      .body as OssBucketList;
    expect(hangzhou.items.map((b) => b.name)).toContain('volumetest');
    expect(hangzhou.items.every((b) => b.region === 'cn-hangzhou' && b.regionName === 'China East 1 (Hangzhou)')).toBe(
      true,
    );
    await api('post', '/oss-buckets').send({ region: 'cn-hangzhou', name: 'my-attachments' }).expect(201);
    const taken = await api('post', '/oss-buckets').send({ region: 'cn-beijing', name: 'my-attachments' }).expect(409);
    expect(taken.body.detail).toMatch(/unique across regions/);
    const bad = await api('post', '/oss-buckets').send({ region: 'mars-1', name: 'Bad_Name' }).expect(400);
    expect(fields(bad.body)).toEqual(expect.arrayContaining(['region', 'name']));
  });

  it('creates an OSSFS volume on every node, shows its parameters, and never answers the Access Key Secret', async () => {
    const clusterId = await createReadyCluster(t, cookie, { quantity: 2 });
    const created = await api('post', '/volumes')
      .send(ossfsVolume(clusterId, { allowOther: true, otherParameters: '-o default_permission=666 -onoxattr' }))
      .expect(201);
    const volume = created.body as OssfsVolumeDto;
    expect(volume.spec).toMatchObject({
      bucket: 'volumetest',
      accessKeyId: 'LTAI4GexampleKeyId',
      accessKeySecretSet: true,
      endpoint: 'oss-cn-hangzhou-internal.aliyuncs.com',
      mountPoint: '/mnt/acs_mnt/ossfs/test',
      allowOther: true,
      otherParameters: ['-o default_permission=666', '-o noxattr'],
    });
    const list = await rows(clusterId);
    expect(list.total).toBe(2);
    expect(list.items.map((r) => r.nodeName)).toEqual([`${clusterId}-node1`, `${clusterId}-node2`]);
    expect(list.items[0]).toMatchObject({
      name: 'test',
      driver: 'ossfs',
      mountPoint: '/mnt/acs_mnt/ossfs/test',
      containers: [],
      volumeId: volume.metadata.id,
    });
    expect(list.items[0]!.parameters).toContain('bucket=volumetest');
    const view = await api('get', `/volumes/${volume.metadata.id}`).expect(200);
    for (const body of [created.text, view.text, JSON.stringify(list)]) expect(body).not.toContain(SECRET);
    expect(JSON.stringify(view.body)).not.toMatch(/accessKeySecret"/);

    // A node that joins later has the volume too.
    await api('post', `/clusters/${clusterId}/expand`)
      .send({
        quantity: 1,
        zone: 'cn-hangzhou-b',
        instanceType: 'ecs.n1.small',
        operatingSystem: 'Ubuntu 16.04 64-bit',
        ...NODE_PASSWORD,
      })
      .expect(202);
    await t.advance(5 * MINUTE);
    expect((await rows(clusterId)).items.map((r) => r.nodeName)).toEqual([1, 2, 3].map((i) => `${clusterId}-node${i}`));

    const again = await api('post', '/volumes').send(ossfsVolume(clusterId)).expect(409);
    expect(again.body.detail).toMatch(/unique within the cluster/);
    expect((await rows(clusterId, { name: 'nothing' })).total).toBe(0);
    expect((await rows(clusterId, { pageSize: 2, page: 2 })).items.map((r) => r.nodeName)).toEqual([
      `${clusterId}-node3`,
    ]);
  });

  it('refuses hostile names and parameters, naming each field', async () => {
    const clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
    const bad = await api('post', '/volumes')
      .send(
        ossfsVolume(clusterId, {
          name: '../etc',
          accessKeySecret: 'x;rm -rf /',
          otherParameters: '-o allow_other; rm -rf / $(id)',
          accessDomain: 'anywhere',
        }),
      )
      .expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fields(bad.body)).toEqual(
      expect.arrayContaining(['name', 'accessKeySecret', 'otherParameters', 'accessDomain']),
    );
    for (const otherParameters of ['-o a=`id`', '-o a|b', 'allow_other', `-o ${'a'.repeat(700)}`, '-o x\n-o y'])
      expect(
        fields((await api('post', '/volumes').send(ossfsVolume(clusterId, { otherParameters })).expect(400)).body),
      ).toEqual(['otherParameters']);
    const noBucket = await api('post', '/volumes')
      .send(ossfsVolume(clusterId, { bucket: 'no-such-bucket' }))
      .expect(400);
    expect(fields(noBucket.body)).toEqual(['bucket']);
    const otherRegion = await api('post', '/volumes')
      .send(ossfsVolume(clusterId, { bucket: 'shared-config-bj' }))
      .expect(400);
    expect(fields(otherRegion.body)).toEqual(['accessDomain']);
    await api('post', '/volumes')
      .send(ossfsVolume(clusterId, { bucket: 'shared-config-bj', accessDomain: 'internet' }))
      .expect(201);
    expect(fields((await api('post', '/volumes').send(ossfsVolume('c-none')).expect(400)).body)).toEqual(['clusterId']);
    expect(fields((await api('get', '/volumes').query({ clusterId, pageSize: 'all' }).expect(400)).body)).toEqual([
      'pageSize',
    ]);
    await api('get', '/volumes/v-none').expect(404);
    await api('delete', '/volumes').query({ clusterId, name: 'none' }).expect(404);
  });

  it('needs Agent 0.6, the acsvolumedriver, and volume driver 0.7 for optional parameters', async () => {
    const clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
    await setClusterStatus(clusterId, { agentVersion: '0.5-0123abc' });
    const oldAgent = await api('post', '/volumes').send(ossfsVolume(clusterId)).expect(409);
    expect(oldAgent.body.detail).toMatch(/Agent version 0\.6 or higher/);
    const cluster = await t.server.store.resources.get<Cluster>('cluster', clusterId);
    await setClusterStatus(clusterId, {
      agentVersion: '0.9-093100b',
      systemServices: { ...cluster.status.systemServices, acsvolumedriver: '' },
    });
    const noDriver = await api('post', '/volumes').send(ossfsVolume(clusterId)).expect(409);
    expect(noDriver.body.detail).toMatch(/acsvolumedriver application must be deployed/);
    await setClusterStatus(clusterId, { systemServices: { ...cluster.status.systemServices, acsvolumedriver: '0.6' } });
    const oldDriver = await api('post', '/volumes')
      .send(ossfsVolume(clusterId, { noxattr: true }))
      .expect(409);
    expect(oldDriver.body.detail).toMatch(/^Only clusters with volume driver version 0\.7 or above/);
    await api('post', '/volumes').send(ossfsVolume(clusterId)).expect(201);
  });

  it('mounts an OSSFS volume by name, lists its containers, and refuses to delete it while they exist', async () => {
    const clusterId = await createReadyCluster(t, cookie, { quantity: 2 });
    await api('post', '/volumes').send(ossfsVolume(clusterId)).expect(201);
    const app = await deploy(clusterId, volumeApp('test:/testvolume:rw'));
    expect(app.status).toBe(201);
    const [container] = await containersOf(app.body.metadata.id);
    expect(container).toMatchObject({ metadata: { name: 'volume_volume_1' }, status: { phase: 'running' } });
    const list = await rows(clusterId);
    const used = list.items.find((r) => r.nodeId === container!.spec.nodeId)!;
    expect(used).toMatchObject({ driver: 'ossfs', containers: ['volume_volume_1'], containerCount: 1 });
    expect(list.items.filter((r) => r.containers.length === 0)).toHaveLength(1);

    const refused = await api('delete', '/volumes').query({ clusterId, name: 'test' }).expect(409);
    expect(refused.body.detail).toMatch(
      /^You cannot delete a data volume when it is referenced by a container\. To delete the data volume, you need to first delete the container\./,
    );
    await api('delete', `/applications/${app.body.metadata.id}`).expect(202);
    await t.advance(MINUTE);
    await api('delete', '/volumes').query({ clusterId, name: 'test' }).expect(204);
    expect((await rows(clusterId)).total).toBe(0);
  });

  it('refuses an ossfs volume_driver naming a volume the cluster does not have', async () => {
    const clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
    const template = `web:\n  image: nginx\n  volume_driver: ossfs\n  volumes:\n    - 'missing:/data'\n`;
    const res = await deploy(clusterId, template);
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors[0].message).toMatch(
      /Service web mounts the OSSFS data volume missing, which does not exist/,
    );
  });

  it('lists the local volumes containers create as node/volume, and keeps them while they are used', async () => {
    const clusterId = await createReadyCluster(t, cookie, { quantity: 2 });
    const app = await deploy(clusterId, volumeApp('cache:/cache'));
    expect(app.status).toBe(201);
    const [container] = await containersOf(app.body.metadata.id);
    const list = await rows(clusterId);
    expect(list.items).toEqual([
      expect.objectContaining({
        nodeId: container!.spec.nodeId,
        name: 'cache',
        driver: 'local',
        mountPoint: '/var/lib/docker/volumes/cache/_data',
        containers: ['volume_volume_1'],
        volumeId: null,
      }),
    ]);
    await api('delete', '/volumes').query({ clusterId, name: 'cache' }).expect(409);
    const clash = await api('post', '/volumes')
      .send(ossfsVolume(clusterId, { name: 'cache' }))
      .expect(409);
    expect(fields(clash.body)).toEqual(['name']);
  });

  it('fails to start a container whose OSSFS volume covers a directory of its image, unless nocopy', async () => {
    const clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
    await api('post', '/volumes')
      .send(ossfsVolume(clusterId, { name: 'o1' }))
      .expect(201);
    const copied = await deploy(clusterId, volumeApp('o1:/data', 'redis:3.2'), 'copied');
    const [failed] = await containersOf(copied.body.metadata.id);
    expect(failed!.status).toMatchObject({
      phase: 'failed',
      reason: 'chown /mnt/acs_mnt/ossfs/o1: input/output error',
    });
    const events = await api('get', `/applications/${copied.body.metadata.id}/events`).expect(200);
    expect(JSON.stringify(events.body)).toMatch(
      /Start container copied_volume_1 failed: chown \/mnt\/acs_mnt\/ossfs\/o1/,
    );

    const nocopy = await deploy(clusterId, volumeApp('o1:/data:nocopy', 'redis:3.2'), 'nocopy');
    const [running] = await containersOf(nocopy.body.metadata.id);
    expect(running!.status.phase).toBe('running');
  });
}
