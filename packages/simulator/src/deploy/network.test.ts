import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import { allocateAddress, nodeSegment, randomHostPort, segmentCapacity } from './network.ts';

const address = (segment: { base: number }, offset: number) =>
  [24, 16, 8, 0].map((s) => ((segment.base + offset) >>> s) & 255).join('.');

describe('the container network', () => {
  it('gives each node a /24 segment of a /16 at the default quota', () => {
    const node1 = nodeSegment('172.19.0.0/16', 1, 20);
    const node2 = nodeSegment('172.19.0.0/16', 2, 20);
    expect(address(node1, 0)).toBe('172.19.1.0');
    expect(address(node2, 0)).toBe('172.19.2.0');
    expect(segmentCapacity(node1)).toBe(253);
  });

  it('cuts finer segments when a cluster may hold 2,000 nodes', () => {
    const last = nodeSegment('172.19.0.0/16', 2000, 2000);
    expect(last.size).toBe(32);
    expect(last.base + last.size).toBeLessThanOrEqual(nodeSegment('172.19.0.0/16', 0, 2000).base + 65536);
  });

  it('allocates the lowest free address, skipping network and gateway', () => {
    const segment = nodeSegment('192.168.0.0/16', 3, 20);
    expect(allocateAddress(segment, new Set())).toBe('192.168.3.2');
    expect(allocateAddress(segment, new Set(['192.168.3.2']))).toBe('192.168.3.3');
    const full = new Set(Array.from({ length: 253 }, (_, i) => `192.168.3.${i + 2}`));
    expect(allocateAddress(segment, full)).toBeUndefined();
  });

  it('draws a random free host port from the ephemeral range', () => {
    const random = seededRandom('ports');
    const port = randomHostPort(new Set(), 'tcp', random);
    expect(port).toBeGreaterThanOrEqual(32768);
    expect(port).toBeLessThanOrEqual(60999);
    expect(randomHostPort(new Set([`tcp/${port}`]), 'tcp', seededRandom('ports'))).not.toBe(port);
  });
});
