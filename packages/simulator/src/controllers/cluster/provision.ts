import { INSTANCE_TYPES, findVpc, formatAddress, nodeInstanceName, parseCidr, rangesOutside } from '@cs/domain';
import type { AddressRange, Cluster, Instance, Node, NodeOrigin, OperatingSystem } from '@cs/domain';
import type { Random } from '../../random.ts';
import { randomId, randomInt } from '../../random.ts';
import { updateOf } from '../../transition.ts';
import type { ResourceCreation, ResourceUpdate } from '../../transition.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const CLASSIC_NETWORK = '10.0.0.0/8';

/** A private address drawn evenly from the ranges. */
export function privateIpIn(ranges: readonly AddressRange[], random: Random): string {
  const total = ranges.reduce((sum, r) => sum + r.end - r.start, 0);
  if (total === 0) throw new Error('No private address is free for the node.');
  let offset = randomInt(random, 0, total - 1);
  for (const { start, end } of ranges) {
    if (offset < end - start) return formatAddress(start + offset);
    offset -= end - start;
  }
  throw new Error('unreachable: the offset is below the total');
}

/** A public IP (classic) or EIP (VPC) from the simulated cloud's pool. */
export function publicIp(random: Random): string {
  return `47.${randomInt(random, 92, 111)}.${randomInt(random, 0, 255)}.${randomInt(random, 1, 254)}`;
}

/** Where a new node in `zone` gets its address: that zone's VSwitch (VPC), or the classic network. */
function nodeBlock(cluster: Cluster, zone: string): string {
  const vpc = cluster.spec.vpc && findVpc(cluster.spec.vpc.vpcId);
  const vswitch =
    vpc &&
    (vpc.vswitches.find((v) => v.zone === zone) ?? vpc.vswitches.find((v) => v.id === cluster.spec.vpc?.vswitchId));
  return vswitch?.cidr ?? CLASSIC_NETWORK;
}

/**
 * The addresses a new node in `zone` can get: its block without the network's first two and last
 * addresses, and never inside the cluster's container network segment.
 */
export function nodeAddressRanges(cluster: Cluster, zone: string): AddressRange[] {
  const block = nodeBlock(cluster, zone);
  const { base, prefix } = parseCidr(block)!;
  const reserved = [`${formatAddress(base)}/31`, `${formatAddress(base + 2 ** (32 - prefix) - 1)}/32`];
  return rangesOutside(block, [...reserved, ...(cluster.spec.vpc ? [cluster.spec.vpc.containerCidr] : [])]);
}

/** Why no new node in `zone` can get an address (the container segment covers the VSwitch), or undefined. */
export function nodeAddressProblem(cluster: Cluster, zone: string): string | undefined {
  if (nodeAddressRanges(cluster, zone).length > 0) return undefined;
  return `The VSwitch of ${zone} has no free IP addresses left outside the container network segment ${cluster.spec.vpc?.containerCidr}.`;
}

/** The next free node indexes of a cluster (node1, node2, …), skipping those in use. */
export function nextNodeIndexes(nodes: readonly Node[], count: number): number[] {
  const used = new Set(nodes.map((n) => n.spec.index));
  const indexes: number[] = [];
  for (let i = 1; indexes.length < count; i++) if (!used.has(i)) indexes.push(i);
  return indexes;
}

function nodeStatus(
  now: number,
  privateIp: string,
  publicIpAddress: string | null,
  dockerVersion: string,
  agentVersion: string,
): Node['status'] {
  return {
    phase: 'Normal',
    phaseSince: iso(now),
    observedGeneration: 1,
    conditions: [],
    privateIp,
    publicIp: publicIpAddress,
    dockerVersion,
    agentVersion,
    reason: null,
  };
}

export interface NewNodes {
  quantity: number;
  zone: string;
  instanceType: string;
  operatingSystem: OperatingSystem;
  origin: Extract<NodeOrigin, 'created' | 'expanded'>;
  /** Node auto scaling's expansion: marked on the nodes, so contraction may remove them. */
  autoScaled?: boolean;
}

