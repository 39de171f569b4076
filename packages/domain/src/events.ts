import type { ResourceKind } from './resource.ts';

export type EventLevel = 'Info' | 'Warning' | 'Error';

/** An entry of a cluster's append-only event log, before the store numbers and dates it. */
export interface NewEvent {
  clusterId: string;
  resourceKind: ResourceKind;
  resourceId: string;
  level: EventLevel;
  /** A short CamelCase cause ("ClusterCreated"), for filtering. */
  reason: string;
  /** The sentence the operator reads ("Create cluster demo completed."). */
  message: string;
  /** Set for the events of an application's services and containers: its Events tab lists them. */
  applicationId?: string;
  /** Set for the events of a service and its containers. */
  serviceId?: string;
}

export interface StoredEvent extends NewEvent {
  id: number;
  createdAt: string;
}
