import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, SessionSchema, createApiClient } from '@cs/contracts';
import { createSession, deleteSession, fetchSession, isSession } from './session-requests.ts';

const SESSION = { username: 'admin', role: 'primary', expiresAt: '2026-11-28T10:00:00.000Z' };
const PROBLEM = {
  type: 'invalid',
  title: 'Bad Request',
  status: 400,
  detail: 'The request is invalid.',
  requestId: 'r-1',
};

type Answer = () => Response;

const json = (status: number, body: unknown, statusText = ''): Answer => {
  return () =>
    new Response(JSON.stringify(body), { status, statusText, headers: { 'content-type': 'application/json' } });
};

/** What a call gave: its value, or the parts of its ApiError a caller reads. */
async function outcome(call: Promise<unknown>) {
  try {
    return { value: await call };
  } catch (error) {
    if (!(error instanceof ApiError)) return { thrown: String(error) };
    const { status, code, message, fieldErrors, requestId } = error;
    return { status, code, message, fieldErrors, requestId };
  }
}

/** Answers every request with `answer`, for these functions (the global fetch) and the API client. */
function serve(answer: Answer) {
  const fetch = vi.fn(async () => answer());
  vi.stubGlobal('fetch', fetch);
  return { fetch, client: createApiClient({ fetch }) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('isSession', () => {
  it('accepts and refuses what the contract schema does', () => {
    const samples: unknown[] = [
      SESSION,
      { ...SESSION, extra: 1 },
      ...SessionSchema.shape.role.options.map((role) => ({ ...SESSION, role })),
      { ...SESSION, role: 'owner' },
      { ...SESSION, role: 'hasOwnProperty' },
      { ...SESSION, username: 7 },
      { ...SESSION, expiresAt: null },
      { username: 'admin', role: 'primary' },
      null,
      'admin',
      [],
    ];
    for (const sample of samples) {
      expect(isSession(sample), JSON.stringify(sample)).toBe(SessionSchema.safeParse(sample).success);
    }
  });
});

describe('the session requests answer as the API client does', () => {
  const answers: Record<string, Answer> = {
    'a session': json(200, SESSION),
    'no session': json(401, {
      ...PROBLEM,
      type: 'unauthorized',
      title: 'Unauthorized',
      status: 401,
      detail: 'Sign in.',
    }),
    'field errors': json(400, { ...PROBLEM, fieldErrors: [{ field: 'username', message: 'Enter the user name.' }] }),
    throttling: json(429, { ...PROBLEM, type: 'too-many-requests', status: 429, detail: 'Try again in 60 s.' }),
    'a body that is not a problem': json(500, { error: 'boom' }, 'Internal Server Error'),
    'broken field errors': json(400, { ...PROBLEM, fieldErrors: [{ field: 1 }] }, 'Bad Request'),
    'no JSON at all': () => new Response('<html>', { status: 502, statusText: 'Bad Gateway' }),
  };

  for (const [name, answer] of Object.entries(answers)) {
    it(`for ${name}`, async () => {
      const { client } = serve(answer);
      expect(await outcome(fetchSession())).toEqual(await outcome(client.getSession()));
      expect(await outcome(createSession({ username: 'admin', password: 'x' }))).toEqual(
        await outcome(client.signIn({ username: 'admin', password: 'x' })),
      );
    });
  }

  it('and refuse an answer that is not a session', async () => {
    serve(json(200, { username: 'admin' }));
    await expect(fetchSession()).rejects.toThrow(/shape of the contract/);
  });
});

describe('the requests sent', () => {
  it('ask who is signed in, sign in with a JSON body, and sign out', async () => {
    const { fetch } = serve(json(200, SESSION));
    await fetchSession();
    await createSession({ username: 'admin', password: 'secret' });
    fetch.mockImplementationOnce(async () => new Response(null, { status: 204 }));
    await expect(deleteSession()).resolves.toBeUndefined();
    expect(fetch.mock.calls.map(([url, init]: unknown[]) => [url, (init as RequestInit).method])).toEqual([
      ['/api/v1/session', 'GET'],
      ['/api/v1/session', 'POST'],
      ['/api/v1/session', 'DELETE'],
    ]);
    const [, signInInit] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(signInInit.body).toBe(JSON.stringify({ username: 'admin', password: 'secret' }));
    expect(signInInit.headers).toMatchObject({ 'content-type': 'application/json' });
  });
});
