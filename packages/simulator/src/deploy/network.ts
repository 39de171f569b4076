import { parseCidr } from '@cs/domain';
import type { Cluster } from '@cs/domain';
import type { Random } from '../random.ts';

/** Classic clusters get this overlay; a VPC cluster uses the container CIDR chosen at creation. */
export const CLASSIC_CONTAINER_NETWORK = '172.19.0.0/16';

/** The cluster's cross-host container network (the guide: "the global network for the container"). */
export function containerNetwork(cluster: Pick<Cluster, 'spec'>): string {
  return cluster.spec.vpc?.containerCidr ?? CLASSIC_CONTAINER_NETWORK;
}

const toAddress = (n: number) => [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');

/**
 * Node `index`'s segment of the container network: every node routes a segment of its own (the
 * guide's containers on two nodes get addresses of two segments). Segments are /24 unless the
 * network must be cut finer to give each of `maxNodes` nodes one.
 */
export function nodeSegment(network: string, index: number, maxNodes: number): { base: number; size: number } {
  const parsed = parseCidr(network) ?? parseCidr(CLASSIC_CONTAINER_NETWORK)!;
  const bits = Math.ceil(Math.log2(maxNodes + 1));
  const prefix = Math.min(30, Math.max(24, parsed.prefix + bits));
  const size = 2 ** (32 - prefix);
  return { base: parsed.base + index * size, size };
}

/** How many containers a segment addresses: all but its network, gateway (docker0) and broadcast. */
export const segmentCapacity = (segment: { size: number }) => Math.max(0, segment.size - 3);

/** The lowest free container address of a segment, or undefined when it is full. */
export function allocateAddress(
  segment: { base: number; size: number },
  used: ReadonlySet<string>,
): string | undefined {
  for (let offset = 2; offset < segment.size - 1; offset++) {
    const address = toAddress(segment.base + offset);
    if (!used.has(address)) return address;
  }
  return undefined;
}

/** Docker's ephemeral range, where a port published without a host port lands. */
const EPHEMERAL = { first: 32768, last: 60999 };

/** A free random host port on a node ("80" → a host port chosen at random). */
export function randomHostPort(used: ReadonlySet<string>, protocol: string, random: Random): number {
  const span = EPHEMERAL.last - EPHEMERAL.first + 1;
  const start = Math.floor(random.next() * span);
  for (let i = 0; i < span; i++) {
    const port = EPHEMERAL.first + ((start + i) % span);
    if (!used.has(`${protocol}/${port}`)) return port;
  }
  throw new Error('No free host port left on the node.');
}
