import { z } from 'zod';
import type { Definition } from './definition.ts';
import { withoutDefaults } from './definition.ts';
import { flag, list, map, stringList, text, whole, wholeOrUnlimited } from './schema-parts.ts';

const restartPolicySchema = z.object(
  {
    Name: z
      .enum(['', 'no', 'always', 'unless-stopped', 'on-failure'], 'must be no, always, unless-stopped or on-failure')
      .nullish(),
    MaximumRetryCount: whole.nullish(),
  },
  'must be an object',
);

const deviceSchema = z.object(
  {
    PathOnHost: text.min(1, 'must not be empty'),
    PathInContainer: text.nullish(),
    CgroupPermissions: text.nullish(),
  },
  'must be an object',
);

const logConfigSchema = z.object({ Type: text.nullish(), Config: map(text).nullish() }, 'must be an object');

const ulimitSchema = z.object(
  { Name: text.min(1, 'must not be empty'), Soft: wholeOrUnlimited, Hard: wholeOrUnlimited },
  'must be an object',
);

/** The HostConfig fields that map to compose keys one by one (ports, volumes, links and networks aside). */
export const HOST_SETTINGS_SHAPE = {
  RestartPolicy: restartPolicySchema.nullish(),
  Memory: whole.nullish(),
  MemorySwap: wholeOrUnlimited.nullish(),
  MemoryReservation: whole.nullish(),
  CpuShares: whole.nullish(),
  CpuQuota: whole.nullish(),
  CpusetCpus: text.nullish(),
  Privileged: flag.nullish(),
  CapAdd: stringList.nullish(),
  CapDrop: stringList.nullish(),
  Dns: stringList.nullish(),
  DnsSearch: stringList.nullish(),
  DnsOptions: stringList.nullish(),
  ExtraHosts: stringList.nullish(),
  Devices: list(deviceSchema).nullish(),
  LogConfig: logConfigSchema.nullish(),
  ReadonlyRootfs: flag.nullish(),
  SecurityOpt: stringList.nullish(),
  ShmSize: whole.nullish(),
  Ulimits: list(ulimitSchema).nullish(),
  PidMode: text.nullish(),
  IpcMode: text.nullish(),
  CgroupParent: text.nullish(),
  OomKillDisable: flag.nullish(),
  Sysctls: map(text).nullish(),
  Init: flag.nullish(),
  VolumeDriver: text.nullish(),
};

type HostSettings = z.output<z.ZodObject<typeof HOST_SETTINGS_SHAPE>>;
type RestartPolicy = z.output<typeof restartPolicySchema>;
type Device = z.output<typeof deviceSchema>;
type LogConfig = z.output<typeof logConfigSchema>;
type Ulimit = z.output<typeof ulimitSchema>;

function composeRestart(policy: RestartPolicy | null | undefined): string | undefined {
  const name = policy?.Name;
  if (!name || name === 'no') return undefined;
  const retries = policy.MaximumRetryCount ?? 0;
  return name === 'on-failure' && retries > 0 ? `on-failure:${retries}` : name;
}

const composeDevice = (d: Device): string =>
  `${d.PathOnHost}:${d.PathInContainer || d.PathOnHost}:${d.CgroupPermissions || 'rwm'}`;

function composeLogging(log: LogConfig | null | undefined): Definition | undefined {
  return log?.Type ? withoutDefaults({ driver: log.Type, options: log.Config }) : undefined;
}

function composeUlimits(ulimits: readonly Ulimit[]): Definition {
  return Object.fromEntries(ulimits.map((u) => [u.Name, u.Soft === u.Hard ? u.Soft : { soft: u.Soft, hard: u.Hard }]));
}

export function hostSettings(host: HostSettings): Definition {
  return {
    restart: composeRestart(host.RestartPolicy),
    mem_limit: host.Memory,
    memswap_limit: host.MemorySwap,
    mem_reservation: host.MemoryReservation,
    cpu_shares: host.CpuShares,
    cpu_quota: host.CpuQuota,
    cpuset: host.CpusetCpus,
    privileged: host.Privileged,
    cap_add: host.CapAdd,
    cap_drop: host.CapDrop,
    dns: host.Dns,
    dns_search: host.DnsSearch,
    dns_opt: host.DnsOptions,
    extra_hosts: host.ExtraHosts,
    devices: host.Devices?.map(composeDevice),
    logging: composeLogging(host.LogConfig),
    read_only: host.ReadonlyRootfs,
    security_opt: host.SecurityOpt,
    shm_size: host.ShmSize,
    ulimits: composeUlimits(host.Ulimits ?? []),
    pid: host.PidMode,
    ipc: host.IpcMode,
    cgroup_parent: host.CgroupParent,
    oom_kill_disable: host.OomKillDisable,
    sysctls: host.Sysctls,
    init: host.Init,
    volume_driver: host.VolumeDriver,
  };
}
