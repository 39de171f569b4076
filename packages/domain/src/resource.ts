/** Identity and versioning every stored resource carries (Kubernetes' ObjectMeta, trimmed). */
export interface ObjectMeta {
  id: string;
  name: string;
  /** Bumped when the spec (what the user asked for) changes. */
  generation: number;
  /** Bumped on every write; monotonic across all resources. */
  resourceVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  lastTransitionTime: string;
}

export interface ResourceStatus<Phase extends string = string> {
  phase: Phase;
  /** When the current phase was entered; controllers time their transitions from it. */
  phaseSince: string;
  observedGeneration: number;
  conditions: Condition[];
}

export interface Resource<Spec, Status extends ResourceStatus> {
  metadata: ObjectMeta;
  spec: Spec;
  status: Status;
}

/** The kinds of resource the store keeps; one string per table partition. */
export type ResourceKind =
  | 'cluster'
  | 'node'
  | 'instance'
  | 'application'
  | 'service'
  | 'container'
  | 'fault'
  | 'template'
  /** A tag of the simulated registry whose digest someone pushed anew. */
  | 'image'
  /** A Server Load Balancer instance (scope: its region). */
  | 'load-balancer'
  /** A Server Load Balancer certificate (scope: its region). */
  | 'certificate'
  /** An OSSFS data volume (scope: its cluster), on every node of the cluster. */
  | 'volume'
  /** A bucket of the simulated OSS (scope: 'oss', names unique across regions). */
  | 'oss-bucket'
  /** A redeploy trigger of an application (scope: the application's id). */
  | 'trigger'
  /** A cluster's node auto scaling rule, one per cluster (scope: the cluster's id). */
  | 'node-scaling-rule'
  /** The simulated account's RAM service, when switched from its default, activated (scope: 'account'). */
  | 'ram-service'
  /** A timing task's schedule, queue and last runs (id and scope: its application's id and cluster). */
  | 'timing-task';

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';
