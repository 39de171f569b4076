import type { NodeScalingRuleRequest } from '@cs/contracts';
import { MINUTE } from './cluster-fixtures.ts';
import type { TestServer } from './test-server.ts';

/** A rule of the guide's example: CPU 70 % / 10 %, step 1, 2 to 10 nodes of ecs.n1.small. */
export function nodeScalingRule(overrides: Partial<NodeScalingRuleRequest> = {}): NodeScalingRuleRequest {
  return {
    bounds: { cpu: { expansion: 70, contraction: 10 } },
    step: 1,
    min: 2,
    max: 10,
    instance: { zone: 'cn-hangzhou-b', instanceType: 'ecs.n1.small', operatingSystem: 'Ubuntu 16.04 64-bit' },
    rdsInstanceIds: [],
    ...overrides,
  };
}

/** Upgrades the Agent and acsmonitoring, then updates the RAM authorization: node auto scaling's prerequisites. */
export async function meetNodeScalingPrerequisites(t: TestServer, cookie: string, clusterId: string): Promise<void> {
  const post = (path: string, body: object) =>
    t.http.post(`/api/v1/clusters/${clusterId}/${path}`).set('Cookie', cookie).send(body).expect(202);
  await post('upgrade-agent', { migrateContainers: false });
  await t.advance(5 * MINUTE);
  await post('upgrade-system-services', { services: ['acsmonitoring'] });
  await t.advance(5 * MINUTE);
  await t.http
    .post(`/api/v1/clusters/${clusterId}/update-ram-authorization`)
    .set('Cookie', cookie)
    .send({})
    .expect(200);
}
