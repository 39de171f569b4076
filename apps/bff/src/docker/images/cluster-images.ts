import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { RegistryImage, Service } from '@cs/domain';
import { imageDigest, imageReference, imageSizeBytes } from '@cs/simulator';
import { jsonMember } from '../../store/json-member.ts';
import type { Store } from '../../store/store.ts';

/** An image on the cluster's nodes: pulled through the endpoint, or by a container running it. */
export interface ClusterImage {
  reference: string;
  digest: string;
  /** Docker's image id (the config's digest, unlike the registry's manifest digest). */
  id: string;
  size: number;
  pulledAt: string;
}

export const imageIdOf = (digest: string) => `sha256:${createHash('sha256').update(`config:${digest}`).digest('hex')}`;

/** `nginx:latest` → `nginx`; `registry:5000/a/b:1` → `registry:5000/a/b`. */
export function repositoryOf(reference: string): string {
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  return colon > slash ? reference.slice(0, colon) : reference;
}

function image(reference: string, digest: string, pulledAt: string): ClusterImage {
  return { reference, digest, id: imageIdOf(digest), size: imageSizeBytes(reference), pulledAt };
}

/** The digest the simulated registry serves for a reference now (ADR 012: fixed until a push). */
export async function registryDigest(store: Store, reference: string): Promise<string> {
  const pushed = await store.resources.find<RegistryImage>('image', reference);
  return pushed?.status.digest ?? imageDigest(reference, 0);
}

/** Every image of the cluster, newest first, one per reference. */
export async function clusterImages(store: Store, clusterId: string): Promise<ClusterImage[]> {
  const db = store.database.db;
  const digestOf = jsonMember(store.database, 'status', 'imageDigest');
  const [pulled, used, services] = await Promise.all([
    store.docker.pulledImages(clusterId),
    db
      .selectFrom('containers')
      .select(['service_id', digestOf.as('digest'), sql<string>`min(created_at)`.as('since')])
      .where('cluster_id', '=', clusterId)
      .groupBy(['service_id', digestOf])
      .execute(),
    store.resources.listInCluster<Service>('service', clusterId),
  ]);
  const imageOf = new Map(services.map((s) => [s.metadata.id, s.spec.definition.image]));
  const byReference = new Map<string, ClusterImage>();
  for (const p of pulled) byReference.set(p.reference, image(p.reference, p.digest, p.pulledAt));
  for (const row of used) {
    const name = imageOf.get(row.service_id);
    if (!name || !row.digest) continue;
    const reference = imageReference(name);
    if (!byReference.has(reference)) byReference.set(reference, image(reference, row.digest, row.since));
  }
  return [...byReference.values()].sort((a, b) => b.pulledAt.localeCompare(a.pulledAt));
}

/** An image by the names Docker accepts: reference (tag defaults to latest), image id or an id prefix. */
export function findImage(images: readonly ClusterImage[], name: string): ClusterImage | undefined {
  const reference = imageReference(name);
  const hex = name.replace(/^sha256:/, '');
  return images.find(
    (i) => i.reference === reference || (/^[0-9a-f]{4,64}$/.test(hex) && i.id.slice('sha256:'.length).startsWith(hex)),
  );
}
