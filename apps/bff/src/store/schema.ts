import type { Generated } from 'kysely';
import type { AlarmHistoryTable, AlarmRuleInstancesTable, AlarmRulesTable } from './alarm-tables.ts';
import type { CustomPointsTable, LoadSpikesTable } from './monitoring-tables.ts';

/** The tables as Kysely sees them; timestamps are ISO-8601 text and JSON is text in both engines. */
export interface Schema {
  users: UsersTable;
  sessions: SessionsTable;
  resources: ResourcesTable;
  changes: ChangesTable;
  events: EventsTable;
  leases: LeasesTable;
  cluster_credentials: ClusterCredentialsTable;
  containers: ContainersTable;
  container_counts: ContainerCountsTable;
  application_versions: ApplicationVersionsTable;
  docker_endpoints: ClusterPortsTable;
  slb_endpoints: ClusterPortsTable;
  service_weights: ServiceWeightsTable;
  scaling_counters: ScalingCountersTable;
  docker_networks: DockerNetworksTable;
  docker_images: DockerImagesTable;
  docker_projects: DockerProjectsTable;
  operation_logs: OperationLogsTable;
  alarm_rules: AlarmRulesTable;
  alarm_rule_instances: AlarmRuleInstancesTable;
  alarm_history: AlarmHistoryTable;
  load_spikes: LoadSpikesTable;
  custom_points: CustomPointsTable;
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
  /** The cluster of a cluster-scoped kind that lists filter by it (applications, services). */
  cluster_id: string | null;
  /** online, batch or system, for the lists' Hide System/Offline/Online filters. */
  category: string | null;
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
  application_id: string | null;
  service_id: string | null;
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
  /** Null for credentials issued before the Docker endpoint (issue 9): they are issued again. */
  ca_key: string | null;
  server_cert: string | null;
  server_key: string | null;
  created_at: string;
}

export interface ClusterPortsTable {
  kind: 'cluster';
  cluster_id: string;
  port: number;
  created_at: string;
}

export interface ServiceWeightsTable {
  kind: 'service';
  service_id: string;
  application_id: string;
  weight: number;
  previous_weight: number | null;
  paired: number;
  changed_at: string;
}

export interface ScalingCountersTable {
  kind: 'service' | 'cluster';
  subject_id: string;
  over: number;
  under: number;
  judged_to: string;
}

export interface DockerNetworksTable {
  id: string;
  kind: 'cluster';
  cluster_id: string;
  name: string;
  driver: string;
  /** JSON objects of strings. */
  labels: string;
  options: string;
  created_at: string;
}

export interface DockerImagesTable {
  kind: 'cluster';
  cluster_id: string;
  reference: string;
  digest: string;
  pulled_at: string;
}

export interface DockerProjectsTable {
  kind: 'application';
  application_id: string;
  created_at: string;
}

/** Containers: a table of their own, with a column for every list filter (ADR 012). */
export interface ContainersTable {
  id: string;
  cluster_id: string;
  application_id: string;
  service_id: string;
  node_id: string;
  name: string;
  sort_key: string;
  phase: string;
  health: string | null;
  desired_state: string;
  resource_version: number;
  created_at: string;
  updated_at: string;
  spec: string;
  status: string;
}

export interface ApplicationVersionsTable {
  kind: 'application';
  application_id: string;
  version: string;
  template: string;
  variables: string;
  created_at: string;
}

/** Container Status of a service, application or node, kept by the deploy engine. */
export interface ContainerCountsTable {
  owner_id: string;
  ready: number;
  stopped: number;
  other: number;
}

/** One mutating API call (issue 10): who, when, what, on which resource, and how it ended. */
export interface OperationLogsTable {
  id: Generated<number>;
  created_at: string;
  /** Null for callers without a console user (a Docker client, the attach script). */
  user_id: string | null;
  user_name: string | null;
  request_id: string;
  method: string;
  action: string;
  resource_kind: string | null;
  resource_id: string | null;
  resource_name: string | null;
  cluster_id: string | null;
  result: 'Succeeded' | 'Failed';
  /** Null until the response is sent (a record written in its change's transaction). */
  status_code: number | null;
  error_message: string | null;
}
