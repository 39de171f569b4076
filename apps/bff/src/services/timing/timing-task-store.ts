import type { JobRunStatus, NewEvent, Resource, ResourceStatus } from '@cs/domain';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { jsonMember } from '../../store/json-member.ts';
import type { Schema } from '../../store/schema.ts';
import type { Store } from '../../store/store.ts';
import type { TimingState } from './timing-rules.ts';

export interface TimingTaskSpec {
  applicationId: string;
  expression: string;
  /** The application's generation the expression was read from: a new one is read again. */
  applicationGeneration: number;
}

export type TimingTaskStatus = ResourceStatus<'Waiting' | 'Running'> & TimingState;
export type TimingTask = Resource<TimingTaskSpec, TimingTaskStatus>;

/** What the controller needs of a batch application each period, read without its template. */
export interface BatchApplicationRow {
  id: string;
  name: string;
  clusterId: string;
  generation: number;
  phase: string;
  phaseSince: string | null;
  operation: string | null;
  job: JobRunStatus | null;
}

/** The reasons of a timing task's execution history: only the last 10 of them are kept. */
export const HISTORY_REASONS = ['TimingRunStarted', 'TimingRunQueued', 'TimingRunDiscarded', 'TimingRunEnded'];
const HISTORY_KEPT = 10;

const parsed = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

/** The timing tasks' reads and writes: resources of kind `timing-task`, one per timing task application. */
export class TimingTaskStore {
  constructor(private readonly store: Store) {}

  async batchApplications(): Promise<Map<string, BatchApplicationRow>> {
    const database = this.store.database;
    const rows = await database.db
      .selectFrom('resources')
      .select([
        'id',
        'name',
        'cluster_id',
        'generation',
        'phase',
        jsonMember(database, 'status', 'phaseSince').as('phase_since'),
        jsonMember(database, 'spec', 'operation').as('operation'),
        jsonMember(database, 'status', 'job').as('job'),
      ])
      .where('kind', '=', 'application')
      .where('category', '=', 'batch')
      .execute();
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          name: r.name,
          clusterId: r.cluster_id ?? '',
          generation: Number(r.generation),
          phase: r.phase,
          phaseSince: r.phase_since,
          operation: parsed<{ kind: string }>(r.operation)?.kind ?? null,
          job: parsed<JobRunStatus>(r.job),
        },
      ]),
    );
  }

  tasks(): Promise<TimingTask[]> {
    return this.store.resources.listAll<TimingTask>('timing-task');
  }

  find(applicationId: string): Promise<TimingTask | undefined> {
    return this.store.resources.find<TimingTask>('timing-task', applicationId);
  }

  async create(app: BatchApplicationRow, spec: TimingTaskSpec, status: TimingTaskStatus): Promise<void> {
    await this.store.resources.create<TimingTaskSpec, TimingTaskStatus>(
      'timing-task',
      { id: app.id, name: app.name, scope: app.clusterId, clusterId: app.clusterId, spec, status },
      { nameTaken: `Application ${app.name} already has a timing task.` },
    );
  }

  async remove(task: TimingTask): Promise<void> {
    await this.store.resources.transact(async (trx, at) => {
      await this.store.resources.applyIn(
        trx,
        {
          removes: [{ kind: 'timing-task', id: task.metadata.id, expectedVersion: task.metadata.resourceVersion }],
          events: [],
        },
        at,
      );
    });
  }

  /**
   * Writes tasks from the versions they were read at, in one transaction (refused whole when another
   * replica wrote one first, so a due run is claimed once), with their events, and trims each
   * task's execution history to the last 10.
   */
  async write(writes: readonly TaskWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await this.store.resources.transact(async (trx, at) => {
      await this.store.resources.applyIn(
        trx,
        {
          updates: writes.map(({ task, change }) => ({
            kind: 'timing-task' as const,
            id: task.metadata.id,
            expectedVersion: task.metadata.resourceVersion,
            ...change,
          })),
          events: writes.flatMap((w) => w.events),
        },
        at,
      );
      const written = writes.filter((w) => w.events.length > 0).map((w) => w.task.spec.applicationId);
      if (written.length > 0) await trimHistory(trx, written);
    });
  }
}

/** One task's new spec and/or status from the version read, and the events it writes. */
export interface TaskWrite {
  task: TimingTask;
  change: { spec?: TimingTaskSpec; status: TimingTaskStatus };
  events: NewEvent[];
}

/** One statement for a whole batch: each application's history events past its newest 10 go. */
async function trimHistory(trx: Transaction<Schema>, applicationIds: readonly string[]): Promise<void> {
  const ranked = trx
    .selectFrom('events')
    .select(['id', sql<number>`row_number() over (partition by application_id order by id desc)`.as('newer')])
    .where('application_id', 'in', [...applicationIds])
    .where('reason', 'in', HISTORY_REASONS);
  await trx
    .deleteFrom('events')
    .where('id', 'in', trx.selectFrom(ranked.as('r')).select('r.id').where('r.newer', '>', HISTORY_KEPT))
    .execute();
}
