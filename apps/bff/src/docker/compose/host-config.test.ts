import { describe, expect, it } from 'vitest';
import { settingsOf } from './fixtures.ts';

const hosted = (HostConfig: Record<string, unknown>) => settingsOf({ HostConfig });

describe('HostConfig fields', () => {
  it.each([
    [{ Name: 'always', MaximumRetryCount: 0 }, { restart: 'always' }],
    [{ Name: 'unless-stopped' }, { restart: 'unless-stopped' }],
    [{ Name: 'on-failure', MaximumRetryCount: 3 }, { restart: 'on-failure:3' }],
    [{ Name: 'on-failure', MaximumRetryCount: 0 }, { restart: 'on-failure' }],
    [{ Name: 'always', MaximumRetryCount: 5 }, { restart: 'always' }],
    [{ Name: 'no', MaximumRetryCount: 0 }, {}],
    [{ Name: '', MaximumRetryCount: 0 }, {}],
    [{}, {}],
  ])('maps RestartPolicy %j', (RestartPolicy, expected) => {
    expect(hosted({ RestartPolicy })).toEqual(expected);
  });

  it('maps the memory and CPU limits, in bytes and shares', () => {
    expect(
      hosted({
        Memory: 536_870_912,
        MemorySwap: -1,
        MemoryReservation: 268_435_456,
        CpuShares: 50,
        CpuQuota: 50_000,
        CpusetCpus: '0,1',
        ShmSize: 67_108_864,
      }),
    ).toEqual({
      mem_limit: 536_870_912,
      memswap_limit: -1,
      mem_reservation: 268_435_456,
      cpu_shares: 50,
      cpu_quota: 50_000,
      cpuset: '0,1',
      shm_size: 67_108_864,
    });
  });

  it('maps privileges and security options', () => {
    expect(
      hosted({
        Privileged: true,
        CapAdd: ['NET_ADMIN', 'SYS_TIME'],
        CapDrop: ['MKNOD'],
        ReadonlyRootfs: true,
        SecurityOpt: ['no-new-privileges'],
        OomKillDisable: true,
        Init: true,
      }),
    ).toEqual({
      privileged: true,
      cap_add: ['NET_ADMIN', 'SYS_TIME'],
      cap_drop: ['MKNOD'],
      read_only: true,
      security_opt: ['no-new-privileges'],
      oom_kill_disable: true,
      init: true,
    });
  });

  it('maps DNS and extra hosts', () => {
    expect(
      hosted({
        Dns: ['223.5.5.5', '223.6.6.6'],
        DnsSearch: ['example.com'],
        DnsOptions: ['ndots:2'],
        ExtraHosts: ['db.local:10.0.0.5'],
      }),
    ).toEqual({
      dns: ['223.5.5.5', '223.6.6.6'],
      dns_search: ['example.com'],
      dns_opt: ['ndots:2'],
      extra_hosts: ['db.local:10.0.0.5'],
    });
  });

  it('writes Devices as host:container:permissions', () => {
    expect(
      hosted({
        Devices: [
          { PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'rwm' },
          { PathOnHost: '/dev/ttyUSB0', PathInContainer: '/dev/ttyS0', CgroupPermissions: 'rw' },
          { PathOnHost: '/dev/snd' },
        ],
      }),
    ).toEqual({ devices: ['/dev/fuse:/dev/fuse:rwm', '/dev/ttyUSB0:/dev/ttyS0:rw', '/dev/snd:/dev/snd:rwm'] });
  });

  it('maps LogConfig to logging only when it names a driver', () => {
    expect(hosted({ LogConfig: { Type: 'json-file', Config: { 'max-size': '10m', 'max-file': '3' } } })).toEqual({
      logging: { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } },
    });
    expect(hosted({ LogConfig: { Type: 'syslog', Config: {} } })).toEqual({ logging: { driver: 'syslog' } });
    expect(hosted({ LogConfig: { Type: '', Config: { 'max-size': '10m' } } })).toEqual({});
  });

  it('writes Ulimits as a map, one number when soft and hard agree', () => {
    expect(
      hosted({
        Ulimits: [
          { Name: 'nofile', Soft: 20000, Hard: 40000 },
          { Name: 'nproc', Soft: 65535, Hard: 65535 },
          { Name: 'memlock', Soft: -1, Hard: -1 },
        ],
      }),
    ).toEqual({ ulimits: { nofile: { soft: 20000, hard: 40000 }, nproc: 65535, memlock: -1 } });
  });

  it('maps the namespaces, cgroup parent and sysctls', () => {
    expect(
      hosted({
        PidMode: 'host',
        IpcMode: 'shareable',
        CgroupParent: 'm-executor-abcd',
        Sysctls: { 'net.core.somaxconn': '1024' },
      }),
    ).toEqual({
      pid: 'host',
      ipc: 'shareable',
      cgroup_parent: 'm-executor-abcd',
      sysctls: { 'net.core.somaxconn': '1024' },
    });
  });

  it('omits the zero, empty, false and null values that are Docker’s defaults', () => {
    expect(
      hosted({
        Memory: 0,
        MemorySwap: 0,
        MemoryReservation: null,
        CpuShares: 0,
        CpuQuota: 0,
        CpusetCpus: '',
        Privileged: false,
        CapAdd: null,
        CapDrop: [],
        Dns: [],
        DnsSearch: null,
        DnsOptions: [],
        ExtraHosts: null,
        Devices: [],
        ReadonlyRootfs: false,
        SecurityOpt: null,
        ShmSize: 0,
        Ulimits: [],
        PidMode: '',
        IpcMode: '',
        CgroupParent: '',
        OomKillDisable: false,
        Sysctls: {},
        Init: null,
        VolumeDriver: '',
        Binds: [],
        VolumesFrom: null,
        Links: null,
        PortBindings: null,
        NetworkMode: '',
      }),
    ).toEqual({});
  });
});
