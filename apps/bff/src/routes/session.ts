import { Router } from 'express';
import type { Response } from 'express';
import { SignInRequestSchema } from '@cs/contracts';
import type { Session } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import { sendProblem } from '../http/problem.ts';
import { SESSION_COOKIE, requireSession } from '../http/require-session.ts';
import { SESSION_TTL_MS, TooManyAttemptsError } from '../services/auth-service.ts';
import type { AuthService } from '../services/auth-service.ts';
import type { SessionRecord } from '../store/session-store.ts';

const toSession = (s: SessionRecord): Session => ({ username: s.username, role: s.role, expiresAt: s.expiresAt });

function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: SESSION_TTL_MS });
}

/** Sign in, who am I, sign out. */
export function createSessionRouter({ auth, secureCookies }: { auth: AuthService; secureCookies: boolean }): Router {
  const router = Router();

  router.post('/session', async (req, res) => {
    const { username, password } = parseInput(SignInRequestSchema, req.body);
    try {
      const { token, session } = await auth.signIn(username, password, req.ip ?? 'unknown');
      setSessionCookie(res, token, secureCookies);
      res.locals.session = session;
      res.json(toSession(session));
    } catch (error) {
      if (!(error instanceof TooManyAttemptsError)) throw error;
      res.setHeader('Retry-After', String(error.retryAfterSeconds));
      sendProblem(res, 429, error.message);
    }
  });

  router.get('/session', requireSession(auth), (_req, res) => {
    res.json(toSession(res.locals.session!));
  });

  router.delete('/session', requireSession(auth), async (_req, res) => {
    await auth.signOut(res.locals.sessionTokenHash!);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  return router;
}
