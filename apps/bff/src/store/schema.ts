import type { Generated } from 'kysely';

/** The tables as Kysely sees them; timestamps are ISO-8601 text and JSON is text in both engines. */
export interface Schema {
  users: UsersTable;
  sessions: SessionsTable;
  resources: ResourcesTable;
  changes: ChangesTable;
  events: EventsTable;
  leases: LeasesTable;
  cluster_credentials: ClusterCredentialsTable;
}

export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  role: 'primary' | 'subaccount';
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ResourcesTable {
  kind: string;
  id: string;
  /** Where `name` must be unique: the region of a cluster, the cluster of a node… */
  scope: string;
  name: string;
  phase: string;
  generation: number;
  resource_version: number;
  created_at: string;
  updated_at: string;
  spec: string;
  status: string;
}

/** One row per write to `resources`; its id is the resourceVersion the write produced. */
export interface ChangesTable {
  id: Generated<number>;
  kind: string;
  resource_id: string;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  created_at: string;
}

export interface EventsTable {
  id: Generated<number>;
  cluster_id: string;
  resource_kind: string;
  resource_id: string;
  level: 'Info' | 'Warning' | 'Error';
  reason: string;
  message: string;
  created_at: string;
}

export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

export interface ClusterCredentialsTable {
  kind: 'cluster';
  cluster_id: string;
  ca_cert: string;
  client_cert: string;
  client_key: string;
  created_at: string;
}
