import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { pathOf } from '../http/bounded.ts';
import type { Logger } from '../logging/logger.ts';
import type { OperationLogStore } from '../store/operation-log-store.ts';
import type { OperationOutcome } from '../store/operation-records.ts';
import { Operation, runInOperation } from './operation-context.ts';
import type { OperationActor } from './operation-context.ts';
import { operationMatcher } from './operation-routes.ts';
import type { OperationRouteTable } from './operation-routes.ts';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface OperationRecording {
  log: OperationLogStore;
  logger: Logger;
  table: OperationRouteTable;
  /** The caller when the route names none: the session's user, or a Docker client. */
  actor: (res: Response) => OperationActor | undefined;
  /** The cluster every request concerns (a cluster's Docker endpoint). */
  clusterId?: string;
  /** The methods that may change something; a trigger link's GET does. POST, PUT, PATCH and DELETE by default. */
  methods?: ReadonlySet<string>;
}

/** What an error answer says: a problem's detail (and its fields), or Docker's `message`. */
function errorOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { detail, title, message, fieldErrors } = body as Record<string, unknown>;
  const text = [detail, message, title].find((v): v is string => typeof v === 'string');
  if (!text) return undefined;
  const fields = Array.isArray(fieldErrors)
    ? fieldErrors.map((e) => (e as { field?: unknown }).field).filter((f): f is string => typeof f === 'string')
    : [];
  return fields.length > 0 ? `${text} Fields: ${[...new Set(fields)].join(', ')}.` : text;
}

/**
 * Records every mutating request: the request's first write transaction writes the record with
 * its change (see `writeTransaction`); after the response, a request that wrote nothing is recorded
 * (when it has a caller: a stranger's refused request is not), and a failure after a write turns its
 * record Failed. A recording that fails is logged; the request is never the worse for it.
 */
export function recordOperations(options: OperationRecording): RequestHandler {
  const match = operationMatcher(options.table);
  const mutating = options.methods ?? MUTATING;
  return (req, res, next) => {
    if (!mutating.has(req.method)) return next();
    const matched = match(req.method, req.path);
    if (matched?.route.action === null) return next();
    const route = matched?.route;
    const params = matched?.params ?? {};
    // The Docker endpoint has no request context of its own: its records get an id here.
    const requestId = res.locals.requestId ?? randomUUID();
    const onRecordError = (error: unknown) =>
      options.logger.error('operation record failed', { requestId, action: route?.action, error });
    const operation = new Operation({
      requestId,
      startedAt: options.log.time(),
      method: req.method,
      action: route?.action ?? `${req.method} ${pathOf(req.originalUrl)}`,
      ...(route?.kind ? { resourceKind: route.kind } : {}),
      ...(route?.idParam && params[route.idParam] ? { resourceId: params[route.idParam] } : {}),
      ...(options.clusterId || (route?.clusterParam && params[route.clusterParam])
        ? { clusterId: options.clusterId ?? params[route!.clusterParam!] }
        : {}),
      actor: () => options.actor(res) ?? (route?.caller ? { userName: route.caller } : undefined),
      onRecordError,
    });

    let errorMessage: string | undefined;
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode >= 400) errorMessage = errorOf(body);
      return json(body);
    };

    res.once('close', () => {
      operation.close();
      const outcome: OperationOutcome = {
        statusCode: res.statusCode,
        failed: res.statusCode >= 400 || !res.writableFinished,
        ...(errorMessage
          ? { errorMessage }
          : !res.writableFinished
            ? { errorMessage: 'The caller closed the connection before the answer.' }
            : {}),
      };
      settle(options, operation, outcome).catch(onRecordError);
    });
    runInOperation(operation, next);
  };
}

async function settle(options: OperationRecording, operation: Operation, outcome: OperationOutcome): Promise<void> {
  if (operation.recordId !== undefined) return options.log.finish(operation.recordId, outcome);
  if (!operation.actor()) return;
  await options.log.recordAfterResponse(operation, outcome);
}
