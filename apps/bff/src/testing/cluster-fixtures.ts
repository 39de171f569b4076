import type { TestServer } from './test-server.ts';

export const MINUTE = 60_000;

export const NODE_PASSWORD = { password: 'Node-pass-12', confirmPassword: 'Node-pass-12' };

/** A classic cluster in Hangzhou zone b, with `quantity` nodes (or none), brought to its resting phase. */
export async function createReadyCluster(
  t: TestServer,
  cookie: string,
  options: { name?: string; quantity?: number } = {},
): Promise<string> {
  const quantity = options.quantity ?? 2;
  const res = await t.http
    .post('/api/v1/clusters')
    .set('Cookie', cookie)
    .send({
      name: options.name ?? 'ops',
      region: 'cn-hangzhou',
      zone: 'cn-hangzhou-b',
      networkType: 'classic',
      nodes:
        quantity > 0
          ? { quantity, instanceType: 'ecs.n1.small', operatingSystem: 'Ubuntu 16.04 64-bit', ...NODE_PASSWORD }
          : null,
    })
    .expect(201);
  await t.advance(5 * MINUTE);
  return res.body.metadata.id as string;
}
