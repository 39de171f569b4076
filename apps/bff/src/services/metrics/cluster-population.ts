import { runSpanOf } from '@cs/simulator';
import type { MetricContainer } from '@cs/simulator';
import type { Database } from '../../store/database.ts';
import { jsonMember } from '../../store/json-member.ts';

/** Read and folded a chunk at a time: between chunks other requests get their turn. */
const CHUNK = 2_000;

/** What the metrics of a cluster need of a container, and what its exposition labels it with. */
export interface PopulationMember extends MetricContainer {
  serviceName: string;
  applicationName: string;
}

/** The columns a container's metrics are derived from (a few JSON members, not whole documents). */
function metricColumns(database: Database) {
  return [
    'id',
    'name',
    'service_id',
    'node_id',
    'phase',
    jsonMember(database, 'spec', 'image').as('image'),
    jsonMember(database, 'status', 'startedAt').as('started_at'),
    jsonMember(database, 'status', 'phaseSince').as('phase_since'),
  ] as const;
}

interface MetricRow {
  id: string;
  name: string;
  service_id: string;
  node_id: string;
  phase: string;
  image: string | null;
  started_at: string | null;
  phase_since: string | null;
}

function toMetricContainer(row: MetricRow): MetricContainer {
  return {
    id: row.id,
    name: row.name,
    image: row.image ?? '',
    serviceId: row.service_id,
    nodeId: row.node_id,
    run: runSpanOf(row.started_at, row.phase, row.phase_since),
  };
}

/** What the metrics of the containers with these ids (or on these nodes, or of these services) are derived from. */
export async function metricContainers(
  database: Database,
  by: 'id' | 'node_id' | 'service_id',
  values: readonly string[],
): Promise<MetricContainer[]> {
  if (values.length === 0) return [];
  const rows = await database.db
    .selectFrom('containers')
    .select(metricColumns(database))
    .where(by, 'in', [...values])
    .execute();
  return rows.map(toMetricContainer);
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
        ...metricColumns(database),
        'sort_key',
        jsonMember(database, 'spec', 'serviceName').as('service_name'),
        jsonMember(database, 'spec', 'applicationName').as('application_name'),
      ])
      .where('cluster_id', '=', clusterId)
      .where('sort_key', '>', after);
    if (filter.phase) query = query.where('phase', '=', filter.phase);
    const rows = await query.orderBy('sort_key').limit(CHUNK).execute();
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      ...toMetricContainer(row),
      serviceName: row.service_name ?? '',
      applicationName: row.application_name ?? '',
    }));
    if (rows.length < CHUNK) return;
    after = rows.at(-1)!.sort_key;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
