import type { RequestHandler } from 'express';
import type { AuthService } from '../services/auth-service.ts';
import { readCookie } from './cookies.ts';
import { sendProblem } from './problem.ts';

export const SESSION_COOKIE = 'cs_session';

/** Lets a request through only with a valid session cookie; 401 otherwise. */
export function requireSession(auth: AuthService): RequestHandler {
  return async (req, res, next) => {
    const token = readCookie(req.get('cookie'), SESSION_COOKIE);
    const found = token ? await auth.authenticate(token) : undefined;
    if (!found) return sendProblem(res, 401, 'Sign in to use the console.');
    res.locals.session = found.session;
    res.locals.sessionTokenHash = found.tokenHash;
    next();
  };
}
