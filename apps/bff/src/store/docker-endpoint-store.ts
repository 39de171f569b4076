import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';

/** The port of each cluster's Docker endpoint on this machine: chosen once, kept across restarts. */
export class DockerEndpointStore {
  constructor(private readonly db: Kysely<Schema>) {}

  async portOf(clusterId: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('docker_endpoints')
      .select('port')
      .where('cluster_id', '=', clusterId)
      .executeTakeFirst();
    return row?.port;
  }

  async portsOf(clusterIds: readonly string[]): Promise<Map<string, number>> {
    if (clusterIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('docker_endpoints')
      .select(['cluster_id', 'port'])
      .where('cluster_id', 'in', [...clusterIds])
      .execute();
    return new Map(rows.map((r) => [r.cluster_id, r.port]));
  }

  /** Records the port, unless the cluster has one already or it is gone; answers the port on record. */
  async claim(clusterId: string, port: number, at: string): Promise<number | undefined> {
    await this.db
      .insertInto('docker_endpoints')
      .values({ kind: 'cluster', cluster_id: clusterId, port, created_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute()
      .catch((error: unknown) => {
        // The cluster was deleted meanwhile (its row is gone, so the foreign key refuses).
        if (!/foreign key/i.test(String(error))) throw error;
      });
    return this.portOf(clusterId);
  }
}
