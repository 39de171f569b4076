import { runSpanOf } from '@cs/simulator';
import type { MetricContainer } from '@cs/simulator';
import { sql } from 'kysely';
import type { Database } from '../../store/database.ts';

/** Read and folded a chunk at a time: between chunks other requests get their turn. */
const CHUNK = 2_000;

/** What the metrics of a cluster need of a container, and what its exposition labels it with. */
export interface PopulationMember extends MetricContainer {
  serviceName: string;
  applicationName: string;
}

/** Reads a few JSON members in SQL: parsing 100,000 whole specs and statuses would cost more than the metrics. */
function member(database: Database, column: 'spec' | 'status', key: string) {
  return database.dialect === 'postgres'
    ? sql<string | null>`(${sql.ref(column)}::jsonb ->> ${key})`
    : sql<string | null>`json_extract(${sql.ref(column)}, ${`$.${key}`})`;
}

/**
 * Every container of a cluster in sort-key order (its index; unique as names are), `CHUNK` rows
 * per query, yielding to the event loop between chunks so that a cluster of 100,000 delays no
 * other request by more than one chunk's work.
 */
export async function* clusterPopulation(
  database: Database,
  clusterId: string,
  filter: { phase?: string } = {},
): AsyncGenerator<PopulationMember[]> {
  let after = '';
  for (;;) {
    let query = database.db
      .selectFrom('containers')
      .select([
        'id',
        'name',
        'service_id',
        'node_id',
        'phase',
        'sort_key',
        member(database, 'spec', 'image').as('image'),
        member(database, 'spec', 'serviceName').as('service_name'),
        member(database, 'spec', 'applicationName').as('application_name'),
        member(database, 'status', 'startedAt').as('started_at'),
        member(database, 'status', 'phaseSince').as('phase_since'),
      ])
      .where('cluster_id', '=', clusterId)
      .where('sort_key', '>', after);
    if (filter.phase) query = query.where('phase', '=', filter.phase);
    const rows = await query.orderBy('sort_key').limit(CHUNK).execute();
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      id: row.id,
      name: row.name,
      image: row.image ?? '',
      serviceId: row.service_id,
      nodeId: row.node_id,
      serviceName: row.service_name ?? '',
      applicationName: row.application_name ?? '',
      run: runSpanOf(row.started_at, row.phase, row.phase_since),
    }));
    if (rows.length < CHUNK) return;
    after = rows.at(-1)!.sort_key;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