/** New Pay-As-You-Go ECS instances and the nodes they become, for a creation or an expansion. */
export function provisionNodes(
  cluster: Cluster,
  existing: readonly Node[],
  request: NewNodes,
  now: number,
  random: Random,
): ResourceCreation[] {
  const creations: ResourceCreation[] = [];
  const addresses = nodeAddressRanges(cluster, request.zone);
  for (const index of nextNodeIndexes(existing, request.quantity)) {
    const instanceId = `i-bp1${randomId(random, 17)}`;
    const privateIp = privateIpIn(addresses, random);
    const ip = publicIp(random);
    const name = nodeInstanceName(cluster.metadata.id, index);
    const instance: Instance['spec'] = {
      region: cluster.spec.region,
      zone: request.zone,
      networkType: cluster.spec.networkType,
      vpcId: cluster.spec.vpc?.vpcId ?? null,
      instanceType: request.instanceType,
      operatingSystem: request.operatingSystem,
      kernelVersion: '4.4.0',
      chargeType: 'PayAsYouGo',
    };
    const instanceStatus: Instance['status'] = {
      phase: 'Running',
      phaseSince: iso(now),
      observedGeneration: 1,
      conditions: [],
      privateIp,
      publicIp: ip,
      clusterId: cluster.metadata.id,
    };
    creations.push({
      kind: 'instance',
      id: instanceId,
      name,
      scope: cluster.spec.region,
      spec: instance,
      status: instanceStatus,
    });
    const node: Node['spec'] = {
      clusterId: cluster.metadata.id,
      region: cluster.spec.region,
      instanceId,
      index,
      zone: request.zone,
      instanceType: request.instanceType,
      operatingSystem: request.operatingSystem,
      chargeType: 'PayAsYouGo',
      origin: request.origin,
      tags: {},
      operation: null,
      ...(request.autoScaled ? { autoScaled: true } : {}),
    };
    creations.push({
      kind: 'node',
      id: instanceId,
      name,
      scope: cluster.metadata.id,
      spec: node,
      status: nodeStatus(now, privateIp, ip, cluster.status.dockerVersion, cluster.status.agentVersion),
    });
  }
  return creations;
}

/** Existing ECS instances joining the cluster: each becomes a node, and the instance records its cluster. */
export function adoptInstances(
  cluster: Cluster,
  existing: readonly Node[],
  instances: readonly Instance[],
  origin: Extract<NodeOrigin, 'attached-automatically' | 'attached-manually'>,
  now: number,
): { creates: ResourceCreation[]; updates: ResourceUpdate[] } {
  const indexes = nextNodeIndexes(existing, instances.length);
  const creates: ResourceCreation[] = [];
  const updates: ResourceUpdate[] = [];
  instances.forEach((instance, i) => {
    const index = indexes[i]!;
    const node: Node['spec'] = {
      clusterId: cluster.metadata.id,
      region: cluster.spec.region,
      instanceId: instance.metadata.id,
      index,
      zone: instance.spec.zone,
      instanceType: instance.spec.instanceType,
      operatingSystem: instance.spec.operatingSystem,
      chargeType: instance.spec.chargeType,
      origin,
      tags: {},
      operation: null,
    };
    creates.push({
      kind: 'node',
      id: instance.metadata.id,
      name: nodeInstanceName(cluster.metadata.id, index),
      scope: cluster.metadata.id,
      spec: node,
      status: nodeStatus(
        now,
        instance.status.privateIp,
        instance.status.publicIp,
        cluster.status.dockerVersion,
        cluster.status.agentVersion,
      ),
    });
    updates.push(updateOf('instance', instance, { status: { ...instance.status, clusterId: cluster.metadata.id } }));
  });
  return { creates, updates };
}

/** CPU cores and memory of an instance type, for the node list's Configuration column. */
export function instanceCapacity(instanceType: string): { cpu: number; memoryGiB: number } {
  const type = INSTANCE_TYPES.find((t) => t.id === instanceType);
  return { cpu: type?.cpu ?? 1, memoryGiB: type?.memoryGiB ?? 1 };
}
