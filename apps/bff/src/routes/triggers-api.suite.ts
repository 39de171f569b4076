import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ApplicationDto, OperationLogList, ServiceList, TriggerCreatedDto, TriggerList } from '@cs/contracts';
import { deployApplication } from '../testing/application-fixtures.ts';
import { MINUTE } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

// No host port: four containers fit on the three nodes once Scale Out has grown the service.
const NGINX = 'web:\n  image: nginx:1.10\n  expose:\n    - "80"\n  labels:\n    aliyun.scale: "2"\n';

type EventItem = { level: string; reason: string; message: string };

/** Triggers: the console's API and the public `/hook/trigger` link, on either engine. */
export function triggersApiSuite(engine: 'sqlite' | 'postgres'): void {
  let t: TestServer;
  let cookie: string;
  let applicationId: string;
  beforeEach(async () => {
    t = await startTestServer({ engine });
    cookie = await t.signIn();
    ({ applicationId } = await deployApplication(t, cookie, { name: 'nodejs-demo', template: NGINX, minutes: 2 }));
  });
  afterEach(() => t.close());

  const api = (method: 'get' | 'post' | 'delete', path: string) =>
    t.http[method](`/api/v1${path}`).set('Cookie', cookie);
  const triggersPath = () => `/applications/${applicationId}/triggers`;
  const createTrigger = async (body: Record<string, unknown> = { type: 'redeploy' }) =>
    (await api('post', triggersPath()).send(body).expect(201)).body as TriggerCreatedDto;
  const application = async () =>
    (await api('get', `/applications/${applicationId}`).expect(200)).body as ApplicationDto;
  const services = async () => (await api('get', '/services').query({ applicationId }).expect(200)).body as ServiceList;
  const events = async () =>
    (
      (await api('get', `/applications/${applicationId}/events`).query({ pageSize: 100 }).expect(200)).body as {
        items: EventItem[];
      }
    ).items;
  /** Calls a link as Jenkins would: no session, the address only. */
  const call = (link: string, method: 'get' | 'post' = 'get') => {
    const url = new URL(link);
    return t.http[method](`${url.pathname}${url.search}`);
  };

  it('creates a Redeploy trigger, shows its secret once, lists it masked, refuses a second one, deletes it', async () => {
    const created = await createTrigger();
    expect(created.secret).toMatch(/^[0-9a-f]{36}$/);
    const link = new URL(created.linkWithSecret);
    expect(`${link.origin}${link.pathname}`).toBe(`${await t.listen()}/hook/trigger`);
    expect(link.searchParams.get('secret')).toBe(created.secret);
    const token = link.searchParams.get('triggerUrl')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(token).not.toContain(applicationId);
    expect(created.status.link).toBe(`${link.origin}/hook/trigger?triggerUrl=${token}`);
    expect(created.status.maskedSecret).toBe(`********${created.secret.slice(-4)}`);
    expect(created.spec).toMatchObject({ applicationId, type: 'redeploy', serviceId: null, amount: null });

    const list = await api('get', triggersPath()).expect(200);
    expect((list.body as TriggerList).items.map((i) => [i.metadata.id, i.spec.type])).toEqual([
      [created.metadata.id, 'redeploy'],
    ]);
    expect(JSON.stringify(list.body)).not.toContain(created.secret);
    expect(JSON.stringify(list.body)).not.toMatch(/secretHash|"secret"/);

    const again = await api('post', triggersPath()).send({ type: 'redeploy' }).expect(409);
    expect(again.body.detail).toBe('You can only have one of each trigger type.');

    await api('delete', `${triggersPath()}/${created.metadata.id}`).expect(204);
    await api('delete', `${triggersPath()}/${created.metadata.id}`).expect(404);
    expect(((await api('get', triggersPath()).expect(200)).body as TriggerList).items).toEqual([]);
    await call(created.linkWithSecret).expect(404);
    expect((await events()).map((e) => e.message)).toEqual(
      expect.arrayContaining([
        'Create Redeploy trigger of application nodejs-demo.',
        'Delete Redeploy trigger of application nodejs-demo.',
      ]),
    );
  });

  it('redeploys on a call with the right secret, as the Redeploy button does, and records it', async () => {
    const { linkWithSecret } = await createTrigger();
    const before = (await services()).items[0]!.spec.deployment;
    const accepted = await call(linkWithSecret).expect(200);
    expect(accepted.body).toEqual({
      accepted: true,
      type: 'redeploy',
      application: 'nodejs-demo',
      message: 'redeploy application nodejs-demo.',
    });
    expect(accepted.get('content-security-policy')).toContain("default-src 'self'");
    expect(accepted.get('cache-control')).toBe('no-store');
    expect((await application()).status.phase).toBe('Redeploying');
    expect((await services()).items[0]!.spec.deployment).toBe(before + 1);

    // Busy redeploying: refused as the button would be, with the reason.
    const busy = await call(linkWithSecret, 'post').expect(409);
    expect(busy.body.detail).toMatch(/nodejs-demo/);
    await t.advance(MINUTE);
    expect((await application()).status.phase).toBe('Ready');
    await call(linkWithSecret, 'post').expect(200);
    expect((await services()).items[0]!.spec.deployment).toBe(before + 2);

    const messages = (await events()).map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'A call of the Redeploy trigger of application nodejs-demo was accepted: redeploy application nodejs-demo.',
        'Start to redeploy application nodejs-demo.',
        expect.stringMatching(/^A call of the Redeploy trigger of application nodejs-demo was not carried out: /),
      ]),
    );
    const log = (await api('get', '/operation-logs').query({ action: 'Call Trigger' }).expect(200))
      .body as OperationLogList;
    expect(log.items.map((r) => [r.method, r.result, r.userName, r.resourceId]).sort()).toEqual(
      [
        ['GET', expect.any(String), 'trigger link', applicationId],
        ['POST', expect.any(String), 'trigger link', applicationId],
        ['POST', expect.any(String), 'trigger link', applicationId],
      ].sort(),
    );
    expect(log.items.filter((r) => r.statusCode === 409)).toHaveLength(1);
  });

  it('refuses a wrong or missing secret with 403 and a Warning event that holds no secret; an unknown link is 404', async () => {
    const { linkWithSecret, secret } = await createTrigger();
    const link = new URL(linkWithSecret);
    const wrong = new URL(link);
    const guess = `${secret.slice(0, -1)}${secret.endsWith('0') ? '1' : '0'}`;
    wrong.searchParams.set('secret', guess);
    const refused = await call(wrong.toString()).expect(403);
    expect(refused.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 403, detail: 'The secret of this trigger link is wrong.' });
    const missing = new URL(link);
    missing.searchParams.delete('secret');
    await call(missing.toString()).expect(403);

    const warnings = (await events()).filter((e) => e.level === 'Warning');
    expect(warnings.map((e) => e.message).sort()).toEqual([
      'A call of the Redeploy trigger of application nodejs-demo was refused: it gave no secret.',
      'A call of the Redeploy trigger of application nodejs-demo was refused: its secret is wrong.',
    ]);
    expect(JSON.stringify(warnings)).not.toContain(guess);
    expect((await application()).status.phase).toBe('Ready');

    const unknown = new URL(link);
    unknown.searchParams.set('triggerUrl', 'A'.repeat(32));
    await call(unknown.toString()).expect(404);
  });

  it('scales out the chosen service by its amount through Change Configuration', async () => {
    const web = (await services()).items[0]!;
    expect(web.spec.definition.scale).toBe(2);
    const bad = await api('post', triggersPath()).send({ type: 'scale-out', serviceId: 'nope', amount: 0 }).expect(400);
    expect(bad.body.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['amount']);
    const other = await api('post', triggersPath())
      .send({ type: 'scale-out', serviceId: 'nope', amount: 1 })
      .expect(400);
    expect(other.body.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['serviceId']);
    const tooMany = await api('post', triggersPath())
      .send({ type: 'scale-out', serviceId: web.metadata.id, amount: 999 })
      .expect(400);
    expect(tooMany.body.fieldErrors[0]).toMatchObject({
      field: 'amount',
      message: expect.stringMatching(/at most 998/),
    });

    const created = await createTrigger({ type: 'scale-out', serviceId: web.metadata.id, amount: 2 });
    expect(created.spec).toMatchObject({
      type: 'scale-out',
      serviceId: web.metadata.id,
      serviceName: 'web',
      amount: 2,
    });
    await api('post', triggersPath()).send({ type: 'scale-out', serviceId: web.metadata.id, amount: 1 }).expect(409);
    await createTrigger({ type: 'redeploy' });

    const answer = await call(created.linkWithSecret).expect(200);
    expect(answer.body.message).toBe('scale out service web from 2 to 4 containers.');
    await t.advance(MINUTE);
    const after = (await services()).items[0]!;
    expect(after.spec.definition.scale).toBe(4);
    expect(after.status.containerCounts.ready).toBe(4);
    expect((await application()).status.containerCounts.ready).toBe(4);
    expect(((await api('get', triggersPath()).expect(200)).body as TriggerList).items).toHaveLength(2);
  });

  it('answers hostile calls with 4xx and needs no session for the link, a session for the API', async () => {
    const { linkWithSecret } = await createTrigger();
    const token = new URL(linkWithSecret).searchParams.get('triggerUrl')!;
    const hostile = [
      `/hook/trigger?triggerUrl=${'A'.repeat(20_000)}&secret=x`,
      `/hook/trigger?triggerUrl=${token}%00&secret=x`,
      `/hook/trigger?triggerUrl=${token}&secret=%00`,
      `/hook/trigger?triggerUrl=${encodeURIComponent('ｔｏｋｅｎ😀')}&secret=x`,
      `/hook/trigger?triggerUrl=${token}&triggerUrl=${token}&secret=x`,
      `/hook/trigger?triggerUrl[a]=1`,
      `/hook/trigger?triggerUrl=${token}&secret=${'f'.repeat(300)}`,
      `/hook/trigger?triggerUrl=%E0%A4%A&secret=x`,
      '/hook/trigger',
      '/hook/nothing',
    ];
    for (const path of hostile) {
      const res = await t.http.get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
    const unicodeSecret = await t.http.get(`/hook/trigger?triggerUrl=${token}&secret=${encodeURIComponent('秘密😀')}`);
    expect(unicodeSecret.status).toBe(403);
    await t.http.put(`/hook/trigger?triggerUrl=${token}`).expect(405);
    expect((await application()).status.phase).toBe('Ready');

    await t.http.get(`/api/v1${triggersPath()}`).expect(401);
    await t.http.post(`/api/v1${triggersPath()}`).send({ type: 'redeploy' }).expect(401);
    const badType = await api('post', triggersPath()).send({ type: 'scale' }).expect(400);
    expect(badType.body.fieldErrors[0].field).toBe('type');
    await api('get', '/applications/a-missing/triggers').expect(404);
    await api('post', '/applications/a-missing/triggers').send({ type: 'redeploy' }).expect(404);
  });

  it('answers 404 for the trigger of a deleted application', async () => {
    const { linkWithSecret } = await createTrigger();
    await api('delete', `/applications/${applicationId}`).expect(202);
    await t.advance(MINUTE);
    await api('get', `/applications/${applicationId}`).expect(404);
    await call(linkWithSecret).expect(404);
    await call(linkWithSecret).expect(404);
    await api('get', triggersPath()).expect(404);
  });
}
