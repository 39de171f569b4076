import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logging/logger.ts';
import { pathOf } from './bounded.ts';

const INCOMING_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives each request an id (the caller's X-Request-Id only when well-formed, so the echo cannot
 * carry anything into the header), and logs the outcome with the path bounded.
 */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      // 503 is the analysis pool saying it is busy (ADR 010): a condition to watch, not a fault.
      const level = res.statusCode === 503 ? 'warn' : res.statusCode >= 500 ? 'error' : 'info';
      logger[level]('request', {
        requestId,
        method: req.method,
        path: pathOf(req.originalUrl),
        status: res.statusCode,
        durationMs: Math.round(durationMs * 100) / 100,
        user: res.locals.session?.username,
      });
    });
    next();
  };
}
