import type { SystemService } from '../clusters.ts';

/** A service of a default system application: global, one container on every node. */
export interface SystemServiceTemplate {
  name: string;
  image: (version: string) => string;
  /** Reserved on every node, so the figures the scheduler sees include the cluster's own agents. */
  cpuShares: number;
  memLimit: number;
}

export interface SystemApplicationTemplate {
  name: SystemService;
  description: string;
  services: readonly SystemServiceTemplate[];
}

const MiB = 1024 * 1024;
const acs = (image: string) => (version: string) => `registry.aliyuncs.com/acs/${image}:${version}`;

/** The guide's "Default system application list", each with its included services. */
export const SYSTEM_APPLICATIONS: readonly SystemApplicationTemplate[] = [
  {
    name: 'acsrouting',
    description: 'Layer-7 request routing service: Server Load Balancer and a HAProxy container.',
    services: [{ name: 'routing', image: acs('routing'), cpuShares: 10, memLimit: 128 * MiB }],
  },
  {
    name: 'acslogging',
    description: 'Uploads the logs printed by application programs in containers to the Log Service.',
    services: [
      { name: 'logtail', image: acs('logtail'), cpuShares: 5, memLimit: 64 * MiB },
      { name: 'logspout', image: acs('logspout'), cpuShares: 5, memLimit: 32 * MiB },
    ],
  },
  {
    name: 'acsmonitoring',
    description: 'Monitoring information query and monitoring alarm configuration (CloudMonitor).',
    services: [{ name: 'acs-monitoring-agent', image: acs('monitoring-agent'), cpuShares: 5, memLimit: 64 * MiB }],
  },
  {
    name: 'acsvolumedriver',
    description: 'Shared storage (OSS) as data volumes.',
    services: [{ name: 'volumedriver', image: acs('volumedriver'), cpuShares: 5, memLimit: 32 * MiB }],
  },
];

const SYSTEM_NAMES: ReadonlySet<string> = new Set(SYSTEM_APPLICATIONS.map((a) => a.name));

/** True for the names of the default system applications, which operators cannot take. */
export function isSystemApplicationName(name: string): boolean {
  return SYSTEM_NAMES.has(name);
}
