import type { Generated } from 'kysely';

/** A load spike the simulation panel recorded: the service's traffic is `factor` times the usual. */
export interface LoadSpikesTable {
  id: string;
  kind: 'cluster';
  cluster_id: string;
  service_id: string;
  service_name: string;
  factor: number;
  starts_at: string;
  ends_at: string;
}

/** One field of one custom monitoring point a client submitted. */
export interface CustomPointsTable {
  id: Generated<number>;
  container_id: string;
  cluster_id: string;
  measurement: string;
  field: string;
  /** A JSON object of strings, keys sorted. */
  tags: string;
  value: number;
  at: string;
}
