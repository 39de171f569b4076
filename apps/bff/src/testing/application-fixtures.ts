import { MINUTE, createReadyCluster } from './cluster-fixtures.ts';
import type { TestServer } from './test-server.ts';

/** A ready three-node cluster with the application `name` deployed from `template`, running for `minutes`. */
export async function deployApplication(
  t: TestServer,
  cookie: string,
  { name, template, minutes }: { name: string; template: string; minutes: number },
): Promise<{ clusterId: string; applicationId: string }> {
  const clusterId = await createReadyCluster(t, cookie, { quantity: 3 });
  const res = await t.http.post('/api/v1/applications').set('Cookie', cookie).send({ clusterId, name, template });
  if (res.status !== 201) throw new Error(`The application was refused: ${JSON.stringify(res.body)}`);
  await t.advance(minutes * MINUTE);
  return { clusterId, applicationId: res.body.metadata.id as string };
}
