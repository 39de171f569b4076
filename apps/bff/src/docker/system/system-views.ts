import type { ContainerCounts, Node } from '@cs/domain';
import type { ClusterFacts } from '../cluster-facts.ts';
import { nodeCpus, nodeMemoryBytes, swarmNodeStatus } from '../cluster-facts.ts';
import { MIN_API_VERSION, apiVersionOf } from '../api-versions.ts';

/** The Swarm manager the endpoint stands for; `docker info` shows it as Server Version. */
export const SWARM_VERSION = 'swarm/1.2.8';
/** The scheduler spreads (ADR 013), and these are the filters Swarm lists for the rules it honours. */
const STRATEGY = 'spread';
const FILTERS = 'health, port, containerslots, dependency, affinity, constraint, whitelist';
const KERNEL = '4.4.0-93-generic';
const GO_VERSION = 'go1.7.5';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

function bytes(value: number): string {
  if (value >= GIB) return `${(value / GIB).toFixed(3)} GiB`;
  if (value >= MIB) return `${(value / MIB).toFixed(1)} MiB`;
  return `${value} B`;
}

const total = (c: ContainerCounts) => c.ready + c.stopped + c.other;

/** `GET /version`. */
export function versionView({ cluster }: ClusterFacts) {
  return {
    Version: cluster.status.dockerVersion,
    ApiVersion: apiVersionOf(cluster.status.dockerVersion),
    MinAPIVersion: MIN_API_VERSION,
    GitCommit: 'c6d412e',
    GoVersion: GO_VERSION,
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: KERNEL,
    BuildTime: '2017-03-27T17:14:09.765615196+00:00',
  };
}

function nodeStatus(node: Node, counts: ContainerCounts, nowIso: string): [string, string][] {
  const labels = [
    `aliyun.node_index=${node.spec.index}`,
    `kernelversion=${KERNEL}`,
    `operatingsystem=${node.spec.operatingSystem}`,
    'storagedriver=overlay2',
    `zone=${node.spec.zone}`,
    ...Object.entries(node.spec.tags).map(([k, v]) => `${k}=${v}`),
  ];
  return [
    [` ${node.metadata.name}`, `${node.status.privateIp}:2376`],
    ['  └ ID', node.spec.instanceId],
    ['  └ Status', swarmNodeStatus(node)],
    [
      '  └ Containers',
      `${total(counts)} (${counts.ready} Running, 0 Paused, ${counts.stopped + counts.other} Stopped)`,
    ],
    ['  └ Reserved CPUs', `0 / ${nodeCpus(node)}`],
    ['  └ Reserved Memory', `0 B / ${bytes(nodeMemoryBytes(node))}`],
    ['  └ Labels', labels.join(', ')],
    ['  └ UpdatedAt', nowIso],
    ['  └ ServerVersion', node.status.dockerVersion],
  ];
}

/** `GET /info` as Swarm answers it: the cluster's totals, then its strategy and each node in SystemStatus. */
export function infoView(facts: ClusterFacts, counts: Map<string, ContainerCounts>, images: number, now: number) {
  const { cluster, nodes } = facts;
  const nowIso = new Date(now).toISOString();
  const sum = { ready: 0, stopped: 0, other: 0 };
  for (const node of nodes) {
    const c = counts.get(node.metadata.id) ?? { ready: 0, stopped: 0, other: 0 };
    sum.ready += c.ready;
    sum.stopped += c.stopped;
    sum.other += c.other;
  }
  return {
    ID: cluster.metadata.id,
    Containers: total(sum),
    ContainersRunning: sum.ready,
    ContainersPaused: 0,
    ContainersStopped: sum.stopped + sum.other,
    Images: images,
    Driver: '',
    DriverStatus: null,
    SystemStatus: [
      ['Role', 'primary'],
      ['Strategy', STRATEGY],
      ['Filters', FILTERS],
      ['Nodes', String(nodes.length)],
      ...nodes.flatMap((n) => nodeStatus(n, counts.get(n.metadata.id) ?? { ready: 0, stopped: 0, other: 0 }, nowIso)),
    ],
    Plugins: { Volume: null, Network: null, Authorization: null, Log: null },
    MemoryLimit: true,
    SwapLimit: true,
    KernelMemory: false,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    IPv4Forwarding: true,
    BridgeNfIptables: true,
    BridgeNfIp6tables: true,
    Debug: false,
    NFd: 0,
    OomKillDisable: true,
    NGoroutines: 0,
    SystemTime: nowIso,
    LoggingDriver: '',
    CgroupDriver: '',
    NEventsListener: 0,
    KernelVersion: KERNEL,
    OperatingSystem: 'linux',
    OSType: 'linux',
    Architecture: 'amd64',
    IndexServerAddress: '',
    RegistryConfig: null,
    NCPU: nodes.reduce((n, node) => n + nodeCpus(node), 0),
    MemTotal: nodes.reduce((n, node) => n + nodeMemoryBytes(node), 0),
    DockerRootDir: '',
    HttpProxy: '',
    HttpsProxy: '',
    NoProxy: '',
    Name: cluster.metadata.name,
    Labels: [`region=${cluster.spec.region}`, `zone=${cluster.spec.zone}`],
    ExperimentalBuild: false,
    ServerVersion: SWARM_VERSION,
    ClusterStore: '',
    ClusterAdvertise: '',
    SecurityOptions: null,
    Swarm: {
      NodeID: '',
      NodeAddr: '',
      LocalNodeState: 'inactive',
      ControlAvailable: false,
      Error: '',
      RemoteManagers: null,
    },
    LiveRestoreEnabled: false,
  };
}
