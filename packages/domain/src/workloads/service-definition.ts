import type { Affinity, Availability, Constraint, ReschedulePolicy } from '../scheduling.ts';
import type { ScalingPolicy } from '../scaling/auto-scaling.ts';
import type { TaskSettings } from './jobs.ts';

export type PortProtocol = 'tcp' | 'udp';

/** One `ports` entry: container port(s) and, when given, the host port(s) they are published on. */
export interface ServicePort {
  hostIp?: string;
  /** Absent: the host port is chosen at random when the container is created. */
  hostPort?: number;
  containerPort: number;
  /** Consecutive ports the entry covers (`8000-8010:8000-8010` → 11). */
  count: number;
  protocol: PortProtocol;
}

export interface ServiceVolume {
  kind: 'bind' | 'volume' | 'anonymous';
  source?: string;
  target: string;
  mode?: string;
  /** False for a data volume of a volume driver (OSSFS), whose data follows the container. */
  local: boolean;
  /** `ossfs` when the source names an OSSFS data volume of the cluster. */
  driver?: string;
}

export interface ServiceLink {
  target: string;
  alias: string;
}

/** The `aliyun.probe.*` health check of a service. */
export interface ServiceProbe {
  kind: 'http' | 'tcp' | 'cmd';
  /** `http://container:8080/ping`, `tcp://container:3306` or the shell command. */
  target: string;
  timeoutSeconds: number | null;
  initialDelaySeconds: number | null;
}

/**
 * A service as the deploy engine needs it: the template's service after variable substitution and
 * normalisation (`@cs/compose`'s `Service`, trimmed to what running it takes).
 */
export interface ServiceDefinition {
  image: string | null;
  scale: number;
  global: boolean;
  ports: ServicePort[];
  expose: { port: number; count: number; protocol: PortProtocol }[];
  environment: Record<string, string>;
  labels: Record<string, string>;
  links: ServiceLink[];
  externalLinks: ServiceLink[];
  volumes: ServiceVolume[];
  command: string | string[] | null;
  entrypoint: string | string[] | null;
  /** Compose's restart policy: `no` (default), `always`, `on-failure[:N]`, `unless-stopped`. */
  restart: string;
  cpuShares: number | null;
  memLimit: number | null;
  networkMode: string | null;
  hostname: string | null;
  containerName: string | null;
  dnsOptions: string[];
  /** `external:` services run nothing: they name an address outside the cluster. */
  external: { host: string; ports: number[] } | null;
  dependsOn: string[];
  constraints: Constraint[];
  affinities: Affinity[];
  availability: Availability | null;
  reschedule: ReschedulePolicy | null;
  rollingUpdates: boolean;
  parallelism: number;
  probe: ServiceProbe | null;
  /** Container auto scaling (`aliyun.auto_scaling.*`); absent or null when the service has none. */
  autoScaling?: ScalingPolicy | null;
  /** A task of an offline job (`aliyun.project_type: batch`): its retries and removal policy. Absent online. */
  task?: TaskSettings;
}

/** True when a crashed container of this policy is started again by Docker. */
export function restartsAfterCrash(restart: string): boolean {
  return restart === 'always' || restart === 'unless-stopped' || restart.startsWith('on-failure');
}

/** Whether the service keeps data on its node (a bind mount or local volume), so moving it loses data. */
export function hasLocalVolumes(definition: Pick<ServiceDefinition, 'volumes'>): boolean {
  return definition.volumes.some((v) => v.local);
}

/** Compose's defaults for a service: one container of no image, nothing published, no labels. */
export function defaultServiceDefinition(overrides: Partial<ServiceDefinition> = {}): ServiceDefinition {
  return {
    image: null,
    scale: 1,
    global: false,
    ports: [],
    expose: [],
    environment: {},
    labels: {},
    links: [],
    externalLinks: [],
    volumes: [],
    command: null,
    entrypoint: null,
    restart: 'no',
    cpuShares: null,
    memLimit: null,
    networkMode: null,
    hostname: null,
    containerName: null,
    dnsOptions: [],
    external: null,
    dependsOn: [],
    constraints: [],
    affinities: [],
    availability: null,
    reschedule: null,
    rollingUpdates: false,
    parallelism: 1,
    probe: null,
    ...overrides,
  };
}
