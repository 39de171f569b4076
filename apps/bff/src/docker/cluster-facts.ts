import { findInstanceType } from '@cs/domain';
import type { Cluster, Node } from '@cs/domain';
import type { Store } from '../store/store.ts';
import { DockerError } from './api/docker-errors.ts';

export interface ClusterFacts {
  cluster: Cluster;
  nodes: Node[];
}

/** The cluster behind an endpoint and its nodes; a cluster deleted meanwhile answers 404. */
export async function clusterFacts(store: Store, clusterId: string): Promise<ClusterFacts> {
  const [cluster, nodes] = await Promise.all([
    store.resources.find<Cluster>('cluster', clusterId),
    store.resources.listInScope<Node>('node', clusterId),
  ]);
  if (!cluster) throw new DockerError(404, 'This cluster no longer exists.');
  return { cluster, nodes: nodes.sort((a, b) => a.spec.index - b.spec.index) };
}

export const nodeCpus = (node: Node) => findInstanceType(node.spec.instanceType).cpu;
export const nodeMemoryBytes = (node: Node) => findInstanceType(node.spec.instanceType).memoryGiB * 1024 ** 3;

/** Swarm's health words for a node. */
export function swarmNodeStatus(node: Node): 'Healthy' | 'Unhealthy' | 'Pending' {
  if (node.status.phase === 'Normal' || node.status.phase === 'Removing' || node.status.phase === 'Resetting')
    return 'Healthy';
  return node.status.phase === 'Initial' ? 'Pending' : 'Unhealthy';
}
