import type { RequestHandler } from 'express';
import { pathOf } from './bounded.ts';
import { sendProblem } from './problem.ts';

/** The answer for an address no route serves: 404 naming it, bounded. */
export const noRoute =
  (what: string): RequestHandler =>
  (req, res) =>
    sendProblem(res, 404, `There is no ${what} ${req.method} ${pathOf(req.originalUrl)}.`);
