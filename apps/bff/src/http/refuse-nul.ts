import type { RequestHandler } from 'express';
import { sendProblem } from './problem.ts';

/**
 * PostgreSQL text cannot hold U+0000, so an address carrying one (`%00` in a path parameter or
 * the query) is refused here, before a query fails on it. Bodies need no such guard: their
 * strings are stored inside JSON, where U+0000 is written `\u0000`.
 */
export const refuseNulInAddress: RequestHandler = (req, res, next) => {
  if (req.originalUrl.includes('%00')) return sendProblem(res, 400, 'The address contains a NUL character (%00).');
  next();
};
