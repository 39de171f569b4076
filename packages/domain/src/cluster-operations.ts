import type { ClusterPhase, SystemService } from './clusters.ts';
import type { OperatingSystem } from './instance-types.ts';

/** An operation the operator started on a running cluster; the simulator carries it out. */
export type ClusterOperation =
  | {
      kind: 'expand';
      quantity: number;
      zone: string;
      instanceType: string;
      operatingSystem: OperatingSystem;
      /** Started by node auto scaling: the new nodes are ones node contraction may remove. */
      autoScaled?: boolean;
    }
  | {
      kind: 'attach';
      mode: 'automatic' | 'manual';
      instanceIds: string[];
      /** Manual attachment: SHA-256 of the one-time token in the command, and when it expires. */
      tokenHash: string | null;
      tokenExpiresAt: string | null;
    }
  | { kind: 'upgrade-agent'; migrateContainers: boolean }
  | { kind: 'upgrade-docker'; mode: 'direct' | 'snapshot'; decision: 'continue' | 'quit' | null }
  | { kind: 'upgrade-system-services'; services: SystemService[] }
  | { kind: 'clear-disk' };

export type ClusterOperationKind = ClusterOperation['kind'];

/** The phase a cluster shows while the operation runs (the guide: Scaling changes nodes, Updating upgrades). */
export const OPERATION_PHASE: Record<ClusterOperationKind, ClusterPhase | null> = {
  expand: 'Scaling',
  attach: 'Scaling',
  'upgrade-agent': 'Updating',
  'upgrade-docker': 'Updating',
  'upgrade-system-services': 'Updating',
  'clear-disk': null,
};

/** The condition types each operation records its steps in; starting the operation clears them. */
export const OPERATION_CONDITIONS: Record<ClusterOperationKind, readonly string[]> = {
  expand: ['ExpandInstancesReady', 'ExpandDockerReady', 'ExpandAgentReady'],
  attach: ['AttachScriptRun', 'AttachImageReset', 'AttachDockerReady', 'AttachAgentReady'],
  'upgrade-agent': ['AgentUpgraded'],
  'upgrade-docker': ['SnapshotTaken', 'SnapshotFailed', 'DockerUpgraded'],
  'upgrade-system-services': ['SystemServicesUpgraded'],
  'clear-disk': ['DiskCleared'],
};

/** The Docker, Agent and system service versions the simulated cloud offers. */
export const LATEST_DOCKER_VERSION = '17.06.2-ce';
export const LATEST_AGENT_VERSION = '0.10-a3b4c51';
export const INITIAL_DOCKER_VERSION = '17.03.1-ce';
export const INITIAL_AGENT_VERSION = '0.9-093100b';
export const SYSTEM_SERVICE_VERSIONS = { initial: '0.7', latest: '0.8' } as const;
