import type { OperationLogDto, OperationLogFilter } from '@cs/contracts';
import type { Selectable } from 'kysely';
import type { Operation } from '../operations/operation-context.ts';
import type { Database } from './database.ts';
import { OperationNames, finishOperationRecord, insertOperationRecord } from './operation-records.ts';
import type { OperationOutcome } from './operation-records.ts';
import { writeTransaction } from './resource-writes.ts';
import type { OperationLogsTable } from './schema.ts';
import { pageAndCount } from './paging.ts';

const toOperationLog = (row: Selectable<OperationLogsTable>): OperationLogDto => ({
  id: row.id,
  createdAt: row.created_at,
  ...(row.user_id ? { userId: row.user_id } : {}),
  ...(row.user_name ? { userName: row.user_name } : {}),
  requestId: row.request_id,
  method: row.method,
  action: row.action,
  ...(row.resource_kind ? { resourceKind: row.resource_kind } : {}),
  ...(row.resource_id ? { resourceId: row.resource_id } : {}),
  ...(row.resource_name ? { resourceName: row.resource_name } : {}),
  ...(row.cluster_id ? { clusterId: row.cluster_id } : {}),
  result: row.result,
  ...(row.status_code !== null ? { statusCode: row.status_code } : {}),
  ...(row.error_message ? { errorMessage: row.error_message } : {}),
});

/** The highest code point: `name >= q and name < q + MAX` is a prefix match both engines index. */
const AFTER_EVERY_CHARACTER = '\u{10FFFF}';

/** Operation records: the ones written after a response, their answers, and the Operation Logs page's list. */
export class OperationLogStore {
  constructor(
    private readonly database: Database,
    private readonly now: () => number,
    private readonly onCommit: () => void,
  ) {}

  /** The store's time now, as records are dated. */
  time(): string {
    return new Date(this.now()).toISOString();
  }

  /** The record of a request that wrote nothing (a refused one, a sign-in, a Docker network), dated when it arrived. */
  async recordAfterResponse(operation: Operation, outcome: OperationOutcome): Promise<void> {
    await writeTransaction(this.database, this.now, this.onCommit, async (trx, at) => {
      const names = new OperationNames(operation);
      await names.before(trx);
      await insertOperationRecord(
        trx,
        operation,
        await names.after(trx),
        { createdAt: operation.startedAt, at },
        outcome,
      );
    });
  }

  /** The status of a request whose change's transaction wrote its record; Failed when a later step failed. */
  async finish(id: number, outcome: OperationOutcome): Promise<void> {
    if (!outcome.failed) {
      await this.database.db
        .updateTable('operation_logs')
        .set({ status_code: outcome.statusCode })
        .where('id', '=', id)
        .execute();
      return;
    }
    await writeTransaction(this.database, this.now, this.onCommit, (trx, at) =>
      finishOperationRecord(trx, id, outcome, at),
    );
  }

  async list(filter: OperationLogFilter): Promise<{ items: OperationLogDto[]; total: number }> {
    let query = this.database.db.selectFrom('operation_logs');
    if (filter.resourceKind) query = query.where('resource_kind', '=', filter.resourceKind);
    if (filter.result) query = query.where('result', '=', filter.result);
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.user) query = query.where('user_name', '=', filter.user);
    if (filter.clusterId) query = query.where('cluster_id', '=', filter.clusterId);
    // Stored times are UTC ISO strings, so they compare as text once the bounds are written the same way.
    if (filter.from) query = query.where('created_at', '>=', new Date(filter.from).toISOString());
    if (filter.to) query = query.where('created_at', '<=', new Date(filter.to).toISOString());
    const q = filter.q;
    if (q)
      query = query.where((eb) =>
        eb.or([
          eb('request_id', '=', q),
          eb.and([eb('resource_name', '>=', q), eb('resource_name', '<', `${q}${AFTER_EVERY_CHARACTER}`)]),
        ]),
      );
    const ordered = query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc');
    const { rows, total } = await pageAndCount(query, ordered, filter);
    return { items: rows.map(toOperationLog), total };
  }
}
