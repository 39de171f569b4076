import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';

export interface DockerNetwork {
  id: string;
  clusterId: string;
  name: string;
  driver: string;
  labels: Record<string, string>;
  options: Record<string, string>;
  createdAt: string;
}

export interface PulledImage {
  reference: string;
  digest: string;
  pulledAt: string;
}

type NetworkRow = Schema['docker_networks'];

const toNetwork = (row: NetworkRow): DockerNetwork => ({
  id: row.id,
  clusterId: row.cluster_id,
  name: row.name,
  driver: row.driver,
  labels: JSON.parse(row.labels) as Record<string, string>,
  options: JSON.parse(row.options) as Record<string, string>,
  createdAt: row.created_at,
});

/** What Docker clients make on a cluster besides workloads: networks, pulled images, compose projects. */
export class DockerObjectStore {
  constructor(private readonly db: Kysely<Schema>) {}

  async networks(clusterId: string): Promise<DockerNetwork[]> {
    const rows = await this.db
      .selectFrom('docker_networks')
      .selectAll()
      .where('cluster_id', '=', clusterId)
      .orderBy('created_at')
      .execute();
    return rows.map(toNetwork);
  }

  /** False when the cluster has a network of that name already. */
  async createNetwork(network: DockerNetwork): Promise<boolean> {
    const result = await this.db
      .insertInto('docker_networks')
      .values({
        id: network.id,
        kind: 'cluster',
        cluster_id: network.clusterId,
        name: network.name,
        driver: network.driver,
        labels: JSON.stringify(network.labels),
        options: JSON.stringify(network.options),
        created_at: network.createdAt,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async deleteNetwork(clusterId: string, id: string): Promise<void> {
    await this.db.deleteFrom('docker_networks').where('cluster_id', '=', clusterId).where('id', '=', id).execute();
  }

  async pulledImages(clusterId: string): Promise<PulledImage[]> {
    const rows = await this.db
      .selectFrom('docker_images')
      .select(['reference', 'digest', 'pulled_at'])
      .where('cluster_id', '=', clusterId)
      .execute();
    return rows.map((r) => ({ reference: r.reference, digest: r.digest, pulledAt: r.pulled_at }));
  }

  async recordPull(clusterId: string, image: PulledImage): Promise<void> {
    await this.db
      .insertInto('docker_images')
      .values({
        kind: 'cluster',
        cluster_id: clusterId,
        reference: image.reference,
        digest: image.digest,
        pulled_at: image.pulledAt,
      })
      .onConflict((oc) =>
        oc.columns(['cluster_id', 'reference']).doUpdateSet({ digest: image.digest, pulled_at: image.pulledAt }),
      )
      .execute();
  }

  async removePulledImage(clusterId: string, reference: string): Promise<void> {
    await this.db
      .deleteFrom('docker_images')
      .where('cluster_id', '=', clusterId)
      .where('reference', '=', reference)
      .execute();
  }

  async markProject(applicationId: string, at: string): Promise<void> {
    await this.db
      .insertInto('docker_projects')
      .values({ kind: 'application', application_id: applicationId, created_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async isProject(applicationId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('docker_projects')
      .select('application_id')
      .where('application_id', '=', applicationId)
      .executeTakeFirst();
    return row !== undefined;
  }
}
