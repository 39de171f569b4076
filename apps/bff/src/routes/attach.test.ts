import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttachResponseSchema } from '@cs/contracts';
import type { Cluster } from '@cs/domain';
import { createReadyCluster } from '../testing/cluster-fixtures.ts';
import { fakeCurl } from '../testing/fake-curl.ts';
import type { FakeCurl } from '../testing/fake-curl.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const INSTANCE = 'i-bp1e53wf4nduuju249c1';

describe('manual attach endpoints', () => {
  let t: TestServer;
  let cookie: string;
  let curl: FakeCurl;
  let origin: string;
  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    origin = await t.listen();
    curl = fakeCurl();
  });
  afterEach(async () => {
    curl.dispose();
    await t.close();
  });

  /** Starts Manually Add and returns the token of the command shown. */
  const attachToken = async (clusterId: string, host = '127.0.0.1') => {
    const res = await t.http
      .post(`/api/v1/clusters/${clusterId}/attach`)
      .set('Cookie', cookie)
      .set('Host', host)
      .send({ mode: 'manual', instanceIds: [INSTANCE] })
      .expect(202);
    const { command } = (AttachResponseSchema.parse(res.body) as { attachCommand: { command: string } }).attachCommand;
    return /\/attach\/([\w-]{32})\/script/.exec(command)![1]!;
  };

  it('serves a script built from PUBLIC_URL that a hostile Host cannot get into, and that runs nothing else', async () => {
    const hostile = `x'$(touch ${curl.marker})'`;
    const token = await attachToken(await createReadyCluster(t, cookie), hostile);
    const res = await t.http.get(`/api/v1/attach/${token}/script`).set('Host', hostile).expect(200);
    const script = res.text;
    expect(res.get('content-type')).toMatch(/^text\/x-shellscript/);
    expect(script).not.toContain('touch');
    expect(script).toContain(`REPORT_URL='${origin}/api/v1/attach/${token}'`);
    execFileSync('bash', ['-n'], { input: script });

    const { code } = await curl.run(`bash -s -- --instance-id ${INSTANCE}`, script);
    expect(code).toBe(0);
    const [call, ...more] = curl.calls();
    expect({ url: call?.at(-1), more }).toEqual({ url: `${origin}/api/v1/attach/${token}`, more: [] });
    expect(existsSync(curl.marker)).toBe(false);
  });

  it.each([
    ['a command substitution', "'$(touch /tmp/cs-attach-marker)'"],
    ['a percent-encoded one', '%27%24%28touch%20%2Ftmp%2Fcs-attach-marker%29%27'],
    ['31 characters', 'A'.repeat(31)],
    ['a quote at the end', `${'A'.repeat(31)}'`],
    ['5,000 characters', 'A'.repeat(5000)],
    ['well-formed but unknown', 'A'.repeat(32)],
  ])('answers a token that is %s with 404, never repeating it', async (_what, token) => {
    const path = `/api/v1/attach/${token.includes('%') ? token : encodeURIComponent(token)}`;
    for (const res of [
      await t.http.get(`${path}/script`).expect(404),
      await t.http.post(path).send({ instanceId: INSTANCE }).expect(404),
    ]) {
      expect(res.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body.detail).toBe(
        'The token is unknown or was used already. Add the instance again to get a new command.',
      );
      expect(res.text).not.toContain('touch');
      expect(res.text).not.toContain('AAAAAAAAAA');
    }
    expect(existsSync('/tmp/cs-attach-marker')).toBe(false);
  });

  it('answers a used token 404, on the script and the report alike', async () => {
    const used = await attachToken(await createReadyCluster(t, cookie));
    await t.http.post(`/api/v1/attach/${used}`).send({ instanceId: INSTANCE }).expect(200);
    await t.http.get(`/api/v1/attach/${used}/script`).expect(404);
    await t.http.post(`/api/v1/attach/${used}`).send({ instanceId: INSTANCE }).expect(404);
  });

  it('answers an expired token 410, on the script and the report alike', async () => {
    const other = await createReadyCluster(t, cookie);
    const expired = await attachToken(other);
    // As the store holds it between the token's expiry and the simulator ending the operation.
    const cluster = (await t.server.store.resources.find<Cluster>('cluster', other))!;
    await t.server.store.resources.update<Cluster>('cluster', other, cluster.metadata.resourceVersion, (c) => ({
      spec: {
        ...c.spec,
        operation: { ...c.spec.operation!, tokenExpiresAt: new Date(t.clock.now() - 1).toISOString() } as never,
      },
    }));
    for (const res of [
      await t.http.get(`/api/v1/attach/${expired}/script`).expect(410),
      await t.http.post(`/api/v1/attach/${expired}`).send({ instanceId: INSTANCE }).expect(410),
    ])
      expect(res.body).toMatchObject({ type: '/problems/gone', detail: expect.stringContaining('expired') });
  });
});
