import type { Transaction } from 'kysely';
import type { Operation, OperationActor } from '../operations/operation-context.ts';
import type { Schema } from './schema.ts';

type Trx = Transaction<Schema>;

export interface OperationOutcome {
  statusCode: number;
  failed: boolean;
  errorMessage?: string;
}

const MAX_ERROR_CHARS = 500;
/** Bounded, and without U+0000, which PostgreSQL text cannot hold. */
const cut = (text: string | undefined, max: number) =>
  text === undefined ? undefined : text.replaceAll('\0', '').slice(0, max);

interface Named {
  name?: string;
  clusterId?: string;
}

/** Kinds kept in a table of their own rather than in `resources`. */
const OWN_TABLES = { container: 'containers', network: 'docker_networks', 'alarm-rule': 'alarm_rules' } as const;

/** The resource's name and cluster as they are now in the transaction: a deleted one's before it goes. */
async function lookUp(trx: Trx, kind: string, id: string): Promise<Named> {
  const table = Object.hasOwn(OWN_TABLES, kind) ? OWN_TABLES[kind as keyof typeof OWN_TABLES] : undefined;
  if (table) {
    const row = await trx.selectFrom(table).select(['name', 'cluster_id']).where('id', '=', id).executeTakeFirst();
    return row ? { name: row.name, clusterId: row.cluster_id } : {};
  }
  const row = await trx
    .selectFrom('resources')
    .select(['name', 'cluster_id', 'scope'])
    .where('kind', '=', kind)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return {};
  const clusterId = kind === 'cluster' ? id : (row.cluster_id ?? (kind === 'node' ? row.scope : undefined));
  return { name: row.name, ...(clusterId ? { clusterId } : {}) };
}

/** A resource that is gone, as its last record named it: a request to a deleted cluster still says which. */
async function lastRecorded(trx: Trx, kind: string, id: string): Promise<Named> {
  const row = await trx
    .selectFrom('operation_logs')
    .select(['resource_name', 'cluster_id'])
    .where('resource_kind', '=', kind)
    .where('resource_id', '=', id)
    .where('resource_name', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.resource_name
    ? { name: row.resource_name, ...(row.cluster_id ? { clusterId: row.cluster_id } : {}) }
    : {};
}

/**
 * What the record will name, read before the request's writes (a deleted template has no row
 * after) and completed after them (a created cluster has an id only then).
 */
export class OperationNames {
  private named: Named = {};

  constructor(private readonly operation: Operation) {}

  async before(trx: Trx): Promise<void> {
    const { resourceKind, resourceId } = this.operation;
    if (resourceKind && resourceId) this.named = await lookUp(trx, resourceKind, resourceId);
  }

  async after(trx: Trx): Promise<Named> {
    const { resourceKind, resourceId } = this.operation;
    if (!this.named.name && resourceKind && resourceId) this.named = await lookUp(trx, resourceKind, resourceId);
    if (!this.named.name && resourceKind && resourceId) this.named = await lastRecorded(trx, resourceKind, resourceId);
    return this.named;
  }
}

/** Inserts the operation's record and a change of kind `operation` (the watch stream's news of it). */
export async function insertOperationRecord(
  trx: Trx,
  operation: Operation,
  named: Named,
  /** The record's date, and the time of the transaction writing it (when they differ). */
  when: string | { createdAt: string; at: string },
  outcome?: OperationOutcome,
): Promise<number> {
  const { createdAt, at } = typeof when === 'string' ? { createdAt: when, at: when } : when;
  const actor: OperationActor | undefined = operation.actor();
  const { id } = await trx
    .insertInto('operation_logs')
    .values({
      created_at: createdAt,
      user_id: actor?.userId ?? null,
      user_name: cut(actor?.userName, 64) ?? null,
      request_id: operation.requestId,
      method: operation.method,
      action: operation.action,
      resource_kind: operation.resourceKind ?? null,
      resource_id: cut(operation.resourceId, 200) ?? null,
      resource_name: named.name ?? null,
      cluster_id: cut(operation.clusterId ?? named.clusterId, 200) ?? null,
      result: outcome?.failed ? 'Failed' : 'Succeeded',
      status_code: outcome?.statusCode ?? null,
      error_message: cut(outcome?.errorMessage, MAX_ERROR_CHARS) ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await noteOperationChange(trx, id, 'ADDED', at);
  return id;
}

/** The answer of a request whose record its change's transaction wrote. */
export async function finishOperationRecord(
  trx: Trx,
  id: number,
  outcome: OperationOutcome,
  at: string,
): Promise<void> {
  await trx
    .updateTable('operation_logs')
    .set({
      status_code: outcome.statusCode,
      ...(outcome.failed
        ? { result: 'Failed' as const, error_message: cut(outcome.errorMessage, MAX_ERROR_CHARS) ?? null }
        : {}),
    })
    .where('id', '=', id)
    .execute();
  if (outcome.failed) await noteOperationChange(trx, id, 'MODIFIED', at);
}

async function noteOperationChange(trx: Trx, id: number, type: 'ADDED' | 'MODIFIED', at: string): Promise<void> {
  await trx
    .insertInto('changes')
    .values({ kind: 'operation', resource_id: String(id), type, created_at: at })
    .execute();
}
