import type { InstanceType, Node } from '@cs/domain';
import { CPU_SHARES_PER_CORE } from './resources.ts';
import type { SchedulableNode } from './types.ts';

const GIB = 1024 ** 3;

/** A node as the scheduler sees it: capacity from its instance type, schedulable only while Normal. */
export function schedulableNode(node: Node, instanceType: InstanceType, addressCapacity: number): SchedulableNode {
  return {
    id: node.metadata.id,
    name: `node${node.spec.index}`,
    index: node.spec.index,
    zone: node.spec.zone,
    tags: node.spec.tags,
    cpuShares: instanceType.cpu * CPU_SHARES_PER_CORE,
    memoryBytes: instanceType.memoryGiB * GIB,
    schedulable: node.status.phase === 'Normal',
    phase: node.status.phase,
    addressCapacity,
  };
}
