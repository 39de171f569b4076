import { runSpanOf } from '@cs/simulator';
import type { MetricContainer } from '@cs/simulator';
import { sql } from 'kysely';
import type { Database } from '../../store/database.ts';

/** One JSON member read in SQL: the evaluator needs four of a container's, not its whole spec and status. */
function jsonText(database: Database, column: 'spec' | 'status', key: string) {
  return database.dialect === 'postgres'
    ? sql<string | null>`(${sql.ref(column)}::jsonb ->> ${key})`
    : sql<string | null>`json_extract(${sql.ref(column)}, ${`$.${key}`})`;
}

/** What the metrics of the containers with these ids (or on these nodes) are derived from. */
export async function metricContainers(
  database: Database,
  by: 'id' | 'node_id',
  values: readonly string[],
): Promise<MetricContainer[]> {
  if (values.length === 0) return [];
  const rows = await database.db
    .selectFrom('containers')
    .select([
      'id',
      'name',
      'service_id',
      'node_id',
      'phase',
      jsonText(database, 'spec', 'image').as('image'),
      jsonText(database, 'status', 'startedAt').as('started_at'),
      jsonText(database, 'status', 'phaseSince').as('phase_since'),
    ])
    .where(by, 'in', [...values])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    image: row.image ?? '',
    serviceId: row.service_id,
    nodeId: row.node_id,
    run: runSpanOf(row.started_at, row.phase, row.phase_since),
  }));
}
