import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';

/** Tables that give each cluster one port of this machine (Docker endpoints, SLB listeners). */
export type ClusterPortTable = 'docker_endpoints' | 'slb_endpoints';

/** The port of something each cluster serves on this machine: chosen once, kept across restarts. */
export class ClusterPortStore {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly table: ClusterPortTable,
  ) {}

  async portOf(clusterId: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom(this.table)
      .select('port')
      .where('cluster_id', '=', clusterId)
      .executeTakeFirst();
    return row?.port;
  }

  async portsOf(clusterIds: readonly string[]): Promise<Map<string, number>> {
    if (clusterIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom(this.table)
      .select(['cluster_id', 'port'])
      .where('cluster_id', 'in', [...clusterIds])
      .execute();
    return new Map(rows.map((r) => [r.cluster_id, r.port]));
  }

  /** Records the port, unless the cluster has one already or it is gone; answers the port on record. */
  async claim(clusterId: string, port: number, at: string): Promise<number | undefined> {
    await this.db
      .insertInto(this.table)
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
