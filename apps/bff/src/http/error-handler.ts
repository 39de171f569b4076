import type { ErrorRequestHandler } from 'express';
import { ConflictError, DomainError, InputError } from '@cs/domain';
import { AnalysisBusyError, AnalysisTooComplexError } from '../analysis/analysis-errors.ts';
import type { Logger } from '../logging/logger.ts';
import { clientProblemOf } from './client-errors.ts';
import { sendProblem } from './problem.ts';
import type { ProblemStatus } from './problem.ts';

export const STATUS_OF_KIND: Record<DomainError['kind'], ProblemStatus> = {
  input: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
};

/** The one place errors become responses: domain errors by kind, the client's faults as 4xx, the rest a bare 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof InputError) return sendProblem(res, 400, 'The request has invalid fields.', error.fieldErrors);
    if (error instanceof ConflictError) return sendProblem(res, 409, error.message, error.fieldErrors);
    if (error instanceof DomainError) return sendProblem(res, STATUS_OF_KIND[error.kind], error.message);
    if (error instanceof AnalysisTooComplexError) return sendProblem(res, 422, error.message);
    if (error instanceof AnalysisBusyError) {
      res.setHeader('Retry-After', String(error.retryAfterSeconds));
      return sendProblem(res, 503, error.message);
    }
    const client = clientProblemOf(error);
    if (client) return sendProblem(res, client.status, client.detail);
    logger.error('unhandled error', { requestId: res.locals.requestId, error });
    sendProblem(
      res,
      500,
      `Something went wrong on our side. Quote request id ${res.locals.requestId} when reporting it.`,
    );
  };
}
