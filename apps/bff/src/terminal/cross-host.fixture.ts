import type { ContainerDto, ContainerList } from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import type { TestServer } from '../testing/test-server.ts';

/** The guide's cross-host example, a linked nginx with a `.local` routing domain, and a hostname. */
export const CROSS_HOST_TEMPLATE = `cross-host-network-test1:
  image: busybox
  command: sh -c 'ifconfig eth0; sleep 100000'
  environment:
    - 'constraint:aliyun.node_index==(1)'
  links:
    - restserver:rest
cross-host-network-test2:
  image: busybox
  command: sh -c 'ifconfig eth0; sleep 100000'
  hostname: xxserver
  environment:
    - 'constraint:aliyun.node_index==(2)'
restserver:
  image: nginx
  labels:
    aliyun.routing.port_80: restserver.local
`;

/** Deploys the template on a two-node cluster; answers its three containers once they run. */
export async function deployCrossHost(t: TestServer, cookie: string) {
  const clusterId = await createReadyCluster(t, cookie, { quantity: 2 });
  const created = await t.http
    .post('/api/v1/applications')
    .set('Cookie', cookie)
    .send({ clusterId, name: 'crosshost', template: CROSS_HOST_TEMPLATE });
  if (created.status !== 201) throw new Error(`The application was refused: ${JSON.stringify(created.body)}`);
  await t.advance(10 * MINUTE);
  const list = await t.http.get('/api/v1/containers').query({ name: 'crosshost_' }).set('Cookie', cookie);
  const byService = (name: string) => (list.body as ContainerList).items.find((c) => c.spec.serviceName === name)!;
  return {
    first: byService('cross-host-network-test1') as ContainerDto,
    second: byService('cross-host-network-test2') as ContainerDto,
    rest: byService('restserver') as ContainerDto,
  };
}
