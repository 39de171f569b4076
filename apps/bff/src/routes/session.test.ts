import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

describe('session API', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.close();
  });

  it('answers health without a session', async () => {
    const res = await t.http.get('/api/v1/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', version: expect.any(String) });
  });

  it('answers 401 problem+json with a request id on protected routes without a session', async () => {
    const res = await t.http.get('/api/v1/clusters').set('X-Request-Id', 'trace-me-1').expect(401);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toEqual({
      type: '/problems/unauthenticated',
      title: 'Sign in required',
      status: 401,
      detail: 'Sign in to use the console.',
      requestId: 'trace-me-1',
    });
    expect(res.get('x-request-id')).toBe('trace-me-1');
  });

  it('refuses a wrong password, then signs in with an httpOnly SameSite=Strict cookie', async () => {
    const wrong = await t.http.post('/api/v1/session').send({ username: 'admin', password: 'nope-nope' }).expect(401);
    expect(wrong.body.detail).toBe('The user name or password is incorrect.');
    const unknown = await t.http.post('/api/v1/session').send({ username: 'ghost', password: 'nope-nope' }).expect(401);
    expect(unknown.body.detail).toBe(wrong.body.detail);

    const ok = await t.http.post('/api/v1/session').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
    expect(ok.body).toMatchObject({ username: 'admin', role: 'primary' });
    const cookie = ok.get('set-cookie')?.[0] ?? '';
    expect(cookie).toMatch(/^cs_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');

    const who = await t.http.get('/api/v1/session').set('Cookie', cookie.split(';')[0]!).expect(200);
    expect(who.body.username).toBe('admin');
  });

  it('signs out: the same cookie no longer works', async () => {
    const cookie = await t.signIn();
    await t.http.delete('/api/v1/session').set('Cookie', cookie).expect(204);
    await t.http.get('/api/v1/session').set('Cookie', cookie).expect(401);
  });

  it('throttles repeated failures with 429 and Retry-After, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      await t.http
        .post('/api/v1/session')
        .send({ username: 'admin', password: `wrong-${i}` })
        .expect(401);
    }
    const res = await t.http.post('/api/v1/session').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(429);
    expect(Number(res.get('retry-after'))).toBeGreaterThan(0);
    expect(res.body.detail).toMatch(/^Too many failed sign-ins/);
  });

  it('names each missing field', async () => {
    const res = await t.http.post('/api/v1/session').send({ username: ' ', password: '' }).expect(400);
    expect(res.body.fieldErrors).toEqual([
      { field: 'username', message: 'Enter the user name.' },
      { field: 'password', message: 'Enter the password.' },
    ]);
  });

  it('answers malformed JSON with 400 and an oversized body with 413', async () => {
    const bad = await t.http
      .post('/api/v1/session')
      .set('content-type', 'application/json')
      .send('{"username":')
      .expect(400);
    expect(bad.body.detail).toBe('The request body is not valid JSON.');
    const big = await t.http
      .post('/api/v1/session')
      .send({ username: 'admin', password: 'x'.repeat(2 * 1024 * 1024) })
      .expect(413);
    expect(big.body.type).toBe('/problems/payload-too-large');
  });

  it('never writes a password to the logs', async () => {
    await t.http.post('/api/v1/session').send({ username: 'admin', password: 'leaky-secret-1' }).expect(401);
    await t.signIn();
    const logText = JSON.stringify(t.logs);
    expect(logText).not.toContain('leaky-secret-1');
    expect(logText).not.toContain(ADMIN_PASSWORD);
    expect(t.logs).toContainEqual(expect.objectContaining({ msg: 'request', path: '/api/v1/session', status: 401 }));
  });

  it('sends security headers', async () => {
    const res = await t.http.get('/api/v1/health');
    expect(res.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.get('x-content-type-options')).toBe('nosniff');
    expect(res.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.get('x-powered-by')).toBeUndefined();
  });

  it('answers unknown API routes with a 404 problem', async () => {
    const cookie = await t.signIn();
    const res = await t.http.get('/api/v1/nothing-here').set('Cookie', cookie).expect(404);
    expect(res.body.detail).toBe('There is no API route GET /api/v1/nothing-here.');
  });
});
