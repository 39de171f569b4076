import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ConflictError, DomainError, InputError } from '@cs/domain';
import { AnalysisBusyError, AnalysisTooComplexError } from '../../analysis/analysis-errors.ts';
import { clientProblemOf } from '../../http/client-errors.ts';
import type { Logger } from '../../logging/logger.ts';
import { DockerRequestError } from '../compose/container-config.ts';

/** An error as the Docker Engine answers it: a status and `{"message": …}`, which clients print. */
export class DockerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const noSuchContainer = (reference: string) => new DockerError(404, `No such container: ${reference}`);

const STATUS_OF_KIND: Record<DomainError['kind'], number> = {
  input: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
};

function dockerErrorOf(error: unknown): DockerError | undefined {
  if (error instanceof DockerError) return error;
  if (error instanceof DockerRequestError) return new DockerError(error.status, error.message);
  if (error instanceof InputError)
    return new DockerError(400, error.fieldErrors.map((e) => `${e.field}: ${e.message}`).join('\n'));
  if (error instanceof ConflictError) return new DockerError(409, error.message);
  if (error instanceof DomainError) return new DockerError(STATUS_OF_KIND[error.kind], error.message);
  if (error instanceof AnalysisTooComplexError) return new DockerError(422, error.message);
  if (error instanceof AnalysisBusyError) return new DockerError(503, error.message);
  const client = clientProblemOf(error);
  return client ? new DockerError(client.status, client.detail) : undefined;
}

/** Every failure of the Docker API in Docker's shape; only a defect of ours is a 500, logged. */
export function dockerErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      res.destroy();
      return next();
    }
    const known = dockerErrorOf(error);
    if (known) return void res.status(known.status).json({ message: known.message });
    logger.error('docker endpoint failed', { method: req.method, path: req.path, error });
    res.status(500).json({ message: 'The Container Service failed to answer this request; see its log.' });
  };
}

/** What this endpoint does not implement: a clear 501 naming it, never a hang or a 500. */
export const notSupported: RequestHandler = (req, res) => {
  res.status(501).json({
    message: `${req.method} ${req.path} is not supported by the Container Service's Docker endpoint.`,
  });
};
