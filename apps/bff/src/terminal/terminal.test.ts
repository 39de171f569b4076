import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { connectTerminal, refusal } from '../testing/terminal-client.ts';
import type { ContainerDto } from '@cs/contracts';
import { TERMINAL_CLOSE } from '@cs/contracts';
import { MINUTE } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';
import { deployCrossHost } from './cross-host.fixture.ts';

describe('the Web Terminal', () => {
  let t: TestServer;
  let cookie: string;
  let origin: string;
  let first: ContainerDto;
  let second: ContainerDto;
  let rest: ContainerDto;
  let headers: Record<string, string>;

  beforeAll(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    origin = await t.listen();
    headers = { cookie, origin };
    ({ first, second, rest } = await deployCrossHost(t, cookie));
  });
  afterAll(() => t.close());

  const exec = (id: string, command: unknown) =>
    t.http.post(`/api/v1/containers/${id}/exec`).set('Cookie', cookie).send({ command });

  it('runs the two containers on different nodes', () => {
    expect(first.status.phase).toBe('running');
    expect(first.spec.nodeId).not.toBe(second.spec.nodeId);
  });

  it.each([
    ['no session', {}, 401],
    ['another origin', { origin: 'http://evil.example' }, 403],
    ['no origin', { origin: '' }, 403],
  ])('refuses a connection with %s', async (_what, override, status) => {
    const client = connectTerminal(origin, first.metadata.id, { ...headers, cookie: '', ...override });
    expect(await client.refused).toBe(status);
  });

  it.each(['%E0%A4%A', 'ab%00cd'])('refuses the container id %s with 400', async (id) => {
    const bad = new WebSocket(`${origin.replace('http', 'ws')}/api/v1/containers/${id}/terminal`, { headers });
    expect(await refusal(bad)).toBe(400);
    expect((await t.http.get('/api/v1/health')).status).toBe(200);
  });

  it('refuses an unknown container and another path with 404', async () => {
    expect(await connectTerminal(origin, 'f'.repeat(64), headers).refused).toBe(404);
    const other = new WebSocket(`${origin.replace('http', 'ws')}/api/v1/elsewhere`, { headers });
    expect(await refusal(other)).toBe(404);
  });

  it('prompts as busybox does and answers hostname, ifconfig and the peers by address and name', async () => {
    const client = connectTerminal(origin, first.metadata.id, headers);
    await client.waitFor('/ # ');
    client.type('hostname\r');
    await client.waitFor(`hostname\r\n${first.spec.hostname}\r\n/ # `);
    client.type('ifconfig eth0\r');
    await client.waitFor(`inet addr:${first.status.containerIp}`);
    client.type(`ping -c 1 ${second.status.containerIp}\r`);
    await client.waitFor(`64 bytes from ${second.status.containerIp}: seq=0 ttl=64 time=`);
    client.type('getent hosts xxserver rest restserver.local\r');
    await client.waitFor(
      `${second.status.containerIp.padEnd(15)} xxserver\r\n${rest.status.containerIp.padEnd(15)} rest\r\n`,
    );
    await client.waitFor(`${rest.status.containerIp.padEnd(15)} restserver.local\r\n`);
    client.type(`nslookup ${second.metadata.name}\r`);
    await client.waitFor(`Address: ${second.status.containerIp}`);
    client.type('curl -I rest\r');
    await client.waitFor('Server: nginx/');
    client.type('exit\r');
    expect(await client.closed).toEqual({ code: TERMINAL_CLOSE.exited, reason: 'The shell exited.' });
  });

  it('closes the session when the container is stopped through the API', async () => {
    const client = connectTerminal(origin, second.metadata.id, headers);
    await client.waitFor('/ # ');
    await t.http.post(`/api/v1/containers/${second.metadata.id}/stop`).set('Cookie', cookie).expect(202);
    await t.advance(1_000);
    expect(await client.closed).toEqual({
      code: TERMINAL_CLOSE.containerStopped,
      reason: `${second.metadata.name} stopped: the session is closed.`,
    });
    const res = await exec(second.metadata.id, 'hostname');
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe(`Container ${second.metadata.name} is not running: start it to open its terminal.`);
    await t.advance(2 * MINUTE);
    expect(await connectTerminal(origin, second.metadata.id, headers).refused).toBe(409);
  });

  it('times out pinging the stopped container, by address and by name', async () => {
    for (const target of [second.status.containerIp, second.metadata.name]) {
      const res = await exec(first.metadata.id, `ping -c 2 ${target}`).expect(200);
      expect(res.body.output).toBe(
        `PING ${target} (${second.status.containerIp}): 56 data bytes\n\n--- ${target} ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n`,
      );
      expect(res.body.exitCode).toBe(1);
    }
  });

  it('answers Execute with the command output', async () => {
    const res = await exec(first.metadata.id, 'hostname').expect(200);
    expect(res.body).toEqual({
      command: 'hostname',
      output: `${first.spec.hostname}\n`,
      exitCode: 0,
      truncated: false,
    });
    const ping = await exec(first.metadata.id, `ping ${rest.metadata.name}`).expect(200);
    expect(ping.body.output).toContain('4 packets transmitted, 4 packets received, 0% packet loss');
  });

  it.each([
    ['no command', {}],
    ['an empty one', { command: '' }],
    ['a too long one', { command: 'x'.repeat(2000) }],
    ['two lines', { command: 'echo a\nb' }],
    ['a number', { command: 42 }],
  ])('refuses Execute of %s with 400', async (_what, body) => {
    const res = await t.http.post(`/api/v1/containers/${first.metadata.id}/exec`).set('Cookie', cookie).send(body);
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors[0].field).toBe('command');
  });

  it('closes open terminals when the server shuts down', async () => {
    const client = connectTerminal(origin, first.metadata.id, headers);
    await client.waitFor('/ # ');
    t = await t.restart();
    cookie = await t.signIn();
    expect(await client.closed).toEqual({
      code: TERMINAL_CLOSE.serverShutdown,
      reason: 'The console is restarting; reconnect in a moment.',
    });
  });

  it('answers Execute of an unknown container with 404, and a stranger with 401', async () => {
    expect((await exec('f'.repeat(64), 'hostname')).status).toBe(404);
    expect((await t.http.post(`/api/v1/containers/${first.metadata.id}/exec`).send({ command: 'ls' })).status).toBe(
      401,
    );
  });
});
