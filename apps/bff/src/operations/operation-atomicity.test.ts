import express from 'express';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorHandler } from '../http/error-handler.ts';
import '../http/locals.ts';
import { createLogger } from '../logging/logger.ts';
import type { LogFields } from '../logging/logger.ts';
import { recordChange } from '../store/resource-writes.ts';
import { createStore } from '../store/store.ts';
import type { Store } from '../store/store.ts';
import { openTestDatabase, postgresAvailable } from '../testing/test-database.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { Operation, runInOperation } from './operation-context.ts';
import type { OperationStart } from './operation-context.ts';
import { recordOperations } from './record-operations.ts';

const engines = [['sqlite'], ...((await postgresAvailable()) ? [['postgres']] : [])] as ['sqlite' | 'postgres'][];
const T0 = Date.parse('2026-03-01T08:00:00Z');

describe.each(engines)('operation records written atomically (%s)', (engine) => {
  let test: TestDatabase;
  let store: Store;
  const errors: unknown[] = [];
  beforeEach(async () => {
    test = await openTestDatabase(engine);
    store = createStore(test.database, () => T0);
    errors.length = 0;
  });
  afterEach(async () => test.dispose());

  const operation = (overrides: Partial<OperationStart> = {}) =>
    new Operation({
      requestId: 'req-1',
      startedAt: new Date(T0).toISOString(),
      method: 'POST',
      action: 'Expand Cluster',
      resourceKind: 'cluster',
      actor: () => ({ userId: 'u1', userName: 'admin' }),
      onRecordError: (error) => errors.push(error),
      ...overrides,
    });
  const records = () => test.database.db.selectFrom('operation_logs').selectAll().execute();
  const clusterChanges = () =>
    test.database.db.selectFrom('changes').select('resource_id').where('kind', '=', 'cluster').execute();
  const change = (op: Operation, id: string, fail = false) =>
    runInOperation(op, () =>
      store.resources.transact(async (trx, at) => {
        await recordChange(trx, 'cluster', id, 'MODIFIED', at);
        if (fail) throw new Error('the write failed');
      }),
    );

  it('rolls the record back with a change that fails inside its transaction, and records the next one', async () => {
    const op = operation();
    await expect(change(op, 'c1', true)).rejects.toThrow('the write failed');
    expect(await clusterChanges()).toEqual([]);
    expect(await records()).toEqual([]);
    expect(op.recordId).toBeUndefined();

    await change(op, 'c2');
    expect(await clusterChanges()).toEqual([{ resource_id: 'c2' }]);
    const [record, ...more] = await records();
    expect(more).toEqual([]);
    expect(record).toMatchObject({ id: op.recordId, request_id: 'req-1', resource_id: 'c2', result: 'Succeeded' });
  });

  it('writes one record for a request of several transactions, in the first', async () => {
    const op = operation();
    await change(op, 'c1');
    await change(op, 'c2');
    expect(await records()).toMatchObject([{ resource_id: 'c1' }]);
  });

  it('writes none for a write of no request, or one after its response', async () => {
    await store.resources.transact((trx, at) => recordChange(trx, 'cluster', 'c0', 'MODIFIED', at));
    const op = operation();
    op.close();
    await change(op, 'c1');
    expect(await clusterChanges()).toHaveLength(2);
    expect(await records()).toEqual([]);
  });

  it('keeps the change when its record cannot be written, and logs why', async () => {
    const op = operation({
      actor: () => {
        throw new Error('no actor');
      },
    });
    await change(op, 'c1');
    expect(await clusterChanges()).toEqual([{ resource_id: 'c1' }]);
    expect(await records()).toEqual([]);
    expect(errors).toMatchObject([{ message: 'no actor' }]);
  });

  it('turns the record Failed when a step after the write fails, and answers as before', async () => {
    const logs: LogFields[] = [];
    const app = express();
    app.use((_req, res, next) => {
      res.locals.requestId = 'req-later';
      next();
    });
    app.use(
      recordOperations({
        log: store.operationLogs,
        logger: createLogger('debug', (line) => logs.push(JSON.parse(line) as LogFields)),
        table: { 'POST /clusters/:id/expand': { action: 'Expand Cluster', kind: 'cluster', idParam: 'id' } },
        actor: () => ({ userName: 'admin' }),
      }),
    );
    app.post('/clusters/:id/expand', async (req) => {
      await store.resources.transact((trx, at) => recordChange(trx, 'cluster', req.params.id, 'MODIFIED', at));
      throw new Error('the step after the write failed');
    });
    app.use(errorHandler(createLogger('error', () => {})));
    await request(app).post('/clusters/c9/expand').expect(500);
    await expect.poll(async () => (await records())[0]?.result).toBe('Failed');
    const [record, ...more] = await records();
    expect(more).toEqual([]);
    expect(record).toMatchObject({ resource_id: 'c9', status_code: 500, action: 'Expand Cluster' });
    expect(record!.error_message).toContain('Something went wrong on our side');
    expect(await clusterChanges()).toEqual([{ resource_id: 'c9' }]);
  });
});
