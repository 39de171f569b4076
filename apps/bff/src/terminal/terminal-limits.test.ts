import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMINAL_CLOSE, TERMINAL_MAX_MESSAGE_BYTES } from '@cs/contracts';
import type { ContainerDto } from '@cs/contracts';
import { connectTerminal } from '../testing/terminal-client.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';
import { deployCrossHost } from './cross-host.fixture.ts';

describe('the Web Terminal’s limits', () => {
  let t: TestServer;
  let origin: string;
  let container: ContainerDto;

  beforeAll(async () => {
    t = await startTestServer({ terminal: { idleMs: 400, sessionCheckMs: 50 } });
    origin = await t.listen();
    container = (await deployCrossHost(t, await t.signIn())).first;
  });
  afterAll(() => t.close());

  const open = async () => {
    const cookie = await t.signIn();
    const client = connectTerminal(origin, container.metadata.id, { cookie, origin });
    await client.waitFor('/ # ');
    return { client, cookie };
  };

  it('closes a terminal nobody types into', async () => {
    const { client } = await open();
    expect(await client.closed).toEqual({
      code: TERMINAL_CLOSE.idle,
      reason: expect.stringMatching(/^Closed after \d+ minutes without input\.$/),
    });
  });

  it('closes the terminal of a user who signed out', async () => {
    const { client, cookie } = await open();
    await t.http.delete('/api/v1/session').set('Cookie', cookie).expect(204);
    expect(await client.closed).toEqual({
      code: TERMINAL_CLOSE.signedOut,
      reason: 'Your session ended: sign in again to use the terminal.',
    });
  });

  it('closes on a message larger than the limit', async () => {
    const { client } = await open();
    client.type('x'.repeat(TERMINAL_MAX_MESSAGE_BYTES + 1));
    expect((await client.closed).code).toBe(TERMINAL_CLOSE.tooLarge);
  });
});
