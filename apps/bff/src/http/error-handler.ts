import type { ErrorRequestHandler } from 'express';
import { DomainError, InputError } from '@cs/domain';
import type { Logger } from '../logging/logger.ts';
import { sendProblem } from './problem.ts';
import type { ProblemStatus } from './problem.ts';

const STATUS_OF_KIND: Record<DomainError['kind'], ProblemStatus> = {
  input: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
};

/** Body-parser's errors carry a `type` and a status; they are the client's fault. */
function bodyParserStatus(error: unknown): ProblemStatus | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error)) return undefined;
  switch (error.type) {
    case 'entity.parse.failed':
      return 400;
    case 'entity.too.large':
      return 413;
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return 415;
    default:
      return undefined;
  }
}

/** The one place errors become responses: domain errors by kind, everything else a bare 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof InputError) return sendProblem(res, 400, 'The request has invalid fields.', error.fieldErrors);
    if (error instanceof DomainError) return sendProblem(res, STATUS_OF_KIND[error.kind], error.message);
    const parserStatus = bodyParserStatus(error);
    if (parserStatus === 400) return sendProblem(res, 400, 'The request body is not valid JSON.');
    if (parserStatus === 413) return sendProblem(res, 413, 'The request body is larger than the server accepts.');
    if (parserStatus === 415) return sendProblem(res, 415, 'The request body must be UTF-8 JSON.');
    logger.error('unhandled error', { requestId: res.locals.requestId, error });
    sendProblem(
      res,
      500,
      `Something went wrong on our side. Quote request id ${res.locals.requestId} when reporting it.`,
    );
  };
}
