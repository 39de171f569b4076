import type { TestServer } from './test-server.ts';

export const MINUTE = 60_000;

export const NODE_PASSWORD = { password: 'Node-pass-12', confirmPassword: 'Node-pass-12' };

/** The production VPC of the seeded account, its VSwitch in Hangzhou zone b, and a free container segment. */
export const PRODUCTION_VPC = {
  vpcId: 'vpc-bp1659u1p811058ea3npd',
  vswitchId: 'vsw-bp1kqhfcl2tj1oq3yxmd8',
  containerCidr: '172.18.0.0/16',
};

/** A cluster in Hangzhou zone b (classic, or in `vpc`), with `quantity` nodes (or none), brought to its resting phase. */
export async function createReadyCluster(
  t: TestServer,
  cookie: string,
  options: { name?: string; quantity?: number; vpc?: typeof PRODUCTION_VPC; instanceType?: string } = {},
): Promise<string> {
  const quantity = options.quantity ?? 2;
  const res = await t.http
    .post('/api/v1/clusters')
    .set('Cookie', cookie)
    .send({
      name: options.name ?? 'ops',
      region: 'cn-hangzhou',
      zone: 'cn-hangzhou-b',
      networkType: options.vpc ? 'vpc' : 'classic',
      vpc: options.vpc ?? null,
      nodes:
        quantity > 0
          ? {
              quantity,
              instanceType: options.instanceType ?? 'ecs.n1.small',
              operatingSystem: 'Ubuntu 16.04 64-bit',
              ...NODE_PASSWORD,
            }
          : null,
    });
  if (res.status !== 201) throw new Error(`The cluster was refused: ${JSON.stringify(res.body)}`);
  await t.advance(5 * MINUTE);
  return res.body.metadata.id as string;
}
