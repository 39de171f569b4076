import { Router } from 'express';
import type { Request, Response } from 'express';
import { TriggerCallQuerySchema } from '@cs/contracts';
import { noRoute } from '../http/no-route.ts';
import { parseInput } from '../http/parse.ts';
import { sendProblem } from '../http/problem.ts';
import { refuseNulInAddress } from '../http/refuse-nul.ts';
import type { Logger } from '../logging/logger.ts';
import { currentOperation } from '../operations/operation-context.ts';
import type { OperationActor } from '../operations/operation-context.ts';
import type { OperationRouteTable } from '../operations/operation-routes.ts';
import { recordOperations } from '../operations/record-operations.ts';
import type { TriggerCalls } from '../services/triggers/trigger-calls.ts';
import type { OperationLogStore } from '../store/operation-log-store.ts';

const CALL_TRIGGER = { action: 'Call Trigger', kind: 'application' } as const;
/** A trigger call changes the application, GET (curl's default, as in the guide's Jenkins script) or POST. */
const TRIGGER_OPERATIONS: OperationRouteTable = { 'GET /trigger': CALL_TRIGGER, 'POST /trigger': CALL_TRIGGER };
const CALL_METHODS: ReadonlySet<string> = new Set(['GET', 'POST']);
/** Who calls a trigger: whoever holds its link (Jenkins, a script), not a console user. */
const TRIGGER_CALLER: OperationActor = { userName: 'trigger link' };

/**
 * `/hook/trigger?triggerUrl=…&secret=…`, public: the link and its secret are the caller's
 * credentials. Only a call naming an existing trigger is recorded in the operation log, so a
 * stranger guessing links fills no log.
 */
export function createTriggerHookRouter(deps: { calls: TriggerCalls; log: OperationLogStore; logger: Logger }): Router {
  const router = Router();
  const callers = new WeakMap<Response, OperationActor>();
  router.use(refuseNulInAddress);
  router.use(
    recordOperations({
      log: deps.log,
      logger: deps.logger,
      table: TRIGGER_OPERATIONS,
      actor: (res) => callers.get(res),
      methods: CALL_METHODS,
    }),
  );

  const call = async (req: Request, res: Response) => {
    const { triggerUrl, secret } = parseInput(TriggerCallQuerySchema, req.query);
    const called = await deps.calls.identify(triggerUrl);
    callers.set(res, TRIGGER_CALLER);
    const operation = currentOperation();
    operation?.noteChange('application', called.application.metadata.id);
    if (operation) operation.clusterId = called.application.spec.clusterId;
    const result = await deps.calls.call(called, secret);
    res.set('Cache-Control', 'no-store').json(result);
  };
  router.get('/trigger', call);
  router.post('/trigger', call);
  router.all('/trigger', (_req, res) => {
    res.set('Allow', 'GET, POST');
    sendProblem(res, 405, 'Call a trigger link with GET or POST.');
  });
  router.use(noRoute('hook'));
  return router;
}
